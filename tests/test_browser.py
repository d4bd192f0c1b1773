"""graph.html and report.html in headless Chromium with the network blocked."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (.ci/run installs it)")]
HOSTILE = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def pages(tmp_path_factory, sample_text):
    folder = tmp_path_factory.mktemp("browser")
    text = sample_text.replace("Ketamine blocks excitatory glutamate signaling", HOSTILE + " Ketamine blocks excitatory glutamate signaling", 1)
    (folder / "paper.md").write_text(text)
    result = subprocess.run([sys.executable, "-m", "refgraph.cli", "report", str(folder / "paper.md"), "-o", str(folder / "out"), "--exit-zero"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return folder / "out"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


def open_page(browser, path: Path):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests, errors = [], []

    def block(route):
        requests.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(("file:", "data:", "about:", "blob:")), block)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    return page, requests, errors


def test_graph_page(browser, pages):
    page, requests, errors = open_page(browser, pages / "graph.html")
    page.wait_for_function("window.refgraph && window.refgraph.nodes.length > 0")
    counts = page.evaluate("""() => {
        const ids = window.refgraph.nodes.getIds();
        return {claims: ids.filter(i => i.startsWith('c')).length, refs: ids.filter(i => i.startsWith('r')).length,
                edges: window.refgraph.network.body.data.edges.length};
    }""")
    assert counts == {"claims": 105, "refs": 115, "edges": 140}
    # Show the tooltip of the claim that carries the injected markup.
    node = page.evaluate("() => window.refgraph.data.nodes.find(n => n.text.includes('onerror')).id")
    page.wait_for_function("window.refgraph.settled", timeout=20000)
    position = page.evaluate(f"() => {{ const p = window.refgraph.network.getPositions(['{node}'])['{node}'];"
                             f" return window.refgraph.network.canvasToDOM(p); }}")
    box = page.locator("#mynetwork canvas").bounding_box()
    # vis-network shows a tooltip after the pointer rests on a node: approach it in steps.
    x, y = box["x"] + position["x"], box["y"] + position["y"]
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=8)
    page.wait_for_timeout(400)
    page.mouse.move(x + 1, y + 1)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tooltip = page.inner_text("div.vis-tooltip")
    assert "<img src=x" in tooltip  # shown as text
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("div.vis-tooltip img").count() == 0
    # Filters work: one reference keeps its citing claims only.
    page.fill("#rg-ref", "35")
    page.dispatch_event("#rg-ref", "input")
    assert page.inner_text("#rg-count") == "5 of 220 nodes shown"
    page.click("#rg-reset")
    page.select_option("#rg-rule", "RG201")
    # The entries to fix: Murrrough (51, 109) and Diaz Granados (39).
    assert page.inner_text("#rg-count") == "3 of 220 nodes shown"
    assert not requests, requests
    assert not errors, errors
    page.screenshot(path=str(pages / "graph.png"))


def test_report_page(browser, pages):
    page, requests, errors = open_page(browser, pages / "report.html")
    rows = page.locator("#findings tbody tr").count()
    assert rows > 10
    page.fill("input[data-filter=findings]", "Murrough")
    visible = page.evaluate("() => [...document.querySelectorAll('#findings tbody tr')].filter(r => !r.hidden).length")
    assert visible == 1
    page.click("#references th:nth-child(2)")
    page.click("#references th:nth-child(2)")  # descending
    assert page.inner_text("#references tbody tr:first-child td:nth-child(2)") == "4"
    assert page.evaluate("() => window.__pwned") is None
    assert not requests, requests
    assert not errors, errors
