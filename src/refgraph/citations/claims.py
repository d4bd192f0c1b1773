"""Repaired paragraphs → sentences and table rows, each carrying its callouts.

Callouts are cut out of the text before segmentation: segmenters split
"Murrough et al.<sup>67</sup> were" after "al." when markup follows the period,
but not "Murrough et al. were". Offsets are mapped back so every sentence keeps its
source span.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..source import SourceText
from .blocks import Unit, paragraph_units
from .model import Callout, Sentence
from .sentences import sentence_spans

_TAGS = re.compile(r"</?(?:sup|sub|i|b|em|strong|span|br)\b[^>]*>", re.I)
_MATH = re.compile(r"\$+([^$]*)\$+")


def plain_text(markdown: str) -> str:
    """A sentence's Markdown as plain text: markup, math delimiters and escapes removed."""
    from ..references.clean import strip_markdown

    text = _MATH.sub(lambda m: re.sub(r"[\\^{}]|\\mathrm", "", m.group(1)).strip(), markdown) if "$" in markdown else markdown
    text = _TAGS.sub("", text) if "<" in text else text
    text = strip_markdown(text)
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    text = _SPACE_AFTER_BRACKET.sub("(", text) if "(" in text else text
    return _LIST_MARKER.sub("", _SPACES.sub(" ", text).strip())


_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:?!)])")
_SPACE_AFTER_BRACKET = re.compile(r"\(\s+")
_SPACES = re.compile(r"\s{2,}")


# A list item's bullet or number is layout, not part of the claim.
_LIST_MARKER = re.compile(r"^(?:[-*+•▪◦‣·]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?=[A-Z(]))")


_NEVER_ENDS = re.compile(r"(?:[;,]|\b(?:and|or))\s*$")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = sentence_spans(text)
    # Inline enumerations ("…by incorporating: (i) …, (ii) …", "…: 1) …; 2) …") are one
    # sentence, and so is a sentence the segmenter cut after an abbreviation that cannot
    # end one here, or after a semicolon, a comma or "and", which never end one.
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # (Only the last words before the cut are looked at: a chain of merged pieces must
        # not be rescanned whole at every cut.)
        before = text[max(merged[-1][0], start - 80):start] if merged else ""
        if merged and (re.match(r"\s*\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s", text[start:end]) and re.search(r"[:;,]\s*$", before)
                       or _NEVER_ENDS.search(before) or _continues(before, text[start:end])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    spans = merged
    if spans:
        spans[-1] = (spans[-1][0], len(text))
    return spans or [(0, len(text))]


# "ca. 5 km", "Fig. 3", "Eqs. 2 and 3", "No. 4": followed by a number, never a sentence end.
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(?:ca|approx|[Ff]igs?|FIGS?|[Ee]qs?|[Rr]efs?|No|Nos|[Vv]ols?|pp?|Suppl|[Tt]ab|[Ss]ects?|[Ss]ec|[Cc]h|[Cc]hap)\.\s*$")
# "Candida spp. were", "S. cerevisiae", "cf. ref", "vs. placebo", "e.g. ketamine": a
# lowercase word next is the same sentence going on.
_BEFORE_LOWERCASE = re.compile(r"(?:(?<![\w.])(?:spp|sp|ssp|subsp|var|cv|cf|vs|e\.g|i\.e|etc|approx|ca|resp|incl|viz|al)\.|(?<![\w.])[A-Z]\.)\s*$")


# A caption's label alone ("Table 1.", "Figure 2A.") opens its caption, it is no sentence.
_LABEL_ONLY = re.compile(r"(?:Table|Fig(?:ure)?|Supplementary\s+(?:Table|Figure)|Box|Scheme|Chart)\s+[A-Z]?\d+[A-Za-z]?\.?", re.I)


def _continues(before: str, piece: str) -> bool:
    """Whether ``piece`` carries on the sentence ``before`` (cut at an abbreviation)."""
    if _LABEL_ONLY.fullmatch(before.strip()):
        return True
    piece = piece.lstrip()
    if re.match(r"\(?[\dS]\d*|[IVX]+\b", piece) and _BEFORE_NUMBER.search(before):
        return True
    if re.match(r"[a-z]", piece) and _BEFORE_LOWERCASE.search(before):
        return True
    # A code or acronym ending in a stop ("the CPQ11-14. instrument", "RNA-seq. data"): a
    # sentence never opens with a word in lower case ("mRNA", "iPSC" have capitals in them).
    return bool(re.match(r"[a-z]{2,}\b", piece)) and bool(re.search(r"(?:\d|[A-Z]{2})[\w-]*\.\s*$", before))


# (The lookahead lets the engine skip to the next mark instead of trying every branch at every character.)
_INLINE_MARKUP = re.compile(r"(?=[*_<])(?:\*{1,3}|(?<!\w)_{1,2}(?=\w)|(?<=[\w.,;:!?])_{1,2}(?!\w)|</?(?:i|b|em|strong|span)\b[^>]*>)", re.I)
_MARK_BEFORE = re.compile(r"(?:\*{1,3}|_{1,2}|<(?:i|b|em|strong)>)+$", re.I)
_MARK_AFTER = re.compile(r"(?:\*{1,3}|_{1,2}|</(?:i|b|em|strong)>)+", re.I)


# A bracketed number the sentence uses as a noun, "as shown in [12]", "the authors of [3]
# and [4]": cut out, the claim would read "as shown in, …". The sentence keeps it where a
# word that needs a noun after it stands before, and so the numbers listed with it ("[1],
# [4]"). (Not at a sentence's opening: a number after a stop, "evident. [4,5]", is the
# sentence's before it.)
_NUMBERS_IN_BRACKETS = re.compile(r"[\[(][\d\s,;–—‐-]+[\])](?:\s*[,;–—‐-]?\s*[\[(][\d\s,;–—‐-]+[\])])*")
_NOUN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[]))(?i:in|of|by|from|with|see|and|or|to|cf\.|also|than|as|versus|vs\.|while|whereas|but|unlike|like"
    r"|following|per|on|using|via|into|between|under|after|before|for|at|that|this|these|those|both|e\.g\.,?|i\.e\.,?)\s*$")
_LIST_JOIN = re.compile(r"\s*(?:,|;|and|or|&)?\s*(?:,|and|or)?\s*")  # (tried on a few characters only)


def _unit_sentences(unit: Unit, callouts: list[Callout], kept_whole: set[int]) -> list[tuple[int, int, list[Callout]]]:
    """(start, end, callouts) in unit-text coordinates; ``kept_whole`` gets the ids of the
    callouts the sentence keeps all of ("as shown in ref. 12", "in [3]")."""
    placed: list[tuple[int, int, Callout]] = []
    previous_kept_end = -1
    for callout in sorted(callouts, key=lambda c: c.span.start):
        whole = callout.keep >= len(callout.markup)
        # (A narrative callout wrapped after its names, "Winton et al." / "(2013)", keeps
        # a line break the unit joined as a space of no origin: start at its next letter.)
        first = next((i for o in range(callout.span.end - 1 if whole else callout.span.start + callout.keep, callout.span.end)
                      if (i := unit.index_of(o)) is not None), None)
        last = unit.index_of(callout.span.end - 1)
        if first is not None and last is not None:
            if not whole and _NUMBERS_IN_BRACKETS.fullmatch(callout.markup):
                whole = bool(_NOUN_BEFORE.search(unit.text, max(0, first - 40), first)) or (
                    0 <= first - previous_kept_end <= 8 and _LIST_JOIN.fullmatch(unit.text, previous_kept_end, first) is not None)
            placed.append((first, last + 1, callout))
            if whole:
                kept_whole.add(id(callout))
                previous_kept_end = last + 1
    text = unit.text
    if unit.kind == "table-row":
        return [(0, len(text), [c for _, _, c in placed])]
    # Cut callouts out of the text the segmenter sees, remembering where each char was.
    cut: list[tuple[int, int]] = []
    for first, end, callout in placed:
        if id(callout) in kept_whole:
            continue
        cut.append((first, end))
        # "et al. (23) investigated" must reach the segmenter as "et al. investigated":
        # a doubled space after "al." reads to it as a sentence break.
        if first > 0 and text[first - 1].isspace() and (end >= len(text) or text[end].isspace()):
            cut.append((first - 1, first))
    # Emphasis marks go too: "Lenze *et al.* applied" must read as "Lenze et al. applied",
    # not as a sentence ended by "al.*".
    cut.extend(mark.span() for mark in _INLINE_MARKUP.finditer(text))
    masked, kept_at, kept_from = _without(text, cut)

    def original(position: int) -> int:
        # (the kept stretches, not a table per character: a long body is millions of them)
        stretch = bisect.bisect_right(kept_at, position) - 1
        return kept_from[stretch] + position - kept_at[stretch]

    result: list[tuple[int, int, list[Callout]]] = []
    starts: list[int] = []
    for m_start, m_end in _sentence_spans(masked):
        while m_start < m_end and masked[m_start].isspace():
            m_start += 1
        if m_start >= m_end:
            continue
        start = original(m_start)
        end = original(m_end - 1) + 1
        # The sentence keeps the emphasis marks around its first and last words.
        opening = _MARK_BEFORE.search(text, max(0, start - 12), start)
        start = opening.start() if opening else start
        closing = _MARK_AFTER.match(text, end)
        end = closing.end() if closing else end
        result.append((start, end, []))
        starts.append(start)
    if not result:
        return []
    # A callout belongs to the last sentence that starts before it ("evident.<sup>4</sup> In…"),
    # except an author–date group that opens the next one: "… small. (O'Neil, 2012)
    # proposed a model." is the subject of "proposed".
    for first, end, callout in placed:
        index = max(0, bisect.bisect_right(starts, first) - 1)
        if _opens_next_sentence(text, result, index, first, end, callout):
            before = result[index]
            result[index] = (before[0], min(before[1], len(text[:first].rstrip())), before[2])
            index += 1
            result[index] = (min(first, result[index][0]), result[index][1], result[index][2])
        sentence = result[index]
        result[index] = (sentence[0], max(sentence[1], end), sentence[2] + [callout])
    return result


def _without(text: str, cut: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """``text`` without the ``cut`` spans (which may overlap), and where each kept
    stretch starts in the result and in ``text``."""
    pieces: list[str] = []
    kept_at: list[int] = []
    kept_from: list[int] = []
    position = length = 0
    for start, end in sorted(cut) + [(len(text), len(text))]:
        if start > position:
            pieces.append(text[position:start])
            kept_at.append(length)
            kept_from.append(position)
            length += start - position
        position = max(position, end)
    return "".join(pieces), kept_at or [0], kept_from or [0]


def _opens_next_sentence(text: str, sentences: list, index: int, first: int, end: int, callout: Callout) -> bool:
    """An author–date group in brackets after a sentence's stop, with the next sentence
    going on in lower case right after it."""
    if index + 1 >= len(sentences) or not callout.items or callout.markup[:1] not in "([":
        return False
    following = sentences[index + 1][0]
    return (text[following:following + 1].islower() and not text[end:following].strip()
            and bool(re.search(r"[.?!][\"”’)]?\s+$", text[sentences[index][0]:first])))


def _source_ends(origins, start: int, end: int) -> tuple[int, int]:
    """Source offsets of the first and last characters of ``origins[start:end]`` that have
    one (joins have none), without copying the slice."""
    first = next(origins[i] for i in range(start, end) if origins[i] >= 0)
    last = next(origins[i] for i in range(end - 1, start - 1, -1) if origins[i] >= 0)
    return first, last


def segment_body(source: SourceText, callouts: list[Callout], regions: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    """All sentences and table rows of the body's regions (before the reference list,
    and after it), in document order. A region's paragraphs never run into the next's."""
    spans = [(c.span.start, c.span.end) for c in callouts]
    units = [unit for start, end in regions for unit in paragraph_units(source.text, end, spans, start)]
    sentences: list[Sentence] = []
    ordered = sorted(callouts, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    for paragraph, unit in enumerate(units):
        # Callouts of this unit's blocks, found by bisection (no callout × block scan).
        unit_callouts = [ordered[i] for b in unit.blocks
                         for i in range(bisect.bisect_left(starts, b.start), bisect.bisect_left(starts, b.end))]
        text = unit.text
        kept_whole: set[int] = set()
        for start, end, carried in _unit_sentences(unit, unit_callouts, kept_whole):
            markdown = text[start:end]
            cut = markdown
            for callout in sorted(carried, key=lambda c: c.span.start, reverse=True):
                if id(callout) in kept_whole:
                    continue
                # (The unit joins wrapped lines with spaces: "et al.\n(2013)" is "et al. (2013)" here.)
                printed = callout.cut if callout.cut in cut else re.sub(r"\s+", " ", callout.cut)
                # Cut where the callout stands: digits glued or set apart ("for 2030. 2 However")
                # may also be written earlier in the sentence, inside a number.
                at = unit.index_of(callout.span.start + callout.keep)
                if at is not None and start <= at and cut[at - start: at - start + len(printed)] == printed:
                    cut = cut[:at - start] + cut[at - start + len(printed):]
                else:
                    cut = cut.replace(printed, "", 1) if printed in cut else cut
            if unit.kind == "table-row":
                cut = " | ".join(cell.strip() for cell in re.split(r"\t|(?<!^)\|(?!$)", cut.strip().strip("|")) if cell.strip())
            plain = plain_text(cut)
            if not plain:
                continue
            first, last = _source_ends(unit.origins, start, end)
            span = source.span(first, last + 1)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    text=plain,
                    markdown=markdown,
                    span=span,
                    end_line=source.position(last)[0],
                    section=unit.section,
                    paragraph=paragraph,
                    kind=unit.kind,
                    table=unit.label,
                    callouts=tuple(sorted(carried, key=lambda c: c.span.start)),
                )
            )
    # A callout outside any paragraph (in a heading, or in a block taken for debris)
    # still needs a claim: its own line stands in for the sentence.
    placed = {c.span.start for s in sentences for c in s.callouts}
    for callout in callouts:
        if callout.span.start in placed:
            continue
        line = source.line_text(callout.line)
        start = callout.span.start - (callout.column - 1)
        plain = plain_text(line.replace(callout.cut, "", 1).lstrip("#").strip())
        sentences.append(Sentence(index=len(sentences), text=plain or callout.markup, markdown=line,
                                  span=source.span(start, start + len(line)), end_line=callout.line,
                                  section=(), paragraph=-1 - len(sentences), kind="line", callouts=(callout,)))
    ordered = sorted(sentences, key=lambda s: s.span.start)
    return tuple(replace(s, index=i) if s.index != i else s for i, s in enumerate(ordered))
