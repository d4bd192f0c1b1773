"""Readers: one per input format, each returning a :class:`~refgraph.document.Document`.

The format is chosen by content first (a PDF, a Word file, JATS XML, LaTeX, BibTeX),
then by the file's suffix; ``--from`` overrides both.
"""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import InputError

FORMATS = ("markdown", "text", "html", "docx", "pdf", "latex", "jats", "bibtex")
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".docx": "docx",
             ".pdf": "pdf", ".tex": "latex", ".ltx": "latex", ".xml": "jats", ".nxml": "jats", ".jats": "jats",
             ".bib": "bibtex", ".bbl": "latex", ".html": "html", ".htm": "html", ".xhtml": "html"}
_UNSUPPORTED = {".doc": "an old Word .doc file (save it as .docx)", ".odt": "an OpenDocument file (save it as .docx)",
                ".rtf": "an RTF file (save it as .docx)", ".pages": "a Pages file (export it as .docx)",
                ".epub": "an EPUB book"}


def detect_format(path: Path, head: bytes) -> str:
    """The format of a file from its first bytes, then its suffix."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or b"word/" in head or b"[Content_Types].xml" in head:
            return "docx"
        raise InputError(f"{path}: a zip archive that is not a Word .docx file")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") or text.startswith(b"<!doctype article") or text.startswith(b"<article"):
        if b"<article" in head.lower():
            return "jats"
    if text.startswith((b"<!doctype html", b"<html")) or (text.startswith(b"<?xml") and b"<html" in head.lower()):
        return "html"
    if suffix in _UNSUPPORTED:
        raise InputError(f"{path}: {_UNSUPPORTED[suffix]} is not a supported input (use --from to force a format)")
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if b"\\documentclass" in head or b"\\begin{document}" in head:
        return "latex"
    if text.startswith(b"@") and b"{" in text[:80]:
        return "bibtex"
    return "markdown"


def read_document(path: str | Path | None = None, fmt: str | None = None) -> Document:
    """Read any supported file (``None``: the bundled sample) into a Document."""
    from ..read import open_input, sample_path

    target = sample_path() if path is None else Path(path)
    head = open_input(target, str(path) if path is not None else None, peek=True)
    chosen = fmt or detect_format(target, head)
    if chosen not in FORMATS:
        raise InputError(f"unknown format {chosen!r}: use one of {', '.join(FORMATS)}")
    if chosen in ("markdown", "text"):
        from .markdown import read_markdown

        return read_markdown(target, path, chosen)
    if chosen == "html":
        from .html import read_html

        return read_html(target, path)
    if chosen == "docx":
        from .docx import read_docx

        return read_docx(target, path)
    if chosen == "jats":
        from .jats import read_jats

        return read_jats(target, path)
    if chosen == "latex":
        from .latex import read_latex

        return read_latex(target, path)
    if chosen == "bibtex":
        from .latex import read_bibtex_file

        return read_bibtex_file(target, path)
    from .pdf import read_pdf

    return read_pdf(target, path)
