"""A year that opens a title: "'2019 Novel Coronavirus (COVID-19) Pandemic: …', …, 2020",
"in: 2011 International Conference on …, 2012". The tagger reads the first year it meets
as the date; when the entry prints its own year later, the first one is the title's."""
from __future__ import annotations

import re

from .identifiers import ACCESS_WORDS
from .patterns import NO_DATE_WORDS

_ANY_YEAR = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d(?![\d])")


def year_opening_a_title(fields: dict, text: str) -> dict:
    """``fields`` with a title's (or a book's) opening year given back to it, and the year
    the entry prints after the title taken as the work's.

    Only where the year is printed once, straight before the title's first words and after
    its opening quote or the book's "In:" (never where author–date puts the year, after
    the names), and a later year, not earlier than it, is printed outside the titles."""
    year = fields.get("year") or ""
    if not re.fullmatch(r"\d{4}", year):
        return fields
    places = [m for m in _ANY_YEAR.finditer(text) if m.group() == year]
    if len(places) != 1:
        return fields
    at = places[0]
    for name in ("title", "booktitle"):
        words = fields.get(name) or ""
        if not words or words.startswith(year):
            continue
        following = text[at.end():].lstrip(" ")
        if not following.startswith(words[:24]) or not re.search(r"(?:['‘“\"«]|\b(?:in|em|dans):?)\s*$", text[:at.start()], re.I):
            continue
        spans = []  # where the titles are printed: a year inside one is the title's
        for printed in (fields.get("title"), fields.get("booktitle")):
            start = text.find(printed[:24]) if printed else -1
            if start >= 0:
                spans.append((start, start + len(printed)))
        later = [m.group() for m in _ANY_YEAR.finditer(text, at.end())
                 if m.group() >= year and not any(start <= m.start() < end for start, end in spans)]
        if not later:
            continue
        return {**fields, name: f"{year} {words}", "year": later[-1]}
    return fields


def volume_read_as_year(fields: dict, text: str) -> dict:
    """JCAP's and JHEP's volumes are year and month, "JCAP 1509, 008 (2015)": a "year"
    before 1800 where the entry prints a modern one in brackets is the volume."""
    year = fields.get("year") or ""
    if not re.fullmatch(r"1[5-7]\d\d", year):
        return fields
    bracketed = [m.group(1) for m in re.finditer(r"\(\s*((?:1[89]|20)\d\d)\s*\)", text)]
    if not bracketed:
        return fields
    return {**fields, "year": bracketed[-1], "volume": fields.get("volume") or year}


def number_cut_from_title(fields: dict, text: str) -> dict:
    """A catalogue number that opens a title, cut at its decimal point: the Australian
    Bureau of Statistics' "4364.0 - National Health Survey: …" read from "0 - National …".
    A title never starts inside a number."""
    title = fields.get("title") or ""
    if not title[:1].isdigit():
        return fields
    at = text.find(title)
    # (Not a year: "2019.2." of a Japanese entry is its year and month.)
    cut = re.search(r"(?<![\w.])(?!(?:1[5-9]|20)\d\d\.$)\d+\.$", text[max(0, at - 12):at]) if at > 0 else None
    if not cut:
        return fields
    return {**fields, "title": cut.group() + title}


# A period a title names: "Biografia politica di Franco Venturi (1931-1956)", "Mission de
# France, 1898–1982", "L'Ecosse depuis 1528".
_PERIOD = re.compile(r"(?<![\d.])(?P<first>(?:1[5-9]|20)\d\d)(?:\s?[-–—]\s?(?P<last>(?:1[5-9]|20)\d\d)(?!\d)|(?!\d))")
_SINCE = re.compile(r"\b(?:since|from|depuis|desde|seit|dal|dès|od|sinds)\s+$", re.I)
_DATING_A_READING = re.compile(r"\b(?:accessed|cited|retrieved|consulté|consultado|acesso|acceso|abgerufen|zugegriffen|visited)\b[^.;]{0,30}$", re.I)


def year_of_a_period_in_title(fields: dict, text: str) -> dict:
    """``fields`` with the year of the work, not the first year of a period its title (or
    what was read as its source) names: "Influire in un mondo ostile. Biografia politica di Franco Venturi (1931-1956),
    Stylos, Aosta, 2006" was published in 2006.

    Only where the year read opens a period ("1931-1956", "since 1528") printed after the
    title begins (never author–date's year after the names), and a year no earlier than
    the period's end is printed after it (not the date a page was read)."""
    year = fields.get("year") or ""
    starts = [text.find(words[:24]) for name in ("title", "journal", "booktitle") if (words := fields.get(name))]
    at = min((start for start in starts if start >= 0), default=-1)
    if not re.fullmatch(r"\d{4}", year) or at < 0:
        return fields
    periods = [m for m in _PERIOD.finditer(text, at) if m.group("first") == year
               and (m.group("last") and m.group("last") > year or _SINCE.search(text, 0, m.start()))]
    if not periods or any(m.group() == year for m in _ANY_YEAR.finditer(text, 0, at)):
        return fields
    period = periods[0]
    end = period.group("last") or year
    later = [m.group() for m in _ANY_YEAR.finditer(text, period.end())
             if m.group() >= end and not _DATING_A_READING.search(text, 0, m.start())
             and not _PERIOD.fullmatch(text, m.start(), m.end() + 5)]
    if not later:
        return fields
    return {**fields, "year": later[0]}


def year_of_the_imprint(fields: dict, text: str) -> dict:
    """``fields`` with the year the imprint prints, where the year read stands after the
    title began: "The Four Fundamental Concepts of Psychoanalysis, 1964, translated by A.
    Sheridan. New York: Norton, 1998." cites the 1998 edition (1964 is the lectures').

    Only for a publisher followed straight by its own year, and never where author–date
    puts the year, before the title."""
    year, title, publisher = fields.get("year") or "", fields.get("title") or "", fields.get("publisher") or ""
    if not (re.fullmatch(r"\d{4}", year) and title and publisher):
        return fields
    at = text.find(title[:24])
    imprint = re.search(re.escape(publisher) + r"\s*[,;.]?\s*((?:1[5-9]|20)\d\d)\b", text)
    if at < 0 or not imprint or imprint.group(1) == year:
        return fields
    read = [m.start() for m in _ANY_YEAR.finditer(text, 0, imprint.start()) if m.group() == year]
    if not read or read[0] < at or _SECOND_WORK.search(text, read[0], imprint.start()):
        return fields  # (the imprint of a work that quotes this one is not its own)
    return {**fields, "year": imprint.group(1)}


_SECOND_WORK = re.compile(r"\b(?:quoted|cited|reprinted|repr\.|republished|excerpted)\s+in\b", re.I)


# A year standing alone: not a piece of a number run ("ISSN 2087-7439", "ATLAS-CONF-2015-055",
# a span "1390-1990").
_LONE_YEAR = re.compile(r"(?<![\d./–-])(?:1[89]|20)\d\d(?!\d|[-–/]\d)")
# Words that date the reading of a page, not the work ("accessed 2019", "consulté le …").
# (Access dates are lifted before the fields are read; these are the ones left, and the
# words the lifting does not take: "consulted", "visited", "viewed".)
_READ_ON = re.compile(rf"(?i:{ACCESS_WORDS}|consulted|visited|viewed)\b[^.;]{{0,25}}$")


def year_left_unread(fields: dict, core: str) -> dict:
    """The year printed outside every field the reading kept, when it kept none: "…,
    arXiv:1305.4291, Preprint 2013.", where the tagger took the whole tail for a note.
    The first year printed outside the titles, the source, the imprint and the names
    (a group's "GBD 2017 Collaborators") and not among the volume, issue or pages; none
    where the entry says it has no date, or where only the day it was read is printed."""
    if fields.get("year") or re.search(rf"\bn\.\s?d\.|{NO_DATE_WORDS}", core, re.I):
        return fields
    spans = []
    named = [fields.get(name) or "" for name in ("title", "journal", "booktitle", "publisher", "series", "edition", "genre")]
    named += [author.literal for author in fields.get("authors") or () if author.literal]
    for printed in named:
        start = core.find(printed) if printed else -1
        if start >= 0:
            spans.append((start, start + len(printed)))
    numbers = set(re.findall(r"\d+", " ".join(fields.get(name) or "" for name in ("volume", "issue", "pages"))))
    for year in _LONE_YEAR.finditer(core):
        if (year.group() in numbers or any(start <= year.start() < end for start, end in spans)
                or _READ_ON.search(core, max(0, year.start() - 48), year.start())):  # (a window: linear)
            continue
        return {**fields, "year": year.group()}
    return fields
