"""The body as blocks (headings, paragraphs, tables), with PDF-conversion damage repaired.

PDF-to-Markdown conversion cuts sentences at page breaks ("… actual improvement in"
/ received-dates, licence text / "symptoms after …"), hyphenates words across them
("Ket-" / "amine") and sometimes duplicates a hyphenated tail ("hippocampus." /
"pus and …"). :func:`paragraph_units` stitches such paragraphs back together and
remembers, for every character, the source offset it came from.
"""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..words import LineEndWords

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_CAPTION = re.compile(r"^\s*(?:\*\*|__)?\s*(?P<label>(?:Table|Figure|Fig\.?|Box)\s+[A-Z]?\d+[A-Za-z]?)\s*[.:|]", re.I)
_STOP = r"(?:[.?!:;]|[.?!][\"”’)\]])"  # a sentence's or clause's end, a quote or bracket closing it
_TERMINAL = re.compile(rf"{_STOP}\s*$")
# A section's name alone on its line, as text pasted or extracted from a PDF sets it (no
# "#"): "INTRODUCTION", "2. Methods", "Materiais e Métodos". Only a main section's name,
# capitalised, after a line that ended a sentence: "… the main" / "Results" / "of …" runs on.
_SECTION_NAMES = (r"abstract|summary|introduction|background|methods?|methodology|materials?\s+and\s+methods|"
                  r"patients\s+and\s+methods|results|results\s+and\s+discussion|discussion|conclusions?|"
                  r"limitations|acknowledge?ments|funding|resumo|resumen|introdução|introducción|métodos?|"
                  r"m[ée]todo|materia(?:is|les)\s+[ey]\s+métodos|resultados|discussão|discusión|conclusão|conclusões|"
                  r"conclusiones|considerações\s+finais|agradecimentos|agradecimientos|einleitung|methoden|"
                  r"ergebnisse|diskussion|schlussfolgerungen|résumé|méthodes|résultats")
_PLAIN_HEADING = re.compile(rf"^[ \t]*(?:(?:\d{{1,2}}|[IVX]{{1,4}})\.?[ \t]+)?(?P<title>(?i:{_SECTION_NAMES}))[ \t]*:?[ \t]*$")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # heading | paragraph | table | caption
    level: int = 0
    title: str = ""
    label: str = ""  # "Table 1" for captions and tables
    # A table row written over several lines (a grid table's wrapped cells, an HTML <tr>):
    # per cell, the source spans of its pieces. Empty for a row on one line ("a | b", tabs).
    cells: tuple[tuple[tuple[int, int], ...], ...] = ()


@dataclass
class Unit:
    """A repaired paragraph: its text and, per character, the source offset (-1 if inserted)."""

    kind: str
    section: tuple[str, ...]
    # The text as the pieces appended (a list of characters cost a pointer per character and
    # a join of millions of them per read); joined into one piece when read.
    pieces: list[str] = field(default_factory=list, repr=False, compare=False)
    # An array, not a list: 8 bytes a character instead of about 36 (a manuscript's body
    # is held as units at once).
    origins: array = field(default_factory=lambda: array("q"))
    label: str = ""
    blocks: list[Block] = field(default_factory=list)
    # Where each appended stretch of source text begins (unit index, source offset). While
    # they follow the source's order a source offset is found by bisection; otherwise by a
    # table of every character (millions in a long body), built once when first needed.
    runs: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)
    in_order: bool = field(default=True, repr=False, compare=False)
    _index: dict | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces[:] = ["".join(self.pieces)]
        return self.pieces[0] if self.pieces else ""

    @property
    def length(self) -> int:
        return len(self.origins)

    def tail(self, count: int) -> str:
        """The last ``count`` characters (fewer in a shorter unit), read from the last pieces only."""
        taken, size = [], 0
        for piece in reversed(self.pieces):
            taken.append(piece)
            size += len(piece)
            if size >= count:
                break
        return "".join(reversed(taken))[-count:]

    def drop_last(self) -> None:
        """Remove the last character ("Ket-" loses its hyphen before "amine")."""
        while self.pieces and not self.pieces[-1]:
            self.pieces.pop()
        self.pieces[-1] = self.pieces[-1][:-1]
        del self.origins[-1]

    def append(self, text: str, origin_start: int | None) -> None:
        if origin_start is None:
            self.origins.extend([-1] * len(text))
        else:
            # (The last run is taken to reach the unit's end, joins included: stricter than
            # needed, never wrong.)
            if self.runs and origin_start < self.runs[-1][1] + len(self.origins) - self.runs[-1][0]:
                self.in_order = False
            self.runs.append((len(self.origins), origin_start))
            self.origins.extend(range(origin_start, origin_start + len(text)))
        if text:
            self.pieces.append(text)

    def index_of(self, origin: int) -> int | None:
        """Where the character from source offset ``origin`` is in the unit (None: not here)."""
        if self.in_order:
            run = bisect.bisect_right(self.runs, origin, key=lambda r: r[1]) - 1
            if run < 0:
                return None
            index = self.runs[run][0] + origin - self.runs[run][1]
            return index if index < len(self.origins) and self.origins[index] == origin else None
        if self._index is None:
            self._index = {o: i for i, o in enumerate(self.origins) if o >= 0}
        return self._index.get(origin)


def split_blocks(text: str, end: int, start: int = 0) -> list[Block]:
    """Blank-line separated blocks of ``text[start:end]``; headings and table rows split out."""
    blocks: list[Block] = []
    offset = start
    lines = text[start:end].split("\n")
    current: list[tuple[int, str]] = []
    table_label = ""

    def label_from_caption() -> None:
        nonlocal table_label
        if blocks and blocks[-1].kind == "caption":
            table_label = blocks[-1].label  # a table takes the label of the caption above it

    def flush() -> None:
        nonlocal current
        if current:
            start = current[0][0]
            stop = current[-1][0] + len(current[-1][1])
            first = current[0][1]
            caption = _CAPTION.match(first)
            if caption:
                blocks.append(Block(start, stop, "caption", label=_label(caption.group("label"))))
            else:
                blocks.append(Block(start, stop, "paragraph"))
        current = []

    tables = _html_tables(text, start, end)
    grid: list[tuple[int, str]] = []  # the lines of a grid table's row, until its rule
    columns: list[int] = []  # where the grid's "+" sit

    def grid_row() -> None:
        nonlocal grid
        if grid:
            blocks.append(Block(grid[0][0], grid[-1][0] + len(grid[-1][1]), "table", label=table_label,
                                cells=_grid_cells(grid, columns)))
        grid = []

    for line in lines:
        line_end = offset + len(line)
        if tables and tables[0][0] < line_end + 1:
            # An HTML table: its rows are the blocks, whatever lines they span.
            table_start, table_end = tables[0]
            if offset <= table_start:
                flush()
                label_from_caption()
                blocks.extend(Block(s, e, "table", label=table_label, cells=c) for s, e, c in _html_rows(text, table_start, table_end))
            if line_end >= table_end:
                tables.pop(0)
            offset = line_end + 1
            continue
        rule = _GRID_RULE.match(line)
        if rule or (grid or columns) and _GRID_LINE.match(line):
            if not (grid or columns):
                flush()
                label_from_caption()
            if rule:
                grid_row()
                columns = [i for i, char in enumerate(line) if char == "+"]
            else:
                grid.append((offset, line))
            offset = line_end + 1
            continue
        if grid or columns:
            grid_row()
            columns = []
        heading = _HEADING.match(line)
        plain = None if heading else _plain_heading(line, current)
        if heading:
            flush()
            blocks.append(Block(offset, offset + len(line), "heading", len(heading.group(1)), heading.group(2).strip("*_ ")))
            table_label = ""
        elif plain:
            flush()
            blocks.append(Block(offset, offset + len(line), "heading", 2, plain))
            table_label = ""
        elif "\t" in line.strip() or re.match(r"^\s*\|.*\|\s*$", line):
            flush()
            if not re.match(r"^\s*\|?[\s:|-]+\|?\s*$", line):  # not a |---| rule
                label_from_caption()
                blocks.append(Block(offset, offset + len(line), "table", label=table_label))
        elif not line.strip():
            flush()
        else:
            current.append((offset, line))
        offset += len(line) + 1
    grid_row()
    flush()
    return blocks


# (A sentence's end may carry its callout: "… cause.2,3", "… cause.<sup>2</sup>", "… cause. [2]".)
_SENTENCE_END = re.compile(rf"{_STOP}(?:\s*(?:[\d,\-–]+|<sup>[^<>]*</sup>|\[[\d,\-–\s]+\]))?\s*$")


def _plain_heading(line: str, paragraph: list[tuple[int, str]]) -> str | None:
    """A section's name set alone on a line with no Markdown mark, capitalised as a heading
    is ("INTRODUCTION", "Results"), where no sentence runs on into it."""
    match = _PLAIN_HEADING.match(line)
    if not match or not match.group("title")[0].isupper() or (paragraph and not _SENTENCE_END.search(paragraph[-1][1])):
        return None
    return match.group("title")


# Pandoc's grid tables: "+------+------+" rules (and "+======+" under the header), rows of
# "| … | … |" lines between them; a cell's text wraps onto the row's next lines.
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_HTML_ROW = re.compile(r"<tr\b[^<>]{0,300}>", re.I)
_HTML_CELL = re.compile(r"<t[dh]\b[^<>]{0,300}>", re.I)
_HTML_CELL_END = re.compile(r"</t[dh]\s*>|<t[dh]\b|</tr\s*>", re.I)


def _grid_cells(lines: list[tuple[int, str]], columns: list[int]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per column, the spans of the text in it on each of the row's lines."""
    cells = []
    for left, right in zip(columns, columns[1:]):
        pieces = []
        for offset, line in lines:
            start, stop = left + 1, min(right, len(line))
            piece = line[start:stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                pieces.append((offset + start + lead, offset + start + len(piece.rstrip())))
        cells.append(tuple(pieces))
    return tuple(cells)


def _html_tables(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each ``<table>…</table>`` in ``text[begin:end]``, found in one pass."""
    tables, position = [], 0
    lowered = text[begin:end].lower()
    while True:
        start = lowered.find("<table", position)
        if start < 0:
            break
        stop = lowered.find("</table", start)
        if stop < 0:
            break  # "<table" never closed: words about HTML, not a table
        stop = lowered.find(">", stop) + 1 or len(lowered)
        tables.append((begin + start, begin + stop))
        position = stop
    return tables


def _html_rows(text: str, start: int, end: int) -> list[tuple[int, int, tuple[tuple[tuple[int, int], ...], ...]]]:
    """Each ``<tr>`` of an HTML table as (start, end, cells), a cell's span inside its tags."""
    rows = []
    openings = [m for m in _HTML_ROW.finditer(text, start, end)]
    for index, opening in enumerate(openings):
        row_end = openings[index + 1].start() if index + 1 < len(openings) else end
        cells = []
        for cell in _HTML_CELL.finditer(text, opening.end(), row_end):
            closing = _HTML_CELL_END.search(text, cell.end(), row_end)
            stop = closing.start() if closing else row_end
            piece = text[cell.end():stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                cells.append(((cell.end() + lead, cell.end() + len(piece.rstrip())),))
            else:
                cells.append(())
        rows.append((opening.start(), row_end, tuple(cells)))
    return rows


def _label(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"^Fig\.?\s", "Figure ", text, flags=re.I)


def _first_word(text: str) -> str:
    stripped = re.sub(r"^(?:<[^>]+>|[*_\s])+", "", text)
    match = _WORD.match(stripped)
    return match.group(0) if match else ""


def _starts_lowercase(text: str) -> bool:
    stripped = re.sub(r"^(?:[*_\s])+", "", text)
    return bool(stripped) and stripped[0].islower()


def paragraph_units(text: str, end: int, callout_spans: list[tuple[int, int]], start: int = 0) -> list[Unit]:
    """Paragraph units of ``text[start:end]`` with sections, repaired across page breaks
    and inserted blocks."""
    blocks = split_blocks(text, end, start)
    # The body's words, counted only if a word cut at a line end is to be judged.
    words = cache(lambda: LineEndWords.of(text[start:end]))
    units: list[Unit] = []
    section: list[tuple[int, str]] = []
    h1_count = sum(1 for b in blocks if b.kind == "heading" and b.level == 1)
    pending: list[Block] = []  # blocks after an open paragraph, possibly inserted debris

    callout_starts = sorted(s for s, _ in callout_spans)

    def has_callout(block: Block) -> bool:
        # bisection: a scan per block made long documents quadratic in their callouts
        at = bisect.bisect_left(callout_starts, block.start)
        return at < len(callout_starts) and callout_starts[at] < block.end

    def path() -> tuple[str, ...]:
        return tuple(title for level, title in section if not (level == 1 and h1_count == 1))

    after_heading = False
    for block in blocks:
        if block.kind == "heading":
            pending = []
            after_heading = True
            while section and section[-1][0] >= block.level:
                section.pop()
            section.append((block.level, block.title))
            continue
        if block.kind == "table":
            unit = Unit("table-row", path(), label=block.label, blocks=[block])
            if block.cells:
                for index, pieces in enumerate(block.cells):
                    if index:
                        unit.append("\t", None)  # the column break, read as " | " in the claim
                    for number, (piece_start, piece_end) in enumerate(pieces):
                        if number and not re.search(r"\w-$", unit.tail(2)):  # "dose-" / "frequency" stays one word
                            unit.append(" ", None)
                        unit.append(text[piece_start:piece_end], piece_start)
            else:
                unit.append(text[block.start:block.end], block.start)
            units.append(unit)
            continue
        body = text[block.start:block.end]
        previous = next((u for u in reversed(units) if u.kind == "paragraph"), None)
        if previous is not None and units[-1] is not previous:
            previous = None  # a table or caption came between: no stitching across it
        if previous is not None and _starts_lowercase(body) and len(pending) <= 8 and not any(map(has_callout, pending)):
            open_end = not _unit_ends_sentence(previous)
            # Across a heading only a sentence left open continues (the heading was a
            # running head); a closed one followed by a lower-case paragraph stays apart.
            if open_end or not (pending or after_heading):
                _stitch(previous, body, block.start, words, open_end)
                previous.blocks.append(block)
                pending = []
                continue
        if previous is not None and not after_heading and not _unit_ends_sentence(previous) and not has_callout(block) and _looks_inserted(body):
            pending.append(block)
            continue
        for skipped in pending:  # not inserted after all: keep them as paragraphs
            unit = Unit("paragraph", path(), blocks=[skipped])
            _append_lines(unit, text[skipped.start:skipped.end], skipped.start, words)
            units.append(unit)
        pending = []
        after_heading = False
        kind = "caption" if block.kind == "caption" else "paragraph"
        unit = Unit(kind, path(), label=block.label, blocks=[block])
        _append_lines(unit, body, block.start, words)
        units.append(unit)
    return units


_CITED_NUMBERS = re.compile(r"[\d,\s–-]+")


def _closing_marks_start(text: str) -> int:
    r"""Where the callouts and spaces that end ``text`` begin (``len(text)``: none), read
    backwards one mark at a time: ``(?:<sup>[^<]*</sup>|\[[\d,\s–-]+\]|\s)+$`` without
    a scan of the whole text. (Each mark is known from its last character, so reading
    backwards finds the one leftmost start the pattern would.)"""
    end = len(text)
    while end:
        if text[end - 1].isspace():
            end -= 1
        elif (text.endswith("</sup>", 0, end) and (opening := text.rfind("<sup>", 0, end - 6)) >= 0
              and "<" not in text[opening + 5:end - 6]):
            end = opening
        elif text[end - 1] == "]" and (opening := text.rfind("[", 0, end - 1)) >= 0 and _CITED_NUMBERS.fullmatch(text, opening + 1, end - 1):
            end = opening
        else:
            break
    return end


def ends_sentence(text: str) -> bool:
    end = _closing_marks_start(text)
    return bool(_TERMINAL.search(text[max(0, end - 3):end]))


def _unit_ends_sentence(unit: Unit) -> bool:
    """:func:`ends_sentence` of the unit's text, read from its last 1,000 characters (the
    whole text of a paragraph stitched block by block was joined and scanned per block);
    the whole text only when the marks fill the window or one may begin before it."""
    window = unit.tail(1000)
    end = _closing_marks_start(window)
    if len(window) < unit.length and (end == 0 or window[end - 1] in "]>"):
        return ends_sentence(unit.text)
    return bool(_TERMINAL.search(window[max(0, end - 3):end]))


def _looks_inserted(body: str) -> bool:
    """Running heads, received/accepted dates, correspondence, licence and affiliation text."""
    return bool(
        re.match(r"^\s*(?:\*\*|__)", body)
        or re.search(r"©|Creative Commons|licen[cs]e|E-?mail|Correspondence|Received|Accepted|Department of|University|Tel\b|Fax\b|doi\.org|https?://", body, re.I)
        or len(body) < 60
    )


def _append_lines(unit: Unit, body: str, start: int, words: Callable[[], LineEndWords] | None = None) -> None:
    """Soft line breaks inside a block become single spaces; words hyphenated across
    them are re-joined ("Ket-" / "amine" → "Ketamine", "treatment-" / "resistant" kept)."""
    offset = start
    for index, line in enumerate(body.split("\n")):
        stripped = line.rstrip()
        lead = len(line) - len(line.lstrip())
        if index:
            # Only the unit's tail is read: joining the whole text per line is quadratic
            # in a long paragraph (PDF text whose pages run on as one block).
            previous = re.search(r"([^\W\d_]+)-$", unit.tail(80)) if unit.tail(1) == "-" else None
            head = _first_word(stripped)
            if previous and head and head[0].islower() and words is not None:
                if not words().keeps_hyphen(previous.group(1), head):
                    unit.drop_last()
            else:
                unit.append(" ", None)
        unit.append(stripped.lstrip(), offset + lead)
        offset += len(line) + 1


def _stitch(unit: Unit, body: str, start: int, words: Callable[[], LineEndWords], open_end: bool) -> None:
    """Join a continuation block onto ``unit``, repairing the word cut at the break."""
    while unit.length and unit.tail(1).isspace():  # (the tail only: linear over many stitches)
        unit.drop_last()
    text = unit.tail(80)
    head = _first_word(body)
    lead = body.find(head) if head else 0
    hyphen = re.search(r"([^\W\d_]+)-$", text)
    tail = re.search(r"([^\W\d_]+)\.$", text)
    if hyphen and head:
        if not words().keeps_hyphen(hyphen.group(1), head, across_blocks=True):
            unit.drop_last()  # "Ket-" + "amine" → "Ketamine"
        _append_lines(unit, body[lead:], start + lead, words)
        return
    if tail and head and not open_end and tail.group(1).lower().endswith(head.lower()) and tail.group(1).lower() != head.lower():
        # The converter printed the hyphenated word whole, then its tail again.
        unit.drop_last()
        rest = body[lead + len(head):]
        if rest[:1].isspace():
            unit.append(" ", None)
        _append_lines(unit, rest, start + lead + len(head), words)
        return
    unit.append(" ", None)
    _append_lines(unit, body, start, words)
