"""Which way a manuscript cites (numbers, author and year, or both), and its callouts.

Both finders run; a finder's callouts are kept when they resolve to the list. A
numbered manuscript's narrative "Berman et al. (2000)<sup>23</sup>" is read as the
numbered callout it carries, not as a second, author–date citation.
"""
from __future__ import annotations

from dataclasses import replace

from ..references.model import ReferenceList
from ..source import SourceText
from .authordate import AuthorlessTitles, build_index, find_author_date
from .callouts import find_callouts
from .labels import find_label_citations
from .model import Callout
from .notes import find_note_citations, numbered_note_citations, numbered_notes
from .resolve import resolve_numbers


def find_citations(source: SourceText, references: ReferenceList) -> tuple[tuple[Callout, ...], str]:
    """(callouts in document order, the style: "numbered", "author-date", "both", "notes",
    "author-page", "label" or "none").

    Numbers and author–date groups are looked for in every region of the body, the text
    after the list included (tables, legends); notes and labels before the list only."""
    body_end = references.body_end
    regions = references.body_regions(len(source.text))
    if references.in_notes:
        from .notes import note_list_callouts

        return tuple(note_list_callouts(source, references)), "numbered"
    labelled = tuple(find_label_citations(source, references, body_end))
    if len(labelled) >= 3:
        # BibTeX's alpha style: "[BCA+00]" names its entry; no number or year is read.
        return labelled, "label"
    authors = {r.number: frozenset(a.family.casefold() for a in r.authors if a.family) for r in references}
    max_number = max((r.number for r in references), default=None)
    numbered = resolve_numbers(tuple(callout for start, end in regions for callout in find_callouts(
        source, start, end, max_number=max_number, authors=authors)), references)
    index, untitled = build_index(references, source.text[:body_end]), AuthorlessTitles(references)
    halfwidth = _with_halfwidth_punctuation(source)
    author_date = tuple(_as_printed(callout, source) if halfwidth is not source else callout
                        for start, end in regions
                        for callout in find_author_date(halfwidth, references, start, end, index, untitled))
    resolved_numbered = sum(1 for c in numbered if c.targets)
    resolved_author_date = sum(1 for c in author_date if c.targets)
    notes = tuple(find_note_citations(source, references, body_end))
    if len(notes) >= max(3, resolved_numbered, resolved_author_date):
        # Cited in footnotes: names and years inside the text are the notes' business.
        return notes, "notes"
    notes_start, numbered_section = numbered_notes(source.text, body_end)
    if numbered_section and not references.numbered:
        # Numbers in the text that number notes, over an unnumbered bibliography: read
        # through the notes, never as positions in the list.
        notes = tuple(numbered_note_citations(source, references, find_callouts(
            source, 0, notes_start, max_number=max(int(n) for n in numbered_section)), numbered_section))
        if len(notes) >= max(3, resolved_author_date):
            return notes, "notes"
    if not references.numbered and resolved_author_date < 3:
        # No years in the citations: MLA's "(Berman et al. 351)". (Imported here: its
        # patterns take a tenth of refgraph's start-up to compile, and a numbered list
        # never needs them.)
        from .authorpage import find_author_page

        author_page = tuple(find_author_page(source, references, 0, body_end))
        if len(author_page) >= max(3, resolved_author_date, resolved_numbered // 2):
            return author_page, "author-page"
    if not numbered and not author_date:
        return (), "none"
    if references.numbered and resolved_numbered >= max(3, resolved_author_date):
        style, chosen = "numbered", list(numbered)
        # A few narrative author-date citations beside the numbers are read too, where
        # they do not sit on a numbered callout ("Berman et al. (2000)<sup>23</sup>").
        if resolved_author_date >= 3 and resolved_author_date * 4 >= resolved_numbered:
            style = "both"
            chosen += [c for c in author_date if not any(_near(c, n) for n in numbered)]
    elif resolved_author_date >= max(1, resolved_numbered) or not references.numbered:
        style, chosen = "author-date", list(author_date)
        # An unnumbered list may still be cited by position (numbers lost in conversion).
        if resolved_numbered > 2 * resolved_author_date:
            style, chosen = "numbered", list(numbered)
    else:
        style, chosen = "numbered", list(numbered)
    chosen.sort(key=lambda c: c.span.start)
    return tuple(chosen), style


# Chinese and Japanese text prints its brackets and separators full width: "（Ferrari 等，2013）".
_FULL_WIDTH = str.maketrans("（）［］，；：", "()[],;:")


def _with_halfwidth_punctuation(source: SourceText) -> SourceText:
    """``source`` with full-width brackets and separators read as their ASCII forms, one
    character for one, so every offset holds (``source`` itself when it has none)."""
    if "（" not in source.text and "［" not in source.text:
        return source
    return replace(source, text=source.text.translate(_FULL_WIDTH))


def _as_printed(callout: Callout, source: SourceText) -> Callout:
    return replace(callout, markup=source.text[callout.span.start: callout.span.end])


def _near(a: Callout, b: Callout) -> bool:
    """Two callouts on the same words: one ends within a few characters of the other."""
    return a.span.start <= b.span.end + 3 and b.span.start <= a.span.end + 3
