"""A numbered list's two columns that a text extraction wrote line by line, interleaved.

Where the gutter between two columns is narrow, pdftotext can read a page's lines across
it: the left column's line, then the right column's line on the same baseline, and so on.
"23. D. Luo, Statistical Learning of Median in Meta‐" is followed by "Environmental Research
and Public Health 20, no." (the right column's entry 35), then "Analysis (Hong Kong Baptist
University, 2017)," (23's again). A line too long for its column runs into the other's
line on the same baseline: "…/chapter‐39. S. García, S. Alberich, …".

The list's own numbers say this happened: the entry openings of a block (the lines
between two blank lines) fall into two runs of numbers, a low one (the left column) and a
high one (the right), and the runs take turns down the block. Each opening's column is
then known from its number, and every other line is given the column in which the text
runs on best: a word or a link cut at its hyphen ("Meta‐" / "Analysis"), a line ending on
"of" or "and", a list of names going on ("Hoo FK," / "Chia YC,"), an entry's end followed
by the next opening; the columns alternate line by line, as pdftotext reads them, unless
the text says one column had a line with none beside it (its top, or its end). Each
column's lines are then written one after the other, so the list reads in order.

Only when the numbers are certain (two runs, each without repeats or gaps but one that a
run-in opening fills, taking turns at least three times) and no line is much longer than
the others (one holding both columns' text with no opening to cut it at); otherwise the
block stays as extracted.
"""
from __future__ import annotations

import re

from .pdflist import ENTRY_ENDS as _ENTRY_ENDS
from .pdfsortedlist import text_blocks

_OPENING = re.compile(r"^[ \t]*(?P<n>\d{1,3})\.[ \t]*(?:$|(?=\S))")
# An opening run into the line before it on the same baseline: "…/chapter‐39. S. García".
# (Its number may be glued to the digits before it: "(CPQ11" and "18. Grabowski R".)
_RUN_IN = re.compile(r"(?<=\S)[ \t]?(?P<digits>\d+)\.[ \t]+(?=[A-Z][\w'’‐-]*[ ,.])")
_LEFT, _RIGHT = 0, 1


def separate_interleaved_columns(lines: list[str]) -> list[str]:
    """``lines`` with each block whose two columns were interleaved line by line written
    column after column; other blocks as they are."""
    out: list[str] = []
    for block in text_blocks(lines):
        separated = _separated(block)
        out += block if separated is None else separated
    return out


def _separated(block: list[str]) -> list[str] | None:
    text = [line for line in block if line.strip()]
    trailing = block[len(text):] if block[:len(text)] == text else None
    if trailing is None or len(text) < 6:
        return None  # (a blank line inside the block: not one run of lines)
    # (An entry opens with a capital or a quote: "37. https://…" ends a page range cut at its hyphen.)
    matches = {i: m for i, line in enumerate(text) if (m := _OPENING.match(line)) and not line[m.end():m.end() + 1].islower()}
    # (A number alone on its line opens an entry whose text follows, "41." / "A. Gonzalez‐
    # Pinto, …", only when the runs want it: "chapter‐" / "13." ends a link.)
    alone = {i for i, m in matches.items() if not text[i][m.end():].strip()}
    openings = {i: int(m.group("n")) for i, m in matches.items()}
    runs = _two_runs([n for i, n in sorted(openings.items()) if i not in alone])
    if runs is None:
        return None
    low = runs[0]
    wanted = {n for run in runs for n in range(run[0] - 1, run[-1] + 2)} - {n for i, n in openings.items() if i not in alone}
    openings = {i: n for i, n in openings.items() if i not in alone or n in wanted}
    text, openings, cut_before = _split_run_ins(text, openings, wanted - set(openings.values()))
    numbers = sorted(openings.values())
    if not all(_one_run([n for n in numbers if (n > low[-1]) == high], allow_gap=False) for high in (False, True)):
        return None  # a gap the run-in openings and lone numbers did not fill
    lengths = sorted(len(line.strip()) for line in text)
    if lengths[-1] > 1.5 * lengths[len(lengths) // 2]:
        return None  # a line holds both columns' text, with no opening to cut it at
    column_of = {i: _LEFT if n <= low[-1] else _RIGHT for i, n in openings.items()}
    # (What a run-in opening cut off before it stood in the other column.)
    column_of.update({i - 1: column_of[i] ^ 1 for i in cut_before})
    columns = _assign(text, column_of)
    left, right = ([(i, text[i]) for i, column in enumerate(columns) if column == side] for side in (_LEFT, _RIGHT))
    return _labels_joined(left, column_of) + [""] + _labels_joined(right, column_of) + (trailing or [""])


def _labels_joined(lines: list[tuple[int, str]], openings: dict[int, int]) -> list[str]:
    """A column's lines, an opening's number alone on its line ("41.") joined to the text
    that follows it in its column."""
    out: list[str] = []
    label = ""
    for i, line in lines:
        if i in openings and _BARE.fullmatch(line.strip()):
            out += [label] if label else []
            label = line.strip()
        elif label and i not in openings:
            out.append(f"{label} {line.lstrip()}")
            label = ""
        else:
            out += [label, line] if label else [line]
            label = ""
    return out + ([label] if label else [])


def _two_runs(in_order: list[int], allow_gap: bool = True) -> tuple[list[int], list[int]] | None:
    """The numbers (in the order of their lines) as a low run and a high run, each rising
    down the lines without repeats or gaps (with ``allow_gap``, one gap of one number in
    each, which a run-in opening may fill), taking turns at least three times: "1.", "9.",
    "10.", "2.", "11.", "3." are 1–3 and 9–11."""
    if len(in_order) < 4 or len(set(in_order)) != len(in_order):
        return None
    # Where the numbers step back down the lines, a high number is followed by a low one:
    # the threshold lies between, for every step back.
    backs = [(a, b) for a, b in zip(in_order, in_order[1:]) if b < a]
    if not backs:
        return None
    lowest, highest = max(b for _, b in backs), min(a for a, _ in backs) - 1
    if not lowest <= highest <= lowest + _THRESHOLDS:
        return None
    for threshold in range(lowest, highest + 1):
        low = [n for n in in_order if n <= threshold]
        high = [n for n in in_order if n > threshold]
        sides = [n > threshold for n in in_order]
        if sum(1 for a, b in zip(sides, sides[1:]) if a != b) >= 3 and all(_one_run(run, allow_gap) for run in (low, high)):
            return low, high
    return None


def _one_run(numbers: list[int], allow_gap: bool) -> bool:
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    gaps = [step for step in steps if step != 1]
    return len(numbers) >= 2 and (not gaps or (allow_gap and gaps == [2]))


def _split_run_ins(text: list[str], openings: dict[int, int], wanted: set[int]):
    """Lines that hold a run-in opening of a number the runs lack (``wanted``) cut in two,
    the line's first part first: "…/chapter‐39. S. García, …" is "…/chapter‐" and "39. S.
    García, …"."""
    wanted = set(wanted)
    out: list[str] = []
    found: dict[int, int] = {}
    cut: list[int] = []  # where a run-in opening now starts a line
    for i, line in enumerate(text):
        if i in openings:
            found[len(out)] = openings[i]
            out.append(line)
            continue
        at = next(((m.end("digits") - k, int(m.group("digits")[-k:])) for m in _RUN_IN.finditer(line)
                   for k in (1, 2, 3) if len(m.group("digits")) >= k and int(m.group("digits")[-k:]) in wanted), None)
        if at is None:
            out.append(line)
            continue
        start, number = at
        wanted.discard(number)
        out.append(line[:start].rstrip())
        found[len(out)] = number
        cut.append(len(out))
        out.append(line[start:].lstrip())
    return out, found, cut


def _assign(text: list[str], column_of: dict[int, int]) -> list[int]:
    """Each line's column: the reading in which each column's text runs on best, with the
    openings in their columns and the two columns alternating, above all while both are
    mid-entry.

    A dynamic programme over the lines (Viterbi): its state is the column of the line just
    read and the last line read in the other column (-1: none yet). Only the best states
    are kept at each line, so the cost stays linear in the block's length."""
    flows: dict[tuple[int, int], float] = {}  # (line, next line in its column): how well it runs on
    ended = [_ended(line, i in column_of) for i, line in enumerate(text)]
    best: dict[tuple[int, int], float] = {(c, -1): 0.0 for c in (_LEFT, _RIGHT) if column_of.get(0, c) == c}
    back: list[dict[tuple[int, int], tuple[int, int]]] = [{}]
    for i in range(1, len(text)):
        step: dict[tuple[int, int], float] = {}
        came: dict[tuple[int, int], tuple[int, int]] = {}
        for state, score in best.items():
            for new in (state[0], state[0] ^ 1):
                if column_of.get(i, new) != new:
                    continue
                gain, after = _step(text, column_of, ended, flows, state, i, new)
                if after not in step or step[after] < score + gain:
                    step[after], came[after] = score + gain, state
        best = dict(sorted(step.items(), key=lambda item: -item[1])[:_BEAM])
        back.append(came)
    state = max(best, key=best.get)
    columns = []
    for i in range(len(text) - 1, -1, -1):
        columns.append(state[0])
        state = back[i].get(state, state)
    return columns[::-1]


def _step(text: list[str], column_of: dict[int, int], ended: list[bool], flows: dict[tuple[int, int], float],
          state: tuple[int, int], i: int, new: int) -> tuple[float, tuple[int, int]]:
    """(gain, next state) for reading line ``i`` in column ``new`` after ``state``."""
    column, other = state
    before = i - 1 if new == column else other
    if before >= 0 and (before, i) not in flows:
        flows[(before, i)] = _runs_on(text[before], text[i], (before in column_of, i in column_of))
    if new == column:
        # (Alternation is the rule once both columns run: strictly while the other is
        # mid-entry, its next line being due.)
        return flows[(before, i)] - (0.0 if other < 0 else _STAY_AFTER_END if ended[other] else _STAY), state
    if other >= 0:
        return flows[(before, i)], (new, i - 1)
    return (0.0 if i in column_of else _LATE_START), (new, i - 1)


_STAY = 1.0  # two lines running in one column while the other is mid-entry
_STAY_AFTER_END = 0.25  # … or while the other's last entry has ended (its column may have)
_BEAM = 8
_THRESHOLDS = 50  # (bounds the thresholds tried, each a pass over the numbers)
_LATE_START = -0.5  # a column whose first line in the block opens no entry
_ENDING_WORD = re.compile(r"\b(?:a|an|the|of|and|in|for|to|with|on|by|from|at|as|de|da|do|das|dos|em|e|und|der|die|des|la|le|les|du|et)$", re.I)


def _runs_on(before: str, after: str, opens: tuple[bool, bool]) -> float:
    """How well ``after`` continues ``before`` in one column; ``opens``: whether each
    opens an entry."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return 0.0
    if opens[1]:
        return 1.0 if _ended(before, opens[0]) else -1.0
    if opens[0] and _BARE.fullmatch(before):
        # An opening's number alone on its line: its text, names first, follows in its column.
        return 2.0 if _NAME_STARTS.match(after) else 0.0
    if _URL_TAIL.search(before) and _URL_PART.match(after):
        return 1.5  # a link cut at the line's end: "…fda.gov/ne" / "ws-events/press-…"
    if _ended(before, opens[0]) and not _ENDING_WORD.search(before):
        return -1.5  # an entry ended: its column goes on with an opening
    if before[-1] in "‐-–":
        # (A word, a link or a page range cut at its hyphen: "Meta‐" / "Analysis", "280–" / "287.")
        return 2.0 if after[0].islower() or after[0].isdigit() else 1.0
    if _ENDING_WORD.search(before) or (_NAME_ENDS.search(before) and _NAME_STARTS.match(after)) or (
            _SURNAME_ENDS.search(before) and _INITIALS_START.match(after)):
        return 1.5  # (a list of names runs on: "…, Hoo FK," / "Chia YC, et al.")
    if after[0].islower():
        return 1.0 if before[-1] not in ".;" else -0.5
    return 0.0


_BARE = re.compile(r"\d{1,3}\.")
# A name with its initials and a comma, at a line's end and at the next line's start
# ("Hoo FK," / "Chia YC,", "J. F.," / "Fairclough, A.", "Smith, J.," / "Lee, K."). (Not a
# stop: "Daly D." ends a list of names.)
_NAME_ENDS = re.compile(r"(?:\b[A-Z][\w'’‐-]+ [A-Z]{1,3}|\b[A-Z]\.(?: ?[A-Z]\.)*|\b[A-Z][\w'’‐-]+, (?:[A-Z]\. ?)+),$")
_NAME_STARTS = re.compile(r"(?:[A-Z][\w'’‐-]+ [A-Z]{1,3}\b|(?:[A-Z]\. ?)+[A-Z][\w'’‐-]+|[A-Z][\w'’‐-]+, (?:[A-Z]\. ?)+|[A-Z][\w'’‐-]+,)")
# A name cut between its surname and its initials: "Fenton LR, Fasula" / "MK, Jiang L".
_SURNAME_ENDS = re.compile(r"[,;] [A-Z][a-z][\w'’‐-]*$")
_INITIALS_START = re.compile(r"[A-Z]{1,3}[,.](?: |$)")


def _ended(line: str, opens: bool = False) -> bool:
    """Whether ``line`` ends an entry: its year or pages and a stop, its identifier or
    link (not cut at a hyphen), or the last number of these alone ("13." after
    ".../chapter‐"), unless that ``opens`` an entry."""
    line = line.rstrip()
    if _BARE.fullmatch(line.lstrip()):
        return not opens
    end = _ENTRY_ENDS.search(line)
    # (A number ends an entry with its stop, "2017;4:409-418.", not inside a title: "of 3,211,768".)
    return bool(end) and (line.endswith((".", ")", "]"))
                          or (bool(_LINK.match(end.group().lstrip())) and not line.endswith(("‐", "-"))))


_LINK = re.compile(r"doi|https?://|10\.\d", re.I)
_URL_TAIL = re.compile(r"(?:https?://|doi:|\b10\.\d{4,9}/)\S*$", re.I)
_URL_PART = re.compile(r"[\w%~#=&?+-]*[/._-][\w/.%~#=&?+-]*(?:\s|$)")
