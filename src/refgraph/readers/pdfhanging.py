"""Where the entries of a reference list set with hanging indents open, from the glyphs'
positions (see :mod:`.pdf`): most journals and LaTeX set an author–date list so, its
entries' later lines set in from the column's margin, and no text layer says more."""
from __future__ import annotations

from collections import Counter

# A hanging indent: the lines after an entry's first set in by this much (points).
_HANG = (3.0, 40.0)


def hanging_openings(chunks: list[list]) -> set[int]:
    """The lines (by ``id``) that open an entry of a list set with a hanging indent, as
    reference lists are ("Berger, J., and J. Wehausen. 1991. …" at the column's margin, its
    other lines set in). The list's lines (``chunks``: per page) decide together: most of
    the lines set in from their column's margin are set in by one amount, and they are a
    good share of all. Then, in each column of each page, a line at the margin opens an
    entry — a group author's ("California Department of Fish and Wildlife." alone on its
    line) like any other — where some line of that column is set in by that amount (a
    column holding only an entry's last lines has none)."""
    columns = []
    for lines in chunks:
        if not lines:
            continue
        starts = sorted(line.x0 for line in lines)
        middle = (starts[len(starts) // 20] + max(line.x1 for line in lines)) / 2
        for column in ([line for line in lines if line.x0 < middle - 5], [line for line in lines if line.x0 >= middle - 5]):
            if column:
                columns.append((min(line.x0 for line in column), column))
    indents = Counter(round(line.x0 - margin) for margin, column in columns for line in column
                      if _HANG[0] <= line.x0 - margin <= _HANG[1])
    if not indents:
        return set()
    usual = indents.most_common(1)[0][0]
    set_in = sum(n for indent, n in indents.items() if abs(indent - usual) <= 1)
    total = sum(len(column) for _, column in columns)
    flush = sum(1 for margin, column in columns for line in column if line.x0 - margin <= 1.5)
    if set_in < 0.3 * total or set_in < 0.8 * sum(indents.values()) or flush < 3:
        return set()  # no hanging indent, or indents of every width: a layout
    found: set[int] = set()
    for margin, column in columns:
        if any(abs(line.x0 - margin - usual) <= 1.5 for line in column):
            found.update(id(line) for line in column if line.x0 - margin <= 1.5)
    return found
