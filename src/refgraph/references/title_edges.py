"""Words at a title's end that a reading gave to the source after it: a part's roman
number ("Contribution to the Draba flora of Greenland. IV. Svensk Bot. Tidskr. 26: 431–447"
read the journal as "IV. Svensk Bot. Tidskr."), a journal's name before its series read as the
title's last sentence, and a place the title names ("… na região
de Colônia: Santo Amaro, São Paulo. Boletim da Sociedade …" read São Paulo as where an
article was published — an article has no place)."""

from __future__ import annotations

import re

from .patterns import SINE_LOCO, capitalised

# (Two numerals at least: a journal may open with a one-letter abbreviation, "I. Mech. E.".)
_ROMAN_PART = re.compile(r"(?P<part>[IVXL]{2,6})\.\s+(?=[A-Z])")


def roman_part_opening_journal(fields: dict) -> dict:
    """The part's number back to the title it ends."""
    journal, title = fields.get("journal") or "", fields.get("title") or ""
    part = _ROMAN_PART.match(journal)
    if not part or not title or len(journal[part.end():].split()) < 1:
        return fields
    title, journal = f"{title.rstrip(' .')}. {part.group('part')}", journal[part.end():]
    # The part's own title before an abbreviated journal: "II. Taxonomy. Canad. J. Bot."
    named = re.match(r"(?P<name>[A-Z][a-z]{3,}(?: [a-z]+){0,6})\.\s+(?P<journal>.+)$", journal)
    if named and len(re.findall(r"\b[A-Z][a-z]{0,6}\.", named.group("journal"))) >= 2:
        title, journal = f"{title}. {named.group('name')}", named.group("journal")
    return {**fields, "title": title, "journal": journal}


# A journal's series or section, which continues the name before it and opens none.
_SERIES_OPENING = re.compile(r"(?:Series|Serie|Série|Section|Sección|Secção|Sect\.|Ser\.)(?=[\s;:,.])")


def series_opening_journal(fields: dict) -> dict:
    """A journal read from its series on ("… in plants. Acta Biologica Cracoviensia. Series;
    Botanica, vol. 57" read with the journal "Series; Botanica"): the title's last sentence,
    capitalised as a journal's name is, is the journal's opening."""
    journal, title = fields.get("journal") or "", fields.get("title") or ""
    head, stop, last = title.rpartition(". ")
    if not (_SERIES_OPENING.match(journal) and stop and head and len(last.split()) >= 2 and capitalised(last)):
        return fields
    return {**fields, "title": head, "journal": f"{last.rstrip(' .')}. {journal}"}


def title_place_read_as_article_place(fields: dict, text: str) -> dict:
    """An article's "place" printed between its title and its journal is the title's end."""
    place, title, journal = fields.get("place") or "", fields.get("title") or "", fields.get("journal") or ""
    if (fields.get("kind", "article") != "article" or not (place and title and journal) or fields.get("publisher")
            or not (fields.get("volume") or fields.get("pages"))):
        return fields
    if not re.search(re.escape(title) + r",\s*" + re.escape(place) + r"\.?\s+" + re.escape(journal), text):
        return fields
    return {**fields, "title": f"{title}, {place}", "place": ""}


# ABNT's "[S.l.]" (no place known) before a publisher, cut at its stops by a reading.
# (The reading may have cut the mark itself at its stop: "… lavoura. [S.l".)
_SINE_LOCO_AT_END = re.compile(rf"\.?\s*(?:{SINE_LOCO}|\[\s*[Ss]\.\s?l\.?)\s*$")


def sine_loco_ending_title(fields: dict) -> dict:
    """The mark of an unknown place read as the title's end ("Memórias da lavoura. [S.l")."""
    title = fields.get("title") or ""
    cut = _SINE_LOCO_AT_END.search(title)
    return {**fields, "title": title[: cut.start()].rstrip(" .")} if cut and cut.start() > 0 else fields
