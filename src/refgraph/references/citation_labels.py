"""Entries listed under the citation that cites them: "Berman et al., 2000" / "R.M.
Berman, A. Cappiello, … / Antidepressant effects … / Biol. Psychiatry, 47 (2000), …".

ScienceDirect's pages (and the text copied or converted from them) print each entry of an
author–date list under its citation, on a line of its own; the entry proper follows with
its names and year. The citation is the entry's label, not its first author: left in,
it reads as two name lists ("Berman; et al.; Berman RM; …") and a title lost.

A paragraph opens with such a label only when the names right after it include the
label's first surname and the label's year comes again later: "Krystal, 2007. Title …"
(Harvard without brackets) is an entry, not a label before one. A list is read so only
when most of its entries open that way.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .people import OTHER_ET_AL

# A name of up to five words ("Do Vale", "Prat I Fornells", "R Core Team", a group's
# "1000 Genomes Project Consortium"): what follows the label confirms it, so the shape
# itself can be loose.
_NAME = r"(?:\d+\s)?[^\W\d_][\w'’‐-]*(?:\s[^\W\d_][\w'’‐-]*){0,4}?"
# "et al." as printed, in italics or not, or Latin in full ("*et alii*", French usage), or
# in the list's own language ("Ferrari u. a. 2013", German archaeology).
_ET_AL = rf"[*_]?(?:et\s+al(?:\.|ii\b|\b)|{OTHER_ET_AL})[*_]?\.?"
# A label names one person and "et al.", or two joined as the list's language joins them or
# by a slash ("Insel / Scolnick 2006"), or several; it may end in a colon, a dash or a comma
# before its entry ("Abdallah et alii 2014 : ABDALLAH (C. G.), …", "Altamura et alii 1993,
# Altamura C. A., Mauri M. C., …"), or an equals sign (Italian humanities: "Abdallah 2014 =
# C. G. Abdallah, …"); or in square brackets (J.UCS: "[Abdallah et al., 2014] Abdallah, C. G., …").
_LABEL = re.compile(
    rf"^(?P<open>\[)?(?P<label>(?P<name>{_NAME})(?:\s+{_ET_AL}|(?:,\s+{_NAME}){{0,3}}(?:\s+(?:and|&|et|und|y|e)\s+|\s*/\s*){_NAME}|(?:,\s+{_NAME}){{1,3}})?"
    rf",?\s+(?P<year>(?:1[6-9]|20)\d\d)(?P<suffix>[a-z]?))(?(open)\])(?:\s*(?P<separator>[:–—,=]))?\s+(?=\S)")
_MOST = 0.6
_HYPHENS = re.compile(r"[‐‑‒–-]")


def is_label_line(line: str) -> bool:
    """Whether ``line`` holds nothing but a citation ("Berman et al., 2000")."""
    # (The pattern wants text after the label, as in an entry: give it some.)
    match = _LABEL.match(line.strip() + " x")
    return bool(match) and len(match.group("label")) == len(line.strip().rstrip(":–—, "))


class CitationLabel(NamedTuple):
    """The citation an entry is listed under, and the entry after it."""
    label: str  # "Berman et al., 2000"
    suffix: str  # the year's letter, "a" of "2006a"
    rest: str  # the entry proper
    year: str  # the label's year, which the entry may not print again


def citation_label(text: str) -> CitationLabel | None:
    """The citation ``text`` opens with, when it does."""
    match = _LABEL.match(text)
    if not match:
        return None
    rest = text[match.end():]
    names = rest[:80 + len(match.group("name"))]
    # (Any hyphen: the label may print "Maier-Reimer" with the ASCII one, the entry "Maier‐Reimer".)
    name = _HYPHENS.sub("-", match.group("name"))
    # (In either case: the label may print "Abdallah", the entry "ABDALLAH (C. G.)".)
    if not re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", _HYPHENS.sub("-", names), re.I):
        return None
    if not (match.group("separator") or match.group("open")) and not re.search(rf"(?<!\d){match.group('year')}(?!\d)", rest):
        # (A label set apart by its own mark may be the only place the year is printed:
        # "Altamura et alii 1993, Altamura C. A., …, *Am J Psychiatry*, 150, 1731–1733.")
        return None
    return CitationLabel(match.group("label"), match.group("suffix"), rest, match.group("year"))


def fields_by_line(written: str, label: str) -> str | None:
    """The entry under a label that stands alone on its line, its lines joined as fields:
    such pages set names, title and source each on a line of their own, and a line that
    ends without a mark ends its field ("J.H. Krystal" / "Ketamine and …" is "J.H.
    Krystal. Ketamine and …", not a surname "Krystal Ketamine"). ``None`` when the label
    shares its line."""
    lines = [line.strip() for line in written.split("\n") if line.strip()]
    if len(lines) < 3 or lines[0] != label:
        return None
    joined = lines[1]
    for line in lines[2:]:
        joined += (" " if joined[-1] in ".,;:?!" else ". ") + line
    return joined


def listed_under_citations(texts: list[str]) -> list[CitationLabel | None] | None:
    """Each entry's citation label when most of ``texts`` open with their citation
    (those that do not keep ``None``); ``None`` for a list not laid out so."""
    if len(texts) < 2:
        return None
    found = [citation_label(text) for text in texts]
    return found if sum(item is not None for item in found) >= _MOST * len(texts) else None
