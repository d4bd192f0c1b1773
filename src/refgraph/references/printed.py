"""Mends of a reading from how the entry is printed: its italics, the numbers it labels,
the quotes around its title, the shapes of its names. The tagger and the rules read
words; these read the page. Each is small, applies only where its evidence is in the
printed entry, and is tested on made-up strings in tests/test_parser_styles.py."""
from __future__ import annotations

import re

from .body_hierarchy import body_units_in_title
from .descriptions import described_work
from .imprint_edges import place_glued_to_publisher, town_and_year_read_as_journal
from .meetings import abnt_event, event_ending_title, meeting_after_in, meeting_days_read_as_numbers, meeting_place_read_as_publisher, presented_at_meeting
from .registries import trial_registration
from .quoted_words import quoted_words_ending_title, single_quoted_title_run_on
from .untitled import book_read_as_chapter, title_read_as_author
from . import repairs
from .books import EDITION, EDITION_AT_END, semicolon_chapter
from .chapters import body_opening_book, book_named_in_title, book_of_chapter, book_read_as_title, title_in_booktitle
from .cjk import title_and_journal_parted
from .databases import database_part
from .colon_names import body_before_colon, given_first_names_before_colon, inverted_names_before_colon
from .journal_bounds import (ABBREVIATED_WORD, in_of_a_latin_phrase, journal_before_number_label, journal_bounds, listed_journal_across_title_stop, listed_journal_after_comma, listed_journal_ending_title, listed_journal_after_title_colon, journal_sentence_ending_title, title_words_in_journal, title_words_before_listed_journal, title_run_into_listed_journal, title_stop_inside_untitled_journal, dash_before_journal, listed_journal_read_as_book,
                             listed_journal_read_as_name)
from .journals import known_journal
from .numbered_documents import bracketed_report_number, labelled_report_number, patent_statement, standard_designation
from .patterns import NO_DATE_WORDS, PAGES, PROCEEDINGS, YEAR, YEAR_RUN
from .people import parse_names
from .rules import normalise_pages
from .source_marks import (LABELLED_VOLUME_AT_END, italic_title_before_labelled_journal, journal_after_in_read_as_publisher, labelled_volume_in_journal,
                           quoted_source_after_in)
from .title_edges import roman_part_opening_journal, series_opening_journal, sine_loco_ending_title, title_place_read_as_article_place
from .title_years import volume_read_as_year, number_cut_from_title, year_left_unread, year_of_a_period_in_title, year_of_the_imprint, year_opening_a_title
from .work_kinds import (abnt_degree_statement, degree_ending_title, page_count_ending_title, numbered_publisher, capitals_heading_read_as_person, country_read_as_person, body_acronym_read_as_journal, report_read_as_book, newspaper_ending_title, issue_date_read_as_publisher, school_read_as_book, body_before_the_date, book_read_as_journal, body_heading_title, body_that_publishes_itself, imprint_read_as_journal, dated_title_read_as_book, degree_after_title, degree_opening_publisher, school_read_as_place, journal_named_by_doi, nlm_meeting_imprint, place_in_publisher, preprint_server, publisher_in_place, publisher_before_place, publisher_before_colon_place, publisher_read_as_journal, publisher_ending_apa_entry,
                         periodical_read_as_book, place_read_as_periodical, publisher_after_place_read_as_journal, publisher_after_title_comma, repository_ending_title,
                         report_number_in_title, site_not_journal, software_release)


def mend_reading(fields: dict, italic: list[str], text: str, core: str) -> dict:
    """``fields`` mended, in order (each step may rely on those before it); ``text`` is the
    entry as printed, ``core`` the same with its identifiers lifted out."""
    fields = _italic_journal_after_the_one_read(fields, italic, text)
    fields = _journal_cut_inside_italics(fields, italic, text)
    fields = _italic_journal(fields, italic, text)
    fields = _title_cut_before_italic_journal(fields, italic, text)
    fields = _italic_journal_read_into_title(fields, italic, core)
    fields = _journal_after_closing_quote(fields, core)
    fields = _journal_read_as_book(fields, core)
    fields = _title_sentence_before_in(fields, core)
    fields = italic_title_before_labelled_journal(fields, italic, text)
    fields = _legal_article(fields, core)
    fields = periodical_read_as_book(fields)
    fields = place_read_as_periodical(fields, text)
    fields = journal_before_number_label(fields, text)
    fields = _labelled(fields, core)
    fields = _journal_without_number_label(fields, core)
    fields = _article_number_after_volume(fields, core)
    fields = _page_count_is_no_pages(fields, core)
    fields = preprint_server(fields, core)
    fields = journal_named_by_doi(fields)
    fields = publisher_before_place(fields, core)
    fields = publisher_before_colon_place(fields, core)
    fields = nlm_meeting_imprint(fields, core)
    fields = presented_at_meeting(fields, core)
    fields = meeting_after_in(fields, core)
    fields = meeting_place_read_as_publisher(fields, core)
    fields = place_in_publisher(fields)
    fields = publisher_in_place(fields)
    fields = place_glued_to_publisher(fields)
    fields = town_and_year_read_as_journal(fields, text)
    fields = publisher_read_as_journal(fields, italic, core)
    fields = journal_after_in_read_as_publisher(fields, text)
    fields = numbered_publisher(fields, text)
    fields = software_release(fields, text)
    fields = site_not_journal(fields)
    fields = report_number_in_title(fields)
    fields = bracketed_report_number(fields, text)
    fields = labelled_report_number(fields, text)
    fields = standard_designation(fields, text)
    fields = patent_statement(fields, text)
    fields = trial_registration(fields, text)
    fields = database_part(fields, text)
    fields = described_work(fields)
    fields = newspaper_ending_title(fields, text)
    fields = issue_date_read_as_publisher(fields)
    fields = country_read_as_person(fields, text)
    fields = capitals_heading_read_as_person(fields, text)
    fields = body_heading_title(fields)
    fields = body_units_in_title(fields)
    fields = body_before_the_date(fields, text)
    fields = body_that_publishes_itself(fields, text)
    fields = imprint_read_as_journal(fields)
    fields = body_acronym_read_as_journal(fields)
    fields = report_read_as_book(fields)
    fields = publisher_after_title_comma(fields)
    fields = repository_ending_title(fields)
    fields = publisher_after_place_read_as_journal(fields, core)
    fields = book_read_as_journal(fields, core)
    fields = dated_title_read_as_book(fields, text)
    fields = year_opening_a_title(fields, text)
    fields = year_of_a_period_in_title(fields, text)
    fields = year_of_the_imprint(fields, text)
    fields = number_cut_from_title(fields, text)
    fields = volume_read_as_year(fields, text)
    fields = degree_after_title(fields)
    fields = degree_ending_title(fields)
    fields = degree_opening_publisher(fields)
    fields = school_read_as_place(fields, text)
    fields = abnt_degree_statement(fields, text)
    fields = page_count_ending_title(fields, text)
    fields = school_read_as_book(fields)
    fields = _semicolon_chapter(fields, core)
    fields = meeting_days_read_as_numbers(fields, text)
    fields = abnt_event(fields, text)
    fields = event_ending_title(fields)
    fields = _translator_in_title(fields)
    fields = _edition_in_title(fields)
    fields = _edition_number_in_title(fields, text)
    fields = _volume_in_title(fields)
    fields = labelled_volume_in_journal(fields)
    fields = _proceedings_in_title(fields)
    fields = _unquoted_title(fields)
    fields = _quoted_title(fields, text)
    fields = quoted_source_after_in(fields, text)
    fields = quoted_words_ending_title(fields, text)
    fields = single_quoted_title_run_on(fields, text)
    fields = _italic_journal_read_as_a_name(fields, italic, text)
    fields = _last_names_read_into_italic_source(fields, italic, text)
    fields = _names_before_italic_journal(fields, italic, text)
    fields = _names_then_italic_journal(fields, italic, text)
    fields = _title_before_source_mark(fields, text)
    fields = _source_mark_in_title(fields, text)
    fields = journal_bounds(fields, text, italic)
    fields = listed_journal_across_title_stop(fields, text)
    fields = listed_journal_ending_title(fields, text)
    fields = listed_journal_after_title_colon(fields, text)
    fields = roman_part_opening_journal(fields)
    fields = series_opening_journal(fields)
    fields = sine_loco_ending_title(fields)
    fields = in_of_a_latin_phrase(fields, text)
    fields = title_place_read_as_article_place(fields, text)
    fields = journal_sentence_ending_title(fields, text)
    fields = title_words_in_journal(fields, text)
    fields = title_words_before_listed_journal(fields, text)
    fields = container_before_colon_pages(fields, core)
    fields = title_run_into_listed_journal(fields, text)
    fields = title_stop_inside_untitled_journal(fields, text)
    fields = dash_before_journal(fields)
    fields = listed_journal_after_comma(fields, text)
    fields = listed_journal_read_as_name(fields, text)
    fields = listed_journal_read_as_book(fields, text)
    fields = _journal_initial_read_as_name(fields, text)
    fields = _title_after_semicolon_names(fields, text)
    fields = _role_opens_title(fields)
    fields = _edited_by_clause(fields)
    fields = book_of_chapter(fields, core)
    fields = body_opening_book(fields)
    fields = book_named_in_title(fields)
    fields = title_in_booktitle(fields)
    fields = book_read_as_title(fields)
    fields = title_read_as_author(fields, text)
    fields = book_read_as_chapter(fields)
    fields = _italic_journal_not_publisher(fields, italic)
    fields = _italic_journal_not_a_name(fields, italic)
    fields = title_and_journal_parted(fields, text)
    fields = _undated_title(fields)
    fields = _italic_title_alone(fields, italic, core)
    fields = body_before_colon(fields, text)
    fields = given_first_names_before_colon(fields, text)
    fields = inverted_names_before_colon(fields, text)
    fields = _bracket_closed(fields, text)
    fields = year_left_unread(fields, core)
    fields = publisher_ending_apa_entry(fields, italic, core)
    return _italic_volume(fields, italic)


def _bracket_closed(fields: dict, text: str) -> dict:
    """A field cut inside a bracket it opened ("Advances in Neural Information Processing
    Systems 30 (NIPS" of "… 30 (NIPS 2017); 2017 Dec 4-9") takes the rest of the bracket:
    a year or a number inside it belongs to the name, not to the entry's date."""
    for field in ("booktitle", "journal", "title", "publisher"):
        value = fields.get(field) or ""
        if value.count("(") != value.count(")") + 1 or value.rfind("(") < value.rfind(")"):
            continue
        at = text.find(value)
        rest = re.match(r"[^()\[\];]{1,20}?\)", text[at + len(value):]) if at >= 0 else None
        if not rest:
            continue
        opened = value.rfind("(")
        if re.search(rf"[,:][^()]*\b{YEAR}", value[opened:] + rest.group(0)) and len(value[:opened].strip()) >= 3:
            # (A place or a publisher and a year is an imprint, Chicago's "(Bilthoven, 1973)":
            # no word of the field.)
            return {**fields, field: value[:opened].rstrip(" ,;:")}
        return {**fields, field: value + rest.group(0)}
    return fields


def _legal_article(fields: dict, core: str) -> dict:
    """OSCOLA's "(2000) 47 Biol Psychiatry 351" is a shape of its own, read as printed."""
    legal = repairs.legal_article(core)
    if not legal:
        return fields
    authors, et_al = parse_names(legal.pop("names"))
    fields = {**fields, **legal, "pages": normalise_pages(legal["pages"]), "kind": "article"}
    if authors:  # the names stand alone before the quoted title: read them there
        fields.update(authors=authors, et_al=et_al)
    return fields


_WHOLLY_QUOTED = re.compile(r"(?:«\s*(?P<a>[^«»]+?)\s*»|„(?P<b>[^„“”]+?)[“”]|“(?P<c>[^“”]+?)”|‹\s*(?P<d>[^‹›]+?)\s*›)[.,]?")


def _unquoted_title(fields: dict) -> dict:
    """« Titre », „Titel“, “Title”: the quotes mark the title, they are not part of it."""
    quoted = _WHOLLY_QUOTED.fullmatch(fields.get("title") or "")
    return {**fields, "title": next(group for group in quoted.groups() if group)} if quoted else fields


_QUOTED = re.compile(r"„(?P<b>[^„“”\n]{3,300}?)[“”]|«\s*(?P<a>[^«»\n]{3,300}?)\s*»|“(?P<c>[^“”\n]{3,300}?)”")


_LONGEST_TITLE = 600  # characters; bounds the spaced search (a title is never longer)


def _find_spaced(value: str, text: str) -> tuple[int, int] | None:
    """Where ``value`` is printed in ``text`` (start, end), whatever the spacing: a reading
    tidies the spaces French puts inside its quotes ("« Titre »" read as "«Titre »")."""
    at = text.find(value) if value else -1
    if at >= 0:
        return at, at + len(value)
    letters = value.replace(" ", "")
    if not letters or len(letters) > _LONGEST_TITLE:
        return None
    spaced = re.search(r"\s*".join(map(re.escape, letters)), text)
    return spaced.span() if spaced else None


# What ends the names or another part before a quoted title: "HERBIN (Fr.-R.), « Titre »",
# "Holmes, M. M. 1996. et al “Title,”".
# (A comma alone does not: "… a randomized, “placebo-controlled” study".)
_ENDS_A_PART = re.compile(r"(?:[;:.]|\),|\bet\.?\s?al\.?)\s*$")


def _quoted_title(fields: dict, text: str) -> dict:
    """The one quoted span of an entry ("„Titel“", "« Titre »", "“Title”") is its title
    when the reading cut across it: a title that ran on past the closing quote into the
    journal ("„Titel“. Nervenarzt"), or a journal that began inside it. The words after
    the closing quote that the reading had taken are the journal."""
    spans = list(_QUOTED.finditer(text))
    if len(spans) != 1 or sum(text.count(mark) for mark in "„“«") > 1 + (text[spans[0].start()] == "„"):
        return fields  # (another quote opens somewhere: two entries run together, say)
    quote = spans[0]
    inner = next(group for group in quote.groups() if group).strip()
    quoted = inner.rstrip(",.")
    title = fields.get("title") or ""
    if len(quoted.split()) < 2 or title.strip(" .,") == quoted:
        return fields
    # A field ends at the closing quote: a stop or comma inside it or after it ("“Title,”",
    # "„Titel“."), or the entry's end. A colon there opens a subtitle: "“I'm …”: experiences
    # of …" quotes words within the title.
    if not (inner[-1:] in ",." or re.match(r"\s*(?:[.,;]|$)", text[quote.end():])):
        return fields
    key = "booktitle" if fields.get("booktitle") and not fields.get("journal") else "journal"
    container = fields.get(key) or ""

    def crossing(value: str, within_allowed: bool) -> int:
        """Where ``value`` ends when it crosses a quote mark (-1 if it does not); a title
        wholly inside the quotes (a part of the quoted words) crosses none."""
        found = _find_spaced(value, text)
        if not found or not (found[0] < quote.end() and found[1] > quote.start()):
            return -1
        before = text[found[0]:quote.start()]
        if not within_allowed and re.search(r"[^\W\d_]", before) and not _ENDS_A_PART.search(before):
            return -1  # words of its own before the quote: "… is not always “lupus nephritis”"
        inside = quote.start() <= found[0] and found[1] <= quote.end()
        return -1 if inside and not within_allowed else found[1]

    ends = [end for end in (crossing(title, False), crossing(container, True)) if end >= 0]
    if not ends and title:
        return fields
    mended = {**fields, "title": quoted}
    tail = text[quote.end():max(ends, default=quote.end())].strip(" .,:;")
    tail = re.sub(r"^(?:in|In|Em|En|Dans)\s*:\s*", "", tail)
    if key == "booktitle":  # (a journal's "in" is left for the mends that read it as a book's)
        tail = re.sub(r"^(?:in|In|em|Em|dans|Dans)\s+(?=[A-ZÀ-Ý])", "", tail)
    if tail and not re.search(r"\d", tail) and len(tail.split()) <= 12:
        mended[key] = tail
    return mended


def _italic_journal_not_publisher(fields: dict, italic: list[str]) -> dict:
    """A journal in italics with its volume after it ("In: *Depress Anxiety* Bd. 31") is no
    publisher, whatever its words suggest."""
    if (not fields.get("journal") and fields.get("volume") and fields.get("publisher")
            and fields["publisher"].strip(" .,") in {run.strip(" .,") for run in italic}):
        return {**fields, "journal": fields["publisher"].strip(" .,"), "publisher": "", "place": "", "kind": "article",
                "booktitle": ""}
    return fields


def _italic_journal_not_a_name(fields: dict, italic: list[str]) -> dict:
    """RSC and ACS set a one-word journal in italics after the names ("N. Berman,
    *Neuropsychopharmacology*, 2004"): read as a name without initials, it is the journal."""
    if fields.get("journal") or not fields.get("authors"):
        return fields
    last = fields["authors"][-1]
    name = (last.family or last.literal).strip(" .,")
    if not last.initials and name in {run.strip(" .,") for run in italic}:
        return {**fields, "authors": fields["authors"][:-1], "journal": name}
    return fields


# Nothing after a work's italic name but its year: "*The Biomarker Guide* (1993)."
_ONLY_A_YEAR = re.compile(rf"[\s.,]*\(?{YEAR}[a-z]?\)?[\s.]*$")


def _italic_title_alone(fields: dict, italic: list[str], core: str) -> dict:
    """Nature's book without its publisher, "Peters, K. E. & Moldowan, J. M. *The Biomarker
    Guide* (1993).", read as a journal with no title (or as a title of no kind): a journal's
    name is never the whole of an entry (it has a volume, pages or a title); a book's title is."""
    journal, title = (fields.get("journal") or "").strip(" .,"), (fields.get("title") or "").strip(" .,")
    if journal and title or any(fields.get(f) for f in ("volume", "issue", "pages")):
        return fields
    name = journal or (title if fields.get("kind") == "misc" else "")
    if not name or name not in {run.strip(" .,") for run in italic}:
        return fields
    if known_journal(name) or ABBREVIATED_WORD.search(name) or PROCEEDINGS.search(name):
        return fields  # a journal online first ("*Nat. Biomed. Eng.* (2025)"), a meeting's proceedings
    at = core.find(name)
    if at < 0 or not _ONLY_A_YEAR.match(core, at + len(name)):
        return fields
    return {**fields, "title": name, "journal": "", "kind": "book"}


def _italic_volume(fields: dict, italic: list[str]) -> dict:
    """A number set in italics is a volume (ACS: "*Sci. Rep.* 2013, *3*." has no pages)."""
    if fields.get("pages") and not fields.get("volume") and fields["pages"] in italic and fields["pages"].isdigit():
        return {**fields, "volume": fields["pages"], "pages": ""}
    return fields


def _title_after_semicolon_names(fields: dict, text: str) -> dict:
    """ACS's names end where their certain shape ends: the title starts there, whatever the
    reading took of it ("M. BDNF-a Key …" or "Repeated, and …" for "Single, Repeated, …")."""
    end = repairs.semicolon_names_end(text)
    title = fields.get("title", "")
    if end is None or not title or text.startswith(title, end):
        return fields
    at = text.find(title)
    if at < 0 or at + len(title) <= end or abs(at - end) > 12:
        return fields
    # ("Vitamin D: An overview …": the words may end at the title's own colon.)
    if at > end and not re.fullmatch(r"[^\W\d_][^\W\d_.,'’-]*[,.:]?(?:\s+[^\W\d_][^\W\d_.:]*[,.:]?)?\s*", text[end:at]):
        return fields  # words the title lost, not a year or a bracket ("(2019). ") before it
    authors, et_al = parse_names(text[:end].rstrip())
    fixed = {**fields, "title": text[end: at + len(title)].strip(" .,")}
    if authors and len(authors) >= len(fields.get("authors", ())):
        fixed.update(authors=authors, et_al=et_al or fields.get("et_al", False))
    return fixed


# The role MLA and Chicago print after the names in the authors' place ("Bloom, Harold,
# editor. *James Joyce*.", "Bloom, Harold, ed. James Joyce."), and its other languages'.
_ROLE_OPENING = re.compile(r"^(?:(?:editors?|eds?|translators?|trans|compilers?|comp|orgs?|coords?|dir|éds?)[.,]"
                           r"|\((?:[Ee]ds?|[Hh]rsg|[Hh]g)\.?\)[.,]?|(?:Eds?|Hrsg|Hg)\.)\s+(?=\S)")


def _role_opens_title(fields: dict) -> dict:
    """The role after full given names is no word of the title: the names are the
    editors' (kept where the authors stand, as every style's editor-led book is read)."""
    role = _ROLE_OPENING.match(fields.get("title") or "")
    if not role or not fields.get("authors"):
        return fields
    return {**fields, "title": fields["title"][role.end():]}


_BY_CLAUSE = r"(?:[Ee]dited|[Tt]ranslated|[Ii]ntroduced|[Cc]ompiled|[Ee]d\.|[Tt]rans\.|[Tt]ransl\.)(?:\s+and\s+\w+)?\s+by\s+"
_BY_CLAUSE_ENDING_TITLE = re.compile(rf"[.,]\s+{_BY_CLAUSE}(?P<names>[^.]+?(?:\s[A-Z]\.\s?[^.]*?)*)\.?$")
_BY_CLAUSE_OPENING_PUBLISHER = re.compile(rf"^(?:{_BY_CLAUSE}[^,]+(?:,\s+(?:and\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)+)*,\s+)+(?=\S)")


def _edited_by_clause(fields: dict) -> dict:
    """MLA's and Chicago's "Edited by Hans Walter Gabler", "Translated by Alan Sheridan"
    after the title are the edition's people: no words of the title or the publisher
    ("*Ulysses*. Edited by Hans Walter Gabler, Vintage, 1986.")."""
    title, publisher = fields.get("title") or "", fields.get("publisher") or ""
    ending = _BY_CLAUSE_ENDING_TITLE.search(title)
    if ending and ending.start() > 0:
        fields = {**fields, "title": title[: ending.start()]}
        if ending.group(0).lstrip(" .,")[:2].lower() == "ed" and not fields.get("editors"):
            fields["editors"] = parse_names(ending.group("names"))[0]
    opening = _BY_CLAUSE_OPENING_PUBLISHER.match(publisher)
    if opening and publisher[opening.end():].strip():
        fields = {**fields, "publisher": publisher[opening.end():]}
    return fields


def _last_names_read_into_italic_source(fields: dict, italic: list[str], text: str) -> dict:
    """With no title, the last person read into the italic source after the names
    (Science's "K. Qian, F. Zhai, Q. Meng. *Proceedings of the 2019 … Conference …*
    (2019)", "K. K. Kanazawa, J. G. Gordon. *Anal. Chim. Acta 175* 99"): italics are never
    a name, so the words before the run go back to the names.

    Only where those words read as people with initials, and the names before the run,
    read again, are the ones the reading had and those people."""
    key = "journal" if fields.get("journal") else "booktitle"
    source = (fields.get(key) or "").strip(" .,")
    if fields.get("title") or not source:
        return fields
    for printed in italic:
        run = re.sub(r"\s+\d+$", "", printed.strip(" .,"))  # (Science sets the volume in the run)
        if len(run) < 3 or source == run or not source.endswith(run):
            continue
        moved, _ = parse_names(source[: -len(run)].strip(" .,"))
        at = text.find(printed)
        if not moved or at <= 0 or not all(a.family and a.initials for a in moved):
            return fields
        names, et_al = parse_names(text[:at].strip(" ,;:"))
        if len(names) != len(fields.get("authors") or ()) + len(moved) or not all(a.family for a in names):
            return fields
        return {**fields, key: run, "authors": names, "et_al": et_al or fields.get("et_al", False)}
    return fields


def _names_before_italic_journal(fields: dict, italic: list[str], text: str) -> dict:
    """With no title, the names run up to the italic journal: initials of its first words
    ("Nayak, P. *J. Polym. Sci.*" read as "Nayak PJ") are the journal's, so the names are
    read again from the text before it."""
    journal = fields.get("journal", "").strip(" .,")
    if fields.get("title") or not journal or not any(run.strip(" .,") == journal for run in italic):
        return fields
    at = text.find(journal)
    if at <= 0:
        return fields
    # (Up to the year, where author–date styles print it: "Pearce, E. L. (2022). *Trends …*".)
    # (The last initial keeps its stop: "… and LIU, Z., 2023." ends in a person, not "Z".)
    names = re.split(rf"[\s,]*[(\[]?\b{YEAR}[a-z]?\b", text[:at])[0]
    lead_in = re.search(r"[\s:.,]*\b(?:In|Em|En|Dans)\b\s*:?\s*$", names)  # DIN's "Pearce, E. L.: In: *Journal*"
    if lead_in:  # (the stop of a last initial, or of "u. a.", stays)
        names = names[:lead_in.start()] + ("." if names[lead_in.start():lead_in.start() + 1] == "." else "")
    # (Its stops kept: "u. a." is DIN's et al., "u. a" no longer reads as one.)
    authors, et_al = parse_names(names.rstrip(" ,;:"))
    if (authors and all(a.family and re.fullmatch(r"[^\d()\[\]]+", a.family) for a in authors)
            and len(authors) >= len(fields.get("authors", ())) - 1):
        return {**fields, "authors": authors, "et_al": et_al or fields.get("et_al", False)}
    return fields


# What follows a title-less entry's journal: its year and volume, or its volume ("*Cancers*
# 2010, *2*, 209", "*Phys. Rev. Lett.* 112, 045501").
# (MLA labels the volume: "*Phys. Rev. Lett.*, vol. 39, 1977".)
# (Physics prints the volume and the first page bare: "*CNS Spectr* 21 12 (2016)".)
_SOURCE_AFTER_JOURNAL = re.compile(rf"[\s,]*(?:\(?{YEAR}\)?[\s,]+\d|(?:vol\.\s*)?\d+\s*[,(]|\d+\s+[A-Za-z]?\d+\s*\()")


def _italic_journal_read_as_a_name(fields: dict, italic: list[str], text: str) -> dict:
    """A title-less entry's italic journal read as one more person: MLA's "Dartora, C. A.,
    et al. *Revista Brasileira De Ensino De Física*, vol. 37, 2015, p. 3301." had gained
    "De Física ARBDE" and lost its journal. Italics are never a name: the names are read
    again from the text before the run, and the run is the journal.

    Only when a person after the first has words of the run (the first author's name is
    not in it: an entry set wholly in italics proves nothing) or its capitals as initials,
    its volume or year follows it, and everything before it reads as names with their
    initials."""
    authors = fields.get("authors") or ()
    if fields.get("title") or fields.get("journal") or len(authors) < 2 or not authors[0].family:
        return fields
    for printed in italic:
        run = printed.strip(" ,.")
        if len(run.split()) < 2 or authors[0].family in run:
            continue
        # (A person gained the run's words, or the run's capitals as initials while the
        # initials went into the surname: "A. F. Arnsten" with initials "CNS".)
        if not any(a.family and (a.family in run or ("." in a.family and a.initials and a.initials in run.replace(" ", "")))
                   for a in authors[1:]):
            continue
        at = text.find(printed)
        if at <= 0 or not _SOURCE_AFTER_JOURNAL.match(text, at + len(printed)):
            continue
        names, et_al = parse_names(text[:at].strip(" ,;:"))
        if not names or not all(a.family and a.initials for a in names) or any(a.family in run for a in names):
            continue
        return {**fields, "authors": names, "et_al": et_al or fields.get("et_al", False), "journal": run, "kind": "article"}
    return fields


# GOST's mark between a work and its source: "Title // Journal. 2007. Т. 68" (not an
# address's "://").
_SOURCE_MARK = re.compile(r"(?<![:/])\s*//\s*(?!/)")


def _title_before_source_mark(fields: dict, text: str) -> dict:
    """GOST's "//" says where the work's title ends: a source read with words before the
    mark ("Part I: Prevalence of malocclusions // J Orofac Orthop") gives them back to the
    title, as printed between the two."""
    title = fields.get("title") or ""
    for field in ("journal", "booktitle"):
        head, mark, source = (fields.get(field) or "").partition("//")
        if not mark or not head.strip() or not source.strip() or head.endswith(":") or not title:
            continue
        start = text.find(title)
        at = text.find(head.strip(), start + len(title)) if start >= 0 else -1
        slashes = _SOURCE_MARK.search(text, at) if at >= 0 else None
        if not slashes:
            continue
        return {**fields, "title": text[start: slashes.start()].rstrip(" ."), field: source.strip()}
    return fields


_TOWN_AFTER_BOOK = re.compile(r"\.\s+(?P<town>[^\W\d_][\w-]*(?:\s[\w-]+)?)\.?$")


def _source_mark_in_title(fields: dict, text: str) -> dict:
    """GOST's "//" inside the reading's title: a work in a collection, "Савромато-сарматский
    звериный стиль // Скифо-сибирский звериный стиль в искусстве народов Евразии. М., 1976."
    The mark ends the title and opens the book; a word or two read as the journal after the
    book, with no numbers, is the town it was printed in ("Томск, 2001", "М., 1976")."""
    if text.count("//") - text.count("://") != 1:
        return fields  # (GOST prints the mark once; "Digital // diverse // international" is a title's own)
    title, mark, book = (fields.get("title") or "").partition(" // ")
    journal, place = fields.get("journal") or "", fields.get("place") or ""
    town = _TOWN_AFTER_BOOK.search(journal) if f"// {journal}" in text and not (fields.get("volume") or fields.get("issue")) else None
    if town and title.strip() and not mark:
        # (Or the reading took the book and its town for a journal: "… // Искусство народов Евразии. М., 1976.")
        return {**fields, "kind": "chapter", "booktitle": journal[: town.start()].strip(), "journal": "",
                "place": place or town.group("town")}
    if not mark or not title.strip() or not book.strip() or fields.get("booktitle"):
        return fields
    if journal and not fields.get("volume") and not fields.get("issue") and re.fullmatch(r"[^\W\d_][\w.-]*(?:\s[\w.-]+){0,2}", journal):
        journal, place = "", place or journal  # the town, not a journal
    if journal:
        return fields
    return {**fields, "kind": "chapter", "title": title.strip(), "booktitle": book.strip().rstrip("."), "journal": "", "place": place}


def _names_then_italic_journal(fields: dict, italic: list[str], text: str) -> dict:
    """Angewandte's title-less "T. C. Karlenius, K. F. Tonissen *Cancers* 2010, *2*, 209":
    nothing but the italics parts the last name from the journal, which the reading took
    for a name ("Tonissen Cancers") or a title ("Cancer Treat" and journal "Rev").

    Only when everything before the italic run reads as names with their initials, and the
    year or the volume follows it."""
    for printed in italic:
        run = printed.strip(" ,")
        if fields.get("journal", "").strip(" .,") == run.strip(" .,") or not re.search(r"[^\W\d_]{3}", run):
            continue
        at = text.find(printed)
        if at <= 0 or not _SOURCE_AFTER_JOURNAL.match(text, at + len(printed)):
            continue
        names = text[:at].strip(" ,;:")
        if not _GIVEN_FIRST_LIST.fullmatch(names):
            continue
        authors, et_al = parse_names(names)
        if not authors or not all(a.family and a.initials for a in authors):
            continue
        return {**fields, "authors": authors, "et_al": et_al, "journal": run, "title": "", "kind": "article"}
    return fields


# A journal's first abbreviation after the names' comma, read as one more initial: "S. A.
# Grupp et al., N. | Engl. J. Med. 368", "N. T. Le, J. | Clin. Oncol. 42".
_INITIAL_BEFORE = re.compile(r"(?:,|\bal\.?,?)\s+(?P<initial>[A-Z]\.)\s*$")


def _journal_initial_read_as_name(fields: dict, text: str) -> dict:
    """The journal's opening initial ("N." of "N. Engl. J. Med.", "J." of "J. Clin. Oncol.")
    that the reading gave to the names, or dropped after "et al.", goes back to it.

    Only when no title was read, the journal read opens with an abbreviation (a person's
    initials are followed by a surname, not by "Clin." or "Engl."), and the initial follows
    "et al." or was read as a person of its own."""
    journal = fields.get("journal", "")
    if fields.get("title") or not re.match(r"[A-Z][a-z]{1,6}\.\s", journal):
        return fields
    at = text.find(journal)
    before = _INITIAL_BEFORE.search(text, 0, at) if at > 0 else None
    if not before:
        return fields
    initial = before.group("initial")
    authors = list(fields.get("authors", ()))
    if authors and (authors[-1].family or authors[-1].literal).strip(" .") == initial[0] and not authors[-1].initials:
        authors.pop()  # "J" read as a person of its own
    elif not before.group(0).startswith("al"):
        return fields  # ("Smith, J. Clin. Oncol.": Smith's initial, or the journal's — left as read)
    return {**fields, "journal": f"{initial} {journal}", "authors": tuple(authors)}


# Given names first throughout: "T. C. Karlenius, K. F. Tonissen", "A. Trautmann", "S. A. Grupp et al."
_GIVEN_FIRST_LIST = re.compile(r"(?:[A-Z]\.[\s-]?)+\s*[^\W\d_][\w'’-]+(?:,\s*(?:and\s+)?(?:[A-Z]\.[\s-]?)+\s*[^\W\d_][\w'’-]+)*"
                               r"(?:,?\s+(?:and|&)\s+(?:[A-Z]\.[\s-]?)+\s*[^\W\d_][\w'’-]+)?(?:,?\s+et\s+al\.?)?")


def _labelled(fields: dict, text: str) -> dict:
    """Numbers the entry labels ("vol. 22", "p. 262") are what their labels say, whatever
    the reading made of them ("p. 1509, 2013" is a page and a year, not a year and a page)."""
    labelled = repairs.labelled_numbers(text)
    if fields.get("kind", "article") != "article":
        # A book's or a report's pages, where the reading found none ("p. 676-82."): the
        # label is before the number, as a page count's ("156 p.") never is.
        pages = labelled.get("pages", "")
        if pages and not fields.get("pages"):
            return {**fields, "pages": normalise_pages(pages)}
        volume = labelled.get("volume", "")
        if volume and not pages and fields.get("pages") == volume and not fields.get("volume"):
            # ABNT closes a book with its volume, "… Paz e Terra, 2018. v. 2.": a labelled
            # volume, not the page it was cited at.
            return {**fields, "volume": volume, "pages": ""}
        return fields
    fields = dict(fields)
    for field, value in labelled.items():
        value = normalise_pages(value) if field == "pages" else value
        if fields.get(field) == value:
            continue
        if field == "issue" and "volume" not in labelled and fields.get("volume", "") in ("", value):
            continue  # "Soins, juin 2010, n°746": a journal's only number is read as its volume
        for other in ("volume", "issue", "pages", "year"):  # the value was read as another field
            if other != field and fields.get(other) == value and labelled.get(other) != value:
                # (Unless its own label says so too: "vol. 2, no. 2" is volume 2, issue 2.)
                if other == "year" and len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text)) > 1:
                    continue  # "2017. Т. 2017": the year, and a volume numbered by it
                fields[other] = ""
        fields[field] = value
        if field == "issue":  # or into the volume, with its label: "31, H. 2", "12 no. 3"
            volume = re.fullmatch(rf"(\d{{1,5}}[A-Za-z]?)\s*,?\s*(?:no|nr|n|h|heft|issue)\.?\s*{re.escape(value)}",
                                  fields.get("volume", ""), re.I)
            fields["volume"] = volume.group(1) if volume else fields.get("volume", "")
    page_numbers = re.findall(r"\d+", labelled.get("pages", ""))
    if fields.get("year") in page_numbers and len(re.findall(rf"(?<!\d){fields['year']}(?!\d)", text)) == 1:
        # "pp.1980-2003, 2011": the year-like first page, printed once, is no year.
        fields["year"] = ""
    if not fields.get("year"):
        # (Nor a number of the page range the reading found: "163, 1905–1917" dates nothing.)
        # (Unless that range is printed in brackets, as a span of years is: "16 (1986–87): 36–80".)
        pages = fields.get("pages") or ""
        ranged = re.match(r"(\d+)\s*[-–]\s*\d", pages)
        read = set(re.findall(r"\d+", pages)) if ranged and not re.search(rf"\(\s*{ranged.group(1)}\s*[-–]", text) else set()
        years = [y for y in re.findall(rf"\b{YEAR}\b", text) if y not in labelled.values() and y not in page_numbers
                 and y not in read]
        fields["year"] = years[-1] if years else ""
    return fields


# A number's label the reading left at the journal's end: "Geol. Mag. V.137(1)", "Eur.
# Transp. Law p.355", "LPI Contribution No. 922", German "Behindertenpädagogik, Heft 3".
_TRAILING_LABEL = re.compile(rf"[\s,]+(?:[Vv]ol|[Vv]|[Pp]p?|[Nn]o|[Nn]r|n°|Heft|H|{YEAR_RUN}|Bd)\.?$")
# German prints the volume before its label: "Zeitschrift für Pädagogik 31. Jg., Heft 2".
_TRAILING_LABELLED_VOLUME = re.compile(rf"[\s,]+\d{{1,4}}\.\s*{YEAR_RUN}\.?$")


def _journal_without_number_label(fields: dict, core: str) -> dict:
    """The journal without a volume's, page's or number's label it ends with, where the
    entry prints a number straight after that label."""
    journal = fields.get("journal") or ""
    label = _TRAILING_LABEL.search(journal)
    if label and re.search(re.escape(journal) + r"\.?\s?\d", core):
        journal = journal[:label.start()].rstrip(" ,")
    # (Then a volume printed before its label: "… 31. Jg., Heft 2/1992", both read into it.)
    volume = _TRAILING_LABELLED_VOLUME.search(journal)
    if volume:
        journal = journal[:volume.start()].rstrip(" ,")
    number = _NUMBER_ENDING_JOURNAL.search(journal)
    if number and not fields.get("volume") and fields.get("pages") and re.search(
            re.escape(journal) + r"\s*,?\s*pp?\.\s*" + re.escape(fields["pages"].split("-")[0]), core):
        # Harvard's "*Lancet Psychiatry* 4 pp. 409–418": the number between the journal and
        # the pages' label is the volume, not the journal's ("Periodontology 2000" is a year).
        return {**fields, "journal": journal[:number.start()], "volume": number.group(1)}
    return {**fields, "journal": journal} if journal != fields.get("journal", "") and fields.get("journal") else fields


_NUMBER_ENDING_JOURNAL = re.compile(r"(?<=[^\W\d_])\s+(?!(?:1[5-9]|20)\d\d$)(\d{1,4})$")


def _page_count_is_no_pages(fields: dict, core: str) -> dict:
    """"2013. 43 p.", "276pp.", "vi + 302 S.": how long a book or report is, not pages it
    was cited at (CSL's number-of-pages, BibTeX's pagetotal, not its page field)."""
    counted = re.fullmatch(r"\d+\s?(?:p|pp|S|с)\.?", fields.get("volume") or "")
    if counted and not fields.get("pages") and not fields.get("issue"):
        # SIST02's "山田太郎. 日本語の構造. 東京大学出版会, 2005, 250p.": the count read as a
        # volume made the publisher a journal; a book it is.
        fields = {**fields, "volume": ""}
        if fields.get("journal") and not fields.get("publisher"):
            fields.update(publisher=fields["journal"], journal="", kind="book")
        return fields
    pages = fields.get("pages") or ""
    if not pages or not pages.isdigit() or (fields.get("kind", "article") == "article" and fields.get("volume")):
        return fields
    if re.search(rf"(?<![\w.–-]){re.escape(pages)}\s?(?:p|pp|pág|págs|pages|S|с)\.(?!\s?\d)", core):
        return {**fields, "pages": ""}
    return fields


def _semicolon_chapter(fields: dict, core: str) -> dict:
    """MDPI's chapter with its edition or several editors, which the reading lost (the
    title, the year, the imprint): read as the house style prints it, after the names."""
    if not fields.get("authors") or " In " not in core or len(core) > 2000:
        return fields  # (a chapter's entry is short: the pattern is not tried on runaway text)
    end = repairs.semicolon_names_end(core, alone=True)
    chapter = semicolon_chapter(core[end:]) if end else {}
    if not chapter:
        return fields
    chapter["pages"] = normalise_pages(chapter.get("pages", ""))
    return {**fields, **chapter}


# APA's translator after the title: "The interpretation of dreams (J. Strachey, Trans.)",
# "(M. Pérez, Trad.)", "(K. Weber, Übers.)"; the edition may share the bracket ("2nd ed.;").
_TRANSLATOR_AFTER_TITLE = re.compile(r"\s*\((?:[^()]{1,30}?;\s*)?[^()]{2,80},\s*(?:Trans|Trad|Übers|Tr)\.\)$")


# …or a sentence of its own, as each language says it: "Trad. de Aurelio Garzón del Camino",
# "Tradução de Raquel Ramalhete", "Übers. von Walter Seitter", "Tłum. T. Komendant",
# "Traduit par …", "Пер. с англ. …". (The translator's name: capitalised words, initials
# and particles only, so a title's own "Translated …" phrase stays.)
_TRANSLATOR_SENTENCE = re.compile(
    r"[.,]\s+(?:Trad(?:\.|ucci[óo]n|u[çc][ãa]o|uit|uzione|otto)|[ÜU]bers(?:\.|etzt)|Tłum(?:\.|aczenie)|Prze[łl]\."
    r"|Vert(?:\.|aald)|Пер(?:\.|евод)|Trans(?:\.|lated))"
    r"(?:\s+(?:de|do|da|von|par|di|by|door|por|z|с)\b\.?)?(?:\s+[a-zа-я]{2,6}\.)?"
    r"(?P<names>(?:\s+(?:[A-ZÀ-ÞЀ-Я][\w'’-]*\.?|de|da|do|dos|del|la|von|van|der|y|e|and|und|et|i|и),?)+)$")


def _translator_in_title(fields: dict) -> dict:
    """The translator's bracket or sentence the reading kept in the title: not the title's words."""
    title = fields.get("title") or ""
    bracket = _TRANSLATOR_AFTER_TITLE.search(title) if title.endswith(".)") else None
    bracket = bracket or _TRANSLATOR_SENTENCE.search(title.rstrip(" ."))
    if not bracket or bracket.start() < 3:
        return fields
    return {**fields, "title": title[: bracket.start()].rstrip(" .,")}


def _edition_in_title(fields: dict) -> dict:
    """"Handbuch der Psychiatrie, 3. Aufl." read as the title: a book's edition is printed
    after its title, and it is no word of it."""
    if fields.get("kind") not in ("book", "chapter", "report", "thesis") or fields.get("edition"):
        return fields
    for field in ("title", "booktitle"):
        edition = EDITION_AT_END.search((fields.get(field) or "").rstrip(" ."))
        if edition and edition.start() > 3:
            return {**fields, field: fields[field][: edition.start()].rstrip(" .,"), "edition": edition.group("edition")}
    return fields


def _volume_in_title(fields: dict) -> dict:
    """A book's volume read into its title ("Myers, M. G. The New York Money Market, Vol.
    I. New York: …"): the label says it is no word of the title."""
    if fields.get("kind") not in ("book", "chapter", "report") or fields.get("volume") or fields.get("journal"):
        return fields
    volume = LABELLED_VOLUME_AT_END.search(fields.get("title") or "")
    if not volume or volume.start() < 3:
        return fields
    return {**fields, "title": fields["title"][: volume.start()].rstrip(" .,"), "volume": volume.group("volume")}


_NUMBER_AT_END = re.compile(r"[.,]\s*(?P<number>\d{1,2})\s*(?:ª|º|a|e|st|nd|rd|th)?\.?$")
_EDITION_HERE = re.compile(EDITION)


def _edition_number_in_title(fields: dict, text: str) -> dict:
    """An edition's number the title took, its word left after it: ABNT's "Título do
    livro. 2. ed. São Paulo: Atlas, 2019." read as the title "Título do livro. 2". Only
    where the printed edition (number and word) starts at that number."""
    title = fields.get("title") or ""
    number = _NUMBER_AT_END.search(title)
    at = text.find(title)
    if fields.get("edition") or not number or number.start() < 3 or at < 0:
        return fields
    edition = _EDITION_HERE.match(text, at + number.start("number"))
    if not edition or edition.end() <= at + len(title):
        return fields  # (the edition's word must lie past the title: "… Vol. 2" is no edition)
    return {**fields, "title": title[: number.start()].rstrip(" .,"), "edition": edition.group("edition")}


# A meeting's volume named after the title's stop: "… Ada Tasks. Proceedings of the
# International Workshop …", "… recognition. Proc. 24th Fuzzy System Symposium", or after
# its comma in comma-parted styles ("… information systems, Proc. of SIGDBS Conf.").
_PROCEEDINGS_AFTER_TITLE = re.compile(
    r"^(?P<title>.{10,}?[^\W\d_?)]{2}[?)]?)(?:[.?]\s+(?P<venue>(?:Proceedings|Proc\.|Actas|Anais|Annals of the)\s.{6,})"
    r"|,\s+(?P<proceedings>(?:Proceedings|Proc\.)\s.{6,}))$")


def _proceedings_in_title(fields: dict) -> dict:
    """A title that ran on into the proceedings it appeared in, with no "In:" to part
    them: the proceedings are the book the paper is in."""
    if fields.get("journal") or fields.get("booktitle") or fields.get("volume"):
        return fields
    venue = _PROCEEDINGS_AFTER_TITLE.match(fields.get("title") or "")
    if not venue:
        return fields
    booktitle = venue.group("venue") or venue.group("proceedings")
    return {**fields, "title": venue.group("title"), "booktitle": booktitle.rstrip(" .,"), "kind": "proceedings"}


_ARTICLE_NUMBER = re.compile(r"(?:[A-Za-z]{1,3}\d[\dA-Z]{3,20}|\d{5,8})(?=[,.;]?(?:\s|$))")


def _article_number_after_volume(fields: dict, core: str) -> dict:
    """An article number where the pages go, straight after the volume (and issue):
    "Geophys. Res. Lett., 47, e2019GL086075, 2020", "Phys. Rev. D 94, 094008": the pages
    of an article with none, whatever the reading made of it."""
    volume = fields.get("volume") or ""
    if fields.get("pages") or not volume or fields.get("kind", "article") != "article" or not _ARTICLE_NUMBER.search(core):
        return fields
    found = re.search(rf"(?<![\w.]){re.escape(volume)}\s*(?:\([\w‐–/-]{{1,12}}\))?\s*[,:]\s*"
                      r"(?P<number>(?:[A-Za-z]{1,3}\d[\dA-Z]{3,20}|\d{5,8}))(?=[,.;]?(?:\s|$))", core)
    if not found or found.group("number") in (fields.get("year"), fields.get("issue")):
        return fields
    return {**fields, "pages": found.group("number")}


def _italic_journal_left_out(fields: dict, italic: list[str], text: str) -> dict:
    """An italic run after the title with a volume straight after it, which the reading
    left in no field or in a note ("… Qinghai-Tibet plateau *Geoderma* 428 116206",
    "… model? *Sustainability* 10"): the journal, its volume and its page or article
    number; the words between the title and it end the title."""
    read = fields["title"].rstrip(" .,")
    title_at = text.find(read)
    if title_at < 0:
        return {}
    for run in (r.strip(" .,") for r in italic):
        if len(run) < 3 or not re.search(r"[^\W\d_]{3}", run):
            continue
        # (The run may close the title read, its numbers with it: "… model? Sustainability 10".)
        tail = re.search(re.escape(run) + r"[\s,.]*\d[\d\s,:()–-]*$", read)
        if run in read and not (tail and tail.start() > 10):
            continue
        title = read[: tail.start()].rstrip(" .,:") if tail else read
        title_end = title_at + len(title)
        at = text.find(run, title_end)
        into = text.find(run, title_at + 1)
        if 0 <= into < title_end and len(text[title_at:into].split()) >= 3:
            # The title read the journal's first words in ("… assimilation *Water Resour.
            # Res.* 41" read as "… assimilation Water Resour"): it ends where the run starts.
            title, at = text[title_at:into].rstrip(" .,:"), into
            title_end = title_at + len(title)
        numbers = re.match(r"[\s,.]*(?P<volume>\d{1,5})(?:\s*\((?P<issue>[\w–-]{1,9})\))?(?:[\s,:]+(?P<pages>[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?))?(?=[\s.,;(]|$)",
                           text[at + len(run):]) if at >= 0 else None
        gap = text[title_end: at] if at >= 0 else ""
        if not numbers or re.search(r"\d", gap) or len(gap.split()) > 3 or re.fullmatch(YEAR, numbers.group("volume")):
            continue
        if fields.get("volume") not in (None, "", numbers.group("volume")):
            continue
        found = {**fields, "journal": run, "kind": "article", "volume": numbers.group("volume"),
                 "title": text[title_at: title_end] + gap.rstrip(" .,:")}
        source = text[at: at + len(run) + numbers.end()]
        for field in ("publisher", "place"):
            if found.get(field) and found[field] in source:
                found[field] = ""  # the journal's words and numbers, read as an imprint
        if numbers.group("issue") and not fields.get("issue"):
            found["issue"] = numbers.group("issue")
        if numbers.group("pages") and not fields.get("pages"):
            found["pages"] = normalise_pages(numbers.group("pages"))
        return found
    return {}


_VOLUME_AFTER_RUN = re.compile(r"\W{0,3}\s*(?P<volume>\d+)\b(?:\s*\((?P<issue>[^()]{1,10})\))?")


def _italic_journal_after_the_one_read(fields: dict, italic: list[str], text: str) -> dict:
    """A title with a comma and a number in it ("… antagonist, CP-101,606, in patients …
    disorder. *J Clin Psychopharmacol* 28, (2008)") read as a journal and its volume,
    where the page sets the real journal in italics, with its volume, further on: the
    italic run is the journal, and the title runs up to it."""
    journal, title = fields.get("journal", "").strip(" .,"), fields.get("title", "")
    if not journal or not title or fields.get("kind", "article") != "article" or any(journal in run for run in italic):
        return fields
    title_at, journal_at = text.find(title), text.find(journal)
    if title_at < 0 or journal_at < title_at:
        return fields
    found = []
    for run in {run.strip(" .,") for run in italic}:
        at = text.find(run, journal_at + len(journal))
        named = at > 0 and re.search(r"[^\W\d_]{2}", run)  # (a journal's name, not an italic volume)
        numbered = _VOLUME_AFTER_RUN.match(text, at + len(run)) if named else None
        if numbered and run not in title:
            found.append((at, run, numbered))
    if len(found) != 1:
        return fields
    at, run, numbered = found[0]
    return {**fields, "title": text[title_at:at].rstrip(" .,:;"), "journal": run, "volume": numbered.group("volume"),
            "issue": numbered.group("issue") or ""}


# An article number alone after the journal (published online, no volume yet).
_ARTICLE_NUMBER_ALONE = re.compile(r"[\s,.]*(?P<number>[A-Za-z]{0,2}\d{4,})\.?\s*$")


def _journal_cut_inside_italics(fields: dict, italic: list[str], text: str) -> dict:
    """The reading's journal stops inside an italic run ("*Adv. Mater.* 2504909" read as
    "Adv"): the italics print the journal whole; an article number alone after it, with no
    volume yet, is the pages'."""
    journal = fields.get("journal", "").strip(" .,")
    at = text.find(journal) if journal else -1
    if at < 0:
        return fields
    runs = [r.strip(" .,") for r in italic]  # (in printed order: the first that fits)
    run = next((r for r in runs if r.startswith(journal) and len(r) > len(journal) and text.startswith(r, at)), "")
    if not run or not re.search(r"[^\W\d_]{2}", run[len(journal):]):
        return fields
    mended = {**fields, "journal": run}
    number = _ARTICLE_NUMBER_ALONE.match(text, at + len(run))
    if number and not fields.get("volume") and not fields.get("pages"):
        mended["pages"] = number.group("number")
    return mended


def _italic_journal(fields: dict, italic: list[str], text: str) -> dict:
    """Where no punctuation parts a title from its journal (IOP: "… literature *Psychol
    Med* 43 471–81"), the italics do: the italic run straight before the volume is the
    journal, and the words read into the journal before it end the title (or the words
    of the journal read into the title, "… patients *Biol. Psychiatry* 47", join it)."""
    journal, title = fields.get("journal", ""), fields.get("title", "")
    volume = fields.get("volume", "")

    def before_volume(run: str) -> bool:
        return _run_before_volume(run, volume, text) >= 0

    if not journal and title and fields.get("kind", "article") in ("article", "misc", "book"):
        lost = _italic_journal_left_out(fields, italic, text)
        if lost:
            return lost
    if not journal and title:
        # The title read the italic journal in ("… in depression *Neuropsychopharmacology*
        # 29 566–79", "… umbrella review *JAMA Psychiatry*"), and ISO 690's year after it
        # too ("… aplicação. *Cien Saude Colet*. 2014. Vol. 19").
        year = fields.get("year", "")
        read = title.rstrip(" .,")
        if year and re.search(rf"\S\.\s+{year}$", read):
            read = read[: -len(year)].rstrip(" .,")
        last = next((run.strip(" .,") for run in italic if len(run.strip(" .,")) >= 3
                     and read.endswith(run.strip(" .,")) and before_volume(run.strip(" .,"))), "")
        if last and len(read) > len(last) + 10:
            return {**fields, "journal": last, "title": read[: -len(last)].rstrip(" .,:"), "kind": "article"}
        if last and last == title.strip(" .,") and volume and fields.get("pages") and not (
                fields.get("publisher") or fields.get("place")):
            # Title-less IOP, "Wang X and Yu J 2016 *Onco Targets Ther.* 9 5023": the italic
            # run before the volume is the journal, whole.
            return {**fields, "journal": last, "title": "", "kind": "article"}
    if journal and not title and fields.get("year") and fields.get("kind", "article") == "article":
        # IOP's "Names 2006 Title *Journal* 11 11–7" with the title lost: the words between
        # the year and the italic journal are the title.
        run = next((r.strip(" .,") for r in italic if r.strip(" .,") == journal.strip(" .,")), "")
        year_at = text.find(fields["year"])
        run_at = text.find(run, year_at + 4) if run and year_at >= 0 else -1
        between = text[year_at + 4: run_at].strip(" .,:;)") if run_at > 0 else ""
        if len(between.split()) >= 3 and before_volume(run) and not re.search(r"\d{3,}", between):
            return {**fields, "title": between}
    if not journal or fields.get("kind", "article") != "article":
        return fields
    if not title:
        # No title (ACS, IEEE without one): the italic run that ends with the journal read
        # is the whole journal ("*N. Engl. J. Med.*" read as "Engl. J. Med.").
        bare = journal.strip(" .,")
        longer = [run.strip(" ,") for run in italic if run.strip(" .,").endswith(bare) and run.strip(" .,") != bare]
        if len(longer) == 1:
            return {**fields, "journal": longer[0]}
        # …or the journal read with the last names before it ("J. D. Wolchok. *Science*").
        shorter = [run.strip(" ,") for run in italic if len(run.strip(" .,")) >= 3 and bare.endswith(run.strip(" .,"))
                   and run.strip(" .,") != bare]
        if len(shorter) == 1:
            prefix = bare[: -len(shorter[0].strip(" .,"))].strip(" .,")
            if parse_names(prefix)[0] and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", prefix):
                return {**fields, "journal": shorter[0]}
            if len(prefix.split()) >= 3 and before_volume(shorter[0].strip(" .,")):
                # …or with the title before it (IOP: "2006 Cure therapeutics … *Mol Psychiatry* 11").
                return {**fields, "journal": shorter[0], "title": prefix}
        return fields
    bare = journal.strip(" .,")
    if re.fullmatch(r"(?:[A-Z]\.?\s?){1,3}", bare):
        # Initials are no journal: the last person's read as one ("…, and Lisman, J 2016
        # Title. *J Neurosci*, 36: 11151"); the italic run before the volume is the journal.
        run = next((r.strip(" .,") for r in italic if len(r.strip(" .,")) >= 3 and before_volume(r.strip(" .,"))
                    and not title.endswith(r.strip(" .,"))), "")
        if run:
            return {**fields, "journal": run}
    for printed in italic:
        run = printed.strip(" .,")
        if run == bare or len(run) < 3 or not (bare.endswith(run) or run.endswith(bare)) or title.endswith(run):
            continue
        source = _run_before_volume(run, volume, text)
        start = text.find(title)
        if not volume or source < 0 or start < 0 or source <= start:
            continue
        # (The title runs on to the italics as printed: words the tagger left between go back.)
        return {**fields, "journal": printed.strip(" ,"), "title": text[start:source].strip(" .,;:")}
    return fields


def _title_cut_before_italic_journal(fields: dict, italic: list[str], text: str) -> dict:
    """A title cut short of the italic journal that follows it with no mark between (IOP:
    "… ice sheet from 1992 to 2017 *Nature* 558 219–22", "… between 30°s and 55°s *Nature
    Communications* 13 340", "… library (MARBL) *J Adv Model Earth Syst*"): the italics
    start the journal, so the title runs on to them, and words read into the journal
    before the italics go back to the title.

    Only where the title stops inside a run of words (words between it and the italics,
    and no closing quote, comma, stop, colon, semicolon or bracket of a medium: "Title.
    *Journal*", "“Title”, *Journal*", "Title [Internet]. *Journal*" and "Title. In *Book*"
    stay as they are) and the italic run is followed by the volume, or ends the entry."""
    journal, title = (fields.get("journal") or "").strip(" .,"), fields.get("title") or ""
    if not journal or not title or fields.get("kind", "article") != "article":
        return fields
    start = text.find(title)
    if start < 0:
        return fields
    for printed in italic:
        run = printed.strip(" .,")
        if len(run) < 3 or not journal.endswith(run):
            continue
        at = _run_before_volume(run, fields.get("volume") or "", text, start + len(title))
        if at < 0:
            continue
        between = text[start + len(title): at].strip()
        if (not re.search(r"\w", between) or re.match(r"[,”’\"'»]", between)
                or re.search(r"[.;:\[\]]|\b(?:In|Em|En|Dans)\b", between)):
            return fields
        return {**fields, "title": text[start:at].strip(" ,"), "journal": printed.strip(" ,")}
    return fields


# What may follow an article's journal when it prints no numbers: an online-first note.
_ONLINE_FIRST_TAIL = re.compile(r"[.,]?\s*(?:(?:Epub|Online|Published)\s+ahead\s+of\s+print|[Ii]n\s+press|[Aa]dvance\s+online\s+publication)?\.?\s*$")


def _italic_journal_read_into_title(fields: dict, italic: list[str], core: str) -> dict:
    """An article online first whose title runs on into its italic journal with no mark
    between ("… depression (TRD) *Mol Psychiatry*. Epub ahead of print."): with nothing
    read as a journal, and the entry ending there, a listed journal's italic name that
    ends the title is the journal. (An italic species ending a title is no journal: it is
    not on the lists.)

    Bad reading: title "… (TRD) Mol Psychiatry", no journal.
    Good reading: title "… (TRD)", journal "Mol Psychiatry"."""
    title = fields.get("title") or ""
    if fields.get("journal") or fields.get("publisher") or fields.get("kind", "misc") not in ("misc", "article") or not title:
        return fields
    for printed in italic:
        run = printed.strip(" .,")
        if len(run) < 3 or not title.endswith(" " + run) or not known_journal(run):
            continue
        at = core.rfind(run)
        if at < 0 or not _ONLINE_FIRST_TAIL.fullmatch(core, at + len(run)):
            continue
        return {**fields, "kind": "article", "title": title[: -len(run)].rstrip(" ,"), "journal": run}
    return fields


# The words between a quoted title's closing mark and the numbers, with no stop before them:
# "“Title” Neuropharmacology vol. 102, pp. 72–79, 2016."
_AFTER_CLOSING_QUOTE = re.compile(r"[”\"]\s*,?\s*(?P<journal>[A-Z][^“”\"(),;:\d]{1,120}?)\s*,?\s*(?=(?:[Vv]ol\.|[Vv]\.)\s*\d|\d)")


def _journal_after_closing_quote(fields: dict, core: str) -> dict:
    """A journal between a quoted title and the numbers that the reading left out ("…
    effects” Neuropharmacology vol. 102, pp. 72–79, 2016.", no comma after the quote).

    Bad reading: title, volume and pages, no journal.
    Good reading: journal "Neuropharmacology"."""
    title = fields.get("title") or ""
    if (not title or fields.get("journal") or fields.get("booktitle") or fields.get("publisher")
            or not (fields.get("volume") or fields.get("pages")) or fields.get("kind", "misc") not in ("misc", "article")):
        return fields
    at = core.find(title)
    after = _AFTER_CLOSING_QUOTE.match(core, at + len(title)) if at >= 0 else None
    if not after:
        return fields
    return {**fields, "kind": "article", "journal": after.group("journal").strip(" .")}


# The title's last sentence read into the journal with the "in:" that opens the journal:
# "… properties? Current status and future directions, in: CNS Drugs, Vol. 29".
_IN_INSIDE_JOURNAL = re.compile(r"(?P<before>[^\W\d_].*?),?\s+[Ii]n:\s+(?P<journal>[^:]{2,})")


def _title_sentence_before_in(fields: dict, core: str) -> dict:
    """The words before "in:" that the reading gave the journal go back to the title.

    Bad reading: title "Does ketamine have anti-suicidal properties?", journal "Current
    status and future directions, in: CNS Drugs".
    Good reading: the title runs on to "directions"; the journal is "CNS Drugs"."""
    inside = _IN_INSIDE_JOURNAL.fullmatch(fields.get("journal") or "")
    title = fields.get("title") or ""
    if not inside or not title or not (fields.get("volume") or fields.get("pages")):
        return fields
    joined = re.search(re.escape(title) + r"(?P<gap>[\s.,;:]*)" + re.escape(inside.group("before")), core)
    if not joined:
        return fields
    return {**fields, "title": title + joined.group("gap").rstrip() + " " + inside.group("before"), "journal": inside.group("journal").strip(" ,.")}


# A "book" after "In:" that is a journal and its numbers, as German styles print an
# article: "(2015): Title. In: CNS Drugs 29.", "In: Neuron 71 (5): 1085–1101".
_JOURNAL_AND_NUMBERS = re.compile(rf"(?P<journal>.*?[^\W\d_].*?)\s+(?!(?:1[5-9]|20)\d\d\b)(?P<volume>\d{{1,4}})"
                                  rf"(?:\s*\((?P<issue>[\w/–-]{{1,9}})\))?(?:\s*[:,]\s*(?:S\.\s*|pp?\.\s*)?{PAGES})?\.?")


_JOURNAL_THEN_VOLUME_LABEL = re.compile(rf"(?P<journal>.*?[^\W\d_].*?)[,\s]+(?:{YEAR_RUN}|[Vv]ol|Bd)\.?")


def _journal_read_as_book(fields: dict, core: str) -> dict:
    """A chapter's "book" that is a journal with its volume (and issue and pages), with no
    editors, publisher or place: the article's journal. So is a book's "publisher" printed
    after "In:" with a volume.

    Bad reading: chapter in the book "CNS Drugs 29", or a book published by "Addiction 105".
    Good reading: article in "CNS Drugs", volume 29."""
    if fields.get("place") or fields.get("editors"):
        return fields
    if fields.get("kind") == "chapter" and not fields.get("publisher"):
        source = "booktitle"
    elif (fields.get("kind") == "book" and not fields.get("booktitle") and fields.get("publisher")
          and re.search(r"\bIn:\s*" + re.escape(fields["publisher"]), core)):
        source = "publisher"
    else:
        return fields
    labelled = _JOURNAL_THEN_VOLUME_LABEL.fullmatch(fields.get(source) or "")
    if labelled and fields.get("volume"):
        # ("in: *Int J Mol Sci*, Jg. 19": the volume read, its label left with the journal.)
        return {**{k: v for k, v in fields.items() if k != source}, "kind": "article", "journal": labelled.group("journal")}
    numbered = _JOURNAL_AND_NUMBERS.fullmatch(fields.get(source) or "")
    if not numbered:
        return fields
    return {**{k: v for k, v in fields.items() if k != source}, "kind": "article", "journal": numbered.group("journal").strip(" ,."),
            "volume": numbered.group("volume"), "issue": numbered.group("issue") or fields.get("issue", ""),
            "pages": numbered.group("pages") or fields.get("pages", "")}


def _run_before_volume(run: str, volume: str, text: str, start: int = 0) -> int:
    """Where in ``text`` (from ``start``) the italic ``run`` stands straight before the
    volume — after the year and its label where ISO 690 and MDPI print them ("*Chem.
    Rev.*. 2006. Vol. 106", "*Geophys. Res. Lett.* 2014, *41*") — or, with no volume (an
    article online first), ends the text; -1 where it does neither."""
    if not volume:
        end = text.rstrip(" .,")
        at = len(end) - len(run)
        return at if end.endswith(run) and at >= start else -1
    found = re.compile(re.escape(run) + rf"\W{{0,3}}\s*(?:{YEAR}[a-z]?\W{{0,3}}\s*)?(?:[Vv]ol\.?\s*)?"
                       + re.escape(volume) + r"\b").search(text, start)
    return found.start() if found else -1


# Where a work has no date, styles print their mark for it after the title: "(n.d.)", "n.d.",
# "[no date]", "[s.d.]", "s. f."; an authorless work's title also stands in the author's
# place, so some print it twice: "Title. (n.d.). *Title*. Retrieved …".
_NO_DATE_MARK = rf"[\[(]?(?:n\.\s?d\.?|{NO_DATE_WORDS}|s\.\s?d\.?)[\])]?"
# (The look-behind starts the marks' lead-in where a run of stops starts: from inside a
# run of thousands of leader dots each dot would rescan the rest of the run.)
_NO_DATE_AT_END = re.compile(rf"(?<![\s.,])[\s.,]+{_NO_DATE_MARK}\.?$", re.I)
_BETWEEN_TWICE = re.compile(rf"[\s.,]+(?:\[[^\]]{{1,20}}\][\s.,]*)?(?:{_NO_DATE_MARK}[\s.,]+)?", re.I)


def _undated_title(fields: dict) -> dict:
    """A title without the mark of a missing date, and printed once."""
    title = fields.get("title", "")
    if not title:
        return fields
    title = _NO_DATE_AT_END.sub("", title)
    whole = title.rstrip(" .")
    for between in _BETWEEN_TWICE.finditer(whole):
        # (Only a break with as much before it as after can part a title printed twice.)
        if between.start() == len(whole) - between.end() and whole[: between.start()].casefold() == whole[between.end():].casefold():
            title = whole[: between.start()]
            break
    return {**fields, "title": title} if title != fields["title"] else fields


def opening_quote_restored(fields: dict, text: str) -> dict:
    """The quote that opens a title's first words, which the reading took for punctuation
    while keeping its partner: "“Bushmeat crisis” and “cultural imperialism” in wildlife
    management?" had come out as "Bushmeat crisis” and …"."""
    title = fields.get("title") or ""
    for opening, closing in (("“", "”"), ("«", "»")):
        first_open = title.find(opening)
        if (title.count(closing) > title.count(opening) and (first_open < 0 or title.find(closing) < first_open)
                and opening + title in text):
            return {**fields, "title": opening + title}
    return fields


_AUTHOR_AS_PUBLISHER = re.compile(r"(?:The\s+)?[Aa]uthors?|Autor(?:es)?|Autora")


def author_as_publisher(fields: dict) -> dict:
    """APA's "Author." where the body that wrote the work published it: a publisher, not a
    journal ("ICMBio. (2002). Estabelece normas … . Author.")."""
    if not _AUTHOR_AS_PUBLISHER.fullmatch(fields.get("journal") or "") or fields.get("volume"):
        return fields
    kind = fields.get("kind", "article")
    return {**fields, "journal": "", "publisher": fields.get("publisher") or fields["journal"],
            "kind": "report" if kind == "article" else kind}


# PLOS's entry whose source prints no volume, only its pages after a colon: "Clustering by
# means of medoids. Statistical Data Analysis Based on the L1-Norm and Related Methods:
# 405–416.", "Managing Smile Risk. Wilmott: 84–108."
_CONTAINER_BEFORE_COLON_PAGES = re.compile(
    r"(?<=[.?!])\s+(?P<container>[A-Z][^.:;()]{1,150}?):\s*(?P<pages>[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+)\.?\s*$")


def container_before_colon_pages(fields: dict, core: str) -> dict:
    """The source of "Title. Source: 405–416." that the reading ran into the title or took
    for a place: a sentence of its own, then its pages after a colon, is where the work
    appeared (a place is followed by a publisher, never by pages)."""
    if fields.get("journal") or fields.get("booktitle") or fields.get("volume") or ":" not in core:
        return fields
    found = _CONTAINER_BEFORE_COLON_PAGES.search(core)
    if not found:
        return fields
    container, title = found.group("container").strip(), fields.get("title") or ""
    if title.endswith(". " + container) and len(title) > len(container) + 2:
        fields = {**fields, "title": title[: -len(container) - 2]}
    elif fields.get("place") == container:
        fields = {**fields, "place": ""}
    else:
        return fields
    return {**fields, "journal": container, "pages": fields.get("pages") or normalise_pages(found.group("pages")), "publisher": "",
            "kind": "article" if fields.get("kind") in ("book", "misc", "article", None) else fields["kind"]}


# (Case protection wraps a capital: "{HIV}", "{A method …}"; a lower-case "{x}" is the title's own.)
_CASE_BRACES = re.compile(r"\{([A-ZÀ-Þ][^{}]{0,300})\}")


def bibtex_braces_removed(fields: dict) -> dict:
    """BibTeX's case-protecting braces a list rendered from a .bib left in print: "{A method
    of establishing groups …}", "{Bayesian} inference for {HIV} dynamics". They mark case,
    not words."""
    mended = {}
    for field in ("title", "journal", "booktitle"):
        value = fields.get(field) or ""
        if "{" in value and "}" in value:
            mended[field] = _CASE_BRACES.sub(r"\1", _CASE_BRACES.sub(r"\1", value))  # (nested once: "{{HIV}}")
    return {**fields, **mended} if mended else fields
