"""Find citation callouts in body text and expand them into reference numbers.

Superscripts are not all citations: ``Mg<sup>2+</sup>``, ``10<sup>6</sup>``,
``m<sup>2</sup>``, ``^2^`` and ``5-HT<sub>1A</sub>`` are chemistry, exponents and
units. A callout must consist of numbers, ranges and separators only, and must not
sit where an exponent would (straight after a digit or a unit).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace

from ..chemistry import ELEMENTS
from ..source import SourceText
from .affiliations import without_affiliation_marks
from .glued import find_glued_callouts
from .model import Callout

# (CJK text writes its commas and range marks full width: "[1，3－5]", "1～3".)
_DASHES = "-‐‑‒–—−－～〜"
_SEPARATORS = ",;，；、"
# Up to five digits: a systematic review's list can run past 9,999 entries.
_ITEM = rf"\d{{1,5}}(?:\s*[{_DASHES}]\s*\d{{1,5}})?"  # a number or a range
_LIST = rf"{_ITEM}(?:\s*[{_SEPARATORS}]\s*{_ITEM})*"
# Brackets, superscripts and "refs" name their last number with a conjunction too: "[1 and 2]",
# "[3, 4 and 5]", "refs. 6 and 7" (not parentheses: "(1 and 2)" is as often an enumeration).
_CONJUNCTION = r"(?:and|&|e|y|et|und)"
_ITEM_BREAK = rf"(?:\s*,?\s+{_CONJUNCTION}\s+|\s*[{_SEPARATORS}]\s*)"  # (", and" before ",")
_LIST_WITH_AND = rf"{_ITEM}(?:{_ITEM_BREAK}{_ITEM})*"
_PANDOC_SUP = re.compile(r"\^(?P<body>[\d,\-–\s]{1,40})\^")
# (No \s* around the body: whitespace is stripped later, and the pattern cannot backtrack.)
_SUP = re.compile(r"<sup>(?P<body>[^<]{1,600})</sup>", re.I)
_CLOSING_BRACKET_OF_NUMBERS = re.compile(r"(?<=\d)\s*\)(?=[\s,;–-]|$)")
# Word's HTML splits one superscript into runs ("<sup>1</sup><sup>,</sup><sup>2</sup>"), and a
# document that raised only the digits leaves the marks between them on the line:
# "<sup>4</sup>,<sup>5</sup>", "<sup>8</sup>–<sup>10</sup>" are one callout, and its range.
_SUP_RUN = re.compile(r"<sup>[^<]{1,600}</sup>(?:(?:,\s?|;\s?|[–—‐-])?<sup>[^<]{1,600}</sup>)*", re.I)
_SUP_TAG = re.compile(r"</?sup>", re.I)
# PDF-to-Markdown converters set superscripts as LaTeX math on an empty base: "$^{1,2}$"
# (marker), "${}^{3-5}$" (Nougat), "${ }^{4}$" and "\(^{\text{6}}\)" (Mathpix); LaTeX
# itself as "\textsuperscript{7}". One level of braces inside ("\text{1--3}").
_MATH_SUP = re.compile(
    r"(?:\$|\\\()[ \t]*(?:\{[ \t]*\}[ \t]*)?\^[ \t]*\{(?P<body>(?:[^{}$\n]|\{[^{}$\n]{0,60}\}){1,200})\}[ \t]*(?:\$|\\\))"
    r"|\\textsuperscript\{(?P<text>(?:[^{}\n]|\{[^{}\n]{0,60}\}){1,200})\}")
_MATH_WRAPPER = re.compile(r"\\(?:text|mathrm|textrm|mathbf|mbox|rm)\s*\{([^{}]*)\}|\{([^{}]*)\}")
# What may follow a bracketed callout: not a link ("[1](…)", a link's definition "[1]:
# https://…"; "as in [17]: …" is a callout before a colon) and not statistics ("F[1,12] = 8.42").
_NOT_LINK_OR_STATISTIC = r"(?!\(|:\s*(?:<|https?:|www\.|#|/|\S+\.\w{2,4}\b)|\s*=)"
# IEEE writes one group as a chain of brackets, "[4], [5]" and "[4]–[6]", and some house
# styles with nothing between, "[4][5]": the chain is one callout.
# Pandoc's Markdown writer escapes brackets that are not links: "\[3\]".
_BRACKET = re.compile(rf"\\?\[\s*{_LIST_WITH_AND}\s*\\?\](?:\s*(?:[,{_DASHES}]\s*)?\\?\[\s*{_LIST_WITH_AND}\s*\\?\]){{0,60}}{_NOT_LINK_OR_STATISTIC}")
# IEEE and Vancouver-in-brackets cite a place in the source after its number: "[1, p. 5]",
# "[3, pp. 12–14]", "[8, Fig. 2]", "[2, Sec. III]", "[4, Ch. 3]", "[5, Table 1]": the
# locator's word says so (an interval "[0, 1]" or "[1, n]" has none).
_LOCATOR_WORD = r"(?i:pp?|pg|pages?|paras?|ch|chaps?|chapters?|secs?|sections?|figs?|figures?|tables?|eqs?|app|appendix|thm|theorem|lemma|def|vol|col|l{1,2}|art)\.?|§{1,2}"
_BRACKET_LOCATOR = re.compile(rf"\[\s*(?P<body>{_LIST_WITH_AND})\s*,\s*(?:{_LOCATOR_WORD})\s*[\w().:{_DASHES}, ]{{1,40}}?\s*\]{_NOT_LINK_OR_STATISTIC}")
_BRACKET_JOIN = re.compile(rf"\s*\\?\]\s*(?:(?P<separator>[,{_DASHES}])\s*)?\\?\[\s*")
# Science prints its numbers in italics, "(*4*, *5*)" or "(*8*–*10*)" once converted, or
# a converter italicises the whole list: "(*4,5*)", "(*8-10*)".
_PAREN = re.compile(rf"\(\s*(?P<body>{_LIST})\s*\)|\((?P<italic>(?:\s*([*_])\d{{1,5}}\3\s*[{_DASHES},;]?){{1,40}})\)"
                    rf"|\(\s*(?P<mark>[*_])(?P<whole>{_LIST})(?P=mark)\s*\)")
_UNICODE_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE = re.compile(rf"[{_UNICODE_DIGITS}](?:[{_UNICODE_DIGITS}⁻,˒‐–—\-]|\s(?=[{_UNICODE_DIGITS}]))*")
_UNICODE_MAP = str.maketrans({**{c: str(i) for i, c in enumerate(_UNICODE_DIGITS)}, "⁻": "-", "˒": ","})
_LIST_ONLY = re.compile(rf"^{_LIST_WITH_AND}$")
# Chemistry's parts of one numbered entry ("2. (a) …; (b) …"), cited "2a", "2b,3",
# "12a,b", "5a–c": each part cites its entry's number.
_PART = rf"\d{{1,5}}[a-h](?:\s*[{_DASHES}]\s*[a-h])?"
_PARTS_ONLY = re.compile(rf"^(?:{_PART}|{_ITEM})(?:\s*[{_SEPARATORS}]\s*(?:{_PART}|{_ITEM}|[a-h](?![\w])))*$")
_LETTERED_BRACKET = re.compile(rf"\[\s*(?P<body>(?:{_PART}|{_ITEM})(?:\s*[{_SEPARATORS}]\s*(?:{_PART}|{_ITEM}|[a-h](?![\w])))*)\s*\]{_NOT_LINK_OR_STATISTIC}")


def _without_parts(body: str) -> str | None:
    """"2b,3" → "2,3", "12a,b" → "12": the entries that lettered parts cite; None unless
    the body is such a list with a letter in it."""
    if not re.search(r"\d[a-h]", body) or not _PARTS_ONLY.match(body):
        return None
    items = [item.strip() for item in re.split(rf"\s*[{_SEPARATORS}]\s*", body)]
    numbers = [re.sub(rf"[a-h](?:\s*[{_DASHES}]\s*[a-h])?$", "", item) for item in items if not re.fullmatch(r"[a-h]", item)]
    return ",".join(dict.fromkeys(numbers))
# What an exponent sits on: a power of ten ("10", "2×10") or a unit ("m", "mg/m", "cm").
# Gene and protein names that end in digits ("JAK1/2", "IDO-1", "CA1") take citations.
# Element symbols that are also words opening a sentence ("In", "I", "As", "He", "No").
_WORDLIKE_SYMBOLS = frozenset("In I As At Be He No Am Es Re O U".split())
_POWER_BASE = re.compile(r"(?:^|[×x*·])10$|^10$")
_UNIT = re.compile(r"(?:^|[/·])[kcmµμnd]?m$")  # squared and cubed lengths: m², cm³, mg/m²


def expand_callout(body: str, limit: int | None = None) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], tuple[str, ...]]:
    """``"1,4–6"`` → numbers (1, 4, 5, 6), ranges ((4, 6),), problems ().

    With ``limit`` (the last number of the list), a range is expanded only up to it and
    keeps its far end: ``1-9999`` in a list of 115 is 1…115 and 9999, not ten thousand
    numbers (the overrun is one finding, and a 31-byte callout cannot cost seconds)."""
    numbers: list[int] = []
    ranges: list[tuple[int, int]] = []
    problems: list[str] = []
    items = [item.strip() for item in re.split(_ITEM_BREAK, body) if item.strip()]
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
            if limit is not None and last > limit + 1:
                numbers.extend(range(first, max(first, limit + 1)))
                numbers.append(last)
            else:
                numbers.extend(range(first, last + 1))
            firsts.append(parts[0])
        else:
            numbers.append(parts[0])
            firsts.append(parts[0])
    seen: set[int] = set()
    repeated = sorted({n for n in numbers if n in seen or seen.add(n)})
    if repeated:
        problems.append("repeated " + ", ".join(map(str, repeated)))
    if firsts != sorted(firsts) and not any(p.startswith("reversed") for p in problems):
        problems.append("unsorted list")
    unique = tuple(dict.fromkeys(numbers))
    return unique, tuple(ranges), tuple(problems)


def _exponent_context(text: str, start: int, end: int | None = None) -> str:
    """"exponent" where a superscript cannot be a callout (10⁶, I² = 83%, Ca²⁺), "unit"
    where it may be either (m³, or "1247 m<sup>43</sup>." citing 43), "" otherwise."""
    before = text[max(0, start - 24): start]
    after = text[end: end + 4] if end is not None else ""
    if after[:1] in ("+", "−", "⁺", "⁻") or re.match(r"-(?!\d)", after):
        return "exponent"  # a charge: Ca²⁺, Cl⁻
    isotope = re.match(r"([A-Z][a-z]?)(?![a-z])(.?)", after)
    # (After the delta of an isotope ratio the symbol is one, even a word-like "O": δ¹⁸O, Δ¹⁷O.)
    delta = before.endswith(("δ", "Δ"))
    if isotope and isotope.group(1) in ELEMENTS and (isotope.group(1) not in _WORDLIKE_SYMBOLS or isotope.group(2) == "-" or delta):
        return "exponent"  # a mass number: ¹³C-NMR, ¹⁸F-FDG, ¹H (but "…effect⁵In contrast" cites)
    if not before or before[-1].isspace():
        return ""
    token = re.split(r"[\s(\[]", before)[-1]
    if _POWER_BASE.search(token):
        return "exponent"
    if re.fullmatch(r"[A-Za-zα-ωΑ-Ω]", token) and re.match(r"\s*[=≥≤<>±~≈]", after):
        return "exponent"  # a squared variable in a statistic: I² = 83%, R² = 0.4
    if _UNIT.search(token) or re.fullmatch(r"[A-Za-z]", token):
        return "unit"  # (a Greek letter names a thing — "phage λ", "TNF α" — and takes citations)
    return ""


def _math_body(body: str) -> str:
    r"""The numbers of a LaTeX superscript's body: "\text{1--3}" → "1-3", "1,\,2" → "1,2"."""
    body = _MATH_WRAPPER.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), body)
    body = re.sub(r"\\(?:textendash|endash)\b\s*|-{2,3}", "-", body)
    return re.sub(r"\\[,;:! ]|~", " ", body)


def _make(source: SourceText, start: int, end: int, body: str, notation: str, limit: int | None = None) -> Callout | None:
    body = body.strip()
    if notation == "superscript" and re.fullmatch(r"\[[^\]]*\]|\([^)]*\)", body):
        body = body[1:-1].strip()  # converters sometimes write <sup>[12]</sup>
    if notation == "superscript" and re.search(r"\d\s*[,;]?\s[a-z]$", body):
        # A table's footnote mark raised beside the callout in one run: "evaluated,<sup>2,11,73, e</sup>".
        body = body[:-1].rstrip()
    if notation == "superscript" and re.search(r"\d\s*[,;]$", body):
        # The sentence's comma set inside the superscript with the numbers: "surgery,<sup>14,34,67,76,</sup>".
        body = body[:-1].rstrip()
    if re.search(r"(?<![\d.])0\d", body):
        return None  # no list numbers an entry "051" or "01": a chart's axis labels in a PDF's figure
    if re.match(r"\s*\*{1,4}\s*P\s*[=<>≤]", source.text[end:end + 12], re.I):
        return None  # a legend's comparison index: "(n = 3; ¹*P = 0.014, ²*P = 0.019)"
    printed = body
    if not _LIST_ONLY.match(body):
        body = _without_parts(body) if notation in ("superscript", "bracket") else None
        if body is None:
            return None
    numbers, ranges, problems = expand_callout(body, limit)
    if not numbers or 0 in numbers:
        return None
    return Callout(
        # (Spaces go, except around a conjunction: "3,4 and 5".)
        text=re.sub(r"(?<![^\W\d_&])\s+(?![^\W\d_&])", "", printed) if notation != "bracket" else printed,
        markup=source.text[start:end],
        numbers=numbers,
        span=source.span(start, end),
        notation=notation,
        ranges=ranges,
        problems=problems,
    )


def _in_first_use_order(callouts: list[Callout]) -> int:
    """How many sources the callouts cite first in numbering order: each number that is one
    more than the highest before it (1, then 2, …) — the mark of a numbered style's callouts."""
    highest = in_order = 0
    for callout in callouts:
        for number in callout.numbers:
            if number == highest + 1:
                in_order += 1
            highest = max(highest, number)
    return in_order


def _by_numbering(callouts: list[Callout], doubtful: set[int], max_number: int | None) -> list[Callout]:
    """Keep a superscript after a unit or a one-letter variable only when the numbering says
    it is a callout: its numbers are in the list and follow the first citations so far
    ("… 1247 m<sup>43</sup>." right after 42 was first cited); m³ or x² in a manuscript
    already citing 30 sources is not."""
    kept: list[Callout] = []
    highest = 0
    for callout in callouts:
        if callout.span.start in doubtful:
            fresh = sorted(n for n in callout.numbers if n > highest)
            # New numbers must carry on the first citations so far: highest+1, highest+2, …
            fits = bool(fresh) and fresh == list(range(highest + 1, highest + 1 + len(fresh)))
            if not fits or (max_number is not None and max(callout.numbers) > max_number):
                continue
        kept.append(callout)
        highest = max(highest, max(callout.numbers))
    return kept


# An interval printed as two numbers in brackets: "on the interval [10, 20] mm", "n̂0 ∈ [5,
# 80]", "over [140, 160] (in hours)" — set off by the word or sign before it or the unit
# after it, which no citation has.
_TWO_NUMBERS = re.compile(r"\[\s*\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*\]")
_INTERVAL_BEFORE = re.compile(r"(?:[∈=≤≥<>]|\b(?:intervals?|ranges?|range of|domain|bounds?)\b)\s*(?:of\s+)?$", re.I)
_UNIT_AFTER = re.compile(r"\s*(?:\(in\s[^()]{1,20}\)|(?:mm|cm|km|nm|µm|μm|m|s|ms|Hz|kHz|MHz|K|eV|keV|h|min|°|%|degrees?|hours?|days?"
                         r"|weeks?|months?|years?)\b)", re.I)


def _is_interval(text: str, start: int, end: int, printed: str) -> bool:
    if not _TWO_NUMBERS.fullmatch(printed):
        return False
    return bool(_INTERVAL_BEFORE.search(text, max(0, start - 30), start) or _UNIT_AFTER.match(text, end))


def _bracket_callouts(source: SourceText, region: str, start: int, found: list[Callout], max_number: int | None) -> list[Callout]:
    """Bracketed callouts ("[1]", "[3-5]") that do not sit inside one already found."""
    taken = sorted((c.span.start, c.span.end) for c in found)  # brackets never overlap each other
    taken_starts = [s for s, _ in taken]
    def free(callout: Callout | None) -> bool:
        if callout is None:
            return False
        index = bisect.bisect_right(taken_starts, callout.span.start) - 1
        return index < 0 or not taken[index][0] <= callout.span.start < taken[index][1]

    brackets = []
    for match in _BRACKET.finditer(region):
        if _is_interval(source.text, start + match.start(), start + match.end(), match.group(0)):
            continue
        body = _BRACKET_JOIN.sub(lambda joint: joint.group("separator") or ",", match.group(0).lstrip("\\")[1:-1].rstrip("\\"))
        callout = _make(source, start + match.start(), start + match.end(), body, "bracket", max_number)
        if free(callout):
            brackets.append(callout)
    # Numbers with a place in the source after them: "[1, p. 5]".
    located = [_make(source, start + m.start(), start + m.end(), m.group("body"), "bracket", max_number)
               for m in _BRACKET_LOCATOR.finditer(region)]
    if located:
        brackets = sorted(brackets + [c for c in located if free(c)], key=lambda c: c.span.start)
    # Angewandte's lettered parts, "[2a]", "[2b,3]" (plain lists were read above).
    lettered = [_make(source, start + m.start(), start + m.end(), m.group("body"), "bracket", max_number)
                for m in _LETTERED_BRACKET.finditer(region) if re.search(r"\d[a-h]", m.group("body"))]
    if lettered:
        brackets = sorted(brackets + [c for c in lettered if free(c)], key=lambda c: c.span.start)
    return brackets


# A bracketed superscript whose raise a PDF's text lost, glued to what it follows:
# "COVID-19.(1,2) Meanwhile", "the government(3) has", "needs;(4) aiming". Only after a
# word of three or more small letters or a clause's punctuation: "f(2)", "IL(6)", "17(3)"
# are a function, a name and an issue.
_GLUED_PAREN_BEFORE = re.compile(r"(?:(?<![\w-])[^\W\d_]?[a-zà-ÿ]{2,}[^\W\d_]*|[\w)\]”’][.,;:])$")


def _paren_callouts(source: SourceText, region: str, start: int, max_number: int | None) -> list[Callout]:
    """Parenthesised callouts, where they look like them: "(n=7)" and "(2:1)" never match,
    and equations numbered (1) to (63) beside a list of 23 are a sequence of their own."""
    text = source.text
    candidates = []
    beyond = 0  # parenthesised numbers past the list: equation labels, years, counts
    for match in _PAREN.finditer(region):
        first, last = start + match.start(), start + match.end()
        if text[first - 1: first] in ("*", "_") and text[last: last + 1] == text[first - 1]:
            first, last = first - 1, last + 1  # the whole bracket in italics: "*(1)*"
        before = text[first - 1: first] if first > 0 else ""
        after = text[last: last + 1]
        glued = before and not before.isspace() and _GLUED_PAREN_BEFORE.search(text, max(0, first - 30), first)
        if (before and not before.isspace() and not glued) or re.match(r"[:;]\S", text[last: last + 2]) or after.isalnum():
            continue  # "17(3):181" is an issue number, "(2:1)" a ratio, "(2)x" a label; "(43): either" cites
        body = match.group("body") or match.group("whole") or re.sub(r"[*_]", "", match.group("italic"))
        callout = _make(source, first, last, body, "parenthesis", max_number)
        if callout and all(n < 1000 for n in callout.numbers):
            if max_number is None or max(callout.numbers) <= max_number:
                candidates.append(callout)
            else:
                beyond += 1
    candidates = _without_scales_and_enumerations(text, candidates)
    return candidates if len(candidates) >= 3 and beyond <= len(candidates) // 2 else []


def _without_scales_and_enumerations(text: str, candidates: list[Callout]) -> list[Callout]:
    """Drop runs of single numbers counting up within one sentence — answer codes ("never
    (0), hardly ever (1), often (2)") and enumerations ("(1) wash; (2) dry") — once the
    citations have gone past them: callouts count up only on first use."""
    def follows(previous: Callout, following: Callout) -> bool:
        gap = text[previous.span.end:following.span.start]
        return (len(previous.numbers) == len(following.numbers) == 1 and following.numbers[0] == previous.numbers[0] + 1
                and len(gap) <= 160 and ". " not in gap)

    drop: set[int] = set()
    highest = 0
    index = 0
    while index < len(candidates):
        end = index + 1  # the chain of +1 steps from here, found once (linear)
        while end < len(candidates) and follows(candidates[end - 1], candidates[end]):
            end += 1
        for position in range(index, end):
            callout = candidates[position]
            opening = text[max(0, callout.span.start - 160):callout.span.start].rsplit(". ", 1)[-1]
            starts_a_scale = callout.numbers[0] <= 1 and "(0)" in opening
            items = end - position >= 3 and _marks_items(text, candidates[position:end])
            if end - position >= 2 and len(callout.numbers) == 1 and (callout.numbers[0] < highest or starts_a_scale or items):
                drop.update(c.span.start for c in candidates[position:end])
                highest = max(highest, *(n for c in candidates[position:end] for n in c.numbers))
                break
            highest = max(highest, *callout.numbers)
        index = end
    return [c for c in candidates if c.span.start not in drop]


# An item's mark stands before its item, after the clause that lists it: "because (1)
# they did not …, (2) they …"; a callout follows what it supports, "smoking (1), obesity (2)".
_ITEM_MARK_BEFORE = re.compile(r"(?:[,;:]|\b(?:and|or|e|ou|y|o))\s*$")
_ITEM_AFTER_MARK = re.compile(r"\s+[a-zà-ÿ]")


def _marks_items(text: str, run: list[Callout]) -> bool:
    """Whether a run of numbers counting up by one marks a sentence's items: each opens
    its item (a word in small letters follows), and each after the first comes after the
    clause's punctuation or "and"/"or". Even before any citation, that is an enumeration."""
    return (all(_ITEM_AFTER_MARK.match(text, c.span.end) for c in run)
            and all(_ITEM_MARK_BEFORE.search(text, max(0, c.span.start - 8), c.span.start) for c in run[1:]))


# Nature's style names a source in running text by its number: "as in ref. 12", "refs 3,4",
# "References 5–7 found". The words stay in the claim; the numbers are the callout.
# In brackets of their own too, "(ref. 12)", "(refs 3–5)"; but a bracket the words do not
# open is something else's ("(… reference 2)").
_REFERENCE_WORD = re.compile(rf"(?:(?<=\()|\b)(?P<word>[Rr]efs?\.?|[Rr]eferences|Reference)[ \t]+(?P<body>{_LIST_WITH_AND})"
                             rf"(?![\d.,]?\d|\s*%)(?P<close>\s*\))?")


_REFERENCE_WORD_OPENING = re.compile(r"[Rr]ef")


def reference_word_matches(region: str):
    """The matches of ``_REFERENCE_WORD.finditer(region)``, the pattern tried only where
    "Ref"/"ref" stands (every match opens there): tried everywhere, it cost 0.2 s per 10 MB."""
    done = 0
    for opening in _REFERENCE_WORD_OPENING.finditer(region):
        if opening.start() >= done and (match := _REFERENCE_WORD.match(region, opening.start())):
            yield match
            done = match.end()


def _reference_words(source: SourceText, region: str, start: int, found: list[Callout], max_number: int | None) -> list[Callout]:
    taken = {c.span.start for c in found}
    callouts = []
    for match in reference_word_matches(region):
        opened = region[match.start() - 1: match.start()] == "("
        if match.group("close") and not opened:
            continue
        s, e = start + match.start("body"), start + match.end("body")
        callout = _make(source, s, e, match.group("body"), "reference word", max_number)
        if callout and opened and match.group("close"):
            # "(ref. 12)" is a bracketed callout: the claim loses the bracket, words and all.
            s, e = start + match.start() - 1, start + match.end()
            callout = replace(callout, markup=source.text[s:e], span=source.span(s, e))
        elif callout:
            # "as shown in ref. 12": the number is the sentence's own word, which it keeps.
            callout = replace(callout, keep=len(callout.markup))
        if callout and s not in taken and (max_number is None or max(callout.numbers) <= max_number):
            callouts.append(callout)
    return callouts


def find_callouts(source: SourceText, start: int = 0, end: int | None = None, max_number: int | None = None,
                  authors: Mapping[int, frozenset[str]] | None = None) -> list[Callout]:
    """Every callout in ``source.text[start:end]``, in document order; ``authors`` (an
    entry's number → its authors' casefolded family names) is evidence for glued digits."""
    text = source.text
    end = len(text) if end is None else end
    region = text[start:end]
    found: list[Callout] = []
    doubtful: set[int] = set()  # starts of superscripts after a unit or a one-letter variable
    for match in _SUP_RUN.finditer(region):
        s = start + match.start()
        context = _exponent_context(text, s, start + match.end())
        if context == "exponent":
            continue
        body = _SUP_TAG.sub("", match.group(0))
        # Japanese journals close a superscript with a bracket: "<sup>1,2)</sup>", "<sup>8),9)</sup>".
        body = _CLOSING_BRACKET_OF_NUMBERS.sub("", body) if "(" not in body else body
        callout = _make(source, s, start + match.end(), body, "superscript", max_number)
        if callout:
            found.append(callout)
            if context == "unit":
                doubtful.add(s)
    for match in _MATH_SUP.finditer(region):
        s, e = start + match.start(), start + match.end()
        context = _exponent_context(text, s, e)
        callout = None if context == "exponent" else _make(
            source, s, e, _math_body(match.group("body") or match.group("text")), "superscript", max_number)
        if callout:
            found.append(callout)
            if context == "unit":
                doubtful.add(s)
    for match in _UNICODE.finditer(region):
        s, e = start + match.start(), start + match.end()
        body = match.group(0).translate(_UNICODE_MAP).rstrip(",-")
        context = _exponent_context(text, s, e)
        if context == "exponent" or text[e:e + 1] in "⁺⁻":
            continue
        callout = _make(source, s, e, body.replace("‐", "-"), "unicode", max_number)
        if callout:
            found.append(callout)
            if context == "unit":
                doubtful.add(s)
    if not found:
        # Pandoc writes superscripts "^2^" and "^3,4^": callouts when the numbering says so
        # (a manuscript with <sup> callouts uses ^x^ for exponents and charges).
        pandoc = []
        for match in _PANDOC_SUP.finditer(region):
            s = start + match.start()
            context = _exponent_context(text, s, start + match.end())
            callout = _make(source, s, start + match.end(), match.group("body"), "superscript", max_number)
            if callout and context != "exponent" and (max_number is None or max(callout.numbers) <= max_number):
                pandoc.append(callout)
                if context == "unit":
                    doubtful.add(s)
        if len(pandoc) >= 3 and any(1 in c.numbers for c in pandoc):
            found = pandoc
    if doubtful:
        found = _by_numbering(sorted(found, key=lambda c: c.span.start), doubtful, max_number)
    # A manuscript cites in one notation. Superscripts, once established, make bracketed
    # and parenthesised numbers statistics, intervals or list labels — unless those far
    # outnumber them (a bracket-cited text whose few carets are footnote marks).
    # (Counted only where they fall within the list: "<sup>80</sup>" beside a list of 18 is
    # an exponent or a footnote mark, and many of them must not outvote "[1]", "[2]" …)
    superscripts = sum(1 for c in found if c.notation in {"superscript", "unicode"}
                       and (max_number is None or max(c.numbers) <= max_number))
    brackets = _bracket_callouts(source, region, start, found, max_number)
    if superscripts < 3:
        if len(brackets) >= 3 and max_number is not None:
            found = [c for c in found if max(c.numbers) <= max_number]  # (the text cites in brackets)
        found += brackets
    elif len(brackets) > 2 * superscripts or (len(brackets) >= 3 and _in_first_use_order(brackets) > 2 * _in_first_use_order(found)):
        # (Or the brackets number the sources in the order they are first cited, from 1, and
        # the superscripts do not: a formula's "(x/y)<sup>2</sup>" beside "[1]", "[2]" …)
        found = brackets
    parens = _paren_callouts(source, region, start, max_number)
    if parens and (not found or len(parens) >= 5 and len(parens) > 3 * len(found)):
        # Parenthesised numbers are citations only when they are the manuscript's notation:
        # with nothing else, or far outnumbering a stray bracket or caret ("[14]" quoting
        # a scale's name, "HOMO^2^" a footnote).
        found = parens
    found += _reference_words(source, region, start, found, max_number)
    superscripts = sum(1 for c in found if c.notation in ("superscript", "unicode"))
    if superscripts < 10:
        # Few or no superscripts: the text may be a PDF's, with its callouts glued to words
        # (and the few carets left, "HOMO^2^", its footnote marks).
        glued = find_glued_callouts(source, start, end, max_number, _make, authors)
        if superscripts:
            outnumbered = len(glued) >= 10 and len(glued) > 3 * len(found)
        else:
            outnumbered = len(glued) > 2 * len(found) or (len(glued) >= 10 and len(glued) > len(found))
        if outnumbered:
            found = glued
    found.sort(key=lambda c: c.span.start)
    return without_affiliation_marks(text, found)
