"""Where a list's last person meets the title, in styles the tagger learned little of:
a separator dash ("…, Fenton, L. R. – Decreased …", "NICIU (M. J.) – …"), or a bare year
that cuts the last name in two ("…, and A. Cappiello 2000 “Attenuation …”", "…, and Vos,
T 2013 Global …"). Each mend reads the tagger's spans as name_edges' do (``values``:
field → text, ``where``: field → (start, end) in ``text``) and moves a boundary only when
the string's own shape says so.
"""
from __future__ import annotations

import re

from .patterns import NAME_SUFFIX


def mend_last_person(text: str, values: dict, where: dict) -> None:
    _title_after_the_joined_last_person(text, values, where)
    _initials_before_dash_in_title(text, values, where)
    _title_after_dash_in_names(text, values, where)
    _rest_of_last_name_and_year_opening_title(text, values, where)
    _surname_before_quoted_title(text, values, where)


def respan(text: str, values: dict, where: dict, field: str, start: int, end: int) -> None:
    """Set ``field`` to ``text[start:end]``, value and span together."""
    values[field], where[field] = text[start:end], (start, end)


# Initials, then the dash some styles set between the names and the title: "R. – ".
# (Or the last person whole, surname and initials: "…, SHARAF I. – Multi-day …", "…, Black, A. – …".)
_INITIALS_THEN_DASH = re.compile(
    r"(?P<initials>(?P<surname>[A-ZÀ-Þ][\w'’‐-]+(?:\s+[A-ZÀ-Þ][\w'’‐-]+)?,?\s+)?(?:(?:[A-Z][a-z]?\.[\s‐-]?){1,3}\)?(?:,?\s+"
    rf"{NAME_SUFFIX}(?!\w))?|{NAME_SUFFIX}(?!\w)))\s*(?:[–—]|\s-)\s+(?=\S)")


def _initials_before_dash_in_title(text: str, values: dict, where: dict) -> None:
    """Give the last person back the initials the tagger opened the title with: "Fenton,
    L. R. – Decreased …" and "NICIU (M. J.) – Decreased …" read as "Fenton, L." and a
    title "R. – Decreased …", or the whole last person ("…, SHARAF I. – Multi-day …"). No
    title opens with initials and a separator dash, and the names must end where the title
    starts (an initial, a comma or a bracket between)."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    initials = _INITIALS_THEN_DASH.match(text, title_start, title_end)
    between = text[names_end:title_start]
    if not initials or initials.end() >= title_end or not re.fullmatch(r"[\s.,;(]*", between):
        return
    if initials.group("surname") and not re.search(r"[,;]", between):
        return  # (a person of its own follows the separator of the names before)
    respan(text, values, where, "authors", names_start, initials.end("initials"))
    respan(text, values, where, "title", initials.end(), title_end)


# A spaced dash inside what the tagger read as names: "…, Santonastaso, P. – Prevalence,".
# (Not before initials: Italian classics part the people with dashes, "B.A. Stolz – R.S. Shannon".)
_SPACED_DASH = re.compile(r"\s[–—]\s+(?=[^\W\d_])(?![A-Z]\.)")


def _title_after_dash_in_names(text: str, values: dict, where: dict) -> None:
    """Give the title the words the tagger ran on into the names past a separator dash
    ("Rosson, S., Santonastaso, P. – Prevalence, incidence and …" read as a last person
    "– Prevalence, P."): the names end at the dash. Only after a person's initials, when a
    few words, not initials, follow the dash and the title the tagger found opens right
    after them."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    dash = _SPACED_DASH.search(text, names_start, names_end)
    # (After a person's initials: "BLS – US Bureau of Labor Statistics" is one group's name.)
    if (not dash or not _ENDS_ON_INITIALS.search(text[names_start:dash.start()]) or len(text[dash.end():names_end].split()) > 6
            or not re.fullmatch(r"[\s,;.:]*", text[names_end:title_start])):
        return
    respan(text, values, where, "authors", names_start, names_start + len(text[names_start:dash.start()].rstrip()))
    respan(text, values, where, "title", dash.end(), title_end)


# The list's last person is cut in two: given name first, it ends on initials ("…, and
# A."), and the title opens with the surname and the bare year ("Cappiello 2000 “…”");
# inverted, it ends on the surname's comma ("…, and Vos,"), and the title opens with the
# initials and the year ("T 2013 Global …", JORS's undotted initials).
_ENDS_ON_INITIALS = re.compile(r"(?:^|[\s,])(?:[A-Z]\.[\s‐-]?){1,3}$")
_ENDS_ON_SURNAME_COMMA = re.compile(r"[^\W\d_][\w'’‐-]+\s*,$")
_SURNAME_THEN_YEAR = re.compile(r"(?P<rest>[A-ZÀ-Þ][\w'’‐-]+)\s+(?P<year>(?:1[6-9]|20)\d\d[a-z]?)[.,:]?\s+(?=\S)")
_INITIALS_THEN_YEAR = re.compile(r"(?P<rest>[A-Z]\.?(?:[\s‐-]?[A-Z]\.?){0,2})\s+(?P<year>(?:1[6-9]|20)\d\d[a-z]?)[.,:]?\s+(?=\S)")


def _rest_of_last_name_and_year_opening_title(text: str, values: dict, where: dict) -> None:
    """Give the last person the rest of their name, and the date the year, that the tagger
    opened the title with: "…, X. S. Hu, and A. Cappiello 2000 “Attenuation …”" read as a
    last name "A." and a title "Cappiello 2000 “Attenuation …”", and "…, Patten, S B, and
    Vos, T 2013 Global variation …" as "Vos" and "T 2013 Global variation …". Only with no
    date found elsewhere."""
    if "authors" not in values or "title" not in values or "date" in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    names = text[names_start:title_start].rstrip()
    if _ENDS_ON_INITIALS.search(names):
        opening = _SURNAME_THEN_YEAR.match(text, title_start, title_end)
    elif _ENDS_ON_SURNAME_COMMA.search(names):
        opening = _INITIALS_THEN_YEAR.match(text, title_start, title_end)
    else:
        return
    if not opening or opening.end() >= title_end or text[names_end:title_start].strip(" ,"):
        return
    respan(text, values, where, "authors", names_start, opening.end("rest"))
    respan(text, values, where, "date", opening.start("year"), opening.end("year"))
    respan(text, values, where, "title", opening.end(), title_end)


# The person after the list's joining word is its last: "…, K. Cooper e P. Lim, A Double-Blind,
# Randomized …" (given names first, so no comma belongs inside that person's name).
_JOINED_LAST_GIVEN_FIRST = re.compile(
    r"(?:,\s*|\s)(?:and|&|e|y|et|und)\s+(?:[A-Z]\.[\s‐-]?){1,3}\s*(?:[a-z]+\s)*[A-Z][\w'’‐-]+(?:\s[A-Z][\w'’‐-]+)?"
    r"(?P<comma>\s*,\s*)(?P<rest>[^\W\d_].*)$")


def _title_after_the_joined_last_person(text: str, values: dict, where: dict) -> None:
    """Give the title the words the tagger read as one more person after the list's last:
    "J. B. Singh, …, K. Cooper e P. Lim, A Double-Blind, Randomized …" had gained "A
    Double-Blind" as a person. After "and" (or "e", "y", "et", "&") and a given-first name
    the names are done; what follows the comma opens the title the tagger found next."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    joined = _JOINED_LAST_GIVEN_FIRST.search(text, names_start, names_end)
    if (not joined or re.search(r"\bet\.?\s*al\b", joined.group("rest"))
            or not re.fullmatch(r"[\s,.;:]*", text[names_end:title_start])):
        return
    respan(text, values, where, "authors", names_start, joined.start("comma"))
    respan(text, values, where, "title", joined.start("rest"), title_end)


# Given-first initials ending the names ("& L. M.", "and L. M.", ", L. M."), then a surname
# and a quoted title with no mark between: "C. Bjorkholm & L. M. Monteggia “BDNF …”".
# (A list printed given name first opens so: "Ito, T., Onoda, T." ends on initials too.)
_OPENS_ON_GIVEN_INITIALS = re.compile(r"\s*(?:[A-Z][a-z]?\.[\s‐-]?){1,3}(?:[A-ZÀ-Þ][\w'’‐-]|\s*$)")
# (Its "et al." may follow it: "C. A. Altamura ほか 「Plasma …」", "… Altamura et al. “Plasma …”".)
_SURNAME_THEN_QUOTE = re.compile(r"(?P<surname>[A-ZÀ-Þ][\w'’‐-]+(?:\s+[A-ZÀ-Þ][\w'’‐-]+)?(?:\s+(?:ほか|他|et\s+al\.?))?)\s+(?=[“\"«‘„])")


def _surname_before_quoted_title(text: str, values: dict, where: dict) -> None:
    """Give the last person back the surname the tagger opened the title with, where the
    names are printed given name first and nothing but a space parts them from the quoted
    title (Japanese law reviews, "… ほか 「Title」" and "C. Bjorkholm & L. M. Monteggia
    “BDNF …”"): a quote opens no title after its first word."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    surname = _SURNAME_THEN_QUOTE.match(text, title_start, title_end)
    if (not surname or not text[names_end:title_start].isspace()
            or not _OPENS_ON_GIVEN_INITIALS.match(values["authors"])
            or not _ENDS_ON_INITIALS.search(values["authors"].rstrip())):
        return
    respan(text, values, where, "authors", names_start, surname.end("surname"))
    respan(text, values, where, "title", surname.end(), title_end)

