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

from .patterns import SINE_LOCO, SINE_NOMINE

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


# A translation's note closing the entry of the original: "… Frankfurt am Main: Athenäum,
# 1969 (Trad. port. Moral e hipermoral. Rio de Janeiro: Tempo Brasileiro, 1984).", "(Eng.
# trans. …)", "(English translation: …)". It is another work's imprint, whose year and
# publisher a reader would take for the entry's own.
_NOTE_OPENS = re.compile(
    r"[\s,;]\((?=(?:Trad\.|Tradu[çc][ãa]o|Traducci[óo]n|Trans\.|Eng\.\s*trans\.|English\s+trans(?:lation|\.)"
    r"|Translated|[ÜU]bers\.|[ÜU]bersetzung)\s)")


def lift_translation_note(text: str) -> str:
    """``text`` without the translation's note in brackets that closes it (unchanged when
    there is none, or its brackets do not close at the entry's end)."""
    notes = list(_NOTE_OPENS.finditer(text))  # (the last: a title may quote an earlier one)
    if not notes:
        return text
    found = notes[-1]
    depth, start = 0, found.start() + 1
    for at in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[at], 0)
        if depth == 0:
            rest = text[at + 1:]
            if re.fullmatch(r"\s*\.?\s*", rest):
                return text[:found.start()].rstrip(" ,;") + "."
            return text
    return text


# ABNT's marks for an unknown place and publisher together, "[S.l.: s.n.]" (sine loco, sine
# nomine) or "[s.l.]: [s.n.]": the whole imprint, naming nothing; a reader would take their
# stops for a sentence's end and the bracket for a place. (One alone stays: "[S.l.]:
# Editora" still shows that the publisher's name follows.)
# In English, "[N.p.]" ("no place", "no publisher") is printed where either would stand, even
# after a journal: "Cryosphere, [N.p.], vol. 14, no. 9".
_UNKNOWN_IMPRINT = re.compile(
    rf"(?:\[\s*s\.\s?l\.\s*:\s*s\.\s?n\.\s*\]|{SINE_LOCO}\s*:\s*{SINE_NOMINE}|\[\s*n\.\s?p\.\s*\])\s*,?\s*", re.I)


def without_unknown_imprint(text: str) -> str:
    """``text`` without the marks of an imprint nobody knows."""
    return _UNKNOWN_IMPRINT.sub("", text)
