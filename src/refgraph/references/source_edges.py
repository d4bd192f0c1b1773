"""Where the tagger's sources meet the names, the title and the numbers: organisations
read as journals ("Environmental Protection Agency (EPA). 1997. …"), a chapter's quoted
title run into its book, a report read as a book it appeared in, an imprint read as a
journal ("Geneva: WHO; 2020"), an issue that is the volume.

:func:`organisation_heads_the_list` relabels tokens before the fields are read;
:func:`mend_source_edges` moves boundaries between the fields read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .books import PLACE_PUBLISHER
from .learn.tagger import Tagged
from .identifiers import MONTH_NAME
from .patterns import EDITOR_WORDS, GROUP_WORD, JOURNAL_JOINERS, PROCEEDINGS, VOLUME_WORD, YEAR, is_place
from .people import has_person_pattern, looks_like_group
from .places import known_place, names_a_body_not_a_town

# "In:", "Em:", "en:", "Dans" — what opens the book or meeting a part appeared in.
IN = re.compile(r"\b(?:[Ii]n|[Ee]m|[Ee]n|[Dd]ans)\s*:?\s*$")
# (GOST's Russian "Т." — том — is the volume; "С." — страницы — the pages.)
VOLUME_WORD_BEFORE = re.compile(rf"\b{VOLUME_WORD}\.?\s*$", re.I)  # "… Vol. " before a number
# Words after which a number is pages, an issue or an edition, never a volume.
_NOT_VOLUME_BEFORE = re.compile(r"\b(?:pp?|s|n|nr|no|num|wyd|ed|edn|heft|issue|number|part|pt|suppl?)\.?\s*$", re.I)


def mend_source_edges(text: str, values: dict, where: dict) -> None:
    _book_in_quoted_title(text, values, where)
    _question_ends_the_title(text, values, where)
    _lone_source_is_title(text, values, where)
    _imprint_read_as_source(text, values, where)
    _publisher_after_place(text, values, where)
    _issue_as_volume(text, values, where)
    _journal_place(text, values, where)
    _journal_read_as_publisher(text, values, where)
    _unlabelled_journal(text, values, where)
    _journal_before_its_place(text, values, where)
    _place_run_into_journal(text, values, where)
    _bracketed_state_read_into_publisher(text, values, where)
    _dashed_date_in_source(text, values, where)
    _year_read_as_pages(text, values, where)
    _place_read_into_title(text, values, where)
    _page_count_dash(text, values, where)
    _title_place_read_as_imprint(text, values, where)
    _journal_named_with_commas(text, values, where)
    _unit_opens_source(text, values, where)
    _title_words_in_date(text, values, where)
    _journal_after_dash_in_title(text, values, where)


# "Agency for Coastal Affairs, Norway (ACA). 2011. Guidance …": the words before an
# author–date year, a bracketed acronym allowed, and the year itself. No sentence ends
# inside the name ("U.S." and "Inc." may stand in it, "Herder, J. G. Journal … 1769" may not).
# (A stop is read one way only, before a letter or before a space: two ways for each of
# "A.A.A.…" made a failing match try 2^n readings, 42 s for 25 initials.)
_AUTHOR_DATE_HEAD = re.compile(
    r"\s*(?P<who>(?:[^\d().:“”\"«»]|\.(?=\S)|(?:(?<=\b[A-Z])|(?<=\bInc)|(?<=\bLtd)|(?<=\bCo)|(?<=\bCorp)|(?<=\bDept))\.(?!\S))"
    r"{3,150}?(?:\s\([A-Z][A-Za-z&]{1,12}\)|\s\[[A-Z][A-Za-z&]{1,12}\])?)[.,]?\s*"
    r"(?:\((?P<bracketed>(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.?)\)\s*[.,:]?|(?P<plain>(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.?)\s*[.,:]"
    r"|(?P<bare>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s+(?=[^\W\d_]))")
# An organisation's name begins or ends with what it is ("Federación Internacional de
# Nefrología", "World Rivers Foundation"); a title with such a word inside does not.
_ORGANISATION_HEAD = re.compile(
    r"^(?:The\s+)?(?:Federa\w+|Ministr\w+|Minist[ée]r\w+|Institut\w*|Associa\w+|Organi[sz]a\w+|Funda\w+|Ag[êe]nc\w+"
    r"|Secretar\w+|Conse\w+|Socie\w+|Soci[ée]t[ée]|Depart\w+|Cent(?:ro|re|er)|Comiss\w+|Comisi\w+|Commission|Universi\w+)\b"
    r"|\b(?:Foundation|Organi[sz]ation|Association|Institute|Ministry|Agency|Council|Society|Committee|Bank|Network"
    r"|Cent(?:re|er)|University|Federation|Office|Department|Services?|Commission|Consortium|Trust|Group|Programme"
    r"|Program|Collaborat\w+|Board|Authority|Panel|Survey|Bureau)$"
    # …or says what it is early and then what it is of: "Food and Agriculture Organization
    # of the United Nations", "Intergovernmental Panel on Climate Change [IPCC]".
    r"|^(?:\S+\s+){0,3}(?:Organi[sz]ation|Panel|Institute|Agency|Department|Ministry|Office|Council|Commission"
    r"|Bureau|Cent(?:re|er)s?|Academ(?:y|ies)|Association|Society|Federation)\s+(?:of|on|for)\s")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_JOURNAL_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,6}\.\s+[A-Z][a-z]{0,6}\.")
_WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def organisation_heads_the_list(tagged: Tagged) -> Tagged:
    """Relabel as the author an organisation the tagger read as a source or a title.

    The tagger knows organisations mostly as publishers and journals, so "Environmental
    Protection Agency (EPA). 1997. Guidance …" and "World Meteorological Organization.
    State of the climate [Internet]. Geneva: WMO; 2022" come back authorless or cut in
    two. In author–date styles whatever stands before the year is the author; in
    Vancouver a source never opens an entry, so an organisation's name there, with the
    title next, is the author. People are left to the tagger, unless it misread their
    bracketed year too."""
    if not tagged.labels:
        return tagged
    head = _AUTHOR_DATE_HEAD.match(tagged.text)
    if head:
        which = next(group for group in ("bracketed", "plain", "bare") if head.group(group))
        who, year, end = head.group("who"), (head.start(which), head.end(which)), head.end()
        if _JOURNAL_ABBREVIATION.search(who) or not _WORDS.search(tagged.text[end:]):
            return tagged  # a journal heads a header reference ("Biostatistics (2003). 4, 2, 195")
        # (…but "Victorian Equal Opportunity and Human Rights Commission (2008)", capitalised
        # throughout and named as a body is, is the author.)
        named_body = _ORGANISATION_HEAD.search(who.strip()) and all(
            word in JOURNAL_JOINERS for word in re.findall(r"\b[a-zà-ÿ]+\b", who))
        # IOP sets a year with no mark after it ("World Health Organization 2016 Global
        # report …", "WHO 2016 …"); words before such a year are a body's only when they
        # say so, or are its acronym alone.
        says_so = named_body or names_its_acronym(who) or (which == "bare" and _ACRONYM.fullmatch(who.strip()))
        if which == "bare" and (not says_so or _GROUP_AFTER.match(tagged.text, end)
                                or any(y != head.group("bare")[:4] for y in _YEAR_IN.findall(tagged.text, end))):
            # (The year names the group, "GBD 2017 Causes of Death Collaborators. … 2018":
            # a group word follows it, or another year does; "IPCC 2013 Climate Change 2013:
            # …" repeats its own.)
            return tagged
        if tagged.labels[0] not in ("author", "publisher", "container-title") and not says_so:
            return tagged  # a title first ("Health literacy in Europe (2015)") has no author
        people = tagged.labels[0] == "author" and not looks_like_group(who)
        if people and not (which == "bracketed" and _year_misread(tagged, year)):
            return tagged  # people the tagger read up to their year are left as it read them
        who_end = head.end("who")
    else:
        opening = _source_opening(tagged)
        if opening is None:
            return _group_before_people(tagged)
        who_end, end = opening
        year = (who_end, who_end)
        who = tagged.text[:who_end]
        if not looks_like_group(who) or _JOURNAL_ABBREVIATION.search(who):
            return tagged
        if tagged.labels[0] == "title" and not _ORGANISATION_HEAD.search(who.strip()):
            return tagged  # a title-first entry ("Mental health of refugees. In: …")
    if has_person_pattern(who) and not (head and people):
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


def group_among_people(tagged: Tagged) -> Tagged:
    """A group named among the people of a list, read as the title: "T.C. Larman, S.R.
    DePalma, A.G. Hadjipanayis, Cancer Genome Atlas Research Network, A. Protopopov, …,
    Spectrum of somatic mitochondrial mutations …".

    Bad reading: title "Cancer Genome Atlas Research Network, A" (or the group, the people
    after it and the title as one title), and the work's own title, journal and numbers
    lost after the names that follow.
    Good reading: the group one of the authors, the title after the names.

    Only a run after the names and a comma that opens with a name reading as a group,
    followed by more names: the tagger's own (with a title still to come after them), or
    names ("A. Protopopov, J. Zhang,", "Protopopov A, Zhang J.") inside the run, with words after."""
    labels, tokens = tagged.labels, tagged.tokens
    first = next((i for i, label in enumerate(labels) if label != "author"), None)
    if not first or labels[first] != "other" or tokens[first].text != ",":
        return tagged
    start = end = first + 1
    while end < len(labels) and labels[end] in ("title", "container-title", "publisher"):
        end += 1
    if end == start:
        return tagged
    if end < len(labels) and labels[end] == "author" and "title" in labels[end:]:
        # (The next person's initial may have been read with the group: "…Network, A. Protopopov".)
        comma = max((i for i in range(start, end) if tokens[i].text == ","), default=end)
        people_end = end
    else:
        comma = next((i for i in range(start, end) if tokens[i].text == ","), end)
        people_end = _names_from(tokens, comma + 1, end)
        if people_end == comma + 1 or people_end + 4 > end or tokens[people_end].text not in ",.":
            return tagged
    if comma == start or not looks_like_group(tagged.text[tokens[start].start: tokens[comma - 1].end]):
        return tagged
    relabelled = list(labels)
    for index in range(start, people_end):
        relabelled[index] = "author"
    if people_end < end:
        relabelled[people_end] = "other"  # the mark that ends the names
    return replace(tagged, labels=tuple(relabelled))


_INITIAL = re.compile(r"[A-Z]")
_INITIALS = re.compile(r"[A-Z]{1,3}")
_FAMILY = re.compile(r"[A-Z][\w'’-]+")


def _names_from(tokens, at: int, stop: int) -> int:
    """The index past a run of names parted by commas, given-first ("A . Protopopov , J .
    Zhang") or Vancouver's ("Protopopov A , Zhang J"), that starts at token ``at``; ``at``
    itself where none starts there."""
    past = at
    while at < stop:
        index = at
        while index + 1 < stop and _INITIAL.fullmatch(tokens[index].text) and tokens[index + 1].text == ".":
            index += 2
        if index < stop and _FAMILY.fullmatch(tokens[index].text) and (
                index > at or (index + 1 < stop and _INITIALS.fullmatch(tokens[index + 1].text))):
            past = index + 1 + (index == at)
        else:
            return past
        if past >= stop or tokens[past].text != ",":
            return past
        at = past + 1
    return past


_ACRONYM_AFTER = re.compile(r"\s\((?P<acronym>[A-Z][A-Za-z&]{1,12})\)\s*$")
# The acronym first, then a dash and the name: "UNCTAD – United Nations Conference for Trade
# and Development", "IBGE - Instituto Brasileiro de Geografia e Estatística".
_ACRONYM_BEFORE = re.compile(r"^\s*(?P<acronym>[A-Z][A-Za-z&]{1,12})\s+[–—-]\s+(?=[A-Z])")


def names_its_acronym(who: str) -> bool:
    """Whether a name ends in the acronym of its own words, or opens with it before a dash,
    as only a body's name does: "Department of the Navy (DON)", "United States Geological
    Survey (USGS)", "Ministère de l'environnement et de la faune (MEF)", "UNCTAD – United
    Nations Conference for Trade and Development" (its capitals spell the initials in order)."""
    after, before = _ACRONYM_AFTER.search(who), _ACRONYM_BEFORE.match(who)
    if not (after or before):
        return False
    words = who[:after.start()] if after else who[before.end():]
    capitals = [c for c in (after or before).group("acronym") if c.isupper()]
    initials = iter(word[0].upper() for word in re.findall(r"[^\W\d_]+", words))
    return len(capitals) >= 2 and capitals[0] == words.lstrip()[:1].upper() and all(c in initials for c in capitals)


def _year_misread(tagged: Tagged, year: tuple[int, int]) -> bool:
    """Whether the tagger read a bracketed author–date year as something else: then it
    lost the names before it too ("Schnell, Irmtraud und Miriam Sonntag (2008): …" read as
    a title from "Irmtraud" on)."""
    return any(label != "date" for token, label in zip(tagged.tokens, tagged.labels)
               if year[0] <= token.start < year[1])


def _source_opening(tagged: Tagged) -> tuple[int, int] | None:
    """Where the opening words end when the tagger read them as a source, or as a title
    with another title or source after it, and a full stop closes them: the place where
    an organisation's name, as Vancouver prints it, would end ("World Meteorological
    Organization. State of the climate …", "Federación Internacional de Nefrología.
    Kidney Atlas. Brussels: …" read as one source), and where its stop ends; None otherwise."""
    labels, tokens = tagged.labels, tagged.tokens
    label = labels[0]
    if label not in ("publisher", "container-title", "title"):
        return None
    index = 1
    while index < len(labels) and labels[index] == label and tokens[index].text != ".":
        index += 1
    if index >= len(tokens) or tokens[index].text != ".":
        return None
    if index + 1 < len(labels) and labels[index] == label:
        # A stop inside the run ends a name only after a full word ("Nefrología."), not
        # an abbreviation ("CHEM. RES. CHINESE UNIVERSITIES").
        last = tokens[index - 1].text
        if index < 2 or len(last) < 4 or last.isupper():
            return None
    after = [other for other in labels[index + 1:] if other != "other"]
    wanted = ("title", "container-title") if label != "title" else ("container-title",)
    if not after or after[0] not in wanted:
        return None
    if label == "title" and any(other in ("volume", "issue") for other in after):
        return None  # "National Cancer Institute guidelines. Cancer Treat Rev. 2019;45:1-9" is a title-first article
    return tokens[index - 1].end, tokens[index].end


def _group_before_people(tagged: Tagged) -> Tagged:
    """Relabel as the first author a group the tagger read as the title, where a comma and
    then the people follow it: Vancouver's "Breast International Group (BIG) 1-98
    Collaborative Group, Thürlimann B, Keshaviah A, …, et al. A comparison of …". A title
    never ends on a comma before names; a group's name ends on its group word."""
    labels, tokens = tagged.labels, tagged.tokens
    if labels[0] != "title":
        return tagged
    index = 1
    while index < len(labels) and labels[index] == "title":
        index += 1
    if index + 1 >= len(tokens) or tokens[index].text != "," or labels[index + 1] != "author":
        return tagged
    who = tagged.text[:tokens[index - 1].end]
    if not (_GROUP_AT_END.search(who) and looks_like_group(who)) or "title" not in labels[index + 1:]:
        return tagged
    return replace(tagged, labels=tuple("author" if i <= index else label for i, label in enumerate(labels)))


_GROUP_AT_END = re.compile(rf"\b{GROUP_WORD}$")


# "“The Event and the Everyday.” In Life and Words: …" — a quoted chapter title run
# together with the book it appeared in.
_QUOTED_THEN_BOOK = re.compile(
    r"(?P<title>[“\"‘«„]?[^”\"’»“]{3,}[”\"’»“])[.,]?\s+(?:[Ii]n|Em|En|Dans)\s*:?\s+(?P<book>[A-Z]\S*.*)", re.S)


def _book_in_quoted_title(text: str, values: dict, where: dict) -> None:
    """Split a quoted chapter title from the book the tagger ran into it (the opening
    quote may stand just before the span, the tagger having left it out)."""
    if "container" in values or "title" not in values:
        return
    both = _QUOTED_THEN_BOOK.fullmatch(values["title"].strip())
    quoted = both and (both.group("title")[0] in "“\"‘«„" or text[: where["title"][0]].rstrip()[-1:] in "“\"‘«„")
    if both and quoted:
        start, end = where["title"]
        offset = start + len(values["title"]) - len(values["title"].lstrip())
        title = both.group("title")
        if title[0] not in "“\"‘«„":
            title = re.sub(r"[.,]?[”\"’»“]$", "", title)  # the tagger left the opening quote out: drop the closing one
        values["title"], values["container"] = title, both.group("book")
        where["title"] = (offset, offset + both.end("title"))
        where["container"] = (offset + both.start("book"), end)


_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,6}\.\s+[A-Z]")


def _question_ends_the_title(text: str, values: dict, where: dict) -> None:
    """A source that opens with the end of a question ("… Sumatran elephants, Indonesia?
    Conservation Science and Practice"): no journal or book name holds a question mark
    before more words, so the title ran on to it."""
    if "title" not in values or "container" not in values:
        return
    start, end = where["container"]
    mark = re.search(r"[?!]\s+(?=[^\W\d_])", text[start:end])
    if not mark or text[where["title"][1]:start].strip(" ,;:.") or mark.start() > 60:
        return
    title_start = where["title"][0]
    where["title"] = (title_start, start + mark.start() + 1)
    where["container"] = (start + mark.end(), end)
    values["title"] = text[title_start:where["title"][1]].strip()
    values["container"] = text[start + mark.end():end].strip()


def _lone_source_is_title(text: str, values: dict, where: dict) -> None:
    """A source with no title, no "In" and nothing a journal carries (volume, issue,
    a page range), but with an imprint or a page count, is the work itself: "Toronto
    Foundation. 2014. Toronto's Vital Signs Report 2014. Toronto, ON." names a report,
    not a chapter in one. A page count ("43 p.") is a whole book's even beside a volume
    number, which is then its series' ("(Vol. 8)")."""
    if "title" in values or "container" not in values or "editors" in values:
        return
    page_count = _page_count(text, values, where)
    if not page_count and any(f in values for f in ("volume", "issue", "pages")):
        return
    if "authors" not in values or not ("publisher" in values or "place" in values or page_count):
        return  # only an imprint or a page count ("112 p.") says the work stands alone
    source = values["container"]
    if IN.search(text[: where["container"][0]]) or PROCEEDINGS.search(source) or _ABBREVIATED.search(source):
        return  # a book or meeting it appeared in, or a journal ("Nat. Biomed. Eng. 2025")
    values["title"], where["title"] = values.pop("container"), where.pop("container")


def _page_count(text: str, values: dict, where: dict) -> bool:
    """Whether the pages are a book's count ("212 p.", "43 pp."), not a range."""
    return ("pages" in values and values["pages"].strip().isdigit()
            and bool(re.match(r"\s*pp?\.", text[where["pages"][1]:])))


def _imprint_read_as_source(text: str, values: dict, where: dict) -> None:
    """"Brasília: Ministério da Saúde; 2014. 212 p. (Cadernos de Atenção Básica)": a
    "source" that is a place, a colon and a publisher is the imprint; a publisher the
    tagger found in parentheses after it is the series."""
    if "container" not in values or any(f in values for f in ("volume", "issue")):
        return
    if "pages" in values and not _page_count(text, values, where):
        return
    imprint = PLACE_PUBLISHER.match(values["container"].strip())
    if (not imprint or "." in imprint.group("place") or not is_place(imprint.group("place"))
            or names_a_body_not_a_town(imprint.group("place"))):
        return
    if "publisher" in values:
        start, _ = where["publisher"]
        if text[:start].rstrip()[-1:] != "(":
            return
        values["series"], where["series"] = values.pop("publisher"), where.pop("publisher")
    del values["container"], where["container"]
    values["place"], values["publisher"] = imprint.group("place").strip(), imprint.group("publisher").strip()


def _publisher_after_place(text: str, values: dict, where: dict) -> None:
    """"Geneva: WHO; 2020" is an imprint: a "source" straight after a place and its colon,
    with nothing a journal carries, is the publisher."""
    if "container" not in values or "place" not in where or "publisher" in values:
        return
    if any(f in values for f in ("volume", "issue", "pages")):
        return
    if re.fullmatch(r"\s*:\s*", text[where["place"][1]: where["container"][0]]):
        values["publisher"], where["publisher"] = values.pop("container"), where.pop("container")


def _issue_as_volume(text: str, values: dict, where: dict) -> None:
    """A number the tagger called the issue, with no volume, after "vol." or straight
    after the journal with the pages or the year in brackets next, is the volume ("JHEP
    11, 129 (2014)", "Phys. Rev. B, vol. 83", Elsevier's "Nat. Rev. Earth Environ. 3
    (2022) 55–67": an issue is printed after its volume, never alone before the year)."""
    if "issue" not in values or "volume" in values or not values["issue"].strip(" ,.").isdigit():
        return
    start, end = where["issue"]
    before, after = text[max(0, start - 12): start], text[end: end + 8]
    # (IOP prints no comma: "Geophys. Res. Lett. 51 e2023GL107170" — the pages follow.)
    pages_next = "pages" in where and re.fullmatch(r"\s*,?\s*", text[end: where["pages"][0]])
    if VOLUME_WORD_BEFORE.search(before) or (re.search(r"[A-Za-z.]\s$", before) and not _NOT_VOLUME_BEFORE.search(before)
                                       and (re.match(r"\s*,\s*\d|\s*\((?:1[5-9]|20)\d\d[a-z]?\)", after) or pages_next)):
        values["volume"], where["volume"] = values.pop("issue"), where.pop("issue")


def _journal_place(text: str, values: dict, where: dict) -> None:
    """MEDLINE's journal titles name a place to tell journals apart ("J Neural Transm
    (Vienna)", "Psychopharmacology (Berl)"): a place in brackets straight after a
    journal, with its volume or year to follow, is the journal's, not a publisher's."""
    if "container" not in values or "place" not in values or "publisher" in values:
        return
    (journal_start, journal_end), (place_start, place_end) = where["container"], where["place"]
    if not re.fullmatch(r"\s*\(", text[journal_end:place_start]) or text[place_end: place_end + 1] != ")":
        return
    if not re.match(r"\)[.,:;]?\s*\d", text[place_end: place_end + 12]):
        return
    values["container"] = text[journal_start: place_end + 1]
    where["container"] = (journal_start, place_end + 1)
    del values["place"], where["place"]


def _journal_read_as_publisher(text: str, values: dict, where: dict) -> None:
    """"… diversion. Depress Anxiety, 33, 718–727.", "… northern China. Chemosphere, 285,
    131534": a name followed straight by a volume and then pages is a journal, whatever
    the tagger called it (a publisher or a city prints no volume of its own)."""
    if "container" in values or not all(f in values and f in where for f in ("volume", "pages")):
        return
    # (A one-word journal looks like a city to the tagger; with no publisher it is no imprint.)
    name = "publisher" if "publisher" in values else "place" if "place" in values else ""
    if not name or name not in where:
        return
    between = text[where[name][1]: where["volume"][0]]
    if "date" in where and where[name][1] <= where["date"][0] < where["date"][1] <= where["volume"][0]:
        # GB/T 7714's "Pachyderm, 2005, 39: 19-25": the year between the journal and its volume.
        between = between.replace(text[where["date"][0]: where["date"][1]], "", 1)
    if (where["volume"][0] < where[name][1] or not re.fullmatch(r"[\s,.]*", between)
            or where["pages"][0] < where["volume"][1] or re.fullmatch(YEAR, values["volume"].strip())
            or (name == "publisher" and "place" in values)):
        return  # (a series' volume before its publisher, an imprint "Vanves : Foucher, 2011")
    values["container"], where["container"] = values.pop(name), where.pop(name)


# Between the title and the numbers: a short run of capitalised words or letters, and no
# digit, month or notice ("P T.", "BMJ.", "Nat Med"), perhaps before the volume's own word.
_NAMELIKE_RUN = re.compile(r"[\s.,:;\"”’']*(?:In:?\s+)?(?P<run>[A-Z][\w&'’-]*\.?(?:\s+[\w&'’-]+\.?){0,7})[\s.,:;]*"
                           r"(?:(?i:vol|volume|v|bd|band|tome|t)\.?\s*)?")
_NUMBER_WORDS = frozenset("vol volume no nr nº n issue bd band tome t part pt suppl supplement p pp s".split())
_JOURNAL_IN_VOLUME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,7}\s+(?P<number>\d+[A-Za-z]?)")
_EDITOR_ROLE = re.compile(rf"\b(?:{EDITOR_WORDS})\b")
_NOT_A_JOURNAL = re.compile(rf"^(?:{MONTH_NAME}|Epub|Published|Available|Accessed|Online)\b", re.I)


def _unlabelled_journal(text: str, values: dict, where: dict) -> None:
    """"… with an oral antidepressant. P T. 2019;44(1):340": the short run of capitalised
    words the tagger left unlabelled between the title and the date or volume of an
    article is its journal (the two letters looked like initials)."""
    if "container" in values or "title" not in where or "volume" not in where:
        return
    starts = {f: where[f][0] for f in ("date", "volume", "issue", "pages") if f in where and where[f][0] > where["title"][1]}
    # ("… Option.” P T 44 (1): 340": the tagger may have read the letters into the volume.)
    volume_head = _JOURNAL_IN_VOLUME.fullmatch(values["volume"])
    if volume_head and "volume" in starts:
        starts["volume"] += volume_head.start("number")
    after = min(starts.values(), default=None)
    if after is None or after != min(starts.get("date", after + 1), starts.get("volume", after + 1)):
        return
    gap = _NAMELIKE_RUN.fullmatch(text, where["title"][1], after)
    # (Two capitals alone look like an editor's initials to the tagger; with no editor's
    # role word anywhere they are the journal's: "“…,” P T, vol. 44".)
    misread_as_editors = "editors" in where and not _EDITOR_ROLE.search(text)
    if not gap or _NOT_A_JOURNAL.match(gap.group("run")) or any(
            where["title"][1] <= where[f][0] < after for f in where
            if f != "title" and not (f == "editors" and misread_as_editors) and not (f == "volume" and volume_head)):
        return
    words = gap.group("run").split()
    if not ("date" in where and where["date"][0] == after) and any(_is_number_word(w) for w in words):
        return  # "Vol. 281", "No. 6", "t. 3": the numbers' own words
    if all(w[:1].isupper() or w.lower() in JOURNAL_JOINERS for w in words):
        # (Its last stop is the journal's own only where its other words abbreviate with one.)
        run = gap.group("run") if any(w.endswith(".") for w in words[:-1]) else gap.group("run").rstrip(".")
        values["container"], where["container"] = run, (gap.start("run"), gap.start("run") + len(run))
        if misread_as_editors and where["title"][1] <= where["editors"][0] < after:
            del values["editors"], where["editors"]
        if volume_head and starts.get("volume") == after:
            values["volume"], where["volume"] = volume_head.group("number"), (after, where["volume"][1])


# ABNT's "Título. Ciência & Educação, Bauru, v. 25, n. 4": the journal, the city it is
# published in, then the volume after its word.
_JOURNAL_COMMA_PLACE = re.compile(r"[\s.]*(?P<journal>[^\W\d_][^\d,;:()\[\]]{2,150}?),\s*(?P<place>[^\d,;:()\[\]]{2,40}?)"
                                  r",\s*(?:v|vol|volume|t|tomo|ano)\.?\s*$", re.I)


def _journal_before_its_place(text: str, values: dict, where: dict) -> None:
    """"… na escola. Ciência & Educação, Bauru, v. 25, n. 4, p. 1001-1015": the name
    before the city, between the title and the volume's word, is the journal, which the
    tagger read as editors (or a place) because a city follows it. An article with a
    volume and pages has a source."""
    if "container" in values or "title" not in where or "volume" not in where or "pages" not in values:
        return
    start, end = where["title"][1], where["volume"][0]
    gap = _JOURNAL_COMMA_PLACE.fullmatch(text, start, end)
    if (not gap or not is_place(gap.group("place")) or _EDITOR_ROLE.search(gap.group(0))
            or re.search(r"\b(?:[A-Z]|[IVX]+|Seri\w*|Part\w*|Se[cç]\w*)\b", gap.group("place"))  # "Serien C": a series
            or _NOT_A_JOURNAL.match(gap.group("journal"))):
        return
    inside = [f for f in where if f not in ("title", "volume") and start <= where[f][0] < end]
    if any(f not in ("editors", "place", "publisher") for f in inside):
        return
    for field in inside:
        del values[field], where[field]
    values["container"], where["container"] = gap.group("journal").strip(), gap.span("journal")


# The city (and its state) ABNT prints after the journal, before the volume's or the
# number's word: "Linguagem em (Dis)curso – LemD, Tubarão, SC, v. 14".
_PLACE_ENDING_JOURNAL = re.compile(r",\s*(?P<place>[^\W\d_][^\d,;:()\[\]]{1,40}?(?:,\s*[A-Z]{2})?)\s*$")
_NUMBER_WORD_NEXT = re.compile(r"\s*,\s*(?:v|vol|n|nº|no|t|tomo|ano)\.?\s*\d", re.I)


def _place_run_into_journal(text: str, values: dict, where: dict) -> None:
    """The city after an ABNT journal's comma, which the tagger kept in the journal: a
    place the lists know, between the journal's name and the volume's (or number's) word.

    Bad reading: journal "Linguagem em (Dis)curso – LemD, Tubarão, SC".
    Good reading: journal "Linguagem em (Dis)curso – LemD", place "Tubarão, SC"."""
    if "container" not in where:
        return
    start, end = where["container"]
    ending = _PLACE_ENDING_JOURNAL.search(text, start, end)
    if not ending or ending.start() == start or not _NUMBER_WORD_NEXT.match(text, end) or not known_place(ending.group("place")):
        return
    values["container"], where["container"] = text[start:ending.start()], (start, ending.start())
    if "place" not in values:
        values["place"], where["place"] = ending.group("place"), ending.span("place")


# The state or country Vancouver brackets after the city, its bracket closed before the colon.
_BRACKETED_STATE_OPENING = re.compile(r"\s*(?P<state>[A-Z][A-Za-z. ]{0,20})\)\s*:\s*")


def _bracketed_state_read_into_publisher(text: str, values: dict, where: dict) -> None:
    """Vancouver's "Atlanta (GA): US Department of Health …", where the tagger ended the
    place at the bracket and read "GA):" into the publisher: the bracket is the place's.

    Bad reading: place "Atlanta", publisher "GA): US Department of Health …".
    Good reading: place "Atlanta (GA)", publisher "US Department of Health …"."""
    if "place" not in where or "publisher" not in where:
        return
    (place_start, place_end), (publisher_start, publisher_end) = where["place"], where["publisher"]
    if not re.fullmatch(r"\s*\(\s*", text[place_end:publisher_start]):
        return
    state = _BRACKETED_STATE_OPENING.match(text, publisher_start, publisher_end)
    if not state or state.end() >= publisher_end:
        return
    closing = state.start() + state.group().index(")") + 1
    values["place"], where["place"] = text[place_start:closing], (place_start, closing)
    values["publisher"], where["publisher"] = text[state.end():publisher_end], (state.end(), publisher_end)


def _is_number_word(word: str) -> bool:
    bare = word.strip(".,:;")
    # (A lone capital without a stop is a journal's letter — "P T 44" — not "p." or "t.")
    return bare.lower() in _NUMBER_WORDS and not (len(bare) == 1 and bare.isupper() and not word.endswith("."))


# GOST 7.1 parts its areas with ". – ": "// Журнал неврологии. – 2015. – Т. 115".
_DASHED_DATE_ENDING = re.compile(rf"[\s.,;]*[–—-]\s*(?P<year>{YEAR})\.?$")


def _dashed_date_in_source(text: str, values: dict, where: dict) -> None:
    """The year after a GOST area dash ends the journal's area; the tagger, seeing the
    journal's stop and the dash as one run, may read it into the journal.

    Bad reading: journal "Journal of Neurology and Psychiatry. – 2015".
    Good reading: journal "Journal of Neurology and Psychiatry", year 2015."""
    if "container" not in where:
        return
    start, end = where["container"]
    dated = _DASHED_DATE_ENDING.search(text, start, end)
    if not dated or dated.start() == start or values.get("date", dated.group("year")).strip("() .") != dated.group("year"):
        return
    values["container"], where["container"] = text[start: dated.start()], (start, dated.start())
    if "date" not in where:
        values["date"], where["date"] = dated.group("year"), dated.span("year")


def _year_read_as_pages(text: str, values: dict, where: dict) -> None:
    """"北京: 商務, 2007年": a year with its Chinese or Japanese mark (年, "year") is the
    date, however the tagger, which never saw the mark, labelled it."""
    marked = re.fullmatch(rf"\s*(?P<year>{YEAR})\s*年\s*", values.get("pages", ""))
    if marked and "date" not in values:
        start = where["pages"][0] + marked.start("year")
        values["date"], where["date"] = marked.group("year"), (start, start + 4)
        del values["pages"], where["pages"]


# GOST's imprint area: ".- М.: Наука, 1973" (М. Moscow, Л. Leningrad, СПб. St Petersburg).
_DASHED_PLACE_ENDING = re.compile(r"\.?\s*[–—-]\s*(?P<place>[^\W\d_][^\W\d_]{0,3})\.?$")


def _place_read_into_title(text: str, values: dict, where: dict) -> None:
    """The abbreviated place that opens GOST's imprint area after its dash, read by the
    tagger as the title's last word.

    Bad reading: title "Численные методы Монте-Карло.- М", publisher "Наука".
    Good reading: title "Численные методы Монте-Карло", place "М", publisher "Наука"."""
    if "title" not in where or "place" in where:
        return
    start, end = where["title"]
    placed = _DASHED_PLACE_ENDING.search(text, start, end)
    if not placed or not placed.group("place")[0].isupper() or not re.match(r"\.?\s*:", text[end:]):
        return
    values["title"], where["title"] = text[start: placed.start()], (start, placed.start())
    values["place"], where["place"] = placed.group("place"), placed.span("place")


def _page_count_dash(text: str, values: dict, where: dict) -> None:
    """"1973.- 312 с.": the dash parts the areas; no page range opens with one."""
    dashed = re.fullmatch(r"[–—-]\s*(?P<pages>\d+)", values.get("pages", ""))
    if dashed:
        start = where["pages"][0] + dashed.start("pages")
        values["pages"], where["pages"] = dashed.group("pages"), (start, start + len(dashed.group("pages")))


# A sentence's stop inside a place ("Pará, Brasil. Belém"): a full word, then its stop.
_STOP_IN_PLACE = re.compile(r"(?<=[^\W\d_][a-zà-ÿ]{2})\.\s+(?=[^\W\d_])")


def _title_place_read_as_imprint(text: str, values: dict, where: dict) -> None:
    """A title that ends in a place ("… in the Vale do Acará, Pará, Brasil. Belém: UFRA"),
    whose last words the tagger ran into the imprint's place across the title's stop.

    Bad reading: title "… Do Vale Do Acará", place "Pará, Brasil. Belém".
    Good reading: title "… Do Vale Do Acará, Pará, Brasil", place "Belém"."""
    if "title" not in where or "place" not in where:
        return
    (title_start, title_end), (place_start, place_end) = where["title"], where["place"]
    stops = list(_STOP_IN_PLACE.finditer(text, place_start, place_end))
    if not stops or not re.fullmatch(r"\s*,\s*", text[title_end:place_start]):
        return
    cut = stops[-1]
    values["title"], where["title"] = text[title_start: cut.start()], (title_start, cut.start())
    values["place"], where["place"] = text[cut.end(): place_end], (cut.end(), place_end)


_JOINER = "|".join(sorted((re.escape(w) for w in JOURNAL_JOINERS), key=len, reverse=True))
_TITLE_CASE_RUN = re.compile(rf"(?:[A-ZÀ-Þ][\w'’&.-]*|{_JOINER})(?:,?\s+(?:[A-ZÀ-Þ][\w'’&.-]*|{_JOINER})){{0,8}}")
_SENTENCE_WORD = re.compile(r"\b[a-zà-ÿ]{3,}\b")


def _journal_named_with_commas(text: str, values: dict, where: dict) -> None:
    """A journal whose name holds commas, after a comma-parted title (Copernicus' "Title,
    Journal, 38, 29–46"): "…, Agriculture, Ecosystems and Environment, 139",
    "…, Psychology, Public Policy, and Law, 28". The tagger cut at the wrong comma — it
    left a title ending in "and", or no title at all. The journal is the longest run of
    capitalised words and joiners after a comma that a sentence-case title precedes.

    Bad reading: title "… policing, Psychology, Public Policy, and", journal "Law".
    Good reading: title "… policing", journal "Psychology, Public Policy, and Law"."""
    if "volume" not in where or "container" not in where:
        return
    container = where["container"]
    if "title" in where:
        title = where["title"]
        ending = text[title[0]: title[1]].split()[-1:]
        if (not re.fullmatch(r"\s*,\s*", text[title[1]: container[0]])
                or not ending or ending[0].lower() not in JOURNAL_JOINERS):
            return
        start, needed = title[0], 2
    else:
        start, needed = container[0], 3
    segment_end = container[1]
    for comma in re.finditer(r",\s+", text[start: segment_end]):
        head, tail_start = text[start: start + comma.start()], start + comma.end()
        lower = [w for w in _SENTENCE_WORD.findall(head) if w not in JOURNAL_JOINERS]
        # (An abbreviated name, "IEEE Geosci. Remote Sensing Mag.", is unparted.py's to find.)
        if (len(lower) < needed or not _TITLE_CASE_RUN.fullmatch(text, tail_start, segment_end)
                or "." in text[tail_start: segment_end]):
            continue
        values["title"], where["title"] = head, (start, start + len(head))
        values["container"], where["container"] = text[tail_start: segment_end], (tail_start, segment_end)
        return


def _unit_opens_source(text: str, values: dict, where: dict) -> None:
    """A source begins at a word's start, never inside one: "… below 2 °C Nature 534"
    (IOP prints no stop after the title), where the tagger read the degree sign as the
    title's end and its "C" as the journal's first word.

    Bad reading: title "… well below 2", journal "C Nature".
    Good reading: title "… well below 2 °C", journal "Nature"."""
    if "container" not in where or "title" not in where:
        return
    start, end = where["container"]
    title_start, title_end = where["title"]
    glued = re.match(r"\S+\s+", text[start:end])
    # (A symbol glues the word to its number: "°C", "µm", "±SD"; a stop or a bracket would
    # part them.)
    if not glued or title_end > start or not text[start - 1: start] or not _SYMBOL.match(text[start - 1]):
        return
    if text[title_end:start - 1].strip():
        return  # something between the title and the symbol: not the title's own word
    word_end = start + len(glued.group().rstrip())
    values["title"], where["title"] = text[title_start:word_end], (title_start, word_end)
    values["container"], where["container"] = text[start + glued.end(): end], (start + glued.end(), end)


_SYMBOL = re.compile(r"[°µ±%‰′″]")
# What a date may hold besides its numbers: months, seasons, "n.d.", "in press", ordinals
# and the little words of "10 de março de 2020".
_DATE_WORD = re.compile(rf"(?i:{MONTH_NAME}|spring|summer|fall|autumn|winter|n\.?\s?d|s\.?\s?d|in|press|forthcoming"
                        r"|de|del|of|the|st|nd|rd|th|er|e|a|b|c|d)\.?")
_YEAR_IN = re.compile(YEAR)
_GROUP_AFTER = re.compile(rf"[^.]{{0,80}}?\b{GROUP_WORD}\b")


def _title_words_in_date(text: str, values: dict, where: dict) -> None:
    """Give the title back the words the tagger read into the date when a title opens
    with a year of its own ("IPCC 2014 Climate Change 2014: Mitigation of Climate
    Change"): two capitalised words in a row that no date holds end the date.

    Bad reading: date "2014 Climate Change 2014", title "Mitigation of Climate Change".
    Good reading: date "2014", title "Climate Change 2014: Mitigation of Climate Change"."""
    if "date" not in where:
        return
    start, end = where["date"]
    words = [m for m in re.finditer(r"[^\W\d_][^\s,;:()]*", text[start:end]) if not _DATE_WORD.fullmatch(m.group())]
    opening = next((first for first, second in zip(words, words[1:])
                    if first.group()[0].isupper() and second.group()[0].isupper()
                    and not text[start + first.end(): start + second.start()].strip()), None)
    if opening is None or not _YEAR_IN.search(text, start, start + opening.start()):
        return
    words_start = start + opening.start()
    if "title" in where:
        title_start, title_end = where["title"]
        if title_start < end or text[end:title_start].strip(" .,:;"):
            return  # the title stands elsewhere: the words are not its opening
    else:
        title_end = end
    date_end = len(text[:words_start].rstrip(" .,:;()"))
    values["date"], where["date"] = text[start:date_end], (start, date_end)
    values["title"], where["title"] = text[words_start:title_end], (words_start, title_end)



# German and Swiss styles set a spaced dash between the title's stop and the journal:
# "Pollen of the lower Rhine. – Palynology, 102: 72–79".
_DASHED_JOURNAL_ENDING_TITLE = re.compile(r"(?<=[\w)?])[.?]\s+[–—]\s+(?P<journal>[A-ZÀ-Þ][^.–—:;]{0,80}(?:\.[^.–—:;]{1,40}){0,4})$")


def _journal_after_dash_in_title(text: str, values: dict, where: dict) -> None:
    """The journal the tagger read as the title's last sentence, after the dash German
    styles print before it, where numbers follow it and no source was read.

    Bad reading: title "Pollen of the lower Rhine. – Palynology", no journal.
    Good reading: title "Pollen of the lower Rhine", journal "Palynology"."""
    if "title" not in where or "container" in values or not ("volume" in values or "pages" in values):
        return
    start, end = where["title"]
    dash = _DASHED_JOURNAL_ENDING_TITLE.search(text, start, end)
    if not dash:
        return
    journal_start = dash.start("journal")
    values["title"], where["title"] = text[start: dash.start()], (start, dash.start())
    values["container"], where["container"] = text[journal_start: end], (journal_start, end)
