"""Footnotes at the foot of PDF pages, lifted out as Pandoc notes.

A manuscript in a notes style (Chicago, OSCOLA, MHRA) cites in footnotes: a raised
number in the text, the note with that number at the foot of the page. Extracted text
keeps both where the page had them, the notes in the middle of the running text, one
block per page::

    … diseases.2 MDD generally assumes …        (pdftotext: the mark glued to its word)
    2 Correll CU, Solmi M, … 2017;16:163-180.    (the note, its number first)

    … diseases.<sup>2</sup> MDD generally …      (refgraph's glyph reader)
    <sup>2</sup>Correll CU, Solmi M, …

Each page's foot block is moved out of the text and its marks become ``[^n]``, the
notes ``[^n]: …`` at the end: the document then reads as a Pandoc manuscript with
notes, which :mod:`refgraph.references.notes_list` and :mod:`refgraph.citations.notes`
read. Only a run the text itself vouches for is lifted: notes numbered on from 1 across
the pages, each note's mark found in the text above it in order, on two pages at least,
and most notes carrying a year or an "Ibid." — what citation notes carry and an
author's affiliations or a "Corresponding author" note do not.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..words import LineEndWords

_NOTE_START = re.compile(r"^(?:<sup>(?P<raised>\d{1,3})</sup>\s*|(?P<plain>\d{1,3})\s+)(?=\S)")
_FIRST_NOTE = re.compile(r"(?m)^(?:<sup>1</sup>|1\s)|[^\W\d_]1\s")
_LONE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")  # a page number left at the foot
_CITING = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:ibid|idem|op\.\s?cit|supra|loc\.\s?cit)\b", re.I)
_LEAST_PAGES = 2
_MOST_LINES = 60  # a foot block longer than this is no foot block


@dataclass(frozen=True)
class _Foot:
    first: int  # line index where the block starts
    column: int  # where in that line (not 0 when the body's last line was joined to it)
    last: int  # line index after the block
    notes: tuple[tuple[int, str], ...]


def lift_page_notes(pages: list[str]) -> tuple[list[str], list[str]] | None:
    """``pages`` with their foot notes moved out and marks made ``[^n]``, and the notes
    as ``[^n]: text`` lines; ``None`` when the pages carry no run of citation notes."""
    expected, lifted, notes, pages_with_notes = 1, list(pages), [], 0
    if not any(_FIRST_NOTE.search(page) for page in pages):
        return None
    # The text's words, counted only if a note has a word cut at a line end to judge.
    words = cache(lambda: LineEndWords.of("\n".join(pages)))
    last_mark: tuple[int, int] | None = None  # (page, offset after its last mark)
    for index, page in enumerate(pages):
        lines = page.split("\n")
        foot = _foot(lines, expected, words)
        if foot is None:
            continue
        numbers = [n for n, _ in foot.notes]
        body = "\n".join(lines[:foot.first] + ([lines[foot.first][:foot.column].rstrip()] if foot.column else []))
        marked = _mark(body, numbers)
        if marked is None and last_mark is not None:
            # The first notes' marks on the page before (their notes pushed to this foot).
            across = _mark_across(lifted[last_mark[0]], last_mark[1], body, numbers)
            if across is not None:
                lifted[last_mark[0]], marked = across
        if marked is None and pages_with_notes >= _LEAST_PAGES:
            # Once two pages have shown the habit, notes numbered on are notes even where a
            # mark is not found (a table's or a float's); the marks found are kept.
            marked = _mark(body, numbers, required=False)
        if marked is None:
            continue
        body, end = marked
        tail = "\n".join(lines[foot.last:])
        lifted[index] = body + ("\n" + tail if tail.strip() else "")
        last_mark = (index, end)
        notes += [f"[^{n}]: {text}" for n, text in foot.notes]
        expected = numbers[-1] + 1
        pages_with_notes += 1
    if pages_with_notes < _LEAST_PAGES or sum(bool(_CITING.search(n)) for n in notes) * 2 <= len(notes):
        return None
    if _other_marks(lifted) * 2 > len(notes):
        return None  # raised numbers left in the text: it cites by number, its "notes" were text
    return lifted, notes


# A raised number (or run, range) of the glyph reader; a run or range of numbers glued
# to a word or a stop, as pdftotext prints numbered callouts ("diseases.2,3", "tumors77-79").
_RAISED = re.compile(r"<sup>[\d,\s–-]+</sup>")
_GLUED_RUN = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;)\]]))\d{1,3}(?:[,–-]\d{1,3})+(?=[\s.,;)]|$)")


def _other_marks(pages: list[str]) -> int:
    """Callouts left in the text once the notes' marks are made ``[^n]``: a notes style
    marks each note once, so few are left; a numbered-citation style cites its numbers
    again and again, in runs and ranges, whatever it took for notes."""
    text = "\n".join(pages)
    return len(_RAISED.findall(text)) + len(_GLUED_RUN.findall(text))


def _foot(lines: list[str], expected: int, words: Callable[[], LineEndWords]) -> _Foot | None:
    """The block of notes that ends the page, numbered on from ``expected``."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _LONE_NUMBER.match(lines[end - 1])):
        end -= 1
    joined = re.compile(rf"(?<=[^\W\d_])(?:<sup>{expected}</sup>|{expected}\s)\s*(?=[^\W\d_])")
    for first in range(end - 1, max(end - _MOST_LINES, 0) - 1, -1):
        start = _NOTE_START.match(lines[first])
        column = 0
        if not (start and int(start.group("raised") or start.group("plain")) == expected):
            # pdftotext joins a body line that ends in a hyphen to the line after it, the
            # first note's ("… Glial cells are ex-" + "9 Posternak MA …"): the last such
            # place in the line, with notes numbered on below it.
            cut = [m for m in joined.finditer(lines[first])]
            if not cut or not _numbered_on(lines[first + 1:end], expected):
                continue
            column = cut[-1].start()
        rest = [lines[first][column:]] + lines[first + 1:end]
        if len(rest) * 5 > 4 * sum(1 for line in lines if line.strip()) or any(_raised_inside(line) for line in rest):
            return None  # more than four fifths of the page, or callouts raised inside: body text
        notes = _notes(rest, expected, words)
        return _Foot(first, column, end, notes) if notes else None
    return None


def _raised_inside(line: str) -> bool:
    """A callout raised inside a line of the block (not the note number that opens it)."""
    start = _NOTE_START.match(line)
    return bool(_RAISED.search(line, start.end() if start else 0))


def _numbered_on(lines: list[str], expected: int) -> bool:
    """Whether the lines below a joined line open a note numbered after ``expected``, or
    are its continuation to the page's end."""
    numbers = [int(m.group("raised") or m.group("plain")) for m in map(_NOTE_START.match, lines) if m]
    return numbers[:1] == [expected + 1] or (not numbers and 0 < len(lines) <= 6)


def _notes(lines: list[str], first_number: int, words: Callable[[], LineEndWords]) -> tuple[tuple[int, str], ...]:
    """The numbered notes of a foot block; lines in between continue the note above."""
    notes: list[tuple[int, list[str]]] = []
    for line in lines:
        start = _NOTE_START.match(line)
        number = int(start.group("raised") or start.group("plain")) if start else None
        if number == first_number + len(notes):
            notes.append((number, [line[start.end():].strip()]))
        elif line.strip():
            notes[-1][1].append(line.strip())
    return tuple((n, _joined(parts, words)) for n, parts in notes)


def _joined(parts: list[str], words: Callable[[], LineEndWords]) -> str:
    """A note's lines as one, as a reference entry's are joined: a line that ends in a
    hyphen runs on into the next ("Treatment-" / "Resistant"), and a typesetter's soft
    hyphen goes ("Preva-" / "lence"); the text's own words tell the two apart."""
    text = ""
    for part in parts:
        cut = re.search(r"([^\W\d_]+)[-‐]$", text)
        if text and re.search(r"[^\W_][-‐–]$", text):
            head = re.match(r"[^\W\d_]+", part)
            if cut and head and head.group()[0].islower() and not words().keeps_hyphen(cut.group(1), head.group()):
                text = text[:-1]
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


_GLUED_AFTER = r"(?:(?<=[^\W\d_])|(?<=[.,;:)\]%’”\"])|(?<=\bal\. ))"  # ("et al. 69": a table cell's mark)


def _mark(body: str, numbers: list[int], start: int = 0, required: bool = True) -> tuple[str, int] | None:
    """``body`` with each note's mark, in order from ``start``, made ``[^n]``, and where
    the last mark ends; None when one is missing (unless not ``required``). A mark is
    raised (``<sup>2</sup>``, the glyph reader) or glued to the word or stop before it
    ("diseases.2", pdftotext); marks side by side run together ("3334")."""
    out, position, index = [body[:start]], start, 0
    while index < len(numbers):
        found, run = None, 1
        for run in range(min(len(numbers) - index, 6), 0, -1):
            group = numbers[index:index + run]
            raised = "".join(f"<sup>{n}</sup>" for n in group)
            pattern = rf"{re.escape(raised)}|{_GLUED_AFTER}{''.join(map(str, group))}(?![\d<])"
            found = re.compile(pattern).search(body, position)
            if found:
                break
        if not found and not required:
            index += 1
            continue
        if not found:
            return None
        out += [body[position:found.start()], "".join(f"[^{n}]" for n in numbers[index:index + run])]
        position, index = found.end(), index + run
    end = sum(map(len, out))
    return "".join(out) + body[position:], end


def _mark_across(before: str, offset: int, body: str, numbers: list[int]) -> tuple[str, tuple[str, int]] | None:
    """The first notes' marks found on the page before (after its last mark at
    ``offset``), the rest in ``body``: (that page, this body marked), or None."""
    for split in range(1, len(numbers) + 1):
        earlier = _mark(before, numbers[:split], offset)
        here = _mark(body, numbers[split:])
        if earlier is not None and here is not None:
            return earlier[0], here
    return None


def notes_text(notes: list[str]) -> str:
    """The lifted notes as the block that ends the document."""
    return "\n\n" + "\n\n".join(notes) + "\n"


def lift_notes_in_text(text: str, anchors: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The same for a text whose pages begin at ``anchors`` (offset, label): the text
    with its notes lifted and the anchors moved with it (unchanged when there are none)."""
    starts = [offset for offset, _ in anchors] + [len(text)]
    pages = [text[start:end] for start, end in zip(starts, starts[1:])]
    lifted = lift_page_notes(pages)
    if not lifted or not anchors:
        return text, anchors
    out, moved = [text[:starts[0]]], []
    for (_, label), page in zip(anchors, lifted[0]):
        moved.append((sum(map(len, out)), label))
        out.append(page if page.endswith("\n") or not page else page + "\n")
    return "".join(out).rstrip("\n") + notes_text(lifted[1]), moved

