"""A legal act filed under its own designation, with no author before it: Brazilian APA's
"Lei n° 13.146, de 6 de julho de 2015. Institui a Lei Brasileira de Inclusão …", "Resolução
nº 4, de 2 de outubro de 2009. Institui …", Spanish "Ley 39/2015, de 1 de octubre, …".

The designation is the work's name: it opens the title, and the text cites the act by it
("(Lei n° 13.146/2015)"). Read as a journal entry it loses both: its number becomes a
volume ("13.146" → 146) and its first words a person ("Resolução nº" → "nº R"). The act's
date gives the year. (An act under its country's name, ABNT's "BRASIL. Lei nº 8.080, de 19
de setembro de 1990. …", is read by the ordinary rules: the country is its author.)
"""
from __future__ import annotations

import re

from .identifiers import MONTH_NAME
from .patterns import YEAR

# The kinds of act the Portuguese and Spanish lists cite by designation.
ACT_KIND = (r"(?:Lei(?:\s+Complementar)?|Decreto(?:-Lei)?|Resolu[çc][ãa]o|Portaria|Nota\s+T[ée]cnica|Medida\s+Provis[óo]ria"
            r"|Instru[çc][ãa]o\s+Normativa|Emenda\s+Constitucional|Parecer|Delibera[çc][ãa]o|Ley(?:\s+Org[áa]nica)?"
            r"|Real\s+Decreto|Decreto\s+Supremo|Resoluci[óo]n)")
# "nº 13.146", "n° 4", "no 6.949", "39" (Spain numbers an act within its year: "39/2015").
_ACT_NUMBER = r"(?:n\.?\s*[º°o]\.?\s*|n\.\s*|núm\.\s*)?\d[\d.]*"
# "de 6 de julho de", "de 25 agosto de", "de 1 de octubre": the act's day, before its year.
_ACT_DAY = rf",?\s+de\s+\d{{1,2}}º?\s+(?:de\s+)?{MONTH_NAME}(?:\s+de)?"
# (Citing Medicine names the jurisdiction after the act, "Resolução nº 546, de 9 de maio de
# 2017 (BR).", and the gazette that printed it after the act's summary.)
_ACT_OPENING = re.compile(
    rf"(?P<designation>{ACT_KIND}\s+{_ACT_NUMBER}(?:/(?P<number_year>{YEAR}))?)"
    rf"(?:\s*{_ACT_DAY}(?:\s+(?P<year>{YEAR}))?)?(?:\s*\((?P<jurisdiction>[A-Z]{{2,3}})\))?\s*[,.]")
_GAZETTE = re.compile(r"\b(?:Di[áa]rio Oficial(?: da União| del? [A-ZÀ-Þ][\w ]{1,40}?)?|Bolet[íi]n Oficial del Estado|Federal Register"
                      r"|Official Gazette|Journal officiel(?: de la République française)?|Bundesgesetzblatt)(?=\s*[\[.,;:]|$)")


# ABNT's act under the name of the country or body that made it, in capitals: "BRASIL.
# Decreto nº 5.773, de 9 de maio de 2006. Dispõe sobre … Diário Oficial da União, Brasília,
# DF, 10 maio 2006." (A reader takes "Decreto nº" for a person and the number for a volume.)
# (Or in Vancouver's mixed case, "Brasil. Lei nº 9.985, de 18 de julho de 2000.": the act's
# designation after it says what the name is.)
_MAKER = re.compile(r"(?P<maker>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|D[AEO]S?|DEL|E|Y)){0,5}"
                    r"|[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+(?:[A-ZÀ-Þ][a-zß-ÿ]+|d[aeo]s?|del|e|y)){0,3})\.\s+")
# Where an act's summary ends before the imprint or the address: "… Conservação. Brasília,
# DF: Presidência da República, 2000.", "… 2000. Disponível em …".
_AFTER_SUMMARY = re.compile(r"\.\s+(?:[A-ZÀ-Þ][\w'’ -]{1,30}(?:,\s*[A-Z]{2})?:\s|(?:Dispon[íi]vel|Available|Acesso|Accessed)\b)")


_GAZETTE_PAGES = re.compile(r"\bpp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)")


def act_fields(core: str) -> dict | None:
    """The fields of an entry that opens with an act's designation and date, or None."""
    opening = _ACT_OPENING.match(core)
    maker = None if opening else _MAKER.match(core)
    if maker:
        opening = _ACT_OPENING.match(core, maker.end())
    year = opening and (opening.group("year") or opening.group("number_year"))
    if not year:
        return None
    if maker:
        from .model import Author

        gazette = _GAZETTE.search(core, opening.end())
        summary_end = _AFTER_SUMMARY.search(core, opening.end())
        ends = [m.start() for m in (gazette, summary_end) if m]
        title = core[opening.start(): min(ends, default=len(core))].rstrip(" ,.")
        # (The gazette's pages, where it gives them: "Boletín Oficial del Estado: 80, p. 8945-8964".)
        pages = _GAZETTE_PAGES.search(core, gazette.end()) if gazette else None
        return {"authors": (Author(literal=maker.group("maker")),), "year": year, "volume": "", "issue": "",
                "pages": pages.group("pages") if pages else "", "edition": "", "title": title,
                "journal": gazette.group(0) if gazette else ""}
    if opening.group("jurisdiction"):
        # Citing Medicine's form: the act, dated, is the title; the jurisdiction stands as the
        # author, and the gazette as the source.
        from .model import Author

        gazette = _GAZETTE.search(core, opening.end())
        return {"authors": (Author(literal=opening.group("jurisdiction")),), "year": year, "volume": "", "issue": "",
                "pages": "", "title": core[: opening.start("jurisdiction") - 1].rstrip(" ,."),
                "journal": gazette.group(0) if gazette else ""}
    return {"authors": (), "title": core.rstrip(" ."), "year": year, "journal": "", "volume": "", "issue": "", "pages": ""}


# An act as the text cites it: "(Lei n° 13.146/2015)", "(Resolução nº 4/2009)", "a Lei nº
# 12.711, de 29 de agosto de 2012".
ACT_CITED = re.compile(
    rf"(?P<designation>{ACT_KIND}\s+{_ACT_NUMBER})\s*(?:/\s*(?P<year>{YEAR})|{_ACT_DAY}\s+(?P<dated>{YEAR}))(?![\w])")


_KIND = re.compile(ACT_KIND)


def designation_key(designation: str) -> str:
    """"Lei n° 13.146" and "Lei nº 13.146" alike: the act's kind and number, folded."""
    kind = _KIND.match(designation)
    number = re.sub(r"\D", "", designation[kind.end():].split("/")[0]) if kind else ""
    return f"{' '.join(kind.group(0).lower().split())} {number}" if kind and number else ""


def opening_designation(text: str) -> str:
    """The key of the act an entry's text opens with, or ""."""
    opening = _ACT_OPENING.match(text)
    return designation_key(opening.group("designation")) if opening else ""
