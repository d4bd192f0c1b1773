"""The whole job as one function: read → references → callouts/claims → graph → checks."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .citations.style import find_citations
from .citations.claims import segment_body
from .citations.model import Callout, Sentence
from .read import read_manuscript
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
    style: str = "numbered"  # how the text cites: numbered | author-date | both | none

    @property
    def claims(self) -> tuple[Sentence, ...]:
        """Sentences and table rows that carry at least one callout."""
        return tuple(s for s in self.sentences if s.callouts)

    @cached_property
    def graph(self):
        from .graph import build_graph

        return build_graph(self)


def analyse_source(source: SourceText) -> Analysis:
    references = extract_references(source)
    body_end = references.body_end
    callouts, style = find_citations(source, references, body_end)
    sentences = segment_body(source, list(callouts), body_end)
    return Analysis(source=source, references=references, callouts=callouts, sentences=sentences, style=style)


def analyse(path: str | Path | None = None) -> Analysis:
    """Analyse a manuscript file (``None``: the bundled sample)."""
    return analyse_source(read_manuscript(path))
