"""Books, chapters and reports: imprints ("Place: Publisher; Year"), editions, editors."""
from __future__ import annotations

import re

from .model import Author
from .names import parse_author_list
from .people import SAINT_WORDS, looks_like_group, parse_names
from .patterns import EDITOR_WORDS, PP, YEAR, capitalised, clean_title, is_place

# A place may open with an abbreviated word and its stop ("St. Louis, MO: Mosby", "Mt.
# Kisco"), which no other stop in a place's name has.
_PLACE_OPENING = rf"(?:(?:{SAINT_WORDS}|Mt|Ft)\.\s)?"
# NLM brackets what the item does not print ("[Edinburgh]: [Rambaut A]; c2007") and
# marks a copyright year with "c".
BOOK_IMPRINT = re.compile(
    rf"\[?(?P<place>{_PLACE_OPENING}[A-Z](?:[^.:;\[\]]|\.(?=[A-Z,]))(?:[^.:;\[\]]|\b[A-Z]\.){{0,60}}?)\]?\s*:\s*"
    rf"\[?(?P<publisher>[^.:;\[\]]{{2,120}}?)\]?\s*[;,.]\s*(?:c|©\s?)?\[?(?P<year>{YEAR})[a-z]?\b"
)
# "In: Smith J, editor. Book." and its Portuguese, Spanish and German forms ("organizador",
# "coordenadores", "Hrsg.").
CHAPTER = re.compile(r"(?:^|[.?!]\s)(?:In|Em|En)\s*:\s*(?:(?P<editors>[^.]+?),?\s*\(?\b(?:eds?|editors?|editores|organizador(?:es|as?)?"
                     r"|orgs?|coordenador(?:es|as?)?|coords?|compilador(?:es)?|hrsg)\b\.?\)?[.,]?\s*)?(?P<rest>.*)$", re.I)
# An edition as printed: "3rd ed.", "2 a ed.", "14ª ed.", "Second edition", "2nd edn",
# German "3. Aufl.", French "2e éd.", Italian "2a edizione", Dutch "3e druk", Polish "wyd. 2"
# is not covered (the number follows).
# (Elsevier spells the ordinal in lower case: "The Elements of Style, fourth ed.".)
EDITION = (r"(?P<edition>\d+\s*(?:ª|º|a|e|st|nd|rd|th)?|[A-Z][a-z]+"
           r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth"
           r"|revised|updated|expanded|enlarged))\.?\s+"
           r"(?i:ed|edn|edition|edição|edición|éd|édition|edizione|aufl|auflage|druk|uitgave|utg|utgåva|uppl)\.?")
# "Title (Publisher, City, 1987)", and the edition after it: ", 2 a ed.", ", 2nd edn.", or
# the page a note cites: "(Boulder: Westview Press, 1998), p. 20;".
PAREN_BOOK = re.compile(rf"^(?P<head>.+?)\s*\((?:(?P<publisher>[^()]+?),\s*)?(?P<year>{YEAR})[a-z]?\)[.,]?"
                        rf"(?:\s*,?\s*{EDITION})?(?:\s*,?\s*pp?\.\s*[\w–-]+)?\s*[.;]?\s*$")
PLACE_PUBLISHER = re.compile(r"^(?P<place>[A-Z][^:\s]*(?:\s+[^:\s]+){0,4}?)\s*:\s*(?P<publisher>[^:]{2,120}?)[;,.]?$")
# PLOS books: "Veterinary Virology. USA: Elsevier. pp 469–475." (the year came after the authors).
PLOS_BOOK = re.compile(rf"^(?P<title>.+?)\.\s+(?P<place>{_PLACE_OPENING}[A-Z][^.:]{{1,60}}):\s*(?P<publisher>[^.]+)\.(?:\s*(?:pp?\.?|pages?)\s*(?P<pages>[\w–-]+))?\.?\s*$")

# After a stop or comma; in brackets ("Handbuch Depression (2. Aufl.)", APA in any
# language); or after a space where Nature prints it ("Principles of Neural Science 5th edn").
EDITION_AT_END = re.compile(rf"(?:[.,]\s*|\s*(?P<bracket>\()|\s+(?=\d+\s?(?:st|nd|rd|th|e|ª|º)\b)){EDITION}(?(bracket)\))$")


def imprint_in(head: str) -> dict | None:
    """"Biometry. 3rd ed. New York: W. H. Freeman;" → a book with title, edition, place, publisher."""
    body = head.strip().rstrip(";,.").strip()
    for cut in re.finditer(r"(?<=[^\s.])[.?!]\s+(?=[A-Z])", body):
        match = PLACE_PUBLISHER.match(body[cut.end():])
        if match and is_place(match.group("place")):
            title = body[: cut.start() + 1]
            edition = EDITION_AT_END.search(title.rstrip("."))
            fields = {"kind": "book", "place": match.group("place").strip(), "publisher": match.group("publisher").strip()}
            if edition:
                fields["edition"] = edition.group("edition")
                title = title.rstrip(".")[: edition.start()]
            fields["title"] = clean_title(title)
            return fields
    return None


def as_book(title: str, fields: dict) -> dict:
    book = BOOK_IMPRINT.search(title + ";" + (fields.get("year") or ""))
    if book and is_place(book.group("place")):
        return {"kind": "book", "title": clean_title(title[: book.start()]), "place": book.group("place").strip(),
                "publisher": book.group("publisher").strip()}
    return {"kind": "misc"}


def parse_paren_book(match: re.Match[str]) -> dict | None:
    """``American Psychiatric Association, Title (Publisher, 2022)`` — AMA-like books — and
    Nature's ``Surname, I. I. & Surname, I. Title (Publisher, 2022).``, where a stop ends
    the names."""
    named = _names_then_title(match.group("head").strip().rstrip(","))
    if not named:
        return None
    authors, et_al, title = named
    title = re.sub(r",\s*\d+(?:st|nd|rd|th)\s+ed(?:ition|n)?\.?$", "", title.strip())
    fields = {"kind": "book", "authors": authors, "et_al": et_al, "title": clean_title(title),
              "publisher": match.group("publisher").strip(), "year": match.group("year")}
    imprint = PLACE_PUBLISHER.match(fields["publisher"])
    if imprint and is_place(imprint.group("place")):  # "(Boulder: Westview Press, 1998)"
        fields["place"], fields["publisher"] = imprint.group("place").strip(), imprint.group("publisher").strip()
    else:  # Nature's "(O'Reilly Media, Sebastopol, CA, 2011)"
        fields["publisher"], place = place_after_publisher(fields["publisher"])
        fields.update({"place": place} if place else {})
    if match.group("edition"):
        fields["edition"] = match.group("edition").strip()
    return fields


_LONGEST_NAMES = 600  # characters of a book's names, a dozen people or a long body's name


def _names_then_title(head: str) -> tuple[tuple[Author, ...], bool, str] | None:
    """(authors, et al., title) of a book's "Names, Title" or "Names. Title". A list printed
    surname first ("Surname, I., Surname, I. & Surname, I.") ends at the last stop that
    still leaves such a list before it — not after "W." in "Callister, W. & Rethwisch,
    D. G. Title"; other names end at the first comma that leaves a name or a body before
    it ("Philip H. Wicksteed, Title", "American Psychiatric Association, Title")."""
    by_stop = by_comma = None
    for cut in re.finditer(r",\s+|(?<=\.)\s+(?![A-Z]\.(?:[\s,:;-]|$))", head):
        if cut.start() > _LONGEST_NAMES:
            break  # each cut parses the names before it: bounded, so a long entry costs linear time
        prefix, title = head[: cut.start()], head[cut.end():]
        if re.match(r"[A-Z]\.(?:[\s,:;-]|$)|&|and\b|et al\b", title):
            continue  # "Smith, J. A. Title", "Smith, J. & Jones, B.": the names go on
        words = prefix.rstrip(".").split()
        parsed = parse_author_list(prefix)
        if "," not in cut.group():
            listed = re.search(r",|&|\band\b|\bet al\b", prefix)
            if parsed and listed and all(a.initials or a.literal for a in parsed[0]):
                by_stop = (*parsed, title)
            elif by_stop is by_comma is None and looks_like_group(prefix.rstrip(".")):
                return (Author(literal=prefix.strip(" .")),), False, title
        elif by_comma is None and parsed:
            by_comma = (*parsed, title)
        elif by_comma is None and len(words) <= 6 and capitalised(prefix.rstrip(".")):
            # An organisation ("American Psychiatric Association"), or a person with the
            # given name first ("David Archard"), as Chicago's notes print the author.
            person = len(words) <= 3 and not looks_like_group(prefix)
            by_comma = (parse_names(prefix)[0] if person else (Author(literal=prefix.strip(" .")),)), False, title
    return by_stop or by_comma


# Words that begin or join place names but print as often in titles ("New York", "Saint
# Louis", "Stratford-upon-Avon", "Rio de Janeiro"), so the learnt list of place words
# leaves them out; a place still needs one word of that list.
_PLACE_JOINERS = frozenset("new the st saint santa san port fort mount upon am sur on de da do del la le los las and &".split())


def names_a_place(text: str) -> bool:
    """Every word one the training strings print as a place, or one that joins place
    names ("London and New York", "Saint Louis, MO")."""
    from .learn.tagger import default_tagger

    places = default_tagger().lexicon.place
    words = [w.lower().strip(".()") for w in text.replace(",", " ").split()]
    return all(w in places or w in _PLACE_JOINERS for w in words) and any(w in places for w in words)


def place_after_publisher(imprint: str) -> tuple[str, str]:
    """("O'Reilly Media", "Sebastopol, CA") from "O'Reilly Media, Sebastopol, CA": the
    place is the tail whose every word the training strings print as a place (a
    publisher's own words, "Media", "Springer", are not), after a publisher that is not."""
    placed = names_a_place
    for cut in re.finditer(r",\s+", imprint):
        publisher, place = imprint[: cut.start()].strip(), imprint[cut.end():].strip()
        if publisher and place and placed(place) and not placed(publisher):
            return publisher, place
    return imprint, ""


_ABNT_NAME = r"[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,})*,(?:\s+[A-ZÀ-Þ][\w'’-]*\.?)+"
_BOOK_AUTHORS = re.compile(rf"(?:_{{3,}}|{_ABNT_NAME}(?:;\s+{_ABNT_NAME})*)\.?\s+(?=[A-ZÀ-Þ])")


def parse_chapter(rest: str, chapter: re.Match[str], year: str) -> dict:
    editors = parse_author_list(chapter.group("editors") or "")
    fields = {"kind": "chapter", "title": clean_title(rest[: chapter.start() + 1]),
              "editors": editors[0] if editors else ()}
    after = chapter.group("rest")
    authored = None if editors else _BOOK_AUTHORS.match(after)
    if authored:
        # ABNT's book by its own author after "In:" ("In: SILVA, J. Ensaios reunidos.", or the
        # rule "In: ______. Ensaios"): the names are the book's, no word of its title.
        after = after[authored.end():]
    trailing_pages = PP.search(after)
    imprint_text = after[: trailing_pages.start()] if trailing_pages else after
    imprint = BOOK_IMPRINT.search(imprint_text + ("" if re.search(YEAR, imprint_text) else f"; {year}"))
    if imprint:
        book = after[: imprint.start()].strip()
        edition = EDITION_AT_END.search(book)
        if edition:  # "Tratado de saúde coletiva. 2ª ed." — the edition is not the book's title
            book, fields["edition"] = book[: edition.start()], edition.group("edition")
        fields.update(booktitle=clean_title(book), place=imprint.group("place").strip(),
                      publisher=imprint.group("publisher").strip(), year=year or imprint.group("year"))
        pages = PP.search(after[imprint.end():]) or PP.search(after)
    else:
        fields["booktitle"] = clean_title(after)
        pages = PP.search(after)
    if pages:
        fields["pages"] = pages.group("pages")
    return fields



# MDPI's and ACS's chapter: "Title. In Book, 2nd ed.; Ruiz, A., Berg, P., Eds.; Springer:
# Cham, Switzerland, 2019; Volume 3, pp. 123–145." — semicolons part the book, its editors,
# its imprint and its pages.
_SEMICOLON_CHAPTER = re.compile(
    rf"(?P<title>[^\s].*?[^\s.])\.\s+In\s+(?P<book>[^;]+?)(?:,\s*{EDITION})?;\s*(?P<editors>[^;]+?),?\s+\(?Eds?\.\)?;\s*"
    rf"(?P<publisher>[^:;]+?):\s*(?P<place>[^;]+?),\s*(?P<year>{YEAR})[a-z]?"
    r"(?:;\s*(?:Vol(?:ume|\.)\s*(?P<volume>\w+),\s*)?(?:pp?\.\s*(?P<pages>\w+(?:\s*[-–]\s*\w+)?))?)?\.?\s*$")


def semicolon_chapter(body: str) -> dict:
    """The fields of an MDPI/ACS chapter printed after the names (``body`` starts with its
    title), or {} where the entry is not one."""
    match = _SEMICOLON_CHAPTER.fullmatch(body.strip())
    if not match or ";" in match.group("title") or len(match.group("title").split()) < 2:
        return {}
    editors, _ = parse_names(match.group("editors"))
    found = {"kind": "chapter", "title": match.group("title"), "booktitle": match.group("book").strip(),
             "publisher": match.group("publisher").strip(), "place": match.group("place").strip(),
             "year": match.group("year"), "editors": editors}
    for field in ("edition", "volume", "pages"):
        if match.group(field):
            found[field] = match.group(field).strip()
    return found


# A role word that closes the names of a whole book: "Schatzberg AF, Nemeroff CB,
# editors.", "Gotlib, I. H., & Hammen, C. L. (Eds.). (2014).", "Smith, J. (ed.)",
# "Müller, K. (Hrsg.)", "Silva, A. (org.)".
_EDITED_NAMES = re.compile(rf"(?:,|\(|\s)\s*(?:{EDITOR_WORDS})\.?\)?[.,:]?\s*(?:\(?{YEAR}[a-z]?\)?[.,:]?\s*)?$")


def names_are_editors(fields: dict, text: str) -> bool:
    """Whether the names that open a book are its editors' (a role word closes them
    before the title), so that exports write them as the editors: biblatex and CSL tell
    an edited book from an authored one. (A chapter's editors follow its "In:".)"""
    title = fields.get("title") or ""
    if fields.get("kind") not in ("book", "report", "proceedings") or not fields.get("authors") or fields.get("editors"):
        return False
    at = text.find(title) if title else -1
    return at > 0 and bool(_EDITED_NAMES.search(text[:at].rstrip(" “\"'‘«")))
