"""The whole job as one function: read → references → callouts/claims → graph → checks."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .citations.style import find_citations
from .citations.claims import segment_body
from .citations.model import Callout, Sentence
from .references.extract import extract_references
from .references.model import ReferenceList
from .source import SourceText


@dataclass(frozen=True)
class Analysis:
    """Everything refgraph knows about one manuscript."""

    source: SourceText
    references: ReferenceList
    callouts: tuple[Callout, ...]
    sentences: tuple[Sentence, ...]
    style: str = "numbered"  # how the text cites: numbered | author-date | both | keys | none
    document: object = None  # the Document read (format, anchors into the original file, notes)

    @property
    def format(self) -> str:
        return self.document.format if self.document is not None else "markdown"

    @property
    def read_from_pages(self) -> bool:
        """Whether the text came from a PDF's pages (its glyphs, or text extracted from
        them), whose reading order is a reconstruction rather than the author's."""
        return bool(getattr(self.document, "paged", False))

    def where(self, offset: int) -> str:
        """A place in the file the user gave ("page 3, line 12"; "" for text formats)."""
        return self.document.where(offset) if self.document is not None else ""

    @property
    def claims(self) -> tuple[Sentence, ...]:
        """Sentences and table rows that carry at least one callout."""
        return tuple(s for s in self.sentences if s.callouts)

    @cached_property
    def graph(self):
        from .graph import build_graph

        return build_graph(self)


def analyse_source(source: SourceText) -> Analysis:
    """Analyse text already in memory (Markdown or plain text)."""
    from .document import Document

    return analyse_document(Document(source=source, format="markdown"))


def analyse_document(document) -> Analysis:
    """Every stage after reading: references, callouts and claims, for any format."""
    source = document.source
    references = document.references if document.references is not None else extract_references(source)
    if document.callouts is not None:
        from .citations.explicit import explicit_callouts

        callouts = explicit_callouts(document, references)
        style = ("keys" if document.format in ("latex", "markdown") else "numbered" if references.numbered else "author-date") if callouts else "none"
    else:
        callouts, style = find_citations(source, references)
    sentences = segment_body(source, list(callouts), references.body_regions(len(source.text)))
    return Analysis(source=source, references=references, callouts=callouts, sentences=sentences, style=style,
                    document=document)


def read_references(path: str | Path | None = None, fmt: str | None = None) -> ReferenceList:
    """Only the reference list of a manuscript (no callouts or claims): for ``refgraph bib``."""
    from .readers import read_document

    document = read_document(path, fmt)
    return document.references if document.references is not None else extract_references(document.source)


def analyse(path: str | Path | None = None, fmt: str | None = None) -> Analysis:
    """Analyse a manuscript file in any supported format (``None``: the bundled sample)."""
    from .readers import read_document

    return analyse_document(read_document(path, fmt))
