"""Government bodies named down their hierarchy, as NLM prints them and as Brazilian,
Portuguese and Spanish health literature cites them: "Brasil. Ministério da Saúde.
Secretaria de Vigilância em Saúde. VIGITEL Brasil 2013 [Internet]. 2014." Each sentence
that names a unit of the one before is part of the author's name, not the title's first
words; a reader that ends the names at the first stop or two leaves the rest in the title."""

from __future__ import annotations

import re

from .model import Author

# The nouns a unit of government or of an organisation is named by, at a sentence's start.
_UNIT = re.compile(
    r"(?:Minist[ée]rio|Ministerio|Minist[èe]re|Ministry|Secretaria|Secretar[ií]a|Secretariat|Subsecretaria|Departamento"
    r"|Department|D[ée]partement|Coordena[çc][ãa]o(?:-Geral)?|Coordinaci[óo]n|Diretoria|Direcci[óo]n|Direction|Directorate"
    r"|Division|Divis[ãa]o|Divisi[óo]n|Office|Bureau|Agency|Ag[êe]ncia|Agencia|Instituto|Institute|N[úu]cleo"
    r"|Superintend[êe]ncia|Gabinete|Conselho|Consejo|Council|Comiss[ãa]o|Comisi[óo]n|Commission|Comit[êe]|Committee"
    r"|Programa|Programme|Unidade|Servi[çc]o|Servicio|Assessoria|Fundação|Fundaci[óo]n|Centers? for|Centre for"
    r"|Centro de|National Center|Health Canada|Public Health)\b")
_SENTENCE = re.compile(r"(?P<unit>[^.]{3,120}?[^\s.A-Z])\.\s+")
_ACRONYM_SENTENCE = re.compile(r"(?P<acronym>[A-Z][A-Z0-9]{1,9})\.\s+(?=\S)")
_JOINING_WORDS = frozenset("de da do das dos del la las los e y of for the and et des du".split())


def _initials(body: str) -> str:
    """"ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA" → "ENAP": its words' initials, without
    the joining words."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", body) if w.lower() not in _JOINING_WORDS).upper()


def body_units_in_title(fields: dict) -> dict:
    """The title's opening sentences that name units of the author body moved into its
    name ("Brasil. Ministério da Saúde." + "Secretaria de Vigilância em Saúde."), while
    a sentence of title is left after them."""
    authors = fields.get("authors") or ()
    title = fields.get("title") or ""
    if len(authors) != 1 or not authors[0].literal:
        return fields
    body, moved = authors[0].literal, 0
    if title == _initials(body) and len(title) >= 2 and fields.get("journal") and not fields.get("volume"):
        # The same acronym read as the whole title, and the title as the source.
        return {**fields, "authors": (Author(literal=f"{body}. {title}"),), "title": fields["journal"], "journal": ""}
    acronym = _ACRONYM_SENTENCE.match(title)
    if acronym and acronym.group("acronym") == _initials(body):
        # ABNT's "ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA. ENAP. Title": the body's acronym,
        # printed as a sentence of its own, is its name's (and how the text cites it).
        body, moved = f"{body}. {acronym.group('acronym')}", acronym.end()
    while True:
        sentence = _SENTENCE.match(title, moved)
        if not sentence or not _UNIT.match(sentence.group("unit")) or len(sentence.group("unit").split()) > 12:
            break
        body = f"{body}. {sentence.group('unit')}"
        moved = sentence.end()
    rest = title[moved:]
    if not moved or len(rest.split()) < 2 or _UNIT.match(rest):
        return fields  # (units to the end: the title is elsewhere, or is one of them)
    return {**fields, "authors": (Author(literal=body),), "title": rest}
