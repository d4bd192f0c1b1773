"""A chapter's source read from its editors: "In Editors (eds.), Book. Place: Publisher".

The editor clause is the one landmark every style prints around a chapter's book, in one
of three places: before the book ("In L. M. Hyman & C. W. Kisseberth (eds.), Book",
"in Seng Tan and Amitav Acharya, eds, Book", "In: R. Bauer (Hrsg.) Book", Italian "(a
cura di)", French "(coord. par)"), after it with the role first ("In: Book. Ed. Margaret
Gibson.", "In Book, edited by Laura García-Moreno", "(eds Jones, S. & Reinke, K.)"), or
after it with the role last ("In Book, Csordas, ed., pp. 1-26"). Where the reading took the
clause for the book, kept it inside the book, or lost the book to the publisher, the book
is read again from where the clause stands.
"""
from __future__ import annotations

import re

from .books import EDITION_AT_END, names_a_place
from .patterns import EDITOR_WORDS, YEAR, clean_title
from .people import parse_names

# The roles as printed around a chapter's editors, in the languages the lists are written
# in: "(eds.)", "(edd.)", "(a cura di)", "(coord. par)", "(Hrsg. )", "ed. by".
_ROLE = (rf"(?:{EDITOR_WORDS}|[Ee]dd|a\s+cura\s+di|[Cc]oord\.?\s+par|[Ss]ous\s+la\s+dir(?:ection)?\.?\s+de"
         r"|[Ee]d\.?\s+by|[Hh]rsg\.?\s+v(?:on|\.))")
# A role printed before the names it belongs to: "ed. by", "edited by", "eds.", "a cura di".
_ROLE_FIRST = (r"(?:[Ee]d(?:ited)?\.?\s+by|[Ee]dited\s+by|[Ee]ds?\.?|[Ee]ditors?|a\s+cura\s+di|[Hh]rsg\.?\s+v(?:on|\.)"
               r"|[Ss]ous\s+la\s+dir(?:ection)?\.?\s+de)")
# Where the source of a chapter begins: "In", "In:", "in :" after the end of the title
# (a doubled "In In:" is one).
_IN = re.compile(r"[.,;”\"’'»)]\s*(?:(?:In|in|Em|em|En|Dans|dans)\s*:?\s+)+(?=\S)")
# Names then their role, at the start of the source: "Larry M. Hyman & Charles W.
# Kisseberth (eds.), ", "Miskovic, Harald Fischer-Tine and Nada Boskovska, eds, ",
# "Lawrence Davis, editor, ", "Fontemaggi A., Piolanti O. ed., ", "R. Bauer (Hrsg.) ".
# ("edited by" opens the names after it, and so never closes the names before it.)
_NAMES_THEN_ROLE = re.compile(rf"(?P<names>[^()]{{2,250}}?)(?:\s*\(\s*{_ROLE}\.?\s*(?:par\s*)?\)(?P<bracketed>)"
                              rf"|,?\s+{_ROLE}(?<!by)(?<!\bv\.)(?<!von)\.?(?!\s*by\b))"
                              r"(?P<after>\s*[,:]\s*|\s*\.?\s+)(?=\S)")
# The editors in brackets after the book: "Book (eds. Gibson R. L. and Reimold W. U.)",
# "Book (D. Pollard, E. Torgersen and G. L. Yang, eds.)".
_BRACKETED_EDITORS = re.compile(rf"\s*\(\s*(?:{_ROLE_FIRST}\s+(?P<after_role>[^()]+?)|(?P<before_role>[^()]+?),?\s+{_ROLE})\.?\s*\)")
# The role, then names, after the book: ". Ed. Margaret Gibson", ", edited by …".
_ROLE_THEN_NAMES = re.compile(rf"(?:[.,;]\s+|\s+)(?P<role>{_ROLE_FIRST})\s+(?=[A-Z])")
# Names, then the role, after the book: "Book, Csordas, ed., pp.", "Book. R. Harrison, S.
# Byrne, and A. Clarke, eds.": a comma or a stop (not an initial's) before the names.
# (A role that a capitalised word follows opens names instead: ". Ed. Margaret Gibson".)
# A capitalised word after the role is the publisher's only after initials: "Concepts, E.
# Neuhold, Ed. North-Holland Pub." (and not "Volume Two. Ed. Margaret Gibson").
# (Not after a colon: "São Paulo: Ed. 34, 2016" is a place and its publisher.)
_NAMES_THEN_LAST_ROLE = re.compile(r"(?P<names>[^()]{2,160}?)(?<!:),?\s+(?:[Ee]ds?|[Ee]ditors?)\.?"
                                   r"(?=\s*[,;)]|\s*$|\.?\s+(?:[Pp]p?\.|\d)|(?P<capital>\s+[A-Z]))")
_BREAK = re.compile(r"[,;]\s+|(?<![\s.][A-Z])(?<!^[A-Z])\.\s+")
# Where the names after a role end: "et al.", a stop after a word (not an initial), a
# bracket, a semicolon, or a comma before a number, the pages' word or an imprint.
_NAMES_END = re.compile(r"(?<=\bal\.)(?=[\s,;])|(?<![\s.][A-Z])(?<!^[A-Z])\.(?:\s|$)|[;()]|,\s+(?=\d|pp?\.|[Vv]ols?\.|S\.\s*\d|[A-Z][^,.:;]{0,40}:\s)|$")
# Where a book ends: its pages, an imprint in brackets ("(Singapore: NUS Press)"), a
# year in brackets, the numbers of a series ("2,3: 98-126").
_BOOK_END = re.compile(r"\s*\((?:pp?\.|S\.)\s*\d|\s*\([^()]{2,60}:\s*[^()]+\)|[.,]?\s*(?:[Pp]p?\.|S\.)\s*[A-Z]?\d"
                       r"|[,:]\s*(?!(?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\b)\d+\s*[-–]\s*\d+(?![\d:])|\s*\((?:1[5-9]|20)\d\d\)|,\s*\d+(?:,\d+)?:\s*\d")
# An imprint after the book: "Stanford: CSLI", "Columbia, S.C.: Camden House".
_IMPRINT = re.compile(r"[.,]\s+(?P<place>[A-Z][^.,:;()]{0,30}(?:,\s*[A-Z][A-Z.]{1,4})?):\s+\S")
# Printed initials, "et al." and name particles: what tells names from a title's words.
_PERSON_MARKS = re.compile(r"\b[A-Z]\.|\b[A-Z]{1,3}\b(?=[\s,.;&]|$)|\bet\.?\s*al\b|\b(?:van|von|de|da|di|del|der|du)\s+[A-Z]")


def _people(names: str, surnames_alone: bool = False) -> tuple:
    """The editors a run of text names, or () where it is not a list of people (with
    ``surnames_alone``, a capitalised surname is enough: "Book, Csordas, ed.")."""
    names = re.sub(rf",?\s*\(?(?:{_ROLE})\.?\)?$", "", names.strip(" ,;:")).strip(" ,;:")  # "…, eds."
    if not names or len(names) > 250 or re.search(r"\d{2}|:|^In\b", names):
        return ()  # (a colon parts a book's title and subtitle: "Text and Nation: Cross-…")
    words = re.sub(r"\bet\.?\s*al\b\.?|\b(?:and|und|et|e|y|en|&)\b", " ", names).split()
    if any(w[:1].islower() and w.lower().strip(".,") not in _PARTICLES for w in words):
        return ()  # lower-case words are a title's, not names' ("van", "de" are names')
    people, _ = parse_names(names)
    if people and all(p.family and not p.literal and (p.initials or surnames_alone) for p in people):
        return people
    return ()


_PARTICLES = frozenset("van von der den de da do dos das di del della la le du ten ter bin al el".split())


def _marks(names: str) -> int:
    return len(_PERSON_MARKS.findall(names))


def _names_first(source: str, current: str) -> tuple[str, int, int, tuple] | None:
    """"Names (eds.), Book …": the book and where it starts and ends in ``source``."""
    first = _NAMES_THEN_ROLE.match(source)
    if not first or (current and source.startswith(current) and current != first.group("names").strip(" ,;:")
                     and not current.startswith(first.group(0).rstrip())):
        # (The reading found the book where the names would be: "In Book, A. Name, eds.";
        # one that kept the names and their role inside the book did not: "JONES, B. (Org.). Book".)
        return None
    editors = _people(first.group("names"))
    # "In Text Comparison and Digital Creativity, ed. Wido van Peursen": a role that no
    # comma or bracket closes may open the names after it; the side that looks more like
    # names (initials, "et al.", particles) is the editors.
    if editors and first.group("bracketed") is None and not re.search(r"[,:]", first.group("after")):
        names_end = _NAMES_END.search(source, first.end())
        after = source[first.end(): names_end.start()]
        if _people(after) and _marks(after) >= _marks(first.group("names")):
            return None
    if not editors:
        return None
    rest = source[first.end():]
    end = _BOOK_END.search(rest)
    imprint = _IMPRINT.search(rest, 0, end.start() if end else len(rest))
    if imprint and names_a_place(imprint.group("place")):
        end = imprint
    book_end = first.end() + (end.start() if end else len(rest))
    return source[first.end(): book_end], first.end(), book_end, editors


def _book_first(source: str) -> tuple[str, int, int, tuple] | None:
    """"Book (eds. Names)", "Book, Names, eds.", "Book. Ed. Names": the book is all before
    the editors."""
    for bracket in _BRACKETED_EDITORS.finditer(source):
        editors = _people(bracket.group("after_role") or bracket.group("before_role"))
        if editors:
            return source[: bracket.start()], 0, bracket.start(), editors
    for cut in _BREAK.finditer(source):
        names = _NAMES_THEN_LAST_ROLE.match(source, cut.end())
        # (A surname alone only where it is one: "Book, Csordas, ed.", not "Life, Thought and Influence".)
        editors = _people(names.group("names"), surnames_alone=len(names.group("names").split()) == 1) if names else ()
        if editors and names.group("capital") is not None and not _marks(names.group("names")):
            continue
        if editors and source[: cut.start()].count("(") == source[: cut.start()].count(")"):
            return source[: cut.start()], 0, cut.start(), editors
    for role in _ROLE_THEN_NAMES.finditer(source):
        names_end = _NAMES_END.search(source, role.end())
        if role.start() and _people(source[role.end(): names_end.start()]):
            return source[: role.start()], 0, role.start(), _people(source[role.end(): names_end.start()])
    return None


def book_of_chapter(fields: dict, text: str) -> dict:
    """The book (and editors, and the title without the book) of a chapter whose reading
    lost the book to its editors, its publisher or its title, or kept the editor clause
    inside it."""
    title = fields.get("title") or ""
    if not title or (fields.get("journal") and fields.get("volume")):
        return fields
    at = text.find(title[: 40])
    if at < 0:
        return fields
    current = fields.get("booktitle") or fields.get("journal") or ""
    for marker in _IN.finditer(text, at + 1):
        found = _names_first(text[marker.end():], current) or _book_first(text[marker.end():])
        if found:
            break
    else:
        return fields
    book, start, end, editors = found
    source_start = marker.end()
    later = [re.compile(rf"[.,(:]\s*(?={re.escape(fields[f])}(?!\w))").search(text, source_start + start, source_start + end)
             for f in ("publisher", "place", "pages") if fields.get(f)]
    later = [found.start() - source_start for found in later if found]
    if start and later:  # the reading's own imprint or pages end the book ("… Engineers. Heath, Lexington, MA")
        end = min(later)
        book = text[source_start + start: source_start + end].rstrip(" .,;:(")
    if not start:
        landmark = _BOOK_END.search(book)
        book = book[: landmark.start()] if landmark else book
        # "The Birds of North America, No. 685 (eds.)", "Romanzi e conti, 2 vols., edited by": the series' number, the set's size
        book = re.sub(r",\s*(?:(?:No|Vol)\.\s*\d+|\d+\s+vols?\.?)$", "", book)
    # (A year the editors' names carry is theirs: "KELLY, T., eds. 2011. Are Human …".)
    book = clean_title(re.sub(r"^\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,]?\s+", "", re.sub(r"\s*\($", "", book.strip())))
    city = re.search(r",\s+(?P<place>[A-Z][^,.;:()]{1,30})$", book) if start else None
    if city and names_a_place(city.group("place")):
        # "… nell'evo antico, Rimini, p. 71-77": the city the book was printed in ends it.
        book = book[: city.start()]
        fields = fields if fields.get("place") else {**fields, "place": city.group("place")}
    edition = EDITION_AT_END.search(book.rstrip(" ."))
    if edition and edition.start() > 3:  # "In Handbook of Soil Biology, 2nd ed.; Ruiz, A., Eds.;": the book's edition
        book = book[: edition.start()].rstrip(" .,")
        fields = fields if fields.get("edition") else {**fields, "edition": edition.group("edition")}
    if current == book and not fields.get("editors"):
        return {**fields, "editors": editors}  # the reading found the book, and missed only its editors
    if not book or len(book.split()) < 2 or current == book:
        return fields
    clause = text[source_start: source_start + start]  # the editors, where they come before the book
    # A book read before its editors has both its ends printed; one read after them ends
    # where the reading's imprint or pages begin, or at a landmark, and so replaces the
    # reading only where that lost the book.
    book_first = start == 0
    # (Of a book read after them, a reading that lost the book's head — "Bandung
    # Revisited:" read as a place — or kept the clause in it is mended; one that ends
    # earlier than the landmark is kept: "Lacanian discourse [Special issue]. Prose …".)
    lost = (book_first or not current or (clause and current in clause and current not in book)
            or book.endswith(current) or book in current)
    if not lost:
        return fields
    mended = {**fields, "booktitle": book, "journal": ""}
    if fields.get("kind") in (None, "", "misc", "book", "article", "report"):
        mended["kind"] = "chapter"
    # The clause names the editors by their role; a reading that found others took them
    # from the book's words ("Large Meteorite Impacts IV (eds. …)" read as "Impacts").
    if {p.family for p in fields.get("editors") or ()}.isdisjoint(p.family for p in editors):
        mended["editors"] = editors
    marker_word = re.escape(text[marker.start(): marker.end()].strip(" .,;”\"’'»)"))
    word = re.search(rf"(?<!\w){marker_word}(?!\w)", title)  # "In", not the "in" of "Goscelin"
    cut = word.start() if word else -1
    tail = title[word.end():].strip(" :")[:20] if word else ""
    if cut > 0 and (book[:20] in title[cut:] or (clause and tail and clause.startswith(tail))):
        mended["title"] = clean_title(title[:cut].rstrip(" .,;:"))  # "Title. In Book" read as one title
    after = text[source_start + end:]
    imprint = re.match(r"[.,]?\s*\(?(?P<place>[A-Z][\w .'’/-]{1,40}?):\s*(?P<publisher>[^.,;:()\d]{2,80}?)\s*(?=[.,;)]|\s\d|$)", after)
    publisher = fields.get("publisher") or ""
    if publisher and (publisher in book or publisher in clause or book in publisher):
        mended["publisher"] = imprint.group("publisher").strip() if imprint else ""
        if imprint and not fields.get("place"):
            mended["place"] = imprint.group("place").strip()
    if fields.get("place") and fields["place"] in book:  # "Bandung Revisited: The Legacy …" read as place and publisher
        mended["place"] = imprint.group("place").strip() if imprint else ""
    return mended


# "Title. In Book": the book of a chapter whose source prints no editors; French, Italian
# and Portuguese lists part them by a comma ("Title, in Book, Paris, Errance, 2004, p. 10-30").
_IN_AFTER_TITLE = re.compile(r"(?<=[^\s.])(?<![\s.][A-Z])[.?!]\s+In:?\s+(?=[A-Z0-9])")
_IN_AFTER_COMMA = re.compile(r"(?<=\w),\s+(?:in|In|dans|Dans|em|Em)\s*:?\s+(?=[A-Z0-9«“\"])")
# The marker read into the book's name: "dans Histoire des ports antiques".
_MARKER_OPENS = re.compile(r"^(?:in|In|dans|Dans|em|Em)\s*:?\s+(?=[A-Z0-9«“\"])")


def book_named_in_title(fields: dict) -> dict:
    """APA's "Allen, W. (1988). Title. In The Ultimate Humour Book. London: Chancellor
    Press." — a chapter whose book has no editors, read as a book whose title runs on
    into "In …" (or whose "journal" opens with "dans"): the words after the marker are
    the book. A comma before the marker ends many a title's clause ("Depression, in
    children"), and so counts only before a capital and with the chapter's page range."""
    title = fields.get("title") or ""
    container = fields.get("journal") or ""
    if fields.get("kind") not in ("book", "misc") or fields.get("booktitle") or not fields.get("publisher"):
        return fields
    if container:
        opening = _MARKER_OPENS.match(container)
        if opening and len(container[opening.end():].split()) >= 2:
            return {**fields, "kind": "chapter", "journal": "", "booktitle": clean_title(container[opening.end():])}
        return fields
    marker = _IN_AFTER_TITLE.search(title)
    if not marker and re.search(r"\d\s*[-–]\s*\d", fields.get("pages") or ""):
        marker = _IN_AFTER_COMMA.search(title)
    if not marker or len(title[: marker.start()].split()) < 2 or len(title[marker.end():].split()) < 2:
        return fields
    return {**fields, "kind": "chapter", "title": clean_title(title[: marker.start() + 1].rstrip(",")),
            "booktitle": clean_title(title[marker.end():])}


def title_in_booktitle(fields: dict) -> dict:
    """A chapter with no title whose book opens with it: Cell's "Li, N., and Duman, R.S.
    (2012). Synaptogenesis. In Handbook of Depression, A. Smith, ed. (Academic Press)" read
    as the book "Synaptogenesis. In Handbook of Depression" (a one-word title reads to the
    tagger as the book's first word). The sentence before the marker is the title."""
    book = fields.get("booktitle") or ""
    if fields.get("title") or not book:
        return fields
    marker = _IN_AFTER_TITLE.search(book)
    if not marker or len(book[marker.end():].split()) < 2:
        return fields
    return {**fields, "kind": "chapter", "title": clean_title(book[: marker.start() + 1]), "booktitle": clean_title(book[marker.end():])}


def book_read_as_title(fields: dict) -> dict:
    """Nature's chapter has no title of its own: "Smith, J. in Handbook of Mood Disorders
    2nd edn (ed. Jones, K.) 45–67 (Sage, 2015)." A title that opens with "in" before a
    capital is the book the chapter is in."""
    title = fields.get("title") or ""
    if fields.get("booktitle") or fields.get("journal") or not re.match(r"in\s+[A-Z0-9]", title):
        return fields
    return {**fields, "kind": "chapter", "title": "", "booktitle": clean_title(title[3:])}


# ABNT's chapter in a book by a body, named in capitals before the book's title: "In:
# ORGANIZAÇÃO MUNDIAL DA SAÚDE. Relatório mundial de saúde. Genebra: OMS, 2008."; and the
# book's year left at its end where no imprint came between ("In: R DEVELOPMENT CORE TEAM.
# An introduction to R. 2016.").
_BODY_OPENING_BOOK = re.compile(r"^(?P<body>[A-ZÀ-Þ][A-ZÀ-Þ'’&-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’&-]*){0,9})\.\s+(?P<book>[A-ZÀ-Þ].*[a-zà-ÿ].*)$")
_YEAR_ENDING_BOOK = re.compile(rf"^(?P<book>.+?)[.,]\s*(?P<year>{YEAR})$")


def body_opening_book(fields: dict) -> dict:
    """The body that made a chapter's book, read as the book's first sentence: it is the
    book's maker (given as its editor, as a person named there is), and a year ending the
    book with no year read is the work's."""
    from .model import Author

    book = fields.get("booktitle") or ""
    if fields.get("kind") != "chapter" or not book:
        return fields
    mended = dict(fields)
    dated = _YEAR_ENDING_BOOK.match(book)
    if dated and not fields.get("year"):
        book = dated.group("book")
        mended.update(booktitle=book, year=dated.group("year"))
    body = _BODY_OPENING_BOOK.match(book)
    if body and len(body.group("body").replace(" ", "")) >= 3 and not fields.get("editors"):
        mended.update(booktitle=body.group("book"), editors=(Author(literal=body.group("body")),))
    return mended
