"""Where the tagger's names meet the title or the source: each gets back the words the
other took ("Rambaut A. Molecular Evolution, …", "I. M. Dubovskiy, T. M. Butt Metarhizium
…", "Sykes, Stephen, Power and Christian Theology, …", "de Vos, D. E.; Green Chem. 2007").

Each mend reads the spans the tagger labelled (``values``: field → text, ``where``: field
→ (start, end) in ``text``) and moves a boundary only when the string's own shape says
so; :func:`mend_name_edges` runs them in order.
"""
from __future__ import annotations

import re

from .identifiers import MONTH_NAME
from .patterns import GROUP_WORD
from .people import PARTICLES, SAINT_WORDS, SUFFIXES, is_initials, names_an_organisation, people_then_group
from .last_person import mend_last_person, respan
from .repairs import INVERTED_NAME, semicolon_names_end


def mend_name_edges(text: str, values: dict, where: dict) -> None:
    _name_and_et_al_read_as_title(text, values, where)
    _title_after_et_al(text, values, where)
    _title_and_source_in_inverted_names(text, values, where)
    _title_and_source_in_given_first_names(text, values, where)
    _source_in_authors(text, values, where)
    _source_after_vancouver_names(text, values, where)
    _title_word_in_authors(text, values, where)
    _saint_opening_title(text, values, where)
    _title_after_vancouver_names(text, values, where)
    _title_after_comma_initials(text, values, where)
    _title_opening_like_a_name(text, values, where)
    _given_name_in_title(text, values, where)
    _chicago_names_opening_title(text, values, where)
    _surname_in_title(text, values, where)
    _title_after_full_name(values, where)
    _title_after_initialled_names(text, values, where)
    _title_after_closed_given_first_list(values, where)
    _bare_word_after_given_first_names(text, values, where)
    _suffix_opens_title(text, values, where)
    _title_after_gost_names(text, values, where)
    _chapter_in_semicolon_names(text, values, where)
    _group_after_et_al(text, values, where)
    _group_after_semicolon(text, values, where)
    _acronym_after_group(text, values, where)
    _given_name_read_as_date(text, values, where)
    _last_name_read_as_title(text, values, where)
    _surname_after_last_initials_in_title(text, values, where)
    mend_last_person(text, values, where)
    _group_and_year_opening_title(text, values, where)
    _bracketed_group_after_names(text, values, where)
    _source_after_dotted_inverted_names(text, values, where)


_ET_AL_THEN_WORDS = re.compile(r"(?P<names>.*?\bet\.?\s?al\b\.?)[\s,]+(?P<words>[^\W\d_].*)", re.S)


def _title_after_et_al(text: str, values: dict, where: dict) -> None:
    """"Phillips, J. L. et al. Single, Repeated, and Maintenance …": "et al." ends the
    names; a word after it that the tagger read as one more name is the title's — or, in
    a title-less list, the journal's ("M. Shahriari et al., J. Control. Release 308, 172")."""
    field = "title" if "title" in values else "container"
    if "authors" not in values or field not in values:
        return
    run_on = _ET_AL_THEN_WORDS.fullmatch(values["authors"].rstrip())
    (names_start, names_end), (field_start, field_end) = where["authors"], where[field]
    if not run_on or not re.fullmatch(r"[\s,:;]*" if field == "title" else r"[\s,.:;]*", text[names_end:field_start]):
        return
    if field == "container" and names_an_organisation(run_on.group("words")):
        return  # the group that signs with the names: "C. Amsler et al., Particle Data Group, Phys. Lett. B"
    words_start = names_start + run_on.start("words")
    values["authors"] = run_on.group("names")
    where["authors"] = (names_start, names_start + run_on.end("names"))
    values[field], where[field] = text[words_start:field_end], (words_start, field_end)


_NAME_THEN_ET_AL = re.compile(r"(?:[A-Z][\w'’‐-]*\.?\s+){1,3}[A-Z][\w'’‐-]+,?\s+et\.?\s?al\b\.?(?=[\s,;]|$)")


def _name_and_et_al_read_as_title(text: str, values: dict, where: dict) -> None:
    """Title-less physics lists with full given names, "A. D. Ghodke, Riyasat Husain,
    Pradeep Kumar et al, Rev. Sci. Instrum. 83": the last name and its "et al" read as the
    title or as the journal's first words. A name and "et al" straight after the names
    are theirs."""
    if "authors" not in values:
        return
    names_start, names_end = where["authors"]
    for field in ("title", "container"):
        if field not in values:
            continue
        start, end = where[field]
        run_on = _NAME_THEN_ET_AL.match(values[field])
        if not run_on or not re.fullmatch(r"[\s,;]*", text[names_end:start]):
            continue
        cut = start + run_on.end()
        values["authors"], where["authors"] = text[names_start:cut], (names_start, cut)
        tail = values[field][run_on.end():]
        rest = cut + len(tail) - len(tail.lstrip(" ,;"))
        if rest >= end:
            del values[field], where[field]
        else:
            values[field], where[field] = text[rest:end], (rest, end)
        return


# (Or before a quoted title, with no mark of its own: "…, Manji HK, Zarate CA Jr “Rapid onset …”".)
_SUFFIX_OPENING = re.compile(r"^(?P<surname>[A-Z][\w'’‐-]+\s+)?(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?(?:[:.,]\s+|\s+(?=[“\"‘«„]))(?=\S)")


def _suffix_opens_title(text: str, values: dict, where: dict) -> None:
    """"Zarate, C. A., Jr: Rapid onset …", "C. A. Zarate Jr, Rapid onset …": the last
    author's suffix is no title word — nor is the surname before it, where the names end
    in an initial ("L. M. Monteggia and C. Zarate Jr, Antidepressant actions …")."""
    if "authors" not in values or "title" not in values:
        return
    suffix = _SUFFIX_OPENING.match(values["title"])
    author_start, author_end = where["authors"]
    title_start, title_end = where["title"]
    if not suffix or text[author_end:title_start].strip(" ,") or not re.search(r"[^\W\d_]\.?,?\s*$", values["authors"]):
        return
    if suffix.group("surname") and (not re.search(r"(?:^|\s)[A-Z]\.?\s*$", values["authors"])
                                    or not re.match(r"[JS]n?r\b", suffix.group()[suffix.end("surname"):])):
        # A surname before the suffix only after an initial, and only before "Jr" or "Sr":
        # "Bradish, G. J. FieldREG II: Consciousness …" opens a title with a numeral.
        return
    cut = title_start + suffix.end()
    values["authors"] = text[author_start: title_start + len(suffix.group().rstrip(":., "))]
    where["authors"] = (author_start, author_start + len(values["authors"]))
    values["title"], where["title"] = text[cut:title_end], (cut, title_end)


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


# After ABNT's or ACS's names: the title, a stop, and the journal's name, to the names' end.
_TITLE_THEN_SOURCE = re.compile(r"(?P<title>[^\W\d_][^.]*[^\W\d_)?!])[.?!]\s+(?P<source>[A-Z][^.]*?\.?)\s*$")


def _title_and_source_in_inverted_names(text: str, values: dict, where: dict) -> None:
    """ABNT's "SMITH, J.; JONES, K. Ketamine and synapses. Neuropharmacology, v. 89, …",
    whose short title the tagger read as one more name ("K. Ketamine and synapses") and the
    journal with it: the "Surname, I.;" list ends where its shape does, and what the names
    ran on into is a title, a stop and a journal (a title with words in lower case, which
    no name has)."""
    if "authors" not in values or "title" in values or "container" in values:
        return
    names = values["authors"]
    end = semicolon_names_end(names + " ")
    if end is None or end >= len(names):
        return
    rest = _TITLE_THEN_SOURCE.fullmatch(names[end:].strip())
    if not rest or not re.search(r"\s[a-zà-ÿ]{3,}", rest.group("title")):
        return
    start = where["authors"][0]
    title_start = start + names.index(rest.group("title"), end)
    source_start = start + names.index(rest.group("source"), title_start - start + len(rest.group("title")))
    values["authors"], where["authors"] = names[:end].rstrip(), (start, start + len(names[:end].rstrip()))
    values["title"], where["title"] = rest.group("title"), (title_start, title_start + len(rest.group("title")))
    values["container"] = rest.group("source")
    where["container"] = (source_start, source_start + len(rest.group("source")))


# "J. Smith", "K.-L. Jones", "A. B. de Vries": one given-first name with its initials.
_INITIALLED_NAME = re.compile(r"\s*(?:[A-Z]\.[\s‐-]?){1,4}\s*(?:(?:van|von|de|da|der|den|di|du|la|le) )*[A-ZÀ-Þ][\w'’‐-]+\s*")


# A lowercase word no name has: neither a conjunction nor a particle ("Jan van der Berg").
_NOT_TITLE_WORDS = PARTICLES | {"and", "et", "und", "y", "e", "zum", "ben", "degli"}
_TITLE_WORD = re.compile(r"\s(?!(?:" + "|".join(sorted(map(re.escape, _NOT_TITLE_WORDS), key=len, reverse=True))
                         + r")\b)[a-zà-ÿ]{3,}")


def _title_and_source_in_given_first_names(text: str, values: dict, where: dict) -> None:
    """Elsevier's "J. Smith, K. Jones, Ketamine and depression, J. Affect. Disord. 180
    (2015) 45–67", whose short title the tagger read as more names, and the journal's first
    word with them: after "I. Surname" names, a piece with no initial and a word in lower
    case is the title (no name has one), and what follows it to the source is the journal's."""
    if "authors" not in values or "title" in values:
        return
    names = values["authors"]
    pieces = names.split(",")
    people = 0
    while people < len(pieces) and _INITIALLED_NAME.fullmatch(pieces[people]):
        people += 1
    if people < 1 or people >= len(pieces) - 1:
        return
    piece = pieces[people].strip()
    if (re.match(r"(?:and|&)\s|[A-Z]\.", piece) or not _TITLE_WORD.search(piece)
            or any(_INITIALLED_NAME.fullmatch(rest) for rest in pieces[people + 1:-1])):
        return  # (a name broken by a line's hyphen, "M. Mur- phy", with names after it, is a name; the
        # last piece may be the journal's first words, "J. Affect", which look like one)
    start = where["authors"][0]
    title_start = start + len(",".join(pieces[:people])) + 1 + (len(pieces[people]) - len(pieces[people].lstrip()))
    title_end = title_start + len(piece)
    source_start = start + len(",".join(pieces[: people + 1])) + 1
    source_start += len(text[source_start:]) - len(text[source_start:].lstrip())
    source_end = where["container"][1] if "container" in values else where["authors"][1]
    values["authors"], where["authors"] = ",".join(pieces[:people]).strip(), (start, start + len(",".join(pieces[:people])))
    values["title"], where["title"] = text[title_start:title_end], (title_start, title_end)
    values["container"], where["container"] = text[source_start:source_end], (source_start, source_end)


_VANCOUVER_NAME = re.compile(r"\s*[\w'’‐-]+(?:\s[\w'’‐-]+){0,2}\s[A-Z]{1,4}")
_VANCOUVER_LAST_THEN_SOURCE = re.compile(r"(?P<name>\s*[\w'’‐-]+(?:\s[\w'’‐-]+){0,2}\s[A-Z]{1,4})\.\s+(?P<source>[A-Z][^.]*\.?)")


def _source_after_vancouver_names(text: str, values: dict, where: dict) -> None:
    """Give back a journal the tagger read into the last name of a title-less Vancouver
    list ("Hu Q, Katti PS, Gu Z. Nanoscale. 2014;6:12273" read as the author "Gu Z.
    Nanoscale"): every other name is "Surname INITIALS", and the last one runs on past
    its initials' stop."""
    if "authors" not in values or "title" in values or "container" in values:
        return
    chunks = values["authors"].split(",")
    last = _VANCOUVER_LAST_THEN_SOURCE.fullmatch(chunks[-1])
    if len(chunks) < 2 or not last or not all(_VANCOUVER_NAME.fullmatch(c) for c in chunks[:-1]):
        return
    start, end = where["authors"]
    source_start = start + len(values["authors"]) - len(chunks[-1]) + last.start("source")
    source_end = end  # (NLM abbreviates without stops: the stop after the journal parts it from the year)
    values["authors"] = text[start: start + len(values["authors"]) - len(chunks[-1]) + last.end("name")]
    where["authors"] = (start, start + len(values["authors"]))
    values["container"], where["container"] = text[source_start:source_end].rstrip(" ."), (source_start, source_end)


# "Chafik, L. & Rossby, T. Volume, heat, and …": after the list's last initials, a
# capitalised word that is no name opens the title.
_WORD_AFTER_INITIALS = re.compile(r"(?<=[,&]\s)[A-Z][\w'’‐-]+,\s+(?:[A-Z]\.\s?){1,3}\s*(?P<word>[A-Z][a-z]+)$")


def _title_word_in_authors(text: str, values: dict, where: dict) -> None:
    """Give the title back its first word when the tagger ended the names with it."""
    _word_back_to_title(text, values, where, _WORD_AFTER_INITIALS, r"[\s,:;]*")


# "Smith A, Jones B. St. Louis encephalitis …": Vancouver names end at their initials'
# stop; a saint after it opens the title.
_SAINT_AFTER_INITIALS = re.compile(rf"[^\W\d_][\w'’-]+ [A-Z]{{1,4}}\.\s+(?P<word>{SAINT_WORDS})$")


def _saint_opening_title(text: str, values: dict, where: dict) -> None:
    """Give the title back its saint ("St. Louis", "St. John's wort") when the tagger ended
    the names with it."""
    _word_back_to_title(text, values, where, _SAINT_AFTER_INITIALS, r"\.\s*")


def _word_back_to_title(text: str, values: dict, where: dict, straggler: re.Pattern, gap: str) -> None:
    """Move the ``word`` group ``straggler`` finds at the end of the names to the title's
    start, when only ``gap`` stands between them."""
    if "authors" not in values or "title" not in values:
        return
    found = straggler.search(values["authors"])
    if not found:
        return
    word_start = where["authors"][0] + found.start("word")
    title_start, title_end = where["title"]
    if re.fullmatch(gap, text[word_start + len(found.group("word")): title_start]):
        values["authors"] = values["authors"][: found.start("word")].rstrip()
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
    # (A book's title the tagger read as a source, with no title: "… Epidemiology [Internet].
    # Edinburgh: Rambaut A; 2007".)
    key = "title" if "title" in values else "container" if "container" in values and "volume" not in values else ""
    if "authors" not in values or not key:
        return
    run_on = _VANCOUVER_NAMES_THEN_WORDS.fullmatch(values["authors"].strip())
    (names_start, names_end), (title_start, title_end) = where["authors"], where[key]
    if not run_on or not re.fullmatch(r"[\s,:;]*", text[names_end:title_start]):
        return
    words = run_on.group("words")
    # One word is a title's when the title runs on after its comma ("…, Ortiz A. Single,
    # Repeated, and Maintenance …") and a list of such names stands before it.
    one_word = ", " in run_on.group("names") and text[names_end:title_start].strip() == ","
    if (len(words.split()) < 2 and not one_word) or re.search(r"\b[A-Z]\.|\s(?:and|&|et|e|y|und)\s", words):
        return  # "Barry W. Smith", "Meher L. C., Kulkarni M. G.": given names first, not a title
    offset = names_start + len(values["authors"]) - len(values["authors"].lstrip())
    words_start = offset + run_on.start("words")
    values["authors"] = run_on.group("names")
    where["authors"] = (offset, offset + run_on.end("names"))
    values.pop(key), where.pop(key)
    values["title"] = text[words_start:title_end]
    where["title"] = (words_start, title_end)


# GOST 7.1's book: "Иванов И.И., Петров П.П. Название книги. М.: Наука, 2005." — names as
# "Surname I.I.", the title, perhaps its statement of responsibility ("/ И. И. Иванов"),
# then the city, abbreviated as an initial is ("М.", "СПб.", "Л.") before the imprint's colon.
_GOST_NAME = r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:-[A-ZА-ЯЁ][a-zа-яё'’-]+)?\s(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}"
_GOST_NAMES_THEN_TITLE = re.compile(
    rf"(?P<names>{_GOST_NAME}(?:,\s*{_GOST_NAME})*)\s*(?P<title>[A-ZА-ЯЁ«\"][^/]*?[^\s.])"
    r"(?:\s*/\s*[^/]+?)?(?:\.\s*(?P<place>[A-ZА-ЯЁ][a-zа-яё]{0,3}|СПб)\.?)?")


def _title_after_gost_names(text: str, values: dict, where: dict) -> None:
    """Give the title (and the city) back the words the tagger ran on into GOST's names:
    "Иванов И.И. Название книги. М" read as one author, where the city's abbreviation
    looks like one more initial. Only where no title was read and the imprint's colon
    follows the run (or the city was read after it: "… / И. И. Иванов. – Москва : Наука")."""
    if "authors" not in values or "title" in values:
        return
    start, end = where["authors"]
    run_on = _GOST_NAMES_THEN_TITLE.fullmatch(values["authors"].strip())
    if run_on and re.search(r"(?<![^\W\d_])[A-ZА-ЯЁ]\.|(?<![^\W\d_])[A-ZА-ЯЁ]$", run_on.group("title")):
        return  # the "title" is one more name's ("Andrews A.P")
    if not run_on or not (run_on.group("place") and re.match(r"\.?\s*:", text[end:])
                          or not run_on.group("place") and "place" in values):
        return
    offset = start + len(values["authors"]) - len(values["authors"].lstrip())
    values["authors"] = run_on.group("names").rstrip()
    where["authors"] = (offset, offset + len(values["authors"]))
    values["title"], where["title"] = run_on.group("title"), (offset + run_on.start("title"), offset + run_on.end("title"))
    if run_on.group("place") and "place" not in values:
        values["place"] = run_on.group("place")
        where["place"] = (offset + run_on.start("place"), offset + run_on.end("place"))


# MDPI's and ACS's chapter: "Smith, J. Sleep and mood. In Adolescent Health; Jones, K., Ed.;
# Springer: …" — "Surname, I." names, the title, "In" and the book, then its editors.
_CHAPTER_IN_NAMES = re.compile(
    rf"(?P<names>{INVERTED_NAME}(?:;\s{INVERTED_NAME})*)\s+(?P<title>[A-ZÀ-Þ][^;]*?[^\s.])\.?\s+In:?\s+"
    r"(?P<book>[A-ZÀ-Þ][^;]*?);\s*(?P<editors>[^;]+?)")


def _chapter_in_semicolon_names(text: str, values: dict, where: dict) -> None:
    """Give the title, the book and its editors back from names the tagger ran on
    through them all (one author, a short title), where the role after the run names
    them editors ("…; Jones, K., Ed.; Springer")."""
    if "authors" not in values or any(f in values for f in ("title", "container", "editors")):
        return
    start, end = where["authors"]
    run_on = _CHAPTER_IN_NAMES.fullmatch(values["authors"].strip())
    if not run_on or not re.match(r"[\s,]*\(?(?:Eds?|Hrsg|Org)\.", text[end:]):
        return
    offset = start + len(values["authors"]) - len(values["authors"].lstrip())
    for field, group in (("authors", "names"), ("title", "title"), ("container", "book"), ("editors", "editors")):
        values[field] = run_on.group(group)
        where[field] = (offset + run_on.start(group), offset + run_on.end(group))


# "SILVA, J. A. Saúde mental no Brasil": names that end in "Surname, I. I.", then words
# that are no name — a capital, then words in lower case.
_COMMA_INITIALS_THEN_WORDS = re.compile(
    r"(?P<names>.*,\s(?:[A-Z]\.[\s‐-]?){1,4})\s*(?P<words>[A-ZÀ-Þ][^\W\d_]+(?:\s+[^\s;&]+){2,})")
_DEGREE = re.compile(r"(?:Tese|Disserta[çc][ãa]o|Monografia|Trabalho de [Cc]onclus[ãa]o|Tesis|Th[èe]se|Thesis|"
                     r"(?:Doctoral|PhD|Ph\.D\.|Master'?s?|MSc|M\.Sc\.)\s+(?:[Tt]hesis|[Dd]issertation))\b")
# (Particles belong to names; so do "y" and "e" joining Iberian surnames.)
_NAME_WORDS = PARTICLES | {"y", "e"}


def _title_after_comma_initials(text: str, values: dict, where: dict) -> None:
    """Give the title the words the tagger ran on into "Surname, I. I." names
    ("SILVA, J. A. Saúde mental no Brasil. Revista …"): at least two of them in lower
    case (no particle), none an initial, and no "and" joining more names."""
    if "authors" not in values:
        return
    run_on = _COMMA_INITIALS_THEN_WORDS.fullmatch(values["authors"].strip())
    if not run_on:
        return
    words = run_on.group("words")
    lower = [w for w in words.split() if w[:1].islower() and w.lower() not in _NAME_WORDS]
    # ABNT's thesis: "SMITH, J. Título da tese. 2015. Tese (Doutorado em …) – …": what the
    # tagger took for the title names the degree; the words in the names are the title.
    degree = "title" in values and _DEGREE.match(values["title"])
    if len(lower) < (1 if degree else 2) or re.search(r"\b[A-Z]\.|\s(?:and|et|und|e|y)\s", words):
        return
    names_start, names_end = where["authors"]
    offset = names_start + len(values["authors"]) - len(values["authors"].lstrip())
    words_start = offset + run_on.start("words")
    if degree:
        values["genre"], where["genre"] = values.pop("title"), where.pop("title")
    if "title" not in values:
        title_end = offset + run_on.end("words")
    elif re.fullmatch(r"[\s,:;]*", text[names_end:where["title"][0]]):
        title_end = where["title"][1]  # the words open the title the tagger found
    else:
        return  # a title elsewhere: the words are not simply its opening
    values["authors"] = run_on.group("names").rstrip()
    where["authors"] = (offset, offset + len(values["authors"]))
    values["title"] = text[words_start:title_end]
    where["title"] = (words_start, title_end)


_WORD = r"[^\W\d_][\w'’-]+"
# The names before the last given name the tagger lost: "Ritchie" of "Ritchie, Jack:";
# "Sander, Alfred; Christ, Klaus; Hildeschmidt" of "…; Hildeschmidt, Anne: Kooperation"
# (DIN 1505's inverted names, parted by semicolons).
_SURNAME_AWAITING_GIVEN = re.compile(rf"(?:{_WORD}(?: {_WORD})?, [A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)?; )*{_WORD}")
# "Alfred Sander, Klaus Christ" of "Alfred Sander, Klaus Christ, Anne Hildeschmidt:
# Kooperation …": full names, given name first, parted by commas; the title may open with
# one or more of them, then the colon.
_FULL_NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+ (?:[A-Z]\. )?[A-ZÀ-Þ][\w'’-]+"
_FULL_NAMES = re.compile(rf"(?:{_FULL_NAME}, )*{_FULL_NAME}")
_FULL_NAMES_THEN_COLON = re.compile(rf"(?P<name>(?:{_FULL_NAME}, )*{_FULL_NAME})\s*:\s+(?=\S)")


def _given_name_in_title(text: str, values: dict, where: dict) -> None:
    """Give the names back what the tagger read as the title's first words, when the names
    go on over a comma and end at a colon: a given name after a bare surname ("Ritchie,
    Jack: Styles of …", "Sander, Alfred; Christ, Klaus; Hildeschmidt, Anne: Kooperation
    …"), or more full names after two or more ("Alfred Sander, Klaus Christ, Anne
    Hildeschmidt: Kooperation …"). (A title follows a colon or a stop, not the comma that
    parts names; "Smith, Jack: Albert Einstein: a life" keeps its title.)"""
    if "authors" not in values or "title" not in values:
        return
    names = values["authors"].strip()
    if _SURNAME_AWAITING_GIVEN.fullmatch(names):
        opening = _GIVEN_NAME_OPENING.match(values["title"])
        if opening and opening.group("name") in _TITLE_OPENERS:
            return
    elif _FULL_NAMES.fullmatch(names):
        opening = _FULL_NAMES_THEN_COLON.match(values["title"])
        # Two names read at least: after one, "Russell J. Dalton, Citizen Politics: Public
        # Opinion …" and "Randall Packard, White Plague, Black Labour: …" are Chicago's
        # name, comma and title.
        if "," not in names:
            return
    else:
        return
    (_, names_end), (title_start, title_end) = where["authors"], where["title"]
    if not opening or not re.fullmatch(r"\s*,\s*", text[names_end:title_start]):
        return
    values["authors"] = text[where["authors"][0]: title_start + opening.end("name")]
    where["authors"] = (where["authors"][0], title_start + opening.end("name"))
    values["title"] = values["title"][opening.end():]
    where["title"] = (title_start + opening.end(), title_end)


_ONLY_INITIALS = re.compile(r"\s*(?:and\s+|&\s*)?(?:[A-Z]\.[\s‐-]*){1,4}")
_FIRST_WORD = re.compile(r"(?P<word>[A-Z][\w'’‐-]+)\s+(?=[A-Z])")


# Chicago's first person inverted with a full given name, "Weigelt, Udo", and the others
# given first after it, joined by a conjunction in the entry's language before the last.
_INVERTED_FULL_NAME = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?, [A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+| [A-Z]\.)*")
_GIVEN_SURNAME = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-Z]\.)? (?:(?:van|von|de|da|di|du|del|der|la|le) )*[A-ZÀ-Þ][\w'’-]+"
_NAMES_OPENING = re.compile(rf"(?P<names>(?:{_GIVEN_SURNAME}, )*{_GIVEN_SURNAME},? (?:and|et|und|y|e|&) {_GIVEN_SURNAME})\.\s+")


def _chicago_names_opening_title(text: str, values: dict, where: dict) -> None:
    """Give the names back the given-first names the tagger read as the title's first words
    when no year parts them: "Weigelt, Udo, Nora Hilb et Danièle Ball-Simon. C'est lui ou
    nous …". Each is a given name and a surname, the last after a conjunction, all ending
    at a stop ("Romeo and Juliet." has no such names)."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    opening = _NAMES_OPENING.match(values["title"])
    if (not opening or not _INVERTED_FULL_NAME.fullmatch(values["authors"].strip(" ,"))
            or not re.fullmatch(r"\s*,\s*", text[names_end:title_start])):
        return
    names_end = title_start + opening.end("names")
    values["authors"], where["authors"] = text[names_start:names_end], (names_start, names_end)
    values["title"], where["title"] = values["title"][opening.end():], (title_start + opening.end(), title_end)


def _surname_in_title(text: str, values: dict, where: dict) -> None:
    """Give the names back the last surname the tagger read as the title's first word,
    when the stop after it is missing ("I. M. Dubovskiy, T. M. Butt Metarhizium
    brunneum …"): every other name is "I. Surname", the last is bare initials."""
    if "authors" not in values or "title" not in values:
        return
    # (Parted by commas or a conjunction: "R. Rosenfeld and D. S. Touretzky Coarse-coded …".)
    pieces = [p for p in re.split(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", values["authors"].rstrip(" ,")) if p.strip()]
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


# Names that end in an initial ("Rossi, M.", "Rossi M", "M. Rossi") and a last piece after a
# comma with none: "Rossi, M., Storia di Roma, Milano, …".
_INITIALLED_THEN_PIECE = re.compile(r"(?P<names>.*(?:\b[A-Z]\.|\s[A-Z]{1,3}|\b[A-Z]\.\s?[A-Z][\w'’‐-]+)),\s+(?P<piece>[A-ZÀ-Þ][^,]*)")


_JOINED_OR_INITIALLED = re.compile(r"\b[A-Z]\.|\bet\.? al\b|\s(?:and|&|und|et|e|y)\s")


def _title_after_initialled_names(text: str, values: dict, where: dict) -> None:
    """Give the title back a piece the tagger read as one more name when it found no
    title: after people written with initials, words with none and a word in lower case
    ("Storia di Roma", "Histoire de France") are the title, not "S. di Roma"."""
    if "title" in values or "authors" not in values:
        return
    names = values["authors"].strip()
    run_on = _INITIALLED_THEN_PIECE.fullmatch(names)
    if not run_on:
        return
    words = run_on.group("piece").split()
    if (len(words) < 2 or _INITIALS_IN.search(run_on.group("piece")) or _JOINED_OR_INITIALLED.search(run_on.group("piece"))
            or words[0].lower() in _NAME_WORDS):
        return
    if not any(w.islower() for w in words[1:]) and not _title_case_title(text, values, where, run_on):
        return
    _names_then_title(values, where, run_on, "piece")
    _subtitle_after_title(text, values, where)


def _title_case_title(text: str, values: dict, where: dict, run_on: re.Match) -> bool:
    """Whether a last "name" in title case after names written with initials, given name
    first, is a book's title: "S. Boyd, L. Vandenberghe, Convex Optimization, Cambridge
    University Press, 2004", "R.T. Forman, Road Ecology: Science and Solutions, …".

    Only where a book's imprint follows and no journal (title-less styles print a person
    in full there: "X. Zhao, Li Cui, Cell Death Dis. 2024"), or a subtitle's colon (which
    no name has); never an organisation ("R. Diener, LCTPC Collaboration")."""
    piece = run_on.group("piece")
    if (not _ALL_INITIALLED_GIVEN_FIRST.fullmatch(run_on.group("names")) or names_an_organisation(piece)
            or any(w.isupper() and len(w) > 1 for w in piece.split())):
        return False
    if _SUBTITLE.match(text, where["authors"][1]):
        return True
    return "container" not in values and ("publisher" in values or "place" in values)


_ALL_INITIALLED_GIVEN_FIRST = re.compile(r"(?:(?:[A-Z]\.[‐-]?\s?){1,3}[A-ZÀ-Þ][\w'’‐-]+,\s)*(?:[A-Z]\.[‐-]?\s?){1,3}[A-ZÀ-Þ][\w'’‐-]+")
_SUBTITLE = re.compile(r"\s*:\s+(?P<subtitle>[^,.;()]+)")


def _subtitle_after_title(text: str, values: dict, where: dict) -> None:
    """The title's subtitle after its colon ("Road Ecology: Science and Solutions, Island
    Press"), which the reading gave the field that follows."""
    end = where["title"][1]
    subtitle = _SUBTITLE.match(text, end)
    if not subtitle:
        return
    for field, (start, stop) in list(where.items()):
        if field != "title" and start == subtitle.start("subtitle"):
            values["title"] = text[where["title"][0]: subtitle.end("subtitle")].rstrip()
            where["title"] = (where["title"][0], where["title"][0] + len(values["title"]))
            rest = re.match(r"[\s,.;]*", text[subtitle.end("subtitle"):stop])
            if subtitle.end("subtitle") + rest.end() >= stop:
                del values[field], where[field]
            else:
                where[field] = (subtitle.end("subtitle") + rest.end(), stop)
                values[field] = text[where[field][0]:stop]
            return


def _names_then_title(values: dict, where: dict, run_on: re.Match, words: str) -> None:
    """The authors cut to ``run_on``'s names, and its group ``words`` as the title (the
    match was made on the authors' text stripped of its leading spaces)."""
    start = where["authors"][0] + len(values["authors"]) - len(values["authors"].lstrip())
    values["authors"], where["authors"] = run_on.group("names"), (start, start + run_on.end("names"))
    values["title"] = run_on.group(words).rstrip(" .,")
    where["title"] = (start + run_on.start(words), start + run_on.start(words) + len(values["title"]))


# Words that end a name and open no title: "Smith, J. Jr.", "Smith, J., Ed.".
_NAME_ENDINGS = frozenset({*SUFFIXES, "ed", "eds", "editor", "editors"})
# "S. Boyd and L. Vandenberghe, Convex Optimization": names printed given name first, the
# list closed by "and" before its last name; what follows that name's comma is no name.
# (Each initial's stop is followed by at most a hyphen and a space, so the pattern reads a
# name one way only: no backtracking across a long list that fails to match.)
_GIVEN_FIRST_NAME = (r"(?:[A-Z]\.[‐-]?\s?){1,4}(?:(?:" + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True))
                     + r")\s)*[A-ZÀ-Þ][\w'’-]+")
_CLOSED_GIVEN_FIRST_THEN_WORDS = re.compile(
    rf"(?P<names>(?:{_GIVEN_FIRST_NAME},\s)*{_GIVEN_FIRST_NAME},?\s(?:and|&)\s{_GIVEN_FIRST_NAME}),\s+(?P<words>[A-ZÀ-Þ][^\W\d_]+.*)", re.S)


def _title_after_closed_given_first_list(values: dict, where: dict) -> None:
    """Give the title back the words the tagger read as one more name after a list that
    "and" had closed ("S. Boyd and L. Vandenberghe, Convex Optimization. Cambridge …"):
    only when no title was found, and the words are no suffix, role or "et al."."""
    if "title" in values or "authors" not in values:
        return
    names = values["authors"].strip()
    run_on = _CLOSED_GIVEN_FIRST_THEN_WORDS.fullmatch(names)
    if not run_on:
        return
    words = run_on.group("words")
    if (words.split()[0].rstrip(".,").lower() in {*_NAME_ENDINGS, "et"}
            or _LIST_JOIN.search(words) or re.search(r"\b[A-Z]\.", words)):
        return
    _names_then_title(values, where, run_on, "words")


# Nature's "Hazell, T. J., DeGuire, J. R. & Weiler, H. A." — every name "Surname, I. I.";
# what follows the last initials is no name.
_NATURE_NAMES_THEN_WORDS = re.compile(
    r"(?P<names>(?:[^\W\d_][\w'’\- ]{0,40}?,\s(?:[A-Z]\.[\s‐-]?){1,4},?\s(?:&\s|and\s)?)*"
    r"[^\W\d_][\w'’\- ]{0,40}?,\s(?:[A-Z]\.[\s‐-]?){0,3}[A-Z]\.)\s+(?P<words>[A-ZÀ-Þ][^\W\d_]{2,}\b.*)", re.S)


def _title_opening_like_a_name(text: str, values: dict, where: dict) -> None:
    """Give the title back its opening words when they look like a name the tagger ran the
    list on into ("Weiler, H. A. Vitamin D: an overview …", "Weiler, H. A. Vitamin K and
    bone health"): after names printed "Surname, I. I." throughout, a capitalised word is
    the title's — a given name would stand before its surname in such a list."""
    if "authors" not in values:
        return
    run_on = _NATURE_NAMES_THEN_WORDS.fullmatch(values["authors"].strip())
    if not run_on or run_on.group("words").split()[0].rstrip(".,").lower() in _NAME_ENDINGS:
        return  # "Smith, J. Jr.", "Smith, J. Ed.": the name's own
    words, names = run_on.group("words"), run_on.group("names")
    # Not a given name after the initials ("Ansoff, H. Igor. Corporate Strategy"), not
    # people after a group ("LHCb collaboration, R. Aaij et al."): surnames hold no word
    # in lower case but their particles.
    if (re.match(r"[^\W\d_]+\.(?:\s|$)", words) or re.search(r"\bet\.?\s?al\b|\b[A-Z]\.", words)
            or any(w[:1].islower() and w not in _NAME_WORDS for w in re.findall(r"[^\W\d_]+", names))):
        return
    names_start, names_end = where["authors"]
    if text[names_end: names_end + 1] == "." and not re.search(r"\s", words.strip()):
        return  # "Lo, W. Front. Bioeng. Biotechnol.": an abbreviated journal, no title
    offset = names_start + len(values["authors"]) - len(values["authors"].lstrip())
    words_start = offset + run_on.start("words")
    if "title" in values:
        # (Only a colon or nothing between: "Vitamin D: an overview". After a stop or a
        # comma the words were a given name: "Ansoff, H. Igor. Corporate Strategy".)
        if not re.fullmatch(r"\s*:?\s*", text[names_end: where["title"][0]]):
            return
        title_end = where["title"][1]
    else:
        title_end = names_end
    values["authors"] = run_on.group("names")
    where["authors"] = (offset, offset + run_on.end("names"))
    values["title"], where["title"] = text[words_start: title_end], (words_start, title_end)


# A piece of a names list that is one capitalised word and nothing else ("Bangs"), unless
# it ends a name or the list ("Jr", "Ed.", "et al.", "Others").
_BARE_WORD = re.compile(r"\s*(?P<word>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\.?\s*")
_NOT_A_BARE_WORD = _NAME_ENDINGS | {"et", "al", "others"}


def _bare_word_after_given_first_names(text: str, values: dict, where: dict) -> None:
    """Give the title back the words the tagger read as more names after a list printed
    given name first ("J. Earman, Bangs, Crunches, Whimpers and Shrieks: …", "K.C. King,
    Achilles. Paradigms of the Hero …"): in such a list every name carries its initials,
    so a bare word is no name.

    Bad reading: authors "Earman, Bangs, Crunches", title "Whimpers and Shrieks: …".
    Good reading: author "Earman", title "Bangs, Crunches, Whimpers and Shrieks: …"."""
    if "authors" not in values:
        return
    names = values["authors"]
    pieces = names.split(",")
    if len(pieces) < 2 or not _GIVEN_FIRST.match(pieces[0]):
        return
    offset = len(pieces[0]) + 1
    for piece in pieces[1:]:
        bare = _BARE_WORD.fullmatch(piece)
        if bare and bare.group("word").lower() not in _NOT_A_BARE_WORD:
            break
        if not _GIVEN_FIRST.match(piece):
            return  # a name of another shape: the list is not given name first throughout
        offset += len(piece) + 1
    else:
        return
    if any(_GIVEN_FIRST.match(later) for later in names[offset:].split(",")[1:]):
        return  # names go on after it ("L. C. Zhao, G. G, Xin, and Z. Y. Yang"): a slip in the list
    names_start, names_end = where["authors"]
    words_start = names_start + offset + bare.start("word")
    if "title" in where:
        if text[names_end:where["title"][0]].strip(" .,:;"):
            return  # the title stands elsewhere: the words are not its opening
        title_end = where["title"][1]
    else:
        title_end = names_end
    values["authors"] = text[names_start:names_start + offset - 1]
    where["authors"] = (names_start, names_start + offset - 1)
    values["title"], where["title"] = text[words_start:title_end].rstrip(" .,"), (words_start, title_end)


_SENTENCE_STOP = re.compile(r"(?<=[^\s.A-Z])\.\s+(?=[A-Z])")


def _group_after_et_al(text: str, values: dict, where: dict) -> None:
    """AMA's group after "et al;" ("…, Schatzberg AF, et al; American Psychiatric
    Association (APA) Council of Research Task Force on Novel Biomarkers and Treatments.
    A consensus statement …"), which the tagger cut inside its name: the names run to the
    sentence's stop, and the title starts after it."""
    if "authors" not in where or "title" not in where:
        return
    start, end = where["authors"]
    after = re.search(r"\bet\.?\s*al\b\.?\s*;\s*", text[start:end])
    if not after:
        return
    stop = _SENTENCE_STOP.search(text, start + after.end())
    title_start, title_end = where["title"]
    if not stop or not end <= title_start < stop.start() or stop.end() >= title_end:
        return
    values["authors"], where["authors"] = text[start: stop.start()], (start, stop.start())
    values["title"], where["title"] = text[stop.end(): title_end], (stop.end(), title_end)


def _group_after_semicolon(text: str, values: dict, where: dict) -> None:
    """PubMed's group after the people ("Rush AJ, Trivedi MH, Wisniewski SR; STAR*D Study
    Team. Acute and longer-term outcomes …"), which the tagger read as the title's first
    sentence: the group ends the names, and the title starts after its stop."""
    if "authors" not in where or "title" not in where:
        return
    (start, end), (title_start, title_end) = where["authors"], where["title"]
    if not re.fullmatch(r"\s*;\s*", text[end:title_start]):
        return
    stop = _SENTENCE_STOP.search(text, title_start, title_end)
    if not stop or not people_then_group(text[start: stop.start()]):
        return
    respan(text, values, where, "authors", start, stop.start())
    respan(text, values, where, "title", stop.end(), title_end)


# A body's acronym in brackets, then the stop that ends the names: "(NCD-RisC). ".
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*[A-Z][\w&-]*[A-Z]\s*\)")
_MARKS = re.compile(r"[\s.,:]*")


def _acronym_after_group(text: str, values: dict, where: dict) -> None:
    """A body's acronym after its name ("NCD Risk Factor Collaboration (NCD-RisC).
    Worldwide trends …") is the author's, not the title's first words."""
    if "authors" not in where or "title" not in where:
        return
    (start, end), (title_start, title_end) = where["authors"], where["title"]
    acronym = _BRACKETED_ACRONYM.match(text, end)
    if not acronym or not acronym.end() > title_start or not names_an_organisation(text[start:end]):
        return
    rest = _MARKS.match(text, acronym.end()).end()
    if rest >= title_end:
        return
    respan(text, values, where, "authors", start, acronym.end())
    respan(text, values, where, "title", rest, title_end)


# A word the tagger read as the date's first: one capitalised word, then the stop and the year;
# or the last person's undotted initials before the bare year ("…, and Santonastaso, P 2017",
# Harvard's "Insel, TR & Scolnick, EM 2006,").
_GIVEN_BEFORE_YEAR = re.compile(r",\s*(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,20}(?=\.\s+\(?(?:1[6-9]|20)\d\d)|"
                                r"(?:[A-Z](?:\s[A-Z]){0,2}|[A-Z]{2,3})(?=,?\s+(?:1[6-9]|20)\d\d\b))")


def _given_name_read_as_date(text: str, values: dict, where: dict) -> None:
    """Chicago's "Wong Fillmore, Lily. 1991." and JORS's "…, and Santonastaso, P 2017": the
    inverted given name or initials after the comma are the author's, not the first word of
    the date (no month is "Lily")."""
    if "authors" not in where or "date" not in where:
        return
    start, end = where["authors"]
    given = _GIVEN_BEFORE_YEAR.match(text, end)
    # (The date opens with it, or it was left out of every field, right before the date.)
    if (not given or re.fullmatch(MONTH_NAME, given.group("given"), re.I)
            or not (given.start("given") == where["date"][0] or not text[given.end("given"):where["date"][0]].strip(" ."))):
        return
    where["authors"] = (start, given.end("given"))
    values["authors"] = text[start: given.end("given")]
    if where["date"][0] < given.end("given"):
        where["date"] = (given.end("given") + 1, where["date"][1])
        values["date"] = text[where["date"][0]: where["date"][1]].strip()


# "Surname I. I." as title-less styles print each name (MNRAS, ApJ: "Inutsuka S.-i.,").
_SURNAME_THEN_INITIALS = re.compile(r"(?P<surname>[^\W\d_][\w'’-]*)(?P<initials>(?:\s+\S+)+?)\.?")
_DATE_AFTER = re.compile(r"\.?\s*,\s*(?:1[5-9]|20)\d\d[a-z]?\b")


def _last_name_read_as_title(text: str, values: dict, where: dict) -> None:
    """Give the names back the last person of a title-less list, "Machida M. N., Omukai K.,
    Inutsuka S.-i., 2008, ApJ, 677, 813", that the tagger read as the title: a "title" that
    is one surname and initials, printed like the names before it, right after them and
    right before the year, is one more name."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    person = _SURNAME_THEN_INITIALS.fullmatch(values["title"].strip())
    if (not person or not re.fullmatch(r"\s*,\s*", text[names_end:title_start])
            or not all(is_initials(token + ("" if token.endswith(".") else ".")) for token in person.group("initials").split())
            or not _DATE_AFTER.match(text, title_end)
            or not re.search(r"[^\W\d_]{2,}\s+(?:[A-Z]\.\s?)+,", values["authors"] + ",")):
        return
    end = title_end + (text[title_end:title_end + 1] == ".")  # (the initial's stop the tagger left out)
    values["authors"] = text[names_start:end]
    where["authors"] = (names_start, end)
    del values["title"], where["title"]


# Given-first names ending on a bare initial ("…, S. Yu, E."), and a title that opens with a
# capitalised surname and the comma that closes the list ("Foufoula-Georgiou, Zonally …").
_GIVEN_FIRST_LIST_ENDING_ON_INITIALS = re.compile(r"(?:(?:[A-Z][a-z]?\.[\s‐-]?){1,4}[^\W\d_][\w'’‐-]+,\s+)+(?:[A-Z]\.[\s‐-]?){1,3}")
_SURNAME_CLOSING_LIST = re.compile(r"(?P<surname>[A-ZÀ-Þ][\w'’]+(?:[‐-][A-ZÀ-Þ][\w'’]+)?),\s+(?=[^\W\d_])")


def _surname_after_last_initials_in_title(text: str, values: dict, where: dict) -> None:
    """Give the last person back the surname the tagger opened the title with: a long list
    printed given name first ("A. Mamalakis, J. T. Randerson, …, S. Yu, E. Foufoula-Georgiou,
    Zonally contrasting shifts …") ends on "E." as if it were a name. Initials stand before
    their surname in such a list, so the capitalised word and comma right after them are that
    surname — only when every name before is initials and a surname, and the title read goes
    on after the comma."""
    if "authors" not in values or "title" not in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    if not _GIVEN_FIRST_LIST_ENDING_ON_INITIALS.fullmatch(values["authors"].strip()) or text[names_end:title_start].strip():
        return
    surname = _SURNAME_CLOSING_LIST.match(text, title_start)
    if not surname or surname.end() >= title_end:
        return
    values["authors"] = text[names_start:surname.end("surname")]
    where["authors"] = (names_start, surname.end("surname"))
    values["title"] = text[surname.end():title_end]
    where["title"] = (surname.end(), title_end)


# A group that closes a list of people, then the bracketed year: "Study 903 Team (2006) ".
_GROUP_THEN_YEAR = re.compile(rf"(?P<group>[A-Z][\w'’&-]*(?:\s[\w'’&-]+){{0,8}}?\s{GROUP_WORD})\s*\((?P<year>(?:1[6-9]|20)\d\d[a-z]?)\)[\s.,:]*")


def _group_and_year_opening_title(text: str, values: dict, where: dict) -> None:
    """Give the names back the group that ends them and the date its year: "Margot NA, Lu
    B, Miller MD, Study 903 Team (2006) Resistance development …", which the tagger read as
    a title opening "Study 903 Team (2006)". A group word ("Team", "Group", "Consortium",
    "Investigators") straight after the names' comma, then the year in brackets, is the
    list's last name; the title starts after the year."""
    if "authors" not in values or "title" not in values or "date" in values:
        return
    (names_start, names_end), (title_start, title_end) = where["authors"], where["title"]
    group = _GROUP_THEN_YEAR.match(text, title_start, title_end)
    if not group or group.end() >= title_end or not re.fullmatch(r"\s*,\s*", text[names_end:title_start]):
        return
    values["authors"], where["authors"] = text[names_start:group.end("group")], (names_start, group.end("group"))
    values["date"], where["date"] = group.group("year"), group.span("year")
    values["title"], where["title"] = text[group.end():title_end], (group.end(), title_end)


# A collaboration in brackets after the people who wrote for it: "[ATLAS Collaboration]",
# "(Particle Data Group)".
_BRACKETED_GROUP = re.compile(rf"\s*[(\[][^()\[\]\d]{{0,80}}\b{GROUP_WORD}\s*[)\]]")


def _bracketed_group_after_names(text: str, values: dict, where: dict) -> None:
    """Physics names the collaboration after the people who signed for it: "S. Obara
    [KamLAND-Zen Collaboration], Nucl. Instrum. Meth. A 845, 410 (2017)", "M. Tanabashi et
    al. (Particle Data Group), Phys. Rev. D 98". The bracket is a note on the names, as
    INSPIRE's records keep it apart from the authors.

    Bad reading: an author "S. Obara [KamLAND-Zen Collaboration" or a title "(Particle Data Group)".
    Good reading: the people; the bracket in no field."""
    if "authors" not in where:
        return
    start, end = where["authors"]
    bracket = _BRACKETED_GROUP.match(text, end) or next(
        (m for m in _BRACKETED_GROUP.finditer(text, start, end + 100) if m.start() < end <= m.end()), None)
    if not bracket or not text[start: bracket.start()].strip():
        return
    values["authors"], where["authors"] = text[start: bracket.start()], (start, bracket.start())
    for field, (field_start, field_end) in list(where.items()):
        if field == "authors" or field_end <= bracket.start() or field_start >= bracket.end():
            continue
        if field_end <= bracket.end():
            del values[field], where[field]  # the bracket was all the field held
        else:
            after = text[bracket.end(): field_end]
            rest = bracket.end() + len(after) - len(after.lstrip(" ,.;:"))
            values[field], where[field] = text[rest: field_end], (rest, field_end)


# "Surname I. I." as Vietnamese, Czech and other title-less styles print each name, with
# its initials' stops: "Ribas A., Wolchok J. D. Science, 359 (2018) 1350".
_DOTTED_INVERTED_NAME = r"[^\W\d_][\w'’‐-]+(?:\s[^\W\d_][\w'’‐-]+)?\s(?:[A-Z]\.[\s‐-]?){1,3}"
_DOTTED_INVERTED_LIST_THEN_SOURCE = re.compile(
    rf"(?P<names>(?:{_DOTTED_INVERTED_NAME},\s)*{_DOTTED_INVERTED_NAME})\s*(?P<source>[A-Z][\w'’‐-]+(?:\s[A-Z&][\w'’‐.-]*){{0,6}})")


def _source_after_dotted_inverted_names(text: str, values: dict, where: dict) -> None:
    """The journal of a title-less list read as more of the last name: after "Wolchok J. D."
    comes "Science", then a comma and the volume.

    Bad reading: an author "Science WJD", no journal.
    Good reading: authors Ribas A, Wolchok JD; journal Science."""
    if "authors" not in where or "container" in values or "title" in values:
        return
    start, end = where["authors"]
    read = _DOTTED_INVERTED_LIST_THEN_SOURCE.fullmatch(text, start, end)
    if not read or not re.match(r",?\s*\d", text[end:end + 4]) or read.group("source").rstrip(".").lower() in SUFFIXES:
        return
    values["authors"], where["authors"] = text[start: read.end("names")].rstrip(), (start, read.end("names"))
    values["container"], where["container"] = read.group("source"), (read.start("source"), end)
