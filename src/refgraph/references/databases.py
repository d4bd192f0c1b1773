"""NLM's entry in a database (Citing Medicine, chapter 14): "PubChem [Internet]. Bethesda
(MD): National Library of Medicine (US), National Center for Biotechnology Information;
2004-. PubChem Compound Summary for CID 3821, Ketamine; [cited 2021 Jan 5]. Available
from: https://…". The database is the container, its imprint the place and publisher,
the year it opened ("2004-") the date, and the part after the imprint the entry's title."""
from __future__ import annotations

import re

from .patterns import YEAR

_DATABASE_PART = re.compile(
    rf"^(?P<database>[^.\[\]]{{2,150}}?)\s*\[(?:Internet|database on the Internet|online)\]\.\s*"
    rf"(?P<place>[^:;.\[\]]{{2,60}}):\s*(?P<publisher>[^;\[\]]{{2,200}});\s*"
    rf"(?P<year>{YEAR})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*[-–]\s*\.?\s*"
    r"(?P<part>[^;\[\]]{3,300}?)\s*(?:;|\.\s|\[|$)", re.I)


def database_part(fields: dict, text: str) -> dict:
    """The entry read from the database's shape, where the reading found no author and
    took the imprint or the database for the title."""
    found = _DATABASE_PART.match(text)
    if not found or fields.get("authors") or fields.get("journal"):
        return fields
    part = found.group("part").strip(" .")
    if not re.search(r"[^\W\d_]{3}", part) or part.lower().startswith(("available", "cited", "updated")):
        return fields
    return {**fields, "kind": "online", "title": part, "booktitle": found.group("database").strip(),
            "publisher": found.group("publisher").strip(), "place": found.group("place").strip(), "year": found.group("year")}
