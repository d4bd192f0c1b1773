"""PDF manuscripts, read from the glyphs with pdfminer.six.

Callouts are found from the glyphs themselves: a run of digits set smaller than its line
and raised above its baseline is a superscript, written ``<sup>…</sup>`` so the numbered
finder reads it like Markdown. Running heads, footers and page numbers are removed by
their repetition across pages; two-column pages are read column by column; a reference
list set with hanging indents is cut into entries where each opens at its column's
margin; words hyphenated at line ends are repaired later, with the other blocks. Anchors
name the page, so findings say "page 3, line 12".
"""
from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..document import Document, TextBuilder
from ..errors import InputError
from ..read import open_input
from ..source import LIGATURES
from .linenumbers import counting_up
from .pdfhanging import hanging_openings
from .pdftext import furniture_key, is_page_number, rejoin_cell_citations, repeated_keys


@dataclass
class _Line:
    text: str
    x0: float
    y0: float
    x1: float
    top: float
    size: float
    bold: bool
    page: int
    box: int
    last_word_x0: float = 0.0  # where the line's last word begins (a URL may run past its column)


def read_pdf(target: Path, path) -> Document:
    name = str(path) if path is not None else target.name
    open_input(target, name, peek=True)  # existence, size and file-type checks
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.psparser import PSException
    except ImportError:  # pragma: no cover - pdfminer.six is a dependency
        raise InputError(f"{name}: reading PDF needs pdfminer.six") from None
    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        for number, page in enumerate(extract_pages(str(target), laparams=LAParams(line_margin=0.5, char_margin=8.0)), 1):
            heights.append(page.height)
            pages.append(list(_page_lines(page, number)))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise InputError(f"{name}: the PDF is encrypted; save an unlocked copy") from None
    except (PSException, ValueError, KeyError, TypeError, AssertionError) as error:
        raise InputError(f"{name}: not a readable PDF ({error.__class__.__name__})") from None
    if not any(pages):
        raise InputError(f"{name}: the PDF has no text layer (a scan?); run OCR first")
    pages = _drop_running_lines(_without_margin_numbers(pages), heights)
    builder = TextBuilder()
    body_size = _body_size(pages)
    in_references = False
    ordered_pages = [_join_split_superscripts(list(_reading_order(lines))) for lines in pages]
    opening = hanging_openings(_reference_lines(ordered_pages, body_size))
    previous_box = previous_line = None
    for number, ordered in enumerate(ordered_pages, 1):
        # A page break ends a paragraph only where the next page's first line says so: the
        # body's sentence may run on (see _runs_on), and so may a list set with hanging
        # indents, whose next entry opens at the margin. Other lists end their block there.
        if in_references and not opening:
            builder.end_block()
            previous_box = None
        page_anchor = f"page {number}"  # (set where the page's first line starts, after any break)
        for line in ordered if in_references else _rejoin_cell_citations(ordered, body_size):
            heading = _heading(line, body_size, in_references)
            if heading:
                in_references = bool(_REFERENCE_HEADING.match(heading))
                builder.end_block()
                builder.anchor(page_anchor)
                level = "#" if line.size >= 1.6 * body_size and number == 1 else "##"
                builder.write(f"{level} {heading}")
                builder.end_block()
                previous_box = None
                continue
            if (re.fullmatch(r"[\d,–\-\s]+", line.text) and previous_line is not None
                    and line.size <= 0.8 * previous_line.size and line.page == previous_line.page):
                # A small number set apart (a table cell's superscript wrapped onto its own line).
                builder.anchor(page_anchor)
                builder.write(f"<sup>{line.text.strip()}</sup>")
                continue
            if previous_box is not None and ((line.box != previous_box and not in_references
                                              and not _runs_on(previous_line, line))
                                             or (in_references and id(line) in opening)):
                # A new text box is a new paragraph (references run on), and so is an entry
                # that opens at the margin its hanging-indented lines run in from.
                builder.end_block()
            elif previous_box is not None:
                builder.write("\n")
            builder.anchor(page_anchor)
            builder.write(line.text)
            previous_box = line.box
            previous_line = line
    builder.end_block()
    from ..source import SourceText

    from .pagenotes import lift_notes_in_text

    text, anchors = lift_notes_in_text(builder.text(), builder.anchors)
    source = SourceText(text, name=name, encoding="pdf")
    return Document(source=source, format="pdf", anchors=tuple(anchors), paged=True)


def _without_margin_numbers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages' lines without the margin's line numbers set as lines of their own (TeX's
    lineno, a submission system's stamp): numbers alone, clear of the text's left or
    right edge, counting up down the page, and so on at least half the pages (see
    .linenumbers; a list's numbers hang left of its entries on a page or two)."""
    margins = [_margin_lines(lines) for lines in pages]
    numbered = sum(1 for margin in margins if margin)
    if numbered < 2 or numbered * 2 < sum(1 for lines in pages if lines):
        return pages
    return [[line for line in lines if id(line) not in margin] for lines, margin in zip(pages, margins)]


def _margin_lines(lines: list[_Line]) -> set[int]:
    text = [line for line in lines if not line.text.isdigit()]
    if not text:
        return set()
    left, right = statistics.median(line.x0 for line in text), max(line.x1 for line in text)
    margin = sorted((line for line in lines if line.text.isdigit() and (line.x1 < left - 2 or line.x0 > right + 2)),
                    key=lambda line: line.top)
    return {id(line) for line in margin} if counting_up([int(line.text) for line in margin]) else set()


# The rest of a cut callout, set alone at the start of the next line ("34." after
# "cancers<sup>32-</sup>"): the line is all small type, so nothing in it looks raised.
_CALLOUT_REST = re.compile(r"\d+(?:\s*[,–\-]\s*\d+)*(?=[\s.,;:)]|$)")


def _join_split_superscripts(lines: list) -> list:
    """A callout the line break cut ("…tumors<sup>77–</sup>" then "<sup>79</sup>. Solid…",
    or then "34." in small type) is one superscript running across the break, so "77–79"
    is read whole. A bracketed one ("<sup>( 9</sup>" then "<sup>- 10 )</sup>") runs on
    until its bracket closes, and a closing bracket alone at the next line's start, set
    on the baseline, is its own ("<sup>( 2</sup>" then ") .")."""
    from dataclasses import replace

    for index in range(len(lines) - 1):
        first, second = lines[index], lines[index + 1]
        open_bracket = re.search(r"<sup>\(\s*[\d,\s–\-]*</sup>$", first.text)
        if not ((re.search(r"[,–\-]\s*</sup>$", first.text) or open_bracket)
                and first.page == second.page and first.box == second.box):
            continue
        if open_bracket and (closing := re.match(r"\s*\)", second.text)):
            lines[index] = replace(first, text=first.text[: -len("</sup>")] + ")</sup>")
            lines[index + 1] = replace(second, text=second.text[closing.end():].lstrip())
        elif second.text.startswith("<sup>"):
            lines[index] = replace(first, text=first.text[: -len("</sup>")])
            lines[index + 1] = replace(second, text=second.text[len("<sup>"):])
        elif second.size <= 0.85 * first.size and (rest := _CALLOUT_REST.match(second.text)):
            after = second.text[rest.end():].lstrip()
            stop = re.fullmatch(r"[.,;:)]+", after)  # the sentence's stop goes with it
            lines[index] = replace(first, text=first.text[: -len("</sup>")] + rest.group() + "</sup>" + (after if stop else ""))
            lines[index + 1] = replace(second, text="" if stop else after)
    return [line for line in lines if line.text]


_REFERENCE_HEADING = re.compile(r"^(?:references?|bibliography|literature cited|referências|referencias)\b", re.I)


def _rejoin_cell_citations(lines: list, body_size: float) -> list:
    """A table cell's author–date citation cut where the cell wrapped, other cells' words
    between its parts (see :func:`.pdftext.rejoin_cell_citations`): one citation again,
    above the reference list's heading."""
    from dataclasses import replace

    end = next((i for i, line in enumerate(lines) if _REFERENCE_HEADING.match(_heading(line, body_size))), None)
    texts = rejoin_cell_citations("\n".join(line.text for line in lines), end).split("\n")
    return [replace(line, text=text) if text != line.text else line for line, text in zip(lines, texts) if text.strip()]


# A font's name says its weight: "Times-Bold", Nimbus Roman's "NimbusRomNo9L-Medi" (the
# bold of LaTeX's Times), "FranklinGothic-Heavy" and "-Demi", Computer Modern's "CMBX12".
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|-medi\b|medium|\bcmbx|sfbx", re.I)


def _page_lines(page, number: int):
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    boxes = [item for item in page if isinstance(item, LTTextBox)]
    lines = [(index, line) for index, box in enumerate(boxes) for line in box if isinstance(line, LTTextLine)]
    gutter = _gutter([[c for c in line if isinstance(c, LTChar)] for _, line in lines], page.width)
    for box_index, line in lines:
        for side, items in enumerate(_sides(list(line), gutter)):
            chars = [c for c in items if isinstance(c, LTChar)]
            if not chars:
                continue
            sizes = Counter(round(c.size, 1) for c in chars if c.get_text().strip())
            size = sizes.most_common(1)[0][0] if sizes else chars[0].size
            baseline = statistics.median([c.y0 for c in chars if round(c.size, 1) == size] or [chars[0].y0])
            text = _line_text(items, size, baseline)
            if text.strip():
                bold = sum(1 for c in chars if _BOLD_FONT.search(c.fontname)) > 0.6 * len(chars)
                x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)
                top = page.height - max(c.y1 for c in chars)
                yield _Line(text.strip(), x0, line.y0, x1, top, size, bold, number, 2 * box_index + side, _last_word_x0(items))


def _last_word_x0(items: list) -> float:
    from pdfminer.layout import LTChar

    start, after_space = 0.0, True
    for item in items:
        if not item.get_text().strip():
            after_space = True
        elif isinstance(item, LTChar) and after_space:
            start, after_space = item.x0, False
    return start


# The gap between two columns: at least this wide, and in the middle of the page.
_LEAST_GUTTER = 8.0


def _gutter(lines: list[list], width: float) -> float | None:
    """Where a two-column page's gutter runs (its middle x), found as the widest strip
    near the page's middle that (almost) no line's glyphs cover; None on a one-column
    page. pdfminer joins the two columns' lines when their baselines align, as TeX's
    do; the gutter splits them again."""
    if len(lines) < 8 or width <= 0:
        return None
    covered = [0] * (int(width) + 2)
    for chars in lines:
        seen = set()
        for char in chars:
            if char.get_text().strip():
                seen.update(range(max(0, int(char.x0)), min(len(covered), int(char.x1) + 1)))
        for x in seen:
            covered[x] += 1
    quiet = 0.03 * len(lines)
    best, run_start = None, None
    for x in range(int(0.3 * width), int(0.7 * width) + 2):
        if x < len(covered) and covered[x] <= quiet:
            run_start = x if run_start is None else run_start
            continue
        if run_start is not None and x - run_start >= _LEAST_GUTTER and (best is None or x - run_start > best[1] - best[0]):
            best = (run_start, x)
        run_start = None
    if best is None:
        return None
    middle = (best[0] + best[1]) / 2
    both = sum(1 for chars in lines if any(c.x1 <= middle for c in chars) and any(c.x0 >= middle for c in chars))
    sides = sum(1 for chars in lines if chars and (all(c.x1 <= middle for c in chars) or all(c.x0 >= middle for c in chars)))
    return middle if sides + both > 0 and sides >= 0.3 * (sides + both) else None


def _sides(items: list, gutter: float | None) -> list[list]:
    """A line's items, split at the gutter when its glyphs lie on both sides of it (two
    columns' lines joined); a line whose glyphs cross the gutter is one full-width line."""
    from pdfminer.layout import LTChar

    if gutter is None:
        return [items]
    chars = [item for item in items if isinstance(item, LTChar) and item.get_text().strip()]
    if any(c.x0 < gutter < c.x1 for c in chars) or not any(c.x0 >= gutter for c in chars) or not any(c.x1 <= gutter for c in chars):
        return [items]
    return _split_items(items, gutter)


def _split_items(items: list, gutter: float) -> list[list]:
    from pdfminer.layout import LTChar

    left: list = []
    right: list = []
    current = left
    for item in items:
        if isinstance(item, LTChar):
            current = left if item.x1 <= gutter else right
        current.append(item)  # a virtual space goes with the glyph before it
    return [left, right]


_UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")


def _line_text(line, size: float, baseline: float) -> str:
    """The line's text with raised, smaller runs written as <sup>…</sup>."""
    from pdfminer.layout import LTChar

    out: list[str] = []
    raised = False
    # A table row's line mixes cells set at different heights ("Fava et al.⁷⁵" beside a
    # cell whose baseline is higher): a run is raised above the word it follows, too.
    before = None  # the last full-size character
    for item in line:
        # pdfminer names a glyph its font maps to no character "(cid:12)": one unknown
        # character, not seven letters and digits for the parser to read.
        text = _UNMAPPED_GLYPH.sub("\ufffd", item.get_text())
        if isinstance(item, LTChar):
            smaller = item.size <= 0.85 * size and bool(text.strip())
            beside = (before is not None and item.x0 - before.x1 < 0.5 * before.size
                      and item.y0 > before.y0 + 0.2 * before.size)
            is_sup = smaller and (item.y0 > baseline + 0.2 * size or beside or (
                raised and before is not None and item.y0 > before.y0 + 0.2 * before.size))
            if is_sup != raised and (text.strip() or not is_sup):
                out.append("<sup>" if is_sup else "</sup>")
                raised = is_sup
            if not smaller and text.strip():
                before = item
        elif raised and text.strip() == "":
            out.append("</sup>")
            raised = False
        out.append(text.replace("\n", ""))
    if raised:
        out.append("</sup>")
    text = re.sub(r"</sup>(\s*)<sup>", r"\1", "".join(out)).translate(LIGATURES)
    return _with_accents_composed(re.sub(r"[ \u00a0]{2,}", " ", text))  # justified lines space words widely


# TeX builds a letter its font lacks from the letter and a spacing accent set over it
# ("ė" of "Kavaliauskienė", "ő", "ï" over a dotless i), and pdfminer reads the accent
# before the letter ("Kavaliauskien˙e", "na¨ıve") or, when it sits further left, after
# it ("Ba¨ckvall").
_SPACING_ACCENTS = {"\u00a8": "\u0308", "\u00b4": "\u0301", "\u02c6": "\u0302", "\u02c7": "\u030c", "\u02d8": "\u0306",
                    "\u02d9": "\u0307", "\u02da": "\u030a", "\u02db": "\u0328", "\u02dc": "\u0303", "\u02dd": "\u030b",
                    "\u00b8": "\u0327"}
_LETTER_ACCENT_LETTER = re.compile(f"([^\\W\\d_]?)([{''.join(_SPACING_ACCENTS)}])(?=([^\\W\\d_]))")


def _accented(letter: str, accent: str) -> str | None:
    """The one accented letter Unicode has for ``letter`` under ``accent``, or None."""
    composed = unicodedata.normalize("NFC", ("i" if letter == "ı" else letter) + _SPACING_ACCENTS[accent])
    return composed if len(composed) == 1 else None


def _with_accents_composed(text: str) -> str:
    """``text`` with each spacing accent between letters made one accented letter with the
    letter after it ("n˙e" → "nė", "na¨ıve" → "naïve") or, where Unicode has none, with the
    letter before it ("Ba¨ckvall" → "Bäckvall"); an accent that makes neither stays."""
    if not _LETTER_ACCENT_LETTER.search(text):
        return text
    out, position = [], 0
    for match in _LETTER_ACCENT_LETTER.finditer(text):
        before, accent, after = match.groups()
        if (letter := _accented(after, accent)) is not None:
            out.append(text[position:match.start(2)] + letter)
            position = match.end(2) + 1  # the letter after is taken into the accented one
        elif before and match.start(1) >= position and (letter := _accented(before, accent)) is not None:
            out.append(text[position:match.start(1)] + letter)
            position = match.end(2)
    out.append(text[position:])
    return "".join(out)


_HEIGHT_BAND = 3.0  # points


def _drop_running_lines(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Running heads, footers and page numbers: lines near the top or bottom of the page
    that repeat (digits aside) on many pages, or are only a number."""
    def at_edge(line: _Line, height: float) -> bool:
        return line.top < 0.09 * height or line.top > 0.91 * height

    edges = [[line for line in page if at_edge(line, height)] for page, height in zip(pages, heights)]
    sides = [{id(line): "top" if line.top < 0.5 * height else "bottom" for line in edge} for edge, height in zip(edges, heights)]
    rows = [_rows(edge) for edge in edges]
    # A running line repeats on the same side of the page, at the same height: the text that
    # happens to end one page and begin the next (near-identical entries of a list), or two
    # entries' last lines alike but for their numbers ("Desert.” Conservation Biology 5:
    # 243–248." near the top of two pages, 13 points apart), is no furniture. (Heights are
    # compared in bands of _HEIGHT_BAND points, each line in its band and the next, so two
    # lines closer than a band always share one.)
    def placed(line: _Line, key: str, side: dict) -> set:
        band = int(line.top // _HEIGHT_BAND)
        return {(side[id(line)], key, band), (side[id(line)], key, band + 1)}

    repeated = repeated_keys([{k for line in edge for key in (furniture_key(line.text), row[id(line)]) if key
                               for k in placed(line, key, side)}
                              for edge, row, side in zip(edges, rows, sides)], least=2)

    def furniture(line: _Line, row: dict, side: dict) -> bool:
        key = furniture_key(line.text)
        if is_page_number(key) and re.search(r"\d{5}", line.text):
            # A number of five digits or more alone is no page's: a PMID or an article
            # number that the column's foot cut from its entry ("PMID:" / "37688860").
            return False
        return bool((placed(line, key, side) | placed(line, row[id(line)], side)) & repeated) or is_page_number(key)

    return [[line for line in page if not (line in edge and furniture(line, row, side))]
            for page, edge, row, side in zip(pages, edges, rows, sides)]


def _rows(lines: list[_Line]) -> dict[int, str]:
    """Each edge line (by ``id``) → the key of its whole row: a running head that a page's gutter cut
    in two ("Shin and Kim ·" | "Ketamine in depression"), or printed beside the date,
    is one line again."""
    by_top: dict[int, list[_Line]] = {}
    for line in lines:
        by_top.setdefault(round(line.top), []).append(line)
    return {id(line): furniture_key(" ".join(part.text for part in sorted(row, key=lambda part: part.x0)))
            for row in by_top.values() for line in row}


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom, and column by column when the page has two columns."""
    if not lines:
        return []
    # The text block's edges as most lines keep them: a URL running into the margin
    # would otherwise move the middle into the right column.
    starts, ends = sorted(line.x0 for line in lines), sorted(line.x1 for line in lines)
    left, right = starts[len(starts) // 20], ends[-1 - len(ends) // 20]
    middle = (left + right) / 2
    narrow = [line for line in lines if line.x1 - line.x0 < 0.6 * (right - left)]
    two_columns = len(narrow) > 0.7 * len(lines) and any(line.x0 >= middle - 5 for line in narrow) and any(line.x1 <= middle + 5 for line in narrow)
    if not two_columns:
        return sorted(lines, key=lambda line: (round(line.top), line.x0))
    # A line of the left column whose last word (a long URL or DOI) runs on past the middle
    # is no full-width line: it keeps its place in its column.
    full = [line for line in lines if line.x0 < middle - 5 and line.x1 > middle + 5 and line.last_word_x0 >= middle - 5]
    column = lambda line: 0 if line.x0 < middle - 5 else 1
    ordered = sorted((line for line in lines if line not in full), key=lambda line: (column(line), round(line.top), line.x0))
    # Full-width lines (a title, a wide table) keep their place at the top.
    return sorted(full, key=lambda line: line.top) + ordered


def _runs_on(previous: _Line | None, line: _Line) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` left open, though the layout
    put it in another text box (the next column or page): "… (Shelton and Weck-" then
    "erly 2007). The only …". No paragraph opens with a small letter."""
    return (previous is not None and line.text[:1].islower()
            and re.search(r"(?:[^\W\d_]-?|,)$", previous.text) is not None)


def _reference_lines(pages: list[list[_Line]], body_size: float) -> list[list[_Line]]:
    """Per page, its lines under the reference heading (to the next heading)."""
    chunks, inside = [], False
    for lines in pages:
        chunk = []
        for line in lines:
            heading = _heading(line, body_size, inside)
            if heading:
                inside = bool(_REFERENCE_HEADING.match(heading))
            elif inside:
                chunk.append(line)
        chunks.append(chunk)
    return chunks


def _body_size(pages: list[list[_Line]]) -> float:
    """The size the body's prose is set in: the median over the characters of its lines of
    prose (30 characters or more) above the reference heading. Lines, not characters,
    made Nature Communications' figures (hundreds of short labels) set the size at 6.5 pt
    against the body's 8.2, and its 8 pt list read as headings; and a short report's long
    list in small type (BMC's 79 entries at 7.5 pt, its body at 9.8) outweighs the body."""
    lines = [line for page in pages for line in page]
    above = itertools.takewhile(lambda line: not (len(line.text) < 40 and _REFERENCE_HEADING.match(line.text.strip())), lines)
    prose = [(line.size, len(line.text)) for line in above if len(line.text) >= 30]
    sizes = sorted(prose or [(line.size, len(line.text)) for line in lines])
    half = sum(count for _, count in sizes) / 2
    seen = 0
    for size, count in sizes:
        seen += count
        if seen >= half:
            return size
    return 10.0


# Under the reference heading, what an entry's first line has and a section's title has not.
_ENTRY_LIKE = re.compile(r"\b(?:1[6-9]|20)\d\d\b|\bet al\b|,.*,")


def _heading(line: _Line, body_size: float, in_references: bool = False) -> str:
    """The line's text if it is a heading, else "". Under the reference heading, a line
    with a year, "et al." or two commas is an entry's first line set in bold ("Alzheimer’s
    Disease International. (2009). World"), not the next section's title."""
    text = line.text.strip()
    if len(text) > 90 or "<sup>" in text or re.search(r"[.,;:]$", text) or not re.search(r"[A-Za-z]", text):
        return ""
    if text.count(",") >= 3 or (in_references and _ENTRY_LIKE.search(text)):
        return ""  # a list of names set in bold ("Nielsen NH, Heide-Jorgensen MP, Oziolor EM, …"), no title
    if line.size >= 1.15 * body_size or (line.bold and len(text.split()) <= 12 and text[:1].isupper()):
        return text
    return ""
