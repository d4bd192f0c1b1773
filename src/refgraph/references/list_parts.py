"""A numbered reference list printed in parts whose numbers run on.

Nature's papers set the Methods after the main list and the Methods' own references
after them, numbered on from it (1–30, then 31–50), under "Methods references", under
"References" again, or under no heading at all; a supplement's references may go on the
same way. The parts are one list (the Methods cite the entries of both), and the text
between them is the body: its callouts and claims are read like any other.

A part joins only when its first number is the number after the last one before it, so
a supplement numbered from 1 again (S1, S2 … or 1, 2 …) stays out, as does a numbered
passage of the Methods ("1. Mix the samples").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

# A heading that names a further part of the list: "Methods references", "Additional
# references", "References (continued)", "References for the Supplementary Information".
_PART_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*{1,3}|_{1,3})?[ \t]*"
    r"(?:(?:online\s+)?methods?|additional|supplementary|supplemental|further|extended\s+data|appendix|si)"
    r"[ \t]+references(?:[ \t]+cited)?"
    r"[ \t]*:?[ \t]*(?:\*{1,3}|_{1,3})?[ \t]*#*[ \t]*$"
    r"|^[ \t]*(?:#{1,6}[ \t]*)?(?:\*{1,3}|_{1,3})?[ \t]*references?[ \t]+"
    r"(?:\(?cont(?:inued|\.|'d)?\)?|for[ \t]+(?:the[ \t]+)?(?:online[ \t]+)?(?:methods|supplement\w*|appendix)[^\n]{0,60}"
    r"|in[ \t]+(?:the[ \t]+)?(?:methods|supplement\w*|appendix)[^\n]{0,40})"
    r"[ \t]*:?[ \t]*(?:\*{1,3}|_{1,3})?[ \t]*#*[ \t]*$",
    re.I | re.M,
)


@dataclass(frozen=True)
class ListPart:
    """One part of the list: the body stops at ``opens`` (its heading, or its first entry
    when it has none); its entries run from ``start`` to ``end``."""

    opens: int
    start: int
    end: int


def list_parts(text: str, main: ListPart, list_headings: list[re.Match], section_end: Callable[[int], int],
               numbers: Callable[[int, int], list[int]], trailing_list: Callable[[str], int | None]) -> tuple[ListPart, ...]:
    """``main`` with the parts its numbering runs on into, in the text's order.

    ``list_headings`` are the reference headings found in the text, ``section_end(i)``
    where the section starting at ``i`` ends, ``numbers(start, end)`` the entry numbers
    of a stretch in order, and ``trailing_list(text)`` where a numbered list without a
    heading starts at the end of ``text`` (or ``None``)."""
    own = numbers(main.start, main.end)
    if not own:
        return (main,)
    headed = sorted({(m.start(), m.end()) for m in list_headings} | {(m.start(), m.end()) for m in _PART_HEADING.finditer(text)})
    sections = [ListPart(opens, after, section_end(after)) for opens, after in headed]
    before = [s for s in sections if s.end <= main.opens]
    after = [s for s in sections if s.opens >= main.end]
    parts = [main]
    first, last = own[0], own[-1]
    for section in reversed(before):
        found = numbers(section.start, section.end)
        if not found or found[-1] + 1 != first:
            break
        parts.insert(0, section)
        first = found[0]
    for section in after:
        found = numbers(section.start, section.end)
        if not found or found[0] != last + 1:
            break
        parts.append(section)
        last = found[-1]
    rest = parts[-1].end
    starts = trailing_list(text[rest:])
    if starts is not None:
        found = numbers(rest + starts, len(text))
        if found and found[0] == last + 1:
            parts.append(ListPart(rest + starts, rest + starts, section_end(rest + starts)))
    return tuple(parts)


def between_parts(parts: tuple[ListPart, ...]) -> tuple[tuple[int, int], ...]:
    """The body's text between one part's end and the next part's heading."""
    return tuple((one.end, two.opens) for one, two in zip(parts, parts[1:]) if two.opens > one.end)


def outside_parts(parts: tuple[ListPart, ...]) -> tuple[tuple[int, int], ...]:
    """What stands between one part's entries and the next's: the body and the heading."""
    return tuple((one.end, two.start) for one, two in zip(parts, parts[1:]))
