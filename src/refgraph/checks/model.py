"""Diagnostics are small value objects; rules are small units that yield them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

SEVERITIES = ("error", "warning", "info")


def at_or_above(findings, level: str) -> list["Finding"]:
    """The findings as severe as ``level`` or more."""
    limit = SEVERITIES.index(level)
    return [f for f in findings if SEVERITIES.index(f.severity) <= limit]


@dataclass(frozen=True, order=True)
class Finding:
    line: int
    column: int
    rule: str
    name: str = field(compare=False)
    severity: str = field(compare=False)
    message: str = field(compare=False)
    references: tuple[int, ...] = ()
    suggestion: str = field(default="", compare=False)
    where: str = field(default="", compare=False)  # the place in the original file ("page 3, line 12")

    def as_dict(self) -> dict:
        return {
            "rule": self.rule, "name": self.name, "severity": self.severity, "message": self.message,
            "references": list(self.references), "line": self.line, "column": self.column,
            "suggestion": self.suggestion, "where": self.where,
        }


@dataclass(frozen=True)
class Rule:
    """A lint rule: code, kebab-case name, one-line summary, default severity, and its check.

    The check's docstring carries a *Bad* and a *Good* example; ``refgraph rules`` shows them.
    """

    code: str
    name: str
    summary: str
    severity: str
    check: Callable[..., Iterable[Finding]]

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()

    def examples(self) -> tuple[str, str]:
        doc = self.doc
        bad = doc.split("Bad:", 1)[1].split("Good:", 1)[0].strip() if "Bad:" in doc else ""
        good = doc.split("Good:", 1)[1].strip() if "Good:" in doc else ""
        return bad, good

    def finding(self, line: int, column: int, message: str, references=(), suggestion: str = "", severity: str = "") -> Finding:
        return Finding(line, column, self.code, self.name, severity or self.severity, message,
                       tuple(sorted(set(references))), suggestion)


def rule(code: str, name: str, summary: str, severity: str):
    """Decorator that turns a check function into a :class:`Rule`."""

    def wrap(function):
        return Rule(code, name, summary, severity, function)

    return wrap


def _unreadable_input(analysis, config):
    """A manuscript named on the command line that cannot be read: missing, empty, binary,
    undecodable, over the size limit or without a reference section. The other files are
    still checked (like flake8's E902); exit status 2.

    Bad: refgraph check paper.md missing.md
    Good: refgraph check paper.md
    """
    return ()


# Not in the registry: it is produced by reading, before any analysis exists.
INPUT_RULE = Rule("RG000", "unreadable-input", "A named input cannot be read as a manuscript.", "error", _unreadable_input)


def format_numbers(numbers) -> str:
    """[75, 76, 77, 80] → '75-77, 80': reference numbers as a finding names them."""
    numbers = sorted(set(numbers))
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(parts)
