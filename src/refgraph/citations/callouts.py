"""Find citation callouts in body text and expand them into reference numbers.

Superscripts are not all citations: ``Mg<sup>2+</sup>``, ``10<sup>6</sup>``,
``m<sup>2</sup>``, ``^2^`` and ``5-HT<sub>1A</sub>`` are chemistry, exponents and
units. A callout must consist of numbers, ranges and separators only, and must not
sit where an exponent would (straight after a digit or a unit).
"""
from __future__ import annotations

import re

from ..source import SourceText
from .model import Callout

_DASHES = "-‐‑‒–—−"
_LIST = rf"\d{{1,4}}(?:\s*[{_DASHES}]\s*\d{{1,4}})?(?:\s*[,;]\s*\d{{1,4}}(?:\s*[{_DASHES}]\s*\d{{1,4}})?)*"
_SUP = re.compile(r"<sup>\s*(?P<body>[^<]{1,80}?)\s*</sup>", re.I)
# Not a link ("[1](…)", "[1]: …") and not statistics ("F[1,12] = 8.42").
_BRACKET = re.compile(rf"\[\s*(?P<body>{_LIST})\s*\](?:\s*[{_DASHES}]\s*\[\s*(?P<to>\d{{1,4}})\s*\])?(?![(:]|\s*=)")
_PAREN = re.compile(rf"\(\s*(?P<body>{_LIST})\s*\)")
_UNICODE_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE = re.compile(rf"[{_UNICODE_DIGITS}](?:[{_UNICODE_DIGITS}⁻,˒‐–—\-]|\s(?=[{_UNICODE_DIGITS}]))*")
_UNICODE_MAP = str.maketrans({**{c: str(i) for i, c in enumerate(_UNICODE_DIGITS)}, "⁻": "-", "˒": ","})
_LIST_ONLY = re.compile(rf"^{_LIST}$")
# What an exponent sits on: a power of ten ("10", "2×10") or a unit ("m", "mg/m", "cm").
# Gene and protein names that end in digits ("JAK1/2", "IDO-1", "CA1") take citations.
_POWER_BASE = re.compile(r"(?:^|[×x*·])10$|^10$")
_UNIT = re.compile(r"(?:^|[/·])[kcmµμnd]?m$")  # squared and cubed lengths: m², cm³, mg/m²


def expand_callout(body: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], tuple[str, ...]]:
    """``"1,4–6"`` → numbers (1, 4, 5, 6), ranges ((4, 6),), problems ()."""
    numbers: list[int] = []
    ranges: list[tuple[int, int]] = []
    problems: list[str] = []
    items = [item.strip() for item in re.split(r"[,;]", body) if item.strip()]
    firsts: list[int] = []
    for item in items:
        parts = [int(p) for p in re.split(rf"\s*[{_DASHES}]\s*", item) if p]
        if len(parts) == 2:
            first, last = parts
            ranges.append((first, last))
            if first > last:
                problems.append(f"reversed range {first}-{last}")
                first, last = last, first
            elif first == last:
                problems.append(f"degenerate range {first}-{last}")
            numbers.extend(range(first, last + 1))
            firsts.append(parts[0])
        else:
            numbers.append(parts[0])
            firsts.append(parts[0])
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    if repeated:
        problems.append("repeated " + ", ".join(map(str, repeated)))
    if firsts != sorted(firsts) and not any(p.startswith("reversed") for p in problems):
        problems.append("unsorted list")
    unique = tuple(dict.fromkeys(numbers))
    return unique, tuple(ranges), tuple(problems)


def _exponent_context(text: str, start: int) -> bool:
    before = text[max(0, start - 24): start]
    if not before or before[-1].isspace():
        return False
    token = re.split(r"[\s(\[]", before)[-1]
    return bool(_POWER_BASE.search(token) or _UNIT.search(token))


def _make(source: SourceText, start: int, end: int, body: str, notation: str) -> Callout | None:
    body = body.strip()
    if notation == "superscript" and re.fullmatch(r"\[[^\]]*\]|\([^)]*\)", body):
        body = body[1:-1].strip()  # converters sometimes write <sup>[12]</sup>
    if not _LIST_ONLY.match(body):
        return None
    numbers, ranges, problems = expand_callout(body)
    if not numbers or 0 in numbers:
        return None
    return Callout(
        text=re.sub(r"\s+", "", body) if notation != "bracket" else body,
        markup=source.text[start:end],
        numbers=numbers,
        span=source.span(start, end),
        notation=notation,
        ranges=ranges,
        problems=problems,
    )


def find_callouts(source: SourceText, start: int = 0, end: int | None = None, max_number: int | None = None) -> list[Callout]:
    """Every callout in ``source.text[start:end]``, in document order."""
    text = source.text
    end = len(text) if end is None else end
    region = text[start:end]
    found: list[Callout] = []
    for match in _SUP.finditer(region):
        s = start + match.start()
        if _exponent_context(text, s):
            continue
        callout = _make(source, s, start + match.end(), match.group("body"), "superscript")
        if callout:
            found.append(callout)
    for match in _UNICODE.finditer(region):
        s, e = start + match.start(), start + match.end()
        body = match.group(0).translate(_UNICODE_MAP).rstrip(",-")
        if _exponent_context(text, s) or text[e:e + 1] in "⁺⁻":
            continue
        callout = _make(source, s, e, body.replace("‐", "-"), "unicode")
        if callout:
            found.append(callout)
    # A manuscript cites in one notation; once superscripts are established, bracketed
    # and parenthesised numbers are statistics, intervals or list labels.
    superscripts = sum(1 for c in found if c.notation in {"superscript", "unicode"})
    for match in ([] if superscripts >= 3 else _BRACKET.finditer(region)):
        body = match.group("body")
        if match.group("to"):
            body = f"{body}-{match.group('to')}"
        callout = _make(source, start + match.start(), start + match.end(), body, "bracket")
        if callout and not any(c.span.start <= callout.span.start < c.span.end for c in found):
            found.append(callout)
    if not found:
        # Parenthesised numbers are citations only in manuscripts that use no other
        # notation, and only when they look like it: "(n=7)" and "(2:1)" never match.
        candidates = []
        for match in _PAREN.finditer(region):
            before = text[start + match.start() - 1: start + match.start()]
            after = text[start + match.end(): start + match.end() + 1]
            if before and not before.isspace() or after in (":", ";") or after.isalnum():
                continue  # "17(3):181" is an issue number, "(2)x" a label
            callout = _make(source, start + match.start(), start + match.end(), match.group("body"), "parenthesis")
            if callout and all(n < 1000 for n in callout.numbers):
                if max_number is None or max(callout.numbers) <= max_number:
                    candidates.append(callout)
        if len(candidates) >= 3:
            found = candidates
    found.sort(key=lambda c: c.span.start)
    return found
