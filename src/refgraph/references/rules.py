"""The rule parser: one reference string → its fields, exactly as printed.

It is exact on the styles it knows; :mod:`.parse` lets the learnt tagger judge it.
Three house styles share one pipeline: identifiers are lifted out first, then the
author list is read, then the *source block* (journal, year, volume, issue, pages) is
found from the right, and whatever lies between is the title.

- Vancouver/NLM: ``Berman RM, et al. Title. *Biol Psychiatry* 2000;47:351-354.``
- PLOS: ``Nowell PC (1976) Title. Science 194: 23–28.``
- Quoted (AMA/Wiley): ``M. A. Dawson and T. Kouzarides, “Title,” Cell 150, no. 1 (2012): 12–27.``
"""
from __future__ import annotations

import re

from .model import Author
from .books import (BOOK_IMPRINT, CHAPTER, PAREN_BOOK, PLACE_PUBLISHER, PLOS_BOOK, as_book, imprint_in,
                    parse_chapter, parse_paren_book)
from .names import PARTICLE_AFTER, parse_author_list
from .places import known_place
from .people import NOT_INITIALS, ROLE, has_person_pattern, looks_like_group, parse_names
from .identifiers import MONTH_NAME
from .repairs import semicolon_names_end
from .patterns import (DATE_TAIL, DATED_ISSUE_OPENS, SHORT_MONTH, SINE_LOCO, DATED_ISSUE_TAIL, ISSUE, JOURNAL_JOINERS, PAGE, PAGES, PP, PROCEEDINGS,
                       VOLUME, YEAR, clean_title, is_place)

# What may follow the year in a Vancouver source block, up to the end of the string.
_AFTER_YEAR = re.compile(
    rf"^[a-z]?\)?{DATE_TAIL}\s*(?:\[[^\]]*\]\s*)?"
    rf"(?:[;,.:]?\s*(?:{VOLUME})?{ISSUE}?\s*(?:[:,]\s*(?:pp?(?:\.\s*|\s+|(?=\d)))?{PAGES})?)?\s*[.;,]?\s*$",
    re.I,
)
# PLOS / no-year source block: "Journal 82: 35–40", "Cell 150, no. 1 (2012): 12–27".
_VOL_TAIL = re.compile(
    rf"(?:^|[\s,.])(?:vol\.?\s*)?{VOLUME}(?:{ISSUE}|,?\s*no\.\s*(?P<issue2>[^\s(,:]+))?"
    rf"(?:\s*\((?P<year>{YEAR})[a-z]?\))?\s*(?:(?:[:,]\s*|\s+(?=e\d))(?:pp?(?:\.\s*|\s+|(?=\d)))?{PAGES})?\s*[.;]?\s*$"
)
# "Psychopharmacology (Berl), 231 (": a volume set before a bracketed year.
_VOLUME_BEFORE_YEAR = re.compile(r"(?<=[^\W\d_]|\)),\s+(?P<volume>\d{1,5})\s*\(?\s*$")
# "(2013)", "(n.d.)" after the names: "n.d." (no date) stands where the year would.
# (German styles put a colon after it, before the title: "… und K. Hashimoto (2018): Title";
# never before a number, MLA's "Science 343.6178 (2014): 1436-37".)
_PLOS_YEAR = re.compile(rf"\s*\((?:(?P<year>{YEAR})(?P<suffix>[a-z]?)|n\.\s?d\.?)\)(?:\.|:(?=\s+\D))?\s+")
# Harvard's "Monteggia, LM (2016), Title, *Journal*": a comma after the date, where the
# names end in initials (not an arXiv tag's "P. Harris, (2017), arXiv:…", nor a title's
# "Métapsychologie (1915), Paris").
_DATE_THEN_COMMA = re.compile(rf"\s*\((?P<year>{YEAR})(?P<suffix>[a-z]?)\),\s+")
_YEAR_COMMA_AFTER_INITIALS = re.compile(rf"(?:(?<=[A-Z])|(?<=[A-Z]\.)){_DATE_THEN_COMMA.pattern}")
_YEAR_NEXT = re.compile(rf"(?:(?:{YEAR})[a-z]?|n\.\s?d)[.,]\s")
_DOTTED_YEAR = re.compile(rf"(?:(?P<year>{YEAR})(?P<suffix>[a-z]?)|n\.\s?d)\.\s+(?=\S)")
_QUOTED = re.compile(r"[“\"](?P<title>.+?)[,.]?[”\"][,.]?\s*")
_ABBREVIATED_WORD = re.compile(r"^[A-Z][A-Za-z]{0,11}$")
THESIS_WORDS = re.compile(r"\[(?:(?:doctoral |master'?s |PhD )?dissertation|(?:doctoral |master'?s |PhD )?thesis"
                          r"|tese(?: de doutorado)?|disserta[çc][ãa]o(?: de mestrado)?|tesis(?: doctoral)?|th[èe]se)\]", re.I)
# "[dataset]", "[data set]", "[software]": NLM's medium designators (parse.py drops them
# from the title).
# (APA's designators of a talk: "[Paper presentation]", "[Poster presentation]", "[Conference session]".)
MEDIUM = re.compile(r"\[(?P<medium>data ?set|database|software|computer program|(?:paper|poster|oral) presentation|conference session"
                    r"|keynote address)\]", re.I)
# A journal's medium designator after its name, in NLM's words and in the Spanish and
# Portuguese Vancouver styles': "[Internet]", "[revista en Internet]", "[periódico na
# Internet]", "[en línea]", "[serial online]". The medium, not the journal's name.
JOURNAL_MEDIUM = re.compile(r"\.?\s*\[(?:Internet|on-?line|en\s+l[íi]nea|en\s+ligne|em\s+linha|electronic resource|serial\s+(?:on|online)[^\]]*"
                            r"|(?:revista|peri[óo]dico|serie|journal)\s+(?:en|na|on|in)\s+(?:la\s+|a\s+|the\s+)?(?:Internet|l[íi]nea|linha))\]$",
                            re.I)
# ISO 690 prints the medium after the title: "Title [online]. *Journal*, 2017", French
# "[en ligne]". (NLM's "Title [Internet]" the gold keeps as printed, and so do we.)
TITLE_MEDIUM = re.compile(r"\.?\s*\[(?:on-?line|en\s+l[íi]nea|en\s+ligne|em\s+linha)\]$", re.I)
REPORT_WORDS = re.compile(r"\b(?:technical report|tech\.\s*rep|report series|annual report|working paper|white paper|bulletin|boletim|relat[óo]rio|informe)\b", re.I)


class UnparseableReference(ValueError):
    """The string does not have the shape of any supported reference style."""


def normalise_pages(pages: str) -> str:
    """Keep pages as printed, but with a plain hyphen and no spaces around it; a range
    left open ("2012;45:19–.", a record with no last page) is its first page (the
    incomplete-reference check reports the open range from the printed entry). Korean,
    Chinese and Japanese lists print a range with a tilde or wave dash ("147~153")."""
    return re.sub(r"\s*[-–—]\s*|(?<=\d)\s*[~∼〜～]\s*(?=[A-Za-z]?\d)", "-", pages.strip()).rstrip("-")


_NUMBERED_SUPPLEMENT = re.compile(r"(?P<volume>\d+)\s+(?P<supplement>(?:Suppl(?:ement)?|Supl(?:emento)?)\.?\s*\w+)")


def rule_fields(core: str, ids, italic: list[str]) -> dict:
    """Fields of one reference by the rules (identifiers already lifted into ``ids``).

    Raises :class:`UnparseableReference` when the string has no shape the rules know.
    """
    common = dict(
        doi=ids.doi, pmid=ids.pmid, pmcid=ids.pmcid, arxiv=ids.arxiv, url=ids.url, accessed=ids.accessed, status=ids.status
    )
    quoted = _QUOTED.search(core)
    paren_book = PAREN_BOOK.match(core)
    if quoted and quoted.start() > 0:
        fields = _parse_quoted(core, quoted)
    elif paren_book and paren_book.group("publisher") and parse_paren_book(paren_book):
        fields = parse_paren_book(paren_book)
    else:
        fields = _parse_vancouver(core, italic)
    fields.update({k: v for k, v in common.items() if v})
    if fields.get("kind") == "misc" and ids.status and ". " in fields.get("title", ""):
        # "Title. J Name. Epub ahead of print …": no volume yet, so no source block was found.
        fields["title"], fields["journal"] = _split_title_journal(fields["title"] + ".", italic)
        fields["kind"] = "article" if fields["journal"] else "misc"
    if not fields.get("year") and ids.online_year:
        fields["year"] = ids.online_year
    if fields.get("kind") in {"article", "misc"} and not fields.get("journal") and ids.url:
        fields["kind"] = "online"
    medium = MEDIUM.search(core)
    if medium and fields.get("kind") in {"article", "book", "misc", "online"} and not fields.get("volume"):
        named = medium.group("medium").lower()
        if named in ("software", "computer program"):
            fields["kind"] = "software"
        elif re.fullmatch(r"data ?set|database", named):
            fields["kind"] = "dataset"
        elif not fields.get("journal"):
            fields["kind"] = "proceedings"  # a talk or poster at a meeting
    if fields.get("kind") in {"book", "misc"}:
        if THESIS_WORDS.search(core):
            fields["kind"] = "thesis"
        elif REPORT_WORDS.search(core) or re.search(r"\breport\b", fields.get("title", ""), re.I):
            fields["kind"] = "report"
    numbered_supplement = _NUMBERED_SUPPLEMENT.fullmatch(fields.get("volume") or "")
    if numbered_supplement and not fields.get("issue"):
        # PubMed's "2013;24 Suppl 6:vi51-6": volume 24, issue "Suppl 6", as its records keep
        # them (a supplement with no number, "50 Suppl", stays the volume's).
        fields["volume"], fields["issue"] = numbered_supplement.group("volume", "supplement")
    if fields.get("pages"):
        fields["pages"] = normalise_pages(fields["pages"])
    if not (fields.get("title") or fields.get("journal")):
        raise UnparseableReference("found neither a title nor a source")
    return fields


# ---------------------------------------------------------------- authors
_BODY_ACRONYM = re.compile(r"\(\s*(?P<acronym>[A-Z]{2,10})\s*\)\s*$")


def _acronym_of_its_words(head: str) -> bool:
    """Whether ``head`` ends with the acronym of its own capitalised words, in order: one
    body whose name holds commas ("Ministry of Land, Infrastructure, Transport, and
    Tourism (MLIT)"), not a list of names."""
    acronym = _BODY_ACRONYM.search(head)
    if not acronym:
        return False
    capitals = iter(w[0] for w in re.findall(r"[A-Z][\w'’-]*", head[: acronym.start()]))
    return all(letter in capitals for letter in acronym.group("acronym"))
def _split_authors(text: str) -> tuple[tuple[Author, ...], bool, str]:
    """Read the author list at the start of ``text``; return authors, et al, and the rest."""
    plos = _PLOS_YEAR.search(text) or _YEAR_COMMA_AFTER_INITIALS.search(text)
    if plos:
        # "(2013)" right after the names closes the list unambiguously, so group
        # authors may stand in it ("The Cancer Genome Atlas Research Network, Weinstein JN").
        # An edited book's "(eds)", "(Hrsg.)", "(orgs.)" marks the names' role, it is no name.
        head = ROLE.sub(" ", text[: plos.start()]).strip(" ,;:")
        # (A full given name's stop before the date is the list's: "Lantz, Rochelle. (1990)".)
        person = head[:-1] if re.search(r"[^\W\d_]{2}\.$", head) else head
        if _INVERTED_PERSON.fullmatch(person) and not looks_like_group(person):
            # "ROYO, Sebastián (2002)": one person, surname first, not two groups.
            people, et_al = parse_names(person)
            if people:
                return people, et_al, text[plos.start():]
        if looks_like_group(head) and not has_person_pattern(head) and (not re.search(r"[,;&]", head) or _acronym_of_its_words(head)):
            # "National Institute for Health and Care Excellence (2019)": one body, whose
            # "and" joins no two groups.
            return (Author(literal=head.rstrip(".")),), False, text[plos.start():]
        parsed = parse_author_list(head, allow_groups=True)
        if parsed:
            return parsed[0], parsed[1], text[plos.start():]
    for match in re.finditer(r"(?<=[\w.)])(?:\.|:)\s+(?=\S)|(?<=\bal)\.?,?\s+(?=\S)", text):
        if ((_NEXT_INITIAL.match(text, match.end()) or _PARTICLE_NEXT.match(text, match.end())
             or _PARTICLE_THEN_INITIAL.match(text, match.end()))
                and _INVERTED_INITIALS.search(text, max(0, match.start() - 80), match.start() + 1)):
            # Between one person's initials ("Karlenius, T. | C.; Tonissen, K. F."), or before
            # the surname's particle printed after them ("OLIVEIRA, P. R. | de. Um estudo").
            continue
        if _NAMES_GO_ON.match(text, match.end()) or _ET_AL_NEXT.match(text, match.end()):
            # the last name is still to come: "Alonso, M. | and Finn, E. J.: Física"; or the
            # list's "et al." ("SANTOS, G. C. | et al. Mercado de trabalho …")
            continue
        head = text[: match.start()] + ("." if text[match.start()] == "." else "")
        # A year next ("… Seidman JG. 2012. Title") closes the list as "(2012)" does, so
        # a group may stand among the people ("Hadjipanayis AG, Cancer Genome Atlas
        # Research Network, Protopopov A").
        year_next = bool(_YEAR_NEXT.match(text, match.end()))
        body = head.rstrip(".")
        if year_next and looks_like_group(body) and not has_person_pattern(body) and not re.search(r"[,;&]", body):
            # "Empresa de Pesquisa … de Santa Catarina (EPAGRI). 2001. Title": one body, as
            # before "(2001)" above.
            return (Author(literal=body),), False, text[match.end():]
        parsed = parse_author_list(head, allow_groups=year_next)
        if parsed and _groups_among_people(parsed[0]):
            return parsed[0], parsed[1], text[match.end():]
        if len(head) > 400:
            break
    return (), False, text


# A dotted initial, after another of a surname's: the same person's names go on ("T. C.;",
# "P. S.,"; not the given names before a surname: "and J. | G. Hodgson") —
# unless abbreviations follow, which open a journal ("Gu, Z. | J. Am. Chem. Soc. 2014").
_INVERTED_INITIALS = re.compile(r"[^\W\d_][\w'’-]+,\s(?:[A-Z]\.[\s-]?)*[A-Z]\.$")
# A joining word and a capital after the stop: no title opens so, the next name does.
_PARTICLE_NEXT = re.compile(rf"{PARTICLE_AFTER}[.,;](?=\s|$)")
# A particle between the initials, where the surname's particle is printed ("FREIRE, G. H. de A.").
_PARTICLE_THEN_INITIAL = re.compile(rf"{PARTICLE_AFTER}\s[A-Z]\.(?=[\s;,]|$)")
_NAMES_GO_ON = re.compile(r"(?:and|&|und|et|e|y)\s+[A-Z]")
_ET_AL_NEXT = re.compile(r"et\.?\s?al\b")
_NEXT_INITIAL = re.compile(r"[A-Z]\.(?=[;,:-]|$|\s(?![A-Z][a-z]{1,5}\.\s))")


def _groups_among_people(authors: tuple[Author, ...]) -> bool:
    """People, and any group among them a real one: "Burke, James. 2000." read with
    "James" as a group is one person, and "Ocean Research Council, University of Lisbon.
    2015." (groups only) is one body, neither a list of authors."""
    groups = [a.literal for a in authors if a.literal]
    return not groups or (len(groups) < len(authors) and all(looks_like_group(g) for g in groups))


def _group_author(text: str) -> tuple[tuple[Author, ...], str]:
    """A corporate author leads a string when its first sentence is short and title-less."""
    match = re.match(r"^([^.]{2,120}?)\.\s+(?=\S)", text)
    if not match:
        return (), text
    head = match.group(1).strip()
    words = head.split()
    # Organisation names are capitalised throughout ("World Health Organization", "WHO");
    # a title would have lower-case content words.
    lower = [w for w in words if w[:1].islower() and w.lower() not in {"of", "for", "and", "the", "on", "in", "de", "da", "do", "des", "du", "y", "e", "et", "la", "le"}]
    if lower or len(words) > 10 or re.search(r"\d", head):
        return (), text
    if _INVERTED_PERSON.fullmatch(head) and not looks_like_group(head):
        # "Davis, Natalie Zemon." (Chicago, MLA): a person with full given names.
        people, _ = parse_names(head)
        return people, text[match.end():]
    return (Author(literal=head),), text[match.end():]


# "Davis, Natalie Zemon", "DOTTI, René Ariel", "Douglas, Mary, and Aaron Wildavsky",
# "Costales Samaniego, Alfredo; and André Theisen"; ABNT's given names in full, with their
# particles: "FERREIRA, Aurélio Buarque de Holanda", "SILVA, Maria Beatriz Nizza da"; APA
# with full given names, "Smith, John M., & Jones, Anna K." (a middle initial among them;
# the first given name in full, so "Smith, J. M." stays the initials' reading).
_GIVEN_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|e|y)"
_NAME_WORD = r"[^\W\d_][\w'’-]*"
_GIVEN_WORD = rf"(?:[A-Z]\.(?:-?[A-Z]\.)?|{_NAME_WORD})"
_ONE_INVERTED_PERSON = (rf"{_NAME_WORD}(?: {_NAME_WORD})?, {_NAME_WORD}"
                        rf"(?:(?: {_GIVEN_PARTICLE})? {_GIVEN_WORD}){{0,3}}(?: {_GIVEN_PARTICLE})?")
_INVERTED_PERSON = re.compile(rf"{_ONE_INVERTED_PERSON}(?:(?:; |,? (?:and|&) |, ){_ONE_INVERTED_PERSON}){{0,7}}"
                              rf"(?:[,;]? (?:and|&) {_GIVEN_WORD}(?: {_GIVEN_WORD}){{1,3}})?")


# Vancouver names with no stop before the title: "Cornelis GR The …", "Whitten MMA, Coates
# CJ Re-evaluation …": capitalised surnames, 1-3 capital initials, a capitalised word next.
_UNSTOPPED_NAMES = re.compile(
    r"^(?P<names>(?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)? [A-Z]{1,3}, )*[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)? [A-Z]{1,3}) (?=[A-Z][a-z])")



# ---------------------------------------------------------------- Vancouver / PLOS
def _parse_vancouver(core: str, italic: list[str]) -> dict:
    authors, et_al, rest = _split_authors(core)
    fields: dict = {"kind": "article"}
    plos = _PLOS_YEAR.match(rest) or (_DOTTED_YEAR.match(rest) if authors else None)
    if not plos and authors and core.endswith(rest) and _YEAR_COMMA_AFTER_INITIALS.match(core, len(core) - len(rest)):
        plos = _DATE_THEN_COMMA.match(rest)  # (matched in the whole entry, where the initials can be seen)
    if plos:
        # "Nowell PC (1976) Title" (PLOS) or "Larman TC, … Seidman JG. 2012. Title" (eLife).
        fields["year"], fields["year_suffix"] = plos.group("year") or "", plos.group("suffix") or ""
        rest = rest[plos.end():]
    elif not authors and (head := _UNSTOPPED_NAMES.match(rest)):
        # "Cornelis GR The Yersinia deadly kiss." — the stop after the names was lost.
        names = head.group("names")
        # "Diabetes UK Annual report … London: Diabetes UK; 2019": an organisation (a
        # country or company form, or named again as publisher), not Diabetes U. K.
        parsed = None if (names.split()[-1] in NOT_INITIALS or names in rest[head.end():]) else parse_author_list(names)
        if parsed:
            authors, et_al = parsed
            rest = rest[head.end():]
    if not authors and not plos:
        group, remainder = _group_author(rest)
        if group and _has_source_after_title(remainder):
            authors, rest = group, remainder
            plos = _PLOS_YEAR.match(rest)
            if plos:
                fields["year"], fields["year_suffix"] = plos.group("year") or "", plos.group("suffix") or ""
                rest = rest[plos.end():]
    fields.update(authors=authors, et_al=et_al)

    chapter = CHAPTER.search(rest)
    if chapter:
        fields.update(parse_chapter(rest, chapter, fields.get("year", "")))
        return fields
    plos_book = PLOS_BOOK.match(rest) if fields.get("year") else None
    if plos_book and is_place(plos_book.group("place")):
        fields.update(kind="book", title=clean_title(plos_book.group("title")), place=plos_book.group("place").strip(),
                      publisher=plos_book.group("publisher").strip(), pages=plos_book.group("pages") or "")
        return fields

    head, source = _split_source(rest, have_year=bool(fields.get("year")))
    if source is not None and not (source.get("volume") or source.get("pages")):
        book = imprint_in(head) or _publisher_without_place(head)
        if book:
            fields.update(book, year=fields.get("year") or source.get("year", ""))
            return fields
    if source is not None:
        title, journal = _split_title_journal(head, italic)
        people = None if fields["authors"] else _names_before_journal(head, title, journal)
        if people:
            fields.update(authors=people[0], et_al=people[1])
            title, journal = "", people[2]
        imprint = PLACE_PUBLISHER.match(journal)
        if imprint and is_place(imprint.group("place")) and not source.get("pages"):
            # "Brasília (DF): Ministério da Saúde; 2022" is a publisher, not a journal.
            fields.update(kind="book", title=title, place=imprint.group("place").strip(),
                          publisher=imprint.group("publisher").strip(), year=fields.get("year") or source.get("year", ""))
            return fields
        journal = JOURNAL_MEDIUM.sub("", journal).strip()
        book = re.match(r"(?:In|Em|En|Dans):?\s+(?=[A-Z])", journal)
        if book and not source.get("volume"):
            # "Title. In Computer Vision and Pattern Recognition (CVPR), 2015": a meeting or a book.
            journal = journal[book.end():]
            fields["kind"] = "proceedings" if PROCEEDINGS.search(journal) or _MEETING_ACRONYM.search(journal) else "chapter"
            fields.update(title=title, booktitle=journal)
            for key, value in source.items():
                if value and not fields.get(key):
                    fields[key] = value
            return fields
        if not journal and source.get("volume") and _JOURNAL_NAME.fullmatch(title) and (
                _VANCOUVER_FIRST_NAME.match(core) or semicolon_names_end(core)):
            # Title-less lists ("Chen DS, Mellman I. Nature. 2017;541:321.", ACS's
            # "Karlenius, T. C.; Tonissen, K. F. Cancers 2010, 2, 209."): the one part
            # before the volume, a short run of capitalised words, is the journal.
            title, journal = "", title
        fields.update(title=title, journal=journal)
        for key, value in source.items():
            if value and not fields.get(key):
                fields[key] = value
        if not journal:
            fields.update(as_book(title, fields))
        return fields

    book = BOOK_IMPRINT.search(rest)
    if book and is_place(book.group("place")):
        fields.update(kind="book", title=clean_title(rest[: book.start()]), place=book.group("place").strip(),
                      publisher=book.group("publisher").strip(), year=fields.get("year") or book.group("year"))
        pages = PP.search(rest[book.end():])
        if pages:
            fields["pages"] = pages.group("pages")
        return fields
    # No source block: a web page, a report, or a title-only entry.
    title = clean_title(rest)
    year = re.search(rf"\b({YEAR})\b", rest)
    fields.update(kind="misc", title=title)
    if year and not fields.get("year") and rest.rstrip(". ").endswith(year.group(1)):
        fields["year"] = year.group(1)
        fields["title"] = clean_title(rest[: year.start()])
    return fields


# "Nature", "Front Bioeng Biotechnol", "Psychopharmacology (Berl)", "Proc Natl Acad Sci U S
# A": up to eight words, each capitalised or a joining word (a sentence-case title has a
# lower-case word).
_JOINER = "|".join(sorted(map(re.escape, JOURNAL_JOINERS)))
_JOURNAL_NAME = re.compile(rf"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|\([A-Z]\w*\)|{_JOINER})){{0,7}}\.?")


_GIVEN_NAMES_FIRST = re.compile(r"(?:[A-Z]\.[\s-]?){1,3}\s*[A-Z][^\W\d_]")


def _names_before_journal(head: str, title: str, journal: str) -> tuple | None:
    """The Royal Society of Chemistry's and Angewandte's title-less "M. A. Dode and I.
    Santos, Cad Saude Publica, 2009, 25, 1141", "M. Pohanka *Materials (Basel)* 2018":
    (people, et al., journal) when what stands before the journal (after the last comma,
    or set in italics) is a list of given-first names."""
    names, comma, source = head.strip(" ,;").rpartition(",")
    source = source.strip()
    for names, source in ((names, source), (title, journal)):  # (then as the italics parted them)
        if names and source and _GIVEN_NAMES_FIRST.match(names) and (
                source == journal or _JOURNAL_NAME.fullmatch(source)) and (people := parse_author_list(names)):
            return (*people, source)
    return None


# (Only after names in Vancouver's "Surname INITIALS" shape: in "M. Alibolandi, J. Control.
# Release 2019" the journal's first word reads as a name.)
_VANCOUVER_FIRST_NAME = re.compile(r"\s*[\w'’‐-]+(?:\s[\w'’‐-]+){0,2}\s[A-Z]{1,4}[,.]")


def _has_source_after_title(text: str) -> bool:
    return bool(re.search(rf"\b{YEAR}\b", text)) or bool(BOOK_IMPRINT.search(text))


# A meeting's acronym in brackets: "(CVPR)", "(EMNLP)".
_MEETING_ACRONYM = re.compile(r"\([A-Z]{2,}\)")
# A month (and day) printed before the year: "Leukemia Res. Jan 2014;38(1)", "Cancer. Jan 15, 2014;".
_MONTH_BEFORE_YEAR = re.compile(rf"(?<=[\s.])(?=(?-i:[A-ZÀ-Ý])){MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*$", re.I)


# ABNT (NBR 6023) and the Portuguese and Spanish styles like it label every number and set
# the year last: "Journal, São Paulo, v. 25, n. 4, p. 1001-1015, out./dez. 2019." — the
# city the journal is published in may stand before the numbers, after a comma or a stop.
# The year read from the end here would leave "v. 25, n. 4" in the journal's name.
# (ABNT cuts the months so: "set. 2010", "out./dez. 2019", "ago. 2015".)
_MONTH = rf"(?:{SHORT_MONTH}|{MONTH_NAME})"
# (A half-yearly issue is dated by its semester: "p. 47-62, 1. sem. 2006", "2º sem. 2019".)
_SEMESTER = r"[12]\s*[º°ª.]?\s*sem(?:estre)?\.?\s*(?:de\s+)?"
_LABEL_OPENS = re.compile(r",\s*(?=v(?:ol)?\.\s*(?:\d|[IVXLC]+\b)|n\.?\s*[º°]?\s*\d|nº\s*\d)", re.I)
_LABELLED_TAIL = re.compile(
    rf"(?:v(?:ol)?\.\s*(?P<volume>\d[\w-]{{0,7}}|[IVXLC]+)\s*[,.]?\s*)?"
    rf"(?:(?:n\.?\s*[º°]?|nº)\s*(?P<issue>\d[\w/–-]{{0,9}})\s*[,.]?\s*)?"
    rf"(?:(?P<supplement>(?:supl|suppl)(?:emento|ement)?\.?\s*\d{{0,2}})\s*[,.]?\s*)?"
    rf"(?:pp?\.\s*(?P<pages>{PAGE}(?:\s*[-–—]\s*{PAGE})?)\s*[,.]?\s*)?"
    rf"(?:(?:(?:\d{{1,2}}\s+)?(?:{_MONTH}\s*(?:/\s*{_MONTH}\s*)?)?|{_SEMESTER})(?P<year>{YEAR})(?P<suffix>[a-z]?)\s*\.?)?\s*$", re.I)
# (A Brazilian city brings its state's two capitals: "RDBCI, Campinas, SP, v. 18".)
# (ABNT's "[S.l.]", sine loco, stands where no city is known: "Journal, [S.l.], v. 16".)
_PLACE_BEFORE_LABELS = re.compile(r"(?<=[^\W\d_])[,.]\s*(?P<place>[^\W\d_][^\d.,;:()\[\]]{1,40}(?:,\s*[A-Z]{2})?"
                                  rf"|\[[^\W\d_][^\d.,;:()\[\]]{{1,40}}\]|{SINE_LOCO})\s*$")


_ENDS_AT_A_YEAR = re.compile(r"\d[a-z]?(?:\.\s+[^\d.]{1,60})?\s*\.?\s*$")


def _labelled_source(rest: str) -> tuple[str, dict] | None:
    """ABNT's source block: (what stands before it, its fields), or None."""
    # (A newspaper's day ends the entry, or its section does: "… 3 sep. 2017. Economia.")
    dated = _ENDS_AT_A_YEAR.search(rest)
    openings = [*_LABEL_OPENS.finditer(rest), *(DATED_ISSUE_OPENS.finditer(rest) if dated else ())]
    for opening in openings:
        tail = _LABELLED_TAIL.fullmatch(rest, opening.end())
        if not (tail and (tail.group("volume") or tail.group("issue"))):
            tail = DATED_ISSUE_TAIL.fullmatch(rest, opening.end()) if opening.re is DATED_ISSUE_OPENS else None
        if not tail:
            continue
        head = rest[: opening.start()]
        place = _PLACE_BEFORE_LABELS.search(head)
        # (After a stop, only a town the gazetteer knows: "Title. Scientometrics, v. 106" names
        # the journal, and a journal's name has a place's capitals.)
        named = place.group("place").strip("[]") if place else ""  # ("[Argentina]": a place the work does not print)
        unknown = bool(place) and re.fullmatch(SINE_LOCO, place.group("place")) is not None
        town = place and (unknown or (known_place(named) if head[place.start()] == "." else is_place(named)))
        if town and head[: place.start()].strip():
            head = head[: place.start() + 1]  # the journal's city is no part of its name
        if not head.strip():
            return None
        source = {key: (tail.groupdict().get(key) or "").strip() for key in ("volume", "issue", "pages", "year")}
        source["pages"] = source["pages"] or (tail.groupdict().get("section_pages") or "").strip()
        if tail.groupdict().get("supplement") and not source["issue"]:
            source["issue"] = tail.group("supplement").strip()  # ABNT's "v.11, supl.1": the supplement is the issue
        return head, {**source, "year_suffix": tail.group("suffix") or ""}
    return None


# A book whose imprint names no place: "Hobb R. Dragon Haven. Voyager; 2010." The
# semicolon before the year ends a publisher's name; a journal's year comes before its
# semicolon ("Nature. 2010;").
_PLACELESS_PUBLISHER = re.compile(r"(?<=[^\s.])[.?!]\s+(?P<publisher>[A-Z](?:[^.;:()\[\]]|(?<=\b[A-Z])\.){1,60});\s*$")


def _publisher_without_place(head: str) -> dict | None:
    placeless = _PLACELESS_PUBLISHER.search(head)
    if not placeless or not head[: placeless.start()].strip():
        return None
    # (A town alone there, "Title. Geneva; 2016.", is the place: printed.publisher_in_place.)
    return {"kind": "book", "title": clean_title(head[: placeless.start() + 1]), "publisher": placeless.group("publisher").strip()}


def _split_source(rest: str, have_year: bool) -> tuple[str, dict | None]:
    """Find the source block (year;volume(issue):pages) at the end of ``rest``."""
    labelled = _labelled_source(rest)
    if labelled:
        return labelled
    if not have_year:
        for match in re.finditer(rf"(?<![\w/.-])\(?({YEAR})(?![\w/-])", rest):
            tail = _AFTER_YEAR.match(rest[match.end():])
            if tail is None:
                continue
            head = rest[: match.start()]
            month = _MONTH_BEFORE_YEAR.search(head)
            if month and head[: month.start()].strip():
                head = head[: month.start()]  # "Cancer. Jan 15 2014;120(2)": the date opens the source block
            if not head.strip():
                continue
            volume = (tail.group("volume") or "").strip()
            before = _VOLUME_BEFORE_YEAR.search(head) if not volume else None
            if before:  # Elsevier's "Elife, 3 (2014), pp. e03581": the volume precedes the year
                head, volume = head[:before.start()], before.group("volume")
            return head, {
                "year": match.group(1),
                "volume": volume,
                "issue": (tail.group("issue") or "").strip(),
                "pages": (tail.group("pages") or "").strip(),
            }
    tail = _VOL_TAIL.search(rest)
    if tail and re.search(r"\bpp?\.?\s*$", rest[: tail.start() + 1]):
        tail = None  # "pp 469–475" is a page range, not a volume
    if (tail and have_year and re.fullmatch(YEAR, tail.group("volume").strip()) and not tail.group("pages")
            and not (tail.group("issue") or tail.group("issue2")) and rest[: tail.start() + 1].rstrip().endswith(",")):
        # The year read after the names, printed again by the imprint: "Body. 2001. Title.
        # Florianópolis, EPAGRI, 2001." — no volume.
        rest, tail = rest[: tail.start()].rstrip(" ,") + ".", None
    if tail and rest[: tail.start()].strip():
        return rest[: tail.start() + (1 if rest[tail.start()] in ",." else 0)], {
            "volume": tail.group("volume").strip(),
            "issue": (tail.group("issue") or tail.group("issue2") or "").strip(),
            "pages": (tail.group("pages") or "").strip(),
            "year": tail.group("year") or "",
        }
    if have_year:
        pages = PP.search(rest)
        if pages:
            return rest[: pages.start()], {"pages": pages.group("pages")}
        # "Title. Nature. In press." (status already lifted): the last piece is the journal.
        # (Czech and Slovak journals set a dash after the title's stop, "Title. – Nature.", and
        # the Bulletin of Insectology and Lauterbornia glue one to it: "Title.- Nature.")
        pieces = [m.end() for m in re.finditer(r"(?<=[^\s.])[.?!](?:\s+[–—]|-)?\s+(?=[A-Z])", rest.rstrip(". "))]
        if pieces and len(rest[pieces[-1]:].split()) <= 8:
            return rest, {}
    return rest, None


_JOURNAL_SERIES = re.compile(r"(?:Series|Section|Serie|Série|Sección|Seção)\s+[A-Z]\b")


def _split_title_journal(head: str, italic: list[str]) -> tuple[str, str]:
    """Split "Title. Journal" — italics mark the journal when the source has them."""
    head = head.strip().rstrip(",;(").strip()
    for candidate in reversed(italic):
        candidate = candidate.strip().rstrip(".")
        if candidate and head.rstrip(".").endswith(candidate):
            journal_start = head.rstrip(".").rfind(candidate)
            return clean_title(head[:journal_start]), candidate
    body = head.rstrip(".").rstrip()
    # "Title. – Journal": German and Swiss house styles set a dash before the journal.
    # (Or glued to the stop: "Title.- Journal", Lauterbornia and the Bulletin of Insectology.)
    dashed = list(re.finditer(r"(?<=[^\s.])[.?!](?:\s+[–—]|-)\s+(?=[^\W\d_])", body))
    if dashed:
        return clean_title(body[:dashed[-1].start() + 1]), body[dashed[-1].end():].strip()
    # Sentence-like separators: ". ", "? ", "! " — the journal is the last piece. (Not the
    # stop of a saint's or a mount's name: "… Tertiär von St. Domingo. Acta Humboldtiana";
    # nor São's initial in a newspaper's name: "Folha de S. Paulo", "O Estado de S. Paulo".)
    cuts = [m.end() for m in re.finditer(r"(?<=[^\s.])(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bde S)[.?!]\s+(?=\S)|\s[?!]\s+(?=[A-Z])", body)]
    if not cuts:
        return clean_title(body), ""  # one piece before the date is a title, not a journal
    start = cuts[-1]
    if len(cuts) >= 2 and _JOURNAL_SERIES.match(body, start):
        # "Philosophical Transactions of the Royal Society of London. Series B, Biological
        # Sciences": the series is the journal's last part, not the journal.
        start = cuts[-2]
    # Dotted abbreviations ("Nat. Rev. Cancer", "JAMA Netw. Open") belong to the journal:
    # extend leftwards over short pieces of capitalised words.
    boundaries = [0] + cuts
    for index in range(len(boundaries) - 2, 0, -1):
        piece = body[boundaries[index]:start].strip().rstrip(".")
        words = piece.split()
        if body[start - 2] == "." and 1 <= len(words) <= 3 and all(_ABBREVIATED_WORD.match(w) for w in words):
            start = boundaries[index]
        else:
            break
    return clean_title(body[:start]), body[start:].strip()


# ---------------------------------------------------------------- quoted titles
_NOT_A_JOURNALS_BLOCK = re.compile(r"^\s*(?:In|Em|En|Dans)\b|arXiv", re.I)
_LABELLED_VOLUME_ENDING = re.compile(rf"[\s,]+(?:[Vv]ol\.?|v\.)\s*(?P<volume>\d{{1,5}})(?:\s*,\s*(?P<year>{YEAR}))?\s*[,.]?$")


def _parse_quoted(core: str, quoted: re.Match[str]) -> dict:
    authors_text = core[: quoted.start()].strip().rstrip(",")
    # Chicago's author–date "Bower, A. 2019. “Title”": the year (or "n.d.") closes the names.
    dated = re.search(rf"[\s,.]*\(?(?:(?P<year>{YEAR})(?P<suffix>[a-z]?)|n\.\s?d)\)?[.,:]?$", authors_text)
    dated = dated if dated and dated.start() > 0 else None
    if dated:
        authors_text = authors_text[: dated.start()] + ("." if authors_text[dated.start()] == "." else "")
    parsed = parse_author_list(authors_text)
    if not parsed and _INVERTED_PERSON.fullmatch(authors_text.rstrip(".")) and not looks_like_group(authors_text):
        parsed = parse_names(authors_text) or None  # "Rogoff, Ken. 2014. “…”": a full given name
    authors, et_al = parsed if parsed else ((Author(literal=authors_text),) if authors_text else (), False)
    fields: dict = {"kind": "article", "authors": authors, "et_al": et_al,
                    "title": quoted.group("title").strip().rstrip(",.")}
    if dated and dated.group("year"):
        fields.update(year=dated.group("year"), year_suffix=dated.group("suffix"))
    rest = core[quoted.end():].strip()
    match = re.search(
        rf"^(?P<journal>.*?)[,.]?\s+{VOLUME}(?:,?\s*no\.\s*(?P<issue>[^\s(,:]+))?\s*\((?:[^)]*?\s)?(?P<year>{YEAR})[a-z]?\)"
        rf"(?:\s*:\s*{PAGES})?",
        rest,
    )
    if match and match.group("journal").strip():
        fields.update(journal=match.group("journal").strip().rstrip(","), volume=match.group("volume"),
                      issue=match.group("issue") or "", year=match.group("year"), pages=match.group("pages") or "")
        return fields
    match = re.search(rf"^(?P<journal>[^(]*?)\s*\((?:(?P<publisher>[^()]*?),\s*)?(?:[^()]*?\s)?(?P<year>{YEAR})[a-z]?\)(?:\s*:\s*{PAGES})?", rest)
    if match:
        journal = match.group("journal").strip().rstrip(",")
        if match.group("publisher"):
            fields.update(kind="book", publisher=match.group("publisher").strip(), booktitle=journal)
        else:
            fields["journal"] = journal
        fields.update(year=match.group("year"), pages=match.group("pages") or "")
        return fields
    volume_only = re.fullmatch(r"(?P<journal>[^\d]+?)[,.]?\s+(?P<volume>\d{1,5})\.?", rest)
    if volume_only:  # "*Water Resour. Res.* 41." (an article number may be missing)
        fields.update(journal=volume_only.group("journal").strip(), volume=volume_only.group("volume"))
        return fields
    # The source blocks every other style prints after the journal: "Psychiatry 43(2):
    # 471-481.", "Psychiatry vol. 43, 2013, pp. 471-481".
    # (Only after names read as people: a list the rules could not read is the tagger's; not
    # a book's "In AAAI, pp. 768-773", an e-print's "arXiv preprint :1708 . 02952", nor a
    # volume the reading would take from two bare numbers, "Périgord 3 490".)
    head, source = _split_source(rest, have_year=bool(fields.get("year"))) if parsed and not _NOT_A_JOURNALS_BLOCK.search(rest) else (rest, None)
    if source and (source.get("pages") or source.get("volume") and not re.search(r"\d\s*$", head)) and head.strip(" ,.;:"):
        fields["journal"] = head.strip(" ,.;:")
        fields.update({k: v for k, v in source.items() if v and not (k == "year" and fields.get("year"))})
        labelled = _LABELLED_VOLUME_ENDING.search(fields["journal"])
        if labelled and not fields.get("volume"):  # ("Psychiatry vol. 43, 2013, pp. 471-481")
            fields["journal"], fields["volume"] = fields["journal"][: labelled.start()], labelled.group("volume")
            fields["year"] = fields.get("year") or labelled.group("year") or ""
        return fields
    fields["journal"] = rest.rstrip(".")
    return fields
