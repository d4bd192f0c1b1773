"""Where a journal begins and ends, settled by the journal lists: in a title-less entry,
after a title with no stop, in place of a name or a chapter's book.

ACS and the chemistry journals print no article title: "Pan, C.; Liu, J. J. Am. Chem.
Soc. 2023, 145, 13261." The last author's initials and the journal's first abbreviations
look alike, and a reading unsure of the boundary gives "J." to the person and keeps "Am.
Chem. Soc.", or takes "Gu, Z." into "Nat. Commun.". The bundled lists decide: the
boundary is the one that leaves a journal they name.
"""
from __future__ import annotations

import re

from .journals import known_journal, longest_known_words
from .patterns import UPPER as _UPPER, capitalised
from .people import parse_names

# A word as a journal may begin with it: its first letter or digit, past any marks glued
# before ("// Nature", ".Bull .Astron"); a token of marks alone begins nothing.
_WORD = re.compile(r"(?<!\S)[^\w\s]*(?P<word>[^\W_]\S*)")
_NAME_TAIL = 120  # characters: a name's end is read from the tail only (a long entry costs linear time)
_REACH = 4  # words taken back from the names at most ("Beilstein J." of "Beilstein J. Org. Chem.")


def journal_bounds(fields: dict, text: str, italic: list[str] = ()) -> dict:
    """``fields`` with a title-less article's journal moved to the span the lists name.
    The span ends where the journal read ends; it begins at the earliest of a few words
    back (within the last name, or over a "title" that is the journal's own opening
    abbreviations: "Proc" + "Natl. Acad. Sci.") that leaves a listed journal, else at
    the journal read when that is listed, else at the first word inside it that does
    ("Ju, J. Cell" → "Cell"). The names are read again from the words before it."""
    journal = (fields.get("journal") or "").strip()
    title = (fields.get("title") or "").strip()
    if fields.get("booktitle") or fields.get("kind") not in (None, "article", "misc"):
        return fields
    if journal and any(run.strip(" .,") == journal.strip(" .,") for run in italic):
        # The italics print the journal's bounds: "Reed, L. J. *Mol Psychiatry*" is not
        # "J. Mol Psychiatry", though the lists hold both.
        return fields
    if re.fullmatch(r"[A-Z]\.?", title):
        title = ""  # a last initial read as the title ("Milagre, H. M. S. ChemCatChem")
    if title and not journal and fields.get("volume") and len(title.split()) <= _REACH and known_journal(title):
        journal, title = title, ""  # "Tsujino, H. Ocean Model. 2018, 130, 79.": the "title" is the journal
    if journal:
        at = text.find(journal)
        end = at + len(journal)
    elif not title and fields.get("volume") and fields.get("year"):
        # No journal read at all ("Kroemer, G. Autophagy 2013, 9, 1624.", "Wilson, C. J.
        # Clim. 36, 823 (2023)"): the words straight before the year or the volume,
        # whichever comes first, may be one.
        numbers = (re.search(rf"(?<=[^\W\d_]\.|[^\W\d_]{{2}})(?:[\s,]+|\s*\()\s*{re.escape(fields[f])}\b", text)
                   for f in ("year", "volume"))
        at = end = min((m.start() for m in numbers if m), default=-1)
    else:
        return fields
    if at <= 0:
        return fields
    reach = _REACH
    if title:
        title_at = text.rfind(title, 0, at)
        if title_at < 0 or len(title.split()) > _REACH or not re.fullmatch(r"[\s.]*", text[title_at + len(title): at]):
            return _titled(fields, text, title, title_at, at, end)  # a title of its own
        # A short "title" straight before the journal may be the journal's opening words
        # ("Proc" of "Proc. Natl. Acad. Sci.", "Air Waste Manage." of "J. Air Waste Manage.
        # Assoc."): the reach runs over it, back within the last name.
        before = text[:title_at]
        reach += len(title.split())
    else:
        before = text[:at]
    # Back within the last name only ("Gu, Z."): a journal's abbreviations hold no comma
    # or semicolon.
    reach_from = max(before.rfind(","), before.rfind(";")) + 1
    left = [m.start("word") for m in _WORD.finditer(text, reach_from, at)][-reach:]
    if title:  # the journal must take the whole "title", or leave it be
        left = [start for start in left if start <= title_at]
        if not any(known_journal(text[start:end]) for start in left):
            return _titled(fields, text, title, title_at, at, end)
    inside = [at + m.start("word") for m in _WORD.finditer(journal)][1:]
    for start in left + ([] if known_journal(journal) else inside):
        candidate = text[start:end].strip()
        if not known_journal(candidate):
            continue
        if not text[:start].strip() and start < at:
            # The entry opens with the journal ("Leukemia (2009) 23, 1587–1597"): no
            # names at all, whatever the reading took the journal's words for.
            return {**fields, "journal": candidate, "title": "", "authors": (), "et_al": False, "kind": "article"}
        if not _names_before(text[:start]):
            continue
        if start > at and not _name_given_back(text[at:start].strip(), candidate, text[:start]):
            continue
        authors, et_al = parse_names(text[:start])
        if authors:
            return {**fields, "journal": candidate, "title": "", "authors": authors, "et_al": et_al, "kind": "article"}
    if journal != (fields.get("journal") or "").strip():
        return {**fields, "journal": journal, "title": "", "kind": "article"}
    return fields


def _titled(fields: dict, text: str, title: str, title_at: int, at: int, end: int) -> dict:
    """A titled entry's journal the lists lack, taken back over the title's last words
    when that makes the longest listed journal of two words or more ("… anticancer drugs
    Cancer Metastasis Rev": the stop after the title was lost). Never the other way: the
    lists hold many a journal that ends a longer one they lack ("Wildlife Research" of
    "Australian Wildlife Research"), so a journal read is not cut to a listed tail."""
    journal = text[at:end].strip()
    if title_at < 0:
        return fields
    # (A listed word alone, "Res", straight after the title's words may end a longer name;
    # a listed name of several words, or one after a stop, is taken back only over
    # abbreviations: IOP prints no stop after the title, "… climate change Proc. Natl Acad.
    # Sci. 109", "… CO2 emissions Nat. Clim. Change 6".)
    only_abbreviations = known_journal(journal) and (" " in journal or re.search(r"[.?!:]\s*$", text[:at]))
    tail = [m.start("word") for m in _WORD.finditer(text, title_at, title_at + len(title))][2:][-_REACH:]  # (two words stay)
    for start in tail:
        candidate = text[start:end].strip().lstrip(".,;:\"'“”‘’ ")
        if only_abbreviations and not _ABBREVIATIONS.fullmatch(text[start:at]):
            continue
        # (A journal opens with a capital, or with "mBio"'s and "eLife"'s lower-case
        # prefix: "cancer Cell" is a title's word before a journal.)
        if len(candidate.split()) >= 2 and re.match(r"[A-Z]|[a-z]{1,2}[A-Z]", candidate) and known_journal(candidate):
            if only_abbreviations and text[end:end + 1] == ".":
                candidate += "."  # its last abbreviation's stop, as the abbreviations taken back keep theirs
            return {**fields, "journal": candidate, "title": text[title_at:start].strip(" .,;:\"'“”‘’")}
    return fields


# Abbreviated journal words ("Proc. Natl Acad. ", "Nat. "): capitalised, short, at least
# one with its abbreviating stop.
_ABBREVIATIONS = re.compile(r"(?=[^.]*\.)(?:[A-Z][a-z]{0,5}\.?\s+)+")


_SURNAME_FIRST_END = re.compile(rf"[^\W\d_][\w'’-]*,\s*(?:[{_UPPER}][a-z]?\.[\s-]*)+$")
# "Irvine, D.", "A. Smith,", Vancouver's "Alibolandi M.", a suffix ("GARBISCH, JR.")
_NAME_END = re.compile(rf"{_SURNAME_FIRST_END.pattern}|[{_UPPER}]\.\s*[^\W\d_][\w'’-]+[.,]?\s*$"
                       rf"|[^\W\d_][\w'’-]+\s+[{_UPPER}]{{1,3}}\.?\s*$|[\s,](?i:jr|sr|jun|sen|ii|iii|iv)\.?\s*$")


def _names_before(head: str) -> bool:
    """Whether the words before a journal end as a name list does, so that what the
    journal takes from them or gives back leaves whole names."""
    return bool(_NAME_END.search(head.rstrip()[-_NAME_TAIL:]))


def _name_given_back(removed: str, journal: str, head: str) -> bool:
    """Whether the words a journal read gives back are a person's: a whole name printed
    surname first ("Gu, Z."), or initials that complete the name before them ("Ju, J." of
    "Ju, J. Cell") or stand before a journal of two words or more ("R. RSC Adv."). ("J."
    of "Araki, J. Cell Science" stays: "Science" alone is one word after no whole name.)"""
    if _SURNAME_FIRST_END.fullmatch(removed):
        return True
    if not re.fullmatch(rf"(?:[{_UPPER}]\.\s*)+", removed):
        return False
    return len(journal.split()) >= 2 or bool(_SURNAME_FIRST_END.search(head[-_NAME_TAIL:]))


_MOST_JOURNAL_WORDS = 8
_JOINING_WORDS = frozenset("and & of for in on the to with de du des et und der die e y".split())


def listed_journal_ending_title(fields: dict, text: str) -> dict:
    """A journal printed straight after the title with no stop between ("… mutant p53
    Oncogene 1994; 9:1885", "… reumatoide artritis Huisarts en wetenschap (1989) 32:228"):
    where no journal was read and the title runs into the year or volume, its longest
    ending the journal lists name is the journal."""
    title = (fields.get("title") or "").strip()
    if fields.get("journal") or fields.get("booktitle") or not title or not fields.get("volume"):
        return fields
    at = text.find(title)
    numbers = "|".join(re.escape(fields[f]) for f in ("year", "volume") if fields.get(f))
    if at >= 0 and not fields.get("publisher") and _abbreviated_name(text[at:at + len(title) + 1]) and re.match(
            rf"\.\s*(?:{re.escape(fields['volume'])})\b", text[at + len(title):]):
        # Title-less IOP as a PDF prints it, the italics gone: "Wang X and Yu J 2016 Onco
        # Targets Ther. 9 5023": abbreviations and then the volume name a journal.
        return {**fields, "title": "", "journal": title, "kind": "article"}
    if at < 0 or not re.match(rf"[\s,]*\(?(?:{numbers})\b", text[at + len(title):]):
        return fields
    words = title.split()
    if len(words) >= 2 and known_journal(title):
        return {**fields, "title": "", "journal": title, "kind": "article"}  # the "title" is the journal
    for size in range(min(_MOST_JOURNAL_WORDS, len(words) - 3), 0, -1):
        candidate = " ".join(words[-size:])
        # (One capitalised word ends a title in title case as often as it names a journal:
        # "… Christian Origins"; after a word in lower case it stands out: "… p53 Oncogene".)
        if size == 1 and not words[-2][:1].islower():
            continue
        if words[-size - 1].lower() in _JOINING_WORDS:
            continue  # "… Evaluation and Policy Analysis": a name goes on past "and"
        if re.match(r"[A-Z]", candidate) and known_journal(candidate):
            head = " ".join(words[:-size]).rstrip(" ,.:;")
            return {**fields, "title": head, "journal": candidate, "kind": "article"}
    return fields


def listed_journal_after_title_colon(fields: dict, text: str) -> dict:
    """The Geological Society of America's and the USGS's journal after a colon, then its
    labelled volume: "Bjorkholm, C., and Monteggia, L.M., 2016, BDNF-a key transducer of
    antidepressant effects: Neuropharmacology, v. 102, p. 72–79." — where no journal was
    read, a listed journal ending the title after its last colon, with "v." after it, is
    the journal (its title has none of the journal's words).

    Bad reading: title "… effects: Neuropharmacology", no journal.
    Good reading: title "BDNF-a key transducer of antidepressant effects", journal "Neuropharmacology"."""
    title = (fields.get("title") or "").strip()
    volume = fields.get("volume") or ""
    journal = (fields.get("journal") or "").strip()
    if ": " in journal and volume and not fields.get("booktitle"):
        # The title (or its part after its own colon) read into the journal: "Plasma and …
        # disorders: Am J Psychiatry, v. 150" as the journal, the title empty or cut short.
        head, _, candidate = journal.rpartition(": ")
        candidate = candidate.strip(" .")
        if (head and candidate[:1].isupper() and known_journal(candidate)
                and re.search(re.escape(candidate) + rf"\.?\s*,\s*v\.\s*{re.escape(volume)}\b", text)):
            start = text.find(title) if title else text.find(head)
            end = text.find(f"{head}: {candidate}")
            if start >= 0 and end >= start:
                return {**fields, "title": text[start:end + len(head)].strip(" :"), "journal": candidate, "kind": "article"}
        return fields
    if journal or fields.get("booktitle") or not volume or ": " not in title:
        return fields
    head, _, candidate = title.rpartition(": ")
    candidate = candidate.strip(" .")
    if not head or not candidate[:1].isupper() or not known_journal(candidate):
        return fields
    if not re.search(re.escape(candidate) + rf"\.?\s*,\s*v\.\s*{re.escape(volume)}\b", text):
        return fields
    return {**fields, "title": head.strip(), "journal": candidate, "kind": "article"}


def journal_sentence_ending_title(fields: dict, text: str) -> dict:
    """The journal read as the title's last sentence, where the volume follows it and
    nothing names another source: "Human mitochondrial DNA replication. Cold Spring Harbor
    perspectives in biology. 4, a012971 (2012)" (Springer's LNCS as citeproc prints it) —
    the capitalised sentence straight before the volume is the journal."""
    title = fields.get("title") or ""
    if any(fields.get(f) for f in ("journal", "booktitle", "publisher", "place")) or not fields.get("volume"):
        return fields
    head, stop, tail = title.rpartition(". ")
    if not stop or len(head.split()) < 3 or not re.match(r"[A-Z]", tail) or len(tail.split()) > _MOST_JOURNAL_WORDS:
        return fields
    if not fields.get("pages") and not capitalised(tail):
        return fields  # (with a volume alone, only a name: "… annular mode. Global Biogeochemical Cycles. 21, (2007)")
    at = text.find(title)
    if at < 0 or not re.match(rf"[.,]?\s*{re.escape(fields['volume'])}\b", text[at + len(title):]):
        return fields
    return {**fields, "title": head, "journal": tail, "kind": "article"}


_DASH_BEFORE_JOURNAL = re.compile(r"^(?P<title>.{8,}?[.?!])\s+[–—-]\s+(?P<journal>[A-Z].+)$")


def dash_before_journal(fields: dict) -> dict:
    """German and ecological house styles set a dash between the title and the journal
    ("… in adolescence. – J. Adolesc. Health 12: 45–67"): a journal read with no title,
    that holds a sentence's stop and then the dash, is the title and the journal."""
    found = _DASH_BEFORE_JOURNAL.match(fields.get("journal") or "")
    if fields.get("title") or not found:
        return fields
    return {**fields, "title": found.group("title").rstrip("."), "journal": found.group("journal")}


def title_words_in_journal(fields: dict, text: str) -> dict:
    """A title's last words the reading put before a listed journal, with the title's stop
    between them: "… cyanobacterial blooms in" + "Utah Lake. Chemosphere". A whole word
    before the stop is no journal's abbreviation, and the whole is no listed journal
    ("Proceedings. Biological sciences" is one)."""
    journal, title = fields.get("journal") or "", fields.get("title") or ""
    head, stop, tail = journal.rpartition(". ")
    if (not (stop and title and head) or not re.search(r"[^\W\d_]{4,}$", head) or ABBREVIATED_WORD.search(head + " ")
            or tail.endswith(".") or not known_journal(tail) or known_journal(journal)):
        return fields  # ("Ann. Rev. Earth Planet. Sci": abbreviations before the stop are the journal's)
    if f"{title} {head}." not in text:
        return fields
    return {**fields, "title": f"{title} {head}", "journal": tail}


def title_words_before_listed_journal(fields: dict, text: str) -> dict:
    """A title's last word (or two) the reading put before a listed journal where nothing
    parts them at all: "… Aluminum and Iron in Lakes Environ Sci Technol 39: 3656–3662."
    read as the journal "Lakes Environ Sci Technol". Only where the whole is no listed
    journal, the rest is (two words or more), and the title runs on into the journal with
    no stop, comma or bracket between: "Title. Chinese Journal of Cancer" is left as read."""
    journal, title = fields.get("journal") or "", fields.get("title") or ""
    words = journal.split()
    if not title or len(words) < 3 or known_journal(journal) or title not in text:
        return fields
    # (The reading may have dropped a small word between them: "… Iron in | Lakes Environ …".)
    between = text[text.find(title) + len(title):].split(journal, 1)[0] if journal in text else "."
    if not _NOTHING_BETWEEN.fullmatch(between):
        return fields
    for cut in (1, 2):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if len(words) - cut >= 2 and re.fullmatch(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?", head) and known_journal(tail):
            return {**fields, "title": f"{title}{between.rstrip()} {head}", "journal": tail}
    return fields


_NOTHING_BETWEEN = re.compile(r"\s+(?:(?:in|of|on|at|for|and|the|from|to|with|em|de|da|do|na|no|en|del|la|el)\s+)?")


# A journal's name as abbreviations print it: capitalised words, at least one cut short
# with a stop ("Onco Targets Ther.", "Int. J. Mol. Sci."), a few joining words at most.
ABBREVIATED_WORD = re.compile(r"\b[A-Z][a-z]{0,5}\.(?=\s|$)")
_CAPITALISED = re.compile(r"(?:[A-Z][\w'’-]*\.?|&|and|of|in|de|der|für)")


def _abbreviated_name(printed: str) -> bool:
    """Whether ``printed`` reads as an abbreviated journal's name, not a title."""
    words = printed.split()
    return (2 <= len(words) <= 7 and words[-1].endswith(".") and all(_CAPITALISED.fullmatch(w) for w in words)
            and any(ABBREVIATED_WORD.fullmatch(w) for w in words))


# What follows a journal that ends a run-on title: its year, its volume, a link, or nothing.
_AFTER_JOURNAL = re.compile(r"[\s,.;]*(?:\(?(?:1[5-9]|20)\d\d\b|[Vv]ol(?:ume)?\.?\s*\d|v\.\s*\d|\d|https?:|$)")
# A comma a journal may follow in a run-on title, past any space lost before it ("space-time,Annales").
_COMMA = re.compile(r",\s*(?=[A-Z])")


def listed_journal_after_comma(fields: dict, text: str) -> dict:
    """A journal parted from the title by a comma alone, where the reading found no
    journal and kept it in the title: "Title, Pediatrics, 2013, http://…", "Title,
    Supercond. Sci. Technol. 27, 125001". The comma is the last in the title after which
    the journal lists name all the rest, and the year, volume or a link comes next."""
    title = (fields.get("title") or "").strip()
    if fields.get("journal") or fields.get("booktitle") or not title or fields.get("kind") in ("chapter", "proceedings"):
        return fields
    at = text.find(title)
    if at < 0 or not _AFTER_JOURNAL.match(text, at + len(title)):
        return fields
    for comma in reversed(list(_COMMA.finditer(title))):
        head, journal = title[: comma.start()].strip(), title[comma.end():].strip()
        journal = re.sub(r"[\s,]+\(?(?:1[5-9]|20)\d\d\)?$", "", journal)  # "…, Pediatrics, 2013": the year read on
        if len(head.split()) < 3:
            break
        if len(journal.split()) > _MOST_JOURNAL_WORDS and not known_journal(journal):
            break  # (a journal's name is short, or listed whole: a longer tail is the title's own clause)
        if known_journal(journal):
            return {**fields, "title": head, "journal": journal, "kind": "article"}
    return fields


# The label of a periodical's number after the comma that ends its name: "…, Zodiac, n. 11,
# 1963", "…, Quadrant, Vol. 60, No. 3", "…, World Architecture, No. 31, 1994".
_NUMBER_LABEL_AFTER = re.compile(r"\s*,\s*(?:[Vv]ol(?:ume)?|[Nn]o|[Nn]r|[Nn]|[Vv]|[Ii]ssue|[Hh]eft|[Bb]d)\.?\s*\d")
# A periodical's name: a few words opening with a capital, no digits, no clause of its own.
_PERIODICAL_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}")


def journal_before_number_label(fields: dict, text: str) -> dict:
    """A journal parted from a title in title case by a comma alone, the number's label
    straight after it: "Giedion, S., Architecture in the 1960s: Hopes and Fear, Zodiac, n.
    11, 1963, pp. 24-35.". A volume or an issue is a periodical's, so the last comma piece
    of the title before its label is the periodical, when the title keeps two words."""
    title = (fields.get("title") or "").strip()
    if (fields.get("journal") or fields.get("booktitle") or fields.get("publisher")
            or fields.get("kind") not in (None, "article", "misc", "book")):
        return fields  # (a publisher's "Vol. 2" numbers a book)
    at = text.find(title) if title else -1
    # (The reading may have kept the label: "…, SE Sweden, Tectonophysics v. 262 pp. 291-300".)
    label = re.search(r"\s+(?:[Vv]ol|[Vv]|[Nn]o)$", title) if at >= 0 and re.match(r"\.\s*\d", text[at + len(title):]) else None
    if label:
        title = title[: label.start()]
    elif at < 0 or not _NUMBER_LABEL_AFTER.match(text, at + len(title)):
        return fields
    head, comma, journal = title.rpartition(",")
    if not comma or len(head.split()) < 2 or not _PERIODICAL_NAME.fullmatch(journal.strip()):
        return fields
    # (Its numbers are then read from their labels, as every article's are: printed._labelled.)
    return {**fields, "title": head.strip(), "journal": journal.strip(), "kind": "article"}


def listed_journal_read_as_name(fields: dict, text: str) -> dict:
    """A journal cited without a title, read as the last author ("PNAS, Vol. 89, p. 7384
    (1992)", "Franke et al Cell, 81:727-736"): where no journal was read and the last
    "name" is a listed journal with the volume straight after it, it is the journal."""
    authors, volume = fields.get("authors") or (), fields.get("volume")
    if fields.get("journal") or fields.get("booktitle") or fields.get("title") or not authors or not volume:
        return fields
    last = authors[-1]
    name = (last.literal or last.family).strip(" .,")
    at = text.rfind(name)
    # (The name stands alone there: at the start, after a comma or "et al" — not the end of
    # a journal read as a name, "Brain Res." of "neurones. Brain Res. 18".)
    if (not name or at < 0 or not known_journal(name) or not re.search(r"(?:^|[,;]|\bet al\.?)\s*$", text[:at])
            or not re.match(rf"[\s.,:;]*(?:[Vv]ol\.?\s*)?{re.escape(volume)}\b", text[at + len(name):])):
        return fields
    # ("Sariciftci, N. S., et al. Science, vol. 258": the "al." the names read as the
    # journal's initial was the list's "et al.")
    et_al = fields.get("et_al", False) or bool(re.search(r"\bet\.?\s*al\b\.?\s*$", text[:at]))
    return {**fields, "authors": tuple(authors[:-1]), "journal": name, "kind": "article", "et_al": et_al}


def listed_journal_read_as_book(fields: dict, text: str) -> dict:
    """A journal read as the book of a chapter because the title speaks of an editor ("On
    the Vocabulary …, as edited by J. Benzing. Zeitschrift der deutschen morgenländischen
    Gesellschaft 120. 288–304"): a listed journal with a volume, not opened by "In", is the
    journal."""
    book = (fields.get("booktitle") or "").strip()
    if fields.get("kind") != "chapter" or fields.get("journal") or not book or not fields.get("volume"):
        return fields
    at = text.find(book)
    # (Straight after a full stop, never after "In …": "In A. Brown (ed.), Methods in
    # Enzymology 12" is a chapter.)
    if at < 0 or not re.search(r"[.?!]\s*$", text[:at]) or not known_journal(book):
        return fields
    return {**fields, "journal": book, "booktitle": "", "kind": "article"}


# A title's own last stop inside a journal read whole: after a word in lower case or a
# number, which no journal abbreviates ("results.", "26°N."; not "Adolesc."), before a capital.
_TITLES_STOP = re.compile(r"(?:(?<=\s)[a-zß-ÿ]{2,}|\d+(?:°[NSEW])?)\.\s+(?=[A-Z])")


def title_stop_inside_untitled_journal(fields: dict, text: str) -> dict:
    """Science's and PNAS's long given-first lists lead the tagger into an ACS-like reading
    with no title, the title run into the journal: "… H. L. Bryden, Measuring the Atlantic
    meridional overturning circulation at 26°N. Prog. Oceanogr. 130, 91–111 (2015)." as
    journal "Measuring … 26°N. Prog. Oceanogr.". Where the journal read has a title's stop,
    the words after it name a journal (listed, or abbreviated the way journals are), and the
    words before it read as a title (two or more words in lower case), the two part there."""
    journal = fields.get("journal") or ""
    if fields.get("title") or fields.get("booktitle") or ". " not in journal or known_journal(journal):
        return fields
    for stop in reversed(list(_TITLES_STOP.finditer(journal))):
        head, tail = journal[:stop.end()].rstrip()[:-1], journal[stop.end():]
        if not (known_journal(tail) or _abbreviated_name(tail)):
            continue
        if sum(1 for w in re.findall(r"[^\W\d_]+", head) if w.islower() and len(w) >= 4) < 2:
            return fields
        if f"{head}. {tail}" not in text:
            return fields
        return {**fields, "title": head, "journal": tail}
    return fields


def listed_journal_across_title_stop(fields: dict, text: str) -> dict:
    """A journal whose name holds a stop before its section, read as the title's last
    sentence and a journal of the section's word alone: "… Melaleuca alternifolia. In
    Vitro Cellular & Developmental Biology. Plant, vol. 46" read with the journal "Plant".
    Where the section alone is no listed journal and the sentence before it, joined to it,
    is one, the two are the journal."""
    journal, title = (fields.get("journal") or "").strip(), (fields.get("title") or "").strip()
    if not (journal and title) or fields.get("booktitle") or known_journal(journal):
        return fields
    head, stop, sentence = title.rpartition(". ")
    if not (stop and head) or len(sentence.split()) > longest_known_words():
        return fields
    joined = f"{sentence}. {journal}"
    if not known_journal(joined) or not re.search(rf"{re.escape(sentence)}\.\s+{re.escape(journal)}", text):
        return fields
    return {**fields, "title": head, "journal": joined}


def title_run_into_listed_journal(fields: dict, text: str) -> dict:
    """IOP's entries print no stop between title and journal ("Smith J and Jones K 2019
    Ketamine optics New J. Phys. 21 045601"); a short title read as the journal's first
    words leaves no title at all. Where the reading has no title and the journal's last
    words are a listed journal after words in lower case, those words are the title."""
    journal = fields.get("journal") or ""
    if fields.get("title") or fields.get("booktitle") or not journal or known_journal(journal):
        return fields
    words = journal.split()
    # The title's words: no stop or comma among them (a journal's abbreviations, a list's
    # names), and a word in lower case that no journal name joins with ("optics"); the
    # journal: listed, abbreviated as IOP prints it ("New J. Phys."), and no longer than a
    # journal's name is (cuts are tried from there, so a long reading costs no more).
    first_stop = next((i for i, word in enumerate(words) if "." in word or "," in word), len(words))
    for cut in range(max(1, len(words) - 2 * longest_known_words()), min(len(words), first_stop + 1)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (not any(len(w) >= 4 and w.islower() for w in head.split())
                or not tail[:1].isupper() or len(tail.split()) < 2 or not ABBREVIATED_WORD.search(tail)):
            continue
        if known_journal(tail) and re.search(rf"{re.escape(head)}\s+{re.escape(tail)}", text):
            return {**fields, "title": head, "journal": tail}
    return fields


# Latin phrases that open journals' names ("In Vitro Cellular …", "In Silico Biology"):
# their "In" is the name's, not the mark of a container.
_LATIN_AFTER_IN = re.compile(r"(?:vitro|vivo|silico|situ|utero|ovo)\b", re.I)


def in_of_a_latin_phrase(fields: dict, text: str) -> dict:
    """A journal read without the "In" of its opening Latin phrase gets it back."""
    journal = fields.get("journal") or ""
    if not _LATIN_AFTER_IN.match(journal) or not re.search(r"\bIn\s+" + re.escape(journal), text):
        return fields
    return {**fields, "journal": "In " + journal}
