"""The main job: analyse, check and write every output into one folder, all or nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ReportRun:
    """What one ``refgraph report`` did: the checked result and the files it wrote."""

    result: object  # batch.FileResult
    written: tuple[Path, ...]


def _title(analysis) -> str:
    import re

    match = re.search(r"^#\s+(.+)$", analysis.source.text, re.M)
    return match.group(1).strip() if match else Path(analysis.source.name).stem


def build_outputs(manuscript, output_dir: Path, bib_path: Path, fmt: str | None = None, overrides=None, on_stage=None):
    """Every output of the main job as text, keyed by path; nothing is written here."""
    from ..batch import FileResult, describe
    from ..checks import run_checks
    from ..checks.config import load_config
    from ..exports.bibtex import to_bibtex
    from ..exports.csl import to_csl_json
    from ..graph import graph_text
    from ..pipeline import analyse
    from ..read import SAMPLE_LICENCE, SAMPLE_NAME
    from ..render import findings_csv, findings_json, findings_sarif
    from .graph_page import build_graph_page
    from .page import build_report_page

    stage = on_stage or (lambda name: None)
    config = load_config(manuscript).with_overrides(**(overrides or {}))
    stage("analysing")
    analysis = analyse(manuscript, fmt)
    stage("checking")
    findings = tuple(run_checks(analysis, config))
    name = str(manuscript) if manuscript else SAMPLE_NAME
    result = FileResult(name=name, findings=findings, summary=describe(analysis), fail_on=config.fail_on)
    title = _title(analysis)
    note = SAMPLE_LICENCE if manuscript is None else ""
    output_dir = Path(output_dir)
    stage("rendering")
    files = {
        Path(bib_path): to_bibtex(analysis.references),
        output_dir / "graph.html": build_graph_page(analysis, findings, title),
        output_dir / "report.html": build_report_page(analysis, findings, title, note),
        output_dir / "findings.json": findings_json([result]),
        output_dir / "findings.sarif": findings_sarif([result]),
        output_dir / "findings.csv": findings_csv([result]),
        output_dir / "references.csl.json": to_csl_json(analysis.references),
        output_dir / "graph.graphml": graph_text(analysis.graph, "graph.graphml"),
    }
    return result, files


def write_report(manuscript, output_dir: Path, bib_path: Path, fmt: str | None = None, force: bool = False,
                 overrides=None, progress: bool = False) -> ReportRun:
    from ..io import write_output_set
    from ..progress import Progress

    stages = ["analysing", "checking", "rendering", "writing"]
    with Progress(len(stages), "refgraph:", enabled=None if progress else False) as bar:
        result, files = build_outputs(manuscript, output_dir, bib_path, fmt, overrides, on_stage=lambda s: bar.advance(s))
        bar.advance("writing")
        write_output_set(files, Path(output_dir), force=force)
    return ReportRun(result=result, written=tuple(files))
