"""Callouts → the entries they point at (positions in the list, the entries' identity).

A printed number is only a label: a list may repeat one ("5." twice) or skip one. A
numbered callout resolves to the first entry printed with its number; the repeat itself
is the ``reference-numbering`` rule's to report.
"""
from __future__ import annotations

from dataclasses import replace

from ..references.model import ReferenceList
from .model import Callout


def resolve_numbers(callouts: tuple[Callout, ...], references: ReferenceList) -> tuple[Callout, ...]:
    by_number = references.by_number()
    resolved = []
    for callout in callouts:
        targets = tuple(dict.fromkeys(by_number[n].position for n in callout.numbers if n in by_number))
        resolved.append(replace(callout, targets=targets))
    return tuple(resolved)
