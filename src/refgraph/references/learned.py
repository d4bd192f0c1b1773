"""Fields from the tagger's labels: spans → values, names → people, and a type for the entry."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from statistics import fmean

from .identifiers import MONTH_NAME
from .learn.tagger import Tagged
from .patterns import clean_title
from .people import has_person_pattern, looks_like_group, parse_names

# Which tagger label fills which Reference field.
FIELD_OF_LABEL = {
    "title": "title", "container-title": "container", "date": "date", "volume": "volume", "issue": "issue",
    "pages": "pages", "publisher": "publisher", "location": "place", "edition": "edition", "genre": "genre",
    "collection-title": "series", "author": "authors", "editor": "editors", "translator": "translators",
}
_ACCESS_BEFORE = re.compile(r"\b(?:accessed|cited|citado|acesso|acceso|consultado|retrieved|updated|atualizado)\b[^.;\[\]]{0,25}$", re.I)
# "In:", "Em:", "en:", "Dans" — what opens the book or meeting a part appeared in.
_IN = re.compile(r"\b(?:[Ii]n|[Ee]m|[Ee]n|[Dd]ans)\s*:?\s*$")
_VOLUME_WORD = re.compile(r"\b(?:vol|volume|bd|tome)\.?\s*$", re.I)
# Words after which a number is pages, an issue or an edition, never a volume.
_NOT_VOLUME_BEFORE = re.compile(r"\b(?:pp?|s|n|nr|no|num|wyd|ed|edn|heft|issue|number|part|pt|suppl?)\.?\s*$", re.I)
_ISSUE_WORD = re.compile(r"\b(?:no|nr|n[º°o]|núm|num|issue|heft)\.?\s*$", re.I)
# "c2007" (a copyright year) and "2007a" both carry the year.
_YEAR = re.compile(r"(?:\b|(?<=\bc))(?P<year>1[5-9]\d\d|20\d\d)(?P<letter>[a-z])?\b")
_COPYRIGHT_YEAR = re.compile(r"[;:,]\s*(?:c|©\s?)(?P<year>1[5-9]\d\d|20\d\d)\b")
_PROCEEDINGS = re.compile(r"\b(?:proc(?:eedings)?\.?|conference|conf\.|symposium|workshop|congress|meeting|anais|actas)\b", re.I)
_PREPRINT = re.compile(r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|ssrn|psyarxiv|research square|preprints?)\b", re.I)
_DATASET = re.compile(r"\[(?:data ?set|data)\]|\bdata ?set\b|zenodo|dryad|figshare|pangaea|\b10\.5281/|\b10\.5061/", re.I)
_SOFTWARE = re.compile(r"\[(?:computer )?software\]|\bR package\b|\bsoftware\b|\bgithub\.com\b|\(version [\w.]+\)|\bversion \d", re.I)


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
    """Runs cut back to end before a notice ("Published online ahead of print …"), and
    runs inside one dropped: a notice describes the record and belongs to no field."""
    if not notices:
        return runs
    kept = []
    for run in runs:
        last = run.last
        while last >= run.first and any(a <= tagged.tokens[last].start < b for a, b in notices):
            last -= 1
        if last >= run.first and not any(a <= tagged.tokens[run.first].start < b for a, b in notices):
            kept.append(Span(run.label, run.first, last))
    return kept


def span_text(tagged: Tagged, span: Span) -> str:
    return tagged.text[tagged.tokens[span.first].start: tagged.tokens[span.last].end]


def span_confidence(tagged: Tagged, span: Span) -> float:
    return fmean(tagged.confidence[span.first: span.last + 1])


def model_fields(tagged: Tagged) -> tuple[dict, dict]:
    """(fields, confidence per field) from a tagged reference string."""
    from .identifiers import notice_spans

    values: dict[str, str] = {}
    where: dict[str, tuple[int, int]] = {}
    confidence: dict[str, float] = {}
    notices = notice_spans(tagged.text)
    tagged = _organisation_heads_the_list(tagged)
    runs = _outside(tagged, spans(tagged), notices)
    for index, span in enumerate(runs):
        field = FIELD_OF_LABEL.get(span.label)
        if field == "authors" and len(values) > 1:
            break  # names again after the source: a second work printed under the same number
        if field == "title" and "title" in values and "container" not in values and (
                "editors" in values or _IN.search(tagged.text[:tagged.tokens[span.first].start])):
            field = "container"  # "Title. In: Editor E, eds. Book title." — the second title is the book's
        before = tagged.text[max(0, tagged.tokens[span.first].start - 30): tagged.tokens[span.first].start]
        if field in ("date", "volume", "issue", "pages") and _ACCESS_BEFORE.search(before):
            continue  # "Accessed March 05, 2019" dates the reading; its numbers are not the work's
        if field == "pages" and _ISSUE_WORD.search(before):
            field = "issue"  # "Lancet 396, no. 10265 (2020): 1841–1856": a number after "no." is an issue
        if field == "date" and "date" in values and "volume" in values and "pages" not in values and (
                span_text(tagged, span).isdigit()):
            field = "pages"  # "Autophagy 2013, 9, 1624": after year and volume, a year-like page
        elif field == "date" and "date" in values and "container" in values and "volume" not in values and (
                span_text(tagged, span) in values["date"] and span_text(tagged, span).isdigit()
                and next((r.label for r in reversed(runs[:index]) if r.label != "other"), "") in ("container-title", "date")
                and next((r.label for r in runs[index + 1:] if r.label != "other"), "") == "pages"):
            # "Lin Y 2012 Title. Adv. Meteorol. 2012, 1–11.", "Biomed Res Int 2016 (2016): 8797206":
            # straight after the journal (or its year), before the pages, the year is the volume.
            field = "volume"
        if field == "container" and "container" in values and "title" not in values and (
                "editors" in values or _IN.search(tagged.text[:tagged.tokens[span.first].start])):
            # "Author (2000). Chapter. In E. Editor (Eds.), Book (pp. 1–9)": two sources, no
            # title — the one before "In" is the chapter's title.
            values["title"], where["title"] = values.pop("container"), where.pop("container")
            confidence["title"] = confidence.pop("container")
        if field is None or field in values:
            continue  # only the first occurrence: later ones are a translation or a reprint
        start, end = tagged.tokens[span.first].start, tagged.tokens[span.last].end
        if tagged.text[end:end + 1] == ")" and tagged.text.count("(", start, end) > tagged.text.count(")", start, end):
            end += 1  # "Conference on Big Data (Big Data)": the tagger left the closing parenthesis out
        values[field] = tagged.text[start:end]
        if field == "title":
            values[field] = _with_opening_quote(tagged.text, start, values[field])
        where[field] = (start, end)
        confidence[field] = span_confidence(tagged, span)
    # The names' edges first: the title's own edges depend on them.
    _source_in_authors(tagged.text, values, where)
    _title_word_in_authors(tagged.text, values, where)
    _title_after_vancouver_names(tagged.text, values, where)
    _given_name_in_title(tagged.text, values, where)
    _surname_in_title(tagged.text, values, where)
    _title_after_full_name(values, where)
    _book_in_quoted_title(values, where)
    _lone_source_is_title(tagged.text, values, where)
    _publisher_after_place(tagged.text, values, where)
    _issue_as_volume(tagged.text, values, where)
    fields: dict = {}
    if "authors" in values:
        fields["authors"], fields["et_al"] = parse_names(values["authors"])
    if "editors" in values:
        fields["editors"], _ = parse_names(values["editors"])
    if "title" in values:
        fields["title"] = clean_title(_unquote(values["title"]))
    if "container" in values:
        fields["container"] = _clean_container(values["container"])
    if "date" in values:
        year = _YEAR.search(values["date"])
        if year:
            fields["year"] = year.group("year")
            fields["year_suffix"] = year.group("letter") or ""
        elif re.search(r"\bn\.\s?d\b|\bs\.\s?d\b|\bsem data\b", values["date"], re.I):
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
            fields[field] = values[field].strip(" .,;:()[]")
    return fields, {k: round(v, 3) for k, v in confidence.items()}


def _issue_as_volume(text: str, values: dict, where: dict) -> None:
    """A number the tagger called the issue, with no volume, after "vol." or straight
    after the journal with the pages next, is the volume ("JHEP 11, 129 (2014)",
    "Phys. Rev. B, vol. 83")."""
    if "issue" not in values or "volume" in values or not values["issue"].strip(" ,.").isdigit():
        return
    start, end = where["issue"]
    before, after = text[max(0, start - 12): start], text[end: end + 4]
    if _VOLUME_WORD.search(before) or (re.search(r"[A-Za-z.]\s$", before) and not _NOT_VOLUME_BEFORE.search(before)
                                       and re.match(r"\s*,\s*\d", after)):
        values["volume"] = values.pop("issue")


# "Agency for Coastal Affairs, Norway (ACA). 2011. Guidance …": the words before an
# author–date year, a bracketed acronym allowed, and the year itself. No sentence ends
# inside the name ("U.S." and "Inc." may stand in it, "Herder, J. G. Journal … 1769" may not).
_AUTHOR_DATE_HEAD = re.compile(
    r"\s*(?P<who>(?:[^\d().“”\"«»]|\.(?=\S)|(?<=\b[A-Z])\.|(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCo)|(?<=\bCorp)|(?<=\bDept))\.)"
    r"{3,150}?(?:\s\([A-Z][A-Za-z&]{1,12}\))?)[.,]?\s*"
    r"\(?(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.?)\)?\s*[.,:]")
_JOURNAL_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,6}\.\s+[A-Z][a-z]{0,6}\.")
_WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def _organisation_heads_the_list(tagged: Tagged) -> Tagged:
    """Relabel as the author an organisation the tagger read as a source or a title.

    The tagger knows organisations mostly as publishers and journals, so "Environmental
    Protection Agency (EPA). 1997. Guidance …" and "World Meteorological Organization.
    State of the climate [Internet]. Geneva: WMO; 2022" come back authorless or cut in
    two. In author–date styles whatever stands before the year is the author; in
    Vancouver a source never opens an entry, so an organisation's name there, with the
    title next, is the author. People are left to the tagger."""
    if not tagged.labels:
        return tagged
    head = _AUTHOR_DATE_HEAD.match(tagged.text)
    if head:
        who, year, end = head.group("who"), (head.start("year"), head.end("year")), head.end()
        if _JOURNAL_ABBREVIATION.search(who) or not _WORDS.search(tagged.text[end:]):
            return tagged  # a journal heads a header reference ("Biostatistics (2003). 4, 2, 195")
        if tagged.labels[0] not in ("author", "publisher", "container-title"):
            return tagged  # a title first ("Health literacy in Europe (2015)") has no author
        if tagged.labels[0] == "author" and not looks_like_group(who):
            return tagged
        who_end = head.end("who")
    else:
        opening = _source_opening(tagged)
        if opening is None:
            return tagged
        who_end, year, end = opening, (opening, opening), opening
        who = tagged.text[:who_end]
        if not looks_like_group(who) or _JOURNAL_ABBREVIATION.search(who):
            return tagged
    if has_person_pattern(who):
        return tagged
    labels = list(tagged.labels)
    for index, token in enumerate(tagged.tokens):
        if token.start >= end:
            break
        if token.start >= year[1]:
            labels[index] = "other"
        elif token.start >= year[0]:
            labels[index] = "date"
        else:
            labels[index] = "author" if token.end <= who_end else "other"
    return replace(tagged, labels=tuple(labels))


def _source_opening(tagged: Tagged) -> int | None:
    """Where a run the tagger called a source ends, when it opens the entry and a title
    follows its full stop; None otherwise."""
    label = tagged.labels[0]
    if label not in ("publisher", "container-title"):
        return None
    index = 0
    while index < len(tagged.labels) and tagged.labels[index] == label:
        index += 1
    after = [l for l in tagged.labels[index:] if l != "other"]
    if index >= len(tagged.tokens) or tagged.tokens[index].text != "." or not after or after[0] != "title":
        return None
    return tagged.tokens[index - 1].end


# "“The Event and the Everyday.” In Life and Words: …" — a quoted chapter title run
# together with the book it appeared in.
_QUOTED_THEN_BOOK = re.compile(r"(?P<title>[“\"‘«„][^”\"’»“]{3,}[”\"’»“])[.,]?\s+(?:In|Em|En|Dans)\s*:?\s+(?P<book>\S.*)", re.S)


def _book_in_quoted_title(values: dict, where: dict) -> None:
    """Split a quoted chapter title from the book the tagger ran into it."""
    if "container" in values or "title" not in values:
        return
    both = _QUOTED_THEN_BOOK.fullmatch(values["title"].strip())
    if both:
        start, end = where["title"]
        offset = start + len(values["title"]) - len(values["title"].lstrip())
        values["title"], values["container"] = both.group("title"), both.group("book")
        where["title"] = (offset, offset + both.end("title"))
        where["container"] = (offset + both.start("book"), end)


_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,6}\.\s+[A-Z]")


def _lone_source_is_title(text: str, values: dict, where: dict) -> None:
    """A source with no title, no "In" and nothing a journal carries (volume, issue,
    a page range), but with an imprint or a page count, is the work itself: "Toronto Foundation. 2014. Toronto's Vital Signs Report
    2014. Toronto, ON." names a report, not a chapter in one."""
    if "title" in values or "container" not in values or any(f in values for f in ("volume", "issue", "editors")):
        return
    page_count = "pages" in values and re.match(r"\s*pp?\.", text[where["pages"][1]:]) and values["pages"].strip().isdigit()
    if "pages" in values and not page_count:
        return
    if "authors" not in values or not ("publisher" in values or "place" in values or page_count):
        return  # only an imprint or a page count ("112 p.") says the work stands alone
    source = values["container"]
    if _IN.search(text[: where["container"][0]]) or _PROCEEDINGS.search(source) or _ABBREVIATED.search(source):
        return  # a book or meeting it appeared in, or a journal ("Nat. Biomed. Eng. 2025")
    values["title"], where["title"] = values.pop("container"), where.pop("container")


def _publisher_after_place(text: str, values: dict, where: dict) -> None:
    """"Geneva: WHO; 2020" is an imprint: a "source" straight after a place and its colon,
    with nothing a journal carries, is the publisher."""
    if "container" not in values or "place" not in where or "publisher" in values:
        return
    if any(f in values for f in ("volume", "issue", "pages")):
        return
    if re.fullmatch(r"\s*:\s*", text[where["place"][1]: where["container"][0]]):
        values["publisher"], where["publisher"] = values.pop("container"), where.pop("container")


def _settle_volume(fields: dict) -> None:
    """A volume that cannot be one. A series letter glued to it belongs to the journal;
    a range with no pages is the pages ("In Book
    111–138 (Routledge, 2016)"); a word before the number with no journal is the journal
    ("IJSER 4, 1909–1911")."""
    volume = fields.get("volume", "")
    series = re.fullmatch(r"(?P<letter>[A-Z])\s?(?P<number>\d+)", volume)
    if series and fields.get("container", "").endswith("."):
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


_SURNAME_FIRST = re.compile(r"^\s*(?:[\w'’‐-]+\s){0,3}[\w'’‐-]+,\s*(?:[A-Z][a-z]?\.?[\s‐-]*){1,4}(?:Jr\.?)?\s*$")
_GIVEN_FIRST = re.compile(r"^\s*(?:and\s+|&\s*)?(?:[A-Z][a-z]?\.[\s‐-]*){1,4}[\w'’‐-]+(?:\s[\w'’‐-]+){0,3}\s*$")
# "J. Cao, Sci. Adv." — the last name of a title-less list read into the journal.
_NAME_BEFORE_SOURCE = re.compile(r"^\s*((?:[A-Z][a-z]?\.[\s‐-]*){1,4}[A-Z][\w'’‐-]+),\s+(?=[A-Z])")

# "J. Control" (of "J. Control. Release"), "Front. Biosci": not the list's last pair
# ("B. Loock et E. Bisagni"), which the period after it also ends.
_ONE_NAME = re.compile(r"^(?!.*\s(?:et|and|&|und|e|y|i)\s)\s*\w.*$")


def _source_in_authors(text: str, values: dict, where: dict) -> None:
    """Give back a journal the tagger read as the last author, in title-less styles:
    "de Vos, D. E.; Green Chem. 2007, 9, 1104" (every other name has the
    "Surname, I." shape, this one has not) and "M. Alibolandi, J. Control. Release 2019"
    (every name is followed by a comma; this one by an abbreviating period)."""
    if "authors" not in values or "title" in values:
        return
    names = values["authors"]
    straggler = _NAME_BEFORE_SOURCE.match(values.get("container", ""))
    if straggler and all(_GIVEN_FIRST.match(c) for c in names.split(",")[-3:]):
        values["authors"] = f"{names.rstrip(' ,')}, {straggler.group(1)}"
        values["container"] = values["container"][straggler.end():]
        where["container"] = (where["container"][0] + straggler.end(), where["container"][1])
        return
    start, end = where["authors"]
    if ";" in names:
        chunks = names.split(";")
        last = chunks[-1]
        if len(chunks) < 3 or "," in last or not all(_SURNAME_FIRST.match(c) for c in chunks[:-1]):
            return
    else:
        chunks = names.split(",")
        last = chunks[-1]
        if (len(chunks) < 2 or not all(_GIVEN_FIRST.match(c) for c in chunks[:-1])
                or not text[end:end + 2].startswith(".") or not _ONE_NAME.match(last)):
            return
    if not last.strip():
        return
    source_start = start + len(names) - len(last.lstrip())  # where the journal's first word begins
    source_end = where["container"][1] if "container" in values and where["container"][0] >= end else end
    if text[source_end: source_end + 1] == ".":
        source_end += 1  # "Microsyst. Nanoeng." keeps its abbreviating stop
    values["authors"] = names[: len(names) - len(last)].rstrip(" ;,")
    values["container"] = text[source_start:source_end]
    where["container"] = (source_start, source_end)


# "Chafik, L. & Rossby, T. Volume, heat, and …": after the list's last initials, a
# capitalised word that is no name opens the title.
_WORD_AFTER_INITIALS = re.compile(r"(?<=[,&]\s)[A-Z][\w'’‐-]+,\s+(?:[A-Z]\.\s?){1,3}\s*(?P<word>[A-Z][a-z]+)$")


def _title_word_in_authors(text: str, values: dict, where: dict) -> None:
    """Give the title back its first word when the tagger ended the names with it."""
    if "authors" not in values or "title" not in values:
        return
    straggler = _WORD_AFTER_INITIALS.search(values["authors"])
    start, _ = where["authors"]
    title_start, title_end = where["title"]
    if not straggler:
        return
    word_start = start + straggler.start("word")
    if re.fullmatch(r"[\s,:;]*", text[word_start + len(straggler.group("word")): title_start]):
        values["authors"] = values["authors"][: straggler.start("word")].rstrip()
        values["title"] = text[word_start:title_end]
        where["title"] = (word_start, title_end)


# "Ritchie, Jack: Styles of Thinking" — a given name, then the colon or comma that ends
# the names; not a word that opens titles ("Brown, Introduction: …").
_GIVEN_NAME_OPENING = re.compile(r"(?P<name>[A-Z][a-z]{1,15})\s*[:,]\s+(?=\S)")
_TITLE_OPENERS = frozenset("Introduction Review Editorial Preface Foreword Commentary Chapter Part Letter "
                           "Correction Erratum Response Reply Abstract Conclusion Summary Overview".split())


# "Rambaut A. Molecular Evolution": Vancouver names end at the stop after the initials.
_VANCOUVER_NAMES_THEN_WORDS = re.compile(
    r"(?P<names>(?:[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)? [A-Z]{1,4}, )*[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)? [A-Z]{1,4})"
    r"\.\s+(?P<words>[A-Z].*)")


def _title_after_vancouver_names(text: str, values: dict, where: dict) -> None:
    """Give the title back the words the tagger ran on into Vancouver names past their
    closing stop ("Rambaut A. Molecular Evolution, Phylogenetics and …")."""
    if "authors" not in values or "title" not in values:
        return
    run_on = _VANCOUVER_NAMES_THEN_WORDS.fullmatch(values["authors"].strip())
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    if not run_on or not re.fullmatch(r"[\s,:;]*", text[names_end:title_start]):
        return
    words = run_on.group("words")
    if len(words.split()) < 2 or re.search(r"\b[A-Z]\.|\s(?:and|&|et|e|y|und)\s", words):
        return  # "Barry W. Smith", "Meher L. C., Kulkarni M. G.": given names first, not a title
    offset = names_start + len(values["authors"]) - len(values["authors"].lstrip())
    words_start = offset + run_on.start("words")
    values["authors"] = run_on.group("names")
    where["authors"] = (offset, offset + run_on.end("names"))
    values["title"] = text[words_start:title_end]
    where["title"] = (words_start, title_end)


def _given_name_in_title(text: str, values: dict, where: dict) -> None:
    """Give the names back a given name the tagger read as the title's first word, when
    the names are a bare surname and a comma ("Ritchie, Jack: Styles of …")."""
    if "authors" not in values or "title" not in values or not re.fullmatch(r"[^\W\d_][\w'’-]+", values["authors"].strip()):
        return
    (_, names_end), (title_start, title_end) = where["authors"], where["title"]
    opening = _GIVEN_NAME_OPENING.match(values["title"])
    if not opening or opening.group("name") in _TITLE_OPENERS or not re.fullmatch(r"\s*,\s*", text[names_end:title_start]):
        return
    values["authors"] = text[where["authors"][0]: title_start + opening.end("name")]
    where["authors"] = (where["authors"][0], title_start + opening.end("name"))
    values["title"] = values["title"][opening.end():]
    where["title"] = (title_start + opening.end(), title_end)


_ONLY_INITIALS = re.compile(r"\s*(?:and\s+|&\s*)?(?:[A-Z]\.[\s‐-]*){1,4}")
_FIRST_WORD = re.compile(r"(?P<word>[A-Z][\w'’‐-]+)\s+(?=[A-Z])")


def _surname_in_title(text: str, values: dict, where: dict) -> None:
    """Give the names back the last surname the tagger read as the title's first word,
    when the stop after it is missing ("I. M. Dubovskiy, T. M. Butt Metarhizium
    brunneum …"): every other name is "I. Surname", the last is bare initials."""
    if "authors" not in values or "title" not in values:
        return
    pieces = values["authors"].rstrip(" ,").split(",")
    if len(pieces) < 2 or not _ONLY_INITIALS.fullmatch(pieces[-1]) or not all(_GIVEN_FIRST.match(p) for p in pieces[:-1]):
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    word = _FIRST_WORD.match(values["title"])
    if word and not text[names_end:title_start].strip():
        values["authors"] = text[names_start: title_start + word.end("word")]
        where["authors"] = (names_start, title_start + word.end("word"))
        values["title"] = values["title"][word.end():]
        where["title"] = (title_start + word.end(), title_end)


# "Sykes, Stephen, Power and Christian Theology, London: …": one author with the full
# given name, then the title with no stop between them.
_FULL_NAME_THEN_WORDS = re.compile(
    r"(?P<names>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?, [A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+)*(?: [A-Z]\.)*),"
    r" (?P<words>[^\W\d_].*)", re.S)
_LIST_JOIN = re.compile(r"(?:^|,\s*)(?:and|&|et|und|e|y)\s|&|\bet al\b")


# Initials after the first word make a particle's name ("Le QV", "El Aloui M"), not a title.
_INITIALS_IN = re.compile(r"(?:^|\s)[A-Z]{1,3}\.?(?:\s|$)")
# Words that open titles and never a name: "J. Griffin, The Odyssey, Cambridge 1987."
_ARTICLE_OPENING = re.compile(r"(?:The|A|An|On|Le|La|Les|L['’]|Die|Der|Das|Il|Lo|El|Los|Las|Um|Uma|Un|Une|Ein|Eine)\s")


def _title_after_full_name(values: dict, where: dict) -> None:
    """Give the title back the words the tagger ran into the names when it found no
    title: after "Surname, Given," a list goes on only with a conjunction ("…, and Rachel
    Stein"), and a piece opening with an article ("J. Griffin, The Odyssey") is no name."""
    if "title" in values or "authors" not in values:
        return
    names = values["authors"]
    start = where["authors"][0] + len(names) - len(names.lstrip())
    article = next((m for m in re.finditer(r",\s+", names.strip()) if _ARTICLE_OPENING.match(names.strip(), m.end())
                    and not _INITIALS_IN.search(names.strip()[m.end():].split(",")[0].split(None, 1)[-1])), None)
    if article:
        title_start = start + article.end()
        values["title"], where["title"] = names.strip()[article.end():], (title_start, start + len(names.strip()))
        values["authors"], where["authors"] = names.strip()[: article.start()], (start, start + article.start())
        return
    run_on = _FULL_NAME_THEN_WORDS.fullmatch(names.strip())
    if not run_on or _LIST_JOIN.search(run_on.group("words")):
        return
    values["authors"], where["authors"] = run_on.group("names"), (start, start + run_on.end("names"))
    values["title"] = run_on.group("words")
    where["title"] = (start + run_on.start("words"), where["authors"][0] + len(names.rstrip()))


def _with_opening_quote(text: str, start: int, title: str) -> str:
    """The title with the opening quote the tagger left out, when the title closes it
    itself ("‘I Would Never Go Back.’ A Study …")."""
    before = text[:start].rstrip()
    opening = before[-1:]
    if opening in _PAIRS and opening not in "\"'" and _PAIRS[opening] in title and opening not in title:
        return opening + title
    return title


def _unquote(text: str) -> str:
    """A title without the quotation marks around it. A quote that opens the title and
    closes inside it ("‘I Would Never Call It a Good Time.’ A Mixed-Methods Study") is the
    title's own and stays; one whose partner fell outside the span goes."""
    text = text.strip()
    body = text.rstrip(".,;:")
    if len(body) > 1 and body[0] in _PAIRS:
        partner = _partner(body, body[0])
        if partner == len(body) - 1:
            return body[1:-1].strip()
        if partner < 0:
            return text[1:].strip()
        return text
    if body[-1:] in "”»’" and not any(mark in body[:-1] for mark in "“«‘"):
        return body[:-1].strip()
    return text


# "Injury. Jun 12" (then "2018;49(6)"): the issue's date, printed before the year.
_MONTH_AFTER_JOURNAL = re.compile(rf"^(?P<journal>[^.]+)\.\s+(?=(?-i:[A-Z])){MONTH_NAME}(?:\s+\d{{1,2}})?,?\s*$", re.I)
# APA's "Paper presented at the …" introduces the meeting, and is not part of its name.
_PRESENTED_AT = re.compile(r"^(?:(?:paper|poster|talk)\s+)?presented\s+at\s+(?:the\s+)?", re.I)


def _clean_container(text: str) -> str:
    text = re.sub(r"^(?:In|Em|Dans)\s*:?\s+", "", text.strip())
    text = _PRESENTED_AT.sub("", text)
    text = _MONTH_AFTER_JOURNAL.sub(r"\g<journal>", text)
    text = _unquote(text).strip(" ,;:")
    # A journal in dotted abbreviations keeps its final period ("J. Biol. Chem."); others lose it.
    if text.endswith(".") and not re.search(r"\b[A-Z][a-z]{0,5}\.$|\b\w+\.\s", text):
        text = text[:-1]
    return text


def entry_kind(fields: dict, text: str) -> str:
    """The entry type the fields and the wording point to."""
    genre = fields.get("genre", "")
    container = fields.get("container", "")
    if re.search(r"thes[ie]s|dissertation|tese|doctora|master|phd|diplom|mémoire", genre + " " + text, re.I) and not container:
        return "thesis"
    if _PREPRINT.search(container) or (_PREPRINT.search(text) and not fields.get("volume")):
        return "preprint"
    if _SOFTWARE.search(text) and not fields.get("volume"):
        return "software"
    if _DATASET.search(text) and not fields.get("volume"):
        return "dataset"
    if re.search(r"report|working paper|white paper|relat[óo]rio|informe|technical note|bulletin", genre, re.I):
        return "report"
    if container:
        if _PROCEEDINGS.search(container) and not fields.get("volume"):
            return "proceedings"
        at = text.find(container[:30])
        introduced = at > 0 and _IN.search(text[max(0, at - 12):at]) is not None
        if fields.get("editors") or (not fields.get("volume") and (fields.get("publisher") or introduced)):
            return "chapter"  # "In: Book" with no volume is a book, not a journal
        return "article"
    if fields.get("publisher") or fields.get("place") or fields.get("edition"):
        if re.search(r"\breport\b|\brelat[óo]rio\b", fields.get("title", "") + " " + text, re.I):
            return "report"
        return "book"
    return "misc"
