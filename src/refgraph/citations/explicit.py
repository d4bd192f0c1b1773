"""Callouts a format marks itself (JATS ``xref``, LaTeX ``\\cite``, Word citation fields):
resolved by key, never guessed."""
from __future__ import annotations

import re

from ..document import Document
from ..references.model import ReferenceList
from .model import Callout


def explicit_callouts(document: Document, references: ReferenceList) -> tuple[Callout, ...]:
    source = document.source
    by_key: dict[str, object] = {}
    for ref in references:
        if ref.key:
            by_key.setdefault(ref.key, ref)
    order = {ref.position: index for index, ref in enumerate(references)}
    positions = [ref.position for ref in references]
    callouts = []
    for mark in document.callouts or ():
        found = [by_key[k].position for k in mark.keys if k in by_key]
        for first, last in mark.ranges:  # "35–37" printed as two linked ends: the middle is cited too
            if first in by_key and last in by_key:
                a, b = sorted((order[by_key[first].position], order[by_key[last].position]))
                found.extend(positions[a: b + 1])
        targets = tuple(sorted(dict.fromkeys(found), key=lambda p: order[p])) if mark.ranges else tuple(dict.fromkeys(found))
        by_position = references.by_position()
        markup = source.text[mark.start: mark.end]
        callouts.append(Callout(
            text=re.sub(r"\s+", " ", markup).strip("<>/sup ") if markup.startswith("<sup>") else re.sub(r"\s+", " ", markup),
            markup=markup, numbers=tuple(by_position[p].number for p in targets), span=source.span(mark.start, mark.end),
            notation=mark.notation, targets=targets, keys=mark.keys, keep=mark.keep,
            ranges=tuple((by_position[by_key[a].position].number, by_position[by_key[b].position].number)
                         for a, b in mark.ranges if a in by_key and b in by_key)))
    return tuple(sorted(callouts, key=lambda c: c.span.start))
