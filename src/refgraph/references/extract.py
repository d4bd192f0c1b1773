"""Find the reference section, split it into entries, re-join page-break fragments, parse."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from ..errors import InputError
from ..source import SourceText
from ..words import LineEndWords
from .citation_labels import citation_label, fields_by_line, is_label_line, listed_under_citations
from .clean import only_service_links, without_service_links
from .list_parts import ListPart, between_parts, list_parts, outside_parts
from .identifiers import ACCESS_WORDS
from .model import Reference, ReferenceList
from .parse import UnparseableReference, parse_reference
from .same_names import with_repeated_names
from .patterns import ALPHA_LABEL, GROUP_WORD, NOTE_DEFINITION, SAME_NAMES, YEAR

_HEADING_WORDS = (
    # ("R EFERENCES": small capitals as PDF text spaces them)
    r"r\s?eferences?(?:\s+cited)?|cited\s+references|references\s+(?:and|&)\s+(?:notes|sources)|sources(?:\s+cited)?|(?:list\s+of\s+sources|source\s+list)|(?:selected\s+)?bibliography(?:\s+and\s+references)?|"
    r"(?:cited\s+)?literature(?:\s+cited)?|works\s+(?:cited|consulted)|reference\s+list|literatura\s+citada|"
    r"notes\s+and\s+references|referências(?:\s+bibliográficas)?|referencias(?:\s+bibliográficas)?|"
    r"références(?:\s+bibliographiques)?|bibliographie|literatur(?:verzeichnis|hinweise)?|quellen(?:verzeichnis)?|referenzen|literatuur|"
    r"bibliografía|bibliografia|riferimenti\s+bibliografici|kaynaklar|kaynakça|piśmiennictwo|literatura|"
    r"referenser|referanser|litteratur(?:liste|förteckning)?|lähteet|lähdeluettelo|viitteet|kirjallisuus|daftar\s+pustaka|"
    r"literatuurlijst|irodalom(?:jegyzék)?|hivatkozások|bibliografie|referin[țţ]e(?:\s+bibliografice)?|"
    r"(?:použitá\s+)?literatura|rujukan|tài\s+liệu\s+tham\s+khảo|"
    r"(?:список\s+(?:использованной\s+)?)?литератур[аы]|библиография|βιβλιογραφία|"
    r"参考文献|引用文献|참고\s?문헌|المراجع"
)
REF_HEADING = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]*|<h[1-6](?:\s[^<>]{{0,200}})?>)?(?:\*{{1,3}}|_{{1,3}})?[ \t]*(?:(?:\d+|[IVXLC]{{1,6}}|[A-H])\.?[ \t]+)?"
    rf"(?P<title>{_HEADING_WORDS})[ \t]*[:：]?[ \t]*(?:\*{{1,3}}|_{{1,3}})?[ \t]*(?:#*|</h[1-6]>)[ \t]*$",
    re.I | re.M,
)
_NOTES_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?P<title>(?:end)?notes)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$",
                            re.I | re.M)
_ANY_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M)
# "1. ", "[1] ", "1) ", optionally behind a bullet; or a bare bullet. The other shapes
# house styles and PDF text use — "(1) " (ACS), "1 " and "1.Author" with the space lost,
# "<sup>1</sup>" — read as markers only when the numbers they carry count the list up
# one by one (a wrapped line can start with a volume or a year, but not with 1, 2, 3…).
_MARKER = re.compile(
    # (Pandoc escapes a typed number that is not a Markdown list: "23\. Berman", "\[23\]".)
    r"^[ \t]*(?:[-*+•][ \t]+)?(?:\\?\[(?P<b>\d{1,6})\\?\]|(?P<n>\d{1,6})\\?[.)])[ \t]+(?=\S)"
    r"|^[ \t]*(?:\((?P<p>\d{1,6})\)|\[(?P<tight>\d{1,6})\]|<sup>(?P<sup>\d{1,6})</sup>|\^(?P<caret>\d{1,6})\^)[ \t]*(?=\S)"
    r"|^[ \t]*(?P<bare>\d{1,6})(?:[ \t]+|\.(?=[^\W\d_]))(?=[^\W\d_]|[*_\"“‘'])"
    # PubMed's summary text, "1: Berman RM, …", and "1 - Berman RM, …".
    r"|^[ \t]*(?:(?P<colon>\d{1,6}):|(?P<dash>\d{1,6})[ \t]+[-–—])[ \t]+(?=[^\W\d_])"
    # A number alone on its line, its entry below: PDF text sets the label in a box of its own.
    r"|^[ \t]*(?:\[(?P<alone_b>\d{1,6})\]|\((?P<alone_p>\d{1,6})\)|(?P<alone>\d{1,6})[.)]?)[ \t]*$"
    # A label of letters and the year's digits (BibTeX's alpha style, "[BCA+00]", "[Knu84]").
    rf"|^[ \t]*(?:[-*+•][ \t]+)?\[(?P<alpha>{ALPHA_LABEL})\][ \t]+(?=\S)"
    r"|^[ \t]*(?P<bullet>[-*+•])[ \t]+(?=\S)"
)
_TENTATIVE = ("p", "tight", "sup", "caret", "bare", "colon", "dash", "alone_b", "alone_p", "alone")
_PARTICLE_NAME = re.compile(r"^(?:(?:van|von|der|den|de|da|do|dos|das|del|della|di|du|la|le|ten|ter|d'|l')\s*){1,3}[A-ZÀ-Þ][\w'’-]+,?\s+(?:[A-Z]\.|[A-Z]{1,3}\b)")
_IDENTIFIER_START = re.compile(r"\(?(?:doi\b|https?://|www\.|10\.\d{4,9}/|PMID\b|PMCID\b|arXiv\b)", re.I)
_VOLUME_PAGES = re.compile(r"^\d+[A-Za-z]?\s*(?:\([^)]*\))?\s*:\s*[A-Za-z]?\d+")
# A journal's name and its volume and pages: "Earth Syst Dyn 9(4):1243", "Nature 458, 1163",
# "Sociology, 16(1), 1–11".
_SOURCE_BLOCK = re.compile(r"(?:^|[.;?!]\s)[A-Z][\w.&'’-]*(?:\s[A-Za-z][\w.&'’-]*){0,7},?\s\d{1,5}\s*(?:\([^)]{1,12}\))?\s*[:,]\s*[A-Za-z]?\d+")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    text: str
    number: int | None
    marker: str
    inferred: bool = False  # opened by how a line begins, in a list without markers or blank lines


def find_reference_section(source: SourceText) -> tuple[int, int, str, int]:
    """(start, end, heading, body_end) of the reference list; InputError when there is none.

    ``body_end`` is where the body stops: the heading's start, or the list's start.
    """
    text = source.text
    headings = list(REF_HEADING.finditer(text))
    if headings:
        heading = _main_list_heading(text, headings)
        start = heading.end()
        following = _ANY_HEADING.search(text, start)
        end = following.start() if following else len(text)
        # Footnotes written after the list ("[^4]: …") are notes, not entries.
        notes = NOTE_DEFINITION.search(text, start, end)
        end = notes.start() if notes else end
        if _MARKER.search(text[start:end]) or text[start:end].strip():
            return start, end, heading.group("title").strip(), heading.start()
    else:
        notes = _notes_section(text)
        if notes is not None:
            return notes
    trailing = _trailing_numbered_list(text)
    if trailing is not None:
        following = _ANY_HEADING.search(text, trailing)  # (figure legends after a list that lost its heading)
        return trailing, following.start() if following else len(text), "", trailing
    raise InputError(f"{source.name}: no reference section found (no 'References' heading or trailing numbered list)")


def _main_list_heading(text: str, headings: list[re.Match]) -> re.Match:
    """The last reference heading, unless an earlier one heads a longer numbered list: a
    PDF that prints the article and then its supplement ends with the supplement's own
    short list (four entries after the article's forty)."""
    if len(headings) == 1:
        return headings[-1]
    # (Each up to the next reference heading: a table's "Reference" column read as a
    # heading must not count the real list below it as its own.)
    ends = [h.start() for h in headings[1:]] + [len(text)]
    sizes = [len(_entry_numbers(text, h.end(), min(_section_end(text, h.end()), end))) for h, end in zip(headings, ends)]
    best = max(sizes)
    return headings[-1] if sizes[-1] == best else headings[sizes.index(best)]


def _section_end(text: str, start: int) -> int:
    """Where the section that starts at ``start`` ends: the next heading, or the notes
    written after it ("[^4]: …")."""
    following = _ANY_HEADING.search(text, start)
    end = following.start() if following else len(text)
    notes = NOTE_DEFINITION.search(text, start, end)
    return notes.start() if notes else end


def _entry_numbers(text: str, start: int, end: int) -> list[int]:
    """The numbers that open lines of ``text[start:end]``, in order."""
    found = (_number(_MARKER.match(line)) for line in text[start:end].split("\n"))
    return [int(number) for number in found if number]


def _notes_section(text: str) -> tuple[int, int, str, int] | None:
    """With no references heading, the last "Notes" section of numbered, dated entries:
    a manuscript cited with Word's endnotes, printed (other sections may follow it)."""
    for heading in reversed(list(_NOTES_HEADING.finditer(text))):
        following = _ANY_HEADING.search(text, heading.end())
        end = following.start() if following else len(text)
        markers = [m for m in map(_MARKER.match, text[heading.end():end].split("\n")) if m and not m.group("bare")]
        numbers = [int(_number(m)) for m in markers if _number(m)]
        steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
        if len(markers) >= 3 and steps >= 0.8 * (len(numbers) - 1) and _DATED.search(text, heading.end(), end):
            return heading.end(), end, heading.group("title").strip(), heading.start()
    return None


def _trailing_numbered_list(text: str) -> int | None:
    """Start of a numbered list that runs to the end of the text, if it has 3+ entries.

    Without a heading (PDF text that lost it, a list pasted alone) the list is the run of
    numbered lines at the end; wrapped lines of an entry may stand between two numbers,
    so the run ends only at a stretch of text longer than an entry. It starts at its
    entry 1 when it has one (a numbered passage of the body may precede it)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    numbered: list[tuple[int, int]] = []  # (line index, number), bottom up
    since = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        match = _MARKER.match(line)
        number = match and (match.group("n") or match.group("b") or match.group("p"))
        if number:
            # (without a heading, bare numbers at line starts are too weak a sign)
            numbered.append((index, int(number)))
            since = 0
        elif numbered:
            since += 1
            if since > _LONGEST_ENTRY_LINES and len(numbered) >= 3:
                break
    if len(numbered) < 3:
        return None
    ones = [index for index, number in numbered if number == 1]
    return offsets[ones[0] if ones else numbered[-1][0]]


# More lines than one reference entry wraps to in a narrow column (a 60-author entry
# of a two-column page takes about 20).
_LONGEST_ENTRY_LINES = 40


# A line that opens an unnumbered entry: "Smith, J. A., …", "Smith JA, …", "van der Berg, A.",
# "Almeida, A.S.; …", "BASSET, Gilbert; KOENKER, R.", "Boot A, Heydt AS (2023)", "Boot AB
# et al. 2023", "Boot A and Heydt AS (2023)", "SMITH, J."; the previous line ended one.
_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_ENTRY_START = re.compile(
    # ("In B. Gawronski (Ed.)," wraps a chapter's editors, it is not "Surname I.")
    rf"^(?!In\s)(?:(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]a|[Dd]o|[Dd]os|[Dd]u|[Ll]a|[Ll]e|[Dd]'|[Ll]')\s*){{0,3}}[{_U}][\w'’‐-]+(?:\s[{_U}][\w'’‐-]+)?"
    # (IOP spaces the initials and sets the year bare: "Jones C D and Ciais P", "Peters G P 2016 …")
    # (French and Portuguese hyphenated initials: "Björk, B-C.;", "Sauvé, J-S;")
    rf"(?:,\s+(?:[{_U}]\.|[{_U}][-‐][{_U}][.,;]|[{_U}][a-zß-öø-ÿ]+(?:[\s,;]|\.\s))|\s+(?:[{_U}]{{1,4}}|[{_U}](?:\s[{_U}]){{1,3}})(?:\s+Jr\.?)?"
    rf"(?:[,.;]|\s+\(|\s+et\s+al\b|\s+(?:and|&)\s+(?:[{_U}]|others\b)|\s+(?:1[6-9]|20)\d\d[a-z]?\s)|,\s+[{_U}]\.[{_U}])"
    # …or an organisation followed by its year: "California Department of Fish and Wildlife. 2025."
    # (a lone capital is a wrapped initial, "Katsman, C." / "A. (2013).", not a name)
    # …or the rule that repeats the names of the entry before ("———. 1916.", "---, ed.")
    rf"|^{SAME_NAMES.pattern}"
    # …or ABNT's body in capitals, then its stop: "ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA. ENAP.", "PORTAL G1."
    rf"|^[{_U}]{{2,}}(?:\s+[{_U}][{_U}\d]+){{1,9}}\.(?:\s+[{_U}]|\s*$)"
    # …or a body's acronym, then its name: "IBGE - Instituto Brasileiro …", "NBS – National Bureau …"
    rf"|^[{_U}][{_U}\w]*[{_U}]\s+[-–—]\s+[{_U}][\w'’‐-]+\s"
    # …or a group whose name opens with a number: "1000 Genomes Project Consortium, Abecasis GR"
    rf"|^\d[\w‐-]*(?:\s+[{_U}][\w'’‐-]*){{1,8}}?\s+{GROUP_WORD}[.,]"
    # (…IOP's with no stop after the year: "World Health Organization 2016 Global report";
    # Harvard's quoted title after it: "Deutsche Hochschule der Polizei (2024) “MEGAVO …")
    rf"|^[{_U}](?:[\w'’‐-]+|(?=\s+[{_U}][\w'’‐-]+))(?:\s+(?:[{_U}][\w'’‐-]*|of|for|and|the|in|on|at|de|da|do|du|des|der|und|für|del|di|y|e|et|&)){{0,9}}[.,]?\s+\(?(?:1[6-9]|20)\d\d[a-z]?\)?(?:[.,]|\s+[{_U}“\"‘*_])"
)
# A stop, a bracket, a number, or a long token (the end of a URL or DOI, "…/j.1365-" /
# "2664.1999.00437.x"); but not a double-barrelled surname ("Kennedy-Asser" / "AT, Liu Q").
# (A stop inside closing quotes ends one too: Springer's "… (2025) “Gray Wolf.”")
_ENTRY_END = re.compile(r"(?:[.)\]]|[.?!][”’\"]|\d|(?<!\S)(?![A-Z][a-z]+-[A-Z][a-z]+\s*$)\S{12,})\s*$")


def _opens_entry(line: str, previous: str) -> bool:
    """In an unnumbered list with no blank lines between entries, where a new one starts:
    the line begins with names and the line before it ended an entry."""
    line = line.strip()
    return (bool(_ENTRY_START.match(line)) and not _NOT_AN_OPENING.match(line)
            and bool(_ENTRY_END.search(previous)) and not _ENDS_ON_INITIAL.search(previous))


def _opens_after_break(line: str, previous: str) -> bool:
    """After a page or column break the entry before may stop mid-line ("… Proc Natl" /
    "Zickfeld K, Eby M, Weaver AJ (2008) …"): names with their year open an entry, unless
    the name list before goes on ("… Judd, C. M., &" / "Wittenbrink, B. (2002)")."""
    line = line.strip()
    return (_opens_entry(line, ".") and bool(_DATED.search(line))
            and not _NAMES_GO_ON.search(previous) and not _INITIALS_FIRST.match(line)
            and not _body_name_going_on(line, previous))


# "Surname, I." or "Surname I": a person's name first.
_PERSON_FIRST = re.compile(rf"^[{_U}][\w'’‐-]+,?\s+[{_U}](?:\.|\b)")


def _body_name_going_on(line: str, previous: str) -> bool:
    """After a line cut mid-name ("… Suíça: European" / "University Association, 2019."),
    a body's name and year go on with that name (an imprint); only a person's opens an entry."""
    return not _ENTRY_END.search(previous) and bool(_CAPITALISED_LAST_WORD.search(previous)) and not _PERSON_FIRST.match(line)


_CAPITALISED_LAST_WORD = re.compile(r"\b[A-Z][a-z]+\s*$")


# Two names with their initials: "Sabine, C. L., Feely, R. A.,", "Boot A, Heydt AS,",
# "Bragagnolo C, Malhado AM,".
_TWO_NAMES = re.compile(rf"^[{_U}][\w'’‐-]+,?\s+(?:[{_U}]\.?\s?-?){{1,3}},\s+(?:&\s+)?[{_U}][\w'’‐-]+,?\s+(?:[{_U}]\.?-?){{1,3}}(?:\s|,|$)")


def _names_after_a_whole_entry(line: str, entry_lines: list[str]) -> bool:
    """After a page or column break, a line of names opens an entry even when the entry
    before was cut after a comma ("… Science, 297," / "Sabine, C. L., Feely, R. A., …"),
    once that entry has its year and a title after it: its names are over."""
    return bool(_TWO_NAMES.match(line.strip())) and _has_year_and_title(entry_lines)


def _dated_names_after_a_whole_entry(line: str, previous: str, entry_lines: list[str]) -> bool:
    """Names and their year open an entry even when the entry before ended with no stop or
    number ("… trends, and prospects NASA GISS report" / "IPCC 2013 Climate Change …"),
    once that entry has its year and a title after it, and its last line leaves no name
    list going on."""
    line = line.strip()
    return (bool(_ENTRY_START.match(line)) and bool(_NAMES_THEN_YEAR.match(line)) and not _NOT_AN_OPENING.match(line)
            and not _NAMES_GO_ON.search(previous) and not _ENDS_ON_INITIAL.search(previous)
            and _has_year_and_title(entry_lines) and not _body_name_going_on(line, previous))


# Names, and their year straight after them, bare or in brackets: "IPCC 2013", "Lo K (2012".
_NAMES_THEN_YEAR = re.compile(r"[^\d()]{2,70}?[\s,.(]+(?:1[6-9]|20)\d\d(?!\d)")


# ABNT sets its names in capitals, "ADAMOVSKY, E.", and an authorless work opens with its
# title's first word so: "AEA manifestó su …", "A HORAS de aprobarse …", "ARGENTINA de …".
_CAPITAL_SURNAME = re.compile(rf"^[{_U}]{{2,}}(?:[\s'’‐-][{_U}]{{2,}})*,\s+[{_U}]")
_CAPITAL_TITLE_WORD = re.compile(rf"^(?:[{_U}]\s+)?(?P<word>[{_U}]{{2,}})(?=[\s.,:;]|$)")
# (Words set in capitals inside an entry: its identifiers, and ABNT's "IN:" before a book.)
_CAPITALS_INSIDE = frozenset("DOI ISBN ISSN URL URN PMID PMCID HTTP HTTPS IN EM WWW".split())


def _names_in_capitals(lines: list[str]) -> bool:
    """Whether a list sets its names in capitals, as ABNT does: several lines open so
    ("ADAMOVSKY, E."), more than open with a name in small letters ("Adamovsky, E.")."""
    capitals = sum(1 for line in lines if _CAPITAL_SURNAME.match(line.strip()))
    return capitals >= 3 and capitals > sum(1 for line in lines if _ENTRY_START.match(line.strip())) - capitals


def _opens_in_capitals(line: str, previous: str) -> bool:
    """In a list whose names are set in capitals, where an entry opens: at a name so set
    ("DELLATORRE, R."), even after a line the source left unstopped ("Clarín, 15/5/18
    falta referencia"), unless the line before leaves a name list or an "In:" going on;
    and at a word in capitals after a line that ended an entry: an authorless work, by its
    title."""
    line = line.strip()
    if _CAPITAL_SURNAME.match(line):
        return not _NAMES_OR_BOOK_GO_ON.search(previous)
    match = _CAPITAL_TITLE_WORD.match(line)
    return (bool(match) and match.group("word") not in _CAPITALS_INSIDE and bool(_ENTRY_END.search(previous))
            and not _ENDS_ON_INITIAL.search(previous) and not _BODY_IN_CAPITALS.fullmatch(previous.strip()))


# A line that is only a body's name in capitals, "ESCOLA NACIONAL DE ADMINISTRAÇÃO
# PÚBLICA.", names an entry's author: the acronym under it ("ENAP. Escritora …") goes on.
_BODY_IN_CAPITALS = re.compile(rf"[{_U}]{{2,}}(?:\s+[{_U}][{_U}\d]+)+\.")


# (A name list wrapped inside a name set in capitals goes on too: "…, OLIVEIRA" / "FILHO,
# F.J.B.", "…, DE" / "SOUSA, V.F.".)
_NAMES_OR_BOOK_GO_ON = re.compile(rf"(?:[,&;:]|\b(?:and|et|e|y)|(?<![^\W\d_])[{_U}]+)\s*$")


def _has_year_and_title(entry_lines: list[str]) -> bool:
    """Whether an entry so far holds its year and at least a title's worth after it."""
    entry = " ".join(entry_lines)
    year = _DATED.search(entry)
    return bool(year) and len(entry) - year.end() >= 30


# Lines that look like "Surname I." or "Organisation 2022." but carry on an entry: an
# access note ("Accessed on July 2022."), a journal and its volume ("ISME J. 17, 1224").
_NOT_AN_OPENING = re.compile(r"(?i:Accessed|Retrieved|Available|Cited|Consulted|Acesso|Acessado|Consultado|Disponível|Citado)\b"
                             r"|\S+(?:\s\S+)?\s+[A-Z][a-z]?\.?\s+\d{1,4}\s*[,(:]")
# "Correll, J., Park, B., Judd, C. M., &" goes on with the next name after any break.
_NAMES_GO_ON = re.compile(r"(?:[,&;]|\band|\bet|\b(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]er|[Dd]en|[Dd]u|[Ll]a|[Ll]e))\s*$")
# "PF. 2009." or "AMO, Zhang L. 2020" open a line with someone's initials: a name list goes on.
_INITIALS_FIRST = re.compile(r"[A-Z]{1,4}[.,]")
# "…, M. T. Anderson, C. A." goes on with the next name: an initial does not end an entry.
_ENDS_ON_INITIAL = re.compile(r"(?:^|[\s,])[A-Z]\.\s*$")


def _number(match: re.Match | None) -> str | None:
    """The entry number a marker carries (None for a bullet or no marker)."""
    if not match:
        return None
    return match.group("n") or match.group("b") or next((match.group(g) for g in _TENTATIVE if match.group(g)), None)


def _counts_up(matches: list[re.Match], entries_before: int = 0) -> bool:
    """Whether tentative markers number the list: they start at 1, or go on from the
    entries bulleted before them (a PDF's conversion bullets the first entries and numbers
    the rest: "- Banasr M, …" / "(23) Berman RM, …"), and nearly every one is its
    predecessor plus one."""
    numbers = [int(_number(m)) for m in matches]
    if len(numbers) < 3:
        return False
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return numbers[0] <= 2 + entries_before and steps >= 0.8 * (len(numbers) - 1)


def _bracketed_next_numbers(found: list[re.Match | None]) -> list[re.Match | None]:
    """Tentative markers dropped, except a bracketed number with no space after it that
    goes on from the entry before ("[67] Smith …" / "[68]2020. Race, weapons …": an entry
    with no author opens with its year)."""
    kept: list[re.Match | None] = []
    last = 0
    for match in found:
        tentative = match is not None and any(match.group(g) for g in _TENTATIVE)
        if tentative and not (match.group("tight") and int(match.group("tight")) == last + 1):
            match = None
        if _number(match):
            last = int(_number(match))
        kept.append(match)
    return kept


def _wrapped_number(match: re.Match, count: int) -> bool:
    number = _number(match)
    return bool(number) and (int(number) > 2 * count + 20 or bool(re.match(r"\s*\d+\s*[–-]\s*\d", match.string)))


def _markers(lines: list[str]) -> list[re.Match | None]:
    """The list markers of each line; a number far above how many entries came before it
    is not one ("2005. Risk of crop raiding…" is a wrapped line that starts with a year)."""
    found: list[re.Match | None] = [_MARKER.match(line) for line in lines]
    tentative = [m for m in found if m and any(m.group(g) for g in _TENTATIVE)]
    # (A wrapped line that opens with pages or a volume, "9002–9008", "2088–2089", is no
    # marker: a number far above the list's length, or the start of a range.)
    if tentative:
        markers = sum(1 for m in found if m)
        found = [None if m in tentative and _wrapped_number(m, markers) else m for m in found]
        tentative = [m for m in found if m and any(m.group(g) for g in _TENTATIVE)]
    if tentative:
        # Tentative shapes count only where they number the list and far outnumber the
        # regular markers (a "32." / "32. Centers…" repeat among labels on their own lines).
        regular = sum(1 for m in found if m and (m.group("n") or m.group("b")))
        first = found.index(tentative[0])
        bulleted = sum(1 for m in found[:first] if m and m.group("bullet"))
        keep = 3 * regular <= len(tentative) and _counts_up(tentative, bulleted)
        if not keep:
            found = _bracketed_next_numbers(found)
    kept = 0
    for index, match in enumerate(found):
        number = _number(match)
        if number and int(number) > 2 * kept + 20:
            found[index] = None
        kept += bool(found[index])
    _drop_out_of_sequence(lines, found)
    numbered = [m for m in found if _number(m)]
    written = sum(1 for line in lines if line.strip())
    if 0 < len(numbered) < 3 and written > 6:
        # One or two numbers at line starts in a long list are wrapped text ("… Electronica
        # 4. (http://…"), not a numbering.
        found = [m if m and m.group("bullet") else None for m in found]
    bullets = sum(1 for m in found if m and m.group("bullet"))
    if not numbered and 0 < bullets < 3 and written > 12:
        # Likewise one or two dashes at line starts in a long wrapped list ("… Automática" /
        # "- SIDRA. Disponível em: …"): a dash the text wrapped before, not a bulleted list.
        found = [None] * len(found)
    return found


# A line that ends with a volume's or issue's label: the number opening the next is its value.
_VOLUME_LABEL_AT_END = re.compile(r"(?:^|[\s,.;])(?:[Vv]ol|[Vv]ols|Bd|Т|т|[Nn]o|Nr|Heft|Jg|[Vv]|n)\.\s*$")


def _drop_out_of_sequence(lines: list[str], found: list) -> None:
    """A wrapped page range reads as a marker ("…2014;35:9930–" then "40. 10.1016/…"):
    a number that breaks the sequence its neighbours keep (19, 40, 20), or that follows a
    line ending in a dash, is not a marker; nor the next number after such a line when the
    next marker repeats it ("…:954-" / "6. doi: …" before "6. Klein NP, …")."""
    numbers = [(i, int(_number(m))) for i, m in enumerate(found) if _number(m)]
    for k, (index, number) in enumerate(numbers):
        before = numbers[k - 1][1] if k else None
        after = numbers[k + 1][1] if k + 1 < len(numbers) else None
        if before is None:
            continue
        previous_line = next((lines[j] for j in range(index - 1, -1, -1) if lines[j].strip()), "")
        if number == before + 1:
            if after == number and re.search(r"\d[-–‐]\s*$", previous_line):
                found[index] = None  # "…2021;385(10):954-" then "6. doi: …", and "6. Klein NP, …" next
            continue
        if re.search(r"\d[-–‐]\s*$", previous_line) or _VOLUME_LABEL_AT_END.search(previous_line):
            found[index] = None  # "…110:9–" then "10. doi: …": the range's end; "… 2013. Т." then "43. С. 471": a volume
            continue
        rest = lines[index][found[index].end():].lstrip()
        continues = bool(_IDENTIFIER_START.match(rest) or rest[:1].isdigit() or rest[:1].islower())
        if number > before + 1 and after == before + 1 and continues:
            found[index] = None  # (a repeat or a plain jump stays: a finding for RG101)
        elif number < before and after == before + 1 and (continues or not _ENTRY_END.search(previous_line)
                                                          or not _ENTRY_START.match(rest)):
            # "…from CO" then "2. Biogeosciences 17…", "…chloride·2ZnCl" then "2. Tetrahedron
            # Lett. 48…": a subscript wrapped (an entry misnumbered there would open with names)
            found[index] = None


# Two words in capitals before a cut: the title is set in capitals.
_CAPITALS_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[\s,:;]+){2}$")
# A word cut at the line's end, and the lower-case word the next line goes on with.
_CUT_WORD = re.compile(r"([^\W\d_]+)[-‐]$")
_HEAD_WORD = re.compile(r"[^\W\d_]+")
# An address the line break cut with no hyphen ("…/article/view/15" / "2924.2020.e66993/41947.
# Acesso em: …"): the line ends inside it, and the next opens with more of an address — a
# token with a slash or an inner stop, "=" or "?", never a word.
_ADDRESS_AT_END = re.compile(r"(?:https?://|www\.)\S*[\w/=&?#~%-]$")
_ADDRESS_GOES_ON = re.compile(r"[\w%~+-]*(?:[/=?&#]|\.(?=[\w%~/-]))[\w./%?=&#~+-]*")


def _pieces(text: str, start: int, end: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    # Wrapped lines are collected per piece and joined once: appending to a growing
    # string line by line is quadratic in a long unnumbered tail.
    parts: list[list[str]] = []
    offset = start
    lines = _before_back_matter(text[start:end].split("\n"))
    markers = _markers(lines)
    # Without markers and blank lines, entries are told apart by how lines begin.
    written_at = [i for i, line in enumerate(lines) if line.strip()]
    inner = lines[written_at[0]:written_at[-1] + 1] if written_at else []
    hard_wrapped = not any(markers) and _hard_wrapped(inner) and not _entry_per_paragraph(inner)
    packed = not any(markers) and (sum(1 for line in inner if not line.strip()) < 2 or hard_wrapped)
    hanging = packed and _hanging_indent(inner)
    names_in_capitals = packed and _names_in_capitals(inner)
    # Lines far longer than any page or terminal wraps at are whole entries, one per line.
    written = sorted(len(line) for line in inner if line.strip())
    one_per_line = packed and not hanging and bool(written) and written[len(written) // 2] > 130
    # ScienceDirect's lists copied without blank lines: a citation on its own line opens the
    # entry under it, and the names under the citation do not open another.
    labelled = _label_lines(lines) if packed else set()
    previous_line = ""
    previous_index = -1
    words: LineEndWords | None = None
    for index, (line, match) in enumerate(zip(lines, markers)):
        line_end = offset + len(line)
        continued = ""  # a token cut at a hyphen and joined: "…/s10531-004-0216-" / "z"
        body = line[match.end():] if match else line.strip()
        if match:
            number = _number(match)
            marker = match.group(0).strip()
            pieces.append(_Piece(offset, line_end, "", int(number) if number else None, marker))
            parts.append([body.strip()])
        elif line.strip() and line.strip() not in {"---", "***"}:
            # In hard-wrapped text a blank line is a page or column break, not an entry's end.
            after_break = bool(pieces) and text[pieces[-1].end:offset].count("\n") > 1
            wrapped = bool(pieces) and (hard_wrapped or not after_break)
            if hanging:  # the layout says it: flush lines open entries, indented ones continue
                inferred = wrapped and not line[:1].isspace()
            elif one_per_line:
                # (a particle opens a surname: "van den Akker, T., …" is an entry of its own)
                inferred = wrapped and (not line.strip()[:1].islower() or bool(_ENTRY_START.match(line.strip())))
            else:
                inferred = wrapped and packed and (_opens_entry(line, previous_line) or (after_break and (
                    _opens_after_break(line, previous_line) or _names_after_a_whole_entry(line, parts[-1])))
                    or _dated_names_after_a_whole_entry(line, previous_line, parts[-1])
                    or (names_in_capitals and _opens_in_capitals(line, previous_line)))
                inferred = inferred and not _journal_repeating_the_year(line, parts[-1])
            if labelled:
                # A citation alone on its line opens its entry and nothing else does: under
                # it each field has a line, and a title line may look like names ("Single,
                # Repeated, and Maintenance …").
                inferred = wrapped and index in labelled
                wrapped = wrapped or previous_index in labelled
            if inferred:
                wrapped = False
            if wrapped:  # a wrapped line of the same entry
                previous, last = pieces[-1], parts[-1][-1]
                # "meta-" / "analysis": a line ending in a hyphen continues the word.
                # "CD47-" / "SIRPalpha", "163–" / "82": a dash at the line's end joins too.
                joined = len(last) >= 2 and last[-1] in "-‐–" and last[-2].isalnum()
                joined = joined or bool(_ADDRESS_AT_END.search(last) and _ADDRESS_GOES_ON.match(line.strip()))
                cut = _CUT_WORD.search(last) if joined else None
                head = _HEAD_WORD.match(line.strip()) if cut else None
                # (A capital after the cut is a compound's, "Fusar-" / "Poli", but in a run of
                # words set in capitals it tells nothing: "IN MANIPULAT-" / "ING", "PROSTATE
                # CAN-" / "CER"; not "in AWI-" / "ESM", a name's.)
                capitals = (cut and head and cut.group(1).isupper() and head.group().isupper() and len(head.group()) > 1
                            and _CAPITALS_BEFORE.search(last[:cut.start()]))
                if cut and head and (head.group()[0].islower() or capitals):
                    words = words or LineEndWords.of(text)  # (only when a list has such a cut)
                    if not words.keeps_hyphen(cut.group(1), head.group()):
                        parts[-1][-1] = last[:-1]  # "popula-" / "tions": the typesetter's hyphen
                parts[-1].append(("" if joined else " ") + line.strip())
                continued = parts[-1][-2] + parts[-1][-1] if joined else ""
                pieces[-1] = _Piece(previous.start, line_end, "", previous.number, previous.marker)
            else:
                pieces.append(_Piece(offset, line_end, "", None, "", inferred))
                parts.append([line.strip()])
        if line.strip():
            # (The line before the next is the joined token's whole line: a DOI's last
            # letter alone, "z", ends an entry as the DOI does.)
            previous_line = continued or line
            previous_index = index
        offset = line_end + 1
    return _rejoin_yearless([replace(piece, text="".join(texts)) for piece, texts in zip(pieces, parts)])


def _label_lines(lines: list[str]) -> set[int]:
    """The lines that hold nothing but the citation of the entry under them ("Berman et
    al., 2000" / "R.M. Berman, …, 2000"), when the list is laid out so: the entry must
    repeat the label's surname and year, or the line is a name of the list's own, and such
    lines must open the entries all through it (one in every dozen lines at least, none of
    which a line wrapped to look like a citation in a long list would reach)."""
    written = [i for i, line in enumerate(lines) if line.strip()]
    found = set()
    for position, index in enumerate(written[:-1]):
        if is_label_line(lines[index]):
            under = " ".join(lines[i].strip() for i in written[position + 1:position + 5])
            if citation_label(f"{lines[index].strip()} {under}"):
                found.add(index)
    return found if len(found) >= 2 and 12 * len(found) >= len(written) else set()


def _before_back_matter(lines: list[str]) -> list[str]:
    """The list's lines up to a back-matter title ("Figure legends", "**Acknowledgments**").

    Only a title with entries before it and none after: PDF text read in the wrong order
    can put the declarations under the heading, before the entries (``split_entries``
    drops those); a section number ("6 Conclusions") opens no entry."""
    entries_before = 0
    for index, line in enumerate(lines):
        if entries_before and _BACK_MATTER.match(line):
            # (The lines after are looked at only this far: a text of many such titles
            # must not be rescanned whole at each.)
            if sum(map(_opens_listed_entry, lines[index + 1:index + 1 + _LONGEST_ENTRY_LINES * 3])) < 2:
                return lines[:index]
        entries_before += _opens_listed_entry(line)
    return lines


def _opens_listed_entry(line: str) -> bool:
    """"12. Smith J, …", "[12] …", or an unnumbered "Smith, J. (2019)." line."""
    match = _MARKER.match(line)
    if match and (match.group("n") or match.group("b")):
        return True
    return bool(_ENTRY_START.match(line.strip()) and _DATED.search(line))


# A journal with the year again and the volume, as ISO 690 and Taylor & Francis print them
# after an author–date opening: "Psychother Psychosom. 2014. Vol. 83, p. 298–307.".
_JOURNAL_YEAR = re.compile(rf"^[^.,]{{2,120}}?[.,]?\s+(?P<year>{YEAR})[a-z]?[.,]\s*(?:$|[Vv]ol\b|\d|pp?\.|\()")


def _journal_repeating_the_year(line: str, entry_lines: list[str]) -> bool:
    """A line that looks like an organisation and its year ("JAMA Psychiatry. 2019.") but
    repeats the year of the entry it follows, and goes on to a volume or ends: the
    entry's journal, not a new entry."""
    match = _JOURNAL_YEAR.match(line.strip())
    return bool(match) and match.group("year") in " ".join(entry_lines)


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether an unnumbered list is text wrapped at a column's width (PDF text), where
    entries run over several short lines and blank lines fall where pages and columns
    break, not between entries: short lines, and far more of them than paragraphs."""
    written = sorted(len(line) for line in lines if line.strip())
    paragraphs = sum(1 for before, line in zip([""] + lines, lines) if line.strip() and not before.strip())
    return len(written) >= 6 and written[len(written) // 2] < 100 and len(written) >= 2 * paragraphs


def _entry_per_paragraph(lines: list[str]) -> bool:
    """Whether the blank lines of a wrapped list end its entries (Markdown or text whose
    entries are paragraphs, each wrapped): nearly every paragraph is dated once or twice
    and runs a few lines. A page of PDF text between two breaks holds many dates."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < 4:
        return False
    # (A paragraph under its citation, "Berman et al., 2000" on a line of its own, is dated
    # by its entry: the label's year is the same one again.)
    paragraphs = [p[1:] if len(p) > 1 and is_label_line(p[0]) else p for p in paragraphs]
    counts = [len(_DATED.findall(_NOT_THE_WORKS_DATE.sub(" ", " ".join(p)))) for p in paragraphs]
    dates = sorted(counts)
    sizes = sorted(len(p) for p in paragraphs)
    single = sum(1 for count in dates if 1 <= count <= 2)
    # (A short paragraph dated by its day alone is an entry too: a newspaper, "El Cronista,
    # 24/5/17 falta referencia" — so long as most are dated by their year.)
    short_undated = sum(1 for count, p in zip(counts, paragraphs)
                        if count == 0 and len(p) <= 3 and _DAY_DATE.search(" ".join(p)))
    if single >= 0.5 * len(paragraphs):
        single += short_undated
    # (A paragraph with eight dates, or many with four, hold several entries each: then the
    # blank lines are page or column breaks, as where pdftotext interleaves notes with a
    # bibliography. One entry may carry a few: its year, a DOI's, an access date.)
    crowded = sum(1 for count in dates if count >= 4)
    return (single >= 0.8 * len(paragraphs) and dates[-1] < 8 and crowded <= 0.1 * len(paragraphs)
            and sizes[len(sizes) // 2] <= 8)


def _hanging_indent(lines: list[str]) -> bool:
    """Whether a packed list is laid out with hanging indents (as PDF text keeps them): it
    starts flush, has several flush lines, and many indented ones. (A list indented as a
    whole, or with indented first lines, starts indented.)"""
    written = [line for line in lines if line.strip()]
    indented = sum(1 for line in written if line[:1].isspace())
    flush = len(written) - indented
    return bool(written) and not written[0][:1].isspace() and flush >= 3 and indented >= flush // 2


# Years that do not date the work: inside an address ("…/2020/…", "…1518-2924.2020…") and
# the day a page was read ("Acesso em: 13 ago. 2021"). An ABNT entry with both dates
# itself three times, and is one entry still.
_NOT_THE_WORKS_DATE = re.compile(rf"(?:https?://|www\.)\S+|\b(?:{ACCESS_WORDS}|Citado)\b[^()\n]{{0,30}}?(?:1[6-9]|20)\d\d", re.I)
_DAY_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?(?![\d/])")
_DATED = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?![\d])|\bn\.\s?d\.|\b(?:in press|forthcoming|submitted)\b", re.I)


def _rejoin_yearless(pieces: list[_Piece]) -> list[_Piece]:
    """Undo a line-start guess that left a piece without any date after an entry that has
    one: "Agriculture, Ecosystems and Environment, 256: 51-60." begins like "Surname,
    Given" but is the journal line of the entry above it."""
    kept: list[_Piece] = []
    for piece in pieces:
        if kept and piece.inferred and not _DATED.search(piece.text) and _DATED.search(kept[-1].text):
            previous = kept[-1]
            kept[-1] = replace(previous, end=piece.end, text=previous.text + " " + piece.text)
        else:
            kept.append(piece)
    return kept


# An entry with no author may open with the mark for one, in lower case: German "o. A."
# (ohne Autor), Latin "s. n." (sine nomine).
_NO_AUTHOR_MARK = re.compile(r"(?:o\.\s?A\.|s\.\s?n\.)\s")


def _is_tail(piece: _Piece, previous: _Piece, numbered: bool) -> bool:
    """A fragment that PDF page breaks cut from the end of the previous entry."""
    if piece.number is not None:
        return False
    body = piece.text.lstrip("*_ ")
    if not body or only_service_links(body):
        return True  # (a web page's "Article CAS PubMed Google Scholar" after its entry)
    if _PARTICLE_NAME.match(body) or citation_label(body) or _NO_AUTHOR_MARK.match(body):
        # "van den Akker, T., …" starts an entry with a lower-case particle, and so does
        # "van den Akker et al., 2024" over one
        return False
    if body[0].islower() or body[0] in ",;:)]" or _VOLUME_PAGES.match(body):
        return True  # (", Gerber, M., et al. (2006)": a list of names cut after a comma)
    if not numbered:
        return False  # in an unnumbered list every paragraph that starts like an entry is one
    # (Not a piece set as a list item of its own with a date: "- ISO 9001:2015. Quality
    # management systems. Geneva: ISO; 2015." after an entry whose journal is in italics.)
    own_item = bool(piece.marker) and len(body) >= 60 and bool(_DATED.search(body))
    if _SOURCE_BLOCK.search(body) and not _SOURCE_BLOCK.search(previous.text) and not own_item:
        # "Earth Syst Dyn 9(4):1243–1260.", or a title and its journal, after an entry
        # that has no source yet ("7. Anand S, Radhakrishna S. 2017.")
        return True
    if len(body) < 60 and not _DATED.search(body):
        return True  # "Overview. GeneReviews.": too little to be an entry of a numbered list
    # In a numbered list a piece without a number that starts with an identifier or a
    # number ("10.1016/j.x.2014.08.032.", "2022, 10, 1883; c) …"), or that follows an
    # entry cut off mid-sentence, is that entry's end moved by a page or column break.
    # (An entry copied from a web page ends in its service names: "… 2013;43:471-481.
    # PubMed Abstract | CrossRef Full Text | Google Scholar" ended where the names begin.)
    if _IDENTIFIER_START.match(body) or body[0].isdigit() or not _ENTRY_END.search(without_service_links(previous.text, " ")):
        return True
    if _DATED.search(previous.text):
        return False
    # The entry before has no date yet: this piece is its end when the entry was cut inside
    # its authors ("2. B. Orihuela-Pinto, M. H. England, A. S." and, after a blank line PDF
    # text put there, "Taschetto, Interbasin… (2022)."), or when this piece brings the date:
    # after a short entry, or as a source block with no title ("Am J Psychiatry
    # 2018;175:327-335.").
    if re.search(r"(?:^|[\s,])[A-Z]\.(?:[\s-]?[A-Z]\.)*\s*$", previous.text):
        return True
    year = _DATED.search(body)
    return bool(year) and (len(previous.text) < 200 or "." not in re.sub(r"\b[A-Z]\.", "", body[: year.start()]).rstrip(". *"))


_CAPTION = re.compile(r"^(?:\*\*|__)?\s*(?:Table|Figure|Fig\.|Supplementary|Appendix)\s+[A-Z]?\d+", re.I)
# The titles of what a manuscript prints after its list (Word submissions put the tables
# and figure legends there; PDFs the declarations): set as a paragraph of their own, bold
# or plain, or run in before a colon ("Funding: …"). No reference begins with one.
_BACK_MATTER = re.compile(
    r"^[ \t]*(?:\*\*|__)?[ \t]*(?:"
    r"(?:figure|table)s?(?:\s+(?:and|&)\s+(?:figure|table)s?)?(?:\s+(?:legends?|captions?|titles?))?|legends?\s+(?:to|for)\s+figures?|"
    r"acknowledge?ments?|funding(?:\s+(?:sources?|information|statement))?|financial\s+(?:support|disclosures?)|"
    r"(?:declaration\s+of\s+)?(?:conflicts?|competing)\s+(?:of\s+)?interests?(?:\s+statement)?|disclosures?|declarations?|"
    r"author(?:s'?|'s)?\s+contributions?|contributors|supplementary\s+(?:material|materials|information|data|files)|"
    r"supporting\s+information|appendix|appendices|abbreviations|data\s+availability(?:\s+statement)?|"
    r"ethics\s+(?:statement|approval)|footnotes|about\s+the\s+authors?|orcid(?:\s+ids?)?|"
    r"agradecimentos|financiamento|conflitos?\s+de\s+interesses?|tabelas|figuras|danksagung|agradecimientos"
    r")[ \t]*(?:\*\*|__)?[ \t]*(?::(?:\*\*|__)?[ \t]*\S.*)?[ \t]*$",
    re.I,
)


# What a publisher prints at a page's foot or after the list, in the list's columns: a
# PDF's text puts it between two entries ("… Nanoscale 10, 21096–21105 (2018). Publisher’s
# note Springer Nature remains neutral …", then entry 46 in the next column). No entry's
# end: every line of it, to the next numbered entry, is left out.
_PUBLISHER_NOTICE = re.compile(
    r"\s*(?:Publisher[’']s\s+[Nn]ote\b|Open\s+Access\s+This\s+article\b|This\s+article\s+is\s+licensed\s+under"
    r"|Reprints\s+and\s+permissions\b|Correspondence\s+and\s+requests\s+for\s+materials\b|Peer\s+review\s+information\b"
    r"|©\s*The\s+Author\(?s?\)?)")


def _blanked(text: str, stretches: tuple[tuple[int, int], ...]) -> str:
    """``text`` with ``stretches`` blanked, their line breaks kept (same length)."""
    if not stretches:
        return text
    pieces, position = [], 0
    for start, end in stretches:  # (in the text's order: one pass, however many parts)
        pieces += [text[position:start], re.sub(r"[^\n]", " ", text[start:end])]
        position = end
    return "".join(pieces) + text[position:]


# A list a converter laid out as a table ("| 1. | Ferrari AJ, … |"): the cells' bars and
# the rule under the header row are layout, not text.
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[\s:|-]*-[\s:|-]*\|?[ \t]*$")


def _without_table_bars(text: str, start: int, end: int) -> str:
    """``text`` with the table bars of ``text[start:end]`` blanked (same length)."""
    rows = list(_TABLE_ROW.finditer(text, start, end))
    if len(rows) < 3:
        return text
    pieces, position = [], 0
    for row in rows:
        line = row.group(0)
        blank = " " * len(line) if _TABLE_RULE.match(line) else line.replace("|", " ")
        pieces += [text[position:row.start()], blank]
        position = row.end()
    return "".join(pieces) + text[position:]


# Markup around where entries start, as converters leave it: labels set in bold ("**1.**",
# "__[2]__", "**3)**") and a list quoted as a whole ("> 1. Berman…").
_LABEL_MARKUP = re.compile(r"^(?P<quote>[ \t]*(?:>[ \t]?)+)|^(?P<lead>[ \t]*)(?P<open>\*\*|__)(?P<label>\[?\d{1,6}[.)\]]?)(?P=open)", re.M)


def _without_label_markup(text: str, start: int, end: int) -> str:
    """``text`` with the bold around entry labels and the quote marks before lines of
    ``text[start:end]`` blanked (same length)."""
    section = text[start:end]
    if "**" not in section and "__" not in section and ">" not in section:
        return text
    lines = [line for line in section.split("\n") if line.strip()]
    # (Quote marks only when the list is quoted: a wrapped title may open a line with "> 65 years".)
    quoted = sum(1 for line in lines if line.lstrip().startswith(">")) >= 0.8 * len(lines)

    def blank(match: re.Match) -> str:
        if match.group("quote"):
            return " " * len(match.group("quote")) if quoted else match.group("quote")
        return match.group("lead") + " " * len(match.group("open")) + match.group("label") + " " * len(match.group("open"))

    return text[:start] + _LABEL_MARKUP.sub(blank, text[start:end]) + text[end:]


def split_entries(source: SourceText, start: int, end: int, between: tuple[tuple[int, int], ...] = ()) -> list[_Piece]:
    """The entries of ``source.text[start:end]``; ``between`` are stretches of body text
    inside it (between the parts of a list printed in parts), read as blank lines."""
    text = _blanked(source.text, between)
    pieces = _pieces(_without_label_markup(_without_table_bars(text, start, end), start, end), start, end)
    numbered = [p for p in pieces if p.number is not None]
    last_numbered = max((i for i, p in enumerate(pieces) if p.number is not None), default=-1)
    first_numbered = next((i for i, p in enumerate(pieces) if p.number is not None), -1)
    # Text before an entry numbered 1 is not an entry: a two-column page read in the wrong
    # order puts the back matter ("Conflicts of Interest", "ORCID iDs") under the heading.
    starts_at_one = first_numbered > 0 and pieces[first_numbered].number == 1
    # The number of the next numbered piece after each piece (one pass from the end).
    next_number: list[int | None] = [None] * len(pieces)
    upcoming = None
    for index in range(len(pieces) - 1, -1, -1):
        next_number[index] = upcoming
        if pieces[index].number is not None:
            upcoming = pieces[index].number
    merged: list[_Piece] = []
    in_notice = False  # inside a publisher's notice, to the next entry
    for index, piece in enumerate(pieces):
        if _CAPTION.match(piece.text):
            break  # figure legends or tables after the list: the list has ended
        in_notice = (in_notice or bool(_PUBLISHER_NOTICE.match(piece.text))) and not piece.marker
        if in_notice:
            continue
        if starts_at_one and index < first_numbered and not piece.marker:
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if not piece.text.strip() and piece.number is not None and following is not None and following.number == piece.number:
            continue  # a label alone on its line, then the same number with the entry ("32." / "32. Centers…")
        # Between entries numbered N and N + 1 no number is free: a piece without one there
        # is entry N's end, moved by a column or page break ("… IEEE Int." / "Conf. on …").
        between = (piece.number is None and not piece.marker and bool(merged) and merged[-1].number is not None
                   and next_number[index] == merged[-1].number + 1)
        if merged and (between or _is_tail(piece, merged[-1], bool(numbered))):
            previous = merged[-1]
            merged[-1] = _Piece(previous.start, piece.end, previous.text.rstrip() + " " + piece.text.strip(), previous.number, previous.marker)
        elif numbered and not piece.marker and index > last_numbered:
            break  # plain text after the last numbered entry is not an entry
        else:
            merged.append(piece)
    # Markdown renumbers ordered lists itself, so "1." before every entry means 1, 2, 3…
    if len(merged) > 3 and len({p.number for p in merged if p.number is not None} - {None}) == 1:
        merged = [_Piece(p.start, p.end, p.text, None, p.marker) for p in merged]
    return merged


def extract_references(source: SourceText) -> ReferenceList:
    """All entries of the reference list, parsed; unparseable ones keep their error."""
    try:
        start, end, heading, body_end = find_reference_section(source)
    except InputError:
        from .notes_list import references_in_notes

        in_notes = references_in_notes(source)
        if in_notes is None:
            raise
        return in_notes
    parts = list_parts(source.text, ListPart(body_end, start, end), list(REF_HEADING.finditer(source.text)),
                       partial(_section_end, source.text), partial(_entry_numbers, source.text), _trailing_numbered_list)
    start, end, body_end = parts[0].start, parts[-1].end, parts[0].opens
    entries = split_entries(source, start, end, outside_parts(parts))
    if not entries:
        raise InputError(f"{source.name}: the reference section is empty")
    references: list[Reference] = []
    number = 0
    numbered = any(entry.number is not None for entry in entries)
    labels = None if numbered else listed_under_citations([entry.text for entry in entries])
    for position, entry in enumerate(entries, 1):
        number = entry.number if entry.number is not None else number + 1
        span = source.span(entry.start, entry.end)
        cited_as = labels[position - 1] if labels else None
        if cited_as:  # ("Berman et al., 2000" above the entry: its label, not its names)
            by_line = fields_by_line(source.text[entry.start:entry.end], cited_as.label)
            entry = replace(entry, text=by_line or cited_as.rest, marker=cited_as.label)
        try:
            ref = parse_reference(entry.text, number, span, entry.marker, position)
        except UnparseableReference as error:
            ref = Reference(number=number, raw=entry.text, span=span, kind="misc", error=str(error), label=entry.marker,
                            position=position)
        if cited_as and cited_as.suffix and not ref.year_suffix and ref.year and cited_as.label.endswith(ref.year + cited_as.suffix):
            ref = replace(ref, year_suffix=cited_as.suffix)  # ("Zarate et al., 2006a" over an entry printed "(2006)")
        if cited_as and not ref.year and not ref.error:
            ref = replace(ref, year=cited_as.year, year_suffix=cited_as.suffix)  # (the label alone prints it)
        references.append(ref)
    return ReferenceList(
        references=with_repeated_names(tuple(references)),
        heading=heading,
        span=source.span(start, end),
        body_end=body_end,
        numbered=numbered,
        resumes_at=_resumes_at(source.text, entries[-1].end),
        body_under_heading=_body_under_heading(source.text, start, entries[0].start),
        between_parts=between_parts(parts),
    )


def _body_under_heading(text: str, start: int, first_entry: int) -> tuple[int, int]:
    """The prose between the heading and entry 1 that the list left out (split_entries
    skips what stands before an entry numbered 1): the body's still, so its callouts and
    claims are read. (0, 0) when only blank lines stand there."""
    gap = text[start:first_entry]
    if not gap.strip():
        return (0, 0)
    lead = len(gap) - len(gap.lstrip())
    return (start + lead, start + len(gap.rstrip()))


def _resumes_at(text: str, list_end: int) -> int:
    """Where written text starts again after the last entry (0: nowhere)."""
    following = re.search(r"\S", text[list_end:])
    return list_end + following.start() if following else 0
