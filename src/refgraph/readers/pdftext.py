"""Text extracted from a PDF (pdftotext, pdfminer, a PDF viewer's "save as text").

Such text keeps its pages, separated by form feeds, and with them the page furniture a
PDF repeats: running heads, footers and page numbers. Left in, they land inside
paragraphs and reference entries ("…global database of lakes, / Sci Adv 2024 · 7 /
reservoirs and wetlands…"). They are found the way :mod:`.pdf` finds them in the glyphs,
by repetition (digits aside) near the top or bottom of many pages, and dropped; the pages
are then laid out as one text, with anchors so findings say "page 3, line 12".
"""
from __future__ import annotations

import re
from collections import Counter

from ..document import Document, TextBuilder
from ..references.people import OTHER_ET_AL
from ..source import LIGATURES, SourceText
from .joins import join_mender, rising_split, words_printed_whole
from .linenumbers import drop_text_line_numbers
from .pagenotes import lift_page_notes, notes_text
from .pdflist import reorder_list_pages

EDGE = 3  # lines at the top and at the bottom of a page where running lines sit
# A page number as a key sees it: "#", "- # -", "# | #", "page #", "page # of #".
_PAGE_NUMBER = re.compile(r"[#\s\-–|/]*(?:page\s*#(?:\s*of\s*#)?)?[#\s\-–|/]*", re.I)


def looks_paged(text: str) -> bool:
    """Form feeds between several pages: the mark of text extracted from a PDF."""
    return text.count("\f") >= 2


def furniture_key(line: str) -> str:
    """A line as running heads repeat it: page numbers and other digits aside."""
    return re.sub(r"\d+", "#", line.strip().lower())


def is_page_number(key: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(key))


def repeated_keys(edge_keys: list[set], least: int) -> set:
    """Keys found at the edge of at least ``least`` pages, or of 30% of them if more:
    running heads and footers (shared with :mod:`.pdf`, which finds edges by position)."""
    counts = Counter(key for keys in edge_keys for key in keys)
    return {key for key, n in counts.items() if key and n >= max(least, 0.3 * len(edge_keys))}


def _edges(lines: list[str]) -> dict[int, str]:
    """Lines at the top and bottom of a page, each with its side; on a short page fewer, so
    that its content (which may repeat from page to page) is not all taken for furniture."""
    written = [i for i, line in enumerate(lines) if line.strip()]
    depth = min(EDGE, max(1, len(written) // 4))
    return {**{i: "bottom" for i in written[-depth:]}, **{i: "top" for i in written[:depth]}}


def running_lines(pages: list[list[str]]) -> list[set[int]]:
    """Per page, the indexes of its running heads, footers and page numbers. A running
    line the extractor put mid-page (a footer's address read after the first column) is
    dropped there too: a line of words found on at least half the pages is furniture
    wherever it is (text does not repeat itself line for line from page to page)."""
    edges = [_edges(lines) for lines in pages]
    keys = [[furniture_key(line) for line in lines] for lines in pages]
    # A running line repeats on the same side of the page: the text that happens to end one
    # page and begin the next (three near-identical entries of a list) is no furniture.
    sided = repeated_keys([{(side, page[i]) for i, side in edge.items() if page[i]} for page, edge in zip(keys, edges)],
                          least=3)
    # A line of words on at least half the pages: with its numbers masked only if it is
    # also found at the pages' edges (an entry's last line, "Psychiatry 2013;73:1172-1179.",
    # recurs so down a long list's pages), or else line for line (a footer's address).
    at_edges = {key for _, key in sided}
    worded = _on_half_the_pages([set(page) for page in keys]) & at_edges
    verbatim = _on_half_the_pages([{line.strip() for line in page} for page in pages])
    numbers = _page_numbers(pages, keys, edges)
    # (Page numbers are counted apart: a number alone is furniture only where it counts pages.)
    furniture = {(side, key) for side, key in sided if not is_page_number(key)}
    return [{i for i, key in enumerate(page) if (i in edge and ((edge[i], key) in furniture or (p, i) in numbers))
             or key in worded or lines[i].strip() in verbatim}
            for p, (page, edge, lines) in enumerate(zip(keys, edges, pages))]


def _running_text_cut_off(kept: list[list[str]], pages: list[list[str]], dropped: list[set[int]]) -> list[list[str]]:
    """``kept`` with a running line cut off the end of a line it was joined to. pdftotext
    joins a line that ends with a cut word to the line below it, and when the page's footer
    stood there, the word takes the footer: "Conflicting human interests over the re-" is
    read "… over the refile:///…/article.html". The footer (the same words on several pages)
    goes, and the word gets its hyphen back so that it joins its rest on the next page."""
    counts = Counter(pages[p][i].strip() for p, drop in enumerate(dropped) for i in drop)
    running = [text for text, n in counts.items() if n >= 2 and len(text) >= 16]
    if not running:
        return kept
    out = []
    for lines in kept:
        page = []
        for line in lines:
            text = line.rstrip()
            found = next((t for t in running if text.endswith(t) and len(text) > len(t)), None)
            if found is not None:
                head = text[: -len(found)]
                line = head + "-" if head[-1:].isalpha() else head.rstrip()
            page.append(line)
        out.append(page)
    return out


def _on_half_the_pages(lines_per_page: list[set[str]]) -> set[str]:
    """The lines of words (four letters or more) found on at least half the pages, and three."""
    counts = Counter(line for lines in lines_per_page for line in lines)
    return {line for line, n in counts.items()
            if n >= max(3, 0.5 * len(lines_per_page)) and len(re.findall(r"[^\W\d_]", line)) >= 4}


def _page_numbers(pages: list[list[str]], keys: list[list[str]], edges: list[dict[int, str]]) -> set[tuple[int, int]]:
    """(page, line) of the page numbers: numbers alone at a page's edge that count the
    pages, each its page's index plus one offset shared by many pages. A number alone at
    a page's top that does not count it is the text's: a callout pdftotext lifted above
    the page's first line ("118" / "reliance on specialized equipment . Non-viral")."""
    found = []
    for index, (page, edge) in enumerate(zip(keys, edges)):
        for line in edge:
            if is_page_number(page[line]) and (digits := re.search(r"\d+", pages[index][line])):
                found.append((index, line, int(digits.group()) - index))
    offsets = Counter(offset for *_, offset in found)
    shared = {offset for offset, n in offsets.items() if n >= max(3, 0.3 * len(pages))}
    # (Too few pages to tell a count: every number alone at an edge is a page number.)
    return {(index, line) for index, line, offset in found if not shared or offset in shared}


_COMPOUND = re.compile(r"\b[^\W_]+(?:-[^\W_]+)+\b")
_WORD = re.compile(r"\b[^\W_]{4,}\b")
_LINE_END_HYPHEN = re.compile(r"[^\W\d_]-\n[^\W\d_]")


def hyphen_restorer(text: str):
    """A function that puts back the hyphens the extractor dropped with the line break: a
    callout range's ("tumors77-" / "79." extracted as "tumors7779" / ".") and compounds'
    ("cytokine-" / "induced" extracted as "cytokineinduced"): a word the text
    prints with its hyphens more than twice as often as without gets them back; a text
    that spells it both ways ("nonselective" once, "non-selective" once or twice) keeps
    each as printed. Counted over the whole text, applied page by page; only to text whose
    extractor joins the lines of hyphenated words (pdftotext does, pdfminer does not)."""
    if _LINE_END_HYPHEN.search(text):
        return lambda page: page  # the extractor kept its line-end hyphens (pdfminer): nothing was dropped
    compounds = Counter(m.group(0).lower() for m in _COMPOUND.finditer(text))
    spelled = {form.replace("-", ""): form for form, _ in compounds.most_common()[::-1]}
    # Printed whole counts only where no join can have made the word: "PDL1" where a
    # joined line's first line ended is "PD-" / "L1" joined, whatever the count.
    plain = Counter(w.lower() for w in words_printed_whole(text, _WORD) if w.lower() in spelled)

    def hyphenate(match: re.Match[str]) -> str:
        word = match.group(0)
        form = spelled.get(word.lower())
        if form is None or compounds[form] <= 2 * plain[word.lower()]:
            return word
        out, index = [], 0
        for part in form.split("-"):
            out.append(word[index: index + len(part)])
            index += len(part)
        return "-".join(out)

    words = (lambda page: _WORD.sub(hyphenate, page)) if spelled else (lambda page: page)
    joined = join_mender(text)  # compounds and page ranges printed once, found by their joined lines
    return lambda page: _CUT_RANGE.sub(_range_hyphen, words(joined(page)))


# A callout range cut at its hyphen at a line end, joined as if a word: "tumors77-" /
# "79. Solid" comes out as "tumors7779" / ". Solid" (the rest of the line stays behind,
# so punctuation opens the next line).
_CUT_RANGE = re.compile(r"(?<=[^\W\d_)\]])(?P<digits>\d{3,6})(?=\n[.,;:](?:\s|$))")


def _range_hyphen(match: re.Match[str]) -> str:
    """"7779" → "77-79" (see :func:`.joins.rising_split`)."""
    digits = match.group("digits")
    return rising_split(digits, range(1, len(digits))) or digits


_LONE_CALLOUT = re.compile(r"\d{1,3}(?:(?:,|[-‐–]\s?)\d{1,3})*")
# Where a raised callout was lifted out: a space left before punctuation ("(TME) . In");
# not after digits ("health5 . In"), where the callout was left glued in place.
_HOLE = re.compile(r"(?<=[^\W\d_]|[)\]])\s(?=[.,;:](?:\s|$))")
_SHREDDED_RUN = 6  # single-word lines searched for the hole


def reseat_lifted_callouts(page: str) -> str:
    """Put callouts back where pdftotext lifted them from. On a justified line holding a
    superscript, pdftotext writes each word on a line of its own and the superscript's
    digits on theirs, *before* the words they follow, leaving a space where they were:
    "the / tumor / 6 / microenvironment (TME) . In this" is "the tumor microenvironment
    (TME)6. In this". Only a lone number between single-word lines (or at the top of a
    page, lifted above the first line there) whose hole is found within the run moves; a
    number read in place ("for / 30 / min.") leaves no hole."""
    lines = page.split("\n")
    out: list[str] = []
    last_written = None  # the last line with words so far (None at the page's top)
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _LONE_CALLOUT.fullmatch(line) and (last_written is None or len(last_written.split()) == 1):
            # (At a page's top the hole must be in the first line: a page number stands there too.)
            target = _hole_after(lines, i + 1, 1 if last_written is None else _SHREDDED_RUN)
            if target is not None:
                row, column = target
                lines[row] = lines[row][:column] + line + lines[row][column:].lstrip(" ")
                i += 1
                continue
        out.append(lines[i])
        if line:
            last_written = line
        i += 1
    return "\n".join(out)


def _hole_after(lines: list[str], first: int, run: int = _SHREDDED_RUN) -> tuple[int, int] | None:
    """(line, column) of the hole a lifted callout left, in the run of lines from ``first``."""
    rows = [row for row in range(first, min(first + 2 * _SHREDDED_RUN, len(lines))) if lines[row].strip()][:run]
    for row in rows:
        hole = _HOLE.search(lines[row])
        if hole:
            return row, hole.start()
        following = lines[row + 1] if row + 1 < len(lines) else ""
        if re.match(r"[.,;:](?:\s|$)", following) and lines[row].strip():
            return row, len(lines[row].rstrip())
        if len(lines[row].split()) != 1:
            return None  # the run of single words ended without a hole
    return None


# A table cell's author–date citation, cut where the cell wrapped: its opening ("(Daly et
# al.,", "(Singh et", "(Phillips") with no closing bracket on its line — perhaps the next
# cell's words after it ("(Daly et al., symptoms") — and, lines on, its rest at a line's
# start ("2018)", "al., 2016)", "et al., 2019) and").
_NAME = r"[A-Z][\w'’-]+"
_ET_AL = rf"(?:et\s+al\.|{OTHER_ET_AL})"  # English, German "u. a.", Spanish "y col.", …
_CELL_OPENING = re.compile(rf"\((?P<names>{_NAME}(?:\s+{_NAME})?(?:\s+{_ET_AL}|\s+et(?:\s+al\.?)?|\s+(?:&|and)\s+{_NAME})?)(?P<comma>,)?(?=\s|$)(?=[^()]*$)")
_CELL_REST = re.compile(rf"(?P<rest>(?:{_ET_AL}\s*|(?:et\s+)?(?:al\.?\s*)?)(?:(?:&|and)\s+{_NAME}\s*)?),?\s*(?P<year>(?:1[6-9]|20)\d\d[a-z]?)\)")
_CITATION = re.compile(rf"{_NAME}(?:\s+{_NAME})?(?:\s+{_ET_AL}|\s+(?:&|and)\s+{_NAME})?")
_ENDS_ON_ET_AL = re.compile(rf"\b{_ET_AL}$")
_CELL_WORDS = 4  # a table cell's line holds a few words; a paragraph's many
_CELL_LINES = 8  # how far down a table row the cell's next line may be written


def rejoin_cell_citations(page: str, end: int | None = None) -> str:
    """Close a table cell's author–date citation that pdftotext wrote apart. It writes a
    table row by row, so a cell's "(Daly et al.," and its "2018)" are lines apart, other
    cells' words between: "dose(Daly et al., / TRD / response of / 2018)". The rest moves
    up to its opening when only short lines stand between (a paragraph's citation runs on
    in long lines, and is read as it stands) and the two make one citation; the rest's
    line keeps its other words, so the page's lines keep their numbers. Lines from ``end``
    on (the reference list) are left as they are."""
    lines = page.split("\n")
    end = len(lines) if end is None else end
    for i, line in enumerate(lines[:end]):
        opening = _CELL_OPENING.search(line)
        after = line[opening.end():].strip() if opening else ""
        if not opening or re.match(r"\d", after) or ";" in after:
            continue  # (a year after it: "(Abdallah et al., 2014; Hasler et al.," is complete so far)
        if after[:1].isupper():
            continue  # the names run on: "(R-Development Core Team, / 2019)", "(Cahyat, Gonner & Haug, / 2007)"
        # (Straight below, the rest is read as it stands, unless another cell's words follow
        # the opening: "(Grunebaum ideation by / et al., 2018) ketamine".)
        first = i + 1 if after else i + 2
        complete = opening.group("comma") or _ENDS_ON_ET_AL.search(opening.group("names"))
        for j in range(first, min(i + 1 + _CELL_LINES, end)):
            between = lines[j - 1].strip() if j > i + 1 else "-"
            if not between or len(between.split()) > _CELL_WORDS or "(" in between or ")" in between:
                break
            rest = _CELL_REST.match(lines[j].strip())
            if not rest:
                continue
            if not (complete or rest.group("rest").strip()):
                break  # "(Harmer i in., / 2017)": names this reading does not know may run on
            names = re.sub(r"\s+", " ", f"{opening.group('names')} {rest.group('rest')}".strip())
            # (Words set one to a line, "(Anand / et / al., / 2000).", "(Veit / & / Essien, /
            # 2022).", are the citation's own; a cell's word is no joiner: "TRD".)
            parts = [part.strip() for part in lines[i + 1: j]]
            if parts and all(len(part.split()) == 1 for part in parts) and any(
                    re.fullmatch(rf"et|al\.,?|&|and|{_NAME},", part) for part in parts):
                break
            if _CITATION.fullmatch(names):
                lines[i] = f"{line[: opening.start()]}({names}, {rest.group('year')}){line[opening.end():]}"
                lines[j] = lines[j].strip()[rest.end():].lstrip()
            break
    return "\n".join(lines)


def rejoin_cell_callouts(page: str, end: int | None = None) -> str:
    """Give a table cell's superscript callout back to the names it follows. pdftotext
    writes the raised digits of "Fava et al.⁷⁵" in a table's study column on a line of
    their own, straight below the names: "Fava et al. / 75". A lone number (or list or
    range of them) right under a line that ends in "et al." is that cell's callout; its
    line is left empty, so the page's lines keep their numbers. Lines from ``end`` on (the
    reference list) are left as they are."""
    lines = page.split("\n")
    end = len(lines) if end is None else end
    for i in range(min(end, len(lines)) - 1):
        number = lines[i + 1].strip()
        if _LONE_CALLOUT.fullmatch(number) and _ENDS_ON_ET_AL.search(lines[i].rstrip()):
            lines[i], lines[i + 1] = lines[i].rstrip() + number, ""
    return "\n".join(lines)


def _reference_heading(pages: list[list[str]]) -> tuple[int | None, int | None]:
    """(page, line) of the last reference heading, or (None, None)."""
    from ..references.extract import REF_HEADING

    for page in range(len(pages) - 1, -1, -1):
        for line in range(len(pages[page]) - 1, -1, -1):
            if REF_HEADING.fullmatch(pages[page][line]):
                return page, line
    return None, None


def read_pdf_text(source: SourceText, fmt: str) -> Document:
    """The text without its page furniture, pages joined where their text runs on."""
    pages = drop_text_line_numbers([page.split("\n") for page in source.text.split("\f")])
    dropped = running_lines(pages)
    restore = hyphen_restorer(source.text)
    builder = TextBuilder()
    removed = 0
    kept_pages = [[line for i, line in enumerate(lines) if i not in drop] for lines, drop in zip(pages, dropped)]
    kept_pages = _running_text_cut_off(kept_pages, pages, dropped)
    kept_pages = reorder_list_pages(kept_pages, *_reference_heading(kept_pages))
    heading_page, _ = _reference_heading(kept_pages)
    texts = []
    for number, (kept, drop) in enumerate(zip(kept_pages, dropped)):
        removed += len(drop)
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        page = reseat_lifted_callouts("\n".join(kept))
        # (Only the text before the reference list, where a table's citations stand.)
        body_end = (None if heading_page is None or number < heading_page else 0 if number > heading_page
                    else _reference_heading([page.split("\n")])[1])
        texts.append(restore(rejoin_cell_callouts(rejoin_cell_citations(page, body_end), body_end).translate(LIGATURES))
                     if kept else "")
    lifted = lift_page_notes(texts)
    if lifted:
        texts = lifted[0]
    for number, page in enumerate(texts, 1):
        if not page.strip():
            continue
        if builder.length:
            # One newline, not a blank line: a paragraph or a reference entry cut by the
            # page break runs on (a sentence that ended there still ends there).
            builder.write("\n")
        builder.anchor(f"page {number}")
        builder.write(page)
    builder.write(notes_text(lifted[1]) if lifted else "\n")
    notes = (f"read as text extracted from a PDF: {len(pages)} pages, {removed} running heads, footers "
             f"and page numbers left out",) if removed else ()
    text = SourceText(builder.text(), name=source.name, encoding=source.encoding)
    return Document(source=text, format=fmt, anchors=tuple(builder.anchors), paged=True, notes=notes)
