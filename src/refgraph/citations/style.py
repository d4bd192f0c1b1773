"""Which way a manuscript cites (numbers, author and year, or both), and its callouts.

Both finders run; a finder's callouts are kept when they resolve to the list. A
numbered manuscript's narrative "Berman et al. (2000)<sup>23</sup>" is read as the
numbered callout it carries, not as a second, author–date citation.
"""
from __future__ import annotations

from ..references.model import ReferenceList
from ..source import SourceText
from .authordate import find_author_date, resolve_works
from .callouts import find_callouts
from .model import Callout
from .resolve import resolve_numbers


def find_citations(source: SourceText, references: ReferenceList, body_end: int) -> tuple[Callout, ...]:
    numbered = resolve_numbers(tuple(find_callouts(source, 0, body_end, max_number=max((r.number for r in references), default=None))),
                               references)
    author_date = resolve_works(find_author_date(source, 0, body_end), references)
    resolved_numbered = sum(1 for c in numbered if c.targets)
    resolved_author_date = sum(1 for c in author_date if c.targets)
    if references.numbered and resolved_numbered >= max(3, resolved_author_date):
        chosen = list(numbered)
    elif resolved_author_date >= max(1, resolved_numbered) or not references.numbered:
        chosen = list(author_date)
        # An unnumbered list may still be cited by position (numbers lost in conversion).
        if resolved_numbered > 2 * resolved_author_date:
            chosen = list(numbered)
    else:
        chosen = list(numbered)
    chosen.sort(key=lambda c: c.span.start)
    return tuple(chosen)
