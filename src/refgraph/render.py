"""Renderers for findings: text, JSON, SARIF 2.1.0 and GitHub Actions annotations."""
from __future__ import annotations

import json

from . import __version__
from .checks.model import SEVERITIES


def summary(findings) -> dict:
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    return {"total": len(findings), **counts}


def findings_json(results) -> str:
    """``results``: list of (manuscript name, analysis, findings). One object per manuscript;
    a list when there are several."""
    documents = [
        {
            "manuscript": name,
            "summary": {**summary(findings), "references": len(analysis.references),
                        "callouts": len(analysis.callouts), "claims": len(analysis.claims), "style": analysis.style},
            "findings": [f.as_dict() for f in findings],
        }
        for name, analysis, findings in results
    ]
    payload = documents[0] if len(documents) == 1 else documents
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def findings_text(results) -> str:
    lines: list[str] = []
    for name, _, findings in results:
        for severity in SEVERITIES:
            group = [f for f in findings if f.severity == severity]
            if not group:
                continue
            lines.append(f"{severity.upper()} ({len(group)})")
            for f in group:
                place = f"{name} ({f.where})" if f.where else f"{name}:{f.line}:{f.column}"
                lines.append(f"{place}: {f.rule} [{f.name}] {f.message}")
                if f.suggestion:
                    lines.append(f"    fix: {f.suggestion}")
        counts = summary(findings)
        lines.append(f"{name}: {counts['total']} findings ({counts['error']} errors, {counts['warning']} warnings, {counts['info']} info)")
    return "\n".join(lines) + "\n"


def findings_github(results) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    escape = lambda text: text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    lines = [
        f"::{level[f.severity]} file={name},line={f.line},col={f.column},title={f.rule} {f.name}::{escape(f.message)}"
        for name, _, findings in results
        for f in findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def findings_sarif(results) -> str:
    from .checks.registry import RULES

    level = {"error": "error", "warning": "warning", "info": "note"}
    rules = [
        {"id": r.code, "name": r.name, "shortDescription": {"text": r.summary}, "fullDescription": {"text": r.doc},
         "defaultConfiguration": {"level": level[r.severity]}}
        for r in RULES
    ]
    index = {r.code: i for i, r in enumerate(RULES)}
    sarif_results = []
    for name, _, findings in results:
        for f in findings:
            result = {
                "ruleId": f.rule, "ruleIndex": index[f.rule], "level": level[f.severity], "message": {"text": f.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": name},
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


RENDERERS = {"text": findings_text, "json": findings_json, "sarif": findings_sarif, "github": findings_github}
