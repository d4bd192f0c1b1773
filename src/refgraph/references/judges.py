"""Judges of two readings of one reference: where the rules' reading (:mod:`.rules`) is
kept over the tagger's (:mod:`.learn`) whatever the model's odds, or set aside whatever
they are. Each judge names one way a reading goes wrong, with the evidence that shows it
in the other reading; :func:`refgraph.references.parse._choose` asks them in turn."""
from __future__ import annotations

import re

from .cjk import mostly_uncased
from .identifiers import MONTH_NAME
from .patterns import DATED_ISSUE_OPENS, ISSUE_DAY, JOURNAL_JOINERS, TITLE_PART, VOLUME_WORD, YEAR, capitalised, is_place
from .people import has_person_pattern, looks_like_group
from .places import known_place
from .unparted import abbreviated_run


_BRACKETED_FIELDS = ("title", "journal", "booktitle", "publisher", "place")


def bracket_crossed(model: dict, rules: dict) -> bool:
    """Whether the model's reading cut through a bracket the rules kept whole: Nature's
    book "IPCC. Climate Change 2021: The Physical Science Basis (Cambridge Univ. Press,
    2021)." read with the publisher "The Physical Science Basis (Cambridge Univ. Press",
    or "BMJ (Clinical research ed.)" with the journal "BMJ (Clinical research". A field
    that opens a bracket it does not close is a cut in the wrong place — where the rules
    read the same people, or read the bracket as the book's imprint."""
    def crossed(record: dict) -> bool:
        return any(record.get(f, "").count("(") != record.get(f, "").count(")") for f in _BRACKETED_FIELDS)

    if not crossed(model) or crossed(rules) or not (rules.get("title") and rules.get("year")):
        return False
    whole = (rules.get("journal") or rules.get("booktitle") or rules.get("publisher")) and len(
        rules.get("authors", ())) >= len(model.get("authors", ()))
    if whole and _same_people_first(rules, model):
        return True  # (only a whole reading: one that lost names or ran a title over its journal is no better)
    publisher = rules.get("publisher", "")
    if not publisher or re.fullmatch(MONTH_NAME, publisher, re.I):
        return False
    return any(f"({publisher}" in model.get(f, "") for f in _BRACKETED_FIELDS)


def journal_of_early_article(rules: dict, model: dict) -> bool:
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


def uncased_script(text: str, rules: dict) -> bool:
    """Whether most of an entry's letters are Chinese, Japanese or Korean ("王伟, 李娜.
    抑郁症的治疗进展[J]. 中华精神科杂志, 2015, 48(2): 123-126."): the tagger, which finds
    names and journals by case, capitals and a lexicon of Latin-script words, sees none of
    them there, and the rules' reading — by punctuation alone — is the better one where
    it found a whole article (its people, title, journal and year)."""
    if not (rules.get("title") and rules.get("journal") and rules.get("year") and rules.get("authors")) or any(
            a.literal for a in rules["authors"]):
        return False
    return mostly_uncased(text)


def model_lost_title(rules: dict, model: dict, confidence: dict) -> bool:
    """Whether the rules read a title the model lost, for the same people: the model read
    neither a title nor a source ("M. Alonso e E.J. Finn, Física (Editora Escolar, São
    Paulo, 2012)"), or ran the names into the title ("Almeida F. Saúde mental" as one
    author), or guessed its title at under even odds where the rules read a source too."""
    title = rules.get("title", "")
    if not title or re.search(r"\b[A-Z]\.,", title):
        return False
    if _title_read_as_surname(title, rules, model):
        return True
    if not _same_people_first(rules, model):
        return False
    if any(a.literal and ". " in a.literal for a in model.get("authors", ())):
        return True  # the model's "name" runs on into a sentence
    if not model.get("title"):
        return not any(model.get(f) for f in ("journal", "booktitle")) or _title_run_into_journal(title, rules, model)
    return confidence.get("title", 1.0) < 0.5 and bool(rules.get("publisher") or rules.get("journal"))


def last_person_read_into_model_title(rules: dict, model: dict) -> bool:
    """Whether the model read the list's last person as the opening of the title, where the
    rules read the same people and that one more: "Lao TT, Ho L-F, Chan BCP, Leung W-C.
    Maternal age …" as three people and the title "Leung W-C. Maternal age …"."""
    ours, theirs = rules.get("authors", ()), model.get("authors", ())
    title, read = rules.get("title", ""), model.get("title", "")
    if not (title and read and len(ours) == len(theirs) + 1 and ours[-1].family and not ours[-1].literal):
        return False
    if [a.family for a in ours[:-1]] != [a.family for a in theirs]:
        return False
    opening = read[: len(read) - len(title)].strip() if read.endswith(title) else ""
    return opening.startswith(ours[-1].family) and len(opening) <= len(ours[-1].family) + 8


def _title_read_as_surname(title: str, rules: dict, model: dict) -> bool:
    """Whether the model read the title's first word as the surname of the last person,
    whose own surname and initials it took for given names: "Smith J. Biometry. 3rd ed. …"
    as one "J. Biometry, Smith" ("Biometry SJ"), "Sayão R. Filhos... melhor não tê-los?"
    as "Filhos SR"; the rules as Smith J and the title."""
    ours, theirs = rules.get("authors", ()), model.get("authors", ())
    if not ours or len(theirs) != len(ours) or not title.split():
        return False
    last, read = ours[-1], theirs[-1]
    # (A surname of two words gives two initials: "López Pérez A. Ketamina." as "Ketamina LPA".)
    taken = {last.family[:1].upper(), "".join(w[:1] for w in last.family.split()).upper()} if last.family else set()
    # (In a longer title the word must run on in lower case, as no name does: "Filhos...
    # melhor" — "Russell A. Berman. Fiction Sets You Free" is a given-first name.)
    if " " in title and not re.match(r"[^\s.]+(?:\.\.\.|…)?\s+[a-zà-ÿ]", title):
        return False
    first_word = title.split()[0].strip(".,:;?!…")
    return read.family == first_word and any(read.initials == first + last.initials for first in taken)


def _title_run_into_journal(title: str, rules: dict, model: dict) -> bool:
    """Whether the model's journal is the rules' title and journal run together, with no
    title of its own: "Kandel ER. Neuroscience. Neuron. 2001;32:1-10." read as the journal
    "Neuroscience. Neuron". (Not where the rules' title is abbreviated words, "Ann." of
    "Ann. Neurol." or "Acta Pharm." of "Acta Pharm. Sin. B", the journal's own first words.)"""
    journal = rules.get("journal", "")
    return (bool(journal) and not all(re.fullmatch(r"[A-Z][a-z]{0,5}", word) for word in title.split())
            and re.fullmatch(re.escape(title) + r"[.:]?\s+" + re.escape(journal), model.get("journal", "")) is not None)


def model_lost_journal(rules: dict, model: dict) -> bool:
    """Whether the model ran the journal into the title and read no source at all, where
    the rules parted them at the stop and found the journal's numbers: PubMed's "…
    depression. Psychopharmacology (Berl). 2020 Jan;237(1):123-145. … Epub 2019 Dec 5." (a
    one-word journal before the tail of notices the model read as a title's end). A work
    with a volume and pages and no source is no reading."""
    journal, title = rules.get("journal", ""), rules.get("title", "")
    # (ABNT numbers some journals by issue alone: "…, São Paulo, n. 24, p. 31-68, 2001.")
    if not (journal and title and (rules.get("volume") or rules.get("issue")) and rules.get("pages")) or any(
            model.get(f) for f in ("journal", "booktitle", "publisher")):
        return False
    # (NLM's translated title keeps its brackets in the model's run: "[Ketamine in depression]. Nervenarzt".
    # ABNT's journal may bring its city into the run: "… SAEB/2001. Psicologia: teoria e pesquisa, Brasília".)
    run = re.fullmatch(r"\[?" + re.escape(title) + r"\]?[.?!]?\s+" + re.escape(journal) + r"(?:,\s*(?P<city>[^,.;:()]{2,40}(?:,\s*[A-Z]{2})?))?\.?",
                       model.get("title", ""))
    return run is not None and (not run.group("city") or is_place(run.group("city")))


def dashed_journal_in_model_title(rules: dict, model: dict) -> bool:
    """Whether the model read the journal after the title's stop and dash as the title's
    end, where the rules parted them there: "Title.- Neuropharmacology." (Lauterbornia),
    "Title. – Nature." (Preslia). The dash says a new part of the entry begins."""
    journal, title = rules.get("journal", ""), rules.get("title", "")
    if not (journal and title) or any(model.get(f) for f in ("journal", "container", "booktitle", "publisher")):
        return False
    return re.fullmatch(re.escape(title) + r"[.?!](?:\s*[–—]|-)\s+" + re.escape(journal) + r"\.?", model.get("title", "")) is not None


def country_opening_model_journal(rules: dict, model: dict) -> bool:
    """Whether the model opened the journal with the country that ends the title, where the
    rules parted them at the stop: "… Parque do Carmo, São Paulo, SP, Brasil. Boletim de
    Botânica …" read as the journal "Brasil. Boletim de Botânica …". The same journal
    after a listed place and a stop ("Food Technol. Biotechnol." opens with no place)."""
    journal, theirs = rules.get("journal", ""), model.get("journal", "")
    if not (journal and theirs.endswith(". " + journal)):
        return False
    place = theirs[: -len(journal) - 2].strip()
    return 0 < len(place.split()) <= 3 and "," not in place and known_place(place)


def model_dropped_source(rules: dict, model: dict) -> bool:
    """Whether the model kept only the head of the title and dropped the source and its
    numbers, where the rules read a journal, volume and pages: "… Parque Santo Dias, São
    Paulo, SP, Brasil. Boletim de Botânica Universidade de São Paulo 19: 15-42." read as a
    book "… Parque Santo Dias" published in "São Paulo, SP". A reading with no source and
    no numbers at all is no match for one that found all three."""
    title, theirs = rules.get("title", ""), model.get("title", "")
    if not (rules.get("journal") and rules.get("volume") and rules.get("pages") and theirs and title.startswith(theirs)):
        return False
    return not any(model.get(f) for f in ("journal", "booktitle", "publisher", "volume", "issue", "pages"))


def supplement_read_as_model_journal(rules: dict, model: dict) -> bool:
    """Whether the model took a supplement's label for the journal and ran the journal
    into the title: "… STAKE Act. Tob Control. 2000;9 Suppl 2:II15–7." read as the journal
    "Suppl". A supplement is a part of an issue, never a journal."""
    journal, title = rules.get("journal", ""), rules.get("title", "")
    if not (journal and title) or not re.fullmatch(r"(?:Suppl(?:ement)?|Supl(?:emento)?)\.?", model.get("journal", ""), re.I):
        return False
    return re.fullmatch(re.escape(title) + r"[.?!]?\s+" + re.escape(journal) + r"\.?", model.get("title", "")) is not None


def journal_read_as_model_editors(rules: dict, model: dict) -> bool:
    """Whether the model read the journal as an editor's name and found no source at all:
    "… pandemia. RDBCI, Campinas, SP, v. 18, p. 1-17, 2020." read as the editor "RDBCI
    CSP" (a short capitalised name and its city look like a surname and initials). Editors
    edit a book, and a work with a volume and pages and no source is no reading."""
    journal, editors = rules.get("journal", ""), model.get("editors") or ()
    if not (journal and editors and rules.get("volume") and rules.get("pages")) or any(
            model.get(f) for f in ("journal", "booktitle", "publisher")):
        return False
    return all(editor.family and editor.family in journal for editor in editors)


def city_in_model_journal(rules: dict, model: dict) -> bool:
    """Whether the model kept the city printed after the journal as part of its name, where
    the rules parted them: ABNT's "Realidad Económica, Caba, AR, n. 311, p. 9-39, 2017."
    read as the journal "Realidad Económica, Caba, AR". The same journal, and then a place."""
    journal, theirs = rules.get("journal", ""), model.get("journal", "")
    if not (journal and theirs.startswith(journal + ",")) or rules.get("title") != model.get("title"):
        return False
    return is_place(theirs[len(journal) + 1:].strip())


def publisher_split_by_model(rules: dict, model: dict) -> bool:
    """Whether the model parted a publisher whose name ends in a number into a journal (or a
    shorter publisher) and a volume, where the rules read a book's or a chapter's imprint:
    "São Paulo: Editora 34, 2010." read as the journal "Editora", volume 34. The same title,
    and the two are the rules' publisher, word for word."""
    publisher, volume = rules.get("publisher", ""), model.get("volume", "")
    # (A chapter's too: its publisher, or its book, "Editora", and volume 34.)
    parted = model.get("journal") or model.get("publisher") or model.get("booktitle") or ""
    return (rules.get("kind") in ("book", "chapter") and bool(publisher and parted and volume)
            and rules.get("title") == model.get("title") and f"{parted} {volume}" == publisher)


def model_lost_chapters_book(rules: dict, model: dict) -> bool:
    """Whether the model lost the book of a chapter the rules read whole: ABNT's chapter in a
    book by its own author, "O discurso. In: SILVA, J. Ensaios reunidos. São Paulo: Cortez,
    2016. p. 71-107.", read with no book (a book "O discurso", or the book's title taken for
    names, "Ensaios reunidos J"). A chapter with its book, place and publisher is the reading."""
    book, title = rules.get("booktitle", ""), rules.get("title", "")
    if rules.get("kind") != "chapter" or not (book and title and rules.get("publisher")) or model.get("booktitle") or model.get("journal"):
        return False
    names = " ".join(a.family or a.literal for a in (*(model.get("editors") or ()), *(model.get("authors") or ())))
    theirs = model.get("title") or ""
    # (Or the model took the book, with its author's name, for the title: "BENDAZZI, G. Cartoons".)
    return theirs in ("", title) or book.split()[0] in names.split() or (theirs != title and book in theirs)


def given_name_in_rules_title(rules: dict, model: dict) -> bool:
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
        # (Unless those initials are the rules' last surname's, which the model left bare:
        # "ONFRAY, M. Cinismos. Retrato …" is one person and a title; nor where the model
        # took the rules' person for the title word's initials: "Sayão R. Filhos... melhor"
        # as "Filhos SR".)
        return not (initials_handed_to_title_word(rules, model) or _title_read_as_surname(title, rules, model))
    return people[0].initials[:1] == head[:1].upper()


def journal_in_rules_title(rules: dict, model: dict) -> bool:
    """Whether the rules ran the journal into the title where the model parted them: "…
    evolution of photosynthesis Science 2000; 289:1724" (no stop after the title), read by
    the rules as an article with a volume and no journal."""
    title, journal = rules.get("title", ""), model.get("journal", "")
    words = (model.get("title") or "").split()
    if words and words[-1].lower() in JOURNAL_JOINERS:
        return False  # "… national reserve in Kenya. 39.": no title ends in a joining word
    if not (journal and model.get("title") and not (rules.get("journal") or rules.get("booktitle"))
            and title.startswith(model["title"])):
        return False
    if rules.get("volume") and title.endswith(" " + journal):
        return True
    if (not rules.get("volume") and title == f"{model['title']}, {journal}" and capitalised(journal)
            and len(journal.split()) >= 2 and len(words) >= 4):
        return True  # a paper series after a comma: "… Matching Approach, IZA Discussion Papers, 2015."
    # Copernicus' "Title?, Global Biogeochemical Cycles, 36, e2021GB007055, https://…, 2022."
    # read by the rules as one title: the model's journal and volume are inside it.
    volume = model.get("volume", "")
    return bool(volume and not rules.get("volume") and re.search(
        re.escape(journal) + r"[\s,.]+" + re.escape(volume) + r"\b", title[len(model["title"]):]))


def sentence_in_rules_journal(rules: dict, model: dict) -> bool:
    """Whether the rules' journal opens with the end of the title, which the model kept
    in it: "Is there a delay …? A meta-analysis J Clin Psychiatry" — no journal holds a
    word in lower case other than its joining words."""
    journal, theirs = rules.get("journal", ""), model.get("journal", "")
    if not theirs or not journal.endswith(" " + theirs) or not model.get("title"):
        return False
    head = journal[: -len(theirs)].strip()
    if re.fullmatch(rf"{TITLE_PART}\.?", head) and model["title"].endswith(head.rstrip(".")):
        return True  # the title's part: "… of the atmosphere. Part I. J Atmos Sci. 70"
    if " " not in head and model["title"].endswith(f". {head}"):
        return False  # a stop before one word: "… and beyond. biomark Res." opens the journal there
    return model["title"].endswith(head) and abbreviated_run(theirs.split()) and any(
        re.fullmatch(r"[a-z][a-z-]{3,}", w.strip(",.:;")) and w.strip(",.:;") not in JOURNAL_JOINERS for w in head.split())


def book_in_rules_journal(rules: dict, model: dict) -> bool:
    """Whether the rules read a book's title and publisher as a title-less entry's journal
    ("F. R. K. Chung, Spectral Graph Theory. American Mathematical Society, 1997."), where
    the model read that very text as the two: a journal with no volume and no pages is
    no article's."""
    journal, title, publisher = rules.get("journal", ""), model.get("title", ""), model.get("publisher", "")
    if rules.get("title") or rules.get("volume") or rules.get("pages") or not (journal and title and publisher):
        return False
    return re.sub(r"[\s.,:;]+", " ", journal).strip() == re.sub(r"[\s.,:;]+", " ", f"{title}. {publisher}").strip()


def people_read_as_group(rules: dict, model: dict) -> bool:
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


def plausible(fields: dict) -> bool:
    """Shapes no correct rule parse has: a journal that swallowed its volume and pages
    ("Annu. Rev. Mar. Sci. 9, 83–104") or a year, and a title that opens with the names'
    ampersand ("Peters, K. E. & Moldowan, J. M. *Title*" parted after the first name)."""
    journal = fields.get("journal", "")
    if (fields.get("title") or "").lstrip().startswith("&"):
        return False
    if re.match(r"(?:(?:PhD|Ph\.D\.|MSc|MA|Master'?s|Doctoral)\s+)?(?:thesis|dissertation)\b", journal, re.I):
        return False  # "Thesis, University of Iowa (2019)": a degree and its school, no journal
    if re.match(rf"{VOLUME_WORD}\.?\s*\d", journal, re.I):
        return False  # ISO 690's "*Autophagy*. 2013. Vol. 9, p. 1624" parted before the volume
    if re.search(r"[^\W\d_]\.\s+\d{1,4}$", journal) and fields.get("pages") and not fields.get("volume"):
        return False  # the volume after the journal's stop, "JAMA Psychiatry. 75. pp. 139–148", read into its name
    if re.fullmatch(r"\s*[A-Z]\.?\s*", journal) and not (fields.get("volume") or fields.get("pages")):
        return False  # a place's last letter, "Frankfurt a. M. 1987" parted at its stops; no journal's name
    return not re.search(r"\d+\s*,\s*[A-Za-z]?\d+|\b(?:1[5-9]|20)\d\d\b|\d+\s*\(\d+\)", journal)


def missed(rules: dict, model: dict, confidence: dict) -> bool:
    """The model is sure of a field the rules did not find (names glued to a title, a
    year the rules could not place): the rules misread the string's shape."""
    for field, label in (("authors", "authors"), ("year", "date"), ("volume", "volume"), ("pages", "pages")):
        if model.get(field) and not rules.get(field) and confidence.get(label if label != "authors" else "authors", 0) >= 0.9:
            if field == "volume" and model["volume"] == rules.get("issue"):
                continue  # the same number, which the rules read from its issue's label ("n. 311")
            if field == "volume" and rules.get("publisher", "").endswith(" " + model["volume"]):
                continue  # a number that ends the publisher's name the rules read ("Editora 34")
            return True
    # A year the rules left inside their title with no date found anywhere ("Brasil 2012
    # Gestação de alto risco", set as IOP sets a body's work): the model placed it.
    year = model.get("year")
    if year and not rules.get("year") and re.search(rf"(?<!\d){year}(?!\d)", rules.get("title") or ""):
        return True
    # A book's imprint the rules took for a journal ("3. Aufl. Springer, Berlin"): the model
    # is sure of the publisher, and the rules' journal, with no volume or pages, holds it.
    publisher = model.get("publisher", "")
    return bool(publisher and model.get("title") and confidence.get("publisher", 0) >= 0.9 and not rules.get("publisher")
                and not rules.get("volume") and not rules.get("pages") and publisher in rules.get("journal", ""))


def names_before_colon_in_rules_title(rules: dict, model: dict) -> bool:
    """Whether the rules took the names before a colon for the title's first words where
    the model read them as the author and the rest as the title: DIN 1505 sets a colon after
    every author list, so a body's one-word name, "Brasil: *Gestação de alto risco*", has
    no initials to tell the rules it is a name."""
    title, people = rules.get("title") or "", model.get("authors") or ()
    if rules.get("authors") or len(people) != 1 or ":" not in title or not model.get("title"):
        return False
    head, rest = (part.strip() for part in title.split(":", 1))
    return head == (people[0].literal or people[0].family) and rest == model["title"].strip()


def listed_journal_in_model_only(rules: dict, model: dict) -> bool:
    """Whether the model read a journal the bundled lists name where the rules read one
    they do not ("Rev" of "Cancer Treat. Rev.", "Natl. Acad. Sci" of "Proc. Natl. Acad.
    Sci."): the lists know which reading ends where a journal does."""
    from .journals import known_journal

    ours, theirs = (rules.get("journal") or "").strip(" ."), (model.get("journal") or "").strip(" .")
    if not (ours and theirs and ours != theirs) or (" " not in theirs and ours.endswith(" " + theirs)):
        return False  # (one listed word ending an unlisted name, "Res" of "Biomark Res", settles nothing)
    return known_journal(theirs) and not known_journal(ours)


def initials_read_as_model_surname(rules: dict, model: dict) -> bool:
    """Whether the model turned one person of a list round, reading a long run of initials
    as the surname ("Costa IBSDS" as "IBSDS, C.") where the rules read the surname and
    initials every other name of the list is printed in; the two readings agree on the rest."""
    ours, theirs = rules.get("authors") or (), model.get("authors") or ()
    if len(ours) != len(theirs) or len(ours) < 2:
        return False
    differ = [(a, b) for a, b in zip(ours, theirs) if (a.family, a.initials) != (b.family, b.initials)]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    return (not a.literal and len(a.initials) >= 2 and b.family == a.initials
            and b.initials == a.family[:1] and a.family[:1].isupper() and not a.family.isupper())


def title_words_read_as_initials(rules: dict, model: dict) -> str:
    """The title's opening words the model read as the last person's initials ("MARINHO,
    E. L. L. Transformações Estruturais, Variações na …" read as "Marinho ELLTE" and a
    title from "Variações"), where the rules read the same names and kept those words in
    the title: the opening the model's title lost, or "" when it lost none."""
    ours, theirs = rules.get("authors") or (), model.get("authors") or ()
    if not ours or len(ours) != len(theirs) or ours[:-1] != theirs[:-1]:
        return ""
    last, read = ours[-1], theirs[-1]
    extra = read.initials[len(last.initials):]
    # (Initials both read, and two words or more: "Tomlinson, Gary, Metaphysical Song" is a
    # given name the rules kept in the title, not title words the model took for initials.)
    if (last.literal or read.family != last.family or not last.initials or len(extra) < 2
            or not read.initials.startswith(last.initials)):
        return ""
    title, kept = rules.get("title") or "", model.get("title") or ""
    at = title.find(kept) if kept else -1
    opening = title[:at] if at > 0 else ""
    words = re.findall(r"[^\W\d_][\w'’-]*", opening)
    # (Words, not initials: "Hanna M. A. Biodiesel production" read by the rules with the
    # title "A. Biodiesel production" is the model's reading that is right.)
    whole_words = words and all(len(word) >= 3 for word in words)
    return opening if whole_words and "".join(word[0] for word in words) == extra else ""


def surname_opening_model_title(rules: dict, model: dict) -> str:
    """The last person's surname the model read as the title's first word, leaving the
    initial as a surname ("A. Frazer and S. Benmansour: Delayed pharmacological effects …"
    read as the people Frazer and "S", and the title "Benmansour: Delayed …"), where the
    rules read the same people with that surname: the model's title without it, or "".

    Only a one-letter "surname" that is the rules' last person's initial, and a title that
    opens with the rules' surname and its stop or colon."""
    ours, theirs = rules.get("authors") or (), model.get("authors") or ()
    if not ours or len(ours) != len(theirs) or ours[:-1] != theirs[:-1]:
        return ""
    last, read = ours[-1], theirs[-1]
    if last.literal:
        return ""
    if read.family == last.family and not read.initials and 1 <= len(last.initials) <= 3:
        # (Or the last person's undotted initials before the colon that ends the names:
        # "Frazer, A, Benmansour, S: Delayed …" read as "Benmansour" and the title "S: Delayed …".)
        opening = re.match(rf"{re.escape(last.initials)}\s*:\s+(?=\S)", model.get("title") or "")
        return (model.get("title") or "")[opening.end():] if opening else ""
    # (Two initials too: "J. A. Rey: Title" read as the person "J A" and the title "Rey: Title".)
    if len(read.family) != 1 or not last.initials.startswith(read.family + read.initials):
        return ""
    opening = re.match(rf"{re.escape(last.family)}\s*[:.]\s+(?=\S)", model.get("title") or "")
    return (model.get("title") or "")[opening.end():] if opening else ""


def title_sentence_read_into_model_journal(rules: dict, model: dict) -> bool:
    """Whether the model ran the title's last sentence into a journal the bundled lists
    name, where the rules kept it in the title: "… of the vulva. A multicenter CTF Study.
    Cancer. 2000;89(1)" read with the journal "CTF Study. Cancer". The listed name alone is
    the journal when the longer one is not listed."""
    from .journals import known_journal

    ours, theirs = (rules.get("journal") or "").strip(" ."), (model.get("journal") or "").strip(" .")
    if not (ours and theirs.endswith(". " + ours)) or not known_journal(ours) or known_journal(theirs):
        return False
    moved, title = theirs[: -len(ours) - 2].strip(), (rules.get("title") or "").rstrip(" .")
    # (The title's last sentence has a word in lower case; a journal's abbreviations, "Food
    # Technol." of "Food Technol. Biotechnol.", have none.)
    last_sentence = title.rpartition(". ")[2]
    return title.endswith(moved) and last_sentence.endswith(moved) and re.search(r"\b[a-z]{4,}\b", last_sentence) is not None


def body_read_as_model_title(rules: dict, model: dict) -> bool:
    """Whether the model took the body that wrote the work for its title where the rules
    read it as the author ("Deutsche Hochschule der Polizei. (2024). MEGAVO study: …"):
    a body's name is no title when the rules found the work's own after it."""
    from .work_kinds import names_a_body

    authors = rules.get("authors") or ()
    if not (len(authors) == 1 and authors[0].literal and rules.get("title") and rules.get("year") and not model.get("authors")):
        return False
    body = authors[0].literal.strip(" .")
    # (It must name a body: APA sets a work with no author by its title, "DPLA RDF
    # application profile use cases. (2014).", which the rules take for a name.)
    # (Or ran the body, its year and the title into one: "Empresa … (EPAGRI). 2001. Dados …".)
    theirs = (model.get("title") or "").strip(" .")
    from .source_edges import names_its_acronym

    return ((theirs == body or (theirs.startswith(body + ".") and rules["title"] in theirs))
            and (names_a_body(body) or names_its_acronym(body)))


def model_lost_labelled_volume(rules: dict, model: dict, text: str) -> bool:
    """Whether the rules read a volume the entry labels ("v. 2", "vol. 12") that the model
    left without one: ABNT's "DataGramaZero, v. 2, n. 2, 2001. Disponível em: …", which
    the model, seeing the address and the access date, read as one long web-page title.
    A labelled number under a journal the rules found is no title's word."""
    volume, issue, journal = rules.get("volume", ""), rules.get("issue", ""), rules.get("journal", "")
    if issue and not volume and journal and rules.get("year") and not any(model.get(f) for f in ("journal", "booktitle", "publisher")):
        # ABNT's journal numbered by issue alone, "Polis, São Paulo, n. 46, 2017.", read as a
        # book whose place is "Polis, São Paulo", or whose title runs on into the journal and
        # its city ("Título. Estudos em Avaliação, Curitiba"): a labelled issue is a periodical's.
        labelled = re.search(rf"(?<![\w.])(?:n\.\s*[º°]?|nº)\s*{re.escape(issue)}(?![\w-])", text, re.I)
        title, theirs = rules.get("title", "").rstrip(" ."), model.get("title", "").rstrip(" .")
        ran_on = bool(title) and theirs.startswith(f"{title}. {journal}") and re.fullmatch(
            r"(?:,\s*[^\W\d][^\d.,;:]{1,40})?", theirs[len(title) + len(journal) + 2:]) is not None
        return labelled is not None and (model.get("place", "").startswith(journal) or ran_on)
    theirs = model.get("volume") or ""
    # (Or ran the labelled part after it into the volume: "v.11, supl.1" read as "11, supl.1".)
    if not (volume and journal and rules.get("year")) or (theirs and not theirs.startswith(volume + ",")):
        return False
    return re.search(rf"(?<![\w.])v(?:ol)?\.\s*{re.escape(volume)}(?![\w-])", text, re.I) is not None


def model_lost_dated_issue(rules: dict, model: dict, text: str) -> bool:
    """Whether the model ran a newspaper into the title where the rules read it from its
    dated issue: ABNT's "Título da notícia. O Globo, Rio de Janeiro, 9 abr. 2017." has no
    volume, only the day, and the model, trained on journals, read "… O Globo, Rio de" as
    the title's end. A reading with no source where the rules found the newspaper is none."""
    title, journal, theirs = rules.get("title", ""), rules.get("journal", ""), model.get("title", "")
    if not (title and journal and rules.get("year")):
        return False
    dated = _dated_after(journal, text)
    if not (dated or DATED_ISSUE_OPENS.search(text)):
        return False
    if not model.get("year"):
        return theirs == title  # the same title, and the date read as pages ("9 abr. 2017a")
    if model.get("journal", "").startswith(journal + ","):
        return True  # the newspaper run on into its city: "O Globo, Rio de"
    if dated and model.get("publisher") == journal and not (model.get("place") or model.get("journal")):
        return True  # the newspaper read as a placeless book's publisher: "CNBC, Mar. 29, 2023."
    # (The newspaper's section after the day, "… 3 sep. 2017. Economia.", "… 12 mar. 2015.
    # Caderno Cotidiano, p. 4.", is neither a publisher nor a book.)
    containers = [model.get(f, "") for f in ("publisher", "booktitle")]
    if model.get("journal") or any(c and not re.search(rf"{YEAR}[a-z]?\.\s+{re.escape(c)}\b", text) for c in containers):
        return False
    # (Or the model kept the title and lost the newspaper, reading the day as pages.)
    return theirs.startswith(title) and (journal in theirs[len(title):] or len(theirs) == len(title))


_GAP_THEN_DAY = re.compile(rf"[^.;:()]{{0,40}}?[,.]\s*(?:{ISSUE_DAY.pattern})", re.I)


def _dated_after(journal: str, text: str) -> bool:
    """Whether the issue's day follows the journal (its city between): "CNN, São Paulo, 20
    de novembro de 2021". (Found with fixed patterns: one built from each journal's name
    would be compiled anew for every entry.)"""
    at = text.find(journal)
    while at >= 0:
        if _GAP_THEN_DAY.match(text, at + len(journal)):
            return True
        at = text.find(journal, at + 1)
    return False


def title_read_as_model_names(rules: dict, model: dict) -> bool:
    """Whether the model read a short title as one more person and found no title at all:
    "Hobb R. Dragon Haven. Voyager; 2010." (a person "Haven" with initials "HRD"). A
    work has a title; the rules' one ends on the word the model took for a surname."""
    title, people = rules.get("title", ""), model.get("authors") or ()
    if model.get("title") or not (title and rules.get("authors") and people) or len(people) < len(rules["authors"]):
        return False
    words = title.split()
    return len(words) <= 6 and people[-1].family == words[-1]


def initials_handed_to_title_word(rules: dict, model: dict) -> bool:
    """Whether the model took an inverted name's initials from its surname and gave them to
    the title's first word, read as one more person: "CHOLODENKO, A. Introduction. In: …"
    as "CHOLODENKO" and "A. Introduction". The rules kept "Cholodenko A" and the title
    "Introduction"; initials printed after a surname's comma are that surname's. (Where the
    model's title is nowhere in the rules' reading, the rules lost it: "Ansoff, H. Igor.
    Corporate Strategy." is a given name, not a title "Igor". A surname in capitals is
    the evidence: a list that sets "I. Howard Marshall" as "Marshall, I. Howard." prints
    its surnames as written, while ABNT's and French capitals print the given names in
    full or as initials, not an initial before a full name.)"""
    people, theirs, title = rules.get("authors") or (), model.get("authors") or (), rules.get("title", "")
    if not (people and title and len(theirs) == len(people) + 1) or theirs[:-2] != people[:-1]:
        return False
    their_title = model.get("title", "")
    if their_title and not any(read and read.endswith(their_title) for read in (title, rules.get("booktitle"), rules.get("journal"))):
        return False
    last, detached, handed = people[-1], theirs[-2], theirs[-1]
    bare_surname = not detached.initials and (detached.family or detached.literal) == last.family
    return (bool(last.initials) and last.family.isupper() and bare_surname
            and handed.initials == last.initials and handed.family == title.split()[0].strip(".,:;"))


def names_and_date_in_model_title(rules: dict, model: dict) -> str:
    """The title after the names and the bracketed date that the model ran into it, where
    the rules read all the names and that year: "…, C. Yang, H. Koike und K. Hashimoto
    (2018): (2R,6R)-Hydroxynorketamine is …" read with the people ending "H" and the title
    "Koike und K. Hashimoto (2018): (2R,6R)-…"; "ZARATE, C. A., Jr (2008): Title" with the
    title "Jr (2008): Title". "" when the model read no such title. (The rules' own title
    may run on into the journal: the model's, after the date, is the title.)"""
    year, read = rules.get("year") or "", model.get("title") or ""
    ours, theirs = rules.get("authors") or (), model.get("authors") or ()
    if not (year and read and len(ours) >= len(theirs) >= 1) or model.get("year", year) != year:
        return ""
    dated = re.match(rf"(?P<opening>.*?\({year}[a-z]?\)[.:]?\s*)(?P<title>\S.*)$", read)
    last = ours[-1]
    if not dated or not (rules.get("title") or "").startswith(dated.group("title")):
        return ""
    opening = dated.group("opening")
    named = last.family and last.family in opening or bool(last.suffix) and opening.startswith(last.suffix)
    return dated.group("title") if named else ""


def initials_read_as_model_journal(rules: dict, model: dict) -> bool:
    """Whether the model read the last person's undotted initials as the journal, where the
    rules read the same people, that one with those initials, and a journal: "…, De Simoni,
    S and Reed, LJ. (in press). Title. *Mol Psychiatry* 17:664–665." read with the person
    "Reed" and the journal "LJ". A journal is never a name's initials."""
    ours, theirs = rules.get("authors") or (), model.get("authors") or ()
    if not ours or len(ours) != len(theirs) or ours[:-1] != theirs[:-1] or not rules.get("journal"):
        return False
    last, read = ours[-1], theirs[-1]
    return (not last.literal and read.family == last.family and not read.initials
            and (model.get("journal") or model.get("container") or "").strip(" .") == last.initials)


def date_inside_model_title(rules: dict, model: dict) -> bool:
    """Whether the model ran the title on over the source and its date, finding no date at
    all, where the rules ended the title and read the year: ABNT's web references, "Título.
    IPEA, 2021. (Nota Técnica, nº 92). Disponível em: … Acesso em: …", which the model took
    for one long page title. A work's date is no word of its title."""
    title, year, theirs = rules.get("title", ""), rules.get("year", ""), model.get("title", "")
    if not (title and year) or model.get("year") or not theirs.startswith(title) or len(theirs) <= len(title):
        return False
    return re.search(rf"(?<!\d){year}(?!\d)", theirs[len(title):]) is not None


def group_author_read_as_model_container(rules: dict, model: dict, text: str) -> bool:
    """Whether the model read the organisation that opens the entry as its container and
    found no author, where the rules read that organisation as the author: ABNT's "THE
    ECONOMIST. Does China face a lost decade? The Economist, Sept. 10, 2023." and
    "Clarivate Analytics. 2021 Journal Citation Reports. 2022. Disponível em: …". A
    container is printed after the title it holds, never before it. (A running head,
    "Biostatistics (2003). 4, 2, pp. 195–206", is a container with no title after it.)"""
    people, journal = rules.get("authors") or (), model.get("journal", "")
    if model.get("authors") or len(people) != 1 or not people[0].literal or not journal:
        return False
    words = re.findall(r"[^\W\d_]{2,}", rules.get("title", ""))
    if len(words) < 2 or max(map(len, words)) < 4:
        return False
    squash = lambda value: re.sub(r"[\W_]+", " ", value).strip().casefold()
    return squash(people[0].literal) == squash(journal) and squash(text).startswith(squash(journal))


def group_name_cut_at_comma(rules: dict, model: dict) -> bool:
    """Whether the model cut an organisation's name at its comma, reading the words before
    as a person and the rest into the title: "United Nations Educational, Scientific and
    Cultural Organization. Unesco Science Report …" as a person "Educational, U. N." and
    a title "Scientific and Cultural Organization. Unesco …". The rules read the name
    whole, and it names a body."""
    people, title = rules.get("authors") or (), model.get("title", "")
    if len(people) != 1 or not people[0].literal or ", " not in people[0].literal or not model.get("authors"):
        return False
    name = people[0].literal
    rests = [name[comma.end():] for comma in re.finditer(r",\s+", name)]
    from .work_kinds import names_a_body

    return any(title.startswith(rest) for rest in rests) and names_a_body(name)
