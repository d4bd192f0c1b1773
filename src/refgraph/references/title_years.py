"""A year that opens a title: "'2019 Novel Coronavirus (COVID-19) Pandemic: …', …, 2020",
"in: 2011 International Conference on …, 2012". The tagger reads the first year it meets
as the date; when the entry prints its own year later, the first one is the title's."""
from __future__ import annotations

import re

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
