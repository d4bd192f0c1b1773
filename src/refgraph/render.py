"""Renderers for findings: text (like ruff), JSON, SARIF 2.1.0 and GitHub Actions annotations.

Each renderer takes a list of :class:`~refgraph.batch.FileResult`, one per manuscript, and
returns the whole output as a string; none of them reads or analyses anything.
"""
from __future__ import annotations

import json

from . import __version__
from .checks.model import INPUT_RULE, SEVERITIES


def summary(findings) -> dict:
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    return {"total": len(findings), **counts}


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def counted(counts: dict) -> str:
    """``3 findings (1 error, 2 warnings)``; severities with no finding are left out."""
    parts = [plural(counts["error"], "error"), plural(counts["warning"], "warning"), f"{counts['info']} info"]
    kept = [part for part, severity in zip(parts, SEVERITIES) if counts[severity]]
    return plural(counts["total"], "finding") + (f" ({', '.join(kept)})" if kept else "")


def result_document(result) -> dict:
    """One manuscript's object of the JSON contract (``check --format json``/``jsonl``)."""
    document = {"manuscript": result.name, "summary": {**summary(result.findings), **result.summary},
                "findings": [f.as_dict() for f in result.findings]}
    if result.internal:
        document["internal_error"] = result.internal
    return document


def findings_json(results) -> str:
    """One object per manuscript; a list when there are several."""
    documents = [result_document(result) for result in results]
    payload = documents[0] if len(documents) == 1 else documents
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def findings_text(results, colour: bool = False) -> str:
    """One line per finding, sorted by file, line and column, then one summary line."""
    import click

    style = (lambda text, **kw: click.style(text, **kw)) if colour else (lambda text, **kw: text)
    lines: list[str] = []
    total = {"total": 0, **{s: 0 for s in SEVERITIES}}
    for result in sorted(results, key=lambda r: r.name):
        for f in result.findings:  # already in line/column order
            place = f"{result.name} ({f.where})" if f.where else f"{result.name}:{f.line}:{f.column}"
            fix = f" (fix: {f.suggestion})" if f.suggestion else ""
            lines.append(f"{style(place, bold=True)}: {style(f.rule, fg=_COLOURS[f.severity], bold=True)} "
                         f"[{f.name}] {f.message}{fix}")
        for key, value in summary(result.findings).items():
            total[key] += value
        if result.internal:
            lines.append(style(f"{result.internal}", fg="red", bold=True))
    files = plural(len(results), "file")
    lines.append(f"Found {counted(total)} in {files}." if total["total"] else f"No findings in {files}.")
    return "\n".join(_one_line(line) for line in lines) + "\n"


def _one_line(text: str) -> str:
    """A finding stays one line whatever the manuscript held (newlines, tabs, controls)."""
    return "".join(ch if ch.isprintable() or ch == "\x1b" else " " for ch in text)


def findings_github(results) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    # Workflow-command syntax: data escapes %, CR, LF; properties also , and :.
    data = lambda text: text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    prop = lambda text: data(text).replace(":", "%3A").replace(",", "%2C")
    lines = [
        f"::{level[f.severity]} file={prop(r.name)},line={f.line},col={f.column},title={prop(f.rule + ' ' + f.name)}::{data(f.message)}"
        for r in results
        for f in r.findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def findings_sarif(results) -> str:
    from .checks.registry import RULES

    level = {"error": "error", "warning": "warning", "info": "note"}
    described = (INPUT_RULE, *RULES)
    rules = [
        {"id": r.code, "name": r.name, "shortDescription": {"text": r.summary}, "fullDescription": {"text": r.doc},
         "defaultConfiguration": {"level": level[r.severity]}}
        for r in described
    ]
    index = {r.code: i for i, r in enumerate(described)}
    sarif_results = []
    for r in results:
        for f in r.findings:
            result = {
                "ruleId": f.rule, "ruleIndex": index[f.rule], "level": level[f.severity], "message": {"text": f.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.name)},
                                                    "region": {"startLine": f.line, "startColumn": f.column}}}],
                "properties": {"references": list(f.references)},
            }
            if f.suggestion:
                result["message"]["text"] += f" Fix: {f.suggestion}"
            sarif_results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "refgraph", "version": __version__, "informationUri": "https://pypi.org/project/refgraph/", "rules": rules}},
                  "results": sarif_results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def findings_csv(results) -> str:
    """One row per finding, for a spreadsheet. Cells a spreadsheet would run as a formula
    (starting with = + - @) are prefixed with an apostrophe: manuscript text is data."""
    import csv
    import io

    def cell(value) -> str:
        text = str(value)
        return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "line", "column", "severity", "rule", "name", "message", "suggestion", "references", "where"])
    for r in results:
        for f in r.findings:
            writer.writerow([cell(r.name), f.line, f.column, f.severity, f.rule, f.name, cell(f.message), cell(f.suggestion),
                             " ".join(map(str, f.references)), cell(f.where)])
    return out.getvalue()


def _uri(name: str) -> str:
    """A file name as a relative URI reference: spaces, newlines and '%' percent-encoded."""
    import os
    from urllib.parse import quote

    return quote(name.replace(os.sep, "/"), safe="/:@!$&'()*+,;=-._~")


RENDERERS = {"text": findings_text, "json": findings_json, "sarif": findings_sarif, "github": findings_github, "csv": findings_csv}
