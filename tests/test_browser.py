"""graph.html and report.html in headless Chromium with the network blocked."""
from __future__ import annotations

import os
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
    assert counts == {"claims": 106, "refs": 115, "edges": 140}  # 105 claims + the unsupported sentence
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
    assert page.inner_text("#rg-count") == "5 of 221 nodes shown"
    page.click("#rg-reset")
    page.select_option("#rg-rule", "RG201")
    # The entries to fix: Murrrough (51, 109) and Diaz Granados (39).
    assert page.inner_text("#rg-count") == "3 of 221 nodes shown"
    assert not requests, requests
    assert not errors, errors


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


@pytest.mark.skipif(not os.environ.get("REFGRAPH_SCREENSHOTS"), reason="README screenshots: REFGRAPH_SCREENSHOTS=docs/screenshots")
def test_readme_screenshots(browser, tmp_path):
    """The README's pictures, made from the bundled sample with the same tooling."""
    out = tmp_path / "output"
    subprocess.run([sys.executable, "-m", "refgraph.cli", "report", "-o", str(out), "--exit-zero"], check=True, capture_output=True)
    folder = Path(os.environ["REFGRAPH_SCREENSHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    page, _, _ = open_page(browser, out / "report.html")
    page.screenshot(path=str(folder / "report.png"))
    graph, _, _ = _settled(browser, out, "#node=c49")
    graph.wait_for_selector("#rg-panel:not([hidden])")
    graph.screenshot(path=str(folder / "graph.png"))


def _settled(browser, pages, fragment=""):
    page, requests, errors = open_page(browser, pages / "graph.html")
    if fragment:
        page.goto((pages / "graph.html").as_uri() + fragment)
    page.wait_for_function("window.refgraph && window.refgraph.settled", timeout=20000)
    return page, requests, errors


def test_graph_labels_severity_and_the_unsupported_sentence(browser, pages):
    page, requests, errors = _settled(browser, pages)
    labels = page.evaluate("() => window.refgraph.nodes.get().filter(n => n.id.startsWith('c')).map(n => n.label)")
    assert not [label for label in labels if label.startswith("L") and label[1:].isdigit()]
    assert len(set(labels)) > 0.9 * len(labels)  # people can tell claims apart
    data = page.evaluate("() => window.refgraph.data.nodes")
    uncited = [n for n in data if n.get("uncited")]
    assert len(uncited) == 1 and uncited[0]["findings"][0]["name"] == "unsupported-claim"
    assert {n["severity"] for n in data} >= {"warning", "info", ""}
    borders = page.evaluate("() => window.refgraph.nodes.get().filter(n => n.id === 'r51').map(n => n.color.border)")
    assert borders == ["#e08a00"]  # Murrrough: a warning
    assert not requests and not errors, (requests, errors)


def test_clicking_a_node_opens_its_panel_and_the_url_keeps_the_view(browser, pages):
    page, requests, errors = _settled(browser, pages)
    node = page.evaluate("() => window.refgraph.data.nodes.find(n => n.text.includes('onerror')).id")
    position = page.evaluate(f"() => window.refgraph.network.canvasToDOM(window.refgraph.network.getPositions(['{node}'])['{node}'])")
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    page.wait_for_selector("#rg-panel:not([hidden])")
    panel = page.inner_text("#rg-panel")
    assert "<img src=x" in panel and page.locator("#rg-panel img").count() == 0  # text, not markup
    assert "Cites 3" in panel and "28. Moghaddam B" in panel  # references 27, 28 and 29
    assert f"node={node}" in page.evaluate("location.hash")
    # A neighbour in the panel opens that reference.
    page.locator("#rg-panel button.nb").first.click()
    assert page.inner_text("#rg-panel h2").startswith("Reference ")
    assert page.evaluate("location.hash").startswith("#node=r")
    # Filters go into the URL, and a shared URL restores them.
    page.click("#rg-close")
    page.fill("#rg-ref", "35")
    page.dispatch_event("#rg-ref", "input")
    page.select_option("#rg-rule", "RG105")
    shared = page.evaluate("location.href")
    assert "ref=35" in shared and "rule=RG105" in shared
    again, _, _ = _settled(browser, pages, "#" + shared.split("#", 1)[1])
    assert again.input_value("#rg-ref") == "35" and again.input_value("#rg-rule") == "RG105"
    assert again.inner_text("#rg-count") == page.inner_text("#rg-count")
    assert not requests and not errors, (requests, errors)


def test_report_and_graph_link_to_each_other(browser, pages):
    page, requests, errors = open_page(browser, pages / "report.html")
    row = page.locator("#findings tbody tr", has_text="Murrrough").first
    context = row.locator(".context").inner_text()
    assert "Murrrough JW" in context and "<sup>" not in context
    claim_row = page.locator("#findings tbody tr", has_text="citation-range").first
    assert claim_row.locator(".cite.hit").count() == 1  # the callout the finding is about, highlighted
    href = claim_row.locator("a", has_text="graph").get_attribute("href")
    assert href.startswith("graph.html#node=c")
    graph, _, graph_errors = _settled(browser, pages, href[len("graph.html"):])
    graph.wait_for_selector("#rg-panel:not([hidden])")
    assert "RG105" in graph.inner_text("#rg-panel")
    back = graph.locator("#rg-panel-report").get_attribute("href")
    assert back.startswith("report.html#f-")
    # Jumping to a reference row leaves it below the sticky header.
    page.goto((pages / "report.html").as_uri() + "#ref-35")
    top = page.evaluate("() => document.getElementById('ref-35').getBoundingClientRect().top")
    header = page.evaluate("() => document.querySelector('#references th').getBoundingClientRect().bottom")
    assert top >= header - 1, (top, header)
    assert page.locator("a[href='findings.csv']").count() == 1 and (pages / "findings.csv").exists()
    assert not requests and not errors and not graph_errors, (requests, errors, graph_errors)


def test_print_and_dark_styles(browser, pages):
    page, _, _ = open_page(browser, pages / "report.html")
    page.emulate_media(media="print")
    assert page.evaluate("() => getComputedStyle(document.querySelector('input[type=search]')).display") == "none"
    assert page.evaluate("() => getComputedStyle(document.querySelector('th')).position") == "static"
    page.emulate_media(media="screen", color_scheme="dark")
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 24, 29)"
    graph, _, _ = _settled(browser, pages)
    graph.emulate_media(color_scheme="dark")
    assert graph.evaluate("() => getComputedStyle(document.body).backgroundColor") == "rgb(20, 24, 29)"


def test_large_graph_opens_on_groups_and_filters_to_matches(browser, tmp_path, sample_text):
    """Above LARGE_GRAPH nodes the page arrives laid out, shows one node per group, opens
    a group on click and shows a filter's matches alone."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from speed import scaled_manuscript

    paper = tmp_path / "large.md"
    paper.write_text(scaled_manuscript(6).replace("Ketamine blocks excitatory", HOSTILE + " Ketamine blocks excitatory", 1),
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "refgraph.cli", "report", str(paper), "-o", str(tmp_path / "out"), "--exit-zero"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page, requests, errors = open_page(browser, tmp_path / "out" / "graph.html")
    page.wait_for_function("window.refgraph && window.refgraph.settled", timeout=20000)
    total = page.evaluate("window.refgraph.data.count")
    # The nodes' texts and drawing options are read after the first view, a chunk per task.
    page.wait_for_function(f"window.refgraph.data.nodes && window.refgraph.data.nodes.length === {total}")
    groups = page.evaluate("window.refgraph.data.groups.map(g => [g.id, g.members.length])")
    assert total > 1000 and page.evaluate("window.refgraph.nodes.length") == len(groups) < 40
    assert page.inner_text("#rg-count") == f"{total} nodes in {len(groups)} groups: click a group to open it"
    # Opening the largest group replaces it by its members, at their computed positions.
    group, size = max(groups, key=lambda g: g[1])
    page.evaluate(f"() => window.refgraph.network.emit('click', {{nodes: ['{group}']}})")
    page.wait_for_function(f"window.refgraph.nodes.length === {len(groups) - 1 + size}")
    member = page.evaluate(f"window.refgraph.data.groups.find(g => g.id === '{group}').members[0]")
    assert page.evaluate(f"window.refgraph.nodes.get('{member}').x") is not None
    # A filter shows its matches alone; reset brings the overview back.
    page.fill("#rg-ref", "35")
    page.dispatch_event("#rg-ref", "input")
    assert page.inner_text("#rg-count") == f"5 of {total} nodes match"
    assert page.evaluate("window.refgraph.nodes.length") == 5
    page.click("#rg-reset")
    assert page.evaluate("window.refgraph.nodes.length") == len(groups)
    # The claim with the injected markup, found by search, opens as text in the panel.
    page.fill("#rg-search", "onerror")
    page.dispatch_event("#rg-search", "input")
    node = page.evaluate("window.refgraph.nodes.getIds().find(i => i.startsWith('c'))")
    page.evaluate(f"() => window.refgraph.select('{node}')")
    assert "<img src=x" in page.inner_text("#rg-panel-body")
    assert page.evaluate("() => window.__pwned") is None
    assert not requests, requests
    assert not errors, errors
