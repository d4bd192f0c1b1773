"""A numbered reference list put back in order after a PDF's text extraction shuffled it.

On a page set in two columns, pdftotext (and a viewer's "save as text") often emits the
columns' text blocks interleaved: the list's right column comes out before its heading,
among the paragraphs that end the left column ("Competing interests", "Conclusion"), and
the entries of the two columns alternate block by block ("1.–5.", "17.", "6.", "18."…).
Read as extracted, entries 12–16 are body text and entry 5 runs on into entry 17.

The list's own numbers say where each block belongs. On each page from the reference
heading on, the page's lines are cut into pieces, each starting at a numbered line
("12. Pearl S, …", "[12] S. Pearl, …") and running to the next numbered line; a block
of lines (between blank lines) that opens with no number belongs to the piece before it,
as it did on the page. The pieces are then ordered by their numbers. On the heading's
page, a block before the heading that holds entries of the list (numbers the list is
missing, within its run, each with a year or a DOI) is moved to the list with them.

Only when the numbers are certain: each number once on the page, together a run with
few gaps, and out of order as extracted. Otherwise the page stays as extracted. An
unnumbered (author–date) list has no numbers to order by: its alphabetical order serves
instead (``pdfsortedlist.py``).
"""
from __future__ import annotations

import re

from .pdfsortedlist import restore_sorted_list, text_blocks

_NUMBERED = re.compile(r"^[ \t]*(?:(?P<n>\d{1,4})\.[ \t]+|\[(?P<b>\d{1,4})\][ \t]*)(?=\S)")
_EVIDENCE = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b|\bdoi\b|10\.\d{4,9}/", re.I)


def _number(line: str) -> int | None:
    """The list number a line opens with; not a year ("2012. Diabetologia" is an entry's
    wrapped line), lists that long being rare."""
    match = _NUMBERED.match(line)
    if not match:
        return None
    number = int(match.group("n") or match.group("b"))
    return None if 1600 <= number < 2100 and match.group("n") else number


def _pieces(lines: list[str], markers: set[int] | None = None) -> list[tuple[int | None, list[str]]]:
    """(number, lines) pieces: a numbered line opens a piece (with ``markers``, only one
    of those numbers); the lines of a block that opens with no number stay with the piece
    before them (number None at the start)."""
    pieces: list[tuple[int | None, list[str]]] = []
    for line in lines:
        number = _number(line)
        if number is not None and markers is not None and number not in markers:
            number = None
        if number is not None or not pieces:
            pieces.append((number, [line]))
        else:
            pieces[-1][1].append(line)
    return pieces


def _with_neighbours(numbers: list[int]) -> set[int]:
    """The numbers with another within two of them: a list's entries come in runs, and a
    line that opens with a number of its own ("37. doi:…", "206. PMid:…") is a wrapped
    line of an entry, not one."""
    present = set(numbers)
    return {n for n in present if any(n + d in present for d in (-2, -1, 1, 2))}


def _certain(numbers: list[int]) -> bool:
    """Numbers that can only be one list's: each once, a run with few gaps (an entry
    whose number the extraction garbled or ran into another's line leaves one)."""
    if len(numbers) < 3 or len(set(numbers)) != len(numbers):
        return False
    span = max(numbers) - min(numbers) + 1
    return span - len(numbers) <= max(3, len(numbers) // 4)


def _ordered(pieces: list[tuple[int | None, list[str]]]) -> list[str]:
    """The pieces' lines with the numbered pieces in number order; a leading piece
    without a number (the end of an entry the page before began) stays first."""
    head = [p for p in pieces if p[0] is None]
    numbered = sorted((p for p in pieces if p[0] is not None), key=lambda p: p[0])
    lines = [line for _, part in head + numbered for line in part]
    # A piece that ended its block keeps a blank line after it, wherever it now stands.
    return [line for line in lines if line.strip()] if len(numbered) > 1 else lines


def reorder_list_pages(pages: list[list[str]], list_page: int | None, heading: int | None) -> list[list[str]]:
    """``pages`` (lists of lines) with the numbered list that starts under the heading at
    (``list_page``, ``heading``) put in order on each of its pages. A list whose numbers
    under the heading do not start at 1 or 2 is not this list (a notes section running
    past a bibliography's heading, say) and is left as extracted."""
    if list_page is None:
        return pages
    opening = [n for n in map(_number, pages[list_page][heading + 1:]) if n is not None]
    if not opening:
        moved = _heading_after_its_entries(pages, list_page, heading)
        if moved is not None:
            page, heading = moved
            pages = pages[:list_page] + [page] + pages[list_page + 1:]
            opening = [n for n in map(_number, page[heading + 1:]) if n is not None]
    if not opening and not any(line.strip() for line in pages[list_page][heading + 1:]) and list_page + 1 < len(pages):
        # The heading ended its page: the list starts at the next one's top.
        following = [n for n in map(_number, pages[list_page + 1]) if n is not None]
        if following and min(following) <= 2:
            return pages[:list_page + 1] + _in_order(pages[list_page + 1:], None)
    if not opening:
        # An author–date list has no numbers; its alphabetical order places what the
        # extraction stranded before the heading (pdfsortedlist.py).
        restored = restore_sorted_list(pages[list_page], heading)
        return pages if restored is None else pages[:list_page] + [restored] + pages[list_page + 1:]
    if min(opening) > 2 and not _first_entries_above(pages[list_page][:heading], min(opening)):
        return pages
    return pages[:list_page] + _in_order(pages[list_page:], heading)


def _in_order(pages: list[list[str]], heading: int | None) -> list[list[str]]:
    """The list's pages, the first with the heading at line ``heading`` (or none), each
    with its columns' interleaved lines parted and its entries in order."""
    from .pdfinterleaved import separate_interleaved_columns  # (it reads ENTRY_ENDS from here)

    head = 0 if heading is None else heading + 1
    pages = [page[:head] + separate_interleaved_columns(page[head:]) if index == 0 else separate_interleaved_columns(page)
             for index, page in enumerate(pages)]
    return [reorder_list_page("\n".join(page), heading if index == 0 else None).split("\n") for index, page in enumerate(pages)]


def _first_entries_above(lines: list[str], low: int) -> bool:
    """Whether the lines above the heading hold the list's first entries, 1 (or 2) up to
    just before ``low``, the first number under it."""
    numbers = sorted(n for n in map(_number, lines) if n is not None and n < low)
    return bool(numbers) and numbers[0] in (1, 2) and low - 3 <= numbers[-1] < low and _certain(numbers)


def _heading_after_its_entries(pages: list[list[str]], list_page: int, heading: int) -> tuple[list[str], int] | None:
    """(page, heading line) with the heading put back before the list's first entries,
    when the extraction set it last on its page, below them: entries numbered from 1 or 2
    up the page before it, each dated (but the last, which the page may cut), and the next
    page going on with the next numbers."""
    page = pages[list_page]
    numbered = [(index, _number(line)) for index, line in enumerate(page[:heading]) if _number(line) is not None]
    starts = [index for index, number in numbered if number == 1] or [index for index, number in numbered if number == 2]
    if not starts or list_page + 1 >= len(pages):
        return None
    first = starts[-1]
    run = [number for index, number in numbered if index >= first]
    following = [n for n in map(_number, pages[list_page + 1]) if n is not None]
    pieces = [part for number, part in _pieces(page[first:heading]) if number is not None]
    if (not _certain(run) or run != sorted(run) or not following or min(following) <= max(run)
            or min(following) > max(run) + 3 or not all(_EVIDENCE.search(" ".join(part)) for part in pieces[:-1])):
        return None
    return page[:first] + [page[heading]] + page[first:heading] + page[heading + 1:], first


def reorder_list_page(page: str, heading: int | None = None) -> str:
    """``page`` with its numbered entries in order; ``heading``: the index of the
    reference heading's line when the list starts on this page."""
    lines = page.split("\n")
    before, after = (lines[:heading + 1], lines[heading + 1:]) if heading is not None else ([], lines)
    prose: list[str] = []
    if heading is not None:
        # The body's paragraphs that the extraction wrote among the list's first entries
        # (the page's other column, read block by block) go back above the heading.
        blocks = [(block, _is_prose(block)) for block in text_blocks(after)]
        prose = [line for block, body in blocks if body for line in block]
        after = [line for block, body in blocks if not body for line in block] if prose else after
    markers = _with_neighbours([n for n in map(_number, lines) if n is not None])
    pieces = _pieces(after, markers)
    listed = {n for n, _ in pieces if n is not None}
    moved, body = [], []
    if heading is not None and listed:
        low = min(listed)
        for block in text_blocks(before[:-1]):
            numbers = [n for n in map(_number, block) if n in markers]
            # (Entries before the first under the heading are stranded too when the list
            # under it does not start at 1 or 2: the heading came out below them.)
            stranded = (numbers and all((n > low or low > 2) and n not in listed for n in numbers)
                        and all(_EVIDENCE.search(" ".join(part)) for n, part in _pieces(block, markers) if n is not None))
            (moved if stranded else body).append(block)
    stranded_pieces = [p for block in moved for p in _stranded(block, markers)]
    numbers = [n for n, _ in pieces + stranded_pieces if n is not None]
    if not _certain(numbers) or (numbers == sorted(numbers) and not moved):
        return "\n".join(before[:-1] + prose + before[-1:] + after) if prose else page
    kept_before = [line for block in body for line in block] + prose + [before[-1]] if heading is not None else []
    return "\n".join(kept_before + _ordered(_orphan_to_its_entry(_paired_heads(pieces + stranded_pieces))))


def _is_prose(block: list[str]) -> bool:
    """Whether a block of lines is a paragraph of the body: no list number opens it, and
    it runs on for sentences of mostly lower-case words (an entry's words are mostly
    capitalised: names, a journal, "In Proc. of The 33rd Int. Conf."), with no year or
    identifier in them."""
    text = " ".join(line.strip() for line in block if line.strip())
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return (len(words) >= 40 and not _NUMBERED.match(block[0]) and not _EVIDENCE.search(text)
            and sum(word[0].islower() for word in words) >= 0.7 * len(words)
            and bool(re.search(r"[^\W\d_)]\.\s+[A-Z]", text)))


# How a whole entry ends: its year, pages or article number, identifier or link.
# (Vancouver's "2018;19." and "2015;4:1." end on a volume, or a page, short of a range.)
ENTRY_ENDS = re.compile(r"(?:\b\d{4}[a-z]?|\b(?:1[6-9]|20)\d\d\s*;\s*\d+(?:\s*\([^)]*\))?(?::\s*[A-Za-z]?\d+)?|[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+|\b[A-Za-z]?\d{3,}|doi\S*|https?://\S+"
                         r"|ahead of print|in press|preprint)\s*[)\]]?\s*[.,;]?\s*$", re.I)


def _paired_heads(pieces: list[tuple[int | None, list[str]]]) -> list[tuple[int | None, list[str]]]:
    """Two columns' entries that start on the same baseline can come out as two opening
    lines and then their continuations: "7. Fisher, T. G., … & Andrews, J. T.", "19. Condron,
    A. & Winsor, P. Meltwater routing", "Preboreal oscillation … (2002).", "and the Younger
    Dryas … (2012).". Read in order, 7 would be only its authors and 19 would hold both
    ends. The continuation after the pair goes to the first opening when: each opening is
    one line and no whole entry, the first is the left column's (its number is lower, and
    not the next one's neighbour: "49. … early-", "46. … changing", "epidemiology, …" is
    46's, the right column's line having come out first), and each opening with what it
    would then hold ends as an entry. Decided on the pieces as extracted, so that a move
    never makes another pair."""
    moves = []
    for index in range(1, len(pieces)):
        (first, before), (second, lines) = pieces[index - 1], pieces[index]
        if first is None or second is None or second - first <= 1:
            continue
        blocks = text_blocks(lines)
        if len(text_blocks(before)) != 1 or len(blocks) < 2 or not all(
                sum(1 for line in block if line.strip()) == 1 for block in (before, blocks[0])):
            continue
        ends = [ENTRY_ENDS.search(" ".join(part).strip()) for part in
                (before, blocks[0], before + blocks[1], blocks[0] + [line for block in blocks[2:] for line in block])]
        if not ends[0] and not ends[1] and ends[2] and (ends[3] or len(blocks) == 2):  # (2: its end comes later)
            moves.append((index, blocks))
    pieces = list(pieces)
    for index, blocks in moves:
        (first, before), (second, _) = pieces[index - 1], pieces[index]
        pieces[index - 1] = (first, before + blocks[1])
        pieces[index] = (second, [line for block in blocks[:1] + blocks[2:] for line in block])
    return pieces


def _orphan_to_its_entry(pieces: list[tuple[int | None, list[str]]]) -> list[tuple[int | None, list[str]]]:
    """A block with no number after a whole entry ("10. … (1996)." then "Iceland basin and
    irminger sea … (2020).") is the end of the page's one entry that stops short ("19. Petit,
    … occurs primarily in the"), which the extraction put elsewhere: it moves there. Only
    when there is one such block and one such entry."""
    orphans, short = [], []
    # (The page's last entry as extracted may go on on the next page.)
    last = max((index for index, (number, _) in enumerate(pieces) if number is not None), default=-1)
    for index, (number, lines) in enumerate(pieces):
        if number is None or index == last:
            continue
        blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        rest = [line for line in lines[blank:] if line.strip()]
        own = " ".join(line.strip() for line in lines[:blank])
        if rest and ENTRY_ENDS.search(own) and ENTRY_ENDS.search(" ".join(rest)):
            orphans.append((index, blank))
        elif not rest and not ENTRY_ENDS.search(own):
            short.append(index)
    if len(orphans) != 1 or len(short) != 1:
        return pieces
    (index, blank), target = orphans[0], short[0]
    pieces = list(pieces)
    number, lines = pieces[index]
    pieces[index] = (number, lines[:blank] + [""])
    pieces[target] = (pieces[target][0], pieces[target][1] + [line for line in lines[blank:] if line.strip()] + [""])
    return pieces


def _stranded(block: list[str], markers: set[int]) -> list[tuple[int, list[str]]]:
    """A stranded block's numbered pieces; lines that open it with no number end the
    entry before the first of them, and travel with it, as its head."""
    pieces = _pieces(block, markers)
    if pieces[0][0] is None:
        (_, head), (number, lines) = pieces[0], pieces[1]
        pieces[:2] = [(number, head + lines)]
    return pieces
