"""Run the selected rules, apply inline suppressions, return findings in document order."""
from __future__ import annotations

import re
from dataclasses import replace

from .config import Config
from .model import Finding
from .registry import RULES, rule_by_key, rules_matching

_SUPPRESS = re.compile(r"<!--\s*refgraph:\s*(?:ignore|noqa)\b(?P<codes>[^>]*?)-->", re.I)


def selected_rules(config: Config):
    def matches(rule, keys):
        return any(rule in rules_matching(k) for k in keys)

    rules = [r for r in RULES if not config.select or matches(r, config.select)]
    return [r for r in rules if not matches(r, config.ignore)]


def _suppressions(text: str) -> dict[int, set[str] | None]:
    """Line → suppressed rule codes (None: all rules)."""
    lines: dict[int, set[str] | None] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        for match in _SUPPRESS.finditer(line):
            keys = [k for k in re.split(r"[\s,]+", match.group("codes")) if k]
            codes = {rule_by_key(k).code for k in keys if rule_by_key(k)} if keys else None
            if codes is None or lines.get(number, set()) is None:
                lines[number] = None
            else:
                lines[number] = (lines.get(number) or set()) | codes
    return lines


def run_checks(analysis, config: Config | None = None) -> list[Finding]:
    config = config or Config()
    suppressed = _suppressions(analysis.source.text)
    entry_lines = {ref.number: range(ref.span.line, analysis.source.position(ref.span.end)[0] + 1) for ref in analysis.references}
    findings: set[Finding] = set()
    for rule in selected_rules(config):
        for finding in rule.check(analysis, config):
            # A comment anywhere in a (wrapped) entry covers every finding about that entry,
            # wherever the finding is placed: on the entry, its twin, or a callout citing it.
            lines = {finding.line}
            for number in finding.references:
                lines.update(entry_lines.get(number, ()))
            if any(line in suppressed and (suppressed[line] is None or finding.rule in suppressed[line]) for line in lines):
                continue
            findings.add(finding)
    if analysis.document is not None and analysis.document.anchors:
        source = analysis.source
        findings = {replace(f, where=analysis.where(source.offset(f.line, f.column)))
                    if f.line > 0 else f for f in findings}
    return sorted(findings)


