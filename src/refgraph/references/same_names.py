"""Entries that print a rule for their names ("———. 1916. *A Portrait…*"): the rule
means "the same names as the entry before" (Chicago, MLA, Turabian), so the entry takes
that entry's authors. Without them an author–date callout "(Joyce 1916)" finds no entry,
and the list looks out of alphabetical order."""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Reference
from .patterns import SAME_NAMES

# The rule at the entry's start (after its number, if any); ``RULE_THEN_STOP`` with the stop
# that ends it and the space before the title ("_______. Introduction. In: …").
_RULE_OPENING = re.compile(rf"^\s*(?:\[\d+\]|\d+[.)])?\s*(?P<rule>{SAME_NAMES.pattern})")
RULE_THEN_STOP = re.compile(rf"{_RULE_OPENING.pattern}\s*\.\s+(?=\S)")


def with_repeated_names(references: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """``references`` with each rule-led entry given the names of the entry before it
    (which may itself have taken them from the one before). The first entry of a list
    has no entry before it and keeps what was read."""
    mended: list[Reference] = []
    for ref in references:
        before = mended[-1] if mended else None
        # (``ref.text``, the entry's Markdown stripped, is read once and kept for the rules.)
        if before is not None and before.authors and _RULE_OPENING.match(ref.text) and read_as_rule(ref.authors):
            ref = replace(ref, authors=before.authors, et_al=before.et_al)
        mended.append(ref)
    return tuple(mended)


def read_as_rule(authors) -> bool:
    """The parse took the rule itself for the names, or found none."""
    return all(not re.search(r"[^\W_]", author.family or author.literal) for author in authors)
