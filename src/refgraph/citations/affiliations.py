"""Superscripts that mark authors' affiliations, not sources.

A journal's PDF (and Markdown or Word converted from one) prints its byline with raised
affiliation numbers, "Hassan Gharibi¹,¹⁰, Ali Akbar Ashkarran²,¹⁰ & Morteza Mahmoudi²",
and the affiliations themselves, "¹Division of Chemistry I, Karolinska Institutet,
Stockholm, Sweden.", often at the foot of the first page, inside the body's text. Read as
callouts they cite the first references many times over, out of order, from no claim.
"""
from __future__ import annotations

import re

from .model import Callout

# A person as a byline prints one: two to five capitalised words or initials ("Ali Akbar
# Ashkarran", "Markita P. Landry", "Jean-Luc de la Fontaine").
_PERSON = r"[A-Z][\w'’.‐-]*(?:\s+(?:(?:de|da|van|von|der|del|la|le|dos|du)\s+)*[A-Z][\w'’.‐-]*){1,4}"
_MARK = r"(?:\s*<sup>[^<]{1,30}</sup>|\s*[⁰¹²³⁴⁵⁶⁷⁸⁹,]+)*"
_BYLINE = re.compile(rf"^\s*(?:{_PERSON}{_MARK}\s*(?:,|&|\band\b)\s*)+{_PERSON}{_MARK}\s*$")
# The words an affiliation names its place with, within its first few words.
_INSTITUTION = re.compile(
    r"^(?:[\w'’.-]+\s+){0,4}?(?:Department|Dept|Division|Institute|Institut|Instituto|Istituto|University|Universit[äéàa]\w*"
    r"|Universidad|Universidade|School|Faculty|Facult[éa]d?e?|Laboratory|Laboratoire|Laborat[óo]rio|Hospital|Hôpital"
    r"|Center|Centre|Centro|College|Academy|Clinic|Klinik|Program|Programme|Unit|Service|Ministry|Agency|Foundation)\b")


def without_affiliation_marks(text: str, callouts: list[Callout]) -> list[Callout]:
    """``callouts`` without the byline's and the affiliations' raised numbers. (A mark
    glued to the next words just after an affiliation's is the list's next one, whatever
    it names: "⁷Chan Zuckerberg Biohub, San Francisco, CA, USA.", "¹⁰These authors
    contributed equally".)"""
    kept: list[Callout] = []
    last_affiliation: int | None = None
    for callout in callouts:
        raised = callout.notation in ("superscript", "unicode")
        if raised and (_in_byline(text, callout) or _opens_affiliation(text, callout)
                       or (last_affiliation is not None and callout.span.start - last_affiliation < 400
                           and _glued_to_words(text, callout))):
            last_affiliation = callout.span.end
            continue
        kept.append(callout)
    return kept


def _in_byline(text: str, callout: Callout) -> bool:
    """The mark follows a name in a paragraph that is only names and their marks (looked
    for within 2,000 characters either side: a byline is short, and a long text read as
    one block must not be scanned whole for every mark)."""
    window_start = max(0, callout.span.start - 2000)
    opening = text.rfind("\n\n", window_start, callout.span.start)
    closing = text.find("\n\n", callout.span.end, callout.span.end + 2000)
    if (opening < 0 and window_start > 0) or (closing < 0 and callout.span.end + 2000 < len(text)):
        return False
    paragraph = text[opening + 2 if opening >= 0 else 0: closing if closing >= 0 else len(text)]
    return bool(_BYLINE.match(re.sub(r"^#+\s*", "", paragraph.replace("\n", " "))))


def _opens_affiliation(text: str, callout: Callout) -> bool:
    """One number, then an institution's name and its address ("¹Division of Chemistry I,
    Karolinska Institutet, Stockholm, Sweden."), glued to the mark or opening a line: a
    citation is raised after the words it supports, and what follows it is the next
    sentence ("… shown.³ University hospitals …" keeps its callout)."""
    if len(callout.numbers) != 1:
        return False
    at_line_start = not text[text.rfind("\n", 0, callout.span.start) + 1: callout.span.start].strip()
    if not (at_line_start or _glued_to_words(text, callout)):
        return False
    line = _words_after(text, callout)
    return bool(_INSTITUTION.match(line)) and line.count(",") >= 2


def _glued_to_words(text: str, callout: Callout) -> bool:
    return text[callout.span.end: callout.span.end + 1].isalpha()


def _words_after(text: str, callout: Callout) -> str:
    """The text after the mark to the next mark or the paragraph's end, its lines joined."""
    after = text[callout.span.end: callout.span.end + 300].split("\n\n", 1)[0]
    return re.split(r"<sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]", after.replace("\n", " ").lstrip(), maxsplit=1)[0]
