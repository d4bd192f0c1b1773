"""The main job's outputs: complete, byte-identical on re-runs, offline, and escaped."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from sarif_model import problems as sarif_problems

EXPECTED = {"graph.html", "report.html", "findings.json", "findings.sarif", "findings.csv", "graph.graphml", "references.csl.json"}
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def report(manuscript, out, *extra):
    args = [sys.executable, "-m", "refgraph.cli", "report", *([str(manuscript)] if manuscript else []), "-o", str(out), "--exit-zero", *extra]
    return subprocess.run(args, capture_output=True, text=True)


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "output"
    result = report(None, out)
    assert result.returncode == 0, result.stderr
    return out


def test_report_writes_every_output_and_refs_bib(sample_output):
    assert {p.name for p in sample_output.iterdir()} == EXPECTED | {".refgraph-manifest.json"}
    assert (sample_output.parent / "refs.bib").read_text().count("@article{") == 114
    findings = json.loads((sample_output / "findings.json").read_text())
    assert findings["summary"]["references"] == 115 and findings["summary"]["callouts"] == 110
    assert sarif_problems(json.loads((sample_output / "findings.sarif").read_text())) == []


def test_outputs_are_byte_identical_across_runs(sample_output, tmp_path):
    again = tmp_path / "output"
    assert report(None, again).returncode == 0
    for name in EXPECTED:
        assert (again / name).read_bytes() == (sample_output / name).read_bytes(), name


def test_pages_make_no_external_requests(sample_output):
    for name in ("graph.html", "report.html"):
        page = (sample_output / name).read_text()
        loads = re.findall(r"""<(?:script|link|img|iframe)\b[^>]*(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
        assert not loads, (name, loads[:3])
        assert "@import" not in page and "url(http" not in page


def test_report_page_has_counts_findings_references_and_charts(sample_output):
    page = (sample_output / "report.html").read_text()
    for text in ("115</b>references", "110</b>callouts", "RG201 author-spelling", 'id="ref-115"', "Order of first citation",
                 "Citations per section", "Most frequent co-citations", "CC BY-NC 4.0"):
        assert text in page, text
    assert page.count("<svg") == 4


def test_manuscript_text_is_escaped_everywhere(sample_text, tmp_path):
    hostile = sample_text.replace("Ketamine blocks excitatory glutamate signaling", HOSTILE + " Ketamine blocks excitatory glutamate signaling", 1)
    hostile = hostile.replace("Antidepressant effects of ketamine in depressed patients.", "Antidepressant effects " + HOSTILE + ".", 1)
    path = tmp_path / "hostile.md"
    path.write_text(hostile)
    out = tmp_path / "out"
    assert report(path, out).returncode == 0
    for name in ("graph.html", "report.html"):
        page = (out / name).read_text()
        assert "<img src=x" not in page and "<script>window.__pwned" not in page, name
    assert "&lt;img src=x onerror=" in (out / "report.html").read_text()
    assert "\\u003cimg src=x onerror=" in (out / "graph.html").read_text()
    assert (tmp_path / "refs.bib").exists()  # written next to the output folder


def test_a_title_cannot_fill_the_page_templates_and_csv_cells_cannot_run(sample_text, tmp_path):
    """A heading holding a template placeholder stays text; a spreadsheet never runs a cell."""
    text = sample_text.replace("# ", "# __LEGEND__ __TITLE__ =HYPERLINK(\"http://x\") ", 1)
    text = text.replace("Sutton MA, Ito HT", "Suton MA, Ito HT", 1)  # a finding whose message names authors
    path = tmp_path / "t.md"
    path.write_text(text)
    out = tmp_path / "out"
    assert report(path, out).returncode == 0
    graph = (out / "graph.html").read_text()
    assert graph.count('<div id="rg-legend">') == 1 and "<h1>__LEGEND__ __TITLE__" in graph
    rows = (out / "findings.csv").read_text().splitlines()
    assert rows[0].startswith("file,line,column,severity,rule") and len(rows) == 25


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted_as_text():
    import csv

    from refgraph.batch import FileResult
    from refgraph.checks.model import Finding
    from refgraph.render import findings_csv

    finding = Finding(3, 1, "RG201", "author-spelling", "warning", '=HYPERLINK("http://x","y")', (1,), "@SUM(A1)")
    [header, row] = list(csv.reader(findings_csv([FileResult(name="-paper.md", findings=(finding,))]).splitlines()))
    assert row[0] == "'-paper.md" and row[6] == "'=HYPERLINK(\"http://x\",\"y\")" and row[7] == "'@SUM(A1)"


def test_the_graph_page_is_built_without_loading_ipython():
    """pyvis imports IPython for notebooks only; the report does without it (a third of a
    second), and IPython imported later in the same process is the real package."""
    script = (
        "import sys\n"
        "from refgraph.pipeline import analyse\n"
        "from refgraph.report.graph_page import build_graph_page\n"
        "page = build_graph_page(analyse(), [], 'sample')\n"
        "assert 'new vis.Network' in page\n"
        "print('IPython' in sys.modules)\n"
        "import IPython.display\n"
        "print(hasattr(IPython.display, 'display'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
