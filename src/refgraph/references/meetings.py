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



# ABNT's event, NBR 6023: "ENCONTRO NACIONAL DE ECONOMIA, 31., 2003, Porto Seguro. Anais
# [...]" — the meeting's name, its ordinal and its year (Spanish styles print the same).
_EVENT_WORD = (r"(?:congress[oa]?|encontro|encuentro|semin[áa]rio|simp[óo]sio|simposio|reuni[ãa]o|reuni[óo]n|jornadas?"
               r"|confer[êe]ncia|conferencia|col[óo]quio|f[óo]rum|workshop|conference|congress|symposium|meeting)")
_ABNT_EVENT = re.compile(
    rf"(?:^|[.?!]\s+|In:?\s+)(?P<event>(?:[^\W\d_][\w-]*\s+){{0,2}}{_EVENT_WORD}\b[^.;:()\[\]]{{0,150}}?),\s*"
    rf"(?P<ordinal>\d{{1,3}})\s*(?P<mark>[.ºª°])?\s*,\s*(?P<year>{YEAR})\b", re.I)
_PROCEEDINGS_WORD = re.compile(r"\b(?:anais|actas|memorias|proceedings)\b", re.I)
_PROCEEDINGS_MARK = re.compile(r"^(?:Anais|Actas|Memorias|Proceedings)\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])?[.,]?\s*", re.I)


def abnt_event(fields: dict, text: str) -> dict:
    """A paper in the proceedings of an event ABNT names by its ordinal and year ("…
    Title. ENCONTRO NACIONAL DE ECONOMIA, 31., 2003. Anais... Porto Seguro, ANPEC, 2003."):
    the ordinal is no volume, the year no pages, and the event is the book the paper is in,
    not a journal, a publisher or a sentence of the title."""
    found = _ABNT_EVENT.search(text)
    # (The ordinal's stop, or the name in capitals, is ABNT's: a series "ACS Symposium
    # Series, 951, 2007" prints neither, and its number is a volume.)
    if not found or not (found.group("mark") or found.group("event").isupper()):
        return fields
    event, ordinal, year = found.group("event").strip(), found.group("ordinal"), found.group("year")
    book = (fields.get("booktitle") or "").casefold()
    if book and not (event.casefold().startswith(book) or _PROCEEDINGS_WORD.search(book)):
        return fields  # a book of its own was read ("Goiânia. Anais... Goiânia" is the event's proceedings)
    mended = dict(fields)
    for name in ("volume", "issue"):
        if mended.get(name) == ordinal:
            mended[name] = ""
    if mended.get("pages") == year and not re.search(rf"\bpp?\.\s*{year}\b", text):
        mended["pages"] = ""
    for name in ("journal", "publisher"):
        value = (mended.get(name) or "").strip(" .,")
        if value and (value.casefold() == event.casefold() or event.casefold().startswith(value.casefold())):
            mended[name] = ""
    marked = _PROCEEDINGS_MARK.match(mended.get("journal") or "")
    if marked:  # "Anais... Rio Branco": the event's proceedings and where they were published
        mended.update(journal="", place=mended.get("place") or mended["journal"][marked.end():].strip(" .,"))
    if mended.get("journal"):
        return fields  # a journal of its own was read: the event is named inside it
    title = mended.get("title") or ""
    at = title.find(event)
    if at > 0 and title[:at].rstrip().endswith((".", "?", "!")):
        mended["title"] = title[:at].rstrip().rstrip(".").rstrip()  # the event read as the title's last sentence
    # A bracket between the title and the event is the title's ("… no Cerrado (2000 e
    # 2010). Congresso …"), and years inside it are the period studied, not the paper's.
    title = mended.get("title") or ""
    start = text.find(title) if title else -1
    between = text[start + len(title): found.start("event")] if start >= 0 else ""
    bracket = re.fullmatch(r"\s*(\([^()]{1,60}\))\s*\.?\s*(?:In:?\s*)?", between)
    if bracket:
        mended["title"] = f"{title} {bracket.group(1)}"
        if mended.get("year") != year and mended.get("year", "-") in bracket.group(1):
            mended["year"] = year
    if mended.get("place"):
        mended["place"] = _PROCEEDINGS_MARK.sub("", mended["place"]).strip() or mended["place"]
    mended.update(booktitle=event, kind="proceedings")
    return mended


# An event named by its ordinal as the title's last sentence, with no "In:" before it:
# "Title. XIII Seminário sobre Economia Mineira. Diamantina, MG, 2008.", "Title. 5th
# International Workshop on Reading."
_ORDINAL = r"(?:[IVXLC]{1,7}|\d{1,3}(?:st|nd|rd|th|º|ª|°|\.)?)"
_EVENT_ENDING_TITLE = re.compile(
    rf"^(?P<title>.{{4,}}?[^\s.])[.?!]\s+(?P<event>(?-i:{_ORDINAL})\s+(?:[^\W\d_][\w-]*\s+){{0,3}}?{_EVENT_WORD}\b[^.?!]{{0,200}})$", re.I)


def event_ending_title(fields: dict) -> dict:
    """The event a paper was given at, read as the title's last sentence: it is the book
    the paper is in (when the reading found no journal, volume or pages)."""
    if any(fields.get(name) for name in ("journal", "booktitle", "volume", "pages")):
        return fields
    found = _EVENT_ENDING_TITLE.match(fields.get("title") or "")
    if not found:
        return fields
    return {**fields, "title": found.group("title"), "booktitle": found.group("event").strip(), "kind": "proceedings"}
