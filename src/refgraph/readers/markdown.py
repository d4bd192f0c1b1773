"""Markdown and plain text (including text pasted from a PDF): the text is the document."""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document
from ..read import SAMPLE_NAME, decode, open_input
from ..source import SourceText

# Markdown converted from a publisher's HTML links each callout to its entry:
# "<sup>[1](#ref1),[2](#ref2)</sup>", "[[3]](#B3)", "<a href="#CR4">4</a>",
# "([Smith et al., 2019](#ref-smith))". Only links to an anchor (a "#" target) are read
# this way: a DOI or URL link in the list keeps its target.
_ANCHOR_LINK = re.compile(r"\[(?P<label>\[[^\[\]\n]{1,60}\]|[^\[\]\n]{1,120})\]\((?:[^()\s]*#[^()\s]*)\)")
_HTML_LINK = re.compile(r"<a\s[^<>]*?href=[\"'][^\"'<>]*#[^\"'<>]*[\"'][^<>]*>(?P<label>[^<>]{1,120})</a>", re.I)
_EMPTY_ANCHOR = re.compile(r"<(a|span)\s+(?:id|name)=[\"'][^\"'<>]*[\"']\s*/?>\s*(?:</\1>)?|\[\]\{#[^{}\s]*\}", re.I)


# Markdown converted from HTML often keeps its character references: "Smith &amp; Jones",
# "2010&ndash;2012", "&ldquo;Title&rdquo;". They are the characters they name. ("&lt;" and
# "&gt;" stay: decoded, they would turn text about markup into markup.)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """``text`` with HTML character references replaced by their characters (not "&lt;", "&gt;")."""
    if "&" not in text:
        return text
    import html

    def character(match: re.Match) -> str:
        entity = match.group(0)
        if entity.lower() in ("&lt;", "&gt;", "&#60;", "&#62;", "&#x3c;", "&#x3e;"):
            return entity
        decoded = html.unescape(entity)
        return decoded if decoded != entity and (decoded.isprintable() or decoded.isspace()) else entity

    return _ENTITY.sub(character, text)


# Markdown converted from HTML keeps block tags where it had no Markdown for them: a
# reference list as "<ol><li>…</li></ol>", entries as "<p>" or "<div class="ref">". Tables
# are left alone (citations/blocks.py reads their rows).
_BLOCK_TAG = re.compile(r"</?(?:ol|ul|li|p|div|section|article|blockquote|dl|dt|dd)(?:\s[^<>]{0,300})?>|<br\s*/?>", re.I)


def flatten_html_blocks(text: str) -> str:
    """``text`` with HTML block tags turned into line breaks and spaces of the same length:
    an opening tag ends with a line break so that its content starts a line, a closing tag
    is blank (every other character keeps its offset)."""
    if "<" not in text or not _BLOCK_TAG.search(text):
        return text

    def blank(match: re.Match) -> str:
        tag = match.group(0)
        if tag[1] == "/":
            return " " * len(tag)
        return " " * (len(tag) - 1) + "\n"

    return _BLOCK_TAG.sub(blank, text)


def unlink_anchors(text: str) -> str:
    """``text`` with links to anchors reduced to their labels and empty anchors removed,
    each replaced by spaces so that every other character keeps its offset."""
    if "#" not in text:
        return text

    def label_only(match: re.Match) -> str:
        inner = match.start("label") - match.start()
        label = match.group("label")
        return " " * inner + label + " " * (len(match.group(0)) - inner - len(label))

    text = _ANCHOR_LINK.sub(label_only, text)
    text = _HTML_LINK.sub(label_only, text)
    return _EMPTY_ANCHOR.sub(lambda m: " " * len(m.group(0)), text)


def read_markdown(target: Path, path, fmt: str = "markdown") -> Document:
    name = str(path) if path is not None else SAMPLE_NAME
    source = decode(open_input(target, name), name)
    unlinked = flatten_html_blocks(unlink_anchors(decode_entities(source.text)))
    if unlinked is not source.text:
        source = SourceText(unlinked, name=source.name, encoding=source.encoding)
    from .pandoc import pandoc_citations

    explicit = pandoc_citations(source, target)
    if explicit is not None:
        return explicit
    from .pdftext import looks_paged, read_pdf_text

    if looks_paged(source.text):
        return read_pdf_text(source, fmt)
    return Document(source=source, format=fmt)
