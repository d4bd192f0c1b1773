"""Author–date citations: "(Smith et al., 2019; Lee & Park 2020a)", "Smith and Jones (2019, p. 4)".

A citation is found from its year, then read backwards for the names before it, and
kept only when the names and the year have a citation's shape: inside brackets
("Smith, 2019", "Smith et al. 2019") or as a narrative "Smith et al. (2019)". Numbers
in the prose ("in 2019, 45 patients") never match: a year needs capitalised names
before it. Each cited work is then resolved against the reference list by surnames,
year and its letter, the way a reader would (see :func:`resolve_works`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..references.acts import ACT_CITED, designation_key, opening_designation
from ..references.cjk import HAN, HANGUL, KANA
from ..references.model import ReferenceList
from ..references.identifiers import IN_PRESS_WORDS
from ..references.patterns import NO_DATE_WORDS, OTHER_AND
from ..references.people import OTHER_ET_AL, PARTICLES, fold, letters
from ..source import SourceText
from .model import Callout, CitedWork

# (Capitals of the Latin, Cyrillic and Greek scripts: "Клепиков (1978)" is a citation too.)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽЀ-ЯΑ-Ω"
# A surname as printed in the text: "Smith", "McKay", "Lynch-Stieglitz", "O'Neill",
# "van der Berg", "St. John", "d'Avanzo", "DeVries", "Espín Grau", an organisation ("Deutsche
# Hochschule der Polizei") or its acronym ("WHO", "IPCC").
_PARTICLE = r"(?:(?:van|von|der|den|de|da|do|dos|das|del|della|di|du|la|las|le|los|ten|ter|Van|Von|De|Da|Do|Dos|Del|Di|Du|La|Le|St\.?|Ste\.?)\s+)"
# A surname may be cut at a line end in text from a PDF ("Seb-" / "sebe", "De-" / "Vellis").
# (An apostrophe is in a name, "O'Neill", but "'s" after one is the possessive: "Smith's".)
# A name in a script without case is a run of its letters ("김유승", "赵晓刚", "中井えり子"):
# kept only where it names an entry (see _citation_like), since such a run may as well
# be any word of the sentence.
_WORD = (rf"(?:(?:[dDlL]['’])?[{_UPPER}](?:[^\W\d_]|(?:['’](?!s(?![^\W\d_]))|[‐-])(?=[^\W\d_])|[‐-]\n[ \t]*(?=[^\W\d_]))*[^\W\d_]"
         rf"|[{HAN}{KANA}{HANGUL}]{{1,12}})")
# (An organisation's name joins its words with one or two of these: "Department of the
# Navy", "Intergovernmental Panel on Climate Change"; a Catalan double surname with "i":
# "Prat i Fornells", printed "Prat I Fornells" too.)
# (Its words may wrap to the next line, never across a blank line: a heading's last word
# is no part of the name that opens the paragraph below it.)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# (A suffix keeps its stop: "Ghizoni-Jr. & Azevedo, 2006", "Smith Jr., 2010".)
_SURNAME = rf"(?:{_PARTICLE}{{0,3}}(?:[{_UPPER}][ \t]+(?=[{_UPPER}][a-z]))?{_WORD}(?:{_GAP}(?:(?:der|den|de|da|do|dos|du|des|of|for|on|the|la|le|von|van|i|I){_GAP}){{0,2}}{_WORD}){{0,7}}(?:(?<=Jr)\.|(?<=Sr)\.)?)"
# (German styles join two names with a slash: "(Fava/Davidson 1996)".)
# (Czech journals join them with a dash: "(Fava – Davidson 1996)"; German archaeology with
# a spaced slash: "Insel / Scolnick 2006". Slovenian with "in" before a capital: "(Sanacora
# in Banasr, 2013)".)
_JOIN = rf"(?:\s*,?\s+(?:and|und|e|y|et|in(?=\s+[{_UPPER}])|{OTHER_AND})\s+|\s*,?\s*&\s*|[ \t]?/[ \t]?|\s+–\s+)"
# Any number of names joined by commas and "&"/"and" ("Correll, Park, Judd, & Wittenbrink,
# Sadler, & Keese" prints the join twice); each step must take a whole surname.
_NAMES = rf"{_SURNAME}(?:(?:{_JOIN}|\s*,\s*){_SURNAME})*"
# "et al." is often italic: "*et al.*", "_et al_.", "<i>et al.</i>".
# (Or as other languages print it: "u. a.", "и др.", "等" — see OTHER_ET_AL.)
ET_AL = rf"(?:[*_]{{1,2}}|<(?:i|em)>)?(?:et\s+al\.?|{OTHER_ET_AL})(?:[*_]{{1,2}}|</(?:i|em)>)?\.?"
# How a text says "and the others" of a work's names: "et al.", "and colleagues" (in
# italics too: Biostatistics cites "(Ferrari *and others* 2013)").
OTHERS = rf"(?:{ET_AL}|(?:[*_]{{1,2}}|<(?:i|em)>)?and\s+(?:colleagues|co-?workers|others)(?:[*_]{{1,2}}|</(?:i|em)>)?)"
# (German styles that part the names with slashes put one before "u. a." too: "(Rush/Trivedi/u. a. 2006)".)
_ETAL = rf"(?:(?:,?\s+|[ \t]?/[ \t]?)(?:[{_UPPER}]\.\s*)?{OTHERS})"
# (The original's date may follow in square brackets, as the humanities cite a translation
# or a reprint: "(BAKHTIN, 1988 [1975], 2011 [1954-1961])".)
_ORIGINAL_DATE = r"(?:[ \t]?\[(?:1[5-9]\d\d|20\d\d)(?:[ \t]?[-–/][ \t]?(?:1[5-9]\d\d|20\d\d|\d\d))?\])"
_YEAR = (rf"(?:1[6-9]\d\d|20\d\d)(?:/(?:1[6-9]\d\d|20\d\d))?(?:[a-z](?![\w]))?{_ORIGINAL_DATE}?"
         rf"|{IN_PRESS_WORDS}|n\.\s?d\.|s\.\s?d\.|{NO_DATE_WORDS}")
# (Years of one name are listed with commas, or semicolons: "(Smith, 2019; 2020)".)
_YEARS = rf"(?:{_YEAR})(?:\s*[,;]\s*(?:{_YEAR}|[a-z](?![\w.])))*"
# "p. 4", "chap. 2", "fig. 3" after the year; Harvard's bare "2015: 45" and "2015:45–47";
# Chicago's bare "2015, 45" and "2015, 45–47" (a number not a year, that ends the work).
# (German "S. 12" and Spanish "pág. 12" are pages too; "S." only in capitals, before a number.)
_LOCATOR = (r"(?:\s*[,:]\s*(?:(?i:pp?\.|pages?|págs?\.|ch(?:ap)?\.|chapter|fig(?:ure)?s?\.?|tables?|para\.|sec(?:t(?:ion)?)?\.?|§)|S\.(?=\s*\d))"
            r"\s*[\w.–-]+(?:\s*[–-]\s*\w+)?"
            r"|\s*:\s*\d{1,5}(?:\s*[–-]\s*\d{1,5})?(?![\d.%])"
            r"|\s*,\s*(?!(?:1[6-9]|20)\d\d(?!\d))\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?=\s*(?:[);\]]|$)))")
# "World Health Organization [WHO], 2020": APA gives a group's acronym on first use.
def _author(names: str) -> str:
    return rf"(?P<names>{names})(?P<etal>{_ETAL})?(?:\s*\[[{_UPPER}]{{2,}}\])?"


_AUTHOR = _author(_NAMES)
# Inside brackets: "Smith, 2019", "Smith et al. 2019a, b", "Smith and Jones, 2019, p. 4".
# ABNT parts a work's authors with semicolons, "(SILVA; SOUZA, 2019)": inside brackets a
# name followed by "; " and another name, with no year between, is the same work's.
# Vancouver-minded authors cite with the list's initials: "(Nguyen T, 2013)", "(Lee K and Park S, 2018)".
# APA gives initials before the surname when two first authors share it: "(J. Smith, 2010;
# K. Smith, 2012)".
_INITIALS_BEFORE = rf"(?:[{_UPPER}]\.[ \t]?[‐-]?){{1,3}}"
# (And "(Smith, J. 2010)": the list's initials after a comma, where the year follows them.)
_SURNAME_INITIALS = (rf"(?:{_INITIALS_BEFORE}[ \t](?=[{_UPPER}]))?{_SURNAME}(?:\s+[{_UPPER}]{{1,3}}(?![^\W\d_.])"
                     rf"|,?[ \t]+(?:[{_UPPER}]\.[ \t]?[‐-]?){{1,3}}(?=,?[ \t]*(?:1[6-9]|20)\d\d))?")
_AUTHOR_IN_BRACKETS = _author(rf"{_SURNAME_INITIALS}(?:(?:{_JOIN}|\s*[,;]\s*){_SURNAME_INITIALS})*")
# (More years of the same names may follow a locator: "(Park, 2010a, p. 5, 2010b)".)
_BRACKETED_WORK = re.compile(rf"(?<![\w])(?:{_AUTHOR_IN_BRACKETS})(?:\s*,\s*|\s+)(?P<years>{_YEARS})(?P<locator>{_LOCATOR})?"
                             rf"(?P<more>(?:\s*[,;]\s*(?:{_YEAR})(?:{_LOCATOR})?)*)(?![\w])")
# A secondary source after the narrative's year: "Green (1998, cited in Brown 2017)".
_SECONDARY = r"(?:as\s+)?(?:cited|quoted|reprinted|discussed|reviewed)\s+(?:in|by)\b"
# Narrative: "Smith et al. (2019)", "Smith and Jones (2019, p. 4)", "Smith [2019]", and
# possessive, "Smith's (2019)", "Smith et al.'s (2019)", "Jones' (2019)".
# The bracket may go on with other works after a semicolon, "Smith (2019; see also Lee,
# 2020)", or with the source it was read in, "Green (1998, cited in Brown 2017)" (then
# ``open`` is set and the bracket's own reading supplies the rest), and with more years of
# the same names after a locator, "Smith et al. (2011a, p. 3; 2011b)"; a comma after "et al."
# is a slip that leaves the citation one: "Woltman et al., (2012)".
_NARRATIVE = re.compile(rf"(?<![\w])(?:{_AUTHOR})(?:['’]s?)?(?:(?<=al\.),)?\s*(?P<bracket>[(\[])\s*(?P<years>{_YEARS})(?P<locator>{_LOCATOR})?"
                        rf"(?P<more>(?:\s*[,;]\s*(?:{_YEAR})(?:{_LOCATOR})?)*)(?:\s*[)\]]|(?P<open>\s*;|\s*,(?=\s*{_SECONDARY})))")
# Where a narrative's bracket may open: "(" or "[" and a year. Names hold no digit, bracket,
# semicolon, colon, "!", "?" or straight quote, so a narrative's names lie after the last
# of those before its bracket (and after the bracket before it).
_NARRATIVE_BRACKET = re.compile(rf"[(\[]\s*(?:{_YEAR})")
_NOT_IN_NAMES_CHARACTERS = '0123456789();:!?"'
_WORD_START = re.compile(r"(?<![\w])[^\W\d_]")
# A bracket closes within 1,000 characters: a parenthesis left open ("(p < 0.001" broken by
# a page, a column or a lost glyph) must not swallow the citations of the pages after it.
_BRACKETS = re.compile(r"\((?:[^()]|\([^()]{0,1000}\)){0,1000}\)|\[[^\[\]]{0,1000}\]")
_LEAD_INS = re.compile(r"^\s*(?:e\.\s?g\.|i\.\s?e\.|cf\.|see(?:\s+also)?|for\s+(?:a\s+)?reviews?,?\s*see|reviewed\s+in|as\s+in|sensu|after|from|but\s+see|compare)\s*,?\s*", re.I)
# What else a bracket of citations may hold, so that the whole bracket is the callout and
# the claim keeps no "(as reviewed by)": lead-ins, their stops trimmed ("e.g. cf").
_LEAD_IN_WORDS = re.compile(
    r"(?:(?:e\.\s?g\.?|i\.\s?e\.?|cf\.?|see|also|and|but|or|for\s+(?:a\s+)?reviews?|for\s+example|reviewed\s+(?:in|by)"
    r"|as\s+(?:reviewed|described|discussed|shown|proposed|suggested|cited|quoted)\s+(?:in|by)|(?:cited|quoted|reprinted)\s+(?:in|by)"
    r"|(?:tables?|fig(?:ure)?s?\.?|box|appendix)\s+[A-Z]?\d{1,3}[a-z]?\s+(?:in|of)|(?:data|adapted|modified|redrawn|reproduced)\s+from"
    r"|(?:their|his|her|its)\s+(?:tables?|fig(?:ure)?s?\.?|eqs?\.?|equations?|sections?|sect?\.|chap(?:ter)?\.?)\s*[A-Z]?\d{1,3}[a-z]?"
    r"|(?:this|the\s+present)\s+(?:study|work|paper|article)"
    r"|as\s+in|and\s+references\s+therein|unpublished(?:\s+(?:data|results|observations))?)\s*)*", re.I)
_NAME_PIECE = re.compile(rf"{_SURNAME}")
# Capitalised words that are not names before a year: "In 2019", "Since 2010", "Table 2019".
_NOT_NAMES = frozenset(
    """In On At By Since From Until During Before After Between And Or The This That These Those A An For To As Of
    With Within Without Table Tables Figure Figures Fig Figs Supplementary Appendix Section Box Eq Equation Chapter
    Phase Version Model Study Trial Year Years Summer Winter Spring Autumn Fall January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Early Late Mid
    Until Up Over Around About Circa Ca Approximately Only Also Both Each Every Total All Census Wave Round Cohort
    Survey Period Decade Century Report Data Edition Vol Volume Issue No Number Page Pages Day Week Month However
    Moreover Furthermore Similarly Thus Hence Therefore Indeed Here Recently Previously Finally First Second Third
    Notably Interestingly Importantly Accordingly Consequently Likewise Conversely Nevertheless Nonetheless Additionally
    Like Unlike Following While Whilst Whereas Although Though When Where Because Given Per Then Yet But Using
    Earlier Later Recent Similar Consistent Contrary Beyond Despite Against Among Under Via See Cf Compare Including
    Especially Particularly Namely Instead Again Besides Unless Whether If Once Upon Toward Towards Across Through
    Throughout Along Alongside Amid Except Regarding Concerning""".split()
)


def find_author_date(source: SourceText, references: ReferenceList, start: int = 0, end: int | None = None,
                     index: dict | None = None, untitled: AuthorlessTitles | None = None) -> list[Callout]:
    """Author–date callouts in ``source.text[start:end]``, resolved against ``references``
    (``index`` and ``untitled`` as ``build_index`` and ``AuthorlessTitles`` make them, when
    the caller reads several regions of one text: built once, not once a region)."""
    index = build_index(references) if index is None else index
    untitled = AuthorlessTitles(references) if untitled is None else untitled
    text = source.text
    end = len(text) if end is None else end
    region = text[start:end]
    callouts: list[Callout] = []
    taken: list[tuple[int, int]] = []
    by_bracket: dict[int, tuple[Callout, int]] = {}  # by the bracket's opening: its callout, where a narrative's ends
    for bracket in _BRACKETS.finditer(region):
        inner_start = start + bracket.start() + 1
        inner = text[inner_start: start + bracket.end() - 1]
        works = [w for w in (_work(source, m, inner_start, index, references) for m in _BRACKETED_WORK.finditer(inner)) if w]
        titled = _title_works(source, inner, inner_start, untitled)
        works += titled
        if not works:
            continue
        works.sort(key=lambda w: w.span.start)
        # The callout is the whole bracket when it holds nothing but citations and lead-ins.
        rest = _TITLE_WORK.sub("", _BRACKETED_WORK.sub("", _without_works(inner, inner_start, titled)))
        whole = _only_lead_ins(rest)
        first, last = (inner_start - 1, start + bracket.end()) if whole else (works[0].span.start, works[-1].span.end)
        callouts.append(_callout(source, first, last, works, "author-date", references))
        taken.append((start + bracket.start(), start + bracket.end()))
        # A narrative's years may open the bracket, "Smith (2016; see also Lee, 2019)": with
        # them the bracket may be all citations, and the narrative's callout ends with it.
        own_years = _OPENING_YEARS.match(rest)
        narrative_end = start + bracket.end() if own_years and _only_lead_ins(rest[own_years.end():]) else last
        by_bracket[start + bracket.start()] = (callouts[-1], narrative_end)
    for match in narrative_matches(region):
        s = start + match.start()
        if any(a <= s < b for a, b in taken):
            continue  # a narrative inside brackets was read with its bracket
        work = _work(source, match, start, index, references, narrative=True)
        if not work:
            continue
        opening = start + match.start("bracket")
        end, works = start + match.end(), [work]
        if match.group("open"):
            # "Müller & Ødegaard (2016; see also De Silva et al. 2019)": one callout, the
            # bracket's other works with the narrative's; the bracket's own callout goes.
            end = work.span.end
            rest, rest_end = by_bracket.get(opening, (None, 0))
            if rest is not None:
                callouts.remove(rest)
                end, works = max(end, rest_end), [work, *rest.items]
        callout = _callout(source, work.span.start, end, works, "author-date narrative", references)
        # The names stay in the claim ("Smith et al. found …"); only "(2019)" is cut.
        callouts.append(replace(callout, keep=opening - work.span.start if opening >= work.span.start else 0))
    callouts += _acts_in_running_text(source, region, start, taken, untitled, references)
    if not references.numbered:
        taken += [(c.span.start, c.span.end) for c in callouts]
        callouts += _unbracketed_works(source, region, start, taken, index, references)
    callouts.sort(key=lambda c: c.span.start)
    return _join_narratives(source, callouts, references)


def _acts_in_running_text(source: SourceText, region: str, start: int, taken: list[tuple[int, int]],
                          untitled: AuthorlessTitles, references: ReferenceList) -> list[Callout]:
    """Legal acts the prose names with their date, "conforme a Resolução nº 4/2009", where the
    list files the same act under its designation: each a callout the sentence keeps whole.
    (An act the list does not hold is prose, not a citation.)"""
    if not untitled.has_acts:
        return []
    found = []
    for match in ACT_CITED.finditer(region):
        at = start + match.start()
        if any(a <= at < b for a, b in taken):
            continue  # read with its bracket
        work = _act_work(source, match, start, untitled)
        if not work.targets:
            continue
        callout = _callout(source, at, start + match.end(), [work], "author-date narrative", references)
        found.append(replace(callout, keep=len(callout.markup)))
    return found


# A bare year after names, in no bracket: "… to be 5% Ferrari et alii 2013, and …".
_BARE_YEAR = re.compile(r"(?<![\w(\[/.,:–-])(?:1[6-9]\d\d|20\d\d)[a-z]?(?![\w)\]%/–-])")
_UNBRACKETED = re.compile(rf"(?<![\w])(?:{_AUTHOR})\s*,?\s+(?P<years>(?:1[6-9]\d\d|20\d\d)[a-z]?)(?P<locator>{_LOCATOR})?"
                          rf"(?P<more>)(?![\w)\]])")


def _unbracketed_works(source: SourceText, region: str, start: int, taken: list[tuple[int, int]], index: dict,
                       references: ReferenceList) -> list[Callout]:
    """Works cited by names and year in no bracket, as French humanities and some Harvard
    variants print them ("… Ferrari et alii 2013, and …", "as Krystal 2007: 45 argued"):
    only where the names and the year are an entry's of the list (a name and a year in
    the prose that no entry holds are prose), and never inside a bracket already read."""
    found = []
    done = 0
    for year in _BARE_YEAR.finditer(region):
        at = year.start()
        if at < done or any(a <= start + at < b for a, b in taken):
            continue
        floor = _after_last_not_in_names(region, done, at)
        for word in _WORD_START.finditer(region, max(floor, at - 200), at):
            match = _UNBRACKETED.match(region, word.start())
            if not match or match.start("years") != at:
                continue
            work = _work(source, match, start, index, references)
            if work and work.targets:
                callout = _callout(source, work.span.start, work.span.end, [work], "author-date narrative", references)
                found.append(replace(callout, keep=len(callout.markup)))  # (the prose keeps its words)
                done = match.end()
            break
    return found


def narrative_matches(text: str):
    """The matches of ``_NARRATIVE.finditer(text)``, found by trying the pattern only at the
    words just before each bracket that opens with a year. The pattern tried at every
    position of a numbered manuscript took 1 s per 10 MB and found nothing."""
    done = 0  # where the last match ended: finditer goes on from there
    for bracket in _NARRATIVE_BRACKET.finditer(text):
        opening = bracket.start()
        if opening < done:
            continue
        # The names cannot reach back past a character no name holds.
        floor = _after_last_not_in_names(text, done, opening)
        for word in _WORD_START.finditer(text, floor, opening):
            match = _NARRATIVE.match(text, word.start())
            if match:
                yield match
                done = match.end()
                break
        done = max(done, opening)


def _after_last_not_in_names(text: str, floor: int, end: int) -> int:
    """Just after the last character no name holds in ``text[floor:end]``, or ``floor``.
    (Searched backwards from ``end``: the windows of successive brackets do not overlap.)"""
    last = max(text.rfind(ch, floor, end) for ch in _NOT_IN_NAMES_CHARACTERS)
    return last + 1 if last >= 0 else floor


def _without_works(inner: str, offset: int, works: list[CitedWork]) -> str:
    """The bracket's text with the works cited by title cut out (a plain title is no
    pattern's to remove)."""
    pieces, last = [], 0
    for work in sorted(works, key=lambda w: w.span.start):
        start, end = work.span.start - offset, work.span.end - offset
        if start >= last:
            pieces.append(inner[last:start])
            last = end
    return " ".join(pieces + [inner[last:]])


_OPENING_YEARS = re.compile(rf"\s*(?:{_YEARS})(?:{_LOCATOR})?\s*[;,]")


def _only_lead_ins(rest: str) -> bool:
    """Whether what a bracket holds besides its citations is only lead-ins ("e.g.", "see
    also") and punctuation."""
    rest = _LEAD_INS.sub("", re.sub(r"[;,\s]+", " ", rest)).strip(" ;,.")
    return not rest or bool(_LEAD_IN_WORDS.fullmatch(rest))


# A work with no author is cited by its title, in italics or quotes: "(*Guide to Wetlands*,
# 2019)", "(“Ketamine Approved,” n.d.)".
_TITLE_WORK = re.compile(rf"(?P<title>\*[^*\n]{{3,200}}\*|_[^_\n]{{3,200}}_|“[^”\n]{{3,200}}”|\"[^\"\n]{{3,200}}\")[,.]?\s*,?\s*(?P<years>{_YEAR})(?![\w])")
# Some styles print the title plain: "(FDA approves new nasal spray … clinic n.d.)". Such a
# piece of a bracket (from its start or a semicolon to a year that ends it or the next
# piece) is a title only if an authorless entry's title opens with its words.
_PLAIN_TITLE_WORK = re.compile(rf"(?:^|(?<=;))\s*(?P<title>[^*_“”\"\n]{{10,200}}?)[,.]?\s+(?P<years>{_YEAR})(?![\w])\s*(?=;|$)")


# ABNT's work without an author, filed under its title's first words in capitals ("ÍNDIO,
# Cidadão? …", "A HORAS de aprobarse …") and cited by them with an ellipsis: "(ÍNDIO...,
# 2014)", "(A HORAS…, 2018)". The ellipsis says the words are an entry's opening.
_TRUNCATED_TITLE_WORK = re.compile(rf"(?:^|(?<=;))\s*(?P<title>[{_UPPER}][^\s;,.…()]*(?:[ \t]+[^\s;,.…()]+){{0,5}}?)[ \t]*(?:\.{{3}}|…)"
                                   rf"\s*,?\s*(?P<years>{_YEAR})(?![\w])")


def _title_works(source: SourceText, inner: str, offset: int, untitled: "AuthorlessTitles") -> list[CitedWork]:
    """Works cited by their title: resolved to the authorless entries whose title begins
    with the words cited (a shortened title is still its opening) and whose year agrees;
    a title cut by an ellipsis, to the entries that open with its words."""
    works = []
    plain = [m for m in _PLAIN_TITLE_WORK.finditer(inner) if len(_title_key(m.group("title")).split()) >= 4]
    truncated = list(_TRUNCATED_TITLE_WORK.finditer(inner)) if ("..." in inner or "…" in inner) else []
    for match in [*_TITLE_WORK.finditer(inner), *plain, *truncated]:
        cited = _title_key(match.group("title")).split()
        cut = match.re is _TRUNCATED_TITLE_WORK
        if len(cited) < (1 if cut else 2):
            continue
        year = match.group("years")
        candidates = untitled.entries_opening_with(cited) if cut else untitled.opening_with(cited)
        targets = tuple(ref.position for ref in candidates
                        if ref.year == year[:4] or (not ref.year and not year[:1].isdigit()))
        span = source.span(offset + match.start(), offset + match.end())
        works.append(CitedWork(text=" ".join(match.group(0).split()), names=(match.group("title").strip("*_“”\" "),), et_al=False,
                               year=year, suffix="", locator="", span=span, targets=targets))
    # A legal act cited by its designation, "(Lei n° 13.146/2015)".
    works += [_act_work(source, match, offset, untitled) for match in ACT_CITED.finditer(inner)]
    return [w for w in works if w.targets]


def _act_work(source: SourceText, match: re.Match, offset: int, untitled: "AuthorlessTitles") -> CitedWork:
    """The work an act's designation cites (``match`` of ACT_CITED at ``offset``): the
    authorless entries that open with the same act, dated the same year."""
    year = match.group("year") or match.group("dated")
    targets = tuple(ref.position for ref in untitled.acts(designation_key(match.group("designation"))) if ref.year == year)
    return CitedWork(text=" ".join(match.group(0).split()), names=(match.group("designation"),), et_al=False, year=year,
                     suffix="", locator="", span=source.span(offset + match.start(), offset + match.end()), targets=targets)


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(title)).split())


class AuthorlessTitles:
    """The entries with no author, found by the words their title opens with: how a work
    with no author is cited ("(*Guide to Wetlands*, 2019)", MLA's "(“FDA Approves New
    Nasal”)"). Indexed by the title's first word, so a citation is not compared with the
    whole list."""

    def __init__(self, references: ReferenceList):
        self._by_first: dict[str, list[tuple[list[str], object]]] = {}
        # (Every entry by the words it opens with, as printed: the parse may have read an
        # ABNT title's capitals as a body, "ARGENTINA de regreso al FMI".)
        self._entries_by_first: dict[str, list[tuple[list[str], object]]] = {}
        self._acts: dict[str, list] = {}  # legal acts by their designation ("lei 13146")
        for ref in references:
            words = _title_key(ref.title or "").split()
            if words and not any(a.family or a.literal for a in ref.authors):
                self._by_first.setdefault(words[0], []).append((words, ref))
            opening = _title_key(ref.text[:200]).split()
            if opening:
                self._entries_by_first.setdefault(opening[0], []).append((opening, ref))
            act = opening_designation(ref.text[:200]) if not ref.authors else ""
            if act:
                self._acts.setdefault(act, []).append(ref)

    def opening_with(self, cited: list[str]) -> list:
        """The authorless entries whose title's words begin with ``cited`` (folded words)."""
        return [ref for words, ref in self._by_first.get(cited[0], ()) if words[:len(cited)] == cited] if cited else []

    @property
    def has_acts(self) -> bool:
        return bool(self._acts)

    def acts(self, key: str) -> list:
        """The authorless entries of the legal act ``key`` (as ``designation_key`` makes it)."""
        return self._acts.get(key, []) if key else []

    def entries_opening_with(self, cited: list[str]) -> list:
        """The entries whose printed text begins with ``cited`` (folded words)."""
        return [ref for words, ref in self._entries_by_first.get(cited[0], ()) if words[:len(cited)] == cited] if cited else []


def _join_narratives(source: SourceText, callouts: list[Callout], references: ReferenceList) -> list[Callout]:
    """Narrative citations with only "," or ";" between them are one group:
    "Abukari & Mwalyosi (2018), Synman (2014) and others found …"."""
    joined: list[Callout] = []
    for callout in callouts:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.notation == callout.notation == "author-date narrative"
                and re.fullmatch(r"\s*[,;]\s*", source.text[previous.span.end: callout.span.start])):
            merged = _callout(source, previous.span.start, callout.span.end, list(previous.items + callout.items),
                              "author-date narrative", references)
            joined[-1] = replace(merged, keep=previous.keep)
        else:
            joined.append(callout)
    return joined


def _work(source: SourceText, match, offset: int, index: dict, references: ReferenceList,
          narrative: bool = False) -> CitedWork | None:
    """One cited work, resolved; leading words that are not part of the names ("Similarly,
    Chater and Loewenstein (2023)") are dropped while that makes the names resolve."""
    pieces = [(m.start(), m.group()) for m in _NAME_PIECE.finditer(match.group("names"))]
    years = [y.strip() for y in re.split(r"\s*[,;]\s*", match.group("years")) if y.strip()]
    years += [m.group(1) for m in re.finditer(rf"[,;]\s*({_YEAR})", match.group("more") or "")]
    # (The edition's year is the entry's; the original's, in its brackets, is tried where no
    # entry has the edition's: a list may date the work by the original, "… romance [1975].")
    originals = tuple(m.group(1) if (m := re.search(r"\[(\d{4})", y)) else "" for y in years)
    years = [re.sub(rf"{_ORIGINAL_DATE}$", "", y) for y in years]
    first_year = re.match(r"(\d{4}(?:/\d{4})?)([a-z]?)|(.+)", years[0])
    year = first_year.group(1) or first_year.group(3)
    suffix = first_year.group(2) or ""
    names_start = offset + match.start("names")
    best = None
    for skip in range(len(pieces)):
        printed = tuple(_uncut(p) for _, p in pieces[skip:])
        names = tuple(_strip_not_names(p) for p in printed)
        # A surname that is also a word ("(Fall, 2007)", "(Sera and Early, 2003)") is a name
        # only where it names an entry.
        only_if_found = not names[0] or any(not n for n in names)
        if only_if_found:
            names = tuple(n or p.split()[-1] for n, p in zip(names, printed))
        # The callout starts at the name, not at the words "In", "Like" that were dropped.
        first_at, first_piece = pieces[skip]
        dropped = len(_uncut(first_piece).split()) - len(names[0].split())
        if dropped > 0:
            first_at += re.match(rf"(?:\S+\s+){{{dropped}}}", first_piece).end()
        # (A narrative's bracket that goes on, "Green (1998; see also …", ends the work at its year.)
        ends = offset + (match.start("open") if match.groupdict().get("open") else match.end())
        span = source.span(names_start + first_at, ends)
        work = CitedWork(text=" ".join(source.text[span.start:span.end].split()), names=names, et_al=bool(match.group("etal")), year=year, suffix=suffix,
                         locator=(match.group("locator") or "").strip(" ,:"),
                         span=span, extra_years=tuple(years[1:]), original_years=originals if any(originals) else ())
        targets, candidates = _resolve(work, index, references)
        if only_if_found and not targets:
            continue
        if not targets and skip == 0 and len(names) > 1:
            # "California Department of Fish and Wildlife 2025": one organisation, not two people.
            whole = replace(work, names=(re.sub(r"\s+", " ", match.group("names")),))
            whole_targets, whole_candidates = _resolve(whole, index, references)
            # (The whole name must be one the list holds: "Depois, Bakhtin (2008)" is no body
            # found by its last word, but a word of the sentence before Bakhtin.)
            if whole_targets and name_key(whole.names[0]) in index:
                work, targets, candidates = whole, whole_targets, whole_candidates
        if len(targets) > 1 and skip == 0:
            targets = _by_initials(match.group("names"), targets, references)
        work = replace(work, targets=targets, candidates=candidates)
        if best is None and not _looks_like_prose(names[0]) and _citation_like(work, match):
            best = work
        if targets:
            best = work
            break
    return best


_LEADING_INITIALS = re.compile(rf"({_INITIALS_BEFORE})[ \t]")


def _by_initials(names: str, targets: tuple[int, ...], references: ReferenceList) -> tuple[int, ...]:
    """Of several entries, those whose first author has the initials printed before the
    surname: "(J. Smith, 2010)" is J. Smith's work, not K. Smith's of the same year."""
    printed = _LEADING_INITIALS.match(names)
    if not printed:
        return targets
    letters = re.sub(r"[^\w]", "", printed.group(1))
    by_position = references.by_position()
    chosen = tuple(p for p in targets if by_position[p].authors
                   and re.sub(r"[^\w]", "", by_position[p].authors[0].initials).startswith(letters))
    return chosen or targets


def _citation_like(work: CitedWork, match) -> bool:
    """An unresolved work still reads as a citation: "et al.", two names, or a comma before
    the year, with plain surnames ("HiSeq 2000" and "(DGC, 2019)" do not)."""
    plain = all(re.fullmatch(r"(?:(?:[a-z]+|[A-Z][a-z]+)\s+)*(?:Ma?c|O['’]|D['’])?[A-Z][a-zà-ÿ]+(?:[-‐'’][A-Z][a-zà-ÿ]+)*", n)
                for n in work.names)
    return plain and (work.et_al or len(work.names) >= 2 or "," in match.group(0)[len(match.group("names")):])


def _uncut(name: str) -> str:
    """A name cut at a line end, whole again: "Seb-\nsebe" → "Sebsebe", "Leader-\nWilliams"
    → "Leader-Williams" (a capital after the cut is the compound's own)."""
    return re.sub(r"[‐-]\n[ \t]*(?=(.))", lambda m: "-" if m.group(1).isupper() else "", name)


def _strip_not_names(piece: str) -> str:
    words = piece.split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def _looks_like_prose(name: str) -> bool:
    return name.split()[-1] in _NOT_NAMES or name.endswith("ly")


def _callout(source: SourceText, start: int, end: int, works: list[CitedWork], notation: str,
             references: ReferenceList) -> Callout:
    markup = source.text[start:end]
    targets = tuple(dict.fromkeys(p for w in works for p in w.targets))
    by_position = references.by_position()
    return Callout(text=re.sub(r"\s+", " ", markup), markup=markup, numbers=tuple(by_position[p].number for p in targets),
                   span=source.span(start, end), notation=notation, items=tuple(works), targets=targets)


# ---------------------------------------------------------------- resolution
def _keys(family: str) -> set[str]:
    """Fold keys a text may use for a surname: "van der Berg" → vanderberg, berg."""
    words = family.replace("-", " ").replace("‐", " ").split()
    keys = {fold(family).replace(" ", "").replace("'", "").replace("’", "")}
    core = [w for w in words if w.lower() not in PARTICLES]
    if core:
        keys.add(name_key(" ".join(core)))
    keys.add(name_key(family))
    if re.fullmatch(rf"[{HAN}{KANA}{HANGUL}]+\s+[{HAN}{KANA}{HANGUL}]+", family):
        keys.add(name_key(family.split()[0]))  # "山岸 喬" (family name, given name) is cited "山岸"
    return {k for k in keys if k}


def _group_keys(literal: str) -> set[str]:
    """"World Health Organization (WHO)" → whoworldhealthorganization…, who, worldhealthorganization."""
    keys = {name_key(literal)}
    leading = re.match(r"([A-Z][A-Z0-9&]{1,9})\s*[-–—:]\s", literal)
    if leading:
        keys.add(leading.group(1).lower())  # "BFG - The Brazil Flora Group" is cited "(BFG 2021)"
    printed_after = re.search(r"\.\s*([A-Z][A-Z0-9]{1,9})\.?$", literal)
    if printed_after:
        keys.add(printed_after.group(1).lower())  # "ESCOLA NACIONAL DE … PÚBLICA. ENAP" is cited "(ENAP, 2021)"
    acronym = re.search(r"\(([A-Z]{2,})\)", literal)
    if acronym:
        keys.add(acronym.group(1).lower())
        # Cited by its name alone too: "(World Health Organization [WHO], 2019)".
        keys.add(name_key(literal[:acronym.start()] + literal[acronym.end():]))
    words = [w for w in re.findall(r"[^\W\d_]+", literal) if w[:1].isupper()]
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words).lower())
    # A body that grew its name keeps its acronym: "Centers for Disease Control and
    # Prevention" is cited "(CDC, 2019)".
    grown = [w for w in re.findall(r"[^\W\d_]+", literal.split(" and ")[0]) if w[:1].isupper()]
    if " and " in literal and len(grown) >= 3:
        keys.add("".join(w[0] for w in grown).lower())
    keys.add(name_key(literal.split(".")[0]))  # "Brasil. Ministério da Saúde" → brasil
    # A name opening with "The" is cited without it as often as with it: "THE ECONOMIST."
    # is "(The Economist, 2023)", whose names the citation reads as "Economist".
    article = re.match(r"(?i)the\s+(?=\S)", literal)
    if article:
        keys.add(name_key(literal[article.end():]))
    # A body named for its town, "FernUniversität in Hagen": a citation's names stop at
    # "in" ("in" joins no surname), so "(FernUniversität in Hagen, 2024)" reads "Hagen".
    town = re.search(r"\sin\s([^\W\d_][\w‐-]+)$", literal.strip(" ."))
    if town and town.group(1)[:1].isupper():
        keys.add(name_key(town.group(1)))
    return {k for k in keys if k}


# A name as the text and the list are matched by: its letters, of any script ("김유승"
# by its jamo), without case or accents.
name_key = letters


def build_index(references: ReferenceList, text: str = "") -> dict[str, list]:
    """First-author surname key → entries (several keys per entry; linear in the list),
    with the acronyms ``text`` defines for the bodies that wrote entries."""
    index: dict[str, list] = {}
    bodies: dict[str, list] = {}  # a body's whole name, as a key → its entries
    for ref in references:
        if not ref.authors:
            # No author was read: the entry's opening words ("Deutsche Hochschule der
            # Polizei. (2024)…") are what a citation of it names.
            lead = re.match(r"\s*([^.(\[]{2,120}?)\s*(?:\.\s|\(|\[|,\s*(?:1[6-9]|20)\d\d)", ref.text)
            for key in _group_keys(lead.group(1)) if lead else ():
                index.setdefault(key, []).append(ref)
            if lead:
                bodies.setdefault(name_key(lead.group(1)), []).append(ref)
            continue
        first = ref.authors[0]
        keys = _group_keys(first.literal) if first.is_group else _keys(first.family)
        for key in keys:
            index.setdefault(key, []).append(ref)
        if first.is_group:
            bodies.setdefault(name_key(first.literal.split(". ")[-1]), []).append(ref)
    for acronym, entries in _defined_acronyms(text, bodies):
        for ref in entries:
            if ref not in index.setdefault(acronym, []):
                index[acronym].append(ref)
    return index


# An acronym the text defines after a name: "… Pessoal de Nível Superior (Capes)".
_DEFINITION = re.compile(r"[(\[]\s*([A-Z][A-Za-z0-9]{1,11})\s*[)\]]")
_DEFINED_NAME_WORDS = 16  # (the longest body name looked for before a definition)


def _defined_acronyms(text: str, bodies: dict[str, list]):
    """(acronym key, entries) for each "Name of a Body (Acronym)" in ``text`` whose name is
    the whole name of a body that wrote entries, and whose acronym opens with the name's
    initial. The acronym is how the text cites those entries from then on: "(Capes, 2022)"
    for "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior. (2022)", which no
    rule could make from the name's letters. Each definition looks back a bounded number
    of words, so the cost stays linear."""
    if not bodies:
        return
    for definition in _DEFINITION.finditer(text):
        acronym = definition.group(1)
        if not re.search(r"[A-Za-z]", acronym[1:]):
            continue  # ("(A1)", "(B12)": labels, not acronyms)
        words = text[max(0, definition.start() - 300): definition.start()].split()[-_DEFINED_NAME_WORDS:]
        for size in range(2, len(words) + 1):
            name = " ".join(words[-size:])
            if name[:1].upper() != acronym[:1]:
                continue
            entries = bodies.get(name_key(name))
            if entries:
                yield acronym.lower(), entries
                break


def _resolve(work: CitedWork, index: dict, references: ReferenceList) -> tuple[tuple[int, ...], tuple[int, ...]]:
    first = name_key(work.names[0])
    people = index.get(first, [])
    words = work.names[0].split()
    if not people and len(words) > 1:  # "Espín Grau" may be listed as "Grau" or "Espín"
        people = index.get(name_key(words[-1]), []) or index.get(name_key(words[0]), [])
    targets: list[int] = []
    years = [(work.year, work.suffix)]
    for extra in work.extra_years:  # a bare letter goes with the year just before it: "2010, 2011a,b"
        years.append(_split_year(extra, years[-1][0]))
    originals = work.original_years or ("",) * len(years)
    for (year, suffix), original in zip(years, originals):
        same_year = [r for r in people if _year_matches(r, year)] or [r for r in people if original and _year_matches(r, original)]
        if not same_year and year[:1].isdigit():
            # The year of the translation or reprint the text read, which the entry gives
            # after the original's: "… Paris: Gallimard, 2009 (Trad. cast. … Buenos Aires:
            # FCE, 2010)" is cited "(Foucault, 2010)".
            same_year = [r for r in people if year in _later_edition_years(r.text)]
        if not same_year and year[:1].isdigit():
            # The work's copyright year, where the reading took another year of the entry for
            # the date: "GRICE, H. P. Logic and Conversation. … delivered at Harvard
            # University in 1967 … Copyright 1975" cited "Grice (1975)". Only a year the entry
            # marks as its copyright: a course's "1983 - 1984" or a page's "1905" is none.
            printed = [r for r in people if re.search(rf"(?:©|\([Cc]\)|\b[Cc]opyright)\s*{year}(?!\d)", r.text)]
            same_year = printed if len(printed) == 1 else []
        chosen = _narrow(work, same_year, suffix)
        targets.extend(r.position for r in chosen)
    if targets:
        return tuple(dict.fromkeys(targets)), ()
    # Nothing matches: the closest entries are the same names in another year, then
    # similar surnames in the same year.
    candidates = [r.position for r in people]
    if not candidates:
        from rapidfuzz import fuzz, process

        keys = list(index)
        for key, score, _ in process.extract(first, keys, scorer=fuzz.ratio, limit=3):
            if score >= 80:
                candidates.extend(r.position for r in index[key] if _year_matches(r, work.year))
    return (), tuple(dict.fromkeys(candidates))[:5]


# A note on the edition the author read, in brackets after the original's imprint: a
# translation ("Trad. cast.", "trans.", "Übers.", "tradução"), a reprint, a new edition.
_LATER_EDITION = re.compile(r"[(\[](?=[^()\[\]]{0,300}?\b(?:[Tt]rad|[Tt]ransl?|Übers|[Rr]eprint|[Rr]eimpr|[Rr]eed|[Nn]ew ed|[Ee]d\. orig)\w*\b)"
                            r"(?P<note>[^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*)[)\]]")


def _later_edition_years(text: str) -> set[str]:
    """The years of the later editions an entry notes: "(Trad. cast. … 2010)" → {"2010"}."""
    if not re.search(r"[Tt]ra|Übers|[Rr]e(?:print|impr|ed)|[Nn]ew ed|orig", text):
        return set()
    # (The note's last year is its imprint's: "Curso … (1983 - 1984). Buenos Aires: FCE, 2010".)
    return {years[-1] for note in _LATER_EDITION.finditer(text)
            if (years := re.findall(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)", note.group("note")))}


def _split_year(text: str, previous: str) -> tuple[str, str]:
    """"2019b" → ("2019", "b"); a bare letter after "2019a, b" keeps the year before it."""
    match = re.match(r"(\d{4}(?:/\d{4})?)([a-z]?)$", text)
    if match:
        return match.group(1), match.group(2)
    if re.fullmatch(r"[a-z]", text):
        return previous, text
    return text, ""


def _year_matches(ref, year: str) -> bool:
    if year[:1].isdigit():
        # APA's "Freud (1923/1961)": first published, and the edition listed.
        return ref.year in year.split("/")
    # "in press" / "n.d.": the entry says so itself, or has no year and says neither (an entry
    # in press is not the undated one of the same author, nor the other way round).
    if year.lower().replace(" ", "") in ref.text.lower().replace(" ", ""):
        return True
    return not ref.year and not _UNDATED_MARK.search(ref.text)


_UNDATED_MARK = re.compile(rf"\b(?:{IN_PRESS_WORDS}|n\.\s?d\.|s\.\s?d\.|{NO_DATE_WORDS})", re.I)


def _narrow(work: CitedWork, entries: list, suffix: str) -> list:
    """From the entries with the right surname and year, the one the citation names."""
    if len(entries) <= 1:
        return entries
    if not suffix and work.et_al and len(work.names) < 2:
        # "Smith et al. (2010)" is none of Smith's own works of 2010, whatever their letters.
        entries = [r for r in entries if len(r.authors) >= 3 or r.et_al] or entries
    if not suffix and any(r.year_suffix for r in entries) and not all(r.year_suffix for r in entries):
        # "(NBS, 2024)" beside entries of 2024 and 2024a: the one printed without a letter.
        entries = [r for r in entries if not r.year_suffix]
        if len(entries) == 1:
            return entries
    if suffix:
        lettered = [r for r in entries if r.year_suffix == suffix]
        if lettered:
            return lettered[:1]
        if not any(r.year_suffix for r in entries):
            # The list prints no letters: a, b, c follow the list's own order.
            index = ord(suffix) - ord("a")
            ordered = sorted(entries, key=lambda r: r.position)
            return [ordered[index]] if index < len(ordered) else []
    if len(work.names) >= 2:
        # Every name the text gives must be the entry's, in order; a complete list (no
        # "et al.") also fixes the number of authors.
        listed = [name_key(n) for n in work.names]
        matching = [r for r in entries if len(r.authors) >= len(listed)
                    and all(key in _keys(a.family or a.literal) for key, a in zip(listed[1:], r.authors[1:]))]
        exact = [r for r in matching if len(r.authors) == len(listed) and not r.et_al]
        if exact and not work.et_al:
            matching = exact
        if matching:
            entries = matching
    elif work.et_al:
        many = [r for r in entries if len(r.authors) >= 3 or r.et_al]
        if many:
            entries = many
    else:
        single = [r for r in entries if len(r.authors) == 1]
        if single:
            entries = single
    initial = re.search(r"\s([A-Z])\.", work.text)
    if initial and len(entries) > 1:
        entries = [r for r in entries if r.authors and r.authors[0].initials.startswith(initial.group(1))] or entries
    return entries  # several left: an ambiguous citation, reported by its rule
