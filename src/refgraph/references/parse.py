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
from dataclasses import replace

from ..source import LIGATURES, Span
from .cjk import mostly_uncased, with_latin_marks
from .clean import emphasised, join_formula_subscripts, strip_markdown, unglue_month_year
from .identifiers import MONTH_NAME, lift_identifiers
from .learned import entry_kind, model_fields
from .model import Reference
from .books import PLACE_PUBLISHER
from .patterns import JOURNAL_JOINERS, YEAR, is_place
from .people import has_person_pattern, looks_like_group
from .printed import mend_reading
from . import repairs
from .unparted import abbreviated_run
from .rules import MEDIUM, REPORT_WORDS, THESIS_WORDS, UnparseableReference, normalise_pages, rule_fields

__all__ = ["parse_reference", "UnparseableReference"]

# The rule parse is kept while the model finds it at least this likely relative to its
# own best reading (a ratio of sequence probabilities). Tuned on the corpus and the
# sample (where the rules are exact) against corpus-dev (where they were never tuned).
RULES_KEPT_ABOVE = 0.03
FORCE = ""  # benchmarks only: "rules" or "model" forces one reading
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
# Word's non-breaking hyphen and Unicode's hyphen between numbers ("p. 7‑35", "393‐400",
# "S23‑S28") join a range as "-" does; every page pattern reads "-".
_DIGIT_HYPHEN = re.compile(r"(?<=\d)[\u2010-\u2012](?=[A-Za-z]{0,3}\d)")
# APA 7 prints an article number where the pages stand, after the volume: "Journal, 570,
# Article 123456", "14(3), Article e0212345". The label is read away so the number is the
# pages every reading finds there ("Article 5 of the Convention", with no volume before
# it, is a title's words).
_ARTICLE_LABEL = re.compile(r"(?<=\d)(\)?,\s*)(?:Article|Art\.)\s+(?:[Nn]o\.?\s*|number\s+)?(?=[A-Za-z]{0,3}\d)")
_NUMBER_MARKER = re.compile(r"^(?:\[\d+\]|\d+[.)])\s+")
_FIELD_LABELS = {"title": "title", "journal": "container-title", "booktitle": "container-title", "year": "date",
                 "volume": "volume", "issue": "issue", "pages": "pages", "publisher": "publisher", "place": "location",
                 "edition": "edition"}


def parse_reference(raw_markdown: str, number: int = 0, span: Span | None = None, label: str = "") -> Reference:
    """Parse one reference string (Markdown allowed); raises :class:`UnparseableReference`."""
    italic = [text for text in emphasised(raw_markdown) if text]
    text = unglue_month_year(join_formula_subscripts(_NUMBER_MARKER.sub("", strip_markdown(raw_markdown)))).translate(LIGATURES)
    text = _ARTICLE_LABEL.sub(r"\1", _DIGIT_HYPHEN.sub("-", with_latin_marks(text)))
    if not re.search(r"[^\W\d_]{2}", text):
        raise UnparseableReference("no words in the entry")
    text, parts = repairs.first_part(text)
    text, type_code = _without_type_code(text)
    core, ids = lift_identifiers(text)
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
    if fields.get("title") and (MEDIUM.search(fields["title"]) or THESIS_WORDS.search(fields["title"])):
        # The kind says it: "[dataset]", "[tese]" are designators, not words of the title.
        fields["title"] = THESIS_WORDS.sub("", MEDIUM.sub("", fields["title"])).strip()
    if type_code:
        fields = _kind_of_type_code(fields, type_code)
    if not (fields.get("title") or fields.get("journal") or fields.get("booktitle") or fields.get("authors")):
        raise UnparseableReference("found neither a title nor a source")
    span = span or Span(0, len(raw_markdown), 1, 1)
    confidence = _confidence(fields, labels, tagger.marginals_of(labels))
    certainty = round(tagger.probability_of(labels), 4)
    return Reference(number=number, raw=raw_markdown, span=span, label=label, parser=parser,
                     confidence=confidence, certainty=certainty, parts=parts, **fields)


# GB/T 7714's document type codes after the title: "[J]" article, "[M]" book, "[D]"
# thesis, "[C]" proceedings, "[R]" report, "[EB/OL]" web page ("/OL" online, "/CD" disc).
_TYPE_CODE = re.compile(r"\s*\[(?P<code>[JMDCRSPNZAG]|EB|DB|CP)(?:/(?:OL|CD|MT|DK))?\](?=\s*[.,:;]|\s*$)")
_KIND_OF_CODE = {"M": "book", "D": "thesis", "C": "proceedings", "R": "report", "EB": "online"}


def _without_type_code(text: str) -> tuple[str, str]:
    """The entry without its type code (which no reader should take for a title's words)
    and the code."""
    code = _TYPE_CODE.search(text)
    return (text[: code.start()] + text[code.end():], code.group("code")) if code else (text, "")


def _kind_of_type_code(fields: dict, code: str) -> dict:
    """The kind the code names, unless the parse read a journal's volume (the code may be
    the author's slip; the printed volume is not)."""
    kind = _KIND_OF_CODE.get(code)
    if kind and fields.get("kind") in (None, "misc", "book", "article") and not (fields.get("journal") and fields.get("volume")):
        return {**fields, "kind": kind}
    return fields


# A count in a title ("3,211,768 patients"): its commas are no field breaks. (One group,
# "70,000", could as well be a volume and its page.)
_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3}){2,}(?![\d,]\d)")


def _tag_with_whole_numbers(tagger, text: str):
    """The tagger's reading of ``text`` with each count read as one number: its commas
    become zeros for the tagger (same length, so every offset holds), and the tokens
    are given back their printed text."""
    shielded = _THOUSANDS.sub(lambda m: m.group(0).replace(",", "0"), text)
    tagged = tagger.tag(shielded)
    if shielded == text:
        return tagged
    tokens = tuple(replace(token, text=text[token.start:token.end]) for token in tagged.tokens)
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
    # A body the model ran into its title: whatever else the model is sure of, its reading
    # has lost the author (and the rules' title is the title).
    body_lost = rules is not None and _body_run_into_title(rules, model_record)
    plausible = (rules is not None and _plausible(rules) and (body_lost or not _missed(rules, model_record, confidence))
                 and not _given_name_in_rules_title(rules, model_record) and not _people_read_as_group(rules, model_record)
                 and not _journal_in_rules_title(rules, model_record) and not _sentence_in_rules_journal(rules, model_record))
    labels = _labels_of(rules, tagged) if plausible else None
    if FORCE == "rules" and rules is not None:
        return rules, "rules", labels or list(tagged.labels)
    if FORCE != "model" and labels is not None:
        ratio = math.exp(_log(tagger.probability_of(labels)) - _log(tagged.probability))
        empty = not any(model_record.get(f) for f in ("title", "journal", "booktitle", "authors"))
        # Same journal, but only the rules read the pages: the model lost the tail
        # ("Diabetes Care. 2018;41(Suppl. 1):S137-43"), not the rules.
        fuller = (rules.get("pages") and not model_record.get("pages") and rules.get("journal")
                  and rules.get("journal") == model_record.get("journal") and rules.get("year") == model_record.get("year"))
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
        if (ratio >= RULES_KEPT_ABOVE or empty or fuller or placeless or italic_journal or _uncased_script(text, rules)
                or _bracket_crossed(model_record, rules) or body_lost
                or _model_lost_title(rules, model_record, confidence) or _journal_of_early_article(rules, model_record)):
            return rules, "rules", labels
    return model_record, "model", list(tagged.labels)


def _body_run_into_title(rules: dict, model: dict) -> bool:
    """Whether the model ran the body that wrote the work into its title, where the rules
    parted it off at its stop ("International Association of Diabetes and Pregnancy Study
    Groups Consensus Panel. International Association … recommendations …"): a title
    never opens with its author's name and a full stop."""
    authors = rules.get("authors", ())
    if model.get("authors") or len(authors) != 1 or not authors[0].literal or not rules.get("title"):
        return False
    return model.get("title", "").startswith(f"{authors[0].literal}. {rules['title'][:20]}")


_BRACKETED_FIELDS = ("title", "journal", "booktitle", "publisher", "place")


def _bracket_crossed(model: dict, rules: dict) -> bool:
    """Whether the model's reading cut through a bracket the rules kept whole: Nature's
    book "IPCC. Climate Change 2021: The Physical Science Basis (Cambridge Univ. Press,
    2021)." read with the publisher "The Physical Science Basis (Cambridge Univ. Press",
    or "BMJ (Clinical research ed.)" with the journal "BMJ (Clinical research". A field
    that opens a bracket it does not close is a cut in the wrong place — where the rules
    read the same people, or read the bracket as the book's imprint."""
    def crossed(record: dict) -> bool:
        return any(record.get(f, "").count("(") != record.get(f, "").count(")") for f in _BRACKETED_FIELDS)

    if not crossed(model) or crossed(rules) or not rules.get("title"):
        return False
    if _same_people_first(rules, model):
        return True
    publisher = rules.get("publisher", "")
    if not (publisher and rules.get("year")) or re.fullmatch(MONTH_NAME, publisher, re.I):
        return False
    return any(f"({publisher}" in model.get(f, "") for f in _BRACKETED_FIELDS)


def _journal_of_early_article(rules: dict, model: dict) -> bool:
    """Whether the model lost part of an article not yet in an issue, which the rules
    read: it ran the journal into the title ("… in adolescents. Pain. Advance online
    publication.", "(in press). Title. Cognition."), dropped it ("… carpio. Reproduction
    (in press)."), or dropped the title and kept the journal. The status says a journal
    published it, so the last sentence the rules parted off is that journal."""
    journal, title = rules.get("journal", ""), rules.get("title", "")
    if not (rules.get("status") and rules.get("kind") == "article" and journal and title) or rules.get("volume"):
        return False
    theirs = model.get("title", "").rstrip(". ")
    if not (model.get("journal") or model.get("booktitle")):
        return theirs in (title, f"{title}. {journal}")
    return not theirs and model.get("journal") == journal


def _uncased_script(text: str, rules: dict) -> bool:
    """Whether most of an entry's letters are Chinese, Japanese or Korean ("王伟, 李娜.
    抑郁症的治疗进展[J]. 中华精神科杂志, 2015, 48(2): 123-126."): the tagger, which finds
    names and journals by case, capitals and a lexicon of Latin-script words, sees none of
    them there, and the rules' reading — by punctuation alone — is the better one where
    it found a whole article (its people, title, journal and year)."""
    if not (rules.get("title") and rules.get("journal") and rules.get("year") and rules.get("authors")) or any(
            a.literal for a in rules["authors"]):
        return False
    return mostly_uncased(text)


def _model_lost_title(rules: dict, model: dict, confidence: dict) -> bool:
    """Whether the rules read a title the model lost, for the same people: the model read
    neither a title nor a source ("M. Alonso e E.J. Finn, Física (Editora Escolar, São
    Paulo, 2012)"), or ran the names into the title ("Almeida F. Saúde mental" as one
    author), or guessed its title at under even odds where the rules read a source too."""
    title = rules.get("title", "")
    if not title or re.search(r"\b[A-Z]\.,", title) or not _same_people_first(rules, model):
        return False
    if any(a.literal and ". " in a.literal for a in model.get("authors", ())):
        return True  # the model's "name" runs on into a sentence
    if not model.get("title"):
        return not any(model.get(f) for f in ("journal", "booktitle"))
    return confidence.get("title", 1.0) < 0.5 and bool(rules.get("publisher") or rules.get("journal"))


def _given_name_in_rules_title(rules: dict, model: dict) -> bool:
    """Whether the rules ran a given name into the title where the model did not:
    "McGuinness, Patrick, Maurice Maeterlinck …" (Chicago's comma after the full name)
    read by the rules as the title "Patrick, Maurice Maeterlinck …". The model's title
    is the rules' one without that name, and its first person carries the initial."""
    title, theirs = rules.get("title", ""), model.get("title", "")
    if not theirs or len(theirs) >= len(title) or not title.endswith(theirs):
        return False
    head = re.sub(r"\((?:eds?|hrsg|org)\.?\)", "", title[: -len(theirs)], flags=re.I).strip(" ,:;.")
    people = model.get("authors") or model.get("editors") or ()
    if not re.fullmatch(r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?", head) or not people:
        return False
    # Or a surname: "Blish, James, and Norman L. Knight. A Torrent …" read by the rules as
    # three people and the title "Knight. A Torrent …"; the model's last person is Knight.
    # (Only where a stop ends it, as a name list ends: "Bioenergy, Global Warming …" and
    # "Green Chemistry: Biodiesel …" are titles whose first words the model took for a person.)
    ended_by_stop = title[: -len(theirs)].rstrip().endswith(".")
    read_by_rules = {a.family for a in rules.get("authors", ())}
    if ended_by_stop and any(a.family == head and a.initials and head not in read_by_rules for a in people):
        return True
    return people[0].initials[:1] == head[:1].upper()


def _journal_in_rules_title(rules: dict, model: dict) -> bool:
    """Whether the rules ran the journal into the title where the model parted them: "…
    evolution of photosynthesis Science 2000; 289:1724" (no stop after the title), read by
    the rules as an article with a volume and no journal."""
    title, journal = rules.get("title", ""), model.get("journal", "")
    last_word = (model.get("title") or " ").split()[-1:] or [""]
    if last_word[0].lower() in JOURNAL_JOINERS:
        return False  # "… national reserve in Kenya. 39.": no title ends in a joining word
    return bool(journal and model.get("title") and not (rules.get("journal") or rules.get("booktitle"))
                and rules.get("volume") and title.endswith(" " + journal) and title.startswith(model["title"]))


def _sentence_in_rules_journal(rules: dict, model: dict) -> bool:
    """Whether the rules' journal opens with the end of the title, which the model kept
    in it: "Is there a delay …? A meta-analysis J Clin Psychiatry" — no journal holds a
    word in lower case other than its joining words."""
    journal, theirs = rules.get("journal", ""), model.get("journal", "")
    if not theirs or not journal.endswith(" " + theirs) or not model.get("title"):
        return False
    head = journal[: -len(theirs)].strip()
    if " " not in head and model["title"].endswith(f". {head}"):
        return False  # a stop before one word: "… and beyond. biomark Res." opens the journal there
    return model["title"].endswith(head) and abbreviated_run(theirs.split()) and any(
        re.fullmatch(r"[a-z][a-z-]{3,}", w.strip(",.:;")) and w.strip(",.:;") not in JOURNAL_JOINERS for w in head.split())


def _people_read_as_group(rules: dict, model: dict) -> bool:
    """Whether the rules took a list of people with full given names ("Hristo Paskov,
    Robert West, and Trevor Hastie", "Smith, John, and Mary Jones") for organisations,
    where the model read people."""
    authors = rules.get("authors", ())
    if not authors or not all(a.literal for a in authors):
        return False
    # "Ferrari, A. J., A. J. Somerville, and T. Vos. 2013": people and their year run
    # together (a second year in the source misled the rules), not an organisation.
    run_on = len(authors) == 1 and bool(_YEAR_AT_END.search(authors[0].literal)) and has_person_pattern(authors[0].literal)
    if not run_on and any(looks_like_group(a.literal) for a in authors):
        return False
    if len(authors) == 1 and "," not in authors[0].literal:
        return False
    read = " ".join(a.literal for a in authors)
    people = [a for a in model.get("authors", ()) if a.family and not a.literal]
    return len(people) >= 2 and all(a.family in read for a in people)


_YEAR_AT_END = re.compile(rf"\b{YEAR}[a-z]?\.?$")


def _same_people_first(rules: dict, model: dict) -> bool:
    """Whether both readings open with the same people (the rules' list may be shorter;
    a name the model ran into other words counts by its first word)."""
    ours = [a.family for a in rules.get("authors", ()) if a.family]
    theirs = [a.family or a.literal.split()[0] for a in model.get("authors", ()) if a.family or a.literal]
    return bool(ours) and theirs[: len(ours)] == ours


def _plausible(fields: dict) -> bool:
    """Shapes no correct rule parse has: a journal that swallowed its volume and pages
    ("Annu. Rev. Mar. Sci. 9, 83–104") or a year."""
    journal = fields.get("journal", "")
    if re.match(r"(?:(?:PhD|Ph\.D\.|MSc|MA|Master'?s|Doctoral)\s+)?(?:thesis|dissertation)\b", journal, re.I):
        return False  # "Thesis, University of Iowa (2019)": a degree and its school, no journal
    return not re.search(r"\d+\s*,\s*[A-Za-z]?\d+|\b(?:1[5-9]|20)\d\d\b|\d+\s*\(\d+\)", journal)


def _missed(rules: dict, model: dict, confidence: dict) -> bool:
    """The model is sure of a field the rules did not find (names glued to a title, a
    year the rules could not place): the rules misread the string's shape."""
    for field, label in (("authors", "authors"), ("year", "date"), ("volume", "volume"), ("pages", "pages")):
        if model.get(field) and not rules.get(field) and confidence.get(label if label != "authors" else "authors", 0) >= 0.9:
            return True
    # A book's imprint the rules took for a journal ("3. Aufl. Springer, Berlin"): the model
    # is sure of the publisher, and the rules' journal, with no volume or pages, holds it.
    publisher = model.get("publisher", "")
    return bool(publisher and model.get("title") and confidence.get("publisher", 0) >= 0.9 and not rules.get("publisher")
                and not rules.get("volume") and not rules.get("pages") and publisher in rules.get("journal", ""))


def _confidence(fields: dict, labels: list[str], marginals: list[float]) -> tuple[tuple[str, float], ...]:
    """Per field, the model's mean probability for the labels the chosen reading gives it."""
    by_label: dict[str, list[float]] = {}
    for label, probability in zip(labels, marginals):
        by_label.setdefault(label, []).append(probability)
    names = {"author": "authors", "title": "title", "date": "year", "volume": "volume", "issue": "issue",
             "pages": "pages", "publisher": "publisher", "location": "place", "editor": "editors", "edition": "edition",
             "container-title": "booktitle" if fields.get("booktitle") and not fields.get("journal") else "journal"}
    return tuple(sorted((names[label], round(sum(values) / len(values), 3))
                        for label, values in by_label.items() if label in names and fields.get(names[label])))


def _log(probability: float) -> float:
    return math.log(max(probability, 1e-300))


def _model_record(model: dict, text: str, ids) -> dict:
    """The tagger's fields in the shape of a Reference, with the lifted identifiers."""
    if not model.get("container") and model.get("volume") and model.get("title"):
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
    if kind in ("dataset", "software") and not container:
        container = model.get("publisher", "")  # the repository: "Zenodo", "CRAN"
    imprint = PLACE_PUBLISHER.match(container)
    # ("J. Geophys. Res.: Oceans" is a journal: a place has no abbreviating periods.)
    if imprint and is_place(imprint.group("place")) and "." not in imprint.group("place") and not model.get("pages"):
        # "Brasília (DF): Ministério da Saúde" is where and by whom, not a journal.
        container = ""
        record["place"], record["publisher"] = imprint.group("place").strip(), imprint.group("publisher").strip()
        kind = "online" if ids.url else "report" if REPORT_WORDS.search(text) else "book"
    if kind == "article":
        record["title"], container = repairs.title_tail(record.get("title", ""), container, text)
    if kind in ("article", "preprint"):  # "Phys. Rev. D94 (2016) 094008, arXiv:1606.08030"
        glued = repairs.VOLUME_IN_CONTAINER.search(container)
        if glued and not record.get("volume"):
            # "Nature Photonics3," "Phys. Lett. B158": a volume the extraction glued on.
            container, record["volume"] = container[: glued.start("volume")].rstrip(), glued.group("volume")
            if kind == "preprint" and container:
                kind = "article"  # a journal's volume: the arXiv number is the article's e-print
    if kind == "thesis" and container and not record.get("publisher"):
        container, record["publisher"] = "", container  # the school that granted it
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
    for index, token in enumerate(tokens):
        model = tagged.labels[index]
        if volume is not None and token.start > volume and model == "other" and (
                not token.text.isalnum() or token.text.lower() in _AFFIXES):
            labels[index] = model
    return labels


# Words printed around a volume, issue or pages that styles label either way.
_AFFIXES = frozenset("suppl supl supplement suplemento pt part p pp vol no nr n issue spec".split())
