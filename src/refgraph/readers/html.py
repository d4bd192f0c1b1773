"""HTML pages (a journal's article page, a manuscript saved as HTML): laid out as the text
the Markdown pipeline reads.

Headings become "#" lines, paragraphs blocks, table rows tab-separated lines (claims of
their own), list items lines (an ordered list's items numbered as the browser numbers
them), superscripts stay ``<sup>`` and italics ``*``. Script, style, navigation, forms and
hidden elements are not the article. Each block is anchored to its line in the HTML file.
The parser (lxml) fetches nothing and resolves no external entities.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, TextBuilder
from ..errors import InputError
from ..read import decode, open_input
from ..references.clean import SERVICE_NAME, service_identifier

# Not the article's text: code, page furniture, controls, and what the page hides.
_SKIPPED = frozenset("script style noscript template svg math nav form button select textarea iframe object "
                     "head meta link input label".split())
_BLOCKS = frozenset("p div section article main aside header footer blockquote figure figcaption caption "
                    "address dl dt dd pre center details summary body html".split())
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SPACE = re.compile(r"\s+")
_DROPPED = "\ue000"  # (a private-use character: no page prints it)
_DROPPED_LINK = re.compile(r"[\s|]*[\[(]?\s*\ue000\s*[\])]?")
_KEPT = "\ue001"  # around what a service link carries (a DOI, a PMID): kept, its brackets dropped
_KEPT_LINK = re.compile(r"[\[(]?\s*\ue001([^\ue001]*)\ue001\s*[\])]?")


def _clean(text: str) -> str:
    """Whitespace runs as one space, and dropped links gone with their brackets."""
    if _KEPT in text:
        text = _KEPT_LINK.sub(r" \1 ", text)
    if _DROPPED in text:
        text = _DROPPED_LINK.sub("", text)
    return _SPACE.sub(" ", text).strip()


def read_html(target: Path, path) -> Document:
    import lxml.html
    from lxml import etree

    name = str(path) if path is not None else target.name
    source_text = decode(open_input(target, name), name).text
    # lxml refuses a str that declares its own encoding; the text is decoded already.
    source_text = re.sub(r"^\s*<\?xml[^>]*\?>", "", source_text)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    try:
        root = lxml.html.document_fromstring(source_text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"{name}: not an HTML page ({error})") from None
    body = root.find(".//body")
    if body is None or not _SPACE.sub("", body.text_content() or ""):
        raise InputError(f"{name}: an HTML page with no text")
    builder = TextBuilder()
    file = target.name
    _Walker(builder, file).block(body)
    from ..source import SourceText

    source = SourceText(builder.text(), name=name, encoding="html")
    return Document(source=source, format="html", anchors=tuple(builder.anchors),
                    notes=("read as HTML: headings, paragraphs, lists and table rows laid out as text",))


def _hidden(element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or "display:none" in style or "visibility:hidden" in style)


class _Walker:
    """Lays out one page: blocks in document order, inline markup as the Markdown reader knows it."""

    def __init__(self, builder: TextBuilder, file: str):
        self.builder = builder
        self.file = file
        self.pending: list[str] = []  # the inline text of the paragraph being gathered
        self.pending_line = 0

    # ------------------------------------------------------------ blocks
    def flush(self) -> None:
        text = _clean("".join(self.pending))
        self.pending = []
        if text:
            self.builder.block(text, self._place(self.pending_line))

    def inline_into_pending(self, text: str, element) -> None:
        if text:
            if not self.pending:
                self.pending_line = getattr(element, "sourceline", 0) or 0
            self.pending.append(text)

    def block(self, element) -> None:
        """A block element: its own text and inline children gathered into paragraphs,
        its block children laid out in turn."""
        self.inline_into_pending(element.text or "", element)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            tag = tag.lower()
            if not tag or tag in _SKIPPED or _hidden(child):
                pass
            elif tag in _HEADINGS:
                self.flush()
                self.builder.block("#" * _HEADINGS[tag] + " " + _clean(self.inline(child)),
                                   self._anchor(child))
            elif tag in ("ol", "ul"):
                self.flush()
                self.lay_out_list(child)
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "br":
                self.inline_into_pending(" ", child)
            elif tag in _BLOCKS or tag == "li" or self._holds_blocks(child):
                self.flush()
                self.block(child)
                self.flush()
            else:
                self.inline_into_pending(self.inline(child), child)
            self.inline_into_pending(child.tail or "", element)
        self.flush()

    def _holds_blocks(self, element) -> bool:
        """An inline-looking element that wraps blocks (a <span> around paragraphs)."""
        return any(isinstance(e.tag, str) and (e.tag.lower() in _BLOCKS or e.tag.lower() in _HEADINGS
                                              or e.tag.lower() in ("ol", "ul", "table"))
                   for e in element.iterdescendants())

    def lay_out_list(self, element) -> None:
        """One line per item; an ordered list's items carry the number the browser shows
        (``start``, ``value``), unless the item prints its own label ("1.", "[1]")."""
        ordered = element.tag.lower() == "ol"
        try:
            number = int(element.get("start", "1")) - 1
        except ValueError:
            number = 0
        lines = []
        first_line = 0
        for item in element:
            if not isinstance(item.tag, str) or item.tag.lower() != "li" or _hidden(item):
                continue
            try:
                number = int(item.get("value")) if item.get("value") else number + 1
            except ValueError:
                number += 1
            nested = [c for c in item if isinstance(c.tag, str) and c.tag.lower() in ("ol", "ul")]
            for child in nested:
                item.remove(child)  # (laid out after the item, as a list of its own)
            text = _clean(self.inline(item))
            if text:
                first_line = first_line or getattr(item, "sourceline", 0) or 0
                labelled = re.match(r"^(?:\[\d+\]|\d+[.)]|\(\d+\))\s", text)
                lines.append((f"{number}. " if ordered and not labelled else "" if ordered else "- ") + text)
            if nested:
                self._lines(lines, first_line)
                lines, first_line = [], 0
                for child in nested:
                    self.lay_out_list(child)
        self._lines(lines, first_line)

    def _lines(self, lines: list[str], line: int) -> None:
        if lines:
            self.builder.block("\n".join(lines), self._place(line))

    def table(self, element) -> None:
        """Each row a line of tab-separated cells (a claim of its own); a caption first."""
        caption = element.find("caption")
        if caption is not None:
            self.builder.block(_clean(self.inline(caption)), self._anchor(caption))
        rows = []
        for row in element.iter("tr"):
            cells = [_clean(self.inline(cell))
                     for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
            if any(cells):
                rows.append("\t".join(cell or "-" for cell in cells))
        if rows:
            self.builder.block("\n".join(rows), self._anchor(element))

    # ------------------------------------------------------------ inline
    def inline(self, element) -> str:
        """The text of an inline element, with the markup the pipeline reads kept."""
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIPPED or _hidden(element):
            return ""
        inner = (element.text or "") + "".join(self.inline(child) + (child.tail or "") for child in element)
        if tag == "a" and SERVICE_NAME.fullmatch(inner) and element.get("href"):
            # A service link: removed with the brackets around it (see _clean), but for the
            # identifier it carries.
            carried = service_identifier(inner.strip(), element.get("href"))
            return f"{_KEPT}{carried}{_KEPT}" if carried else _DROPPED
        if tag == "sup":
            return f"<sup>{inner}</sup>" if inner.strip() else ""
        if tag == "sub":
            return f"<sub>{inner}</sub>" if inner.strip() else ""
        if tag in ("i", "em", "var") and inner.strip():  # (not <cite>: PMC wraps whole references in it)
            lead, core, trail = _edges(inner)
            return f"{lead}*{core}*{trail}"
        if tag in ("b", "strong") and inner.strip():
            lead, core, trail = _edges(inner)
            return f"{lead}**{core}**{trail}"
        if tag == "br":
            return " "
        if tag in _BLOCKS or tag in _HEADINGS or tag in ("li", "tr", "td", "th"):
            return f" {inner} "
        return inner

    def _anchor(self, element) -> str:
        return self._place(getattr(element, "sourceline", 0) or 0)

    def _place(self, line: int) -> str:
        """Where a block starts in the HTML file ("" when lxml did not say)."""
        return f"{self.file}, line {line}" if line else ""


def _edges(text: str) -> tuple[str, str, str]:
    """Spaces around emphasised text stay outside its marks ("*word*", not "* word *")."""
    core = text.strip()
    start = text.index(core[0])
    return text[:start], core, text[start + len(core):]
