"""Names that end at a colon, as Copernicus, DIN 1505 and German house styles print them:
a body ("World Meteorological Organization: State of the Global Climate 2021, …") or
people given-name first ("Klaus Klemm und Ulf Preuss-Lausitz: Gutachten …"), which a
reading with no author, or with only the first, keeps inside a field."""
from __future__ import annotations

import re

from .model import Author
from .patterns import capitalised
from .people import parse_names
from .places import known_place
from .work_kinds import names_a_body


# Copernicus and DIN 1505 set a colon after the names, a body's too: "World Meteorological
# Organization: State of the Global Climate 2021, WMO-No. 1290, Geneva, 2022."
_BODY_AND_COLON = re.compile(r"(?P<body>[A-Z][^.?!:;,\d()\[\]]{1,150}?)\s*:\s+(?=\S)")


def body_before_colon(fields: dict, text: str) -> dict:
    """The body before the colon that opens the entry, which a reading with no author
    kept inside a field ("World Meteorological Organization: State of …" as a journal,
    "Federación Internacional de Diabetes: Diabetes Atlas, IDF" as a publisher): the body
    is the author, and the words after the colon the field's, or the title where the
    reading had none.

    Only when the words before the colon are capitalised, name a body or are its acronym
    ("IPCC:"), no person or editor was read, and the words after the colon open with a
    capital: a title's own colon follows no body ("Depression: a review", "Centre
    Pompidou: an occasional series …")."""
    if fields.get("authors") or fields.get("editors"):
        return fields
    head = _BODY_AND_COLON.match(text)
    if not head:
        return fields
    body = head.group("body").strip()
    if not (re.fullmatch(r"[A-Z][A-Z&-]{1,9}", body) or (capitalised(body) and names_a_body(body) and len(body.split()) <= 12)):
        return fields
    numbered = any(fields.get(f) for f in ("volume", "issue", "pages"))
    for field in ("journal", "booktitle", "publisher", "place"):
        value = fields.get(field) or ""
        # (A journal with its volume may open so: "Society: An International Journal, 29(4)";
        # a title so opened is body_heading_title's to judge.)
        rest = re.match(rf"{re.escape(body)}\s*:\s*(?P<rest>[A-Z\d\"“‘'(].+)", value)
        if not rest or (field == "journal" and numbered):
            continue
        mended = {**fields, "authors": (Author(literal=body),)}
        if fields.get("title"):
            mended[field] = rest.group("rest")
        else:  # the work itself, read as its source: "… Organization: State of the Global Climate"
            mended.update({"title": rest.group("rest"), field: ""})
            if not numbered and not mended.get("journal"):
                mended["kind"] = "online" if fields.get("url") else "report" if fields.get("kind") == "report" else "book"
        return mended
    return fields


# German house styles print the names given-name first and end them with a colon: "Andreas
# Hinz, Ines Boban: Integrative Berufsvorbereitung. Berlin: Luchterhand 2001." A person is
# a given name (hyphenated or with a middle initial), particles, and a surname.
_GIVEN_FIRST_PERSON = (r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:\s[A-Z]\.)?"
                       r"(?:\s(?:von|van|de|der|den|zu|vom|zur|di|da|du|le|la))*\s[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
_GIVEN_FIRST_NAMES_AND_COLON = re.compile(
    rf"(?P<names>{_GIVEN_FIRST_PERSON}(?:(?:,\s|\s(?:und|and|u\.|&|et|e|y)\s|\s?/\s?){_GIVEN_FIRST_PERSON}){{0,5}})"
    r":\s+(?=[A-ZÀ-Þ\d\"„“‘'«])")


def given_first_names_before_colon(fields: dict, text: str) -> dict:
    """The people before the colon that opens a German entry ("Georg Feuser: Behinderte
    Kinder …", "Klaus Klemm und Ulf Preuss-Lausitz: Gutachten …"), which the reading left in
    the title whole or in part: they are the authors, the title starts after the colon.

    Only when the title read opens with the names (or with the ones the reading did not
    take, joined by "und", "and" or "&"), every person is a given name and a surname, and
    no person names a body."""
    head = _GIVEN_FIRST_NAMES_AND_COLON.match(text)
    title = fields.get("title") or ""
    if not head or fields.get("editors") or ":" not in title or names_a_body(head.group("names")):
        return fields
    names = head.group("names")
    lead, rest = (part.strip() for part in title.split(":", 1))
    if not (rest and lead and names.endswith(lead) and text.startswith(names)):
        return fields
    people, _ = parse_names(names)
    read = fields.get("authors") or ()
    if len(people) < 1 or len(read) >= len(people) or not all(p.family and p.initials for p in people):
        return fields
    if any(a.family != b.family for a, b in zip(read, people)):
        return fields  # (the reading's names must be the first of these)
    if read and re.search(r",\s*$", names[: len(names) - len(lead)]):
        # After names the reading took, a comma may as well end them and open Chicago's
        # title: "Benedict Anderson, Imagined Communities: Reflections on …".
        return fields
    return {**fields, "authors": people, "title": rest}


# DIN 1505's names, surname first with the given names written out: "Foucault, Michel:
# Überwachen und Strafen.", "Sander, Alfred; Christ, Klaus: …".
_INVERTED_PERSON = (r"(?:(?:von|van|de|der|den|zu|di|da|du|le|la)\s)*[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?,\s"
                    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[\s-][A-ZÀ-Þ][a-zß-ÿ]+|\s[A-Z]\.)?")
_INVERTED_NAMES_AND_COLON = re.compile(rf"(?P<names>{_INVERTED_PERSON}(?:\s?[;/]\s?{_INVERTED_PERSON}){{0,5}}):\s+(?=[A-ZÀ-Þ\d\"„“‘'«])")


def inverted_names_before_colon(fields: dict, text: str) -> dict:
    """DIN's surname-first names ended by a colon, which a reading with no author kept as
    the title's opening: they are the authors.

    Only when no person was read, the title opens with the names, and the words before the
    comma are no town ("Berlin, Germany: …")."""
    head = _INVERTED_NAMES_AND_COLON.match(text)
    title = fields.get("title") or ""
    if not head or fields.get("authors") or fields.get("editors") or not title.startswith(head.group("names")):
        return fields
    names = head.group("names")
    if known_place(names.split(",")[0]) or names_a_body(names):
        return fields
    people, _ = parse_names(names)
    rest = title[len(names):].lstrip(" :")
    if not people or not rest or not all(p.family and p.initials for p in people):
        return fields
    return {**fields, "authors": people, "title": rest}
