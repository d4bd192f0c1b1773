"""Citations in footnotes (Chicago notes, OSCOLA, MHRA): a note's mark in the text cites
the entries of the bibliography that its note names.

The mark is Pandoc's ``[^4]``; the note, ``[^4]: R. M. Berman et al., “Antidepressant
Effects …,” Biol Psychiatry 47 (2000): 351–54.``, stands anywhere after it (usually at
the end). A note may cite several works (split at ";"), shorten one ("Berman et al.,
“Antidepressant Effects,” 352."), repeat the last ("Ibid., 352.") or point at an earlier
note ("Berman and others (n 1) 352"). A work is resolved by its first author's surname,
confirmed by the year or the title's opening words; a note that names no entry with that
evidence cites nothing (precision first: an unresolved note is not a guess).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..references.model import ReferenceList
from ..references.notes_list import MARK as _MARK, REPEAT as _IBID, note_spans, same_note_as
from ..references.patterns import YEAR
from ..references.people import fold
from ..source import SourceText
from .authordate import build_index
from .model import Callout

_EARLIER_NOTE = re.compile(r"\((?:n|note)\.?\s*(?P<note>\d{1,4})\)|\b(?:supra|above)\s+n\.?\s*(?P<supra>\d{1,4})", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_YEAR = re.compile(rf"\b{YEAR}\b")
_SMALL = frozenset("a an the of and in on for to with from by at as or its is are".split())


@dataclass(frozen=True)
class Note:
    """One footnote: its id ("4") and its text, on one line."""

    id: str
    text: str


def note_definitions(text: str) -> dict[str, Note]:
    """Every footnote definition, by id (the first of a repeated id)."""
    return {note_id: Note(note_id, re.sub(r"\s+", " ", text[start:end]).strip()) for note_id, start, end in note_spans(text)}


def find_note_citations(source: SourceText, references: ReferenceList, body_end: int) -> list[Callout]:
    """A callout for each Pandoc note mark of the body whose note cites entries of the list."""
    text = source.text
    notes = note_definitions(text)
    if not notes:
        return []
    marks = [(m.start(), m.end(), (m.group("id"),)) for m in _MARK.finditer(text, 0, body_end) if m.group("id") in notes]
    return _note_callouts(source, references, notes, marks, "footnote")


# Marks side by side are one citation: "[^2][^3]", "[^2], [^3]".
_MARK_RUN = re.compile(r"\[\^[^\]\s]{1,40}\](?:[ \t]*,?[ \t]*\[\^[^\]\s]{1,40}\](?!:))*(?!:)")


def note_list_callouts(source: SourceText, references: ReferenceList) -> list[Callout]:
    """Callouts of a manuscript whose notes are its references (references/notes_list.py):
    each run of marks cites the entries its notes hold; a repeating note ("Ibid.") cites
    the entry of the note marked before it."""
    text = source.text
    by_key = {ref.key: ref for ref in references}
    definitions = note_definitions(text)
    repeats = {note.id for note in definitions.values() if _IBID.match(note.text)}
    same_as = same_note_as({note.id: note.text for note in definitions.values()})
    callouts, previous = [], None
    for run in _MARK_RUN.finditer(text, 0, references.body_end):
        cited = []
        for mark in _MARK.finditer(run.group(0)):
            note_id = same_as.get(mark.group("id"), mark.group("id"))
            if note_id in by_key:
                previous = by_key[note_id]
                cited.append(previous)
            elif note_id in repeats and previous is not None:
                cited.append(previous)
        cited = list(dict.fromkeys(cited))
        if cited:
            callouts.append(Callout(text=",".join(m.group("id") for m in _MARK.finditer(run.group(0))), markup=run.group(0),
                                    span=source.span(run.start(), run.end()), numbers=tuple(r.number for r in cited),
                                    notation="note", targets=tuple(r.position for r in cited)))
    return callouts


# A section of numbered notes before the bibliography, as Word's endnotes or a PDF's
# notes come out in text: "## Notes" then "1. R. M. Berman et al., …".
# (In text from a PDF the heading is a line of its own, with no Markdown marks.)
_NOTES_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?:notes|endnotes|footnotes|notas|anmerkungen|notes?\s+de\s+fin)"
                            r"(?:\*\*)?[ \t]*:?[ \t]*$", re.I | re.M)
_NOTE_ITEM = re.compile(r"^[ \t]*(?:(?P<n>\d{1,4})[.)]|\[(?P<b>\d{1,4})\]|<sup>(?P<s>\d{1,4})</sup>)[ \t]*", re.M)


def numbered_notes(text: str, body_end: int) -> tuple[int, dict[str, Note]]:
    """(where a section of numbered notes starts, its notes by number): the last notes
    heading before the reference list, and the numbered items under it."""
    headings = list(_NOTES_HEADING.finditer(text, 0, body_end))
    if not headings:
        return body_end, {}
    items = list(_NOTE_ITEM.finditer(text, headings[-1].end(), body_end))
    notes: dict[str, Note] = {}
    for item, following in zip(items, items[1:] + [None]):
        end = following.start() if following else body_end
        number = item.group("n") or item.group("b") or item.group("s")
        notes.setdefault(number, Note(number, re.sub(r"\s+", " ", text[item.end():end]).strip()))
    return headings[-1].start(), notes


def numbered_note_citations(source: SourceText, references: ReferenceList, callouts, notes: dict[str, Note]) -> list[Callout]:
    """Numbered callouts that number notes, not entries: each becomes a callout of the
    entries its notes cite (a list of sources in alphabetical order, cited through notes)."""
    marks = [(c.span.start, c.span.end, tuple(str(n) for n in c.numbers if str(n) in notes)) for c in callouts]
    return _note_callouts(source, references, notes, [m for m in marks if m[2]], "note number")


def _note_callouts(source: SourceText, references: ReferenceList, notes: dict[str, Note],
                   marks: list[tuple[int, int, tuple[str, ...]]], notation: str) -> list[Callout]:
    index = build_index(references)
    # Works with no author are cited by their title's opening words ("“FDA Approves New
    # Nasal Spray …,” 2019"): keyed by its first three words.
    for ref in references:
        opening = _opening(ref.title or "")
        if not ref.authors and opening:
            index.setdefault(opening, []).append(ref)
    by_position = references.by_position()
    resolved: dict[str, tuple[int, ...]] = {}
    previous: tuple[int, ...] = ()
    # Notes are read in the order their marks appear, so "Ibid." follows the text's order.
    for _, _, ids in marks:
        for note_id in ids:
            if note_id not in resolved:
                resolved[note_id] = _cited(notes[note_id].text, index, previous, resolved)
            if resolved[note_id]:
                previous = resolved[note_id]
    callouts = []
    for start, end, ids in marks:
        targets = tuple(dict.fromkeys(p for note_id in ids for p in resolved[note_id]))
        if targets:
            markup = source.text[start:end]
            callouts.append(Callout(text=",".join(ids), markup=markup, span=source.span(start, end),
                                    numbers=tuple(by_position[p].number for p in targets), notation=notation,
                                    targets=targets))
    return callouts


def _cited(note: str, index: dict, previous: tuple[int, ...], resolved: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
    """Positions of the entries one note cites, in its order."""
    targets: list[int] = []
    for piece in re.split(r";\s+", note):
        if _IBID.match(piece):
            targets += previous
            continue
        earlier = _EARLIER_NOTE.search(piece)
        if earlier and resolved.get(earlier.group("note") or earlier.group("supra")):
            targets += resolved[earlier.group("note") or earlier.group("supra")]
            continue
        found = _named_entry(piece, index)
        if found is not None:
            targets.append(found)
    return tuple(dict.fromkeys(targets))


def _opening(title: str) -> str:
    words = [fold(w) for w in _WORD.findall(title)[:3]]
    return " ".join(words) if len(words) == 3 else ""


def _named_entry(piece: str, index: dict) -> int | None:
    """The one entry a citation names: the entry whose first author's surname (or, with
    no author, whose title's opening) comes first in it, among those the citation
    confirms by year (2) and title words (1 each, of its first six) to at least 2. A
    co-author named later ("Ochs-Ross R, Daly EJ, …") does not compete with the first."""
    words = [fold(w) for w in _WORD.findall(piece[:160])]
    years = set(_YEAR.findall(piece))
    said = {fold(w) for w in _WORD.findall(piece)}
    for at, word in enumerate(words):
        # Surnames of two words ("van Houten") are keyed joined as well; titles by three.
        keys = {re.sub(r"[^a-z]", "", word), re.sub(r"[^a-z]", "", "".join(words[at:at + 2])), " ".join(words[at:at + 3])}
        candidates = {ref.position: ref for key in keys for ref in index.get(key, ())}
        scored = sorted(((_evidence(ref, years, said), position) for position, ref in candidates.items()), reverse=True)
        confirmed = [(score, position) for score, position in scored if score >= 2]
        if confirmed:
            if len(confirmed) > 1 and confirmed[1][0] == confirmed[0][0]:
                return None  # two entries of one surname, equally confirmed: ambiguous
            return confirmed[0][1]
    return None


def _evidence(ref, years: set[str], said: set[str]) -> int:
    title = [fold(w) for w in _WORD.findall(ref.title or "") if fold(w) not in _SMALL][:6]
    return (2 if ref.year and ref.year[:4] in years else 0) + sum(1 for w in title if w in said)
