"""One text, one way to turn character offsets into (line, column) positions."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

# Control characters (C0 except tab, newline and form feed; DEL; C1) and the two
# non-characters XML forbids. A manuscript never means them; kept, they would reach
# terminals as escape sequences and make GraphML or BibTeX unreadable. Each becomes one
# space, so every offset stays where it was.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


# No-break, thin, em and ideographic spaces (HTML's &nbsp;, Word, PDF text) separate words
# exactly as a space does; every pattern downstream is written for the ASCII one.
_SPACES = str.maketrans({ch: " " for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                         "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

# Typographic ligatures PDF text keeps as one character ("Chalﬁn", "Bindoﬀ"): spelled out,
# or a name would not match its own citation and a title would not match its record.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})


# Invisible characters that only say where a word may break: soft hyphens (publishers'
# HTML, Word, PDF text), zero-width spaces (converters) and word joiners, and a byte-order
# mark inside the text. Inside a word they would split it for every pattern downstream
# ("REFER\u00adENCES" is no heading), so reading removes them, as it removes the "\r" of
# a line end. (Zero-width joiners and non-joiners stay: Persian and Indic scripts spell
# with them.)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def without_invisibles(text: str) -> str:
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def as_read(text: str) -> str:
    """``text`` as every reader passes it on: invisible break marks removed, and accents
    written as combining marks (PDF text, a Mac's files) composed — "Mu\u0308ller" is the
    "Müller" it shows, to the name and sentence patterns as to the reader."""
    return unicodedata.normalize("NFC", without_invisibles(text))


def printable(text: str) -> str:
    """``text`` with control characters and Unicode spaces replaced by spaces (same length)."""
    if _ODD_SPACE.search(text):
        text = text.translate(_SPACES)
    return _UNPRINTABLE.sub(" ", text) if _UNPRINTABLE.search(text) else text


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) with its 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class SourceText:
    """The decoded manuscript and the offsets where its lines start."""

    text: str
    name: str = "<text>"
    encoding: str = "utf-8"
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", printable(self.text))
        starts = [0]
        starts.extend(match.end() for match in _NEWLINE.finditer(self.text))  # (not a per-character loop)
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based (line, column); the inverse of :meth:`position`."""
        line = min(max(line, 1), len(self._line_starts))
        return min(self._line_starts[line - 1] + max(column, 1) - 1, len(self.text))

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        return Span(start, end, line, column)

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]
