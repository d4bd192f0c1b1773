"""Word's automatic list numbering, written out as the numbers a reader sees.

A reference list typed as a Word numbered list ("List Number", or numbering applied to
the paragraphs) carries no digits in its text: Word draws "1.", "2.", "[3]" from the
numbering definitions. Without them the list would read as unnumbered. Each numbered
paragraph gets its label from its level's format (decimal, letters, roman; bullets become
"- "), its ``lvlText`` ("%1.", "[%1]") and a counter that, as in Word, runs per abstract
definition and restarts where a ``startOverride`` says so.
"""
from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(number: int) -> str:
    numerals = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _formatted(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(number).upper() if fmt == "upperRoman" else _roman(number)
    return str(number)


class ListNumbering:
    """Labels for a document's numbered paragraphs, in reading order."""

    def __init__(self, document) -> None:
        self._document = document
        self._numbering = None
        try:
            self._numbering = document.part.numbering_part.element
        except Exception:  # no numbering part: no automatic lists
            pass
        self._counters: dict[tuple[str, int], int] = {}
        # Definitions and styles are looked up once each: a long document has many list
        # paragraphs and few definitions.
        self._levels: dict[tuple[str, int], tuple | None] = {}
        self._styles: dict[str, object] = {}

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` ("12. ", "[3] ", "- "), or ""."""
        if self._numbering is None:
            return ""
        found = self._num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        if (num_id, level) not in self._levels:
            self._levels[num_id, level] = self._level(num_id, level)
        definition = self._levels[num_id, level]
        if definition is None:
            return ""
        abstract, fmt, start, text = definition
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        key = (abstract, level)
        self._counters[key] = self._counters.get(key, start - 1) + 1
        for deeper in [k for k in self._counters if k[0] == abstract and k[1] > level]:
            del self._counters[deeper]  # a new item restarts the levels below it
        shown = text
        for depth in range(level + 1):
            count = self._counters.get((abstract, depth), 1)
            shown = shown.replace(f"%{depth + 1}", _formatted(count, fmt if depth == level else "decimal"))
        return shown + " " if shown.strip() else ""

    def _num_pr(self, paragraph):
        """(numId, level) from the paragraph's own properties or its style's (with basedOn)."""
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        seen = set()
        while num_pr is None and style is not None:
            style_id = style.get(W + "val")
            if style_id in seen:
                break
            seen.add(style_id)
            element = self._style(style_id)
            if element is None:
                break
            num_pr = element.find(f"{W}pPr/{W}numPr")
            style = element.find(f"{W}basedOn")
        if num_pr is None:
            return None
        num_id = num_pr.find(W + "numId")
        level = num_pr.find(W + "ilvl")
        if num_id is None or num_id.get(W + "val") in (None, "0"):
            return None
        return num_id.get(W + "val"), int(level.get(W + "val") or 0) if level is not None else 0

    def _style(self, style_id: str):
        if style_id not in self._styles:
            try:
                self._styles[style_id] = self._document.styles.element.find(f"{W}style[@{W}styleId='{style_id}']")
            except Exception:
                self._styles[style_id] = None
        return self._styles[style_id]

    def _level(self, num_id: str, level: int):
        """(abstract id, format, start, lvlText) of a numbering instance's level."""
        num = self._numbering.find(f"{W}num[@{W}numId='{num_id}']")
        if num is None:
            return None
        abstract_id = num.find(W + "abstractNumId")
        if abstract_id is None:
            return None
        abstract = abstract_id.get(W + "val")
        definition = self._numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract}']/{W}lvl[@{W}ilvl='{level}']")
        if definition is None:
            return None
        fmt = definition.find(W + "numFmt")
        start = definition.find(W + "start")
        text = definition.find(W + "lvlText")
        start_value = int(start.get(W + "val")) if start is not None else 1
        override = num.find(f"{W}lvlOverride[@{W}ilvl='{level}']/{W}startOverride")
        key = abstract
        if override is not None:
            # An override starts a list of its own (a second reference list, or a restart).
            start_value, key = int(override.get(W + "val")), f"{abstract}/{num_id}"
        return (key, fmt.get(W + "val") if fmt is not None else "decimal", start_value,
                text.get(W + "val") if text is not None else f"%{level + 1}.")
