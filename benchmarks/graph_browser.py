"""graph.html in headless Chromium: time to a first stable view, the longest blocked
task, and the time a filter takes, for manuscripts of growing size.

    python benchmarks/graph_browser.py --scales 1,10,70,140

Each scale is the sample repeated (115 references per copy, benchmarks/speed.py). The
first stable view is when the page has its final positions on screen (a small graph:
its force layout settled and frozen; a large one: laid out in Python, overview drawn).
Long tasks come from Chromium's PerformanceObserver ("longtask": anything over 50 ms).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

WATCH = """() => { window.__long = []; new PerformanceObserver(list => list.getEntries().forEach(e => window.__long.push(e.duration)))
  .observe({type: 'longtask', buffered: true}); }"""


def main(argv=None) -> int:
    from playwright.sync_api import sync_playwright

    from speed import scaled_manuscript

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,70,140")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    print("| references | nodes | report (whole run) | first stable view | longest task: load | opening a group "
          "| filter done (first, next) | longest task: filter |\n|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for scale in map(int, args.scales.split(",")):
            paper = Path(folder) / f"paper{scale}.md"
            paper.write_text(scaled_manuscript(scale), encoding="utf-8")
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "refgraph.cli", "report", str(paper), "-o", f"{folder}/out{scale}", "--exit-zero",
                            "--force"], check=True, capture_output=True)
            built = time.perf_counter() - started
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.add_init_script(WATCH.join(["(", ")()"]))
            started = time.perf_counter()
            page.goto(Path(f"{folder}/out{scale}/graph.html").as_uri())
            page.wait_for_function("window.refgraph && window.refgraph.settled && (!window.refgraph.data.large || "
                                   "document.getElementById('rg-count').textContent.indexOf('groups') >= 0)", timeout=180_000)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            first_view = time.perf_counter() - started
            nodes = page.evaluate("window.refgraph.data.count || window.refgraph.data.nodes.length")
            load_task = max(page.evaluate("window.__long"), default=0)
            # Opening the largest group (a large graph's overview), then a filter, each
            # with its own longest task.
            page.evaluate("window.__long = []")
            page.evaluate("""() => { const d = window.refgraph.data; if (!d.large) return;
                const group = d.groups.slice().sort((a, b) => b.members.length - a.members.length)[0];
                window.refgraph.network.emit('click', {nodes: [group.id]}); }""")
            page.evaluate("() => new Promise(r => setTimeout(r, 1500))")
            open_task = max(page.evaluate("window.__long"), default=0)
            page.evaluate("window.__long = []")
            # A filter on a large graph shows only its matches: timed until the count says so.
            timed_filter = """word => new Promise(done => { const box = document.getElementById('rg-search');
                const count = document.getElementById('rg-count'), t = performance.now();
                box.value = word; box.dispatchEvent(new Event('input'));
                (function wait() { if (count.textContent.indexOf(' of ') >= 0 && box.value === word) done(performance.now() - t);
                                   else setTimeout(wait, 5); })(); })"""
            filter_ms = page.evaluate(timed_filter, "ketamine")  # the first also reads the node blobs
            page.evaluate("() => new Promise(r => setTimeout(r, 500))")
            again_ms = page.evaluate(timed_filter, "depression")
            page.evaluate("() => new Promise(r => setTimeout(r, 500))")
            filter_task = max(page.evaluate("window.__long"), default=0)
            print(f"| {115 * scale} | {nodes} | {built:.1f} s | {first_view:.1f} s | {load_task:.0f} ms | {open_task:.0f} ms "
                  f"| {filter_ms:.0f} ms, then {again_ms:.0f} ms | {filter_task:.0f} ms |", flush=True)
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
