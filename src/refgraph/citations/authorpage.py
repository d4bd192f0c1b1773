"""Author–page citations (MLA): the author's surname and a page, no year.

"(Berman et al. 351)", "(Berman and Cappiello 12–14)", "(Katz 566; Machado-Vieira et al.
946)", and where one author has several works, a short title: "(Berman, “Antidepressant
Effects” 352)". A work is the one entry whose first author is the first name cited (and
whose second author is the second, for two names; with three or more authors for "et
al."), narrowed by the title's words when one is given. A bracket that names no entry that
way — "(Table 3)", "(Phase 2)" — cites nothing; neither does one that names two entries
equally (precision first: no guess between two works).
"""
from __future__ import annotations

import re

from ..references.model import ReferenceList
from ..references.people import fold
from ..source import SourceText
from .authordate import _BRACKETS, _ETAL, _NAME_PIECE, _NAMES, AuthorlessTitles, _keys, _title_key, build_index
from .model import Callout, CitedWork

_TITLE = r"(?:“[^”]{2,200}”|\"[^\"]{2,200}\"|\*[^*]{2,200}\*|_[^_]{2,200}_)"
# A page as printed: "351", "351–54", "S23", "e03581", "xii".
_PAGE = r"(?:[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?|[ivxlc]{1,6})"
_PAGES = rf"(?P<pages>,?\s+{_PAGE}(?:\s*,\s*{_PAGE})*)?\s*[.,]?\s*"
_LEAD = r"\s*(?:(?:see|cf\.|e\.\s?g\.)\s+)?"
_WORK = re.compile(rf"{_LEAD}(?P<names>{_NAMES})(?P<etal>{_ETAL})?(?:\s*,\s*(?P<title>{_TITLE}))?{_PAGES}", re.I)
# A work with no author is cited by its (short) title: "(“FDA Approves New Nasal” 2)".
_TITLED = re.compile(rf"{_LEAD}(?P<title>{_TITLE}){_PAGES}", re.I)
_WORDS = re.compile(r"[^\W\d_]{3,}")
_SMALL = frozenset("the and for with from into".split())


def find_author_page(source: SourceText, references: ReferenceList, start: int, end: int) -> list[Callout]:
    """Author–page callouts in ``source.text[start:end]`` that resolve to one entry each."""
    index = build_index(references)
    by_position = references.by_position()
    untitled = AuthorlessTitles(references)
    text = source.text
    callouts = []
    for bracket in _BRACKETS.finditer(text, start, end):
        if not bracket.group().startswith("("):
            continue
        inner_start = bracket.start() + 1
        works = []
        offset = inner_start
        for piece in bracket.group()[1:-1].split(";"):
            match = _WORK.fullmatch(piece)
            target = _resolve(match, index) if match else None
            titled = _TITLED.fullmatch(piece) if target is None else None
            if titled:
                found = untitled.opening_with(_title_key(titled.group("title")).split())
                match, target = titled, (found[0].position if len(found) == 1 else None)
            if target is None:
                works = []
                break  # every work of the bracket must resolve, or the bracket is no citation
            named = match.group("names") if "names" in match.re.groupindex else match.group("title")
            span = source.span(offset + match.start(), offset + len(piece.rstrip(" .,")))
            works.append(CitedWork(text=" ".join(piece.split()), names=tuple(p.group() for p in _NAME_PIECE.finditer(named)) or (named,),
                                   et_al="etal" in match.re.groupindex and _cites_et_al(match), year="", suffix="",
                                   locator=(match.group("pages") or "").strip(" ,"), span=span, targets=(target,)))
            offset += len(piece) + 1
        if works:
            targets = tuple(dict.fromkeys(w.targets[0] for w in works))
            markup = bracket.group()
            callouts.append(Callout(text=re.sub(r"\s+", " ", markup), markup=markup, span=source.span(bracket.start(), bracket.end()),
                                    numbers=tuple(by_position[p].number for p in targets), notation="author-page",
                                    items=tuple(works), targets=targets))
    return callouts


# (The names pattern is case-blind, so it reads "Shirakawa et al" as two names, "Shirakawa
# and Al", and leaves its et-al group empty.)
_ET_AL_IN_NAMES = re.compile(r"\s+et\s+al$", re.I)


def _cites_et_al(match: re.Match) -> bool:
    return bool(match.group("etal")) or bool(_ET_AL_IN_NAMES.search(match.group("names")))


def _resolve(match: re.Match, index: dict) -> int | None:
    """The position of the one entry the names (and title) cite, or None."""
    names = [p.group() for p in _NAME_PIECE.finditer(match.group("names"))]
    if not names:
        return None
    candidates = {ref.position: ref for key in _keys(names[0]) for ref in index.get(key, ())}
    people = lambda ref: [a for a in ref.authors if a.family]
    if len(names) >= 2:
        candidates = {p: ref for p, ref in candidates.items() if len(people(ref)) >= 2
                      and _keys(names[1]) & _keys(people(ref)[1].family)}
    elif _cites_et_al(match):
        candidates = {p: ref for p, ref in candidates.items() if len(people(ref)) >= 3 or ref.et_al}
    else:
        candidates = {p: ref for p, ref in candidates.items() if len(people(ref)) <= 1}
    if match.group("title") and len(candidates) > 1:
        cited = {fold(w) for w in _WORDS.findall(match.group("title"))} - _SMALL
        candidates = {p: ref for p, ref in candidates.items()
                      if cited and cited <= {fold(w) for w in _WORDS.findall(ref.title or "")}}
    return next(iter(candidates)) if len(candidates) == 1 else None

