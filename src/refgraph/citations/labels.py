"""Citations by an entry's label: "[BCA+00]", "[Knu84, Mur13]" (BibTeX's alpha style,
common in mathematics and computer science), each entry listed under its label.

A bracket is a citation only when every work in it is a label of the list (a locator
after one is allowed: "[Knu84, p. 12]"); "[sic]", "[Table 2]" or "[n = 40]" are not.
"""
from __future__ import annotations

import re

from ..references.model import ReferenceList
from ..references.patterns import ALPHA_LABEL
from ..source import SourceText
from .model import Callout

# The label an entry carries, as extract.py reads it.
_ENTRY_LABEL = re.compile(rf"\[(?P<label>{ALPHA_LABEL})\]")
_BRACKET = re.compile(r"\[(?P<inner>[^\[\]\n]{2,300})\](?!\()")
_LOCATOR = re.compile(r"^(?:pp?\.|page|ch(?:ap)?\.|chapter|sec(?:t(?:ion)?)?\.?|§|thm\.?|theorem|lem(?:ma)?\.?|prop\.?|cor\.?|def\.?|eq\.?|fig\.?)\s*[\w.–-]+$", re.I)


def labelled_entries(references: ReferenceList) -> dict[str, object]:
    """Label (without its brackets) → entry, for the entries listed under one."""
    return {match.group("label"): ref for ref in references if (match := _ENTRY_LABEL.fullmatch(ref.label or ""))}


def find_label_citations(source: SourceText, references: ReferenceList, body_end: int) -> list[Callout]:
    """A callout for each bracket of the body that cites only labels of the list."""
    entries = labelled_entries(references)
    if len(entries) < 2:
        return []
    callouts = []
    for match in _BRACKET.finditer(source.text, 0, body_end):
        items = [item.strip() for item in re.split(r"[,;]", match.group("inner")) if item.strip()]
        cited = [entries[item] for item in items if item in entries]
        if not cited or any(item not in entries and not _LOCATOR.match(item) for item in items):
            continue
        cited = list(dict.fromkeys(cited))
        callouts.append(Callout(text=match.group("inner"), markup=match.group(0), span=source.span(match.start(), match.end()),
                                numbers=tuple(ref.number for ref in cited), notation="label",
                                targets=tuple(ref.position for ref in cited)))
    return callouts
