"""Where a publisher meets its place with no separator between them, and where a place
with its year was read as a journal: "Westview Press Boulder, CO." (the comma or colon
lost), and the humanities' "Title, Kent 1970.", "Tři studie, Praha 1994." (a place and a
year, printed with a space, end a book's entry the way a journal and its numbers end an
article's)."""

from __future__ import annotations

import re

from .patterns import PUBLISHER_WORD, YEAR
from .places import known_place

_PUBLISHER_THEN_TOWN = re.compile(rf"(?P<publisher>.*?{PUBLISHER_WORD.pattern}\.?)\s+(?P<place>[A-Z][^,]*(?:,\s*[A-Z][\w.]*)*)$")


def place_glued_to_publisher(fields: dict) -> dict:
    """"Westview Press Boulder, CO" read as the publisher: the words after the publisher's
    own word ("Press", "Verlag", "Books") that name a known town are the place."""
    publisher = fields.get("publisher") or ""
    if fields.get("place") or not publisher:
        return fields
    glued = _PUBLISHER_THEN_TOWN.fullmatch(publisher)
    if (not glued or not known_place(glued.group("place"))
            or re.fullmatch(r"(?i:co|corp|inc|ltd|llc|gmbh|s\.?a|ag|plc|pty)\.?", glued.group("place"))):
        return fields
    return {**fields, "publisher": glued.group("publisher"), "place": glued.group("place")}


def town_and_year_read_as_journal(fields: dict, text: str) -> dict:
    """A "journal" that ends in a known town printed straight before the year, with no
    volume, issue or pages: the book's place; what came before the town in the "journal"
    is the publisher when it is one by its initials or words ("PWE, Warszawa 2000."), else
    the title's last sentence ("Diskurs, autor, genealogie. Tři studie, Praha 1994.")."""
    journal = fields.get("journal") or ""
    if not journal or fields.get("place") or any(fields.get(f) for f in ("volume", "issue", "pages", "booktitle")):
        return fields
    head, comma, town = journal.rpartition(", ")
    if head.count("(") > head.count(")"):
        return fields  # a meeting's bracketed place, "IEEE/RSJ IROS '91 (Osaka, Japan), 1991", is its name's
    # (NLM's book prints a semicolon there, "Geneva; 1995.", and some a comma: "Bélgica, 2003.")
    if not known_place(town) or not re.search(rf"\b{re.escape(town)}[;,]?\s+{YEAR}\b", text):
        return fields
    title, publisher = fields.get("title") or "", fields.get("publisher") or ""
    if head and not publisher and (re.fullmatch(r"[A-Z&]{2,}(?: [A-Z&]{2,})*", head) or PUBLISHER_WORD.search(head)):
        publisher = head  # Polish "Metody statystyczne. PWE, Warszawa 2000.": the house, by its initials
    elif head:
        title = f"{title}. {head}" if title else head
    kind = fields.get("kind") if fields.get("kind") in ("software", "dataset", "report", "thesis") else "book"
    return {**fields, "journal": "", "place": town, "title": title, "publisher": publisher, "kind": kind}
