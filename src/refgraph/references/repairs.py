"""Repairs of a reading: shapes that the tagger (or the string's conversion) gets wrong in
the same way across styles, mended from the printed text. Each one is small, named after
what it mends, and tested on made-up strings in tests/test_parser_styles.py."""
from __future__ import annotations

import re

from .patterns import JOURNAL_JOINERS, TITLE_PART, YEAR, YEAR_RUN, capitalised
from .unparted import abbreviated_run, journal_abbreviation
from .journals import known_journal

# "a) …; b) …" (Angewandte) and "(a) … . (b) …" (ACS, RSC).
_LETTERED = re.compile(r"^\s*(?:a\)|\(a\))\s+")
_NEXT_PART = re.compile(r";\s*[b-z]\)\s|(?:;|(?<=\.))\s*\([b-z]\)\s+(?=[^\W\d_])")
# After "a) …, 82, 103" a semicolon and a new name list start an unlettered second work.
_UNLETTERED_PART = re.compile(r"(?<=\d);\s+(?=(?:[A-Z][a-z]?\.[\s‐-]*){1,3}[A-Z][\w'’-]+,|[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?){1,3}[,;])")


# Archaeology's and the classics' lists open each entry with the key the text cites it by:
# "Abdallah et al. 2014: C. G. Abdallah/M. J. Niciu, Title …", "Anand *et alii* 2000 : A. ANAND, …",
# "Bahr, Lopez, Rey 2019 : R. BAHR, …".
_CITATION_KEY = re.compile(
    r"(?P<surname>[^\W\d_][\w'’-]+)(?:\s+[^\W\d_][\w'’-]+)?"
    r"(?:\s*(?:[*_]?et\s+al(?:ii)?\.?[*_]?|u\.\s?a\.)|(?:\s*(?:,|&|and|und|et|/)\s*[^\W\d_][\w'’-]+){1,3})?"
    r"\s+(?:1[5-9]|20)\d\d[a-z]?\s*:\s+")


def without_citation_key(text: str) -> str:
    """``text`` without a leading citation key, where the names after it open with the
    key's surname ("Abdallah et al. 2014: C. G. Abdallah/…", "Anand 2000 : A. ANAND, …")."""
    key = _CITATION_KEY.match(text)
    if not key:
        return text
    rest = text[key.end():]
    surname = key.group("surname").casefold()
    opening = re.match(r"(?:(?:[^\W\d_]{1,2}\.[\s‐-]*){1,3}(?P<given_first>[^\W\d_][\w'’-]+)|(?P<inverted>[^\W\d_][\w'’-]+),)", rest)
    if not opening or (opening.group("given_first") or opening.group("inverted")).casefold() != surname:
        return text
    return rest


def first_part(text: str) -> tuple[str, int]:
    """(the first work, how many works) of an entry such as "a) First; b) Second" — or
    "First; b) Second" and "a) First; Second", where a letter was lost."""
    cuts = list(_NEXT_PART.finditer(text))
    lettered = _LETTERED.match(text)
    if not cuts and lettered:
        cuts = list(_UNLETTERED_PART.finditer(text))
    if not cuts:
        return text, 1
    return text[lettered.end() if lettered else 0: cuts[0].start()], 1 + len(cuts)


# A page range with thousands grouped (AGU's "12,422–12,431", "10 576–10 583").
GROUPED_RANGE = re.compile(r"(?<![\d,])\d{1,3}[, \u2009]\d{3}\s?[-–]\s?\d{1,3}[, \u2009]\d{3}(?![\d,])")
# A volume that text extraction glued to the journal's last word ("Nature Photonics3", "Phys. Lett. B158").
# A series letter before the number stays with the journal ("Phys. Rev. D" 78).
VOLUME_IN_CONTAINER = re.compile(
    r"(?:(?:(?<=[a-z])|(?<=[a-z.]\s)|(?<=\.))(?:[A-Z](?=\d))?|(?<=\)\s)[A-Z](?=\d))(?P<volume>\d{1,5})$")
# The same with a series letter glued to the number ("Phys. Lett. B694", "Nucl. Phys. (Proc.
# Suppl.) B91"): certainly a volume.
SERIES_VOLUME = re.compile(r"(?:(?<=\.)|(?<=[.)]\s))[A-Z]\d{1,5}$")
# A title in parts ("Part I: Transport. J. Atmos. Sci.", "Part II, J. Atmos. Sci."), and a sentence end inside a
# journal name: a full word (not an abbreviation) and its period.
_TITLE_PART = re.compile(rf"{TITLE_PART}(?::[^.]{{1,200}})?(?=\.\s+[A-Z]|,\s+[A-Z][a-z]{{0,6}}\.?\s+[A-Z])")
_JOURNAL_AFTER_PART_COMMA = re.compile(r",\s+[A-Z][a-z]{0,6}$")
# A sentence's end, or the spaced dash German and Swiss house styles set before the
# journal ("… bei Depression. – Nervenarzt 89 (4): 420–428").
# (A dash with no stop before it is the journal's own: "Linguagem em (Dis)curso – LemD",
# "História, Ciências, Saúde – Manguinhos".)
_SENTENCE_IN_CONTAINER = re.compile(r"(?<=[a-zà-ÿ?]{3})(?:[.?]\s+|[.?]\s+[–—]\s+)(?=[A-ZÀ-Þ])")


# The last sentence of a title, when it reads as a journal name: capitalised words and
# abbreviations, with only the joiners journal names have ("Weather Forecast", "J. Atmos.
# Sci.", "Annals of Botany").
_JOURNAL_TAIL = re.compile(
    r"(?<=[\w)?])[.?]\s+(?P<journal>(?:[A-Z][\w'’-]*\.?|of|and|the|&|de|für|in|for|on)"
    r"(?:[\s:]+(?:[A-Z][\w'’-]*\.?|of|and|the|&|de|für|in|for|on)){0,6})\.?$")


_SINGLE_QUOTED_HEAD = re.compile(r"^(?P<title>[^'‘’]{8,}?)[,.]?['’][,.]?\s+(?P<rest>\S.*)$")


def title_in_single_quotes(container: str, text: str) -> dict:
    """"… Bengio, 'Generative Adversarial Nets,' Advances in Neural …": a title in single
    quotes that the tagger read as the start of the container."""
    head = _SINGLE_QUOTED_HEAD.match(container)
    start = text.find(container)
    if not head or start < 1 or text[:start].rstrip()[-1:] not in ("'", "‘"):
        return {}
    return {"title": head.group("title").strip(), "container": head.group("rest").strip()}


def journal_from_title(title: str) -> dict:
    """A journal the tagger left inside the title ("… a neural network. Weather Forecast."
    with a volume and pages after it): a record with a volume has a source somewhere."""
    tail = _JOURNAL_TAIL.search(title)
    if not tail or not re.search(r"[a-z]{2}", tail.group("journal")) or tail.start() < 12:
        return {}
    head = title[: tail.start() + (1 if tail.group(0).startswith("?") else 0)]
    return {"title": head, "container": tail.group("journal").rstrip(".") if not re.search(
        r"\b[A-Z][a-z]{0,5}\.\s", tail.group("journal")) else tail.group("journal")}


def title_tail(title: str, container: str, text: str) -> tuple[str, str]:
    """A journal the tagger read as starting with the title's last words ("Oregon and
    California. Ecological Monographs", "Amazon. Agriculture, Ecosystems and Environment")
    gives those words back to the title: journal names abbreviate, they do not end
    sentences. The title is re-cut from the printed text, so nothing between is lost."""
    # "Part I: Transport. J. Atmos. Sci.": a title in parts; no journal starts that way.
    part = _TITLE_PART.match(container)
    breaks = [part] if part else list(_SENTENCE_IN_CONTAINER.finditer(container))
    if not breaks:
        return title, container
    cut = breaks[-1]
    cut_end = cut.end()
    if part:
        # A comma style: "Part I: transport, J. Atmos. Sci." — the abbreviation after the
        # part's last comma opens the journal.
        opened = _JOURNAL_AFTER_PART_COMMA.search(part.group(0))
        cut_end = opened.start() if opened else cut_end
    head = container[: cut_end if part else cut.start() + (1 if cut.group(0).startswith("?") else 0)]
    journal = container[cut_end:].lstrip(".,; ")
    if (not part and cut.group(0).startswith(".") and _truncated(head.split()[-1])
            and re.search(r",\s*" + re.escape(head) + r"\.", text)):
        # After the title's comma, the stop abbreviates and ends no sentence: "…, Commun.
        # Earth Environ. 3 (2022)", "…, Meddelelser Danmarks Geol. Forening" are the
        # journal's words ("…, Nebraska. Proceedings", "…, and Pharmacotherapy. J" are not).
        return title, container
    # "Nat. Rev. Clin. Oncol", "Front. Chem": an abbreviated name has periods throughout;
    # the title's tail is several words with none, and ends in a full word — or, after
    # the comma that ends the tagger's title, a place or two ("… in Narok County, Kenya.
    # Global Ecology and Conservation"): a journal's name opens with no comma before it.
    after_comma = (title and not part and re.search(re.escape(title) + r"\s*,\s*" + re.escape(container[:20]), text)
                   and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?(?:,\s[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)?", head)
                   # ("…, Phys. Rev. D", "…, Math. Annalen": an abbreviated journal's first
                   # word is no place; abbreviations are short, and the rest abbreviates.)
                   and len(head.split()[-1]) >= 5 and not re.search(r"\w\.", container[cut_end:]))
    # (Two words suffice where the title read ends in a word in lower case, cut mid-phrase:
    # "… in the eastern | Brazilian Amazon. Land Use Policy".)
    shortest = 2 if re.search(r"\b[a-z]{3,}$", title) and not any(
        word.isupper() or journal_abbreviation(word.rstrip(".") + ".") for word in head.split()) else 3
    if not part and not after_comma and (len(head.split()) < shortest or re.search(r"\.\s", head) or len(re.findall(r"[^\W\d_]+", head)[-1]) < 4
                     or not re.search(r"[a-z]{3}", journal)):
        return title, container
    if not title:
        return head, journal
    start, end = text.find(title), text.find(head)
    if start < 0 or end < start:
        return title, container
    return text[start: end + len(head)], journal


def comma_before_journal(title: str, container: str, text: str) -> tuple[str, str]:
    """Elsevier's numbered style parts title and journal with a comma only ("…, Carbon
    cycle uncertainty in the Alaskan Arctic, Biogeosciences 11 (2014)"), and a title may
    end in a place after its own comma ("… Dry Valleys, Antarctica, Permafr. Periglac.
    Process. 18"): the journal is what follows the container's last comma when that reads
    as a journal's name and what precedes it as the title's words (and the journal's first
    abbreviation is not the title's last word: "… Germany, Geosci. Model Dev.").

    Bad reading: title "", journal "Carbon cycle uncertainty in the Alaskan Arctic, Biogeosciences".
    Good reading: title "Carbon cycle uncertainty in the Alaskan Arctic", journal "Biogeosciences".

    With no title read, the words before the comma must hold a word in lower case other
    than a joiner (no journal's name does: "Journal of Physics, Conference Series" stays);
    after a title, they must be a capitalised name of one to three words with no stop,
    and the journal must abbreviate ("Sensors and Actuators, B: Chemical" stays)."""
    opening = _journal_opening_in_title(title, container, text)
    if opening:
        return opening
    head, comma, journal = container.rpartition(", ")
    if not comma or not head or not capitalised(journal) or len(journal.split()) > 8:
        return title, container
    if not title:
        titled = any(re.fullmatch(r"[a-zà-ÿ][\w'’-]{3,}", word) and word not in JOURNAL_JOINERS for word in head.split())
        # (Or a title in title case before a journal the lists know, where the whole is
        # no journal: "Trophic Downgrading of Planet Earth, Science, 333, 301–306".)
        listed = (len(head.split()) >= 2 and known_journal(journal) and not known_journal(container)
                  and "*" not in container and not re.search(r"\b[A-Z]\.\s", head))  # (no names, no italics)
        return (head, journal) if titled or listed else (title, container)
    place = re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?: (?:and |& )?[A-ZÀ-Þ][\w'’-]+){0,2}", head)
    abbreviates = (abbreviated_run(journal.split()) or any(journal_abbreviation(word) for word in journal.split())
                   or known_journal(journal) and not known_journal(container))
    if place and abbreviates and f"{title}, {container}" in text:
        return f"{title}, {head}", journal
    return title, container


def journal_with_comma(record: dict, container: str, text: str) -> tuple[dict, str]:
    """A journal whose name holds a comma ("Agriculture, Ecosystems and Environment",
    "Boletim do Museu Paraense Emílio Goeldi, Ciências Naturais"), cut at it: its first part
    read as the title's last sentence ("… eastern Amazon. Agriculture") or as a publisher.
    A title's last sentence is no run of capitalised words before a comma, and an article
    has no publisher printed straight before its journal."""
    title, publisher = record.get("title", ""), record.get("publisher", "")
    if not container:
        return record, container
    word = re.search(r"(?<=[\w)?])\.\s+(?P<word>[A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+){0,7})$", title)
    if (word and capitalised(word.group("word")) and f"{word.group('word')}, {container}" in text
            and not re.match(TITLE_PART, word.group("word"))  # "… atmosphere. Part II, J. Atmos. Sci."
            and len(title[: word.start()].split()) >= 3):
        return {**record, "title": title[: word.start()]}, f"{word.group('word')}, {container}"
    families = {a.family for a in record.get("authors", ()) if a.family}
    if (publisher and f"{publisher}, {container}" in text and capitalised(publisher) and not record.get("place")
            and not any(family in publisher for family in families)):  # ("Benjamin Franklin, Works 293")
        return {**record, "publisher": ""}, f"{publisher}, {container}"
    return record, container


def _truncated(word: str) -> bool:
    """Whether a word is a journal's abbreviation cut before a vowel ("Commun", "Geol",
    "Geosci": "i" is the one vowel such cuts keep), not a name or a word ending a title
    ("Nebraska", "Pharmacotherapy")."""
    bare = word.rstrip(".")
    return bare[-1:] not in ("", *"aeouy") and journal_abbreviation(bare + ".")


def _journal_opening_in_title(title: str, container: str, text: str) -> tuple[str, str] | None:
    """"… in Germany, Geosci. | Model Dev. 14, 1 (2021)": the journal's first abbreviation,
    after the title's comma, read as the title's last word. Only an abbreviation the
    training journals use or an ISO 4 truncation, with its stop printed before the rest."""
    head, comma, tail = title.rpartition(", ")
    if not comma or len(head.split()) < 3 or not container or not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+\.?){0,2}", tail):
        return None
    if not _truncated(tail.split()[-1]):
        return None
    printed = re.search(re.escape(tail.rstrip(".")) + r"\.\s+" + re.escape(container), text)
    if not printed:
        return None
    return head, text[printed.start(): printed.end()]


# How an issue is printed when it is one: in brackets, or after its word ("no. 3", "n. 3",
# "Heft 3", "issue 3", "№ 3").
_ISSUE_MARK = re.compile(r"(?:\(|\[|\b(?:no|nos|nr|n|issue|iss|heft|h|num|núm|número)\.?\s*|№\s*)$", re.I)


def issue_is_volume(issue: str, text: str) -> bool:
    """An issue with no volume, printed as a volume is ("Front. Bioeng. Biotechnol. 11
    (2023): 1115603"): a bare number after the journal, not in brackets or after "no."."""
    found = False
    for match in re.finditer(rf"(?<![\w.]){re.escape(issue)}(?![\w)\]])", text):
        if _ISSUE_MARK.search(text[max(0, match.start() - 12): match.start()]):
            return False
        found = True
    return found


_VOLUME_AND_PAGE = re.compile(r"^(?P<volume>\d{1,5})\s+(?P<pages>[A-Za-z]?\d[\w–-]*)$")


def volume_and_page(volume: str) -> tuple[str, str] | None:
    """IOP's "*Cancer Cell* 41 434", read as one volume "41 434": (volume, page)."""
    match = _VOLUME_AND_PAGE.match(volume)
    return (match.group("volume"), match.group("pages")) if match else None


# OSCOLA's (and other legal styles') article: "Names, ‘Title’ (2000) 47 Biol Psychiatry 351",
# or with the year in square brackets and no volume, "‘Title’ [2019] JAMA Psychiatry".
_LEGAL_ARTICLE = re.compile(
    r"^(?P<names>[^‘“\"']{2,400}?),?\s*[‘“\"'](?P<title>.{3,600}?)[’”\"'],?\s*[(\[](?P<year>" + YEAR + r")[)\]]\s+"
    r"(?:(?P<volume>\d{1,5})\s+)?(?P<journal>[^\d()\[\]]{2,120}?)(?:\s+(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[-–]\s*\d{1,6})?))?\s*\.?\s*$")


# The Bluebook's: "Jane R. Smith & Kevin Jones, Ketamine and the Law, 128 Harv. L. Rev. 456,
# 460 (2015)." — the volume before the journal, its first page and the page cited after it,
# the year (perhaps with a month) last in brackets. The journal is abbreviated word by
# word, as the Bluebook's tables do ("Harv. L. Rev.", "Yale L.J.", "J. Legal Stud.").
_BLUEBOOK_ARTICLE = re.compile(
    r"^(?P<names>[^,\d&]{2,60}?(?:,\s[^,\d&]{2,60}?)*,?\s&\s[^,\d&]{2,60}?|[^,\d]{2,200}?),\s+(?P<title>[^\d].{2,400}?),\s+(?P<volume>\d{1,4})\s+"
    r"(?P<journal>(?:[A-Z][\w.'’&-]*\.?\s?){1,8}?)\s+(?P<pages>\d{1,6})(?:,\s*\d[\d–-]*)?\s*"
    r"\((?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?)?(?P<year>" + YEAR + r")\)\.?$")

# …and title-less, as OSCOLA cites a journal article by its journal alone: "Basu R and
# others (2016) 165 Cell 100" (then the volume and first page must both be printed).
_LEGAL_UNTITLED = re.compile(
    r"^(?P<names>[^‘“\"'«»„()\[\]\d]{2,400}?)\s*\((?P<year>" + YEAR + r")\)\s+(?P<volume>\d{1,5})\s+"
    r"(?P<journal>(?:[^\W\d][\w.'’&-]*\.?\s){0,7}[^\W\d][\w.'’&-]*\.?)\s+(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[-–]\s*\d{1,6})?)\s*\.?\s*$")


def legal_article(text: str) -> dict | None:
    """The fields of a legal style's article reference, read from its fixed shape."""
    match = _LEGAL_ARTICLE.match(text) or _LEGAL_UNTITLED.match(text)
    bluebook = None if match else _BLUEBOOK_ARTICLE.match(text)
    if bluebook and "." in bluebook.group("journal"):  # (an abbreviated journal: no title's words)
        match = bluebook
    if not match:
        return None
    return {key: (match.groupdict().get(key) or "").strip() for key in ("names", "title", "year", "volume", "journal", "pages")}


# Numbers a style names as it prints them: "vol. 22", "no. 4", "p. 262", "pp. 351–354";
# ABNT's "v. 45, n. 2", Spanish "núm. 3", German "Bd. 12", "Jg. 31" and "31. Jg." (the
# year's run, Jahrgang, is the volume), "Heft 2" and "H. 2" after a number (one-letter
# labels in lower case only, or after a number, and German ones as German prints them:
# "Smith, N. 2001", "Müller, H. 2001" and "Dwyer JG 2018" are initials and a year).
_ISSUE = r"(\d{1,4}(?:\s?[/&–-]\s?(?!(?:1[5-9]|20)\d\d\b)\d{1,4})?)\b"
# Each pattern with the words it cannot match without (none: it is always tried), so that
# the German ones cost the rest of the world's entries a substring test, not a scan.
_LABELLED: dict[str, tuple[tuple[re.Pattern, tuple[str, ...]], ...]] = {
    "volume": (
        # (ABNT as typed often glues the number to its label: "Insects, v.11, p.94, 2020"; a
        # release's number is none: "(FESOM) v.1.4: Formulation".)
        (re.compile(r"(?:\b(?:vol|volume)\.?\s+|(?-i:\b(?:Bd|Jg|Jahrg)\.\s+|\bJahrgang\s+)|\bvol\.|(?<![\w.])(?-i:v)\.\s*)"
                    r"(\d{1,5}[A-Za-z]?)\b(?!\.\d)", re.I), ()),
        (re.compile(rf"(?<![\w.])(\d{{1,4}})\.\s*{YEAR_RUN}\b"), ("Jg", "Jahrg")),
        # GOST's Russian "Т. 41" (том); its capital letter only, after no letter.
        (re.compile(r"(?<![\w.])Т\.\s*(\d{1,5})\b"), ("Т.",)),
    ),
    # A double issue is one value ("no. 1/3", "no. 3–4"); German "Heft 2/1992" is issue 2
    # of the year 1992.
    "issue": (
        (re.compile(r"(?:\b(?:[Nn]os?|[Nn]r|[Nn]ro|[Nn]úm|[Ii]ssue|[Hh]eft)\.?|(?<![\w.])n(?:\.|[º°]))\s*" + _ISSUE), ()),
        # (In capitals, not a year: "Dwyer NO. 2018" is a name's initials.)
        (re.compile(r"\b(?:NO|NR|ISSUE|HEFT)(?:\.\s*|\s+)(?!(?:1[5-9]|20)\d\d\b)" + _ISSUE), ()),
        (re.compile(r"(?:(?<=\d),|(?<=\bJg\.))\s*H\.\s*(\d{1,3}(?:[/–-](?!(?:1[5-9]|20)\d\d\b)\d{1,3})?)(?!\d)"), ("H.",)),
        (re.compile(r"№\s*" + _ISSUE), ("№",)),  # GOST's "№ 3"
    ),
    # (After a number, "p." ends a page count, and a year after it is the year: "v. 90, 34 p.
    # 1963." of the USGS's and geological surveys' style.)
    "pages": (
        (re.compile(r"(?<![\w.])pp?\.\s*(?!(?:(?<=\d\sp\.\s)|(?<=\dp\.\s))(?:1[5-9]|20)\d\d\b(?!\s*[-–]))"
                    r"([A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?)(?![\w–-])"), ()),
        # GOST's "С. 434–440" (страницы), not a year: "Иванов С. 2001" is an initial.
        (re.compile(r"(?<![\w.])С\.\s*(?!(?:1[5-9]|20)\d\d\b(?!\s*[-–]))([A-Za-z]?\d{1,20}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?)(?![\w–-])"),
         ("С.",)),
    ),
}


def labelled_numbers(text: str) -> dict[str, str]:
    """The volume, issue and pages an entry labels, each labelled once (an entry of
    several works labels them more often, and is left to the reading)."""
    found = {}
    for field, patterns in _LABELLED.items():
        values = [value for pattern, needs in patterns if not needs or any(word in text for word in needs)
                  for value in pattern.findall(text)]
        if len(values) == 1:
            found[field] = values[0]
    return found


# ACS's names: "Surname, I. I.; Surname, I." — semicolons between people, each an
# initial with its stop, so where the names end is certain ("Rey, J. A. Intranasal …":
# "A." is an initial, not the article).
INVERTED_NAME = r"[^\W\d_][\w'’‐\- ]{0,40}?,\s(?:[A-Z]\.(?:[\s‐-]?(?=[A-Z]\.))?){1,4}(?:,\sJr\.)?"
_SEMICOLON_NAMES = re.compile(rf"^(?:{INVERTED_NAME};\s)+{INVERTED_NAME}\s")
_ONE_OR_MORE_NAMES = re.compile(rf"^(?:{INVERTED_NAME};\s)*{INVERTED_NAME}\s")


# Web of Science's export prints the initials undotted: "Audu, M; Gartman, SJ; Triolo, R
# Posture-dependent control …" — the title follows the last initials with no stop at all.
_UNDOTTED_NAME = r"[^\W\d_][\w'’‐\- ]{0,40}?,\s[A-Z]{1,4}"
_UNDOTTED_SEMICOLON_NAMES = re.compile(rf"^(?:{_UNDOTTED_NAME};\s)+{_UNDOTTED_NAME}\s(?=[A-Z][a-z])")


def semicolon_names_end(text: str, alone: bool = False) -> int | None:
    """Where a list of "Surname, I.;" names ends (the title starts), or None; with
    ``alone``, one such name counts as a list ("Ode, K. Soil fungi. In …")."""
    match = (_ONE_OR_MORE_NAMES if alone else _SEMICOLON_NAMES).match(text)
    if not match and not alone:
        match = _UNDOTTED_SEMICOLON_NAMES.match(text)
    return match.end() if match else None
