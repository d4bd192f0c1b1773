"""Mends of a reading that decide what kind of work an entry is and who issued it, from
how it is printed: a preprint's server, an online-first article's journal that its DOI
spells, a book's or program's publisher, a program's release, a web page's site, a
report's number, a thesis's degree and school, the body that wrote it. Each applies only
where its evidence is in the printed entry; they are run by :func:`refgraph.references.printed.mend_reading` and
tested on made-up strings in tests/test_parser_styles.py."""
from __future__ import annotations

import re

from .books import PLACE_PUBLISHER, names_a_place, place_after_publisher
from .identifiers import IN_PRESS_WORDS, MONTH_NAME
from .journals import known_journal
from .model import Author
from .patterns import BODY_NOUN, JOURNAL_JOINERS, PREPRINT_SERVER, PUBLISHER_WORD, YEAR, YEAR_RUN, capitalised
from .people import COUNTRY_OPENING, names_an_organisation, parse_names
from .places import imprint_parts, known_place
from .repairs import semicolon_names_end


def _kept_stop(ended: re.Match[str]) -> str:
    """The title before a sentence that was parted off it, with its "?" or "!" (a "."
    only ends the sentence)."""
    return ended.group("title") + (ended.group("stop") if ended.group("stop") != "." else "")


_SERVER_ENDS_TITLE = re.compile(rf"^(?P<title>.{{8,}}?[^\s.])(?P<stop>[.?!])\s+(?P<server>{PREPRINT_SERVER})(?:\s*\[(?:preprint|pre-print)\])?$", re.I)
# The server standing alone as the source: "medRxiv [Preprint]. 2020", "Title. bioRxiv. https://…",
# "bioRxiv 2020.01.01.123456" — not "arXiv:2101.12345" or a URL, which are identifiers (and
# arXiv, named alone, is read as where the e-print stands only at the title's end: "ArXiv,
# abs/2009.10277" is its identifier's prefix).
_SERVER_AS_SOURCE = re.compile(rf"(?:^|[.,;]\s+)(?!arxiv)(?P<server>{PREPRINT_SERVER})(?=\s*(?:\[(?:preprint|pre-print)\])?\s*(?:[.,;]|\s\d{{4}}|$))(?![:/])", re.I)


def preprint_server(fields: dict, core: str) -> dict:
    """A preprint's server is its source: "Title. bioRxiv. https://doi.org/…" and
    "medRxiv [Preprint]. 2020" name where the work stands, as a journal's name does,
    and a reading that put the server at the end of the title, or left it out, misses it."""
    # AMA 11's "arXiv. Preprint posted online June 12, 2017.": the statement dates the
    # posting, its day is no volume; the server stands before it, in the journal read or,
    # when only the statement was read as the journal, in the entry.
    posted = _POSTED_ONLINE.fullmatch(fields.get("journal") or "")
    server = posted.group("server") if posted else ""
    if not re.fullmatch(PREPRINT_SERVER, server, re.I):
        found = _SERVER_POSTED.search(core) if posted else None
        server = found.group("server") if found else ""
    if server:
        fields = {**fields, "journal": server, "kind": "preprint"}
        if re.fullmatch(r"\d{1,2}", fields.get("volume") or "") and re.search(rf"\b{MONTH_NAME}\s+{fields['volume']},", core, re.I):
            fields["volume"] = ""
    server_as_journal = re.fullmatch(PREPRINT_SERVER, fields.get("journal") or "", re.I)
    if server_as_journal and fields.get("kind") == "article" and not fields.get("volume"):
        return {**fields, "kind": "preprint"}  # "Title. bioRxiv. 2020. doi:10.1101/…"
    if fields.get("journal") or fields.get("booktitle") or fields.get("kind") not in (None, "misc", "online", "preprint"):
        return fields
    ended = _SERVER_ENDS_TITLE.match(fields.get("title") or "")
    if ended:
        title = _kept_stop(ended)
        return {**fields, "title": title, "journal": ended.group("server"), "kind": "preprint"}
    named = _SERVER_AS_SOURCE.search(core)
    if named and named.group("server") not in (fields.get("title") or "") and fields.get("title"):
        return {**fields, "journal": named.group("server"), "kind": "preprint"}
    return fields


_POSTED_ONLINE = re.compile(r"(?P<server>.*?)[.,]?\s*(?:\[?Preprint\]?\.?\s+)?posted online\b.*", re.I)
_SERVER_POSTED = re.compile(rf"(?P<server>{PREPRINT_SERVER})[.,]?\s+(?:\[?Preprint\]?\.?\s+)?posted online\b", re.I)


# The last sentence of a title, short and capitalised: where a journal stands when no
# volume follows it ("… in adolescents. Pain. doi:10.1097/j.pain.…").
_LAST_SENTENCE = re.compile(r"^(?P<title>.{8,}?[^\s.A-Z])(?P<stop>[.?!])\s+(?P<journal>[A-Z][\w&'’-]*(?:\.?\s+[A-Z&][\w&'’-]*){0,3})\.?$")


def _doi_names(journal: str, doi: str) -> bool:
    """Whether a DOI's suffix spells the journal, whole or by its initials, as publishers
    build them: Elsevier's "10.1016/j.neuron.…" and "j.jad.…" (J Affect Disord), LWW's
    "j.pain.…", Wiley's "pce.13456" (Plant Cell Environ), MDPI's "ijms21010001",
    JAMA's "jamapsychiatry.2020.…", Oxford's "brain/awaa001"."""
    words = [w for w in re.findall(r"[^\W\d_]+", journal.lower()) if w not in JOURNAL_JOINERS]
    if not words or "/" not in doi:
        return False
    whole, initials = "".join(words), "".join(w[0] for w in words)
    for part in re.split(r"[./_()-]", doi.split("/", 1)[1].lower()):
        head = re.sub(r"\d+$", "", part)
        if head and (head == whole or (len(initials) >= 2 and head == initials)):
            return True
    return False


def journal_named_by_doi(fields: dict) -> dict:
    """An article online before its issue, printed with no volume, whose journal the
    reading ran into the title ("Title. Pain. doi:10.1097/j.pain.…", "2020. Title.
    Neuron. https://doi.org/10.1016/j.neuron.…"): the title's last sentence is the journal
    where the DOI spells it — the evidence a publisher's DOI carries, never the words alone
    (a title may end in a short sentence)."""
    if fields.get("journal") or fields.get("booktitle") or fields.get("volume") or not fields.get("doi"):
        return fields
    if fields.get("kind") not in (None, "misc", "article", "online"):
        return fields
    ended = _LAST_SENTENCE.match(fields.get("title") or "")
    if not ended or not _doi_names(ended.group("journal"), fields["doi"]):
        return fields
    title = _kept_stop(ended)
    return {**fields, "title": title, "journal": ended.group("journal"), "kind": "article"}


# NLM's place with its state or country in brackets: "Treasure Island (FL)", "Bethesda (MD)".
_BRACKETED_REGION = re.compile(r"\s\([A-Z][A-Za-z]{1,3}\)$")


def place_in_publisher(fields: dict) -> dict:
    """Springer's and Harvard's "Publisher, Place" ("Longmans, Green & Co., London") read
    whole as the publisher: the place is the tail the training strings print as a place;
    NLM's "Treasure Island (FL): StatPearls Publishing", the head before the colon, where
    a bracketed region or the town list says it is a place."""
    if fields.get("place"):
        return fields
    imprint = PLACE_PUBLISHER.match(fields.get("publisher") or "")
    if imprint and (_BRACKETED_REGION.search(imprint.group("place")) or known_place(imprint.group("place"))):
        return {**fields, "place": imprint.group("place").strip(), "publisher": imprint.group("publisher").strip()}
    if ", " not in (fields.get("publisher") or ""):
        return fields
    publisher, place = place_after_publisher(fields["publisher"])
    return {**fields, "publisher": publisher, "place": place} if place else fields


# NLM's conference paper or proceedings (Citing Medicine): "…Conference on Pain; 2002 Aug
# 17-22; San Diego, CA. Seattle: IASP Press; 2003. p. 1-10." — the meeting's dates and city,
# then the imprint's place, publisher and year of publication.
_NLM_MEETING = re.compile(
    rf";\s*(?P<dates>{YEAR}(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?[^;]{{0,40}});\s*(?P<city>[^;:.]{{2,80}})\.\s+"
    rf"(?P<place>[^;:.]{{2,60}}):\s*(?P<publisher>[^;]{{2,120}}?)[;,]\s*(?P<year>{YEAR})\b")


def nlm_meeting_imprint(fields: dict, text: str) -> dict:
    """The place, publisher and year of an NLM conference paper's imprint, not the
    meeting's city and dates before it (which the reading mixed into them)."""
    found = _NLM_MEETING.search(text)
    if not found or fields.get("journal"):
        return fields
    return {**fields, "place": found.group("place").strip(), "publisher": found.group("publisher").strip(),
            "year": found.group("year")}


# MLA's university presses: "Oxford UP", "U of Chicago P", "Harvard UP".
_MLA_PRESS = re.compile(r"(?:^|\s)(?:UP|U\s+of\s+[A-Z][\w ]*\sP)$")


def publisher_in_place(fields: dict) -> dict:
    """A place read with the publisher in it and no publisher beside: French "Paris,
    L'Harmattan" (place first) or "Universe Books, New York" (publisher first). The
    publisher must be one by its words ("Press", "Verlag", "Éditions"): countries and
    states are missing from the learnt place words, and the learnt publisher words hold
    places ("Michigan" of "University of Michigan Press"), so without such a word "Ann
    Arbor, Michigan" would lose "Michigan" to the publisher."""
    place = fields.get("place") or ""
    publisher = fields.get("publisher") or ""
    if place and not publisher and _MLA_PRESS.search(place):  # MLA's "Oxford UP", "U of Chicago P"
        head, comma, press = place.rpartition(", ")
        return {**fields, "publisher": press, "place": head}
    if publisher and not place and known_place(publisher) and not (publisher.isupper() and len(publisher) > 3):
        # "Title. Oxford; 1968.": a town alone where Vancouver puts the publisher is the
        # place of a house that names no publisher. An acronym of four letters or more,
        # "NICE; 2022.", is the body that published it, not the town of Nice; shorter
        # capitals stay places ("USA", "UK", a state's "CA").
        return {**fields, "place": publisher, "publisher": ""}
    if publisher or not re.search(r",\s|:", place):
        return fields
    if ", " in place:
        head, tail = (part.strip() for part in place.split(", ", 1))
        if PUBLISHER_WORD.search(head) and names_a_place(tail):
            return {**fields, "publisher": head, "place": tail}
        imprint = _place_then_publisher(place)
        if imprint:
            return {**fields, "place": imprint[0], "publisher": imprint[1]}
    # Otherwise the towns the place list knows tell the place from the publisher, in
    # either order ("Paris, Fayard", "Fayard, Paris", "London:Nelson").
    imprint = imprint_parts(place)
    return {**fields, "place": imprint[0], "publisher": imprint[1]} if imprint else fields


def _place_then_publisher(text: str, bodies: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(place, publisher) of "Place, Publisher" ("Paris, Éditions du Seuil", "Münster,
    Deutsche Hochschule der Polizei"): the head one the training strings print as a place,
    the tail a publisher by its words, a body's name, or the body that wrote the work."""
    head, _, tail = text.rpartition(", ")
    head, tail = head.strip(), tail.strip()
    if head and tail and names_a_place(head) and (
            tail in bodies or PUBLISHER_WORD.search(tail) or _BODY_WORD.search(tail)):
        return head, tail
    return None


def publisher_read_as_journal(fields: dict, italic: list[str], core: str) -> dict:
    """MLA's and Chicago's book "Title. Publisher, Year." ("Joyce, James. *Dubliners*.
    Grant Richards, 1914.") read as a journal with no volume and no pages: the name
    before the closing year is the publisher when the title is the entry's italics (a
    journal would be in italics, not the title), or, unstyled, when its words are
    capitalised publishers' words (one not also a place's) and none is only a journal's
    ("Routledge", "Pantheon Books"; not "Nature", "The Guardian", "London and New York")."""
    journal, year = fields.get("journal") or "", fields.get("year") or ""
    if (fields.get("kind") not in (None, "article", "misc") or not journal or not year
            or fields.get("volume") or fields.get("issue") or fields.get("pages")):
        return fields
    if not re.search(rf"{re.escape(journal)}[\s.]*,\s*{year}[a-z]?\.?\s*$", core):
        return fields
    runs = {run.strip(" .,") for run in italic}
    if journal.strip(" .,") in runs:
        return fields
    from .learn.tagger import default_tagger

    lexicon = default_tagger().lexicon
    words = [word.lower().strip(".,") for word in journal.split()]
    publishers_words = (all(word[:1].isupper() or word in ("of", "and", "&") for word in journal.split())
                        and any(word in lexicon.publisher and word not in lexicon.place for word in words)
                        and not any(word in lexicon.journal and word not in lexicon.publisher for word in words))
    if not ((fields.get("title") or "").strip(" .,") in runs or publishers_words):
        return fields
    if names_a_place(journal) and not fields.get("place"):
        return {**fields, "kind": "book", "journal": "", "place": journal.strip(" ,")}  # "London and New York, 1992."
    return {**fields, "kind": "book", "journal": "", "publisher": journal.strip(" ,")}


# Words only journals are named by: an organisation's name holding one is a journal's
# ("Journal of the American Medical Association", "Health Affairs").
_JOURNAL_WORD = re.compile(r"\b(?:Journal|Review|Annals|Proceedings|Letters|Bulletin|Transactions|Acta|Archives|Reports|"
                           r"Quarterly|Magazine|Gazette|Affairs|Research|Science|Medicine|Studies)\b", re.IGNORECASE)


# Words that name a body and never a journal ("Statistics", "Health" name both).
_BODY_WORD = re.compile(r"\b(?:Foundation|Organi[sz]ation|Institute|Agency|Ministry|Department|Office|Bureau|Council|"
                        r"Commission|Inc|Ltd|Corporation|Company|GmbH)\b")


def _body_not_journal(name: str, authors: tuple[Author, ...]) -> bool:
    """APA's report or software "Body. (2019). Title. Publisher." read with the publisher
    as a journal: the name is the body that wrote it (or its initials, "WHO"), or names
    an organisation or a press with no word a journal is named by."""
    name = name.strip(" .,")
    bodies = [author.literal for author in authors if author.literal]
    if any(name.lower() == body.strip(" .").lower() or name == _initials(body) or f"({name})" in body for body in bodies):
        return True
    from .learn.tagger import default_tagger

    journal_words = default_tagger().lexicon.journal
    if _JOURNAL_WORD.search(name):
        return False
    if _BODY_WORD.search(name) or PUBLISHER_WORD.search(name):
        return True  # "R Foundation for Statistical Computing", whatever its other words
    return names_an_organisation(name) and not any(w.lower() in journal_words for w in re.findall(r"[^\W\d_]+", name))


def _initials(body: str) -> str:
    """"WHO" of "World Health Organization" (the capitalised words' first letters)."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", body) if word[0].isupper())


def publisher_before_place(fields: dict, core: str) -> dict:
    """Elsevier's Harvard imprint "Title. Publisher, Place." where the reading found the
    place but ran the publisher into the title, or took it for a journal ("R: A language
    and environment for statistical computing. R Foundation for Statistical Computing,
    Vienna, Austria."): a name in capitals that names an organisation or a press, printed
    just before the place, with no volume or pages after it, is the publisher — or, with
    no place, the name that ends the entry ("… Computing. R Foundation for Statistical
    Computing. (https://www.R-project.org/)")."""
    place = fields.get("place")
    if fields.get("publisher") or fields.get("booktitle") or fields.get("volume") or fields.get("pages"):
        return fields
    if not place and fields.get("journal") and not _body_not_journal(fields["journal"], fields.get("authors") or ()):
        return fields
    if fields.get("journal"):
        title, name = fields.get("title") or "", fields["journal"]
    else:
        ended = re.match(r"^(?P<title>.{8,}?[^\s.A-Z])(?P<stop>[.?!])\s+(?P<name>[A-Z][^.?!]{2,80})$", fields.get("title") or "")
        if not ended:
            return fields
        title = _kept_stop(ended)
        name = ended.group("name").strip()
    if not capitalised(name) or not (names_an_organisation(name) or PUBLISHER_WORD.search(name)):
        return fields
    if place and f"{name}, {place}" not in core:
        return fields  # the place is printed elsewhere: "Name. Place: Publisher." missed its publisher
    if not place and not re.search(rf"{re.escape(name)}[\s.()\x00]*(?:(?:https?:|www\.)[^()]*\)?[.\s]*)?$", core):
        return fields  # more follows the name: it may be a series, a journal, a part of the title
    kind = fields.get("kind") if fields.get("kind") not in (None, "misc", "article") else "book"
    return {**fields, "title": title, "journal": "", "publisher": name, "kind": kind}


def publisher_before_colon_place(fields: dict, core: str) -> dict:
    """MDPI's and ACS's imprint prints the publisher first, then a colon and the place:
    "…; WHO: Geneva, Switzerland, 2020.", "…; Springer: Berlin, Germany, 2010". A place
    read with no publisher, where a name stands before that colon after the title's
    semicolon, has it; and a publisher read with its place ("Sage: London") is parted
    where the name after the colon is a place and the one before is none. (Which of two
    names is the place is not judged otherwise: the place lists are too coarse to tell
    "La Ley" from "Buenos Aires".)"""
    place, publisher = fields.get("place") or "", fields.get("publisher") or ""
    joined = re.fullmatch(r"(?P<name>[^:;]{2,80}?)\s*:\s*(?P<place>[^:;]{2,60})", publisher) if not place else None
    if joined and names_a_place(joined.group("place")) and not names_a_place(joined.group("name")):
        # Both read as the publisher: "Sage: London" of ACS's "…; Jones, K., Ed.; Sage: London, 2015".
        return {**fields, "publisher": joined.group("name"), "place": joined.group("place")}
    if not place or publisher or fields.get("journal") or fields.get("volume"):
        return fields
    named = re.search(rf";\s*(?P<name>[^;:.,]{{2,80}}?)\s*:\s*{re.escape(place)}", core)
    if not named or names_a_place(named.group("name")) or re.search(r"\d", named.group("name")):
        return fields
    return {**fields, "publisher": named.group("name").strip()}


# A program's release after its title: "R package version 2.5-7", "(Version 1.1-7)
# [Computer software]", "Version 4.0.2.", "[Software]".
_RELEASE_AFTER_TITLE = re.compile(
    r"[.,]?\s*(?P<release>(?:[(\[]\s*)?(?:R|Python|Stata|MATLAB)?\s*(?:package\s+)?[Vv]ersion\s+(?P<version>\d[\w.-]*)"
    r"(?:\s*[)\]])?)?\s*(?P<medium>\[(?:computer\s+)?(?:software|program)\])?\.?$", re.I)


# A publisher whose name is a number after its word: "São Paulo: Ed. 34, 2016", "Editora 34".
_NUMBERED_PUBLISHER = re.compile(
    r"(?:^|[.,]\s+)(?P<place>[^\W\d_][^\d:.;,()]{1,40}):\s*(?P<publisher>(?:Ed\.|Editora|Edi[çc][õo]es|Editorial)\s+(?P<number>\d{1,4}))"
    rf"\s*,\s*(?:{MONTH_NAME}\.?\s*)?{YEAR}")


# APA's date after the names: "Vigoski, L. S. (2021).", "Mendes, E. G. (2023, 1º de setembro).".
_BRACKETED_DATE_AFTER_NAMES = re.compile(r"^[^()]{2,600}?\(\s*(?:1[5-9]|20)\d\d[a-z]?(?:\s*,[^()]{1,40})?\s*\)\.\s")
_NOT_YET_NUMBERED = re.compile(rf"advance online|ahead of print|online first|early view|{IN_PRESS_WORDS}", re.I)


def publisher_ending_apa_entry(fields: dict, italic: list[str], core: str) -> dict:
    """APA 7's book, report or page: "Vigoski, L. S. (2021). A construção do pensamento e
    da linguagem. Martins Fontes.", "Body. (2023). Boletim Anual. CGEE. https://…", read
    as a journal with no volume, issue or pages. APA prints no place, and sets a journal
    in italics and always numbers it: an unnumbered name ending the entry, not in italics,
    neither listed as a journal nor named like one, is its publisher (or its site's).

    Bad reading: journal "Martins Fontes". Good reading: publisher "Martins Fontes", a book.
    (An article ahead of print says so, "Advance online publication", and keeps its journal;
    so does one with a DOI, unless the name is a press's or a body's.)"""
    journal = (fields.get("journal") or "").strip(" .,")
    if (fields.get("kind") not in (None, "article", "misc", "online") or not journal or fields.get("status")
            or any(fields.get(f) for f in ("volume", "issue", "pages", "booktitle", "publisher"))):
        return fields
    if not _BRACKETED_DATE_AFTER_NAMES.match(core) or not re.search(re.escape(journal) + r"[\s.,]*$", core):
        return fields
    if (journal in {run.strip(" .,") for run in italic} or known_journal(journal) or _JOURNAL_WORD.search(journal)
            or _NOT_YET_NUMBERED.search(core)):
        return fields
    if fields.get("doi") and not (_BODY_WORD.search(journal) or PUBLISHER_WORD.search(journal)):
        return fields
    kind = "online" if fields.get("kind") == "online" or (fields.get("url") and not fields.get("doi")) else "book"
    return {**fields, "journal": "", "publisher": journal, "kind": kind}


def numbered_publisher(fields: dict, text: str) -> dict:
    """A book's publisher named by a number ("São Paulo: Ed. 34, 2016. p. 71-107") read as a
    volume: the number is the publisher's name."""
    found = _NUMBERED_PUBLISHER.search(text)
    if not found or fields.get("volume") != found.group("number") or fields.get("journal"):
        return fields
    if re.search(rf"\bv(?:ol)?\.\s*{found.group('number')}\b", text, re.I):
        return fields  # the same number printed as a volume too
    return {**fields, "volume": "", "publisher": fields.get("publisher") or found.group("publisher"),
            "place": fields.get("place") or found.group("place").strip()}


def software_release(fields: dict, text: str) -> dict:
    """A program's title with its release run into it ("vegan: Community Ecology Package.
    R package version 2.5-7", read with the pages "5-7"): the release names the version,
    which is no part of the title and no pages; the entry is software."""
    title = fields.get("title") or ""
    if not re.search(r"version|software|program", title, re.I):
        return fields  # (what the pattern below needs; it is slow to find nothing)
    release = _RELEASE_AFTER_TITLE.search(title)
    if not release or not (release.group("version") or release.group("medium")) or fields.get("journal") or fields.get("volume"):
        return fields
    if release.start() < 4:
        return fields
    version, pages = release.group("version") or "", fields.get("pages", "")
    genre = re.sub(r"[()\[\]]", "", " ".join(part for part in (release.group("release"), release.group("medium")) if part)).strip()
    printed = re.search(rf"[Vv]ersion\s+(?P<whole>{re.escape(version)}(?:[.-]\w+)*)", text) if version else None
    if printed and printed.group("whole") != version:
        # "version 2.5-7" read as the version "2" and the pages "5-7": the rest is the version's
        rest = printed.group("whole")[len(version):]
        genre = genre.replace(version, printed.group("whole"))
        pages = "" if pages and re.sub(r"\D+", "-", pages) in re.sub(r"\D+", "-", rest) else pages
    return {**fields, "title": title[: release.start()].rstrip(" .,"), "kind": "software", "genre": genre, "pages": pages}


def site_not_journal(fields: dict) -> dict:
    """A page on a site, printed as Nature prints one ("Global drought monitor. NOAA
    https://www.ncei.noaa.gov/drought (2021)."): a source with a web address, and no
    volume, issue, pages, DOI or publication status, is the site the page is on — an
    article online before its issue carries a DOI ("Nature https://doi.org/… (2021)")."""
    if fields.get("kind") != "article" or not (fields.get("journal") and fields.get("url")):
        return fields
    if any(fields.get(f) for f in ("volume", "issue", "pages", "doi", "status", "pmid")):
        return fields
    return {**fields, "kind": "online"}


# A report's series and number, the last sentence of what was read as its title:
# "Research Report PIRH362-2018", "Technical Report No. 12", "Occasional Paper 33".
_REPORT_NUMBER = re.compile(
    r"^(?P<title>.{8,}?[^\s.A-Z])[.?!]\s+(?P<genre>(?:[A-Z][\w-]*\s+){0,3}(?:Report|Paper|Note|Bulletin|Series)\s+"
    r"(?:No\.?\s*|Number\s+)?[A-Z]*\d[\w./-]*)$")


def report_number_in_title(fields: dict) -> dict:
    """A report whose number the reading ran into the title ("… Pará, Brasil. Research
    Report PIRH362-2018. UFRA, Belém."): the number names the report, it is not the
    title's; the imprint after it is the publisher and its place."""
    if fields.get("journal") or fields.get("booktitle") or fields.get("volume"):
        return fields
    numbered = _REPORT_NUMBER.match(fields.get("title") or "")
    if not numbered or fields.get("kind") not in (None, "misc", "book", "report", "article"):
        return fields
    fields = {**fields, "title": numbered.group("title"), "genre": numbered.group("genre"), "kind": "report"}
    if fields.get("publisher") and not fields.get("place"):
        fields["publisher"], place = place_after_publisher(fields["publisher"])
        fields.update({"place": place} if place else {})
    return fields


# APA's thesis: "Title (Doctoral dissertation). University", "Title [Master's thesis, University]".
_DEGREE = (r"(?:(?:unpublished\s+)?(?:doctoral|master'?s|masters|PhD|Ph\.\s?D\.|MSc|honours)\s+(?:dissertation|thesis)"
           r"|tese de doutorado|dissertação de mestrado|tesis doctoral)")
_DEGREE_AFTER_TITLE = re.compile(
    rf"^(?P<title>.{{4,}}?)\s*[(\[](?P<degree>{_DEGREE})(?:,\s*(?P<school>[^()\[\]]{{3,150}}))?[)\]]\.?$", re.I)
_DEGREE_AND_SCHOOL = re.compile(rf"[(\[]{_DEGREE},\s*(?P<school>[^()\[\]]{{3,150}})[)\]]", re.I)


def degree_after_title(fields: dict) -> dict:
    """"Title (Doctoral dissertation). University of Oxford.": the bracket names the
    degree, not the title's words, and what follows is the school that granted it, not a
    journal (a thesis has no volume or pages)."""
    degree = _DEGREE_AFTER_TITLE.match(fields.get("title") or "")
    if not degree or fields.get("volume") or fields.get("pages"):
        return fields
    school = degree.group("school") or fields.get("publisher") or fields.get("journal") or fields.get("booktitle") or ""
    return {**fields, "title": degree.group("title").rstrip(" .,"), "kind": "thesis", "genre": degree.group("degree"),
            "journal": "", "booktitle": "", "publisher": school.strip()}


# The degree alone, as Springer prints it before the school: "Dissertation, University of
# Bremen, Bremen (1999)", "Diplomarbeit, TU München".
_DEGREE_OPENING = re.compile(
    rf"^(?P<degree>{_DEGREE}|dissertation|thesis|th[èe]se|tese|tesis|disserta[çc][ãa]o|diplomarbeit|masterarbeit"
    r"|doktorarbeit|habilitationsschrift)\s*[,.:]\s*(?P<school>\S.{2,})$", re.I)


def degree_opening_publisher(fields: dict) -> dict:
    """The degree read as the start of the publisher ("Dissertation, University of Bremen"):
    it names the kind of work, and the rest is the school."""
    opened = _DEGREE_OPENING.match(fields.get("publisher") or "")
    if not opened or fields.get("journal") or fields.get("volume") or fields.get("pages"):
        return fields
    return {**fields, "publisher": opened.group("school").strip(" ,."), "kind": "thesis", "genre": opened.group("degree")}


# (Schools the body nouns do not name: "Univ.", "Imperial College", "Escola Politécnica".)
_SCHOOL = re.compile(r"\b(?:Univ\.|College|School|Polytechnic|Escola|Faculdade|Facultad|Faculty)", re.I)


def _names_a_school(text: str) -> bool:
    return names_a_body(text) or bool(_SCHOOL.search(text))


def school_read_as_place(fields: dict, text: str) -> dict:
    """APA's "[Doctoral dissertation, University of Oxford]" read with the school as the
    place, or as a second title: a university is the thesis's publisher (BibTeX's
    ``school``), not where it is."""
    if fields.get("kind") != "thesis" or fields.get("publisher"):
        return fields
    place = fields.get("place") or ""
    if _names_a_school(place):
        return {**fields, "publisher": place, "place": ""}
    bracket = _DEGREE_AND_SCHOOL.search(text)
    if bracket and _names_a_school(bracket.group("school")):
        return {**fields, "publisher": bracket.group("school").strip()}
    return fields


def school_read_as_book(fields: dict) -> dict:
    """A thesis is in no book: IEEE's "Ph.D. dissertation, Dept. Elect. Eng., Stanford
    Univ., Stanford, CA, USA, 2015." read with the department as a book title — it is the
    school's, before the university."""
    if fields.get("kind") != "thesis" or not fields.get("booktitle") or fields.get("pages"):
        return fields
    school = ", ".join(part for part in (fields["booktitle"], fields.get("publisher") or "") if part)
    return {**fields, "booktitle": "", "publisher": school}


# ABNT's degree statement: "Tese (Doutorado em Física) – Instituto de Física, Universidade
# de São Paulo, São Paulo, 2015." — the degree, then the school, its city and the year.
# ABNT's degree words and the level in brackets after them: "Tese (Doutorado em Educação)".
_ABNT_DEGREE_WORDS = r"(?:[Tt]ese|[Dd]isserta[çc][ãa]o|[Mm]onografia|[Tt]rabalho de [Cc]onclus[ãa]o de [Cc]urso|TCC|[Tt]esis)"
_DEGREE_LEVEL = (r"\((?:[Dd]outorado|[Mm]estrado|[Gg]radua[çc][ãa]o|[Ee]specializa[çc][ãa]o|[Ll]ivre-[Dd]oc[êe]ncia|[Bb]acharelado"
                 r"|[Ll]icenciatura|[Dd]octorado|[Mm]aestr[íi]a)[^()]{0,120}\)")
_ABNT_DEGREE_NAME = rf"{_ABNT_DEGREE_WORDS}\s*{_DEGREE_LEVEL}"
_ABNT_DEGREE = re.compile(
    rf"(?P<degree>{_ABNT_DEGREE_NAME})\s*[–—-]+\s*(?P<school>[^–—]{{3,200}}?),\s*(?P<place>[^,.\d]{{2,40}})[,.]\s*"
    rf"(?P<year>{YEAR})\b")
# Any degree, as a title's sentence may print it.
_DEGREE_NAMED = rf"(?:{_ABNT_DEGREE_WORDS}|(?i:{_DEGREE})|[Tt]hesis|[Dd]issertation)"
# The degree read as the title's end: alone ("Title. PhD thesis.", "Title. Dissertação.
# (Mestrado)."), or as ABNT's statement with whatever follows the school ("… universitários.
# Dissertação (Mestrado em Psicologia) – Faculdade de Ciências, …, Brasil. 2016.", or no year).
_DEGREE_IN_TITLE = re.compile(
    rf"^(?P<title>.{{4,}}?[^\s.])[.?!]\s+(?P<degree>{_DEGREE_NAMED}(?:\s*\.?\s*{_DEGREE_LEVEL})?)(?P<rest>.*)$")


def _degree_in_title(title: str) -> re.Match[str] | None:
    """The degree ending ``title``: alone at its end, or as a statement with its level in
    brackets, the school after it (a bare "thesis" may be a word of the title's sentence)."""
    inside = _DEGREE_IN_TITLE.match(title)
    if inside and inside.group("rest").strip(" .") and not inside.group("degree").endswith(")"):
        return None
    return inside


_PAGE_COUNT_ENDING = re.compile(r"^(?P<title>.{4,}?[^\s.])\.\s+\d{1,4}\s?(?:p|f|fls?)\.?$")


def abnt_degree_statement(fields: dict, text: str) -> dict:
    """ABNT's thesis: its degree statement names the degree, the school that granted it and
    the school's city — not a journal, a book or a chapter's numbers; the "120 f." before it
    counts the leaves."""
    found = _ABNT_DEGREE.search(text)
    if not found:
        return fields
    pages = fields.get("pages") or ""
    leaves = bool(re.search(rf"(?<![\w.–-]){re.escape(pages)}\s?f\.", text)) if pages else False
    if (fields.get("title") or "").startswith(found.group("degree")[:6]):
        # The degree statement read as the title, the real one as more names ("SILVA, J. A.
        # Depressão e cetamina. 2015. 120 f. Dissertação …"): the names end where their
        # "SURNAME, I." shape does, the title at the year before the leaves.
        names_end = semicolon_names_end(text, alone=True)
        head = re.match(rf"(?P<title>.+?)\.\s+{YEAR}\.", text[names_end:]) if names_end else None
        if head:
            fields = {**fields, "authors": parse_names(text[:names_end])[0], "title": head.group("title").strip()}
    title = fields.get("title") or ""
    inside = _degree_in_title(title)
    return {**fields, "kind": "thesis", "genre": found.group("degree"), "publisher": found.group("school").strip(),
            "place": found.group("place").strip(), "journal": "", "booktitle": "", "volume": "", "issue": "",
            "pages": "" if leaves else pages, "year": fields.get("year") or found.group("year"),
            "title": inside.group("title") if inside else title}


def page_count_ending_title(fields: dict, text: str) -> dict:
    """A thesis' count of pages or leaves read as the title's last sentence ("… dialógico.
    202p. Tese (Doutorado …)"): no word of the title."""
    counted = _PAGE_COUNT_ENDING.match(fields.get("title") or "")
    if not counted or not re.search(rf"{re.escape(fields['title'])}\.?\s+{_DEGREE_NAMED}\b", text):
        return fields
    return {**fields, "title": counted.group("title")}


def degree_ending_title(fields: dict) -> dict:
    """A thesis whose degree was read as the title's end, where its school or date did not
    take the shape ``abnt_degree_statement`` reads: the title ends before it, and the
    school — after the statement, or what the reading took for a journal, book or
    publisher — is the publisher."""
    inside = _degree_in_title(fields.get("title") or "")
    if not inside or fields.get("volume") or fields.get("pages"):
        return fields
    degree = inside.group("degree")
    school = re.sub(r"^[–—-]+\s*", "", inside.group("rest").strip(" .")).strip(" .,")
    publisher = fields.get("publisher") or school or fields.get("journal") or fields.get("booktitle") or ""
    place = fields.get("place") or ""
    if publisher and publisher.split()[-1].lower() in JOURNAL_JOINERS and place:
        # A reading that cut the school's name at its "de" and read the rest as the place
        # ("Universidade de" | "São Paulo, São Paulo, Brasil").
        head, _, place = place.partition(",")
        publisher = f"{publisher} {head.strip()}"
    return {**fields, "title": inside.group("title"), "kind": "thesis", "genre": re.sub(r"\.\s*\(", " (", degree),
            "journal": "", "booktitle": "", "publisher": publisher.strip(), "place": place.strip()}


def names_a_body(text: str) -> bool:
    """Whether ``text`` holds a noun bodies are named by ("Council", "Panel", "Hochschule")."""
    return bool(BODY_NOUN.search(text))


def body_heading_title(fields: dict) -> dict:
    """A body that wrote the work, read as the title's first sentence where no author was
    found ("GBD 2017 Disease and Injury Incidence and Prevalence Collaborators. Global,
    regional, and national incidence …"): a name in capitals that names a body (a
    collaboration, an organisation, a group) and ends at a stop is the author."""
    if fields.get("authors"):
        return fields
    title = fields.get("title") or ""
    headed = re.match(r"^(?P<body>[A-Z][^.?!:]{2,150}?[^\s.A-Z])\.\s+(?P<title>[A-Z\d\"“‘'(].{8,})$", title)
    # Copernicus sets a colon after the authors, a body's too ("NOAA: Global Monitoring
    # Laboratory data", "World Meteorological Organization: State of the …"): there the
    # body must be an acronym or name an organisation without a number, as a title's own
    # opening before its colon ("Climate Change 2021: The Physical …") does not.
    colon = re.match(r"^(?P<body>[A-Z][^.?!:]{1,150}?):\s+(?P<title>[A-Z\d\"“‘'(].{8,})$", title)
    if headed and capitalised(headed.group("body")) and names_an_organisation(headed.group("body")):
        body, rest = headed.group("body"), headed.group("title")
    elif colon and (re.fullmatch(r"[A-Z][A-Z&-]{1,9}", colon.group("body")) or (
            capitalised(colon.group("body")) and names_a_body(colon.group("body"))
            and not re.search(r"\d", colon.group("body")) and len(colon.group("body").split()) <= 12)):
        body, rest = colon.group("body"), colon.group("title")
    else:
        return fields
    return {**fields, "authors": (Author(literal=body),), "title": rest}


_BODY_THEN_TITLE = re.compile(r"(?P<body>[A-Z][^.?!:]{2,120}?)\.\s+(?P<rest>\S.{8,})$", re.S)


def country_read_as_person(fields: dict, text: str) -> dict:
    """"U.S. General Accounting Office. Synar Amendment Implementation: …" read as a person
    "U.S" and a title opening with the office's name: the country's abbreviation
    (``COUNTRY_OPENING``) heads the body's name, which is the author (only where the words
    after it name a body)."""
    authors, text = fields.get("authors") or (), text.lstrip()
    country = COUNTRY_OPENING.match(text)
    if len(authors) != 1 or authors[0].initials or not country:
        return fields
    read = re.sub(r"[\s.]", "", authors[0].family or authors[0].literal)
    heading = _BODY_THEN_TITLE.match(fields.get("title") or "")
    if (read != re.sub(r"[\s.]", "", country.group()) or not heading
            or not (names_a_body(heading.group("body")) or names_an_organisation(heading.group("body")))
            or not text.startswith(heading.group("body") + ".", country.end())):
        return fields
    name = f"{country.group().strip()} {heading.group('body')}"
    return {**fields, "authors": (Author(literal=name),), "title": heading.group("rest")}


# An entry that opens with a run of words in capitals and no comma, then its stop: ABNT sets a
# body's name so ("FLORA DO BRASIL 2020.", "WORLD BANK."); a person is "SURNAME, Given".
# (Every word of two letters or more: "GHIGNOLI A." and "BARNES T. D." are French names.)
_CAPITALS_HEADING = re.compile(r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’&-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’&-]+){1,8})(?:\s+(?P<year>(?:1[89]|20)\d\d))?\.\s")


def capitals_heading_read_as_person(fields: dict, text: str) -> dict:
    """"FLORA DO BRASIL 2020. Jardim Botânico do Rio de Janeiro. …" read as a person "do
    Brasil, F.": words in capitals with no comma after the first are no inverted name, and
    no given name is printed in full capitals before its surname — the run is the body
    that wrote the work (its year, where the run ends on one, is the work's)."""
    authors = fields.get("authors") or ()
    heading = _CAPITALS_HEADING.match(text)
    if len(authors) != 1 or authors[0].literal or not heading or not authors[0].family:
        return fields
    name, person = heading.group("name"), authors[0]
    if person.family.upper() not in name.upper() or len(person.family) >= len(name):
        return fields
    if "".join(name.upper().replace(person.family.upper(), " ").split()) == person.initials.upper():
        return fields  # "SMITH JA. Title": Vancouver's name in capitals, its initials printed
    mended = {**fields, "authors": (Author(literal=name),)}
    if heading.group("year") and not fields.get("year"):
        mended["year"] = heading.group("year")
    return mended


def body_before_the_date(fields: dict, text: str) -> dict:
    """APA's body author read as the title, and the work's title as a book it is in
    ("Intergovernmental Panel on Climate Change. (2021). Climate Change 2021: The
    Physical Science Basis. Cambridge University Press."): a "title" that names a body
    and stands straight before the bracketed year is the author, as APA sets the names
    there; the "book" after it, opened by no "In", is the work."""
    title, book, year = fields.get("title") or "", fields.get("booktitle") or "", fields.get("year") or ""
    if fields.get("authors") or fields.get("editors") or not (title and book and year) or fields.get("journal"):
        return fields
    if not (capitalised(title) and names_a_body(title) and len(title.split()) <= 12):
        return fields
    at = text.find(title)
    dated = re.match(rf"\.?\s*\({year}[a-z]?\)\.?\s*", text[at + len(title):]) if at >= 0 else None
    if not dated or not text.startswith(book, at + len(title) + dated.end()):
        return fields  # (the book must open straight after the date: "(2021). In Book" is a chapter)
    kind = "report" if fields.get("kind") == "report" else "book"
    return {**fields, "authors": (Author(literal=title),), "title": book, "booktitle": "", "kind": kind}


def body_that_publishes_itself(fields: dict, text: str) -> dict:
    """A body with a two-word name read as a person ("Natural England (2015) National
    character area profiles. Natural England, York." → "England N"): a name printed whole
    at the head of the entry and again after its title is the body that published its own
    work — a person is not their own publisher."""
    authors = fields.get("authors") or ()
    if len(authors) != 1 or authors[0].literal or len(authors[0].initials) != 1 or not authors[0].family:
        return fields
    if text.count(authors[0].family) < 2:  # (printed once: no pattern built for it)
        return fields
    head = re.match(rf"\s*(?P<name>{re.escape(authors[0].initials)}[a-z]+\s+{re.escape(authors[0].family)})\b", text)
    if not head:
        return fields
    name = head.group("name")
    again = text.find(name, head.end())
    if again < 0 or name in (fields.get("title") or ""):
        return fields
    mended = {**fields, "authors": (Author(literal=name),)}
    place, publisher = fields.get("place") or "", fields.get("publisher") or ""
    if not publisher and place.startswith(name + ", "):  # "Natural England, York" read as the place
        mended.update(publisher=name, place=place[len(name) + 2:].strip())
    elif not place and publisher.startswith(name + ", "):  # "Environment Canada, Gatineau" as the publisher
        mended.update(publisher=name, place=publisher[len(name) + 2:].strip())
    return mended


def imprint_read_as_journal(fields: dict) -> dict:
    """APA's and Harvard's "Place, Publisher." after a report's title, read as a journal
    with no volume and no pages ("Münster, Deutsche Hochschule der Polizei")."""
    if fields.get("kind") not in (None, "article", "misc") or any(fields.get(f) for f in ("issue", "pages")):
        return fields
    if fields.get("volume"):
        # A book's volume, as ABNT closes one: "… Petrópolis: Vozes. 2013. v. 1." — only
        # after a town the gazetteer knows and a colon, which no journal's name is.
        imprint = _place_colon_publisher(fields.get("journal") or "", known_place)
        return {**fields, "journal": "", "place": imprint[0], "publisher": imprint[1], "kind": "book"} if imprint else fields
    if _MLA_PRESS.search(fields.get("journal") or ""):  # MLA's "Title. U of Chicago P, 2015."
        return {**fields, "journal": "", "publisher": fields["journal"], "kind": "book"}
    bodies = frozenset(a.literal for a in fields.get("authors") or () if a.literal)
    imprint = _place_then_publisher(fields.get("journal") or "", bodies) or _place_colon_publisher(fields.get("journal") or "")
    if not imprint:
        return fields
    place, publisher = imprint
    return {**fields, "journal": "", "place": place, "publisher": publisher, "kind": "report" if publisher in bodies else "book"}


def body_acronym_read_as_journal(fields: dict) -> dict:
    """APA's report by a body, "National Institute for Health and Care Excellence. (2022).
    Depression in adults. NICE.": the body's initialism after the title, read as a journal
    with no volume and no pages, is the body publishing its own work. Only an initialism
    whose letters are the initials of the body's capitalised words, in order and the first
    first ("NICE", "CDC", "ONS"; not "BMJ" after the British Medical Association)."""
    journal = (fields.get("journal") or "").strip(" .,")
    authors = fields.get("authors") or ()
    if (fields.get("kind") not in (None, "article", "misc") or any(fields.get(f) for f in ("volume", "issue", "pages"))
            or len(authors) != 1 or not authors[0].literal or not _INITIALISM.fullmatch(journal)):
        return fields
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’-]*", authors[0].literal) if word[0].isupper())
    letters = iter(initials.upper())
    if not initials or initials[0].upper() != journal[0] or not all(letter in letters for letter in journal.upper()):
        return fields
    return {**fields, "journal": "", "publisher": journal, "kind": "report"}


_INITIALISM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,6}")


# A report's designation and its institution, as Nature and the physics journals print them
# (and as OSTI exports them): "Tech. Rep. LA-CC-06-012, Los Alamos National Lab. (LANL)".
_REPORT_THEN_INSTITUTION = re.compile(
    r"(?P<genre>Tech(?:nical)?\.?\s*[Rr]ep(?:ort|\.)?(?:\s+(?:[Nn]o\.\s*)?[\w/.-]*\d[\w/.-]*)?)\s*,\s*(?P<institution>\S.*)")


def report_read_as_book(fields: dict) -> dict:
    """"Title. Tech. Rep., Pacific Northwest National Lab. (PNNL), Richland, WA (United
    States) (2019).": the designation and the institution read as the book of a chapter,
    and the country after the town as its publisher. The entry is the institution's report,
    published where the town is (the country stays the place's, as printed)."""
    booktitle = fields.get("booktitle") or ""
    report = _REPORT_THEN_INSTITUTION.fullmatch(booktitle.strip(" .,"))
    if not report or fields.get("editors") or fields.get("kind") not in (None, "chapter", "book", "misc"):
        return fields
    mended = {**fields, "kind": "report", "booktitle": "", "genre": fields.get("genre") or report.group("genre").rstrip(" ,"),
              "publisher": report.group("institution")}
    publisher, place = fields.get("publisher") or "", fields.get("place") or ""
    if publisher and known_place(publisher):  # "(United States)" after "Richland, WA"
        mended["place"] = f"{place} ({publisher})" if place else publisher
    elif publisher:
        return fields  # a publisher of its own: not this shape
    return mended


def _place_colon_publisher(text: str, placed=names_a_place) -> tuple[str, str] | None:
    """(place, publisher) of an imprint "Place: Publisher" ("СПб.: Питер", "London:
    Routledge") whose head is a known place — not a journal's subtitle ("Journal of
    Physics: Conference Series")."""
    head, colon, tail = text.partition(":")
    head, tail = head.strip(), tail.strip()
    if colon and head and tail and ":" not in tail and placed(head) and not re.search(r"\d", tail):
        return head.rstrip("."), tail
    return None


# A publisher by its name's words, or one of the houses that print none of them.
_PUBLISHER_NAME = re.compile(r"\b(?:Sons|Inc|Ltd|GmbH|Springer|Elsevier|Wiley|Routledge|Pearson|SAGE|Blackwell|Macmillan|"
                             r"Palgrave|McGraw-Hill|CRC|Thieme|Karger|Lippincott|Saunders|Mosby|Academic)\b")


def publisher_after_title_comma(fields: dict) -> dict:
    """Copernicus' and other comma-parted books, "Pielou, E. C.: Ecological Diversity, John
    Wiley & Sons, New York, 1975.", read as a title that ends in the publisher (and a
    "journal" that is the place): a work with no volume, issue or pages whose title's last
    comma opens a publisher's or a body's name ("…, R Foundation for Statistical
    Computing, Vienna, Austria") is a book."""
    title, journal = fields.get("title") or "", fields.get("journal") or ""
    if (fields.get("kind") not in (None, "article", "misc", "book") or fields.get("publisher") or fields.get("booktitle")
            or any(fields.get(f) for f in ("volume", "issue", "pages")) or (journal and not names_a_place(journal))):
        return fields
    head, comma, tail = title.rpartition(", ")
    place = fields.get("place") or journal
    french = _place_comma_publisher(head, tail) if comma and not place else None
    if french:  # French order: "La mort au Moyen Âge, XIIIe-XVIe siècles, Paris, Hachette littératures"
        return {**fields, "kind": "book", "title": french[0], "place": french[1], "publisher": tail, "journal": ""}
    if not place:
        # "…, John Wiley & Sons, New York", "…, Springer-Verlag, Berlin, Heidelberg"
        while comma and names_a_place(tail) and ", " in head:
            place = f"{tail}, {place}" if place else tail
            head, comma, tail = head.rpartition(", ")
    named = bool(PUBLISHER_WORD.search(tail) or _PUBLISHER_NAME.search(tail))
    # (A one-word title only before a publisher that says so: "Física, Editora Escolar".)
    if not comma or len(head.split()) < (1 if named else 2) or not capitalised(tail) or not (named or _BODY_WORD.search(tail)):
        return fields
    return {**fields, "kind": "book", "title": head, "publisher": tail, "journal": "", "place": place}


def _place_comma_publisher(head: str, tail: str) -> tuple[str, str] | None:
    """The title and the place when ``head`` ends in a known place and ``tail``, the last
    comma's part, is a publisher's short name after it (no place, no number)."""
    title, comma, place = head.rpartition(", ")
    if (not comma or len(title.split()) < 2 or not known_place(place) or known_place(tail) or not tail[:1].isupper()
            or len(tail.split()) > 5 or re.search(r"\d", tail)):
        return None
    return title, place


# The repositories that hold data sets and software, named where a journal would be.
# (The Earth System Grid Federation holds the climate models' output that CMIP papers
# cite, "NCAR CESM2 model output prepared for CMIP6 CMIP historical. Earth Syst Grid Fed";
# ICPSR and the UK Data Service hold the social sciences' survey data.)
_REPOSITORY = re.compile(r"(?:Zenodo|figshare|Figshare|Dryad(?: Digital Repository)?|PANGAEA|Mendeley Data|"
                         r"Harvard Dataverse|Dataverse|OSF|Open Science Framework|GitHub|Software Heritage|"
                         r"Earth\s+Syst(?:em|\.)?\s+Grid\s+Fed(?:eration|\.)?|ESGF|ICPSR|UK Data Service|OpenNeuro)")


def repository_ending_title(fields: dict) -> dict:
    """Copernicus' data set, "Gorte, T.: CESM2 simulation output, Zenodo,
    https://doi.org/…, 2024.", read with the repository as the title's last words: the
    repository is the work's source, as "Title [Data set]. Zenodo." gives it."""
    journal = fields.get("journal") or ""
    if (_REPOSITORY.fullmatch(journal) and fields.get("kind") in (None, "misc", "article")
            and not any(fields.get(f) for f in ("volume", "issue", "pages"))):
        # The repository read as the journal ("Title. Dryad Digital Repository. 2020."):
        # where it is, the work is a data set (or, on GitHub, software), no article.
        return {**fields, "kind": "software" if journal in ("GitHub", "Software Heritage") else "dataset"}
    title = fields.get("title") or ""
    head, comma, tail = title.rpartition(", ")
    if not comma:
        head, comma, tail = title.rpartition(". ")  # (Elsevier Harvard's "Title. Zenodo.")
    if (not comma or len(head.split()) < 2 or not _REPOSITORY.fullmatch(tail)
            or any(fields.get(f) for f in ("journal", "booktitle", "volume", "pages"))):
        return fields
    return {**fields, "title": head, "journal": tail, "kind": "dataset" if fields.get("kind") in (None, "misc", "article") else fields["kind"]}


def publisher_after_place_read_as_journal(fields: dict, core: str) -> dict:
    """Vancouver's "Title [Internet]. Place: Publisher; Year" with the publisher read as a
    journal ("[Washington]: Organização Pan-Americana da Saúde; 2020", "Boston: Posit;
    c2022"): a name printed after its place and a colon and before the year, with no
    volume, issue or pages, is the publisher."""
    journal = fields.get("journal")
    if not journal or any(fields.get(f) for f in ("volume", "issue", "pages")):
        return fields
    imprint = re.search(r"(?:^|[.\]]\s)\s*\[?(?P<place>[^\W\d_][^.:;\[\]]{0,60}?)\]?\s*:\s*" + re.escape(journal)
                        + r"\s*;\s*(?:c|©)?\s*(?:1[5-9]|20)\d\d", core)
    if not imprint:
        return fields
    kind = fields.get("kind")
    if kind in (None, "article", "misc"):
        kind = "online" if fields.get("url") else "book"
    return {**fields, "journal": "", "publisher": fields.get("publisher") or journal,
            "place": fields.get("place") or imprint.group("place").strip(), "kind": kind}


def book_read_as_journal(fields: dict, core: str) -> dict:
    """Physics' book "S. Lie, *Differentialgleichungen* (AMS Chelsea Publishing, New York,
    1967), Vol. 14." read as a journal with a publisher: a name followed straight by its
    publisher's bracket, with no pages and no title of its own, is the book's title. (IOP
    prints the volume first and the place in the bracket: "*Title* vol 2 (Oxford: OUP)";
    Chicago the imprint after a stop: "Obra Crítica, vol. 2. Rio de Janeiro: Casa de Rui
    Barbosa, 1960.")"""
    journal, publisher = fields.get("journal"), fields.get("publisher")
    if not journal or not publisher or fields.get("title") or fields.get("pages"):
        return fields
    if not re.search(re.escape(journal) + r"[\s.,]*(?:(?:[Vv]ol(?:ume)?\.?\s*)?\d+[\s.,]*)?(?:\(\s*)?(?:[^():]{1,60}:\s*)?"
                     + re.escape(publisher), core):
        return fields
    return {**fields, "title": journal, "journal": "", "kind": "book"}


# A periodical's year run (German "16. Jg.", "Jg. 16", "Jahrgang 16") or a volume with
# its issue: no book has either. German styles print "In:" before journals as before books.
_PERIODICAL_NUMBERS = re.compile(
    rf"^(?P<journal>.+?)[\s.,]+(?:\d{{1,4}}\.\s*{YEAR_RUN}\b|{YEAR_RUN}\.?\s*\d{{1,4}}\b"
    r"|(?:Vol|Volume)\.?\s*\d{1,4}\s*,?\s*(?:No|Nr|Issue)\.?\s*\d)", re.I)


def periodical_read_as_book(fields: dict) -> dict:
    """A chapter whose "book" carries a periodical's numbers, with no editors or publisher
    of its own, is an article in that journal: "… In: Gemeinsam leben – Zeitschrift für
    integrative Erziehung. 16. Jg. H.2., S. 88-97". (The numbers are read from their
    labels after this.) So is one whose "book" is a journal the bundled lists name, with
    no place either, as German styles print an article online first: "… In: JAMA Psychiatry."."""
    if fields.get("kind") != "chapter" or fields.get("editors") or fields.get("publisher") or fields.get("journal"):
        return fields
    book = fields.get("booktitle") or ""
    found = _PERIODICAL_NUMBERS.match(book)
    if found:
        return {**fields, "kind": "article", "journal": found.group("journal").strip(" .,"), "booktitle": ""}
    if not fields.get("place") and known_journal(book.strip(" .")):
        return {**fields, "kind": "article", "journal": book.strip(" .,"), "booktitle": ""}
    return fields


# A volume's label straight after a name: "Heliyon, vol. 5, no. 7, e02086", "Polis, v. 12".
_VOLUME_LABEL_AFTER = r"\s*[,.]\s*(?:vol|v)\.\s*\d"


def place_read_as_periodical(fields: dict, text: str) -> dict:
    """A "book" whose only imprint is a place (or a publisher) the text follows with a
    volume's label is an article in a journal of that name: SciELO's "… Algeria. Heliyon,
    vol. 5, no. 7, e02086.", where a one-word journal was read as the town a book came out
    in or its publisher. A town alone is never followed by a volume's label; a book's own
    volume ("Paris: Seuil, vol. 2") has both between."""
    place, publisher = fields.get("place", ""), fields.get("publisher", "")
    if (fields.get("kind") not in ("book", "misc") or bool(place) == bool(publisher) or fields.get("journal")
            or fields.get("booktitle") or not fields.get("title")):
        return fields
    if publisher:
        # (A publisher's own name is none: "Oxford University Press/Mind Association, v. 65".)
        if (not re.search(re.escape(publisher) + _VOLUME_LABEL_AFTER, text, re.I) or known_place(publisher)
                or PUBLISHER_WORD.search(publisher) or len(publisher.split()) > 4):
            return fields
        return {**fields, "kind": "article", "journal": publisher, "publisher": ""}
    if not re.search(re.escape(place) + _VOLUME_LABEL_AFTER, text, re.I):
        return fields
    if known_place(place):
        # The journal's city: "… da criança anormal. Educação e Pesquisa, São Paulo, v. 37",
        # the journal read as the title's last sentence.
        head, stop, journal = fields["title"].rpartition(". ")
        if not (stop and head and capitalised(journal)
                and re.search(rf"{re.escape(journal)},\s*{re.escape(place)}{_VOLUME_LABEL_AFTER}", text, re.I)):
            return fields
        return {**fields, "kind": "article", "title": head, "journal": journal}
    return {**fields, "kind": "article", "journal": place, "place": ""}


def dated_title_read_as_book(fields: dict, text: str) -> dict:
    """A report's title with its year before a colon ("IPCC: Climate Change 2021: The
    Physical Science Basis. …, Cambridge University Press, 2021", "World Development Report
    2020: Trading for Development …"), read as a chapter of a book named by the words
    before the year: one title, the report's.

    Only where no "In" introduces that book and the text prints the two as one run."""
    book, title = fields.get("booktitle", ""), fields.get("title", "")
    if fields.get("kind") != "chapter" or not book or not title:
        return fields
    run = re.search(re.escape(book) + rf"\s+(?P<year>{YEAR}):\s+" + re.escape(title[:40]), text)
    if not run or re.search(r"\b(?:In|Em|Dans|En)\b:?\s*$", text[: run.start()], re.I):
        return fields
    whole = text[run.start(): run.end() - min(len(title), 40)] + title
    return {**fields, "title": whole, "booktitle": "", "kind": "book"}


# A newspaper's or magazine's name: "The New York Times", "The Guardian", "Washington
# Post", "The Atlantic", "STAT News".
_PERIODICAL_NAME = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}(?:Times|Post|Guardian|News|Tribune|Herald|Telegraph|Gazette|Chronicle|Economist"
    r"|Independent|Observer|Magazine|Atlantic|New\s+Yorker|Globe|Mail|Express|Monitor|Wired|Forbes|Reuters|Bloomberg"
    r"|Le\s+Monde|El\s+País|Der\s+Spiegel|Die\s+Zeit)")
_DAY_AND_MONTH = re.compile(rf"\b{MONTH_NAME}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_NAME}\b", re.I)


def newspaper_ending_title(fields: dict, text: str) -> dict:
    """A news article whose newspaper the reading kept as the title's last sentence:
    AMA's "Carey B. Fast-acting depression drug … millions. The New York Times. March 5,
    2019.", APA's "Jones, K. (2020, March 3). Why ketamine works. The New York Times.".
    Only with a day of a month printed: a newspaper dates its issues by the day."""
    title = fields.get("title") or ""
    if fields.get("journal") or fields.get("booktitle") or not _DAY_AND_MONTH.search(text):
        return fields
    head, stop, tail = title.rpartition(". ")
    if not stop or len(head.split()) < 2 or not _PERIODICAL_NAME.fullmatch(tail.strip()):
        return fields
    return {**fields, "title": head, "journal": tail.strip(), "kind": "article"}


def issue_date_read_as_publisher(fields: dict) -> dict:
    """Harvard's news article, "Smith, J. (2019) 'Ketamine's rise', The Guardian, 3 March,
    p. 12.", read as a chapter whose publisher is the day: a day of a month is the issue's
    date, never a publisher, and the "book" it follows is the newspaper."""
    publisher = (fields.get("publisher") or "").strip(" .,")
    if not publisher or not _DAY_AND_MONTH.fullmatch(publisher):
        return fields
    fields = {**fields, "publisher": ""}
    if fields.get("kind") == "chapter" and fields.get("booktitle") and not fields.get("editors") and not fields.get("journal"):
        fields.update(journal=fields["booktitle"], booktitle="", kind="article")
    return fields
