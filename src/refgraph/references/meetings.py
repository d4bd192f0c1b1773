"""Talks and posters at meetings, as AMA and NLM print them: "Smith J. Ketamine and
depression. Paper presented at: 55th Annual Meeting of the ACNP; December 4-8, 2016;
Hollywood, FL." The meeting is the "book", its dates give the year, and the place after
them is where it met — no publisher's."""

from __future__ import annotations

import re

from .identifiers import MONTH_NAME
from .patterns import PROCEEDINGS, YEAR

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


# A meeting's dates as styles print them: "19-25 July 2008", "July 19-25, 2008", "2008 Jul 19".
_MONTH = f"(?i:{MONTH_NAME})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_DAYS = rf"{_DAY}(?:\s*[-–]\s*{_DAY})?"
# (NLM's "2014 Nov. 67 (3): 323" is a volume and issue after the month, not its days. Tried
# only where a word starts: every entry is scanned for dates, and trying the months at each
# letter had cost a twentieth of the whole parse.)
_MEETING_DATES = rf"(?<!\w)(?:(?:{_DAYS}\s+{_MONTH}|{_MONTH}\s+{_DAYS},?)\s+{YEAR}|{YEAR}\s+{_MONTH}(?:\s+{_DAYS}(?!\s*[(:;]))?)"
_DATES = re.compile(_MEETING_DATES)
_IN_MEETING = re.compile(
    rf"[.?!]\s+In:?\s+(?P<meeting>[^.;]{{4,200}}?),\s*(?:{_MEETING_DATES})"
    rf"(?:,\s*(?P<place>{_PLACE_PART}(?:,\s*{_PLACE_PART})?))?\.?\s*$")


def meeting_after_in(fields: dict, text: str) -> dict:
    """Harvard's conference paper, "Title. In: 10th World Renewable Energy Congress, 19-25
    July 2008, Glasgow, UK.": the meeting is the book the paper is in, its dates are no
    pages, and what follows them is where it met — when the reading kept no source."""
    if fields.get("booktitle") or fields.get("journal"):
        return fields
    found = _IN_MEETING.search(text)
    if not found or not PROCEEDINGS.search(found.group("meeting")):
        return fields
    # ("Glasgow, UK." ends the entry; "Washington, D.C." keeps its last stop.)
    place = re.sub(r"(?<=\w\w)\.$", "", found.group("place") or "") or fields.get("place") or ""
    return {**fields, "booktitle": found.group("meeting").strip(), "place": place, "kind": "proceedings"}


def meeting_days_read_as_numbers(fields: dict, text: str) -> dict:
    """A meeting's days read as the volume or the pages ("…, Lisbon, Portugal, 3–5 May 2019;
    pp. 45–50" of MDPI's proceedings, "… on Things, June 3-5, 2019, Paris", "(…, Sandbjerg,
    Denmark, 25-30 April 1992)"): a number printed only inside the dates is none of the
    work's, and the proceedings it was read after are the book the paper is in."""
    dates = [found.group() for found in _DATES.finditer(text)]
    if not dates:
        return fields
    undated = _DATES.sub(" ", text)
    mended = dict(fields)
    for name in ("volume", "pages"):
        value = fields.get(name) or ""
        number = r"\s*[-–]\s*".join(map(re.escape, re.split(r"\s*[-–]\s*", value)))
        within = re.search(rf"(?<!\d){number}(?!\d)", text) and not re.search(rf"(?<!\d){number}(?!\d)", undated)
        # (The year is printed twice, "Smith J (2019) … June 3-5, 2019": pages that are
        # the year, and the dates' year, are the dates'.)
        if value and (within or (value == fields.get("year") and any(value in date for date in dates))):
            mended[name] = ""
    if mended == fields:
        return fields
    journal = mended.get("journal", "")
    if journal and PROCEEDINGS.search(journal):
        mended.update(kind="proceedings", booktitle=journal, journal="")
    return mended

