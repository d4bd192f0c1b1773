"""Markdown and plain text (including text pasted from a PDF): the text is the document."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..read import SAMPLE_NAME, decode, open_input


def read_markdown(target: Path, path, fmt: str = "markdown") -> Document:
    name = str(path) if path is not None else SAMPLE_NAME
    source = decode(open_input(target, name), name)
    from .pandoc import pandoc_citations

    explicit = pandoc_citations(source, target)
    if explicit is not None:
        return explicit
    return Document(source=source, format=fmt)
