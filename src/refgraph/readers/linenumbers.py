"""Line numbers in the margin of a manuscript under review, taken out of its text.

Submission systems and Word print a number before every line (1, 2, 3 … on through the
manuscript) so that reviewers can point at lines. Extracted text keeps them: pdftotext
writes each page's margin as a column of numbers ("1", "2", … "50") beside its text,
or, with ``-layout`` and other extractors, before each line ("12 treatment-resistant
depression"); the glyph reader meets them as small numbers in lines of their own.
Left in, they read as reference numbers, callouts and list items.

A number is taken for a line number only with its neighbours: on one page, numbers
that count up by one (a few lines skipped at most) down most of its lines, and so on at
least half of the pages. A table's first column or a reference list numbered line by
line fills a page or two; the margin's numbers run through the whole text.
"""
from __future__ import annotations

import re

_NUMBER_LINE = re.compile(r"^[ \t]*(\d{1,5})[ \t]*$")
_NUMBER_BEFORE = re.compile(r"^[ \t]*(\d{1,5})[ \t]+(?=\S)")
_LEAST_RUN = 5  # numbers in a row, counting up
_MOST_STEP = 3  # a step of up to this (lines the numbering skipped, blank ones)


def counting_up(values: list[int]) -> bool:
    """Whether the values count up by one, or by a few where lines were skipped."""
    steps = [b - a for a, b in zip(values, values[1:])]
    return len(values) >= _LEAST_RUN and all(0 < step <= _MOST_STEP for step in steps) and steps.count(1) * 2 >= len(steps)


def drop_text_line_numbers(pages: list[list[str]]) -> list[list[str]]:
    """The pages' lines without the margin's numbers: runs of lines holding only a number
    that counts up (pdftotext's column), or, where most lines open with a number counting
    up line by line, those numbers. Only when at least half the pages are numbered so: a
    reference list numbered "1 Smith …" line by line fills a page or two, not the text."""
    stripped = [_page_without_numbers(lines) for lines in pages]
    numbered = sum(1 for lines, kept in zip(pages, stripped) if kept != lines)
    with_text = sum(1 for lines in pages if any(line.strip() for line in lines))
    if numbered < 2 or numbered * 2 < with_text:
        return pages
    return stripped


def _page_without_numbers(lines: list[str]) -> list[str]:
    kept = _without_number_columns(lines)
    numbered = [(i, int(m.group(1))) for i, m in ((i, _NUMBER_BEFORE.match(line)) for i, line in enumerate(kept) if line.strip()) if m]
    content = sum(1 for line in kept if line.strip())
    if content and len(numbered) * 10 >= 6 * content and counting_up([v for _, v in numbered]):
        at = {i for i, _ in numbered}
        kept = [_NUMBER_BEFORE.sub("", line, count=1) if i in at else line for i, line in enumerate(kept)]
    return kept


def _without_number_columns(lines: list[str]) -> list[str]:
    """Lines holding only a number, counting up down the page, left out: pdftotext's
    column of a page's numbers, or its numbers set between the lines they number (as it
    writes them beside a list's entries). Runs of five or more that count up give the
    page's range; every number alone within it goes (one set out of order among the
    entries too), a page number or a table's cell outside it stays."""
    numbers = [(index, int(match.group(1))) for index, match in ((i, _NUMBER_LINE.match(line)) for i, line in enumerate(lines)) if match]
    runs, run = [], []
    for index, value in numbers:
        if run and not 0 < value - run[-1][1] <= _MOST_STEP:
            runs.append(run)
            run = []
        run.append((index, value))
    runs.append(run)
    counted = [v for run in runs if counting_up([v for _, v in run]) for _, v in run]
    if not counted:
        return lines
    low, high = min(counted), max(counted)
    drop = {index for index, value in numbers if low <= value <= high}
    return [line for index, line in enumerate(lines) if index not in drop]
