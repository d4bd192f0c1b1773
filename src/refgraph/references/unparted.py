"""A title and a journal printed with nothing between them.

IOP's house style prints "Insel T R and Scolnick E M 2006 Cure therapeutics and
strategic prevention: raising the bar for mental health research Mol Psychiatry 11 11":
on the page the italics part the title from the journal, but a conversion to plain
text (a PDF's text layer, JATS without its styling) loses them, and the tagger, which
finds field edges mostly at punctuation, reads the journal into the title or cuts the
journal in two. What still parts them is case: such titles are in sentence case, and a
journal's name is a run of capitalised words and abbreviations before the volume.
"""
from __future__ import annotations

import re

from .patterns import JOURNAL_JOINERS
from .vocabulary import scholarly_words

_LONGEST_JOURNAL = 8  # words
_WORD = re.compile(r"\S+")
# "Adv.", "J.", "Phys." — not a sentence's end ("(CESM2).", "Part II.").
_ABBREVIATION = re.compile(r"(?!(?:[IVX]+)\.)[A-Z][a-z]{0,5}\.")
_LONG_ABBREVIATION = re.compile(r"[A-Z][a-z]{5,13}(?<![aeiouy])\.")
_NUMBER_WORDS = frozenset("No. Vol. Nr. Pt. Suppl.".split())
# A journal known by its initials alone, after a title in title case: "… Physics and
# Manual, JHEP 05 (2006) 026", "…, PNAS 113", "…, JCAP 10".
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_GAP = re.compile(r"[\s.,]*(?P<place>\([A-Z][^\W\d]+\))?[\s.,]*")
# Vancouver prints the date between the journal and its volume ("… photosynthesis Science
# 2000; 289:1724", "… colitis Immunology (1997) 91: 73"): the date may stand in the gap,
# labelled as the date or read into the source run.
_DATE_IN_GAP = re.compile(r"\s*\(?(?P<year>1[5-9]\d\d|20\d\d)(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?\)?[\s.,;:]*")
_DATE_ENDING_RUN = re.compile(r"\s\(?(?:1[5-9]\d\d|20\d\d)(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?\)?$")


def part_title_from_journal(text: str, values: dict, where: dict) -> None:
    """Move the edge between the title and the journal to where the journal's capitalised
    run begins, when nothing but a space or a comma parts them.

    Bad reading: title "… for mental health research Mol Psychiatry", no journal.
    Good reading: title "… for mental health research", journal "Mol Psychiatry".

    Only when the volume follows the run, the title before it keeps three words or more,
    and the edge is certain (see :func:`_parted_by_comma` and :func:`_parted_by_case`); a
    title in title case gives no edge to find, and its reading is left as it was."""
    if "volume" not in where or not ("title" in where or "container" in where):
        return
    title, container = where.get("title"), where.get("container")
    if title and container and not title[1] <= container[0]:
        return
    _date_out_of_source(text, values, where)
    start, end = (title or container)[0], where["container" if container else "title"][1]
    date = None
    if "date" in where and end <= where["date"][0] and where["date"][1] <= where["volume"][0]:
        date = where["date"]
    if date:
        between = _DATE_IN_GAP.fullmatch(text, date[0], where["volume"][0])
        opening = date[0] - 1 if text[date[0] - 1: date[0]] == "(" else date[0]
        gap = _GAP.fullmatch(text, end, opening) if between else None
    else:
        gap = _GAP.fullmatch(text, end, where["volume"][0]) if end <= where["volume"][0] else None
    if not gap:
        return  # something else stands between the source and the volume
    if gap.group("place"):
        end = gap.end("place")  # MEDLINE's "Psychopharmacology (Berl)" names its place
        values.pop("place", None)
    words = list(_WORD.finditer(text, start, end))
    first = _journal_start(words)
    if first is None or first < 3 or len(words) - first > _LONGEST_JOURNAL:
        return  # (a run this long is a title in title case)
    # Where the tagger's edge is at punctuation, what is printed parts them, unless the
    # edge cuts a run of abbreviations ("Adv. | Appl. Math.") or a comma parts the title
    # from the whole run ("…, IEEE Geosci. | Remote Sensing Mag. 5").
    punctuated = bool(title and container and re.search(r"[.,:;?!]", text[title[1]: container[0]]))
    comma = words[first - 1].group(0).endswith(",")
    parted = (_parted_by_comma(words, first, container, title if punctuated else None) if comma
              else _parted_by_case(words, first, punctuated and not _sentence_in_journal(words, first, container)))
    if not parted:
        return
    journal_start, title_end = words[first].start(), words[first - 1].end() - comma
    added = [w.group(0) for w in words[first:] if w.start() < container[0]] if container else []
    if container and container[0] >= journal_start and not (
            comma and added and all(journal_abbreviation(w) for w in added)) and not (
            not punctuated and added and all(_journal_word(w) for w in added)):
        # The tagger's journal is this run or ends it: the capitalised words before it may
        # be the title's own ("… in Island Melanesia American Journal of …"), unless they
        # abbreviate as the journal's words do ("transport, J. | Atmos. Sci., 66").
        return
    if text[end: end + 1] == "." and re.search(r"\b[A-Z][a-z]{0,6}$", text[start:end]):
        end += 1  # the journal's last abbreviating stop, which the tagger left out
    values["title"], where["title"] = text[start: title_end], (start, title_end)
    values["container"], where["container"] = text[journal_start: end], (journal_start, end)


def _date_out_of_source(text: str, values: dict, where: dict) -> None:
    """The date a source run took in, straight before the volume ("Am J Psychiatry 2006
    163:1905", "… photosynthesis Science 2000; 289"), is the date."""
    field = "container" if "container" in where else "title"
    start, end = where[field]
    dated = _DATE_ENDING_RUN.search(text, start, end) if "date" not in where else None
    if dated and dated.start() > start and _DATE_IN_GAP.fullmatch(text, dated.start(), where["volume"][0]):
        values[field], where[field] = text[start: dated.start()], (start, dated.start())
        first = dated.start() + 1 + (text[dated.start() + 1] == "(")
        last = dated.end() - (text[dated.end() - 1] == ")")
        values["date"], where["date"] = text[first: last], (first, last)


def _parted_by_comma(words: list[re.Match], first: int, container, punctuated_title) -> bool:
    """Copernicus and Elsevier part title and journal with a comma ("… transfer learning,
    Mach. Learn., 73", "… in a changing Arctic, Nat. Rev. Earth Environ. 3 (2022)"): the
    run is the journal after a word in lower case, when it abbreviates as journals do, or
    when no journal was read at all ("… Why Consent Matters, Bioethics, 32, 298–307")."""
    previous, journal_words = words[first - 1].group(0), [w.group(0) for w in words[first:]]
    if not (container is None or re.match(r"\(?[a-z\d]", previous)
            or any(_abbreviates(w) and w not in _NUMBER_WORDS for w in journal_words)
            or (len(journal_words) == 1 and _ACRONYM.fullmatch(journal_words[0]))):
        return False
    if punctuated_title and words[first - 1].end() > punctuated_title[1] and not _runs_on_over_comma(
            words, punctuated_title, container):
        return False  # the title would run on over the stop the tagger ended it at
    # (No title before it at all: a journal named in parts, "J. Phys. G, Nucl. Part. Phys.")
    return any(re.fullmatch(r"[a-z]{2,}\W*", w.group(0)) for w in words[:first])


def _runs_on_over_comma(words: list[re.Match], title, container) -> bool:
    """"… results from a randomized, placebo-controlled 4-week study, Psychol Med 43": the
    tagger parted title and journal at a comma inside the title — no journal opens with
    a word all in lower case ("eLife" and "mBio" do not count; "npj" is too short)."""
    if not container:
        return False
    between = [w for w in words if title[1] <= w.start() < container[0]]
    opening = next((w.group(0) for w in words if w.start() >= container[0]), "")
    return not between and re.fullmatch(r"[a-z][a-z-]{3,}[,.]?", opening) is not None and bool(
        re.match(r"\s*,", words[0].string[title[1]:container[0]]))


def _parted_by_case(words: list[re.Match], first: int, punctuated: bool) -> bool:
    """IOP parts them with nothing: a sentence-case title ends with a word in lower case.
    Across a stop the tagger ended the title at, only a run of abbreviations continues
    ("… in the Alaskan Arctic. Biogeosciences": the stop ends the title)."""
    previous, journal_words = words[first - 1].group(0), [w.group(0) for w in words[first:]]
    if not (re.search(r"[a-z)]$", previous) and previous[:1].islower()):
        return False  # other punctuation parts them, or the title is in title case
    return not punctuated or (len(journal_words) >= 2 and all(w.endswith(".") for w in journal_words))


def _sentence_in_journal(words: list[re.Match], first: int, container) -> bool:
    """Whether the tagger's journal opens with words of a sentence before the capitalised
    run ("Is there a delay in the antidepressant effect? | A meta-analysis J Clin
    Psychiatry"): no journal holds a word in lower case other than its joining words, so
    the stop the tagger ended the title at is inside the title."""
    if not container:
        return False
    inside = [w.group(0).strip(",.:;") for w in words[:first] if w.start() >= container[0]]
    return abbreviated_run([w.group(0) for w in words[first:]]) and any(
        re.fullmatch(r"[a-z][a-z-]{3,}", w) and w not in JOURNAL_JOINERS for w in inside)


def abbreviated_run(words: list[str]) -> bool:
    """Whether a run of words is a journal's abbreviated name ("J Clin Psychiatry", "Phys.
    Rev.", "Psychol Med"): a one-letter word, an abbreviation with its stop, or a short
    truncation the training strings' journals use — which a title's words,
    capitalised German nouns or the "with" of "Expert Systems with Applications" are not."""
    from .learn.tagger import default_tagger

    journal_words = default_tagger().lexicon.journal
    return any(re.fullmatch(r"[A-Z]\.?", w) or _ABBREVIATION.fullmatch(w) or (
        re.fullmatch(r"[A-Z][a-z]{1,6}", w) and w[-1] not in "aeiouy" and w.lower() in journal_words) for w in words)


def _abbreviates(word: str) -> bool:
    """"Adv.", "J.", or a word journal names abbreviate to (see :func:`journal_abbreviation`)."""
    return bool(_ABBREVIATION.fullmatch(word)) or journal_abbreviation(word)


def journal_abbreviation(word: str) -> bool:
    """"J.", "Atmos.", "Geosci.": an initial, or a word the training strings' journal
    names abbreviate to, or one of the longer ISO 4 truncations ("Quatern.", "Periglac.",
    "Meteorol."): cut before a vowel, and no word of its own. "Kenya." and "Brazil." end
    sentences."""
    from .learn.tagger import default_tagger

    bare = word.rstrip(".").lower()
    return word.endswith(".") and (len(bare) == 1 or bare in default_tagger().lexicon.journal or bool(
        _LONG_ABBREVIATION.fullmatch(word)) and bare not in scholarly_words())


def _journal_word(word: str) -> bool:
    """A word journals' names are made of ("Cancer", "Clinical"), as the training strings'
    journals show; not a place or a person ("Melanesia")."""
    from .learn.tagger import default_tagger

    return word.rstrip(".").lower() in default_tagger().lexicon.journal


def _journal_start(words: list[re.Match]) -> int | None:
    """Index of the first word of the capitalised run that ends ``words`` (None if the
    last word is not capitalised)."""
    first = None
    index = len(words) - 1
    while index >= 0:
        word = words[index].group(0)
        bare = word.strip("().,")
        # (The last word's stop may end the journal: "Permafr. Periglac. Process., 18".)
        # (A section letter's or an abbreviation's colon is inside the name: "J. Phys. D:
        # Appl. Phys.", "J. Geophys. Res.: Oceans".)
        inner_colon = re.fullmatch(r"(?:[A-Z]|[A-Z][a-z]{0,5}\.):", word) and index < len(words) - 1
        if bare[:1].isupper() and (inner_colon or not re.search(r"[,:;?!]$", word)) and (
                not word.endswith(".") or _abbreviates(word) or index == len(words) - 1):
            first = index
        elif (word.lower() in JOURNAL_JOINERS and first is not None and index > 0
              and (words[index - 1].group(0)[:1].isupper() or words[index - 1].group(0).lower() in JOURNAL_JOINERS)):
            pass  # joined on both sides: "Journal of Climate", "Journal of the American …"
        else:
            break
        index -= 1
    return first
