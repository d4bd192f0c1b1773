"""Where the tagger's numbers meet: tokens relabelled before the fields are read, for
number sequences whose order says what each number is, whatever the tagger guessed.

The tagger reads a number mostly from its neighbours, so a tail it saw rarely in
training ("27, arXiv:hep-ph/0502004") can turn a page into a second volume, which the
field reader then drops. The shapes mended here are unambiguous in print.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .identifiers import MONTH_NAME
from .patterns import SHORT_MONTH
from .learn.tagger import Tagged

_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# A page as physics prints it: "27", "004", "P01019", "e5", "L12"; or an article number
# ("e2021EF002165" of Elsevier's "Earths Future 9 (2021) e2021EF002165").
_PAGE = re.compile(r"[A-Za-z]{0,4}\d+[A-Za-z\d]*")
_NUMBER_LABELS = ("volume", "issue")
# A page, or one an astronomy or physics journal prints with its letter: "12", "L13", "A156".
_PAGE_OR_LETTERED_PAGE = re.compile(r"[A-Z]?\d{1,6}")
# A token of a journal's name: "Biogeosciences", "J", ".", "of", "&".
_JOURNAL_TOKEN = re.compile(r"[A-Z][\w'’-]*|of|and|&|the|de|do|da|in|for|\.")


def _relabelled(tagged: Tagged, new: dict[int, str]) -> Tagged:
    """``tagged`` with the tokens at the given indexes labelled anew."""
    labels = list(tagged.labels)
    for index, label in new.items():
        labels[index] = label
    return replace(tagged, labels=tuple(labels))


def relabel_numbers(tagged: Tagged) -> Tagged:
    """The tagger's labels with each mend below applied in turn (each may rely on those
    before it)."""
    for mend in _RELABELS:
        tagged = mend(tagged)
    return tagged


def _bracketed_years_inside_title(tagged: Tagged) -> Tagged:
    """Years in brackets inside a title, the entry's own date read before it: "Gorte, T.,
    2024. CESM2 simulation output (1992‐2014): The nonlinear responses …".

    Bad reading: title "CESM2 simulation output", a second date "1992‐2014" (and the rest
    of the title lost).
    Good reading: the whole title.

    Only where the brackets stand between two runs of the title, each year in them."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(1, len(tokens) - 3):
        if labels[i - 1] != "title" or tokens[i].text != "(" or "date" not in labels[:i]:
            continue
        close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text == ")"), None)
        if close is None or not all(labels[j] == "date" and (_YEAR.fullmatch(tokens[j].text) or tokens[j].text in "-–‐/")
                                    for j in range(i + 1, close)):
            continue
        after = close + 1
        while after < len(tokens) and tokens[after].text in ":,;" and labels[after] == "other":
            after += 1
        if after < len(tokens) and labels[after] == "title":
            return _relabelled(tagged, {j: "title" for j in range(i, after)})
    return tagged


def _title_year_before_imprint(tagged: Tagged) -> Tagged:
    """A year that ends a report's or a book's title before MDPI's imprint, the same year
    dated again after it: "Global Tuberculosis Report 2020; WHO: Geneva, Switzerland, 2020."

    Bad reading: title "Global Tuberculosis Report", date "2020" (twice).
    Good reading: title "Global Tuberculosis Report 2020".

    Only in an entry with no volume, issue or pages, where the year follows the title's
    words straight and a semicolon follows it."""
    labels, tokens = tagged.labels, tagged.tokens
    if any(label in ("volume", "issue", "pages") for label in labels):
        return tagged
    for i in range(1, len(tokens) - 2):
        if (labels[i] == "date" and _YEAR.fullmatch(tokens[i].text) and tokens[i].space_before
                and labels[i - 1] in ("title", "container-title") and tokens[i + 1].text == ";"
                and any(labels[j] == "date" and tokens[j].text == tokens[i].text for j in range(i + 2, len(tokens)))):
            changes = {i: labels[i - 1]}
            # (And the imprint's publisher the tagger ran into the title: "; WHO: Geneva".)
            end = i + 2
            while end < len(tokens) and labels[end] == labels[i - 1] and tokens[end].text not in ":;":
                end += 1
            if end > i + 2 and end < len(tokens) and tokens[end].text == ":":
                changes.update({j: "publisher" for j in range(i + 2, end)})
            return _relabelled(tagged, changes)
    return tagged


def _grouped_number_in_title(tagged: Tagged) -> Tagged:
    """A number grouped in thousands inside the title, and the words after it (IOP's
    "… during the past 120,000 years Nature 419 207–14"), read as a volume, a page and
    the journal's first word.

    Bad reading: title "… during the past", volume 120, journal "years Nature".
    Good reading: title "… during the past 120,000 years", journal "Nature".

    Only after a word of the title and before a word in lower case: a grouped page range
    ("12,422–12,431") has its dash."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(1, len(tokens) - 3):
        if not (labels[i - 1] == "title" and tokens[i].text.isdigit() and len(tokens[i].text) <= 3
                and tokens[i + 1].text == "," and not tokens[i + 1].space_before
                and re.fullmatch(r"\d{3}", tokens[i + 2].text) and not tokens[i + 2].space_before
                and re.fullmatch(r"[a-z]+", tokens[i + 3].text) and labels[i] != "title"):
            continue
        end = i + 3
        while end < len(tokens) and re.fullmatch(r"[a-z]+", tokens[end].text):
            end += 1
        return _relabelled(tagged, {j: "title" for j in range(i, end)})
    return tagged


def _title_year_read_as_date(tagged: Tagged) -> Tagged:
    """A year that ends the title, when the date was printed after the names (IOP's
    "Robson J 2022 The evolution of … since 1980 Nat. Rev. Earth Environ. 3 241–54").

    Bad reading: title "… circulation since", a second date "1980".
    Good reading: title "… circulation since 1980".

    Only a year between the title's words and the journal's, with the entry's year
    already read straight after the names."""
    labels, tokens = tagged.labels, tagged.tokens
    dated_after_names = any(labels[i] == "date" and labels[i - 1] == "author" and _YEAR.fullmatch(tokens[i].text)
                            for i in range(1, len(tokens)))
    if not dated_after_names:
        return tagged
    for i in range(1, len(tokens) - 1):
        if (labels[i] == "date" and _YEAR.fullmatch(tokens[i].text) and labels[i - 1] == "title"
                and labels[i + 1] == "container-title" and tokens[i].space_before):
            return _relabelled(tagged, {i: "title"})
    return tagged


# What may follow a year inside a date: a month or season, a day, a year's letter.
_DATE_WORD = re.compile(rf"(?:{MONTH_NAME}|Spring|Summer|Autumn|Fall|Winter|[a-z]|\d{{1,2}}(?:st|nd|rd|th)?)\.?", re.I)


def _title_word_read_as_date(tagged: Tagged) -> Tagged:
    """IOP's "… Nadiga B 2020 CMIP6 models predict …": the title's first word, straight
    after the bare year, read as part of the date or as nothing ("CMIP6", "EN4:", "No
    respite …").

    Bad reading: date "2020 Cmip6", title "models predict …".
    Good reading: date "2020", title "Cmip6 models predict …".

    Only a word with letters that no date holds, between the year after the names and the
    title."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(1, len(tokens) - 1):
        if labels[i] not in ("date", "other") or labels[i - 1] != "date" or not _YEAR.fullmatch(tokens[i - 1].text):
            continue
        if "author" not in labels[: i - 1]:
            break  # the year opens the entry: the names may follow it
        run = i
        while run < len(tokens) and labels[run] in ("date", "other") and run - i < 3:
            run += 1
        word = tokens[i].text
        if (run < len(tokens) and labels[run] == "title" and tokens[i].space_before and len(word) > 1
                and re.search(r"[^\W\d_]", word) and not _DATE_WORD.fullmatch(word)):
            return _relabelled(tagged, {j: "title" for j in range(i, run)})
    return tagged


def _volume_year_page(tagged: Tagged) -> Tagged:
    """Physics' "Phys. Lett. B 629 (2005) 27" and "JHEP 07 (1999) 004": a number, the
    year in brackets, a number — the volume, the year and the page.

    Bad reading: volume 004 and issue 07 of "JHEP 07 (1999) 004, arXiv:hep-th/9905177".
    Good reading: volume 07, page 004.

    Only when the tagger read no pages anywhere, read the first number as a volume or an
    issue and the second as one of those or as nothing (an article number, "S23"), and
    the second number ends the source (an e-print, a DOI or the end may follow): an issue
    never follows its year in brackets, so nothing else prints this shape. The page may
    touch the bracket, as PDF text loses the space: "JHEP 05( 2006)026"."""
    labels, tokens = tagged.labels, tagged.tokens
    if "pages" in labels:
        return tagged
    for i in range(len(tokens) - 4):
        volume, opening, year, closing, page = tokens[i: i + 5]
        if (labels[i] in _NUMBER_LABELS and labels[i + 4] in (*_NUMBER_LABELS, "other") and labels[i + 2] == "date"
                and volume.text.isdigit() and opening.text == "(" and _YEAR.fullmatch(year.text)
                and closing.text == ")" and _PAGE.fullmatch(page.text)
                and (i + 5 == len(tokens) or tokens[i + 5].text in ",.;[")):
            return _relabelled(tagged, {i: "volume", i + 4: "pages"})
    return tagged


def _volume_issue_year_page(tagged: Tagged) -> Tagged:
    """The same with the issue after a comma, as Brazilian and Elsevier physics lists print
    it: "Ceram. Int. 41, 3 (2015) 4782", "Cerâm. Ind. 6, 3 (2001) 26" — volume, issue,
    the year in brackets, the page.

    Bad reading: pages 3, and the page 4782 read as nothing.
    Good reading: volume 41, issue 3, pages 4782.

    Only where the page ends the source and no pages were read elsewhere."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(len(tokens) - 6):
        volume, comma, issue, opening, year, closing, page = tokens[i: i + 7]
        if (volume.text.isdigit() and comma.text == "," and issue.text.isdigit() and len(issue.text) <= 3
                and opening.text == "(" and _YEAR.fullmatch(year.text) and closing.text == ")"
                and _PAGE.fullmatch(page.text) and labels[i] in (*_NUMBER_LABELS, "pages")
                and (i + 7 == len(tokens) or tokens[i + 7].text in ",.;[")
                and not any(label == "pages" for j, label in enumerate(labels) if not i <= j < i + 7)):
            return _relabelled(tagged, {i: "volume", i + 2: "issue", i + 4: "date", i + 6: "pages"})
    return tagged


# An article number or a page: "e2023GL107170", "abn7993", "1306", "P01019".
_ARTICLE_NUMBER = re.compile(r"[A-Za-z]{0,4}\d+[A-Za-z\d]*")


def _volume_range_before_page(tagged: Tagged) -> Tagged:
    """A double volume in physics' "Journal V, P (Year)" ("Sensors and Actuators B 111–112,
    410 (2005)"): two runs read as pages, with no volume anywhere — the range straight
    after the journal is the volume.

    Bad reading: pages "111–112" (and the page 410 dropped), no volume.
    Good reading: volume 111–112, page 410.

    Only a range of two numbers right after the journal's words, then a comma and a
    single number read as pages."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(1, len(tokens) - 4):
        if (_after_journal(tagged, i) and labels[i] == labels[i + 1] == labels[i + 2] == "pages"
                and tokens[i].text.isdigit() and tokens[i + 1].text in "-–" and tokens[i + 2].text.isdigit()
                and tokens[i + 3].text == "," and _page_run_ends(tagged, i + 4)):
            return _relabelled(tagged, {i: "volume", i + 1: "volume", i + 2: "volume"})
    return tagged


def _after_journal(tagged: Tagged, index: int) -> bool:
    """Whether the token at ``index`` follows the journal's name straight, or after the
    stop of its last abbreviation ("Earth Planet. Sci. Lett. 357")."""
    labels, tokens = tagged.labels, tagged.tokens
    return labels[index - 1] == "container-title" or (
        index >= 2 and tokens[index - 1].text == "." and labels[index - 2] == "container-title")


def _page_run_ends(tagged: Tagged, index: int) -> bool:
    """Whether one page ("410") or one range ("277–288") read as pages starts at ``index``
    and ends the pages."""
    labels, tokens = tagged.labels, tagged.tokens
    end = index + 1
    if end + 1 < len(tokens) and tokens[end].text in "-–" and labels[end] == labels[end + 1] == "pages":
        end += 2
    return (labels[index] == "pages" and _ARTICLE_NUMBER.fullmatch(tokens[index].text) is not None
            and _ARTICLE_NUMBER.fullmatch(tokens[end - 1].text) is not None and (end == len(tokens) or labels[end] != "pages"))


def _year_as_volume(tagged: Tagged) -> Tagged:
    """The Royal Society of Chemistry's journals number their volumes by year: "Chem.
    Commun. 2000, 1683–1684 (2000)" prints the year twice, once as the volume.

    Bad reading: two dates, no volume.
    Good reading: volume 2000, pages 1683–1684, year 2000.

    Only a year right after the journal, then a comma and the pages, with the year printed
    again later as the date: the first is then a number of the journal's. So too a volume
    in the thousands before physics' bracketed year ("AIP Conf. Proc. 1894, 020027
    (2017)", "Lect. Notes Comput. Sci. 2015, 45 (2001)"): the date closes the entry."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(1, len(tokens) - 2):
        if not (labels[i] == "date" and _YEAR.fullmatch(tokens[i].text) and _after_journal(tagged, i)
                and tokens[i + 1].text == "," and labels[i + 2] == "pages"):
            continue
        if any(labels[j] == "date" and tokens[j].text == tokens[i].text for j in range(i + 3, len(tokens))):
            return _relabelled(tagged, {i: "volume"})
        year = _bracketed_year_after_pages(tagged, i + 2)
        if year is not None:
            return _relabelled(tagged, {i: "volume", year: "date"})
    return tagged


def _bracketed_year_span_read_as_pages(tagged: Tagged) -> Tagged:
    """A season's span of years in brackets, "Social Text 16 (1986–87): 36–80", read as a
    first page range before the real one: the bracket dates the volume.

    Only a bracket that opens with a year and holds nothing but the span, with pages after it."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(1, len(tokens) - 3):
        if not (tokens[i - 1].text == "(" and labels[i] == "pages" and _YEAR.fullmatch(tokens[i].text)):
            continue
        close = next((j for j in range(i + 1, min(i + 4, len(tokens))) if tokens[j].text == ")"), None)
        if (close is None or not all(labels[j] == "pages" for j in range(i, close))
                or "pages" not in labels[close + 1:]):
            continue
        return _relabelled(tagged, {j: "date" for j in range(i, close)})
    return tagged


def _bracketed_year_after_pages(tagged: Tagged, index: int) -> int | None:
    """The index of "(2017)"'s year straight after the page run starting at ``index``."""
    labels, tokens = tagged.labels, tagged.tokens
    end = index
    while end < len(tokens) and (labels[end] == "pages" or tokens[end].text in "-–"):
        end += 1
    if (end + 2 < len(tokens) and tokens[end].text == "(" and _YEAR.fullmatch(tokens[end + 1].text)
            and tokens[end + 2].text == ")"):
        return end + 1
    return None


def _source_after_question(tagged: Tagged) -> Tagged:
    """Science's "Title? Journal 30, 353–368 (2015)." where the title asks a question: the
    journal and its volume run on after the question mark.

    Bad reading: title "What do … Stadial 1? Paleoceanography 30", no journal or volume.
    Good reading: title "What do … Stadial 1?", journal Paleoceanography, volume 30.

    Only where the reading has no journal and no volume, and the title ends in a question
    or exclamation mark, a few capitalised journal words and a number, followed by a comma
    and the pages: a question is a title's last sentence."""
    labels, tokens = tagged.labels, tagged.tokens
    if any(label in labels for label in ("container-title", "volume", "publisher")):
        return tagged
    end = max((i for i, label in enumerate(labels) if label == "title"), default=-1)
    if end < 3 or end + 2 >= len(tokens) or tokens[end + 1].text != "," or not _page_run_ends(tagged, end + 2):
        return tagged
    if not (tokens[end].text.isdigit() and len(tokens[end].text) <= 4):
        return tagged
    start = end
    while start > 0 and labels[start - 1] == "title" and _JOURNAL_TOKEN.fullmatch(tokens[start - 1].text):
        start -= 1
    if not (0 < end - start <= 8 and tokens[start - 1].text in "?!" and labels[start - 1] == "title"
            and tokens[start].text[:1].isupper() and re.search(r"[a-z]{2}", tokens[start].text)):
        return tagged
    new = {index: "container-title" for index in range(start, end)}
    new[end] = "volume"
    return _relabelled(tagged, new)


def _volume_read_as_pages(tagged: Tagged) -> Tagged:
    """IOP's "Geophys. Res. Lett. 51 e2023GL107170": two numbers read as one run of
    pages, with no volume anywhere — the first is the volume.

    Bad reading: pages "51 e2023GL107170", no volume.
    Good reading: volume 51, page e2023GL107170.

    Only a run of exactly a number and a page-like token parted by a space: a range
    ("51–60") or a list of pages ("51, 60") has its marks between."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(len(tokens) - 1):
        if (labels[i] == labels[i + 1] == "pages" and (i == 0 or labels[i - 1] != "pages")
                and (i + 2 == len(tokens) or labels[i + 2] != "pages") and tokens[i].text.isdigit()
                and tokens[i + 1].space_before and _ARTICLE_NUMBER.fullmatch(tokens[i + 1].text)
                and not re.fullmatch(r"0\d{0,3}", tokens[i + 1].text)):  # "12 021": a garbled number, left for the checks
            return _relabelled(tagged, {i: "volume"})
    return tagged


def _volume_before_page_label(tagged: Tagged) -> Tagged:
    """Harvard's "*Psychother Psychosom*, 83 pp.298–307": a number straight after the journal,
    read as pages (or a small one as an edition), then the labelled pages. A number the
    label "pp." follows is no page.

    Bad reading: pages "83" (and the range after the label lost), no volume.
    Good reading: volume 83, pages 298–307."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(1, len(tokens) - 3):
        if (labels[i] in ("pages", "edition", "issue", "other") and tokens[i].text.isdigit() and (labels[i - 1] == "container-title" or (
                tokens[i - 1].text == "," and labels[i - 2] == "container-title"))
                and tokens[i + 1].text.lower() in ("p", "pp") and tokens[i + 2].text == "." and labels[i + 3] == "pages"):
            return _relabelled(tagged, {i: "volume"})
    return tagged


def _volume_page_at_end(tagged: Tagged) -> Tagged:
    """IOP's title-less "Talanta 71 981" and "Nat. Commun. 15 18": an entry that ends
    with a journal's words, a number and a page, with no volume or pages read anywhere —
    the volume and the page. (The tagger, short of commas, reads such a tail as a date.)

    Bad reading: "Nat. Rev. Immunol. 17 97" with no volume and no pages.
    Good reading: volume 17, page 97.

    The journal's words the tagger read into that date go back to the journal."""
    labels, tokens = tagged.labels, tagged.tokens
    if len(tokens) < 4 or "pages" in labels:
        return tagged
    if labels[-2:] == ("volume", "issue") and tokens[-1].text.isdigit() and tokens[-1].space_before:
        # "Eur J Pharmacol 185 1": an issue is never printed bare after its volume at the end.
        return _relabelled(tagged, {len(tokens) - 1: "pages"})
    end = _end_before_identifiers(tagged)
    if (labels[end - 2: end] == ("volume", "other") and tokens[end - 2].text.isdigit() and tokens[end - 1].space_before
            and _ARTICLE_NUMBER.fullmatch(tokens[end - 1].text) and re.search(r"\d{3}", tokens[end - 1].text)):
        # An article number left unread after the volume that ends the entry ("Geophysical
        # Research Letters 50 e2023GL104949").
        return _relabelled(tagged, {end - 1: "pages"})
    if (end < len(tokens) and labels[end - 3: end] == ("volume", "other", "other") and tokens[end - 2].text == ","
            and tokens[end - 3].text.isdigit() and _PAGE_OR_LETTERED_PAGE.fullmatch(tokens[end - 1].text)):
        # A bare DOI after the entry's last page ("ApJ, 642, L13 10.1086/504467"): the
        # tagger, which saw such a DOI rarely, leaves the page unread before it.
        return _relabelled(tagged, {end - 1: "pages"})
    if "volume" in labels:
        return tagged
    volume, page, before = tokens[-2], tokens[-1], tokens[-3]
    if not (volume.text.isdigit() and len(volume.text) <= 5 and volume.space_before and page.space_before
            and _ARTICLE_NUMBER.fullmatch(page.text) and (before.text.isalpha() or before.text in ".)")
            and any(label == "date" and _YEAR.fullmatch(token.text) for token, label in zip(tokens[:-2], labels))):
        return tagged
    new = {len(tokens) - 2: "volume", len(tokens) - 1: "pages"}
    i = len(tokens) - 3
    while i >= 0 and labels[i] == "date" and not any(c.isdigit() for c in tokens[i].text):
        new[i] = "container-title"
        i -= 1
    return _relabelled(tagged, new)


def _end_before_identifiers(tagged: Tagged) -> int:
    """Where the entry's own text ends: before its final stop and any DOI or address after it."""
    end = len(tagged.tokens)
    while end and (tagged.labels[end - 1] in ("doi", "url") or tagged.tokens[end - 1].text == "."):
        end -= 1
    return end


def _volume_ending_the_journal(tagged: Tagged) -> Tagged:
    """A number that ends the journal's run, with the pages straight after it and no
    volume read anywhere, is the volume ("… Lancet Psychiatry 4 409").

    Bad reading: journal "Lancet Psychiatry 4", pages 409, no volume.
    Good reading: journal "Lancet Psychiatry", volume 4, pages 409.

    The same before the pages' label ("… Logic Programming 1 pp. 35-50"), where the number
    may have been read as no field at all."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(1, len(tokens) - 1):
        if not (labels[i - 1] == "container-title" and tokens[i].text.isdigit() and tokens[i].space_before
                and tokens[i + 1].space_before):
            continue
        if labels[i] == "container-title" and labels[i + 1] == "pages":
            return _relabelled(tagged, {i: "volume"})
        if (labels[i] in ("container-title", "other") and tokens[i + 1].text in ("p", "pp") and i + 3 < len(tokens)
                and tokens[i + 2].text == "." and labels[i + 3] == "pages"):
            return _relabelled(tagged, {i: "volume"})
    return tagged


def _year_ending_the_journal(tagged: Tagged) -> Tagged:
    """A year printed as part of the journal's name — "Periodontology 2000" — with the
    entry's own year read elsewhere: "Periodontol 2000. 2016;71(1):164-84." or "Armitage,
    G. C. (2016). Title. Periodontology 2000, 71(1), 164–184."

    Bad reading: journal "Periodontol", year 2000 (the 2016 lost).
    Good reading: journal "Periodontol 2000", year 2016.

    Only a year straight after the journal's last word (no stop or comma between), when
    another, different year is dated before the journal or as the next word after the
    year. A later year ("… 393:1-9. Epub 2018 Dec 3") dates a printing, not the work; the
    same year again ("Smith J (2019) Title. Lancet 2019;393:1-9") is the date printed
    twice; "Climate 2021, WMO-No. 1290, Geneva, 2022" is a title's year."""
    labels, tokens = tagged.labels, tagged.tokens
    numbers = next((i for i, label in enumerate(labels) if label in ("volume", "issue", "pages")), len(tokens))
    for i in range(1, min(numbers, len(tokens))):
        if not (labels[i] == "date" and labels[i - 1] == "container-title" and tokens[i].space_before
                and _YEAR.fullmatch(tokens[i].text)):
            continue
        if i + 2 < len(tokens) and tokens[i + 1].text in "-–—‐/," and _YEAR.fullmatch(tokens[i + 2].text):
            return tagged  # "Palestina 1945-1948", "Praha 1933, 1935": years of a span or a list
        # The entry's own year: before the journal (author–date), or the next word after it
        # ("Periodontol 2000. 2016;71"); one far after it dates something else.
        after = next((j for j in range(i + 1, min(i + 4, numbers)) if tokens[j].text not in ".,;:"), None)
        others = [j for j in [*range(i), *([after] if after is not None else [])]
                  if labels[j] == "date" and _YEAR.fullmatch(tokens[j].text)]
        if others and tokens[i].text not in {tokens[j].text for j in others}:
            return _relabelled(tagged, {i: "container-title"})
        return tagged
    return tagged



def _page_after_comma_volume(tagged: Tagged) -> Tagged:
    """Copernicus' and the AIP's "Nat. Rev. Clin. Oncol., 17, 611, 2020." and "J. Chem.
    Phys., 38, 2042, 1963.": the journal, a comma, the volume, a comma and one more
    number — the page, which the tagger read as a second volume (dropped) or, when it
    looks like a year, as the date, with the real year still to come.

    Bad reading: volume 38, year 2042, pages none.
    Good reading: volume 38, pages 2042, year 1963.

    Only when no pages were read anywhere, and the number ends its comma-parted run (a
    third number would make the second an issue)."""
    labels, tokens = tagged.labels, tagged.tokens
    if "pages" in labels:
        return _year_volume_before_year(tagged)
    for i in range(2, len(tokens) - 2):
        page = tokens[i + 2]
        if not (labels[i] == "volume" and not tokens[i - 2].text.isdigit() and tokens[i - 1].text == ","
                and tokens[i].text.isdigit() and tokens[i + 1].text == "," and labels[i + 2] in ("volume", "date")
                and _ARTICLE_NUMBER.fullmatch(page.text)):
            continue
        after = tokens[i + 3: i + 5]
        if after and (after[0].text not in ",.;" or len(after) > 1 and after[1].text.isdigit()
                      and labels[i + 4] in _NUMBER_LABELS):
            return tagged
        if labels[i + 2] == "date" and not any(
                label == "date" and _YEAR.fullmatch(token.text) for token, label in zip(tokens[i + 3:], labels[i + 3:])):
            return tagged  # the number is the year: "Nature, 17, 2020."
        return _relabelled(tagged, {i + 2: "pages"})
    return tagged


def _source_before_comma_volume(tagged: Tagged) -> Tagged:
    """The words between the previous comma and a volume's, read as a publisher ("Depress
    Anxiety, 31, 335") or as a last author with no initials ("…, and Davanzo, P.,
    Neuropsychopharmacology, 32, 2490"): neither stands before a volume and its page; a
    journal does.

    Only a run of capitalised words (and the joiners journals use) after a comma, that
    does not end in an initial ("Smith J, 32" may be a person), followed by ", volume,"."""
    labels, tokens = tagged.labels, tagged.tokens
    for comma in range(2, len(tokens) - 3):
        label = labels[comma - 1]
        if not (label in ("publisher", "author") and tokens[comma].text == "," and labels[comma + 1] == "volume"
                and tokens[comma + 1].text.isdigit() and tokens[comma + 2].text in ",;:"):
            continue
        # A publisher's whole span (a journal in parts: "Boletim do Museu …, Ciências
        # Naturais, 7: 251"); an author's name back to its comma.
        start = comma
        while start > 0 and labels[start - 1] == label and (label == "publisher" or tokens[start - 1].text not in ",:;"):
            start -= 1
        words = [t.text for t in tokens[start:comma]]
        if (start > 0 and tokens[start - 1].text in (",:." if label == "publisher" else ",") and len(words[-1]) > 1
                and all(w == "," or _JOURNAL_TOKEN.fullmatch(w) for w in words)
                and any(re.search(r"[a-z]{2}", w) for w in words)):
            return _relabelled(tagged, {index: "container-title" for index in range(start, comma)})
    return tagged


def _source_numbers_in_title(tagged: Tagged) -> Tagged:
    """A journal and its numbers run into the title after the title's comma, in the two
    styles that part them by commas alone: Copernicus's "Title, Journal, volume, pages,
    https://doi.org/…, year." with pages that look like years ("… and trends,
    Biogeosciences, 10, 1983–2000, https://doi.org/…, 2013."), and Elsevier's "Title,
    Journal volume (year) pages" with a journal the tagger did not know ("What caused the
    Atlantic cold blob of 2015, US CLIVAR Variations 14 (2016) 24–31").

    Bad reading: title "… and trends, Biogeosciences, 10, 1983–2000", no journal.
    Good reading: title "… and trends", journal Biogeosciences, volume 10, pages 1983–2000.

    Only where the reading has no source or volume, its date stands outside the title,
    and the title ends in a comma, a run of capitalised words and then either ", number,
    page" (or a range of two) or a number straight before the bracketed date: a title
    ending so would need a volume-like number placed as a journal's is."""
    labels, tokens = tagged.labels, tagged.tokens
    if any(label in labels for label in ("container-title", "volume", "publisher")) or "date" not in labels:
        return tagged
    end = max((i for i, label in enumerate(labels) if label == "title"), default=-1) + 1
    texts = [token.text for token in tokens[:end]]
    if end and end + 1 < len(tokens) and tokens[end].text == "(" and labels[end + 1] == "date":
        volume = journal_end = end - 1
        numbers = {volume: "volume"}
    else:
        ranged = len(texts) >= 3 and texts[-2] in "-–" and texts[-1].isdigit() and texts[-3].isdigit()
        first_page = end - 3 if ranged else end - 1
        if "pages" in labels or first_page < 6 or not _PAGE.fullmatch(texts[first_page]) or texts[first_page - 1] != ",":
            return tagged
        volume, journal_end = first_page - 2, first_page - 3
        if texts[journal_end] != ",":
            return tagged
        numbers = {journal_end: "other", volume: "volume", volume + 1: "other"}
        numbers.update({index: "pages" for index in range(first_page, end)})
    if not (texts[volume].isdigit() and len(texts[volume]) <= 4):
        return tagged
    start = journal_end
    while start > 0 and _JOURNAL_TOKEN.fullmatch(texts[start - 1]):
        start -= 1
    words = texts[start:journal_end]
    if (start < 2 or texts[start - 1] != "," or not words or not any(re.search(r"[a-z]{2}", w) for w in words)
            or labels[start - 2] != "title"):
        return tagged
    new = {index: "container-title" for index in range(start, journal_end)}
    new[start - 1] = "other"
    new.update(numbers)
    return _relabelled(tagged, new)


def _year_volume_before_year(tagged: Tagged) -> Tagged:
    """"J. Stat. Mech.: Theory Exp., 2019, 124009, …, 2019.": a journal that numbers its
    volumes by year, printed where the volume goes — the volume, when the year is still
    to come and no volume was read. So is a volume that looks like a year in APA's
    "Guziec, A. (1992). Title. Visualization in Biomedical Computing, Proc. SPIE, 1808,
    259-273.", dated with another year before it.

    Bad reading: no volume, year 2019 (twice).
    Good reading: volume 2019, pages 124009, year 2019."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(2, len(tokens) - 2):
        if (labels[i] == "date" and labels[i - 2] == "container-title" and tokens[i - 1].text == ","
                and _YEAR.fullmatch(tokens[i].text) and tokens[i + 1].text == "," and labels[i + 2] == "pages"
                and (any(label == "date" and _YEAR.fullmatch(token.text)
                         for token, label in zip(tokens[i + 3:], labels[i + 3:]))
                     or any(label == "date" and _YEAR.fullmatch(token.text) and token.text != tokens[i].text
                            for token, label in zip(tokens[:i - 2], labels[:i - 2])))):
            return _relabelled(tagged, {i: "volume"})
    return tagged


def _volume_before_bracketed_issue(tagged: Tagged) -> Tagged:
    """ACS's "Am J Psychiatry 1993, 150 (1), 1731–1733": a number with the issue in
    brackets straight after it is the volume, whatever the tagger read it as.

    Bad reading: pages 150, no volume.
    Good reading: volume 150, issue 1, pages 1731–1733.

    Only when no volume was read, and the number is not the year ("2019 (1)" is left)."""
    labels, tokens = tagged.labels, tagged.tokens
    if "volume" in labels:
        return tagged
    for i in range(len(tokens) - 3):
        if (labels[i] in ("pages", "date", "other") and tokens[i].text.isdigit() and not _YEAR.fullmatch(tokens[i].text)
                and tokens[i + 1].text == "(" and labels[i + 2] == "issue" and tokens[i + 3].text == ")"
                and (i == 0 or labels[i - 1] != "pages")):
            return _relabelled(tagged, {i: "volume"})
    return tagged


def _pages_like_years(tagged: Tagged) -> Tagged:
    """The Royal Society's "2004 Regulation of … events. Science 304, 1979-1983.": a range
    of two year-like numbers after the volume and its comma, with the year already given,
    is the pages.

    Bad reading: year "1979–1983", no pages.
    Good reading: year 2004, pages 1979–1983."""
    labels, tokens = tagged.labels, tagged.tokens
    if "pages" in labels:
        return tagged
    for i in range(2, len(tokens) - 2):
        if not (labels[i] == "date" and labels[i - 2] == "volume" and tokens[i - 1].text == ","
                and _YEAR.fullmatch(tokens[i].text) and tokens[i + 1].text in "-–" and _YEAR.fullmatch(tokens[i + 2].text)
                and int(tokens[i + 2].text) > int(tokens[i].text)):
            continue
        if any(label == "date" and _YEAR.fullmatch(token.text) for j, (token, label) in enumerate(zip(tokens, labels))
               if j < i - 2 or j > i + 2):
            return _relabelled(tagged, {i: "pages", i + 1: "pages", i + 2: "pages"})
        return tagged
    return tagged


def _issue_read_as_date(tagged: Tagged) -> Tagged:
    """An issue number that looks like a year, in brackets straight after the volume (APA's
    "Phil. Trans. R. Soc. B, 373(1754), 20170268"), once the entry has its date.

    Bad reading: a second date "1754" (and the field reader's pages "1754").
    Good reading: volume 373, issue 1754, pages 20170268.

    Only with the entry's date already read before the volume: a bracketed year after the
    volume is physics' and Nature's date ("Nature 586, 248–256 (2020)") when no other is."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(2, len(tokens) - 1):
        if (labels[i] == "date" and labels[i - 2] == "volume" and tokens[i - 1].text == "(" and not tokens[i - 1].space_before
                and tokens[i + 1].text == ")" and tokens[i].text.isdigit()
                and any(labels[k] == "date" and _YEAR.fullmatch(tokens[k].text) for k in range(i - 2))):
            return _relabelled(tagged, {i: "issue"})
    return tagged


# The words that follow a volume's number in Nordic, German, Hungarian and Finnish styles:
# "43. årgang", "83. Jg.", "12. évf.", "43. vsk.".
_VOLUME_WORD_AFTER = re.compile(r"årgang|årgång|årg|Jg|Jahrgang|évf|évfolyam|vsk|vuosikerta", re.I)


def _volume_before_its_word(tagged: Tagged) -> Tagged:
    """A volume whose word follows it ("Psychol Med, 43. årgang, s. 471–481"), read into
    the journal's name where the tagger does not know the word.

    Bad reading: journal "Psychol Med, 43. årgang", no volume.
    Good reading: journal "Psychol Med", volume 43."""
    labels, tokens = tagged.labels, tagged.tokens
    new = {}
    for i in range(1, len(tokens) - 1):
        word = i + 1 + (tokens[i + 1].text == ".")
        if (word < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) <= 4
                and _VOLUME_WORD_AFTER.fullmatch(tokens[word].text) and labels[i - 1] in ("container-title", "other")
                and (labels[i], labels[word]) != ("volume", "other")):
            new[i] = "volume"
            new.update({j: "other" for j in range(i + 1, word + 1)})
            if tokens[i - 1].text == "," and labels[i - 1] == "container-title":
                new[i - 1] = "other"
    return _relabelled(tagged, new) if new else tagged


def _year_after_pages(tagged: Tagged) -> Tagged:
    """A year printed after the pages with only a space ("Psychol Med 43:471–481 2013."),
    read as more of the pages when the entry has no other date.

    Bad reading: pages "471-481 2013", no year.
    Good reading: pages 471–481, year 2013."""
    labels, tokens = tagged.labels, tagged.tokens
    if "date" in labels:
        return tagged
    last = max((i for i, label in enumerate(labels) if label == "pages"), default=-1)
    if (last >= 2 and _YEAR.fullmatch(tokens[last].text) and tokens[last].space_before
            and labels[last - 1] == "pages" and tokens[last - 1].text.isdigit()):
        return _relabelled(tagged, {last: "date"})
    return tagged


def _part_read_as_pages(tagged: Tagged) -> Tagged:
    """A part is never a page: "Statistical Physics (Butterworth-Heinemann, Oxford, 1980),
    Pt. 1." (a book's first part), NLM's "2002;40(Pt 2):131-5" (an issue's).

    Bad reading: pages "1", and so a chapter of a book titled "Statistical Physics".
    Good reading: the book's volume 1 (or, after a journal's volume, its issue)."""
    labels, tokens = tagged.labels, tagged.tokens
    new = {}
    for i in range(1, len(tokens)):
        if labels[i] != "pages" or not tokens[i].text.isdigit():
            continue
        word = i - 1 - (tokens[i - 1].text == ".")
        if word >= 0 and tokens[word].text in ("Pt", "Part", "pt", "part") and labels[word] != "title":
            new[i] = "issue" if "volume" in labels else "volume"
    return _relabelled(tagged, new) if new else tagged


def _issue_before_the_bracketed_year(tagged: Tagged) -> Tagged:
    """Volume, issue, the year in brackets, then the pages, where the tagger read both
    numbers runs as pages: "Behavioral Neuroscience 126: 1 (2012) 167–174".

    Bad reading: pages "1" (the later range dropped).
    Good reading: issue 1, pages 167–174.

    Only where the tagger itself read pages after the year: a lone number then is
    physics' page ("Phys. Rev. Lett. 86, 123 (2001)"), left be."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(2, len(tokens) - 4):
        if not (labels[i] == "pages" and labels[i - 2] == "volume" and tokens[i - 1].text in (":", ",")
                and tokens[i].text.isdigit() and len(tokens[i].text) <= 3 and tokens[i + 1].text == "("
                and _YEAR.fullmatch(tokens[i + 2].text) and tokens[i + 3].text == ")"):
            continue
        after = i + 4 + (tokens[i + 4].text == "," if i + 4 < len(tokens) else 0)
        arxiv = after + 2 < len(tokens) and tokens[after + 1].text == "." and tokens[after + 2].text.isdigit()
        if (after < len(tokens) and labels[after] == "pages" and _ARTICLE_NUMBER.fullmatch(tokens[after].text)
                and not arxiv):  # (physics' "JHEP 0904, 094 (2009), 0902.1265": the page, then an arXiv number)
            return _relabelled(tagged, {i: "issue"})
    return tagged


def _issue_read_as_pages(tagged: Tagged) -> Tagged:
    """ACM's "Cryosphere 14, 9 (2020), 3155–3174" and "Climate Dynamics 21, 3–4 (2003),
    221–232": volume, issue, the year in brackets, then the pages — the issue read as a
    first run of pages.

    Bad reading: pages "9" (the later range dropped).
    Good reading: issue 9, pages 3155–3174.

    Only a number or a range straight after the volume and its comma, with the bracketed
    year and a page or article number after it ("(2023), e2023GL104949"). Without pages
    after the year the number is physics' page ("Phys. Rev. Lett. 86, 123 (2001)"), left be."""
    labels, tokens = tagged.labels, tagged.tokens
    for i in range(2, len(tokens) - 4):
        if not (labels[i] == "pages" and labels[i - 2] == "volume" and tokens[i - 1].text == ","
                and _PAGE.fullmatch(tokens[i].text)):
            continue
        end = i + 1
        if end + 1 < len(tokens) and tokens[end].text in "-–‐" and tokens[end + 1].text.isdigit() and labels[end + 1] == "pages":
            end += 2  # "3–4"
        after = tokens[end: end + 6]
        if (len(after) >= 5 and after[0].text == "(" and _YEAR.fullmatch(after[1].text) and after[2].text == ")"
                and after[3].text == "," and _ARTICLE_NUMBER.fullmatch(after[4].text)
                # (Physics' "JHEP 0904, 094 (2009), 0902.1265": the page, then an arXiv number.)
                and not (len(after) > 5 and after[5].text == "." and end + 6 < len(tokens) and tokens[end + 6].text.isdigit())):
            new = {k: "issue" for k in range(i, end)}
            new[end + 4] = "pages"
            following = end + 5
            while following + 1 < len(tokens) and tokens[following].text in "-–‐" and tokens[following + 1].text.isdigit():
                new[following], new[following + 1] = "pages", "pages"
                following += 2
            return _relabelled(tagged, new)
    return tagged


def _page_read_as_volume(tagged: Tagged) -> Tagged:
    """APS's and the AIP's "Can. J. Chem. 52, 34 (1974)": the volume, a comma, the page,
    then the year in brackets — the page read as a second volume (and dropped).

    Bad reading: volume 52, no pages.
    Good reading: volume 52, page 34.

    Only when no pages were read anywhere."""
    labels, tokens = tagged.labels, tagged.tokens
    if "pages" in labels:
        return tagged
    for i in range(len(tokens) - 5):
        if (labels[i] == labels[i + 2] == "volume" and tokens[i].text.isdigit() and tokens[i + 1].text == ","
                and _ARTICLE_NUMBER.fullmatch(tokens[i + 2].text) and tokens[i + 3].text == "("
                and _YEAR.fullmatch(tokens[i + 4].text) and tokens[i + 5].text == ")"):
            return _relabelled(tagged, {i + 2: "pages"})
    return tagged


# IOP's page count after an article number ("246002 (9pp)") and APS's rapid-communication
# mark ("121108 (R)"): neither is a page, and the reading keeps them with an open bracket.
_PAGE_COUNT = re.compile(r"\s*\((?:\d+\s*pp?\.?|R)\)?\.?$")
# "Critical Sociology (38)5: 687-706": the volume in brackets, then the issue.
_BRACKETED_VOLUME_THEN_ISSUE = re.compile(r"^\(?(?P<volume>\d+)\)\s*(?P<issue>\d+)$")


# In order: the numbers around the journal, then those inside the title.
_RELABELS = (_year_ending_the_journal, _volume_year_page, _volume_issue_year_page, _volume_range_before_page, _year_as_volume,
             _bracketed_year_span_read_as_pages,
             _source_after_question, _volume_read_as_pages, _volume_before_page_label, _volume_ending_the_journal,
             _volume_page_at_end, _page_after_comma_volume, _source_before_comma_volume,
             _volume_before_bracketed_issue, _pages_like_years, _volume_before_its_word, _year_after_pages, _part_read_as_pages, _issue_before_the_bracketed_year, _issue_read_as_pages, _page_read_as_volume,
             _issue_read_as_date, _bracketed_years_inside_title, _title_word_read_as_date, _title_year_read_as_date,
             _title_year_before_imprint, _grouped_number_in_title, _source_numbers_in_title)


# MLA 7's "Science 343.6178 (2014): 1436-37" and its copies in other styles ("2014;343.6178:
# 1436–1437"): the volume and the issue joined by a stop, before the date or the pages' colon.
_DOTTED_VOLUME_ISSUE = re.compile(r"(?<![\d.])(?P<volume>\d{1,5})\.(?P<issue>\d{1,5})(?![\d.])"
                                  r"(?=\s*(?:\(\s*(?:1[5-9]|20)\d\d\s*\)\s*)?:\s*(?P<pages>[A-Za-z]{0,2}\d+(?:\s*[-–]\s*[A-Za-z]{0,2}\d+)?))")
# Lower-case roman numerals, a preface's pages: "2005;124(3):xv–xvii".
_ROMAN_RUN = r"[ivxlc]{1,8}(?:\s*[-–]\s*[ivxlc]{1,8})?"
_ROMAN_PAGES = re.compile(_ROMAN_RUN)


def _dotted_volume_issue(fields: dict, text: str) -> dict:
    """"343.6178 (2014): 1436-37" read as volume 343 and page 6178: the number after the stop
    is the issue, the pages follow the colon."""
    volume = fields.get("volume") or ""
    if fields.get("issue") or not volume or "." not in text:
        return fields
    for joined in _DOTTED_VOLUME_ISSUE.finditer(text):
        if volume in (joined.group("volume"), joined.group(0)):
            pages = fields.get("pages") or ""
            if pages in ("", joined.group("issue"), joined.group(0)):
                pages = joined.group("pages")
            return {**fields, "volume": joined.group("volume"), "issue": joined.group("issue"), "pages": pages}
    return fields


_ROMAN_PAGES_AFTER_COLON = re.compile(rf"[\d)]\s*:\s*(?P<pages>{_ROMAN_RUN})(?![\w])")


def _roman_pages(fields: dict, text: str) -> dict:
    """A preface's roman pages ("2005;124(3):xv–xvii") an article's reading took for a
    publisher, or left out."""
    publisher = fields.get("publisher") or ""
    if fields.get("pages") or not fields.get("journal"):
        return fields
    from .rules import normalise_pages  # (rules reads numbers through this module)

    if _ROMAN_PAGES.fullmatch(publisher):
        return {**fields, "publisher": "", "pages": normalise_pages(publisher)}
    after_colon = _ROMAN_PAGES_AFTER_COLON.search(text) if fields.get("volume") else None
    return {**fields, "pages": normalise_pages(after_colon.group("pages"))} if after_colon else fields


# The ACM Reference Format's journal tail: "ACM Comput. Surv. 45, 4, Article 42 (August 2013),
# 32 pages." — volume, issue, the article's number, the date, and how many pages it has.
# (The parse has taken "Article" off by then: "45, 4, 42 (August 2013), 32 pages".)
_ACM_TAIL = re.compile(r"(?<![\w.])(?P<volume>\d{1,4}),\s*(?P<issue>\w{1,8}),\s*(?:Article\s+)?(?P<article>[A-Za-z]{0,2}\d{1,6})\s*"
                       r"\((?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d\),\s*(?P<count>\d{1,4})\s+pages")


def _acm_article(fields: dict, text: str) -> dict:
    """ACM's "45, 4, Article 42 (August 2013), 32 pages": the issue is 4 and the article's
    number stands for its pages; "32 pages" counts them, it is no page."""
    tail = _ACM_TAIL.search(text) if "pages" in text else None
    if not tail or fields.get("volume") not in ("", None, tail.group("volume")):
        return fields
    pages = fields.get("pages") or ""
    if pages in ("", tail.group("count"), tail.group("issue"), tail.group("article")):
        pages = tail.group("article")
    return {**fields, "volume": tail.group("volume"), "issue": fields.get("issue") or tail.group("issue"), "pages": pages}


def tidy_numbers(fields: dict, text: str) -> dict:
    """``fields`` with a page count taken off the pages, a bracketed volume parted from
    its issue (or one joined to it by a stop), and DIN 1505's issue after the year found."""
    pages = fields.get("pages") or ""
    count = _PAGE_COUNT.search(pages)
    if count and count.start() > 0:
        fields = {**fields, "pages": pages[: count.start()]}
    both = _BRACKETED_VOLUME_THEN_ISSUE.match(fields.get("volume") or "")
    if both and not fields.get("issue"):
        fields = {**fields, "volume": both.group("volume"), "issue": both.group("issue")}
    fields = _acm_article(_roman_pages(_dotted_volume_issue(fields, text), text), text)
    fields = _issue_without_volume(fields, text)
    fields = _issue_after_year(_numbers_read_into_journal(_pii_as_pages(_issue_after_comma(fields, text), text)), text)
    return _day_read_as_volume(fields, text)


_MONTH_WORD = rf"(?i:{SHORT_MONTH}|{MONTH_NAME})"
_DAY_AND_MONTH = re.compile(rf"^\d{{1,2}}\s+(?:de\s+)?{_MONTH_WORD}$")
# A printed date and its day: "Mar. 29, 2023", "31 mayo, 2018", "5 de março de 2019".
_DATED_DAY = re.compile(rf"(?<![\w.])(?:{_MONTH_WORD}\s+(?P<after>\d{{1,2}}),?|(?P<before>\d{{1,2}})\s+(?:de\s+)?{_MONTH_WORD},?)"
                        rf"\s+(?:de\s+)?(?:1[5-9]|20)\d\d(?!\d)")


def _day_read_as_volume(fields: dict, text: str) -> dict:
    """The day of a printed date is no volume: a newspaper's or a web page's "CNBC, Mar.
    29, 2023", "Ámbito.com, 31 mayo, 2018", a report's "May 12, 2014".

    Bad reading: volume "29" (or "31 mayo"). Good reading: no volume.

    Only where the number stands nowhere else in the entry but beside its month (a
    volume printed as well, "Science 12 May 2017; 12: 45", keeps it)."""
    volume = fields.get("volume") or ""
    if _DAY_AND_MONTH.match(volume):
        return {**fields, "volume": ""}
    if not re.fullmatch(r"\d{1,2}", volume):
        return fields
    if not any(volume in (date.group("after"), date.group("before")) for date in _DATED_DAY.finditer(text)):
        return fields
    rest = _DATED_DAY.sub(" ", text)
    standing = re.search(rf"(?<![\w./-]){volume}(?![\w/-])", rest)
    return fields if standing else {**fields, "volume": ""}


# Vancouver's issue with no volume before it: "Agraria. 2005;(2):2-39".
_BRACKETED_ISSUE_ALONE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\s*;\s*\((?P<issue>[^()\s]{1,12})\)\s*:")


def _issue_without_volume(fields: dict, text: str) -> dict:
    """The number in brackets straight after the year's semicolon is the issue of a journal
    numbered by issue alone, not its volume."""
    volume = fields.get("volume") or ""
    alone = _BRACKETED_ISSUE_ALONE.search(text) if volume and not fields.get("issue") else None
    return {**fields, "volume": "", "issue": volume} if alone and alone.group("issue") == volume else fields


# Volume, issue and pages as bare numbers parted by commas, as Oxford's journals and
# many house styles print them: "Biostatistics (2008), 9, 3, pp. 419–431".
_COMMA_VOLUME_ISSUE = re.compile(r"^(?P<volume>\d{1,5}),\s*(?P<issue>\d{1,3})$")


def _issue_after_comma(fields: dict, text: str) -> dict:
    """The issue of "9, 3, pp. 419–431": read into the volume ("9, 3"), or left out
    between the volume and the pages the reading found."""
    volume, pages = fields.get("volume") or "", fields.get("pages") or ""
    if fields.get("issue") or not volume:
        return fields
    joined = _COMMA_VOLUME_ISSUE.match(volume)
    if joined:
        return {**fields, "volume": joined.group("volume"), "issue": joined.group("issue")}
    first_page = re.match(r"[A-Za-z]{0,3}\d+", pages)
    if not (first_page and volume.isdigit()):
        return fields
    for between in _VOLUME_ISSUE_PAGE.finditer(text) if f"{volume}," in text else ():
        if between.group("volume") == volume and between.group("page") == first_page.group():
            return {**fields, "issue": between.group("issue")}
    return fields  # (no year: "22, 2000, p. 47")


# (One pattern for every entry: a pattern built from each entry's numbers is compiled anew.)
_VOLUME_ISSUE_PAGE = re.compile(r"(?<![\d.])(?P<volume>\d{1,5}),\s*(?P<issue>\d{1,3}),\s*(?:pp?\.\s*)?(?P<page>[A-Za-z]{0,3}\d+)(?!\d)")


# Elsevier's PII, which PubMed prints as an article's place before it has pages: "J Adolesc
# Health. 2021 Jan 5:S1054-139X(20)30456-7." (its bracketed year is no issue).
_PII = re.compile(r"(?<![\w-])(?<!pii:)(?<!pii: )S\d{4}-\d{3}[\dX]\(\d{2}\)\d{5}-[\dX](?![\w-])(?!\s*\[pii\])", re.I)


def _pii_as_pages(fields: dict, text: str) -> dict:
    """The PII whole as the article's place, where the reading cut it into pages and an issue."""
    pii = _PII.search(text)
    pages = fields.get("pages") or ""
    if not pii or not pages or not pii.group().startswith(pages) or fields.get("volume"):
        return fields
    return {**fields, "pages": pii.group(), "issue": "" if f"({fields.get('issue')})" in pii.group() else fields.get("issue", "")}


# A journal that ends in its volume and pages: "AGU Advances. 4, e2023AV000875" (Springer's
# LNCS as citeproc prints it: "Journal. 4, e2023AV000875 (2023)"), "Chemosphere. 302, 134784".
_JOURNAL_THEN_NUMBERS = re.compile(
    r"^(?P<journal>.*[^\W\d_]\.?)\s+(?P<volume>\d{1,5})(?:\s*\((?P<issue>[\w–/-]{1,9})\))?,\s*"
    r"(?P<pages>[A-Za-z]{0,3}\d+[A-Za-z]{0,3}\d*(?:\s*[-–]\s*[A-Za-z]{0,3}\d+)?)$")


def _numbers_read_into_journal(fields: dict) -> dict:
    """The volume, issue and pages the reading left inside the journal's name, where it
    read none of its own."""
    found = _JOURNAL_THEN_NUMBERS.match(fields.get("journal") or "")
    if not found or any(fields.get(f) for f in ("volume", "issue", "pages")):
        return fields
    return {**fields, "journal": found.group("journal").rstrip(" ."), "volume": found.group("volume"),
            "issue": found.group("issue") or "", "pages": found.group("pages"), "kind": "article"}


def _issue_after_year(fields: dict, text: str) -> dict:
    """DIN 1505 prints the issue after the volume's year, bare: "Sonderpädagogik 16 (1984)
    2, 57-124" — volume 16, issue 2 (which no reading kept)."""
    volume, year, pages = fields.get("volume"), fields.get("year"), fields.get("pages")
    first_page = _FIRST_PAGE.match(pages or "")
    if fields.get("issue") or not (volume and year and first_page):
        return fields
    # One fixed pattern, its parts compared after: a pattern built from each entry's own
    # numbers would be compiled anew for every entry (re's cache holds 512).
    for found in _VOLUME_YEAR_ISSUE_PAGE.finditer(text):
        if (found.group("volume"), found.group("year"), found.group("page")) == (
                volume, year, first_page.group()):
            return {**fields, "issue": found.group("issue")}
    return fields


_FIRST_PAGE = re.compile(r"[A-Za-z]{0,3}\d+")
_VOLUME_YEAR_ISSUE_PAGE = re.compile(
    r"(?<![\w.])(?P<volume>\w+)\s*\((?P<year>\d{4})[a-z]?\)\s*(?P<issue>\d{1,3}(?:/\d{1,3})?)"
    r"\s*[,:]\s*(?:S\.\s*|pp?\.\s*)?(?P<page>[A-Za-z]{0,3}\d+)(?!\d)")
