"""The main job: analyse, check and write every output (atomically) into one folder."""
from __future__ import annotations

from pathlib import Path


def _title(analysis) -> str:
    import re

    match = re.search(r"^#\s+(.+)$", analysis.source.text, re.M)
    return match.group(1).strip() if match else Path(analysis.source.name).stem


def write_report(manuscript, output_dir: Path, bib_path: Path, progress: bool = False) -> list[Path]:
    from ..checks import run_checks
    from ..checks.config import load_config
    from ..exports.bibtex import to_bibtex
    from ..exports.csl import to_csl_json
    from ..graph import write_graph
    from ..io import atomic_write
    from ..pipeline import analyse
    from ..read import SAMPLE_LICENCE, SAMPLE_NAME
    from ..render import findings_json, findings_sarif
    from .graph_page import build_graph_page
    from .page import build_report_page

    steps = ["analyse", "check", "refs.bib", "graph.html", "report.html", "exports"]

    def tick(step: str) -> None:
        if progress:
            import sys

            sys.stderr.write(f"\rrefgraph: [{steps.index(step) + 1}/{len(steps)}] {step:<12}")
            sys.stderr.flush()

    tick("analyse")
    analysis = analyse(manuscript)
    tick("check")
    findings = run_checks(analysis, load_config(manuscript))
    name = str(manuscript) if manuscript else SAMPLE_NAME
    title = _title(analysis)
    note = SAMPLE_LICENCE if manuscript is None else ""
    output_dir = Path(output_dir)
    written: list[tuple[Path, str]] = []
    tick("refs.bib")
    written.append((Path(bib_path), to_bibtex(analysis.references)))
    tick("graph.html")
    written.append((output_dir / "graph.html", build_graph_page(analysis, findings, title)))
    tick("report.html")
    written.append((output_dir / "report.html", build_report_page(analysis, findings, title, note)))
    tick("exports")
    results = [(name, analysis, findings)]
    written.append((output_dir / "findings.json", findings_json(results)))
    written.append((output_dir / "findings.sarif", findings_sarif(results)))
    written.append((output_dir / "references.csl.json", to_csl_json(analysis.references)))
    for path, text in written:
        atomic_write(path, text)
    write_graph(analysis.graph, output_dir / "graph.graphml")
    if progress:
        import sys

        sys.stderr.write("\n")
    return [p for p, _ in written] + [output_dir / "graph.graphml"]
