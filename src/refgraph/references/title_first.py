"""Where the names of an entry are, when no mark says so: after the title, as PubMed's
summary format prints them ("Global variation in the prevalence … literature. Ferrari AJ,
Somerville AJ, Vos T. Psychol Med. 2013;43(3):471-81."), or before a bare year with no
stop ("Berman RM, A Cappiello, DS Charney 2000 Antidepressant effects …"). Each is written
the way every reader here expects: names first, then "(year).".
"""
from __future__ import annotations

import re

from .patterns import UPPER, YEAR

# A person as PubMed prints one: a surname of up to three words (hyphens and apostrophes
# too), then one to three capitals, perhaps a suffix.
_PERSON = rf"[{UPPER}][\w'’-]+(?:[ -][{UPPER}][\w'’-]+){{0,2}} [{UPPER}]{{1,3}}(?: (?:Jr|Sr|2nd|3rd|II|III))?"
# The names run after the title's stop, ended by its own stop, before a capitalised source.
_NAMES_AFTER_TITLE = re.compile(rf"(?<=[^\W\d_][.?!])\s+(?P<names>{_PERSON}(?:, {_PERSON})*(?:,? et al)?)\.\s+(?=[{UPPER}])")
# PubMed's source after the names: "Psychol Med. 2013 Mar;43(3):471-81."
_VANCOUVER_SOURCE = re.compile(r"\.\s*(?:1[6-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d")
_NAMES_MARKS = re.compile(rf"&|\b[{UPPER}]\.\s?[{UPPER}]\.|,\s*[{UPPER}]\.")
_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_OPENS_WITH_NAMES = re.compile(rf"^\s*{_PERSON}(?:,|\.|\s+et al)")


def names_before_title(text: str) -> str:
    """``text`` with the names a title-first entry prints after its title moved before it;
    other entries as they are. Only where the entry does not open with names itself, the
    title before the names is three words or more, and the names end at a stop before the
    source."""
    if _OPENS_WITH_NAMES.match(text):
        return text
    names = _NAMES_AFTER_TITLE.search(text)
    if not names or len(text[: names.start()].split()) < 3 or _YEAR.search(text, 0, names.start()):
        return text
    people = names.group("names").split(", ")
    if len(people) == 1 and len(people[0].split()[-1]) > 2:
        return text  # ("… Disorders. Geneva WHO. 2017": a town and a body, not one person)
    if not _VANCOUVER_SOURCE.search(text, names.end()) or _NAMES_MARKS.search(text, 0, names.start()):
        # (No "Journal. 2013;43:…" after them, or initials and "&" before: a Nature entry's
        # "Res. Part A. Oceanogr." is no person in a title-first entry.)
        return text
    title = text[: names.start()].strip()
    return f"{names.group('names')}. {title} {text[names.end():]}"


# Undotted initials before or after the surname: "Berman RM", "DS Charney", "De Boer P".
_UNDOTTED_PERSON = (rf"(?:[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)? [{UPPER}]{{1,3}}"
                    rf"|[{UPPER}]{{1,3}} [{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?)")
_GIVEN_FIRST = re.compile(rf"(?:^|, (?:and )?)[{UPPER}]{{1,3}} [{UPPER}][a-zß-ÿ]")
_NAMES_THEN_BARE_YEAR = re.compile(rf"^(?P<names>{_UNDOTTED_PERSON}(?:, (?:and )?{_UNDOTTED_PERSON})+)"
                                   rf" (?P<year>(?:1[6-9]|20)\d\d[a-z]?) (?=[{UPPER}\d(“\"'‘])")


def year_after_names_set_apart(text: str) -> str:
    """``text`` with the bare year that follows its names and opens nothing else written
    "(year)." — the International Journal of Plant Sciences prints "Berman RM, A
    Cappiello, …, DS Charney 2000 Antidepressant effects …" with no mark between names,
    year and title. Only a run of two people or more, each with undotted initials, some of
    them before the surname."""
    names = _NAMES_THEN_BARE_YEAR.match(text)
    # (Only where some names put their initials first: the Royal Society's "Bauer P, Thorpe
    # A 2015 Title" the readers know as printed.)
    if not names or not _GIVEN_FIRST.search(names.group("names")):
        return text
    return f"{names.group('names')} ({names.group('year')}). {text[names.end():]}"
