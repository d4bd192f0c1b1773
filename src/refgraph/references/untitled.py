"""Works cited by their titles, with no author: Chicago's and MLA's anonymous books,
dictionaries, encyclopedias and editions ("A Heidegger Dictionary. Ed. Michael J. Inwood.
Oxford: Blackwell, 1999.", "Beowulf. Translated by Alan Sullivan …", "Encyclopedia of
Psychology. Edited by A. E. Kazdin. Washington, DC: …"). A reading that expects names first
takes the title for a person ("Heidegger Dictionary, A.") or for the book a chapter is in."""

from __future__ import annotations

import re

from .work_kinds import names_a_body

# What follows a title and never a person's name: the editor's or translator's statement,
# an edition, or the imprint's "Place:".
_AFTER_A_TITLE = re.compile(
    r"\s*(?:(?:Ed|Eds|Trans|Comp)\.\s|(?:[Ee]dited|[Tt]ranslated|[Cc]ompiled|[Ii]ntroduced)\s+by\s"
    r"|\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b|[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s?:\s)")
# The first sentence: up to a stop that ends a word of two or more letters (not an initial).
_FIRST_SENTENCE = re.compile(r"(?P<sentence>[^.]{2,200}?[^\W\d_]{2}[’']?s?)\.(?=\s)")


def title_read_as_author(fields: dict, text: str) -> dict:
    """The title back from the names: no title was read, one "person" was, and that person
    is the entry's whole first sentence, printed without a comma, colon or number (so not
    "Surname, I.", "Vorname Name: Titel" or "Carson Rachel 1962 Silent Spring") and followed by what only follows a title."""
    authors = fields.get("authors") or ()
    if fields.get("title") or fields.get("journal") or len(authors) != 1 or fields.get("names_role"):
        return fields
    first = _FIRST_SENTENCE.match(text.lstrip())
    if not first or re.search(r"[,:;\d]", first.group("sentence")) or not _AFTER_A_TITLE.match(text.lstrip(), first.end() + 1):
        return fields
    sentence = first.group("sentence").strip()
    person = authors[0].family or authors[0].literal
    if person not in sentence or names_a_body(sentence):
        return fields
    return {**fields, "authors": (), "title": sentence}


def book_read_as_chapter(fields: dict) -> dict:
    """"Encyclopedia of Psychology. Edited by A. E. Kazdin. Washington, DC: …" read as a
    chapter with no title and no authors in that book: it is the book, and its editors'."""
    if (fields.get("kind") != "chapter" or fields.get("title") or fields.get("authors") or not fields.get("booktitle")
            or not fields.get("editors") or fields.get("pages")):
        return fields
    return {**fields, "kind": "book", "title": fields["booktitle"], "booktitle": ""}
