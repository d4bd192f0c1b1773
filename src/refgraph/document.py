"""One document model for every input format.

A reader turns a file into a :class:`Document`: the text of its blocks (headings,
paragraphs, table rows, captions, footnotes) laid out the way the rest of refgraph
reads them, with anchors back into the file the user gave (a page and line of a PDF, a
paragraph of a Word file, a line of a .tex or .xml file), and — where the format
carries them — the exact reference records and the callouts that point at them. A
format that carries structure (JATS ``xref``, LaTeX ``\\cite``, Word citation fields) is
never guessed at: its references and links are taken as they are.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .source import SourceText, as_read


@dataclass(frozen=True)
class ExplicitCallout:
    """A callout the format marks itself: its place in the text and the keys it cites."""

    start: int
    end: int
    keys: tuple[str, ...]  # reference keys (JATS ids, BibTeX keys, field item ids)
    notation: str = "explicit"
    ranges: tuple[tuple[str, str], ...] = ()  # key pairs printed as a range ("35–37")
    keep: int = 0  # leading characters that stay in the claim (a narrative citation's names)


@dataclass(frozen=True)
class Document:
    """What every reader returns and every later stage reads."""

    source: SourceText
    format: str  # markdown | text | docx | pdf | latex | jats | bibtex
    references: object = None  # a ReferenceList when the format carries the records
    callouts: tuple[ExplicitCallout, ...] | None = None  # None: find them in the text
    notes: tuple[str, ...] = ()  # what the reader did that a user should know
    anchors: tuple[tuple[int, str], ...] = field(default=(), repr=False)  # (offset, "page 3") in order
    paged: bool = False  # anchors are pages: a place is "page 3, line 12"
    nocite: frozenset = frozenset()  # keys listed without a callout (LaTeX \nocite); "*" for all

    def where(self, offset: int) -> str:
        """Where an offset of the text lies in the original file ("" for text formats)."""
        if not self.anchors:
            return ""
        index = bisect.bisect_right([a for a, _ in self.anchors], offset) - 1
        if index < 0:
            return ""
        start, label = self.anchors[index]
        if self.paged:
            return f"{label}, line {self.source.text.count(chr(10), start, offset) + 1}"
        return label


class TextBuilder:
    """Lays out a document's blocks as text, remembering anchors and explicit callouts."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0
        self.anchors: list[tuple[int, str]] = []
        self.callouts: list[ExplicitCallout] = []

    def write(self, text: str) -> None:
        text = as_read(text)
        if text:
            self._parts.append(text)
            self.length += len(text)

    def anchor(self, label: str) -> None:
        if not self.anchors or self.anchors[-1][1] != label:
            self.anchors.append((self.length, label))

    def callout(self, printed: str, keys: tuple[str, ...], ranges=(), notation: str = "explicit") -> None:
        start = self.length
        self.write(printed)
        self.callouts.append(ExplicitCallout(start, self.length, keys, notation, tuple(ranges)))

    def end_block(self) -> None:
        """Close the current block: blocks are separated by one blank line."""
        text = "".join(self._parts[-2:])
        if not text:
            return
        if text.endswith("\n\n"):
            return
        self.write("\n" if text.endswith("\n") else "\n\n")

    def block(self, text: str, anchor: str = "") -> None:
        if not text.strip():
            return
        if anchor:
            self.anchor(anchor)
        self.write(text.strip())
        self.end_block()

    def text(self) -> str:
        return "".join(self._parts)
