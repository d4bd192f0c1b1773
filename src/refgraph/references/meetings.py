"""Talks and posters at meetings, as AMA and NLM print them: "Smith J. Ketamine and
depression. Paper presented at: 55th Annual Meeting of the ACNP; December 4-8, 2016;
Hollywood, FL." The meeting is the "book", its dates give the year, and the place after
them is where it met — no publisher's."""

from __future__ import annotations

import re

from .identifiers import MONTH_NAME
from .patterns import YEAR

_PRESENTED_AT = (r"(?:(?:Paper|Poster|Abstract|Talk|Oral(?: presentation)?|Presentation|Symposium)(?:\s+session)?\s+)?"
                 r"[Pp]resented\s+at\s*:?\s+")
_STATEMENT = r"[.?!]\s+" + _PRESENTED_AT
_PRESENTED = re.compile(_STATEMENT + r"(?P<meeting>[^;]{4,200});\s*(?P<dates>[^;]{0,40}?\b(?P<year>" + YEAR
                        + r")\b[^;]{0,20});\s*(?P<place>[^;]{2,80}?)\.?\s*$")
_STATEMENT_IN_TITLE = re.compile(_STATEMENT)
# APA's talk has no semicolons: "… Paper presented at the Annual Meeting of the AERA,
# Seattle, WA, April 2001." — a place (capitalised words only, so a meeting named "… on
# Spelling, Grammar and Style" keeps its comma) and a date may follow the meeting.
_PLACE_PART = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}"
_APA_PRESENTED = re.compile(
    rf"(?:^|[.?!]\s+){_PRESENTED_AT}(?:the\s+)?(?P<meeting>[^;]{{4,200}}?)"
    rf"(?:,\s*(?P<place>{_PLACE_PART}(?:,\s*{_PLACE_PART})?))?"
    rf"(?:,?\s*(?:{MONTH_NAME}|\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{MONTH_NAME})[^;,.]{{0,20}}?(?:,?\s*{YEAR})?)?\.?\s*$")


def presented_at_meeting(fields: dict, text: str) -> dict:
    """The talk read from its fixed shape, when the reading ran its title on into the
    statement ("Ketamine and depression. Poster presented at: ECNP Congress") or lost the
    meeting altogether ("… Poster session presented at: 10th World Congress on Pain; …")."""
    found = _PRESENTED.search(text)
    if not found:
        return _presented_without_semicolons(fields)
    if fields.get("journal"):
        return fields
    title = fields.get("title") or ""
    run_on = _STATEMENT_IN_TITLE.search(title)
    if run_on:
        title = title[: run_on.start()]
    elif fields.get("booktitle") or not title:
        return fields  # the reading has the meeting (or no title to keep)
    return {**fields, "title": title, "booktitle": found.group("meeting").strip(),
            "year": found.group("year"), "place": found.group("place").strip(), "publisher": "", "kind": "proceedings"}


def meeting_place_read_as_publisher(fields: dict, text: str) -> dict:
    """AMA's and NLM's talk, "Paper presented at: 55th Annual Meeting of the ACNP; December
    4-8, 2016; Hollywood, FL.": what follows the meeting's dates at the end is where it met,
    not a publisher."""
    publisher, place = fields.get("publisher") or "", fields.get("place") or ""
    if fields.get("kind") != "proceedings" or not publisher:
        return fields
    # (The town and its state may have been parted: "Orlando" the publisher, "FL" the place.)
    where = f"{publisher}, {place}" if place else publisher
    # (AMA dates the meeting "December 4-8, 2016", NLM "2019 Dec 8-11".)
    if not re.search(rf";[^;]*\b{YEAR}\b[^;]{{0,20}};\s*{re.escape(where)}\.?\s*$", text):
        return fields
    return {**fields, "publisher": "", "place": where}


def _presented_without_semicolons(fields: dict) -> dict:
    """APA's talk, "Title. Paper presented at the SPIE Optical Engineering + Applications."
    — when the reading ran the statement into the title or took it for a journal."""
    if fields.get("booktitle") or fields.get("volume"):
        return fields
    title, journal = fields.get("title") or "", fields.get("journal") or ""
    if journal:
        statement = _APA_PRESENTED.match(journal)
    else:
        statement = _APA_PRESENTED.search(title)
        title = title[: statement.start()] if statement else title
    if not statement or not title.strip():
        return fields
    place = statement.group("place") or fields.get("place") or ""
    return {**fields, "title": title.strip(), "journal": "", "booktitle": statement.group("meeting").strip(),
            "place": place, "kind": "proceedings"}
