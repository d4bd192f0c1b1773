"""Page ranges as printers abbreviate them: ``856-64`` is 856–864, ``e932-938`` is e932–e938."""
from __future__ import annotations

import re

_RANGE = re.compile(r"^(?P<prefix>[A-Za-z]*)(?P<first>\d+)-(?P<prefix2>[A-Za-z]*)(?P<last>\d+)$")


def expand_range(pages: str) -> tuple[str, str] | None:
    """(first, last) with abbreviated last pages completed; ``None`` if not a simple range."""
    match = _RANGE.match(pages.replace("–", "-").replace(" ", ""))
    if not match or (match.group("prefix2") and match.group("prefix2") != match.group("prefix")):
        return None
    first, last = match.group("first"), match.group("last")
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    prefix = match.group("prefix")
    return prefix + first, prefix + last


def is_backwards(pages: str) -> bool:
    """True when a range still runs backwards after abbreviations are understood."""
    expanded = expand_range(pages)
    if expanded is None:
        return False
    first, last = (int(re.sub(r"\D", "", p)) for p in expanded)
    return last < first
