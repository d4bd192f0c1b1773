"""The translator's statement a Portuguese or Spanish list prints as a sentence of its own
between the title and the imprint: ABNT's "BAKHTIN, M. Problemas da poética de Dostoiévski.
Trad. Paulo Bezerra. 4ed. Rio de Janeiro: Forense, 2008.", "Trad. e introdução de Manuel
Alexandre Júnior.", Spanish "Trad. de Aurelio Garzón del Camino.".

It names a person, so a reader takes it for the start of the source: a journal "Trad. Paulo
Bezerra", a place "Paulo Bezerra. São Paulo", editors "Paulo TPBS". It is lifted out before
the entry is read, as the series is (series_statement.py); what stands after it (edition,
imprint) is read as it would be without it. The same sentence at a title's end, already
read, is ``printed._translator_in_title``'s.
"""
from __future__ import annotations

import re

# "Trad.", with "e introdução", "y notas", "e notas" between, then "de"/"por" or nothing, then
# the translator's names (capitalised words and particles, up to eight: a sentence of
# lower-case words is a title's, not a statement). (The word in full, "Tradução de …", a
# reader already parts from the title: printed._translator_in_title.)
_STATEMENT = re.compile(
    r"(?<=[.])\s+Trad\.(?:\s+(?:e|y)\s+(?:introdu[çc][ãa]o|notas|pr[óo]logo|introducci[óo]n))?"
    r"(?:\s+(?:de|do|da|por))?"
    r"(?P<names>(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|de|da|do|dos|das|del|e|y)){1,8}?)\.(?=\s+\S)")
# An edition glued to its label: "4ed.", "3ª ed" is spaced already.
_GLUED_EDITION = re.compile(r"(?<=[.\s])(?P<number>\d{1,2})(?P<mark>[ªº]?)ed\.(?=\s)")


def lift_translator(text: str) -> tuple[str, str]:
    """``text`` without its translator's statement, and the translator's names ("" and the
    text unchanged when it prints none)."""
    text = _GLUED_EDITION.sub(lambda m: f"{m.group('number')}{m.group('mark') or '.'} ed.", text)
    found = _STATEMENT.search(text)
    if not found or not re.search(r"[A-ZÀ-Þ][a-zà-ÿ]", found.group("names")):
        return text, ""
    return text[: found.start()] + text[found.end():], found.group("names").strip()
