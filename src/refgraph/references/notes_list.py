"""Footnotes or endnotes that are the reference list.

Many manuscripts have no list of their own: the author cited with Word's endnotes (or
footnotes), and each note holds one reference. Pandoc writes them as marks ``[^4]`` in the
text and definitions ``[^4]: Berman RM, … 2000;47:351-4.`` at the end, and numbers the
notes in the order their marks first appear, as Word does. Those notes are read as a
numbered list in that order; their marks are the callouts (citations/style.py).

A note that only repeats the one before ("Ibid.", "Id.") is no entry of its own: its mark
cites the entry the previous note holds. Notes that are commentary rather than references
are why the list is taken only when most notes look like references (a year and a
title's worth of words): a paper with a few explanatory footnotes and no references
still gets "no reference section found".
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..source import SourceText
from .model import Reference, ReferenceList
from .patterns import NOTE_DEFINITION, YEAR

MARK = re.compile(r"\[\^(?P<id>[^\]\s]{1,40})\](?!:)")
# Where a note ends: the next definition, or a blank line before an unindented line.
_NOTE_END = re.compile(r"\n(?=\[\^[^\]\s]{1,40}\]:)|\n[ \t]*\n(?![ \t])")
REPEAT = re.compile(r"^\s*(?:ibid|ibidem|id|idem)\b\.?", re.I)
_LOOKS_LIKE_REFERENCE = re.compile(rf"\b(?:{YEAR}|n\.d\.|in press)\b", re.I)


def note_spans(text: str) -> list[tuple[str, int, int]]:
    """(id, start, end) of every note definition, the first of a repeated id; start is
    where the note's text begins (after its "[^id]:")."""
    spans: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for match in NOTE_DEFINITION.finditer(text):
        if match.group("id") in seen:
            continue
        seen.add(match.group("id"))
        stop = _NOTE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        spans.append((match.group("id"), match.end(), len(text[:end].rstrip())))
    return spans


def same_note_as(bodies: dict[str, str]) -> dict[str, str]:
    """Each note that repeats an earlier note word for word → that note's id: Word's
    footnotes give a work cited again a note of its own, with the same reference."""
    first: dict[str, str] = {}
    alias = {}
    for note_id, body in bodies.items():
        key = re.sub(r"[\s.]+", " ", body).strip().lower()
        if key in first:
            alias[note_id] = first[key]
        else:
            first[key] = note_id
    return alias


def references_in_notes(source: SourceText) -> ReferenceList | None:
    """The notes as a numbered reference list, or None when they are not one."""
    from .parse import UnparseableReference, parse_reference

    text = source.text
    notes = note_spans(text)
    if len(notes) < 3:
        return None
    body_end = NOTE_DEFINITION.search(text).start()
    bodies = {note_id: re.sub(r"\s+", " ", text[start:end]).strip() for note_id, start, end in notes}
    repeated = same_note_as(bodies)
    entries = [note_id for note_id in bodies if not REPEAT.match(bodies[note_id]) and note_id not in repeated]
    like = sum(1 for note_id in entries if _LOOKS_LIKE_REFERENCE.search(bodies[note_id]) and len(bodies[note_id].split()) >= 5)
    if not entries or like * 3 < len(entries) * 2:
        return None
    # Numbered as printed: in the order the marks first appear, then any note never marked.
    kept = set(entries)
    marks = (repeated.get(m.group("id"), m.group("id")) for m in MARK.finditer(text, 0, body_end))
    order = list(dict.fromkeys(note_id for note_id in marks if note_id in kept))
    marked = set(order)
    order += [note_id for note_id in entries if note_id not in marked]
    where = {note_id: (start, end) for note_id, start, end in notes}
    references = []
    for number, note_id in enumerate(order, 1):
        start, end = where[note_id]
        span = source.span(start, end)
        label = f"[^{note_id}]"
        try:
            ref = parse_reference(bodies[note_id], number, span, label)
        except UnparseableReference as error:
            ref = Reference(number=number, raw=bodies[note_id], span=span, kind="misc", error=str(error), label=label)
        references.append(replace(ref, position=number, key=note_id))
    return ReferenceList(references=tuple(references), heading="Notes", span=source.span(body_end, len(text)),
                         body_end=body_end, numbered=True, in_notes=True)
