"""How some house styles mark an article's source, where the tagger's reading put the
title and the journal the wrong way round or left the volume in the journal: Italian
humanities quote the journal after "in" ("…, Title, in «Psychother Psychosom», LXXXIII
(2014)"), French journals label a Roman volume "tome" ("*Neuron*, tome LXXI"), and ABNT
variants set the title in italics and the journal plain before "v." ("*Onset …*,
Neuropsychopharmacology, v. 29"). Each mend takes the reading's fields and the entry as
printed, and returns the fields mended or as they were.
"""
from __future__ import annotations

import re

from .patterns import VOLUME_WORD

# A volume in Roman numerals, as humanities journals number them ("LXXXIII", "CDLXXV").
_ROMAN = r"[IVXLCDM]{1,9}"

# Italian humanities quote the journal after "in": "…, Title, in «Psychother Psychosom»,
# LXXXIII (2014), pp. 298–307." (Einaudi, Laterza, Il Mulino), its volume often in Roman.
_IN_QUOTED_SOURCE = re.compile(r"[,.]\s+(?:in|In)\s+[«“]\s*(?P<source>[^«»“”]{2,200}?)\s*[»”]"
                               rf"(?:\s*,\s*(?P<volume>{_ROMAN}|\d{{1,5}})(?=\s*[,(])|(?P<dated>\s*,?\s*\((?:1[6-9]|20)\d\d))?")


def quoted_source_after_in(fields: dict, text: str) -> dict:
    """The quoted words after "in", then a volume, are the journal, and the words between
    the names and ", in" the title, however the reading had cut them ("«Psychother
    Psychosom»" as the title, the Roman volume as the journal).

    Bad reading: title "Psychother Psychosom", journal "Decreased occipital cortical …".
    Good reading: title "Decreased occipital cortical …", journal "Psychother Psychosom",
    volume "LXXXIII"."""
    match = _IN_QUOTED_SOURCE.search(text)
    if not match or not (match.group("volume") or match.group("dated")):
        return fields  # (no volume or date after the quotes: a book's title, or quoted words)
    source = match.group("source").strip(" ,.")
    before = text[:match.start()].rstrip(" ,.")
    title = ""
    people = [a for a in fields.get("authors") or () if a.family]
    if people:
        # The words after the last person's surname (and the initials or suffix printed after
        # it), the surnames found in their order: "C. Yang, …, J. J. Yang, Title".
        at = 0
        for person in people:
            at = before.find(person.family, at)
            if at < 0:
                break
            at += len(person.family)
        if at > 0:
            title = re.sub(r"^(?:[\s,.:]*(?:[A-Z]\.[\s‐-]?|Jr\b|Sr\b)+)?[\s,.:]*", "", before[at:])
    if not title:
        title = next((value.strip(" .,") for value in (fields.get("title"), fields.get("journal"))
                      if value and value.strip(" .,") != source and before.endswith(value.strip(" .,"))), "")
    if not title:
        return fields
    volume = match.group("volume") or fields.get("volume") or ""
    return {**fields, "title": title, "journal": source, "volume": volume, "kind": "article"}


# The plain words after an italic title, then a labelled volume: ABNT's and Matéria's
# "*Onset and early behavioral effects …*, Neuropsychopharmacology, v. 29, pp. 566–579".
_PLAIN_SOURCE_THEN_VOLUME = re.compile(r"[.,]?\s*,\s*(?P<source>[A-Z][^,;:()]{1,80}?)\s*,\s*(?:v|vol)\.\s*\d")


def italic_title_before_labelled_journal(fields: dict, italic: list[str], text: str) -> dict:
    """The italic title read as the journal, where the journal is printed plain after it
    and its volume labelled: the italics are the title's, the plain words the journal's.

    Bad reading: journal "Onset and early behavioral effects of …", no title.
    Good reading: title "Onset and early behavioral effects of …", journal "Neuropsychopharmacology"."""
    journal = (fields.get("journal") or "").strip(" .,")
    if fields.get("title") or not journal or not any(run.strip(" .,") == journal for run in italic):
        return fields
    at = text.find(journal)
    source = _PLAIN_SOURCE_THEN_VOLUME.match(text, at + len(journal)) if at >= 0 else None
    if not source or len(source.group("source").split()) > 10:
        return fields
    return {**fields, "title": journal, "journal": source.group("source").strip(), "kind": "article"}


# A volume and its label read into the end of a name: a journal's ("Neuron, tome LXXI") or a
# book's in several ("The New York Money Market, Vol. I").
LABELLED_VOLUME_AT_END = re.compile(rf"[.,]\s*{VOLUME_WORD}\.?\s*(?P<volume>\d{{1,5}}|(?-i:{_ROMAN}))\s*\.?$", re.I)


def labelled_volume_in_journal(fields: dict) -> dict:
    """The volume read into the journal with its label ("Neuron, tome LXXI"), or the label
    alone left at its end ("Neuron, tome" before volume 64): the label is no word of the
    journal's name."""
    if not fields.get("journal"):
        return fields
    if fields.get("volume"):
        label = re.search(rf"[.,]\s*{VOLUME_WORD}\.?$", fields["journal"], re.I)
        if label and label.start() >= 2:
            return {**fields, "journal": fields["journal"][: label.start()].rstrip(" .,")}
        return fields
    volume = LABELLED_VOLUME_AT_END.search(fields["journal"])
    if not volume or volume.start() < 2:
        return fields
    return {**fields, "journal": fields["journal"][: volume.start()].rstrip(" .,"), "volume": volume.group("volume")}


# German styles set the journal after "In:" as a chapter's book, then its year, volume and
# labelled pages: "… Title. In: Neuropharmacology, 2016, 102, S. 72–79."
_IN_SOURCE_THEN_NUMBERS = r"\bIn:?\s+{source}\s*,\s*(?:(?:1[6-9]|20)\d\d\s*,\s*)?(?:[Vv]ol\.\s*|Bd\.\s*|Jg\.\s*)?\d{{1,5}}\b"


def journal_after_in_read_as_publisher(fields: dict, text: str) -> dict:
    """A journal after "In:" read as a book's publisher: a "book" with a volume and a page
    range, no place, editors nor book title, whose "publisher" is the name right after "In:",
    then the year and the volume, is an article in that journal.

    Bad reading: a book published by "Neuropharmacology", volume 102, pages 72–79.
    Good reading: an article in the journal Neuropharmacology, volume 102."""
    publisher = (fields.get("publisher") or "").strip(" ,.")
    if (fields.get("kind") != "book" or not publisher or fields.get("place") or fields.get("booktitle")
            or fields.get("editors") or not fields.get("volume") or "-" not in (fields.get("pages") or "")):
        return fields
    if not re.search(_IN_SOURCE_THEN_NUMBERS.format(source=re.escape(publisher)), text):
        return fields
    return {**fields, "kind": "article", "journal": publisher, "publisher": ""}
