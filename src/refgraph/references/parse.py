"""One reference string → a :class:`Reference`: the rules and the learnt tagger, reconciled.

Two readers look at every string. The rule parser (:mod:`.rules`) is exact on the
styles it was written for; the tagger (:mod:`.learn`) was trained on thousands of
labelled strings in every common style and reads ones nobody wrote a rule for. The
tagger judges the rules: the rule parse is turned into a token labelling and the model
scores it against its own best labelling. When the model finds the rule parse
plausible, the rules' exact fields are kept; otherwise the model's fields are used.
Either way every field carries the model's confidence in it.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from ..source import LIGATURES, Span
from .cjk import japanese_marks_as_latin, with_latin_marks
from .clean import (doubled_quotes_joined, emphasised, et_al_unbracketed, guillemets_turned_out, join_broken_words, join_formula_subscripts,
                    quoted_journal_in_italics, slashed_numbers_parted, strip_markdown, unglue_month_year, unglue_sentence_stops, unglue_year,
                    unspace_marks, volume_labels_in_english, year_after_pages_moved, year_without_day)
from .identifiers import ams_cited_year, lift_identifiers, notice_spans, without_pubmed_notes
from .journals import letter_is_a_series
from .learned import entry_kind, model_fields, without_enclosing_quotes
from .places import names_a_body_not_a_town
from .model import Author, Reference
from .books import PLACE_PUBLISHER, names_are_editors
from .patterns import NO_DATE_WORDS, TWO_LETTER_INITIAL, is_place
from .number_edges import tidy_numbers
from .same_names import RULE_THEN_STOP, read_as_rule
from .numbered_documents import without_patent_roles
from .people import (SAINT_WORDS, dash_after_bracketed_initials, dotted_given_first_initials, names_parted_by_slashes, parse_names,
                     without_creator_roles)
from .acts import act_fields
from .series_statement import lift_book_series, lift_series, with_book_series
from .translators import lift_translation_note, lift_translator, without_unknown_imprint
from .title_first import names_before_title, year_after_names_set_apart
from .printed import author_as_publisher, bibtex_braces_removed, mend_reading, opening_quote_restored
from . import judges, repairs
from .rules import JOURNAL_MEDIUM, MEDIUM, REPORT_WORDS, THESIS_WORDS, TITLE_MEDIUM, UnparseableReference, normalise_pages, rule_fields

__all__ = ["parse_reference", "clear_parse_cache", "UnparseableReference"]

# The rule parse is kept while the model finds it at least this likely relative to its
# own best reading (a ratio of sequence probabilities). Tuned on the corpus and the
# sample (where the rules are exact) against corpus-dev (where they were never tuned).
RULES_KEPT_ABOVE = 0.03
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
# Word's non-breaking hyphen and Unicode's hyphen between numbers ("p. 7‑35", "393‐400",
# "S23‑S28") join a range as "-" does; every page pattern reads "-".
_DIGIT_HYPHEN = re.compile(r"(?<=\d)[\u2010-\u2012](?=[A-Za-z]{0,3}\d)")
# APA 7 prints an article number where the pages stand, after the volume: "Journal, 570,
# Article 123456", "14(3), Article e0212345". The label is read away so the number is the
# pages every reading finds there ("Article 5 of the Convention", with no volume before
# it, is a title's words).
_ARTICLE_LABEL = re.compile(r"(?<=\d)(\)?,\s*)(?:Article|Art\.)\s+(?:[Nn]o\.?\s*|number\s+)?(?=[A-Za-z]{0,3}\d)")
# A saint's name in a list of people, "St. John, K.", "Smith A, St. John K", "K. St. John and
# A. Smith": its stop is no initial's nor the list's end (both parsers read the surname
# "St John"). Only at the start or after a name's initials ("A, ", "J., & "): after any
# comma it took a place's stop too ("…, pages 251–255, St. Charles, IL" kept "St Charles").
_AFTER_INITIALS = r"(?:(?<=\b[A-Z])|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]\.))"
_SAINT_IN_NAMES = re.compile(rf"(?P<lead>(?:^|{_AFTER_INITIALS}(?:,\s(?:and\s|&\s)?|\s(?:and|&)\s))(?:[A-Z]\.[\s-]?){{0,3}})"
                             rf"(?P<saint>{SAINT_WORDS})\.\s(?=[A-Z][a-z])")
# (A bullet too: "- Y.-A. DURELLE-MARC, « Le … »"; one dash before a letter, not the rule
# of "———." or "--, and C. J. Wild" that stands for the names before.)
_NUMBER_MARKER = re.compile(r"^(?:(?:\[\d+\]|\d+[.)])\s+|[-–•·▪]\s+(?=[^\W\d_]))")
# "(no date)", "(o. J.)", "(s.f.)": a work with no date, read as "(n.d.)" is.
_NO_DATE = re.compile(rf"\((?:{NO_DATE_WORDS})\)", re.I)
_FIELD_LABELS = {"title": "title", "journal": "container-title", "booktitle": "container-title", "year": "date",
                 "volume": "volume", "issue": "issue", "pages": "pages", "publisher": "publisher", "place": "location",
                 "edition": "edition"}


def parse_reference(raw_markdown: str, number: int = 0, span: Span | None = None, label: str = "",
                    position: int = 0) -> Reference:
    """Parse one reference string (Markdown allowed); raises :class:`UnparseableReference`.
    ``number``, ``span``, ``label`` and ``position`` place it in its list."""
    parsed = _parsed(raw_markdown)
    return replace(parsed, number=number, span=span or parsed.span, label=label, position=position)


# The same string always reads the same way, and it comes back: one work cited by many
# manuscripts of a batch, a list pasted twice, a thousand identical entries from a
# faulty export. (Failures are not cached; they are rare and cheap.)
@lru_cache(maxsize=4096)
def _parsed(raw_markdown: str) -> Reference:
    return _without_title_read_as_names(raw_markdown, _read(raw_markdown))


def _without_title_read_as_names(raw_markdown: str, parsed: Reference) -> Reference:
    """An entry led by the rule for the names before ("_______. Introduction. In: …"),
    where the reading took the title's first word for a person ("Introduction"): read
    again with the rule standing as the name lists print for one unknown ("Anon."), which
    the reading knows for a name, and given the rule as its names (the list gives it the
    entry before's; see same_names.py)."""
    if read_as_rule(parsed.authors):
        return parsed
    text = strip_markdown(raw_markdown)
    rule = RULE_THEN_STOP.match(text)
    if not rule:
        return parsed
    try:
        stand_in = _read(f"Anon. {text[rule.end():]}")
    except UnparseableReference:
        return parsed
    if [a.family or a.literal for a in stand_in.authors] != ["Anon"]:
        return parsed  # (more names after the rule: they are printed, not misread)
    return replace(stand_in, raw=parsed.raw, span=parsed.span, authors=(Author(literal=rule.group("rule")),))


def _without_number_marker(text: str) -> str:
    return _NUMBER_MARKER.sub("", text)


# The small transforms every entry passes through before it is read, in order: Markdown
# and conversion debris first, then the marks house styles print their own way, then the
# spacing and joins that text from a PDF breaks.
_CLEANERS = (strip_markdown, names_before_title, year_after_names_set_apart, doubled_quotes_joined, guillemets_turned_out, volume_labels_in_english, slashed_numbers_parted,
             et_al_unbracketed, _without_number_marker, year_without_day, unspace_marks, join_formula_subscripts,
             unglue_month_year, unglue_year, unglue_sentence_stops, join_broken_words, year_after_pages_moved)


def _read(raw_markdown: str) -> Reference:
    # Text from a PDF or a Mac often spells "á" as "a" plus a combining accent, which no
    # letter class matches: "Andrade, Mário de" must read as the name it shows.
    raw_markdown = unicodedata.normalize("NFC", raw_markdown)
    markdown = japanese_marks_as_latin(quoted_journal_in_italics(raw_markdown))
    italic = [text for text in emphasised(markdown) if text]
    text = markdown
    for clean in _CLEANERS:
        text = clean(text)
    text = _SAINT_IN_NAMES.sub(r"\g<lead>\g<saint> ", text.translate(LIGATURES))
    text = dotted_given_first_initials(dash_after_bracketed_initials(names_parted_by_slashes(repairs.without_citation_key(text))))
    text = _ARTICLE_LABEL.sub(r"\1", _DIGIT_HYPHEN.sub("-", with_latin_marks(text)))
    if not re.search(r"[^\W\d_]{2}", text):
        raise UnparseableReference("no words in the entry")
    text = _NO_DATE.sub("(n.d.)", text)
    text, read_in = ams_cited_year(text)
    text, parts = repairs.first_part(text)
    text, type_code = _without_type_code(text)
    text = without_pubmed_notes(without_patent_roles(without_creator_roles(text)))
    text, series = lift_series(text)
    text, book_series, series_volume = lift_book_series(text)
    text, _ = lift_translator(text)  # (no field of the reference holds a translator)
    text = without_unknown_imprint(lift_translation_note(text))
    text = _without_authorship_note(text)
    core, ids = lift_identifiers(text)
    if read_in and not ids.accessed:
        ids = replace(ids, accessed=read_in)
    try:
        rules = rule_fields(core, ids, italic)
    except UnparseableReference:
        rules = None
    from .learn.tagger import default_tagger

    tagger = default_tagger()
    tagged = _tag_with_whole_numbers(tagger, text)
    model, model_confidence = model_fields(tagged)
    fields, parser, labels = _choose(rules, model, model_confidence, tagged, tagger, text, ids, italic)
    fields = {k: v for k, v in fields.items() if k in _REFERENCE_FIELDS}
    fields = mend_reading(fields, italic, text, core)
    fields = tidy_numbers(fields, text)
    fields = bibtex_braces_removed(author_as_publisher(opening_quote_restored(fields, text)))
    act = act_fields(core)
    if act:
        fields.update(act, kind="online" if fields.get("kind") == "online" else "misc")
    if (ids.arxiv and fields.get("kind") in ("misc", "online") and not fields.get("journal")
            and not fields.get("booktitle") and not fields.get("volume")):
        fields["kind"] = "preprint"  # "Title. arXiv:1706.03762. 2017.": an e-print and nothing more
    if series and not fields.get("series"):
        fields["series"] = series
    fields = with_book_series(fields, book_series, series_volume)
    if re.search(r"\[\s*en ligne\b[^\]]*$", fields.get("title") or ""):
        # The opening of "[en ligne (12 janvier 2016) : URL]", whose address and date were lifted.
        fields["title"] = re.sub(r"[\s.,]*\[\s*en ligne\b[^\]]*$", "", fields["title"])
    fields = _marks_at_field_edges(_without_separator_dashes(fields))
    for field, medium in (("journal", JOURNAL_MEDIUM), ("title", TITLE_MEDIUM)):
        if medium.search(fields.get(field) or ""):
            fields[field] = medium.sub("", fields[field]).strip()
    if fields.get("title") and (MEDIUM.search(fields["title"]) or THESIS_WORDS.search(fields["title"])):
        # The kind says it: "[dataset]", "[tese]" are designators, not words of the title.
        fields["title"] = THESIS_WORDS.sub("", MEDIUM.sub("", fields["title"])).strip()
    if type_code:
        fields = _kind_of_type_code(fields, type_code)
    year = fields.get("year", "")
    if year and ids.accessed.startswith(year) and not ids.online_year and not re.search(rf"(?<!\d){year}(?!\d)", core):
        # The only year printed is the day the page was read ("Depression. Available from:
        # URL (2022-01-10)."): the work's own date is unknown, not that day's year.
        fields["year"] = ""
    if not (fields.get("title") or fields.get("journal") or fields.get("booktitle") or fields.get("authors") or ids.url):
        # (An address alone is a web page cited by its address: "https://…?lang=pt, accessed
        # in March 2021." It is read, and the rules say what it lacks.)
        raise UnparseableReference("found neither a title nor a source")
    if ((ids.online_year or _ONLINE_FIRST.search(text)) and not fields.get("status") and fields.get("kind", "article") == "article"
            and fields.get("journal") and not fields.get("volume") and not fields.get("pages")):
        # "JAMA Psychiatry. Published online June 5, 2019. doi:…", "Lancet Psychiatry 2021;
        # published online Jan 5": online first, with no issue yet — ahead of print.
        fields["status"] = "epub-ahead-of-print"
    if names_are_editors(fields, text):
        fields["names_role"] = "editor"
    confidence = _confidence(fields, labels, tagger.marginals_of(labels), tagged.tokens)
    certainty = round(tagger.probability_of(labels), 4)
    return Reference(number=0, raw=raw_markdown, span=Span(0, len(raw_markdown), 1, 1), parser=parser,
                     confidence=confidence, certainty=certainty, parts=parts, **fields)


_YEAR_AND_DASH = re.compile(r"(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\s*[–—]\s+(?=\S)")


def _marks_at_field_edges(fields: dict) -> dict:
    """The marks that part an entry's fields, read into a field's edge: a title opens with no
    colon ("Fenton LR, et al: Decreased …"), nor with its date and a dash (Gallia
    Préhistoire's "Black A. 2014 – Title"), and no quotes enclose it; a journal ends with no
    colon ("*Psychol Med*: 2013;43:471–481", Muscle & Nerve)."""
    mended = dict(fields)
    if mended.get("title"):
        mended["title"] = without_enclosing_quotes(re.sub(r"^[:;,]\s+(?=\S)", "", mended["title"]))
        dated = _YEAR_AND_DASH.match(mended["title"])
        if dated and mended.get("year", dated.group("year")) == dated.group("year"):
            mended["title"], mended["year"] = mended["title"][dated.end():], dated.group("year")
    if (mended.get("journal") or "").endswith((":", ";")):
        mended["journal"] = mended["journal"].rstrip(":; ")
    return mended


def _without_separator_dashes(fields: dict) -> dict:
    """The dashes some styles set between the parts of an entry, read into a field's edge:
    between the names and the title ("Vos T. – Global variation …"), and between the title
    and the journal ("Title. – Neuropharmacology, 102"), on either side of that stop, or
    glued to it as the Bulletin of Insectology prints it ("2016.- Title.- *Journal*, 102")."""
    mended = dict(fields)
    if mended.get("title"):
        mended["title"] = re.sub(r"\s+[–—]$|(?<=[^\W\d_])\.-$|(?<=[^\W\d_][?!])-$", "", re.sub(r"^[–—-]\s+", "", mended["title"]))
    if mended.get("journal"):
        mended["journal"] = re.sub(r"^[–—-]\s+", "", mended["journal"])
    return mended


# A note on who contributed what, after the source: "… 2010, 2, 1629-1641. (* Co-first
# authorship)", with its marks after the names ("Bao Q *, Zhao Y*"). Neither is the work's.
_AUTHORSHIP_NOTE = re.compile(r"\s*\(\s*(?:[*†‡#]\s*)?(?:co-?first author\w*|equal(?:ly)? contribut\w*|joint first author\w*"
                              r"|these authors contributed equally[^)]*)\s*\)\.?", re.I)


def _without_authorship_note(text: str) -> str:
    if not _AUTHORSHIP_NOTE.search(text):
        return text
    return re.sub(r"(?<=\w)\s?[*†‡#](?=\s*[,.;])", "", _AUTHORSHIP_NOTE.sub("", text))


# (The Lancet prints the day alone: "2021; published online Jan 5.")
_ONLINE_FIRST = re.compile(r"\b(?:[Pp]ublished [Oo]nline|[Oo]nline [Ff]irst|[Ee]pub)\b")


def clear_parse_cache() -> None:
    """Forget strings already parsed (benchmarks time a cold parse)."""
    _parsed.cache_clear()


# GB/T 7714's document type codes after the title: "[J]" article, "[M]" book, "[D]"
# thesis, "[C]" proceedings, "[R]" report, "[EB/OL]" web page ("/OL" online, "/CD" disc).
_TYPE_CODE = re.compile(r"\s*\[(?P<code>[JMDCRSPNZAG]|EB|DB|CP)(?:/(?:OL|CD|MT|DK))?\](?=\s*[.,:;]|\s*$)")
_KIND_OF_CODE = {"M": "book", "D": "thesis", "C": "proceedings", "R": "report", "EB": "online"}


@dataclass(frozen=True)
class TypeCode:
    code: str  # "M", "J", "D", "EB" …
    names: str  # the names before the title the code closes, as printed
    title: str


def _without_type_code(text: str) -> tuple[str, TypeCode | None]:
    """The entry without its type code (which no reader should take for a title's words)
    and the code, with the names and title it closes ("王五. 精神药理学[M]. 北京: …")."""
    code = _TYPE_CODE.search(text)
    if not code:
        return text, None
    head = text[: code.start()]
    stop = head.rfind(". ")
    names, titled = (head[:stop], head[stop + 2:].strip()) if stop > 0 else ("", "")
    return head + text[code.end():], TypeCode(code.group("code"), names, titled)


# GB/T 7714's imprint, "北京: 人民卫生出版社" / "Beijing: People's Medical Publishing House".
_PLACE_AND_PUBLISHER = re.compile(r"(?P<place>[^:：,.]{2,40})\s*[:：]\s*(?P<publisher>[^:：]{2,120})")


def _kind_of_type_code(fields: dict, code: TypeCode) -> dict:
    """The kind the code names, unless the parse read a journal's volume (the code may be
    the author's slip; the printed volume is not). The code closes the title: the title is
    the words before it when the parse found none (it read them as a name); after a book's,
    thesis's or report's code, "Place: Publisher" read as a journal is the imprint."""
    if not fields.get("title") and code.title and code.names:
        authors, et_al = parse_names(code.names)
        if authors:
            fields = {**fields, "title": code.title, "authors": authors, "et_al": et_al}
    kind = _KIND_OF_CODE.get(code.code)
    if not kind or fields.get("kind") not in (None, "misc", "book", "article") or (
            fields.get("journal") and fields.get("volume")):
        return fields
    fields = {**fields, "kind": kind}
    imprint = _PLACE_AND_PUBLISHER.fullmatch(fields.get("journal") or "")
    if kind in ("book", "thesis", "report") and imprint and not fields.get("publisher"):
        fields.update(journal="", place=imprint.group("place").strip(), publisher=imprint.group("publisher").strip())
    return fields


# A count in a title ("3,211,768 patients"): its commas are no field breaks. (One group,
# "70,000", could as well be a volume and its page.)
_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3}){2,}(?![\d,]\d)")


# Initials Slavic names transliterate as two letters ("E. Kh. Akhmedov", "D.Yu. Vodolazov",
# "Smirnov A. Yu."): the tagger, which learned initials as single capitals, reads the
# surname after one as the title's first word.
_DIGRAPH_INITIAL = re.compile(rf"(?:(?<=^)|(?<=[\s.]))(?P<initial>{TWO_LETTER_INITIAL})\.(?=\s*(?:[A-Z]|,|-|$))")


def _tag_with_whole_numbers(tagger, text: str):
    """The tagger's reading of ``text`` with each count read as one number and each
    two-letter initial as one letter: for the tagger, a count's commas become zeros and
    "Kh." becomes " K." (same length, so every offset holds); the tokens are given back
    their printed text, and an initial its two letters."""
    shielded = _THOUSANDS.sub(lambda m: m.group(0).replace(",", "0"), text)
    initials = {m.start() + 1 for m in _DIGRAPH_INITIAL.finditer(shielded)}
    shielded = _DIGRAPH_INITIAL.sub(lambda m: " " + m.group("initial")[0] + ".", shielded)
    tagged = tagger.tag(shielded)
    if shielded == text:
        return tagged
    tokens = tuple(replace(token, start=token.start - 1, text=text[token.start - 1:token.end]) if token.start in initials
                   else replace(token, text=text[token.start:token.end]) for token in tagged.tokens)
    return replace(tagged, text=text, tokens=tokens)


_REFERENCE_FIELDS = frozenset(
    "kind authors et_al title journal year year_suffix volume issue pages status doi pmid pmcid arxiv url accessed publisher "
    "place booktitle edition editors genre series".split()
)


def _choose(rules: dict | None, model: dict, confidence: dict, tagged, tagger, text: str,
            ids, italic: list[str] = ()) -> tuple[dict, str, list[str]]:
    """(fields, which parser, their token labelling): the rule fields when the model finds
    them plausible, else the model's own."""
    model_record = _model_record(model, text, ids)
    plausible = (rules is not None and judges.plausible(rules)
                 and not judges.missed(rules, model_record, confidence)
                 and not judges.given_name_in_rules_title(rules, model_record)
                 and not judges.people_read_as_group(rules, model_record)
                 and not judges.journal_in_rules_title(rules, model_record)
                 and not judges.sentence_in_rules_journal(rules, model_record)
                 and not judges.book_in_rules_journal(rules, model_record)
                 and not judges.listed_journal_in_model_only(rules, model_record)
                 and not judges.names_before_colon_in_rules_title(rules, model_record))
    body_author = rules is not None and judges.body_read_as_model_title(rules, model_record)
    labels = _labels_of(rules, tagged) if plausible else None
    if labels is not None:
        ratio = math.exp(_log(tagger.probability_of(labels)) - _log(tagged.probability))
        empty = not any(model_record.get(f) for f in ("title", "journal", "booktitle", "authors"))
        # Same journal, but only the rules read the pages: the model lost the tail
        # ("Diabetes Care. 2018;41(Suppl. 1):S137-43"), not the rules.
        # (Or the issue: "J Anat. 1994;185(Pt 1):135–42", where the model kept the volume alone.)
        same_source = (rules.get("journal") and rules.get("journal") == model_record.get("journal")
                       and rules.get("year") == model_record.get("year"))
        fuller = same_source and (
            (rules.get("pages") and not model_record.get("pages"))
            or (rules.get("issue") and not model_record.get("issue") and rules.get("volume")
                and all(rules.get(f) == model_record.get(f) for f in ("title", "volume", "pages"))))
        # PubMed's "Journal (Place)" read as a book's place ("Cancers (Basel). 2024."): the
        # rules' journal and year are the reading.
        placeless = (model_record.get("kind") in ("book", "report") and not model_record.get("publisher")
                     and rules.get("kind") == "article" and rules.get("journal") and rules.get("year")
                     and re.fullmatch(r"[^()]+ \([^()]+\)", rules["journal"])
                     and model_record.get("place") and model_record["place"] in rules["journal"])
        # The journal the page sets in italics, which the model lost (to the names:
        # "Skládal P. *Talanta*. 2007;71:981"): italics are never a person.
        italic_journal = (rules.get("journal") and not model_record.get("journal")
                          and rules["journal"].strip(" .,") in {run.strip(" .,") for run in italic})
        if (ratio >= RULES_KEPT_ABOVE or empty or fuller or placeless or italic_journal or body_author
                or judges.uncased_script(text, rules) or judges.bracket_crossed(model_record, rules)
                or judges.model_lost_title(rules, model_record, confidence)
                or judges.last_person_read_into_model_title(rules, model_record)
                or judges.model_lost_journal(rules, model_record)
                or judges.dashed_journal_in_model_title(rules, model_record)
                or judges.model_dropped_source(rules, model_record)
                or judges.country_opening_model_journal(rules, model_record)
                or judges.supplement_read_as_model_journal(rules, model_record)
                or judges.journal_read_as_model_editors(rules, model_record)
                or judges.city_in_model_journal(rules, model_record)
                or judges.publisher_split_by_model(rules, model_record)
                or judges.model_lost_chapters_book(rules, model_record)
                or judges.model_lost_labelled_volume(rules, model_record, text)
                or judges.model_lost_dated_issue(rules, model_record, text)
                or judges.title_read_as_model_names(rules, model_record)
                or judges.date_inside_model_title(rules, model_record)
                or judges.initials_handed_to_title_word(rules, model_record)
                or judges.initials_read_as_model_journal(rules, model_record)
                or judges.group_author_read_as_model_container(rules, model_record, text)
                or judges.group_name_cut_at_comma(rules, model_record)
                or judges.journal_of_early_article(rules, model_record)
                or judges.title_sentence_read_into_model_journal(rules, model_record)):
            return rules, "rules", labels
    if rules is not None and judges.initials_read_as_model_surname(rules, model_record):
        # (The names alone: the rest of the model's reading stands.)
        model_record = {**model_record, "authors": rules["authors"]}
    title_after_date = judges.names_and_date_in_model_title(rules, model_record) if rules is not None else ""
    if title_after_date:
        # (The names, the date and the title: the model's source stands.)
        model_record = {**model_record, "authors": rules["authors"], "year": rules["year"], "title": title_after_date}
    title_after_surname = judges.surname_opening_model_title(rules, model_record) if rules is not None else ""
    if title_after_surname:
        model_record = {**model_record, "authors": rules["authors"], "title": title_after_surname}
    opening = judges.title_words_read_as_initials(rules, model_record) if rules is not None else ""
    if opening:
        model_record = {**model_record, "authors": rules["authors"], "title": opening + model_record["title"]}
    return model_record, "model", list(tagged.labels)


def _confidence(fields: dict, labels: list[str], marginals: list[float], tokens=()) -> tuple[tuple[str, float], ...]:
    """Per field, the model's mean probability for the labels the chosen reading gives it —
    for a field whose value still holds some of those tokens' words: a field the mends
    rewrote from other words ("United States" read as the publisher, the laboratory before
    it now) is not the model's to be unsure of."""
    by_label: dict[str, list[float]] = {}
    words_of: dict[str, set[str]] = {}
    for index, (label, probability) in enumerate(zip(labels, marginals)):
        by_label.setdefault(label, []).append(probability)
        if index < len(tokens):
            words_of.setdefault(label, set()).update(_WORDS.findall(tokens[index].text.lower()))
    names = {"author": "authors", "title": "title", "date": "year", "volume": "volume", "issue": "issue",
             "pages": "pages", "publisher": "publisher", "location": "place", "editor": "editors", "edition": "edition",
             "container-title": "booktitle" if fields.get("booktitle") and not fields.get("journal") else "journal"}

    def still_read(label: str) -> bool:
        value = fields.get(names[label])
        if not value or not tokens or label in ("author", "editor"):
            return bool(value)
        return bool(words_of.get(label, set()) & set(_WORDS.findall(str(value).lower())))

    return tuple(sorted((names[label], round(sum(values) / len(values), 3))
                        for label, values in by_label.items() if label in names and still_read(label)))


_WORDS = re.compile(r"[^\W_]+")


def _log(probability: float) -> float:
    return math.log(max(probability, 1e-300))


def _model_record(model: dict, text: str, ids) -> dict:
    """The tagger's fields in the shape of a Reference, with the lifted identifiers."""
    # (Not a book's volume: "Writings of Charles S. Peirce. Vol. 6. … Bloomington: Indiana
    # UP" has a publisher and no pages, and its title no journal in it.)
    book_volume = model.get("publisher") and not model.get("pages")
    if not model.get("container") and model.get("volume") and model.get("title") and not book_volume:
        model = {**model, **repairs.journal_from_title(model["title"])}
    if not model.get("title") and model.get("container"):
        model = {**model, **repairs.title_in_single_quotes(model["container"], text)}
    kind = entry_kind(model, text)
    record = {key: value for key, value in model.items() if key not in ("container", "date")}
    container = model.get("container", "")
    if ids.doi and ids.doi in container:
        # A DOI printed bare after the journal ("J. Geophys. Res. Oceans 10.1029/… (2020)")
        # is an identifier, whatever the tagger read it as.
        container = container[: container.index(ids.doi)].rstrip(" ,;:.")
    year = model.get("year", "")
    if year and kind == "article" and re.search(rf"\.\s+{year}$", container) and text.count(year) > 1:
        # ISO 690's "*Journal*. 2026. Vol. 234" repeats the year after the names as the
        # source's date; the tagger ran it into the journal.
        container = container[: container.rindex(year)].rstrip(" .")
    if kind in ("dataset", "software") and not container:
        container = model.get("publisher", "")  # the repository: "Zenodo", "CRAN"
    imprint = PLACE_PUBLISHER.match(container)
    # ("J. Geophys. Res.: Oceans" is a journal: a place has no abbreviating periods; nor
    # is a body a place, "Federación Internacional de Diabetes: Diabetes Atlas, IDF".)
    if (imprint and is_place(imprint.group("place")) and "." not in imprint.group("place") and not model.get("pages")
            and not names_a_body_not_a_town(imprint.group("place"))
            and not (model.get("publisher") and model.get("place"))):
        # "Brasília (DF): Ministério da Saúde" is where and by whom, not a journal. (With a
        # place and publisher of its own, "In Protein NMR Spectroscopy: Practical
        # Techniques, eds. … Chichester: Wiley", the colon is the book's subtitle.)
        container = ""
        record["place"], record["publisher"] = imprint.group("place").strip(), imprint.group("publisher").strip()
        kind = "online" if ids.url else "report" if REPORT_WORDS.search(text) else "book"
    if kind == "article":
        record["title"], container = repairs.title_tail(record.get("title", ""), container, text)
        record["title"], container = repairs.comma_before_journal(record["title"], container, text)
        record, container = repairs.journal_with_comma(record, container, text)
    if kind in ("article", "preprint"):  # "Phys. Rev. D94 (2016) 094008, arXiv:1606.08030"
        glued = repairs.VOLUME_IN_CONTAINER.search(container)
        if glued and record.get("volume") and not record.get("pages") and repairs.SERIES_VOLUME.search(container):
            # "Phys. Lett. B694 (2010) 209": the number after the year is the page.
            record["pages"], record["volume"] = record.pop("volume"), None
        letter = glued and container[glued.start(): glued.start("volume")]
        if letter and not record.get("volume") and not record.get("pages") and not letter_is_a_series(
                container[: glued.start()].rstrip(), letter):
            # IOP's article number, "J. Stat. Mech. L07001": no series letter and volume.
            container, record["pages"] = container[: glued.start()].rstrip(), letter + glued.group("volume")
        elif glued and not record.get("volume"):
            # "Nature Photonics3," "Phys. Lett. B158": a volume the extraction glued on.
            container, record["volume"] = container[: glued.start("volume")].rstrip(), glued.group("volume")
            if kind == "preprint" and container:
                kind = "article"  # a journal's volume: the arXiv number is the article's e-print
    if kind == "thesis" and container and not record.get("publisher"):
        container, record["publisher"] = "", container  # the school that granted it
    if kind == "book" and container and not record.get("title"):
        record["title"], container = container, ""  # the book the tagger read as a source is the work
    if kind in ("article", "preprint", "misc", "online", "dataset", "software"):
        record["journal"] = container
    else:
        record["booktitle"] = container
    record.update(kind=kind, doi=ids.doi, pmid=ids.pmid, pmcid=ids.pmcid, arxiv=ids.arxiv, url=ids.url,
                  accessed=ids.accessed, status=ids.status)
    if not record.get("year") and ids.online_year:
        record["year"] = ids.online_year
    split = not record.get("pages") and repairs.volume_and_page(record.get("volume") or "")
    if split:
        record["volume"], record["pages"] = split
    if record.get("issue") and not record.get("volume") and repairs.issue_is_volume(record["issue"], text):
        record["volume"], record["issue"] = record.pop("issue"), ""
    if kind == "misc" and ids.url:
        record["kind"] = "online"
    grouped = repairs.GROUPED_RANGE.search(text)
    if grouped and record.get("pages") and record["pages"].translate(_DASHES).replace(" ", "") in (
            grouped.group().translate(_DASHES).replace(" ", "")):
        record["pages"] = grouped.group()  # "12,422–12,431": one range, not a volume and pages
    if record.get("pages"):
        record["pages"] = normalise_pages(record["pages"])
    return record


def _labels_of(fields: dict, tagged) -> list[str] | None:
    """The token labelling that the rule parse implies, or ``None`` if one of its values
    cannot be found in the string."""
    # Dashes compared as one character, so "1350–60" in the text finds "1350-60" (same length).
    text = tagged.text.translate(_DASHES)
    tokens = tagged.tokens
    labels = [label if label in ("doi", "url", "note", "isbn") else "other" for label in tagged.labels]
    claimed = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    after_title = 0
    for field in ("title", "journal", "booktitle", "publisher", "place", "edition", "year", "volume", "issue", "pages"):
        value = fields.get(field)
        if not value:
            continue
        value = value.translate(_DASHES)
        found = text.find(value, 0 if field in ("title", "year") else after_title)
        while found >= 0 and any(claimed[found:found + len(value)]):
            found = text.find(value, found + 1)
        if found < 0:
            return None
        end = found + len(value)
        spans.append((found, end, _FIELD_LABELS[field]))
        claimed[found:end] = [True] * len(value)
        if field == "title":
            after_title = end
    if fields.get("authors"):
        first = min((start for start, _, _ in spans), default=len(text))
        head = text[:first].rstrip(" .,:;(")
        if re.search(r"\bal$|\b[A-Z]$", head):
            head += "."
        spans.append((0, len(head), "author"))
    for start, end, label in spans:
        for index, token in enumerate(tokens):
            if token.start >= start and token.end <= end:
                labels[index] = label
    # Whether "Suppl." belongs to the issue, or a bracket to the pages, is a convention,
    # not a reading: on such tokens after the volume the model's labels stand, so that
    # only real disagreements (which field a word belongs to) weigh against the rules.
    volume = next((start for start, _, label in spans if label == "volume"), None)
    # A notice ("Epub 1993/04/22.", "[Epub ahead of print]") belongs to no field in either
    # reading: the model's labels stand on it, so that its guess there weighs nothing.
    notices = notice_spans(tagged.text)
    for index, token in enumerate(tokens):
        model = tagged.labels[index]
        if volume is not None and token.start > volume and model == "other" and (
                not token.text.isalnum() or token.text.lower() in _AFFIXES):
            labels[index] = model
        elif labels[index] == "other" and any(a <= token.start < b for a, b in notices):
            labels[index] = model
    return labels


# Words printed around a volume, issue or pages that styles label either way.
_AFFIXES = frozenset("suppl supl supplement suplemento pt part p pp vol no nr n issue spec".split())
