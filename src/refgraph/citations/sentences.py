"""Sentence boundaries of plain text: a fast segmenter first, the careful one where it matters.

sentencex (Rust, linear) reads every paragraph; pysbd, careful with abbreviations but
about a hundred times slower, re-reads only the sentences sentencex left with a
full stop, capital or number inside ("… in Fig. 2a, b. The spread …", "… than 4 m.
The temperature …"), a few percent of the text. On the corpus claims this pair is
more often right than either alone (818/820 against pysbd's 816 and sentencex's 817;
corpus-dev 672/756 against 668 and 659).
"""
from __future__ import annotations

import re
from functools import lru_cache

# A full stop (or ? !) then a capital, digit or bracket: a sentence may end here.
_MAY_END = re.compile(r"[.!?][\"”’)\]]?\s+(?=[A-Z0-9“\"(\[])")
# pysbd's cost grows with the square of its input, and sentencex's with unclosed quotes:
# they get pieces of at most about this many characters, cut where a sentence surely ends
# (no abbreviation before the stop).
PIECE = 1500
# Long runs of digits and separators in brackets that are not callouts ("[1-99999,1-99999]")
# make pysbd's numeric-reference pattern backtrack for half a second per piece. The
# segmenters see them as letters of the same length, so no offset moves.
_NUMERIC_RUN = re.compile(r"\[[\d\s,;–-]{12,}\]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, in order, without leading spaces."""
    import sentencex

    seen = _NUMERIC_RUN.sub(lambda m: "[" + "x" * (len(m.group(0)) - 2) + "]", text)
    spans: list[tuple[int, int]] = []
    # Both segmenters get bounded pieces: sentencex pairs “quotes” by scanning ahead, so
    # a run of unclosed ones would cost the square of the paragraph.
    for offset, piece in _pieces(seen):
        for boundary in sentencex.get_sentence_boundaries("en", piece):
            start, end = offset + boundary["start_index"], offset + boundary["end_index"]
            while start < end and seen[start].isspace():
                start += 1
            if start >= end:
                continue
            if _MAY_END.search(seen, start, end):
                # (Only here can a unit's stop be: it is a full stop before a capital.)
                spans.extend(_split_after_units(seen, [(start + a, start + b) for a, b in _careful_spans(seen[start:end])]))
            else:
                spans.append((start, end))
    return spans


# Both segmenters take "pH." and SI units before a capital for abbreviations ("… a low
# pH. Spatial variations …" stays one sentence), but these symbols never take a stop of
# their own: a stop after one ends the sentence.
# (A capital alone after a number is a unit too, "close to 2 K. Larger …", not an initial.)
_UNIT_STOP = re.compile(r"(?:(?<![\w.])(?:pH|m[LlMg]|[µμ][LlMgm]|[nkp]g|[nmpk]M|kDa|[kMG]?Hz|[nµμcmk]m|°[CF])"
                        r"|(?<=\d[ \u00a0])[KVWJNTLAM])\.\s+(?=[A-Z])")


def _split_after_units(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for stop in _UNIT_STOP.finditer(text, start, end):
            out.append((start, stop.start() + stop.group(0).index(".") + 1))
            start = stop.end()
        out.append((start, end))
    return out


def _careful_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for offset, piece in _pieces(text):
        spans.extend((offset + a, offset + b) for a, b in _pysbd_spans(piece))
    return spans


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd

    # pysbd builds a pattern per abbreviation it meets, several hundred in a long
    # manuscript; past the re module's cache of 512 every call recompiled them (a quarter
    # of the time on 4,600 references). A larger cache keeps them compiled.
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)

    return pysbd.Segmenter(language="en", clean=False)


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one piece, found in what pysbd returns (pieces of ``text``)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for piece in _pysbd().segment(text):
        if not piece.strip():
            position += len(piece)
            continue
        found = text.find(piece, position)
        if found < 0:
            piece = piece.strip()
            found = text.find(piece, position)
        if found < 0:
            continue
        spans.append((found, found + len(piece)))
        position = found + len(piece)
    return spans


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text``: whole if short, else cut at sure sentence ends
    (at a space when a stretch has none), so each piece stays near PIECE characters."""
    if len(text) <= PIECE:
        return [(0, text)]
    pieces, start = [], 0
    while len(text) - start > PIECE:
        window = text[start + PIECE // 2: start + PIECE * 2]
        ends = [m.end() for m in _MAY_END.finditer(window) if not _abbreviation_before(window, m.start())]
        near = [e for e in ends if e <= PIECE] or ends[:1]
        if near:
            cut = start + PIECE // 2 + near[-1]
        else:
            space = text.rfind(" ", start + PIECE // 2, start + PIECE * 2)
            cut = space + 1 if space > start else start + PIECE * 2
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _abbreviation_before(text: str, period: int) -> bool:
    return bool(re.search(r"(?:\bal|\b[A-Z]|\bvs|\bFigs?|\bEqs?|\bca|\bRefs?|\bNo|\bDr|\bSt|\bspp?)$", text[max(0, period - 6): period]))
