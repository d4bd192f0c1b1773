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


def body_units_in_title(fields: dict) -> dict:
    """The title's opening sentences that name units of the author body moved into its
    name ("Brasil. Ministério da Saúde." + "Secretaria de Vigilância em Saúde."), while
    a sentence of title is left after them."""
    authors = fields.get("authors") or ()
    title = fields.get("title") or ""
    if len(authors) != 1 or not authors[0].literal:
        return fields
    body, moved = authors[0].literal, 0
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
