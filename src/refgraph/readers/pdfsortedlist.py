"""An author–date reference list whose entries a PDF's text extraction stranded before
its heading, put back by the list's alphabetical order.

On a page set in two columns, pdftotext may emit the right column's entries before the
"References" heading that ends the left column, among the back matter printed there
("Author Contributions", "Conflicts of Interest"). Read as extracted, those entries are
body text: the works they list are never found, and every citation of them is
unresolved. A numbered list is put back by its numbers (``pdflist.py``); an author–date
list has none, but it is sorted by its authors' names, and that order says where each
stranded block belongs.

Only where the evidence is strong: the entries under the heading are in alphabetical
order, each stranded block opens with a name printed as an entry's first author
("Berger, J., and …", "Mech, L. D.", "Kuzyk G, Hatter I") and holds a year, and the
stranded blocks are in alphabetical order among themselves. Anything else before the
heading (the back matter, the end of the discussion) stays where it was.
"""
from __future__ import annotations

import re
import unicodedata

_PARTICLES = r"(?:van|von|de|da|del|der|den|di|du|le|la)"
# An entry's first author as author–date lists print it: "Berger, J.", "Berger, Joel",
# "Van der Berg, J.", "Berger J," / "Berger JA (1991)".
_OPENING = re.compile(
    rf"^[ \t]*(?P<surname>(?:{_PARTICLES}\s+)*[A-ZÀ-Þ][\w'’‐-]+(?:[ -][A-ZÀ-Þ][\w'’‐-]+)?)"
    r"(?:,\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zà-ÿ]+(?=[,.]|\s[A-ZÀ-Þ]\.|\s(?:and|&)\s))|\s+[A-Z]{1,3}(?:,|\s+\(|\.\s))")
_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)[a-z]?\b")


_PARTICLE = re.compile(rf"^(?:{_PARTICLES}\s+)+")


def _keys(surname: str) -> tuple[str, ...]:
    """The keys a list may sort a surname by: "De Berardis" under D ("deberardis", as APA
    sorts a capitalised particle) or under B ("berardis", as "van der Berg" often is).
    Which one a list uses shows only in its order (``_settled``)."""
    folded = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode().casefold()
    bare = _PARTICLE.sub("", folded)
    whole = re.sub(r"\s+", "", folded)
    return (whole,) if bare == folded else (whole, bare)


def _opening(line: str) -> tuple[str, ...] | None:
    match = _OPENING.match(line)
    return _keys(match.group("surname")) if match else None


def _settled(options: list[tuple[str, ...]]) -> list[str]:
    """One key per opening, in printed order: a surname with a particle takes the key that
    keeps it between the entry before and the one after (the list's own convention), and
    the particle's when both or neither do."""
    chosen: list[str] = []
    for index, keys in enumerate(options):
        previous = chosen[-1] if chosen else ""
        following = max(options[index + 1]) if index + 1 < len(options) else None
        fitting = [key for key in keys if previous <= key and (following is None or key <= following)]
        chosen.append((fitting or keys)[0])
    return chosen


def text_blocks(lines: list[str]) -> list[list[str]]:
    """Runs of lines between blank lines, each with the blank lines that follow it (all of
    them: where a running head between two blocks was left out, two blank lines meet)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip() and blocks[-1] and not blocks[-1][-1].strip():
            blocks.append([])
        blocks[-1].append(line)
    return [b for b in blocks if b]


def _entry_openings(lines: list[str]) -> list[tuple[int, str, bool]]:
    """(line index, first author's key, whether a blank line stands before) of each line
    that opens an entry.

    A long name list wraps ("Binder, J., …, Kessler, T.," / "Mummendey, A., …", "…, van
    den" / "Broeke, M. R."): an entry opens only after a blank line or a line that ended
    the one before — a stop, a bracket, a page, a link."""
    openings, previous, blank = [], "", True
    for index, line in enumerate(lines):
        if not line.strip():
            blank = True
            continue
        keys = _opening(line)
        if keys is not None and (blank or not previous or re.search(r"[.)\]\d]$|\b\S+/\S+$", previous)):
            openings.append((index, keys, blank))
        previous, blank = line.rstrip(), False
    settled = _settled([keys for _, keys, _ in openings])
    return [(index, key, blank) for (index, _, blank), key in zip(openings, settled)]


def _pieces(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """(first author's key, lines) per entry; lines before the first entry's opening
    (the end of an entry begun on the page before) come first with key None."""
    opens = {index: key for index, key, _ in _entry_openings(lines)}
    pieces: list[tuple[str | None, list[str]]] = []
    for index, line in enumerate(lines):
        key = opens.get(index)
        if key is not None or not pieces:
            pieces.append((key, [line]))
        else:
            pieces[-1][1].append(line)
    return pieces


def _stranded(block: list[str]) -> str | None:
    """The first author's key of a block of entries, or None if the block is no entries:
    it opens with an entry's first author, and every entry in it carries a year."""
    pieces = _pieces(block)
    if pieces[0][0] is None:
        return None
    if not all(_YEAR.search(" ".join(lines)) for _, lines in pieces):
        return None
    return pieces[0][0]


def _tail_and_entries(block: list[str]) -> list[list[str]]:
    """A block that opens with the end of an entry the column break cut ("metabolic and …
    riluzole. Mol Psychiatry 15: 501–511.") and goes on with entries whole, as two
    blocks: the tail (given back to its entry below, if one alone is unfinished) and the
    entries (stranded like any)."""
    if not block[0].strip()[:1].islower():
        return [block]
    openings = _entry_openings(block)
    return [block[:openings[0][0]], block[openings[0][0]:]] if openings else [block]


def _two_sorted_runs(keys: list[str]) -> bool:
    """Whether ``keys`` interleave at most two alphabetical runs: the two columns of a
    sorted list, emitted block by block (patience sorting with two piles)."""
    tails: list[str] = []
    for key in keys:
        fits = [i for i, tail in enumerate(tails) if tail <= key]
        if fits:
            best = max(fits, key=lambda i: tails[i])
            tails[best] = key
        elif len(tails) < 2:
            tails.append(key)
        else:
            return False
    return True


def _sorted_entries(pieces: list[tuple[str | None, list[str]]]) -> list[tuple[str | None, list[str]]]:
    """The entries in alphabetical order (stable: entries of one author keep their order);
    an opening piece without an author (an entry run on from the page before) stays first."""
    head = [p for p in pieces if p[0] is None][:1] if pieces and pieces[0][0] is None else []
    rest = pieces[len(head):]
    return head + sorted(rest, key=lambda p: p[0] or "")


def _descents_between_blocks(lines: list[str]) -> bool:
    """Whether every step back in the order falls where a block begins: the extraction
    interleaves the columns block by block, so inside a block the order holds (a step back
    there is no column's, and the list is not to be reordered)."""
    previous = None
    for _, key, after_blank in _entry_openings(lines):
        if previous is not None and key < previous and not after_blank:
            return False
        previous = key
    return True


# Fewer entries than this on a page in an order two runs explain prove nothing.
_FEWEST_TO_REORDER = 6


def restore_sorted_list(lines: list[str], heading: int) -> list[str] | None:
    """``lines`` (the heading's page; ``heading`` its line) with the entry blocks stranded
    before the heading merged into the list, and the list's entries back in alphabetical
    order where the extraction interleaved its two columns; None when nothing is certain."""
    before, after = lines[:heading], lines[heading + 1:]
    listed = _pieces(after)
    keys = [key for key, _ in listed if key is not None]
    if any(key is None for key, _ in listed[1:]) or len(keys) < 2 or not _two_sorted_runs(keys):
        return None  # no alphabetical list here to place entries by
    if keys != sorted(keys) and (len(keys) < _FEWEST_TO_REORDER or not _descents_between_blocks(after)):
        return None
    moved: list[tuple[str, list[str]]] = []
    kept: list[list[str]] = []
    for block in (part for whole in text_blocks(before) for part in _tail_and_entries(whole)):
        key = _stranded(block)
        (moved.append((key, block)) if key is not None else kept.append(block))
    if [key for key, _ in moved] != sorted(key for key, _ in moved):
        moved, kept = [], text_blocks(before)
    if not moved:
        # Entries stranded before the heading are the mark of columns the extraction
        # interleaved; without them an order that two runs explain may be the list's own.
        return None
    pieces = listed + [(key, [line for line in block if line.strip()]) for key, block in moved]
    entries = [[line for line in part if line.strip()] for _, part in _sorted_entries(pieces)]
    # The rest of an entry the column break cut ("… A systematic review of the" / "empirical
    # literature. Behavior Analysis in Practice, 15(4), 1213–1220.") was stranded with them:
    # a block opening in lower case, given back where one entry alone is left unfinished.
    unfinished = [part for part in entries if part and part[-1].rstrip()[-1:] not in ".)]"]
    tails = [block for block in kept if block[0].strip()[:1].islower() and _YEAR.search(" ".join(block)) is None
             and re.search(r"\d", " ".join(block))]
    if len(unfinished) == 1 and len(tails) == 1:
        unfinished[0].extend(line for line in tails[0] if line.strip())
        kept = [block for block in kept if block is not tails[0]]
    return [line for block in kept for line in block] + [lines[heading]] + [line for part in entries for line in part]
