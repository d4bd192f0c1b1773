"""The series a book is published in, as French, Portuguese, Spanish, Italian and German
imprints print it: "Paris, La Découverte, coll. « Textes à l'appui »", "Paris : PUF (coll.
Le lien social)", "Plon, collection Agora", "São Paulo: Cortez (Coleção Questões da Nossa
Época)", "Stuttgart: Steiner (Schriftenreihe X)". It is no part of the publisher's name,
and it sits where a reader looks for the publisher, the journal or the year; so it is lifted
out of the entry before the entry is read, and given back as the series (CSL's
collection-title, BibTeX's ``series``)."""

from __future__ import annotations

import re

_SERIES_WORD = r"(?:coll\.|[Cc]ollection|[Cc]ole[cç]{1,2}[ãa]o|[Cc]olecci[óo]n|[Cc]ollana|[Rr]eihe|[Ss]chriftenreihe)"
# (Unquoted, a name opens with a word, not an initial — "coll. J.-Cl. Bessac" names a
# collaborator — and has no number: "Reihe D -Biologie 31:1-37" is a journal's.)
_NAME = r"(?:«\s*[^»]{2,120}?\s*»|\"[^\"]{2,120}\"|“[^”]{2,120}”|[A-ZÀ-Ý][^\W\d_]+(?![.\-])[^,;()«»\"“”\d]{0,80}?)"
_NUMBER = r"(?:\s*,?\s*(?:n°|nº|no\.|n\.|vol\.|Bd\.|t\.)\s*\d+|\s*,\s*(?!(?:1[5-9]|20)\d\d)\d{1,4}(?=\s*[,.]))?"
# After a comma (the imprint's next part) or inside brackets, never after a stop: "Tallgren
# A.M. Collection Zaoussailov. Helsingfors" is a title that begins with the word.
_STATEMENT = re.compile(
    rf",\s*{_SERIES_WORD}\s*:?\s*(?P<a>{_NAME}){_NUMBER}(?=\s*[.,;]|\s*$)"
    rf"|\s*\(\s*{_SERIES_WORD}\s*:?\s*(?P<b>{_NAME}){_NUMBER}\s*\)"
)


def lift_series(text: str) -> tuple[str, str]:
    """``text`` without its one series statement, and the series' name (unquoted); the text
    unchanged and "" when there is none, or more than one (a list run together)."""
    found = list(_STATEMENT.finditer(text))
    if len(found) != 1:
        return text, ""
    statement = found[0]
    name = (statement.group("a") or statement.group("b")).strip(" «»\"“”")
    return text[: statement.start()] + text[statement.end():], name


# A publisher's numbered book series, which computing and engineering proceedings print after
# the book's name: "Advances in Cryptology—CRYPTO 2005, Lecture Notes in Computer Science
# Volume 3494, 2005", Springer's "CRYPTO 2019. LNCS, vol. 11692, pp. 1–20". The number is the
# series' volume, and the name stands between the book and its pages, where a reader would
# take it for the book's (or the title's) last words. Named series only: a bare "Volume 2"
# after a book is the book's own.
_BOOK_SERIES = re.compile(
    r"[,.]\s*(?P<name>Lecture\s+Notes\s+in\s+[A-Z][A-Za-z ]{2,60}?|LN[A-Z]{1,3}"
    r"|Advances\s+in\s+Intelligent\s+Systems\s+and\s+Computing|Communications\s+in\s+Computer\s+and\s+Information\s+Science"
    r"|CCIS|Studies\s+in\s+Computational\s+Intelligence|Springer\s+(?:Proceedings|Series)\s+in\s+[A-Z][A-Za-z ]{2,40}?)"
    r"(?:\s*,?\s*(?:Volume|Vol\.?|vol\.?)\s*(?P<volume>\d{1,5}))?(?=\s*[,.;]|\s*$)")


def lift_book_series(text: str) -> tuple[str, str, str]:
    """``text`` without a publisher's named series, the series' name and its volume ("" when
    it prints none); the text unchanged and two empty strings when it names none."""
    found = _BOOK_SERIES.search(text)
    if not found or (not found.group("volume") and found.group("name").startswith("LN")):
        return text, "", ""  # (a bare "LNCS" with no number may be a title's word)
    name = re.sub(r"\s+", " ", found.group("name")).strip()
    # (The mark before the series stays unless one follows it: "Sciences. Springer Series
    # in Synergetics, Berlin" keeps the title's stop; "CRYPTO 2005, Lecture Notes …, 2005" one comma.)
    kept = "" if text[found.end(): found.end() + 1] in (",", ".", ";") else text[found.start()]
    return text[: found.start()] + kept + text[found.end():], name, found.group("volume") or ""


def with_book_series(fields: dict, name: str, volume: str) -> dict:
    """``fields`` with the lifted series given back: its name as the series, its number as
    the volume (the year in a proceedings' name, "CRYPTO 2019", is none); where the series
    was the only source printed ("Lecture Notes in Business Information Processing, 20:
    420–431, 2009"), it stands as the container."""
    if not name:
        return fields
    fields = {**fields, "series": fields.get("series") or name, "volume": volume or fields.get("volume", "")}
    if fields.get("kind", "article") in ("article", "misc") and not (fields.get("journal") or fields.get("booktitle") or fields.get("publisher")):
        fields["journal"] = name
    return fields
