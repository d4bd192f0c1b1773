"""Talks and posters at meetings, as AMA and NLM print them: "Smith J. Ketamine and
depression. Paper presented at: 55th Annual Meeting of the ACNP; December 4-8, 2016;
Hollywood, FL." The meeting is the "book", its dates give the year, and the place after
them is where it met — no publisher's."""

from __future__ import annotations

import re

from .patterns import YEAR

_STATEMENT = (r"[.?!]\s+(?:(?:Paper|Poster|Abstract|Talk|Oral(?: presentation)?|Presentation|Symposium)\s+)?"
              r"[Pp]resented\s+at\s*:?\s+")
_PRESENTED = re.compile(_STATEMENT + r"(?P<meeting>[^;]{4,200});\s*(?P<dates>[^;]{0,40}?\b(?P<year>" + YEAR
                        + r")\b[^;]{0,20});\s*(?P<place>[^;]{2,80}?)\.?\s*$")
_STATEMENT_IN_TITLE = re.compile(_STATEMENT)


def presented_at_meeting(fields: dict, text: str) -> dict:
    """The talk read from its fixed shape, when the reading ran its title on into the
    statement ("Ketamine and depression. Poster presented at: ECNP Congress")."""
    found = _PRESENTED.search(text)
    run_on = _STATEMENT_IN_TITLE.search(fields.get("title") or "")
    if not found or not run_on or fields.get("journal"):
        return fields
    return {**fields, "title": fields["title"][: run_on.start()], "booktitle": found.group("meeting").strip(),
            "year": found.group("year"), "place": found.group("place").strip(), "publisher": "", "kind": "proceedings"}


def meeting_place_read_as_publisher(fields: dict, text: str) -> dict:
    """AMA's and NLM's talk, "Paper presented at: 55th Annual Meeting of the ACNP; December
    4-8, 2016; Hollywood, FL.": what follows the meeting's dates at the end is where it met,
    not a publisher."""
    publisher = fields.get("publisher") or ""
    if fields.get("kind") != "proceedings" or not publisher or fields.get("place"):
        return fields
    if not re.search(rf";[^;]*\b{YEAR}\s*;\s*{re.escape(publisher)}\.?\s*$", text):
        return fields
    return {**fields, "publisher": "", "place": publisher}
