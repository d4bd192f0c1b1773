"""Fields from the tagger's labels: spans → values, names → people, and a type for the entry."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from statistics import fmean

from .books import EDITION
from .identifiers import MONTH_NAME
from .journals import letter_is_a_series
from .learn.tagger import Tagged
from .name_edges import mend_name_edges
from .number_edges import relabel_numbers
from .patterns import EDITOR_WORDS, PREPRINT_SERVER, PROCEEDINGS, YEAR, clean_title
from .people import OTHER_ET_AL, parse_names
from .source_edges import IN, VOLUME_WORD_BEFORE, group_among_people, mend_source_edges, organisation_heads_the_list
from .unparted import part_title_from_journal

# Which tagger label fills which Reference field.
FIELD_OF_LABEL = {
    "title": "title", "container-title": "container", "date": "date", "volume": "volume", "issue": "issue",
    "pages": "pages", "publisher": "publisher", "location": "place", "edition": "edition", "genre": "genre",
    "collection-title": "series", "author": "authors", "editor": "editors", "translator": "translators",
}
_ET_AL_AFTER = re.compile(rf"[\s,;]*(?:et\.?\s*al\b|{OTHER_ET_AL})")
_ACCESS_BEFORE = re.compile(r"\b(?:accessed|cited|citado|acesso|acceso|consultado|retrieved|updated|atualizado)\b[^.;\[\]]{0,25}$", re.I)
# A role after names ("(H. J. Silverman, Trans.)", "(J. Doe, Ed.)", "M. Weber (Hrsg.)") or
# before them ("translated by", "trad."): the people who made this edition, not a second work.
_ROLE_AFTER_NAMES = re.compile(rf"[\s,]*\(?\s*(?:(?P<editors>{EDITOR_WORDS})|(?P<translators>[Tt]rans(?:l(?:ated)?)?|[Tt]ranslators?"
                               rf"|[Tt]rad(?:\.|ução|ucción|uction)?|[Üü]bers(?:etzt)?|[Tt]r))\b")
_ROLE_BEFORE_NAMES = re.compile(r"\b(?:(?P<translators>trans(?:l(?:ated)?)?\.?\s+by|translated\s+by|tr\.\s+by|trad\.|traduit\s+par"
                                r"|traducción\s+de|tradução\s+de|übersetzt\s+von)|(?P<editors>edited\s+by|ed\.\s+by|hrsg\.\s+von))[\s:]*$", re.I)
_ISSUE_WORD = re.compile(r"\b(?:no|nos|nr|n[º°o]|núm|num|issue|heft)\.?\s*$", re.I)  # (Chicago's "nos. 3–4")
# "c2007" (a copyright year) and "2007a" both carry the year.
_YEAR = re.compile(r"(?:\b|(?<=\bc))(?P<year>1[5-9]\d\d|20\d\d)(?P<letter>[a-z])?\b")
_COPYRIGHT_YEAR = re.compile(r"[;:,]\s*(?:c|©\s?)(?P<year>1[5-9]\d\d|20\d\d)\b")
_PREPRINT = re.compile(rf"\b(?:{PREPRINT_SERVER}|preprints?)\b", re.I)
_DATASET = re.compile(r"\[(?:data ?set|data)\]|\bdata ?set\b|zenodo|dryad|figshare|pangaea|\b10\.5281/|\b10\.5061/", re.I)
# ("Version 4.0.2" names a release; "the community earth system model version 2" is a title's words.)
_SOFTWARE = re.compile(r"\[(?:computer )?software\]|\bR package\b|\bsoftware\b|\bgithub\.com\b|\(version [\w.]+\)|\bversion \d+\.\d", re.I)


@dataclass(frozen=True)
class Span:
    label: str
    first: int  # token indexes, inclusive
    last: int


def spans(tagged: Tagged) -> list[Span]:
    """Runs of one label; a run broken only by one or two punctuation marks labelled
    "other" is one run (a stray separator inside a title)."""
    runs: list[Span] = []
    for index, label in enumerate(tagged.labels):
        if runs and runs[-1].label == label and runs[-1].last == index - 1:
            runs[-1] = Span(label, runs[-1].first, index)
        else:
            runs.append(Span(label, index, index))
    merged: list[Span] = []
    for run in runs:
        if (len(merged) >= 2 and merged[-1].label == "other" and merged[-2].label == run.label != "other"
                and merged[-1].last - merged[-1].first < 2
                and all(not tagged.tokens[i].text.isalnum() for i in range(merged[-1].first, merged[-1].last + 1))
                and run.label in ("title", "container-title", "publisher", "author")):
            merged.pop()  # the punctuation between two runs of one field ("Smith J; Lee K")
            previous = merged.pop()
            merged.append(Span(run.label, previous.first, run.last))
        else:
            merged.append(run)
    return merged


def _outside(tagged: Tagged, runs: list[Span], notices: list[tuple[int, int]]) -> list[Span]:
    """Runs cut back to end before a notice ("Published online ahead of print …") and to
    start after one ("2016 [viewed 29 April 2021]. Blood parasites …", read as one title),
    and runs inside one dropped: a notice describes the record and belongs to no field."""
    if not notices:
        return runs
    inside = lambda index: any(a <= tagged.tokens[index].start < b for a, b in notices)
    kept = []
    for run in runs:
        first, last = run.first, run.last
        while last >= first and inside(last):
            last -= 1
        if first <= last and inside(first):
            while first <= last and inside(first):
                first += 1
            while first <= last and not any(c.isalnum() for c in tagged.tokens[first].text):
                first += 1  # (the stop after the notice's bracket)
        if first <= last:
            kept.append(Span(run.label, first, last))
    return kept


def span_text(tagged: Tagged, span: Span) -> str:
    return tagged.text[tagged.tokens[span.first].start: tagged.tokens[span.last].end]


def span_confidence(tagged: Tagged, span: Span) -> float:
    return fmean(tagged.confidence[span.first: span.last + 1])


_OPENING_MARKS = "([{“‘«"
_OPENING_OF = {"”": "“", "»": "«"}
_OPENS_UNBALANCED = re.compile(r"[^()]*\)")


def _role_of_names(tagged: Tagged, span) -> str:
    """"editors" or "translators" when a role word stands after or before the names, else ""."""
    role = (_ROLE_AFTER_NAMES.match(tagged.text, tagged.tokens[span.last].end)
            or _ROLE_BEFORE_NAMES.search(tagged.text, 0, tagged.tokens[span.first].start))
    return "" if not role else "editors" if role.group("editors") else "translators"


# "n.d.", "s.d.", "sem data": the entry says it has no date.
_NO_DATE = re.compile(r"\bn\.\s?d\b|\bs\.\s?d\b|\bsem data\b", re.I)


_IDENTIFIER_TOKEN = re.compile(r"(?:https?|ftp)://\S+|www\.\S+\.\S+|10\.\d{3,9}/\S+")


def identifiers_keep_their_label(tagged: Tagged) -> Tagged:
    """A DOI or an address is never part of another field, whatever the tagger read: a bare
    DOI after the pages, as astronomy's lists print it ("ApJS, 192, 5 10.1088/0067-0049/192/1/5"),
    was read as more of the pages. (The identifiers themselves are lifted by
    identifiers.py; here they only stop joining a field's run.)"""
    labels = list(tagged.labels)
    for index, token in enumerate(tagged.tokens):
        if labels[index] not in ("doi", "url") and _IDENTIFIER_TOKEN.fullmatch(token.text):
            labels[index] = "doi" if token.text.startswith("10.") else "url"
    return tagged if labels == list(tagged.labels) else replace(tagged, labels=tuple(labels))


def model_fields(tagged: Tagged) -> tuple[dict, dict]:
    """(fields, confidence per field) from a tagged reference string."""
    from .identifiers import notice_spans

    values: dict[str, str] = {}
    where: dict[str, tuple[int, int]] = {}
    confidence: dict[str, float] = {}
    notices = notice_spans(tagged.text)
    tagged = relabel_numbers(group_among_people(organisation_heads_the_list(identifiers_keep_their_label(tagged))))
    runs = _outside(tagged, spans(tagged), notices)
    for index, span in enumerate(runs):
        field = FIELD_OF_LABEL.get(span.label)
        if field == "editors" and not values and not tagged.text[:tagged.tokens[span.first].start].strip():
            field = "authors"  # names that open the entry ("Smith, J., & Jones, K. (in press).") are its own
        if field in ("authors", "editors") and len(values) > 1:
            role = _role_of_names(tagged, span)
            if field == "authors" and not role and "title" in values and IN.search(tagged.text[:tagged.tokens[span.first].start]):
                # "Title. In: Collet N, Toso BRGO, Vieira CS. Manual de …": names straight after
                # "In:" are the book's (its editors), even with no role word after them.
                role = "editors"
            if field == "authors" and not role:
                break  # names again after the source: a second work printed under the same number
            if role:  # ("…, 1964, translated by A. Sheridan": the tagger's editor is the translator)
                field = role
        introduced = "editors" in values or IN.search(tagged.text[:tagged.tokens[span.first].start])
        if field == "title" and "title" in values and "container" not in values and introduced:
            field = "container"  # "Title. In: Editor E, eds. Book title." — the second title is the book's
        before = tagged.text[max(0, tagged.tokens[span.first].start - 30): tagged.tokens[span.first].start]
        if field in ("date", "volume", "issue", "pages") and _ACCESS_BEFORE.search(before):
            continue  # "Accessed March 05, 2019" dates the reading; its numbers are not the work's
        if field == "pages" and _ISSUE_WORD.search(before):
            field = "issue"  # "Lancet 396, no. 10265 (2020): 1841–1856": a number after "no." is an issue
        # "Psychol Med 43 (2013): 471–481" (Chicago prints the year twice); ACM's "Land Use
        # Policy 90, (2020).", with no pages: the same year again in brackets.
        bracketed = (tagged.text[:tagged.tokens[span.first].start].rstrip().endswith("(")
                     and tagged.text[tagged.tokens[span.last].end:].lstrip().startswith(")"))
        repeated_year = span_text(tagged, span) in values.get("date", "") and (
            bracketed or any(r.label == "pages" for r in runs[index + 1:]))
        if field == "date" and "date" in values and "volume" in values and "pages" not in values and (
                span_text(tagged, span).isdigit()) and not repeated_year:
            field = "pages"  # "Autophagy 2013, 9, 1624": after year and volume, a year-like page
        elif field == "date" and "date" in values and "container" in values and "volume" not in values and (
                span_text(tagged, span) in values["date"] and span_text(tagged, span).isdigit()
                and next((r.label for r in reversed(runs[:index]) if r.label != "other"), "") in ("container-title", "date")
                and next((r.label for r in runs[index + 1:] if r.label != "other"), "") == "pages"):
            # "Lin Y 2012 Title. Adv. Meteorol. 2012, 1–11.", "Biomed Res Int 2016 (2016): 8797206":
            # straight after the journal (or its year), before the pages, the year is the volume.
            field = "volume"
        if field == "container" and "container" in values and "title" not in values and introduced:
            # "Author (2000). Chapter. In E. Editor (Eds.), Book (pp. 1–9)": two sources, no
            # title — the one before "In" is the chapter's title.
            values["title"], where["title"] = values.pop("container"), where.pop("container")
            confidence["title"] = confidence.pop("container")
        if (field == "date" and "date" in values and not _YEAR.search(values["date"]) and not _NO_DATE.search(values["date"])
                and _YEAR.search(span_text(tagged, span))):
            del values["date"]  # "…, May, 1978, pages 233-239": the month alone read first, the year after it
        if field == "container" and "publisher" not in values and _imprint_after_place(tagged, runs, index, "container" in values):
            field = "publisher"  # "… 9. ed. São Paulo: Paz e Terra. 2018.": after the place's colon, the imprint's
        if field is None or field in values:
            continue  # only the first occurrence: later ones are a translation or a reprint
        start, end = tagged.tokens[span.first].start, tagged.tokens[span.last].end
        while end > start and tagged.text[end - 1] in _OPENING_MARKS:
            end = len(tagged.text[:end - 1].rstrip())  # "Zarate, C., Jr (2015)": the bracket opens the year
        if end <= start:
            continue
        if tagged.text[end:end + 1] == ")" and tagged.text.count("(", start, end) > tagged.text.count(")", start, end):
            end += 1  # "Conference on Big Data (Big Data)": the tagger left the closing parenthesis out
        closing = tagged.text[end:end + 1]
        if field == "title" and closing in _OPENING_OF and (
                tagged.text.count(_OPENING_OF[closing], start, end) > tagged.text.count(closing, start, end)):
            end += 1  # "… is not always “lupus nephritis”.": the quote the title opened, it closes
        if (field == "title" and tagged.text[start - 1: start] == "(" and _OPENS_UNBALANCED.match(tagged.text, start, end)):
            start -= 1  # "(2R,6R)-Hydroxynorketamine is …": the tagger left the opening parenthesis out
        values[field] = tagged.text[start:end]
        if field == "title":
            values[field] = _with_opening_quote(tagged.text, start, values[field])
        where[field] = (start, end)
        confidence[field] = span_confidence(tagged, span)
    _title_read_as_note(tagged, runs, values, where)
    _title_opening_read_as_other(tagged, values, where)
    _edition_read_as_note(tagged, runs, values, where)
    _volume_read_as_edition(tagged.text, values, where)
    _edition_read_as_volume(tagged.text, values, where)
    # The names' edges first: the title's own edges depend on them.
    mend_name_edges(tagged.text, values, where)
    mend_source_edges(tagged.text, values, where)
    part_title_from_journal(tagged.text, values, where)
    _journal_abbreviations_left_out(tagged.text, values, where)
    fields: dict = {}
    if "authors" in values:
        fields["authors"], fields["et_al"] = parse_names(values["authors"])
        # The tagger may leave the list's "et al." out of the names ("LIN H, HSU Y T, 等.").
        fields["et_al"] = fields["et_al"] or bool(_ET_AL_AFTER.match(tagged.text, where["authors"][1]))
    if "editors" in values:
        # (The word that introduces the book, tagged with its editors: "En M. Meyer (Comp.)".)
        editors = _INTRODUCED.sub("", values["editors"]) if "title" in values else values["editors"]
        fields["editors"], _ = parse_names(editors)
    if "title" in values:
        fields["title"] = clean_title(_unquote(values["title"]))
    if "container" in values:
        # "… (PQ-CNPQ). Em Questão, v. 24, p. 278-298", "In Vivo. 2019;33(2)": with no colon
        # and no editors, and the journal's numbers after it, the opening word is the name's own.
        journal_named_in = (bool(_JOURNAL_OPENING_WITH_IN.match(values["container"])) and "editors" not in values
                            and "pages" in values and ("volume" in values or "issue" in values))
        fields["container"] = _clean_container(values["container"], keep_opening_word=journal_named_in)
    if "date" in values:
        year = _YEAR.search(values["date"])
        if year:
            fields["year"] = year.group("year")
            fields["year_suffix"] = year.group("letter") or ""
        elif _NO_DATE.search(values["date"]):
            fields["year"] = ""
    elif copyright := _COPYRIGHT_YEAR.search(tagged.text):
        fields["year"] = copyright.group("year")  # NLM's "Boston: Posit; c2022", which the tagger leaves unlabelled
    for field in ("volume", "issue"):
        if field in values:
            fields[field] = re.sub(r"^(?:vol(?:ume)?|no|nr|n[º°o]|issue|bd|t)\.?\s*", "", values[field].strip(" .,;:()"), flags=re.I)
    if "pages" in values:
        # "pp. 3–9", "S. 88" lose their word; "P01019", "S123", "e27485" are the page itself.
        fields["pages"] = re.sub(r"^(?:pp\.?\s*|(?:p|pages?|s|págs?)(?:\.\s*|\s+))", "", values["pages"].strip(" .,;:()"), flags=re.I)
    _settle_volume(fields)
    for field in ("publisher", "place", "edition", "genre", "series"):
        if field in values:
            fields[field] = _trimmed(values[field])
    if "(" in fields.get("edition", ""):
        # Nature's "2nd edn (ed. Jones, K.)": the editors' bracket is theirs; or the
        # edition is the bracket's ("Droit constitutionnel (29e édition.)").
        before, _, inside = fields["edition"].partition("(")
        fields["edition"] = next((part.strip(" .)") for part in (before, inside) if _WHOLE_EDITION.fullmatch(part.strip(" )"))),
                                 fields["edition"])
    edition = _WHOLE_EDITION.fullmatch(fields.get("edition", ""))
    if edition:  # "2ª ed", "3rd edn": the edition is its number, as the rules read it
        fields["edition"] = edition.group("edition").strip()
    return fields, {k: round(v, 3) for k, v in confidence.items()}


def _trimmed(value: str) -> str:
    """An imprint's value without the punctuation around it, and without brackets that
    do not pair inside it: "(Academic Press)" → "Academic Press", but "Leicester (UK)"
    keeps its own."""
    value = value.strip(" .,;:[]")
    if value.startswith("(") and value.endswith(")") and "(" not in value[1:-1] and ")" not in value[1:-1]:
        value = value[1:-1].strip(" .,;:")
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(" .,;:")
    while value.startswith("(") and value.count("(") > value.count(")"):
        value = value[1:].lstrip(" .,;:")
    return value


def _title_read_as_note(tagged: Tagged, runs: list[Span], values: dict, where: dict) -> None:
    """A work with names and a date but nothing else the tagger could name, all of it
    read as a note ("Statistics Canada. 2020. Population estimates, quarterly. Table
    17-10-0009-01.", "World Health Organization 2016 Global report on diabetes (Geneva:
    WHO)"): the note's first sentence after the date is the title — an entry
    with no title at all would be read as incomplete, and would name nothing."""
    if not ("authors" in values and "date" in values) or any(f in values for f in ("title", "container")):
        return
    after = where["date"][1]
    note = next((r for r in runs if r.label == "note" and tagged.tokens[r.first].start >= after), None)
    if note is None:
        return
    start, end = tagged.tokens[note.first].start, tagged.tokens[note.last].end
    if "publisher" in where and where["publisher"][0] < start:
        return  # (an imprint before it: "Geneva: WHO; 2020. Report no. 5" — the note is a note)
    sentence = re.match(r".+?[^\s.A-Z](?=\.(?:\s|$))", tagged.text[start:end])
    end = start + sentence.end() if sentence else end
    # IOP names a book's editors after its title with no stop: "… Science Basis ed T F Stocker et al".
    editors = re.search(r"\s+eds?\.?\s+(?=[A-Z])", tagged.text[start:end])
    end = start + editors.start() if editors else end
    words = tagged.text[start:end]
    # (Not an identifier, an ISSN, "ApJS, submitted": no digits but a year's, "Climate Change 2013: …".)
    if len(words.split()) >= 3 and not re.search(r"\d", re.sub(rf"(?<!\d){YEAR}(?!\d)", "", words)):
        values["title"], where["title"] = words, (start, end)


def _title_opening_read_as_other(tagged: Tagged, values: dict, where: dict) -> None:
    """A title whose first words end in "in" read as a book's "In" ("1977. Tone in Old
    Moshi (Chaga). Studies in African Linguistics 8(1)."): the tagger left "Tone in"
    unlabelled and read the rest of the title into the journal. With no title read and
    words between the date and the journal, the title is those words and the journal's
    first sentence; the journal is what follows it."""
    if "title" in values or "container" not in values or "date" not in where or where["date"][1] > where["container"][0]:
        return
    gap = re.fullmatch(r"[\s.,:)]*(?P<words>[A-Z][^\s.,:;()]*(?:\s+[^\s.,:;()]+){0,3}\s+in)\s+",
                       tagged.text[where["date"][1]:where["container"][0]])
    sentence = re.match(r"(?P<head>.+?[^\s.A-Z])\.\s+(?=[A-Z])", values["container"])
    if not gap or not sentence or gap.group("words").lower() == "in":
        return
    start = where["date"][1] + gap.start("words")
    title_end = where["container"][0] + sentence.end("head")
    values["title"], where["title"] = tagged.text[start:title_end], (start, title_end)
    container_start = where["container"][0] + sentence.end()
    values["container"] = tagged.text[container_start:where["container"][1]]
    where["container"] = (container_start, where["container"][1])


_WHOLE_EDITION = re.compile(rf"[\s,.;(]*{EDITION}[\s.)]*")


def _edition_read_as_note(tagged: Tagged, runs: list[Span], values: dict, where: dict) -> None:
    """A book's edition the tagger read as a note ("…, 2009), 2 a ed.", "2nd ed."): its
    training labels call editions notes as often as editions."""
    if "edition" in values:
        return
    for run in runs:
        if run.label != "note":
            continue
        start, end = tagged.tokens[run.first].start, tagged.tokens[run.last].end
        edition = _WHOLE_EDITION.fullmatch(tagged.text, start, end)
        if edition:
            values["edition"], where["edition"] = edition.group("edition"), (start, end)
            return


def _volume_read_as_edition(text: str, values: dict, where: dict) -> None:
    """A book's volume the tagger read as its edition or its page ("The New York Money
    Market. Vol. 1. New York: …", "Obra Crítica, vol. 1. Rio de Janeiro: …"): the label
    before the number says which it is."""
    if "volume" in values:
        return
    for field in ("edition", "pages"):
        if field not in values:
            continue
        start, end = where[field]
        if VOLUME_WORD_BEFORE.search(text, 0, start) and re.fullmatch(r"\s*[\dIVXLC]+[\s.]*", text[start:end]):
            values["volume"], where["volume"] = values.pop(field), where.pop(field)
            return


def _imprint_after_place(tagged: Tagged, runs: list[Span], index: int, book_read: bool) -> bool:
    """Whether the source run ``runs[index]`` stands straight after a place and its colon,
    where a book's imprint prints its publisher ("São Paulo: Martins Fontes"). With no book
    read before it, only where the year comes next and no volume or issue is read anywhere —
    "Washington: ASCE Journal of …, v. 126(4)" is a journal's."""
    place = next((run for run in reversed(runs[:index]) if run.label != "other"), None)
    if place is None or place.label != "location":
        return False
    between = tagged.text[tagged.tokens[place.last].end:tagged.tokens[runs[index].first].start]
    if not re.fullmatch(r"\s*:\s*", between):
        return False
    following = next((run.label for run in runs[index + 1:] if run.label != "other"), "")
    return book_read or (following == "date" and not {"volume", "issue"} & set(tagged.labels))


# What follows an edition's number: "13. ed.", "2ª ed.", "3rd edn", "5. Aufl.".
_EDITION_WORD_AFTER = re.compile(r"\s*(?:\.|ª|º|a\.?|st|nd|rd|th)?\s*(?:ed|edn|edition|edição|edición|éd|Aufl|Auflage)\b\.?", re.I)


def _edition_read_as_volume(text: str, values: dict, where: dict) -> None:
    """A book's edition the tagger read as its volume ("Análise de Discurso. 13. ed.
    Campinas: Pontes; 2020."): the word after the number says which it is."""
    if "volume" not in values or "edition" in values:
        return
    start, end = where["volume"]
    # ("Vol. 6. Ed. Nathan Houser": a labelled volume, then its editor.)
    if (re.fullmatch(r"\s*\d{1,3}\s*", text[start:end]) and _EDITION_WORD_AFTER.match(text, end)
            and not VOLUME_WORD_BEFORE.search(text, 0, start)):
        values["edition"], where["edition"] = values.pop("volume"), where.pop("volume")


def _settle_volume(fields: dict) -> None:
    """A volume that cannot be one. A series letter glued to it belongs to the journal
    (the tagger's reading of "Phys. Rev. D78"; parse.py mends the same glue when it is
    left in the journal); a range with no pages is the pages ("In Book 111–138
    (Routledge, 2016)"); a word before the number with no journal is the journal ("IJSER
    4, 1909–1911")."""
    volume = fields.get("volume", "")
    labelled = re.fullmatch(r"(?P<volume>\w+),?\s*(?:N|No|Nr|№|Nº)\.?\s*(?P<issue>\d+\w*)", volume)
    if labelled and not fields.get("issue"):
        # GOST's "Vol. 47, N 4" (transliterated "№ 4") read as one volume: its issue follows.
        fields["volume"], fields["issue"] = labelled.group("volume"), labelled.group("issue")
        return
    series = re.fullmatch(r"(?P<letter>[A-Z])\s?(?P<number>\d+)", volume)
    if series and fields.get("container", "").endswith("."):
        if not fields.get("pages") and not letter_is_a_series(fields["container"], series.group("letter")):
            fields["pages"] = fields.pop("volume")  # IOP's article number, "J. Stat. Mech. L07001"
            return
        # "Phys. Rev. D78", "Phys. Lett. B252": after an abbreviated journal the letter
        # names its series (a newspaper's "C1" is a section and stays).
        fields["container"] = f"{fields['container']} {series.group('letter')}"
        fields["volume"] = series.group("number")
        return
    if not fields.get("pages") and re.fullmatch(r"\d+\s*[-–]\s*\d+", volume):
        fields["pages"] = fields.pop("volume")
        return
    glued = re.fullmatch(r"(?P<journal>[A-Z][A-Za-z&.]+(?:\s[A-Z][A-Za-z&.]+){0,3})\s+(?P<volume>\d+)", volume)
    if glued and not fields.get("container"):
        fields["container"], fields["volume"] = glued.group("journal"), glued.group("volume")


_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "„": "“"}


def _partner(text: str, opening: str) -> int:
    """Where the mark opened at ``text[0]`` closes (-1 if not in ``text``); a closing
    single quote followed by a letter is an apostrophe ("Alzheimer’s")."""
    closing = _PAIRS[opening]
    position = text.find(closing, 1)
    while position >= 0 and closing in "’'" and position + 1 < len(text) and text[position + 1].isalpha():
        position = text.find(closing, position + 1)
    return position


def _with_opening_quote(text: str, start: int, title: str) -> str:
    """The title with the opening quote or bracket the tagger left out, when the title
    closes it itself ("‘I Would Never Go Back.’ A Study …", "(2R,6R)-hydroxynorketamine
    …"; a bracket only when it touches the title)."""
    before = text[:start].rstrip()
    opening = before[-1:]
    if opening in _PAIRS and opening not in "\"'" and _PAIRS[opening] in title and opening not in title:
        return opening + title
    bracket = text[start - 1: start]
    close = {"(": ")", "[": "]"}.get(bracket)
    if close and close in title and (bracket not in title or title.index(close) < title.index(bracket)):
        return bracket + title
    return title


def without_enclosing_quotes(title: str) -> str:
    """A title the reading kept inside its quotation marks, "‘Global variation …’", without
    them; a title that only opens or closes with a quote keeps it ("‘I Would Never …’ A
    Mixed-Methods Study")."""
    body = title.strip()
    if len(body) > 1 and body[0] in _PAIRS and _partner(body, body[0]) == len(body) - 1:
        return body[1:-1].strip()
    return title


def _unquote(text: str) -> str:
    """A title without the quotation marks around it. A quote that opens the title and
    closes inside it ("‘I Would Never Call It a Good Time.’ A Mixed-Methods Study") is the
    title's own and stays; one whose partner fell outside the span goes."""
    text = text.strip()
    body = text.rstrip(".,;:")
    if len(body) > 1 and body[0] in _PAIRS:
        partner = _partner(body, body[0])
        if partner < 0:
            return text[1:].strip()
        return without_enclosing_quotes(body) if partner == len(body) - 1 else text
    if body[-1:] in "”»’" and not any(mark in body[:-1] for mark in "“«‘"):
        return body[:-1].strip()
    return text


# "Injury. Jun 12" (then "2018;49(6)"): the issue's date, printed before the year.
_MONTH_AFTER_JOURNAL = re.compile(rf"^(?P<journal>[^.]+)\.\s+(?=(?-i:[A-Z])){MONTH_NAME}(?:\s+\d{{1,2}})?,?\s*$", re.I)
# APA's "Paper presented at the …" introduces the meeting, and is not part of its name.
_PRESENTED_AT = re.compile(r"^(?:(?:paper|poster|talk)\s+)?presented\s+at\s*:?\s+(?:the\s+)?", re.I)


_INTRODUCED = re.compile(r"^(?:In|Em|En|Dans)\s*:?\s+(?=[A-ZÀ-Þ])")
# A journal whose name opens with the word that introduces a book: "Em Questão", "In Vivo".
_JOURNAL_OPENING_WITH_IN = re.compile(r"(?:In|Em|En)\s+[A-ZÀ-Þ]")


def _clean_container(text: str, keep_opening_word: bool = False) -> str:
    text = text.strip() if keep_opening_word else re.sub(r"^(?:In|Em|Dans)\s*:?\s+", "", text.strip())
    text = _PRESENTED_AT.sub("", text)
    text = _MONTH_AFTER_JOURNAL.sub(r"\g<journal>", text)
    text = _unquote(text).strip(" ,;:")
    # A journal in dotted abbreviations keeps its final period ("J. Biol. Chem.", "Green
    # Chem."); others lose it, and so does one whose other abbreviations print no stop
    # ("J Affect Disord.") or a single word ("Neuron."): there it is the sentence's stop.
    dotted = (re.search(r"\b[A-Z][a-z]{0,5}\.$", text) and " " in text.strip()
              and not re.search(r"\b[A-Z]\b(?![.'’])", text))
    # (An ISO 4 abbreviation is cut before a vowel: a last word of five letters or more
    # ending in one is the whole word, "Biol. Psychiatry." of GOST's "// Biol. Psychiatry.
    # 2000.", and its stop the sentence's.)
    whole_last_word = re.search(r"\b[^\W\d_]{4,}[aeiouy]\.$", text)
    if text.endswith(".") and not (dotted or (re.search(r"\b\w+\.\s", text) and not whole_last_word)):
        text = text[:-1]
    return text


# Abbreviated words straight after a journal cut short, before its numbers: the ". Ed." of
# "Angew. Chem. Int. Ed. 2019, 58", which the tagger reads as an editor's mark.
# (Not a number's label: "Bd. 18", "Vol. 3", "No. 2", "Jg. 12", "T. 5", "S. 527".)
_ABBREVIATIONS_AFTER = re.compile(r"\.(?:\s+(?!(?:Bd|Bde|Vol|Vols|No|Nr|Jg|Jahrg|Heft|H|T|S|Pt|Ser)\.)[A-Z][a-z]{0,5}\.)+(?=\s*[\d(])")


def _journal_abbreviations_left_out(text: str, values: dict, where: dict) -> None:
    """The journal, abbreviated word by word, runs on over the abbreviations the tagger
    left out before its numbers ("Angew. Chem. Int" + ". Ed." before "2019, 58")."""
    if "container" not in where:
        return
    start, end = where["container"]
    if not re.search(r"\b[A-Z][a-z]{0,5}\.\s+[A-Z][a-z]{0,5}$", text[start:end]):
        return  # only a journal abbreviated word by word, cut after an abbreviation
    left_out = _ABBREVIATIONS_AFTER.match(text, end)
    if left_out:
        values["container"], where["container"] = text[start: left_out.end()], (start, left_out.end())


def entry_kind(fields: dict, text: str) -> str:
    """The entry type the fields and the wording point to."""
    genre = fields.get("genre", "")
    container = fields.get("container", "")
    thesis = r"thes[ie]s|dissertation|tese|doctora|master|phd|diplom|mémoire"
    if re.search(thesis, genre + " " + text, re.I) and not container:
        return "thesis"
    if re.search(thesis, genre, re.I) and not fields.get("volume"):
        return "thesis"  # Nature's "PhD thesis, Univ. Iowa (2019)": the school read as a source
    if _PREPRINT.search(container) or (_PREPRINT.search(text) and not fields.get("volume")):
        return "preprint"
    # (A chapter or paper about software has editors or a page range: "Broy M (2002)
    # Software engineering … In: Broy M, Denert E (eds) Software pioneers … pp 10–13".)
    if (_SOFTWARE.search(text) and not fields.get("volume") and not fields.get("editors")
            and not re.search(r"\d\s*[-–]\s*\d", fields.get("pages", ""))):
        return "software"
    if _DATASET.search(text) and not fields.get("volume"):
        return "dataset"
    # (Nature and the physics journals abbreviate: "Tech. Rep., Los Alamos National Laboratory".)
    if re.search(r"report|\btech\.?\s*rep\b|working paper|white paper|relat[óo]rio|informe|technical note|bulletin", genre, re.I):
        return "report"
    if container:
        if PROCEEDINGS.search(container) and not fields.get("volume"):
            return "proceedings"
        at = text.find(container[:30])
        introduced = at > 0 and IN.search(text[max(0, at - 12):at]) is not None
        if fields.get("editors") or (not fields.get("volume") and (fields.get("publisher") or introduced)):
            if not (fields.get("title") or fields.get("editors") or fields.get("pages") or introduced):
                return "book"  # "Health literacy in Europe (2015). Copenhagen: WHO.": no chapter of its own
            return "chapter"  # "In: Book" with no volume is a book, not a journal
        return "article"
    if fields.get("publisher") or fields.get("place") or fields.get("edition"):
        if re.search(r"\breport\b|\brelat[óo]rio\b", fields.get("title", "") + " " + text, re.I):
            return "report"
        return "book"
    return "misc"
