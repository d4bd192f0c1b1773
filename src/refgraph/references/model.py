"""Immutable records for parsed references."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..source import Span


@dataclass(frozen=True)
class Author:
    """One name as printed: ``Zarate CA Jr`` → family ``Zarate``, initials ``CA``, suffix ``Jr``.

    Group authors (``American Psychiatric Association``) have ``literal`` set and no family.
    """

    family: str = ""
    initials: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def is_group(self) -> bool:
        return bool(self.literal)

    @property
    def display(self) -> str:
        """The name in Vancouver form: ``Zarate CA Jr``."""
        if self.literal:
            return self.literal
        return " ".join(part for part in (self.family, self.initials, self.suffix) if part)


@dataclass(frozen=True)
class Reference:
    """One entry of the reference list; ``error`` is set when it could not be parsed."""

    number: int  # as printed in the list; for an unnumbered list, the position
    raw: str
    span: Span
    kind: str = "article"  # article | online | book | chapter | proceedings | report | thesis | preprint | dataset | software | misc
    authors: tuple[Author, ...] = ()
    et_al: bool = False
    title: str = ""
    journal: str = ""
    year: str = ""
    year_suffix: str = ""  # the letter of "2019a" in author-date lists
    volume: str = ""
    issue: str = ""
    pages: str = ""
    status: str = ""  # "" | "epub-ahead-of-print" | "in-press"
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    arxiv: str = ""
    url: str = ""
    accessed: str = ""  # ISO date, yyyy-mm-dd when the day is known
    publisher: str = ""
    place: str = ""
    booktitle: str = ""
    edition: str = ""
    editors: tuple[Author, ...] = ()
    names_role: str = ""  # "editor" when the names are the book's editors ("Smith J, editors.")
    genre: str = ""  # "PhD thesis", "Technical report", as printed
    series: str = ""
    error: str = ""
    label: str = ""  # the number marker as printed ("1.", "[1]") or "" for bullets
    parser: str = ""  # "rules" or "model": whose reading of the string the fields are
    confidence: tuple[tuple[str, float], ...] = ()  # the tagger's confidence per field
    certainty: float = 1.0  # the tagger's probability of the whole reading
    parts: int = 1  # works printed under this one entry ("a) … b) …")
    position: int = 0  # 1-based place in the list: the entry's identity (numbers can repeat)
    key: str = ""  # the format's own label for it: a LaTeX key, a JATS id

    @property
    def first_author(self) -> Author | None:
        return self.authors[0] if self.authors else None

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def version(self) -> str:
        """The release a program's entry names: "2.5-7" of "R package version 2.5-7"."""
        named = re.search(r"\bversion\s+(\S+)", self.genre, re.I) if self.kind == "software" else None
        return named.group(1) if named else ""

    @property
    def is_patent(self) -> bool:
        """Whether the entry is a patent: its genre is the patent's statement ("US Patent
        9,123,456"), as references/numbered_documents.py reads it."""
        return self.kind == "misc" and re.search(r"\b[Pp]atent\b", self.genre) is not None

    @property
    def report_type_and_number(self) -> tuple[str, str]:
        """A report's genre as its type and number (BibTeX's ``type`` and ``number``, CSL's
        ``genre`` and ``number``): "Working Paper No. 13987" → ("Working Paper", "13987"); a
        standard's designation, "ISO 9001:2015", is its number; a genre with no number
        ("Technical report") is its type. Empty for other kinds."""
        if self.kind != "report" or not self.genre:
            return "", ""
        labelled = re.fullmatch(r"(?P<type>.*?)\s*\b(?:No|Number|Nr)\.?\s*:?\s*(?P<number>\S.*)", self.genre)
        if labelled:
            return labelled.group("type").strip(" ,"), labelled.group("number").strip(" .")
        return ("", self.genre) if re.search(r"\d", self.genre) else (self.genre, "")

    @cached_property
    def text(self) -> str:
        """The plain reference string (Markdown removed)."""
        from .clean import strip_markdown

        return strip_markdown(self.raw)


@dataclass(frozen=True)
class ReferenceList:
    """The reference section of a manuscript and the entries found in it."""

    references: tuple[Reference, ...]
    heading: str
    span: Span
    body_end: int = 0

    @property
    def failed(self) -> tuple[Reference, ...]:
        """Entries that could not be parsed (kept, with their error)."""
        return tuple(ref for ref in self.references if ref.error)

    numbered: bool = True  # False for an author-date (unnumbered) list
    generated: bool = False  # made by a tool (BibTeX, JATS): its order and numbers are not the author's
    in_notes: bool = False  # the manuscript's footnotes or endnotes, one reference each (notes_list.py)
    resumes_at: int = 0  # where the manuscript goes on after the list; 0 when nothing follows it
    # (start, end) of body text read between the heading and entry 1 — a PDF's reading order
    # put the heading of the next column above the end of the discussion; (0, 0) when none.
    body_under_heading: tuple[int, int] = (0, 0)
    # (start, end) of body text between the parts of a list printed in parts (Nature's
    # Methods between its main and its Methods references): read as the body.
    between_parts: tuple[tuple[int, int], ...] = ()

    def body_regions(self, length: int) -> tuple[tuple[int, int], ...]:
        """The body's (start, end) spans: before the list, under its heading when the
        extraction set the end of the discussion there, and after it when the manuscript
        goes on (a Word submission prints its tables and figure legends after the references)."""
        # (The text under the heading goes on from the body, and is read with it as one
        # region: a PDF text's glued callouts are judged by the numbering from the start.)
        regions = [(0, max(self.body_end, self.body_under_heading[1])), *self.between_parts]
        if 0 < self.resumes_at < length:
            regions.append((self.resumes_at, length))
        return tuple(regions)

    def by_number(self) -> dict[int, Reference]:
        """Printed number → entry; when a number repeats, the first entry holds it."""
        found: dict[int, Reference] = {}
        for ref in self.references:
            found.setdefault(ref.number, ref)
        return found

    def by_position(self) -> dict[int, Reference]:
        return {ref.position: ref for ref in self.references}

    def __len__(self) -> int:
        return len(self.references)

    def __iter__(self):
        return iter(self.references)
