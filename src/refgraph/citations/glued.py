"""Callouts in text that lost its superscripts: "mortality.1 However", "saúde5.", "AMOC6,25,31".

Text pasted or extracted from a PDF glues a citation's digits to the word before it.
Digits after a plain word or punctuation are callouts when they are numbers of the list.
Digits after anything else (an acronym, a symbol, a year) are a name, a formula, a unit
or a quantity unless the evidence says otherwise; the evidence is the numbering itself
(first citations come in rising order, so a new number must be the next one) and how the
same name is written elsewhere in the manuscript. Precision first: when unsure, the
digits are left alone.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from ..chemistry import FORMULA
from ..source import SourceText
from .model import Callout

_DASHES = "-‐‑‒–—−"
_BODY = rf"\d{{1,3}}(?:(?:,|[{_DASHES}]\s?)\d{{1,3}})*"
# (Never the fractional part of a decimal: in "7.0,18" the callout is 18; nor a number after
# a decimal and a semicolon or colon: "(IC95% 17,2;23,3)" is an interval in decimal commas,
# while "fig. S5;58" cites 58.)
# (Inside square brackets too: "[… glacial-interglacial transitions8-10]", "[fig. S5;58]".)
_GLUED = re.compile(rf"(?<=[^\W\d_]|[.,;:)\]%”’\"])(?<!\d\.)(?<![,.]\d[;:])(?<![,.]\d\d[;:])(?P<body>{_BODY})(?=[\s.,;:)\]]|$)")
# "Fig.2", "Figura1", "Table3", "Type2", "No.3", "p.12", "v2", "ISO9001", "7.0,18", a ratio or a time ("2:1",
# "10:30"), an initial ("J.2"), a reference's volume or identifier read as text ("2008;6:e120", "doi:10.1371").
_NOT_AFTER = re.compile(r"(?:\b(?:Fig|Figs|Figures?|Figuras?|Abb|Abbildung|Tables?|Tabelas?|Tablas?|Tabelle|Tab|Eq|Eqs|Equations?|Equação"
                        r"|Sections?|Seção|Sección|Chapter|Capítulo|Box|Panel|Appendix|Anexo|Step|Phase|Stage|Grade|Type|Tipo"
                        r"|Group|Grupo|No|Nos|p|pp|vol|Vol|ref|Ref|Ch|Sec|n|N|v|ver|ISO|ICD|log|ln)\.?|\d[.,:]|\b(?:1[5-9]|20)\d\d;|\b(?i:doi):|\b[A-Z]\.)$")
_UNIT_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:[kcmµμn]?m|[kmµμn]?g|[mµμ]?[lL]|mol|[mµμn]?M|s|h|min|Da|kDa|Hz|°C|K|Sv|mg/dL)$")
_FUNCTION_WORDS = frozenset("in as of to by at on see and or cf eg ie em de da do na no como".split())
# Residues are written with their position: "Ser15", "Lys48".
_AMINO_ACIDS = frozenset("Ala Arg Asn Asp Cys Gln Glu Gly His Ile Leu Lys Met Phe Pro Ser Thr Trp Tyr Val Sec Pyl".split())
# A plural acronym ("LNPs", "bsAbs", "CARs") is never numbered: digits after it are cited.
_PLURAL_ACRONYM = re.compile(r"[A-Z][a-z]?s$")
# A year with a citation glued on: "in 19828" is 1982 and 8, "Broecker 19609" 1960 and 9.
_YEAR_GLUED = re.compile(rf"(?<![\w.,])(?P<head>(?:1[6-9]\d\d|20[0-4]\d)(?:s|’s|'s)?)(?P<body>{_BODY})(?=[\s.,;:)]|$)")
_YEAR_WORD = re.compile(r"(?:\b(?:in|since|from|between|and|until|to|of|by|during|the|year|years|early|late|mid|circa|em|desde|entre|e|de|do|da|no|na)"
                        r"|[A-Z][\w'’-]+|\d{1,2},)\s+$")
# A numbered name with a citation glued on: "CD1965,66" is CD19 and 65,66.
# (Bounded: names are short, and an unbounded lazy run would rescan a long token.)
_NAME_GLUED = re.compile(rf"(?<![\w-])(?P<name>[A-Za-z][A-Za-z-]{{0,24}}?)(?P<digits>\d{{2,6}})(?P<rest>(?:(?:,|[{_DASHES}]\s?)\d{{1,3}})*)(?=[\s.,;:)]|$)")
# A callout pdftotext lifted onto a line of its own, amid a line it set one word to a
# line ("and / 4 / therapeutic cancer vaccines, / have"): the superscript is raised above
# the words it follows, so it comes out before them. (The reader puts it back where its
# hole shows, "(TME) . In"; after punctuation no hole is left.)
_LIFTED = re.compile(rf"(?<=[^\W\d_]|[,;:.)])\n(?P<body>{_BODY})(?=\n[^\W\d_(])")

# A superscript set apart by a space (SciELO's "<sup> 4 </sup>", Word's space before one)
# comes out of PDF text as a number standing alone: "… countries. 4 Several …",
# "… formatos 1. Habitualmente". After a clause's punctuation and before a new sentence
# or the line's end, prose prints no bare number (a page's "p. 12" and an initial's "J. 12"
# aside); after a word before its stop, or after a comma, only a new number is believed.
_SPACED_AFTER_MARK = re.compile(rf"(?<=[^\W\d_][.,;]|[)\]”’\"%][.,;])[ \t]{{1,3}}(?P<body>{_BODY})"
                                rf"(?=\s*\n\s*[“\"]?[A-ZÀ-ÖØ-Þ][a-zß-ÿ]|[ \t]+[“\"]?[A-ZÀ-ÖØ-Þ][a-zß-ÿ]|\s*$)")
# A number ends a sentence too, "… between 2016 and 2021. 15 Several", "… aged 5 to 11. 7
# Other"; a table's, a figure's or a section's number does not, "Table 2. 15 Patients".
_LABELLED_NUMBER = re.compile(r"\b(?:Tables?|Tabelas?|Tablas?|Figs?|Figures?|Figuras?|Sections?|Chapters?|Eqs?|Equations?|Box|"
                              r"Panels?|Steps?|Phases?|Types?|Groups?|Versions?|Nos?|Vol|vol|pp?|v|n|N|[Rr]efs?)\.?\s*\d+[.;]$")
_SPACED_AFTER_NUMBER = re.compile(rf"(?<=\d[.;])[ \t]{{1,3}}(?P<body>{_BODY})(?=[ \t]+[“\"]?[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
# "… in Barata et al. 10", "Freeman et al. 11 found": a number after "et al." is cited.
_SPACED_AFTER_ET_AL = re.compile(rf"(?<=\bet al\.)[ \t]{{1,3}}(?P<body>{_BODY})(?=[\s.,;:)]|$)")
# (Not before a comma: "ligand 1, PD-L1", "protein 2, which" name things.)
_SPACED_BEFORE_STOP = re.compile(rf"(?<=[a-zß-ÿ])[ \t]{{1,3}}(?P<body>{_BODY})(?=[.;:](?:\s|$))")
# After a comma, before a word that joins a clause ("equality, 3 with racial …"), not a
# noun it counts ("Of these, 3 patients …").
_SPACED_AFTER_COMMA = re.compile(rf"(?<=[^\W\d_%)],)[ \t]{{1,3}}(?P<body>{_BODY})(?=[ \t]*\n?[ \t]*(?:with|but|while|which|that|the|as|in|when|where|"
                                 rf"although|whereas|com|que|o|a|os|as|em|para|mas|el|la|los|las|con)\b)")
_INITIAL = re.compile(r"\b[A-Z]\.$")
# Words a number follows as its label or its quantity, not as a citation: "in phase 2.",
# "on day 7.", "aged 5 to 11.", "fase 3.", "de 2,3.".
_NUMBERED_WORDS = frozenset("""
    of to than from and or by at on in for with per over under about approximately nearly almost only
    was were is are be been aged age total mean median range ratio times each every all among between
    after before within until since phase type grade stage step day days week weeks month months year
    years hour hours minute minutes group groups arm cohort wave round visit dose doses cycle cycles level
    levels class version item items question chapter section table figure page line model case cases
    patient subject participant interviewee trial experiment session sample site area zone region plot
    scenario task condition criterion category domain factor component dimension equation appendix panel
    de da do das dos em no na nos nas com por para que foi foram era ser entre até cerca aproximadamente
    apenas tipo fase grupo grupos dia dias semana semanas mes meses mês ano anos hora horas nível versão
    questão capítulo seção tabela figura página linha modelo caso casos paciente etapa estágio grau
    del los las con según entre hasta unos unas año años día días capítulo sección cuadro gráfico
""".split())


def glued_numbers(text: str, max_number: int) -> set[int]:
    """Every list number some glued digits in ``text`` could cite, read as callouts or not
    ("factor α28,29", "MHC-I33-35" are left alone as names): where callouts are glued
    digits, an entry whose number is among these may be cited after all."""
    from .callouts import expand_callout  # (callouts imports this module)

    found: set[int] = set()
    for body in {match.group("body") for match in _GLUED.finditer(text)}:  # (each body read once)
        numbers, _, _ = expand_callout(body, max_number)  # (a range stops at the list's end)
        found.update(n for n in numbers if 0 < n <= max_number)
    return found


def _kind_of(token: str) -> str:
    """"plain" for a word a number cannot belong to ("mortality", "saúde", "long-term",
    "in", or punctuation); "capitalised" for "Liu" and "Siglec", which may also be a gene
    ("Stat3", "Cas9"); "symbol" for anything else ("BD", "HDAC", "αvβ")."""
    if not token:
        return "plain"  # digits straight after punctuation
    word = re.split(r"[‐-]", token)[-1] or token
    if word.lower() in _GREEK_NAMES:
        return "symbol"  # "omega2", "eta2", "chi2": a statistic's square, not a citation
    if word.lower() in _FUNCTION_WORDS and not word.isupper():
        return "plain"  # ("IN56" is a strain, not "in" cited as 56)
    if word == "al":
        return "plain"  # "Gordon et al10 (1988)": "et al" with its stop lost (aluminium is "Al")
    if not word.isalpha() or len(word) < 3 or _GREEK.search(word) or word in _AMINO_ACIDS:
        return "symbol"
    if word.islower():
        return "plain"
    return "capitalised" if word[0].isupper() and word[1:].islower() else "symbol"


_GREEK = re.compile(r"[\u0370-\u03ff]")
_GREEK_NAMES = frozenset("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
                         "tau upsilon phi chi psi omega".split())


class _Numbering:
    """The first citations so far, in text order: what a new callout may bring. A new
    number continues either the highest so far or the last new one: a text that cites a
    later work early ("… 29 …", then 18, 19, …) goes on from 18 as it runs on."""

    def __init__(self):
        self.cited: set[int] = set()
        self.highest = 0
        self.last_new = 0

    def fits(self, numbers, slack: int = 0) -> bool:
        """New numbers continue the first citations: the next ones, or (with ``slack``)
        after up to that many that the text has not cited yet or we missed."""
        fresh = sorted(n for n in numbers if n not in self.cited)
        if not fresh:
            return True
        start = fresh[0]
        if fresh != list(range(start, start + len(fresh))):
            return False
        return any(self._skips(anchor, start) <= slack for anchor in {self.highest, self.last_new})

    def _skips(self, anchor: int, start: int) -> int:
        """How many numbers not cited yet lie between ``anchor`` and ``start`` (start not
        after the anchor: never)."""
        if start <= anchor or start - anchor > len(self.cited) + 16:
            return 1 << 30  # (bounded: no walk over a long stretch of uncited numbers)
        return sum(n not in self.cited for n in range(anchor + 1, start))

    def brings_next(self, numbers) -> bool:
        return self.fits(numbers) and any(n not in self.cited for n in numbers)

    def add(self, numbers) -> None:
        fresh = [n for n in numbers if n not in self.cited]
        if fresh:
            self.last_new = max(fresh)
        self.cited.update(numbers)
        self.highest = max(self.highest, *numbers)


def find_glued_callouts(source: SourceText, start: int, end: int, max_number: int | None, make,
                        authors: Mapping[int, frozenset[str]] | None = None) -> list[Callout]:
    """Glued callouts in ``source.text[start:end]``; ``make`` builds a Callout from a span
    and its body (or returns ``None``); ``authors`` maps an entry's number to its authors'
    family names, casefolded ("Slade29" cites Slade's work whatever the numbering says)."""
    if not max_number:
        return []
    text = source.text
    # The title block's affiliation marks ("Shin1 and Kim2") come before the first heading.
    first_heading = re.search(r"^(?:#+\s*)?(?:abstract|summary|introduction|background|resumo|resumen)\b", text[start:end], re.I | re.M)
    if first_heading:
        start += first_heading.start()
    candidates: list[tuple[int, str, Callout, str]] = []  # (start, kind, callout, name)
    taken: set[int] = set()  # where accepted glued bodies end: one reading per token
    terms = _numbered_terms(text)
    for match in _GLUED.finditer(text, start, end):
        before = text[max(0, match.start() - 8): match.start()]
        abbreviation = re.search(r"\b(?:e\.g|i\.e|cf)\.?$", before)  # not the unit "g"
        callout = make(source, match.start(), match.end(), match.group("body"), "glued", max_number)
        if callout is None or max(callout.numbers) > max_number or text[match.end(): match.end() + 1] in ("+", "⁺"):
            continue
        if _NOT_AFTER.search(before) or (_UNIT_BEFORE.search(before) and not abbreviation):
            # After a decimal and its comma ("from 6.5 to 7.0,18 while") or a unit ("4 m19,34,36"),
            # only what can be no number or power: a word follows, or several numbers rise past
            # 3. ("7.2.21 This" stays: it reads as a version or a section number.)
            after_decimal = re.search(r"\s\d+\.\d+,$", before) and re.match(r"\s+[a-z]", text[match.end(): match.end() + 3])
            # (A power is 1 to 3; "6.6 ± 0.4 Sv19, and" is no quantity — a unit follows its
            # number — so 19 is cited, if the numbering agrees.)
            after_unit = (_UNIT_BEFORE.search(before) and not _NOT_AFTER.search(before)
                          and ((len(callout.numbers) > 1 and max(callout.numbers) > 3)
                               or (min(callout.numbers) >= 10 and re.match(r"[.,;]?\s", text[match.end(): match.end() + 2]))))
            if not (after_decimal or after_unit):
                continue
            candidates.append((match.start(), "number", callout, match.group("body")))
            taken.add(match.end())
            continue
        token = re.search(r"[\w‐-]*$", before).group(0)
        if re.search(r"\b[A-Z]{2,5}\.$", before) and not re.match(r"\s+[A-Z(]", text[match.end(): match.end() + 3]):
            continue  # "PU.1," is a name; "… of ATP.16 The …" ends a sentence with a callout
        kind = "plain" if abbreviation else _kind_of(token)
        if (token + re.match(r"\d+", match.group("body")).group()).lower() in terms:
            continue  # "covid19": a term whose hyphen the extraction dropped, not "covid" cited as 19
        if kind != "plain" and text[match.start() - len(token) - 1: match.start() - len(token)] in ("(", "[") and (
                text[match.end(): match.end() + 1] in (")", "]")):
            continue  # "(SIRT1–7)", "(CPQ8-10)", "[Ca2]": a family of names, or a formula, in brackets
        candidates.append((match.start(), kind, callout, token + match.group("body")))
        taken.add(match.end())
    candidates += _spaced_candidates(source, start, end, max_number, make)
    if sum(kind in _NUMBERING_KINDS for _, kind, _, _ in candidates) < 3 or min(
            (min(c.numbers) for _, kind, c, _ in candidates if kind in _NUMBERING_KINDS), default=99) > 3:
        return []  # too few, or not starting at the list's start: not a numbering
    # How often each name is written: alone ("GluN1" in "GluN1-containing" counts) and
    # with its hyphens ("NCR-300"), for the numbered-name test.
    words, hyphenated = _written_counts(text)
    for match in _YEAR_GLUED.finditer(text, start, end):
        if _YEAR_WORD.search(text[max(0, match.start() - 12): match.start()]):
            body_start = match.start("body")
            callout = make(source, body_start, match.end(), match.group("body"), "glued", max_number)
            if callout and max(callout.numbers) <= max_number and match.end() not in taken:
                candidates.append((body_start, "year", callout, match.group("head")))
    for match in _NAME_GLUED.finditer(text, start, end):
        split = _name_split(match, words, hyphenated, max_number)
        if split is not None and match.end() not in taken:
            body_start = match.start("digits") + split
            callout = make(source, body_start, match.end(), text[body_start: match.end()], "glued", max_number)
            if callout:
                candidates.append((body_start, "name", callout, match.group("name") + match.group("digits")[:split]))
    for match in _LIFTED.finditer(text, start, end):
        before = text[text.rfind("\n", start, match.start()) + 1: match.start()]
        if len(before.split()) == 1 and not _NOT_AFTER.search(before) and match.end() not in taken:
            callout = make(source, match.start("body"), match.end(), match.group("body"), "glued", max_number)
            if callout and max(callout.numbers) <= max_number:
                candidates.append((match.start("body"), "lifted", callout, before.strip()))
    candidates.sort(key=lambda c: c[0])
    # How often each acronym is written with digits glued on ("HDAC1", "BD10"), all numbers
    # together, and with how many different numbers.
    numbered, members = Counter(), Counter()
    for word, count in words.items():
        glued = re.fullmatch(r"([A-Z]{2,6})\d{1,3}", word)
        if glued:
            numbered[glued.group(1)] += count
            members[glued.group(1)] += 1
    numbering = _Numbering()
    kept: list[Callout] = []
    for _, kind, callout, name in candidates:
        if (kind == "plain" or _names_its_author(kind, callout, name, authors or {}) or _believable(kind, callout, name, numbering, words)
                or _after_an_acronym_used_alone(kind, callout, name, numbering, words, text, numbered, members)):
            kept.append(callout)
            numbering.add(callout.numbers)
    return kept


# The kinds of candidate that can show a text numbers its sources: digits after a plain
# word or punctuation, glued or set apart.
_NUMBERING_KINDS = frozenset({"plain", "spaced", "spaced-new"})


def _spaced_candidates(source: SourceText, start: int, end: int, max_number: int, make) -> list[tuple[int, str, Callout, str]]:
    """Numbers standing alone where a spaced superscript was: after a clause's mark, a
    number's stop or "et al." ("spaced"); after a comma or a word ("spaced-new": believed
    only when the numbers are new)."""
    text = source.text
    found = []

    def add(match: re.Match, kind: str, name: str = "") -> None:
        callout = make(source, match.start("body"), match.end(), match.group("body"), "glued", max_number)
        if callout and max(callout.numbers) <= max_number:
            found.append((match.start("body"), kind, callout, name))

    after_marks = [m for m in _SPACED_AFTER_MARK.finditer(text, start, end)
                   if not (_NOT_AFTER.search(text, max(0, m.start() - 8), m.start()) or _INITIAL.search(text, max(0, m.start() - 3), m.start()))]
    after_numbers = [m for m in _SPACED_AFTER_NUMBER.finditer(text, start, end)
                     if not _LABELLED_NUMBER.search(text, max(0, m.start() - 24), m.start())]
    matches = {m.start(): m for m in after_marks + after_numbers + list(_SPACED_AFTER_ET_AL.finditer(text, start, end))}
    for _, match in sorted(matches.items()):  # (one reading per place: "et al. 10" / "Covariables")
        add(match, "spaced")
    for match in _SPACED_AFTER_COMMA.finditer(text, start, end):
        add(match, "spaced-new")
    for match in _SPACED_BEFORE_STOP.finditer(text, start, end):
        word = re.search(r"(?<![^\W\d_])[^\W\d_]{3,}$", text[max(0, match.start() - 24): match.start()])
        if word and word.group().islower() and word.group() not in _NUMBERED_WORDS and word.group() not in _FUNCTION_WORDS:
            add(match, "spaced-new", word.group())
    return found


def _names_its_author(kind: str, callout: Callout, name: str, authors: Mapping[int, frozenset[str]]) -> bool:
    """Whether the word before the digits is the surname of an author of a work they
    number: "Manabe and Stouffer23-25", "recommended by Slade29". A name repeated in the
    text ("Stouffer" four times) is no numbered term when its digits cite the name's work."""
    if kind not in ("capitalised", "symbol"):
        return False
    token = re.sub(r"[\d,‐–-]+$", "", name)
    return len(token) >= 3 and any(token.casefold() in authors.get(n, ()) for n in callout.numbers)


@lru_cache(maxsize=4)
def _written_counts(text: str) -> tuple[Counter, Counter]:
    """How often each word of the whole text is written: alone, and with its hyphens.
    (Read only; cached because the body's regions are read one by one over one text.)"""
    return Counter(re.findall(r"[^\W_]+", text)), Counter(re.findall(r"[\w‐-]+", text))


@lru_cache(maxsize=4)  # (once per text, not once per region of its body)
def _numbered_terms(text: str) -> frozenset[str]:
    """Word-and-number terms written with a hyphen somewhere ("COVID-19"), lower-cased
    and without it: "covid19" at a line end lost its hyphen, it is not "covid" cited as 19.
    (A word glued to the same number twice is no such sign: "studies1" may recur.)
    The look-behind starts a match only where a word starts: from inside a long word
    with no hyphen each letter would rescan the rest of it (quadratic)."""
    return frozenset(m.lower().replace("-", "").replace("‐", "") for m in re.findall(r"(?<![^\W\d_])[^\W\d_]+[-‐]\d+", text))


_MORE_NUMBERS = re.compile(rf"(?<=\d)(?:(?:,|[{_DASHES}]\s?)\d{{1,3}})+$")


def _believable(kind: str, callout: Callout, name: str, numbering: _Numbering, words: Counter) -> bool:
    """Whether glued digits that are not after a plain word are a callout. ``name`` is the
    token with its digits ("Liu55", "HDAC1", "CPQ8-10"); one written so more than once is
    a name ("Stat3", "Cas9"), never a citation."""
    several = len(callout.numbers) > 1
    if kind in ("year", "number", "spaced"):
        return numbering.fits(callout.numbers, slack=3 if kind == "spaced" else 0)
    if kind == "spaced-new":
        # (Only new numbers, next but for up to three a garbled text lost: "in phase 2."
        # may re-cite nothing.)
        return (numbering.fits(callout.numbers, slack=3) and bool(numbering.cited)
                and not numbering.cited.intersection(callout.numbers)) or numbering.brings_next(callout.numbers)
    if kind in ("name", "lifted"):
        # (A lifted number may be a quantity read in its place, "for / 30 / min.": only
        # the very next first citation, or several that the numbering has brought.)
        return numbering.brings_next(callout.numbers) or (several and numbering.fits(callout.numbers))
    # (The name as written with its first number: "MHC-I33" of "MHC-I33-35", "CPQ8" of "CPQ8-10".)
    written = _MORE_NUMBERS.sub("", name)
    if words[re.split(r"[‐-]", written)[-1]] > 1 or FORMULA.fullmatch(written):
        return False
    if kind == "capitalised":
        return numbering.fits(callout.numbers, slack=2)  # "Ardulink22" after 20: 21 may be cited later
    # After an acronym or a symbol ("BD4", "HDAC1", "MgCl2", "mm3").
    token = name.rstrip("0123456789,-‐–")
    token = re.sub(r"\d+$", "", token)
    if _PLURAL_ACRONYM.search(token):
        return True  # "LNPs31-33,38": a plural is never numbered (in a PDF, order is no evidence)
    if _GREEK.fullmatch(token) and several:
        return numbering.fits(callout.numbers)  # "tumor necrosis factor α28,29"
    if len(token) < 2:
        return False  # "A2:01", "x2": a variable or an allele
    if several:
        return numbering.fits(callout.numbers)
    # A single number is the very next first citation, after a name used nowhere else.
    return numbering.brings_next(callout.numbers)


# Where a clause ends: a stop, semicolon or colon before the next sentence or the line's
# end, a dash, or a closing bracket.
# (pdftotext sets a space between a superscript and the stop after it: "BD10 . Nonetheless".)
_CLAUSE_END = re.compile(r"(?:\s?[.;:](?:\s+[A-Z(]|\s*$)|\s*[—–]|\))")


def _after_an_acronym_used_alone(kind: str, callout: Callout, name: str, numbering: _Numbering, words: Counter,
                                 text: str, numbered: Counter, members: Counter) -> bool:
    """"… in people with BD10. Nonetheless": digits glued to an acronym the manuscript
    writes alone at least three times, and alone three times as often as with digits
    ("BD" 35 times, "BD10", "BD69", … 7 times), at a clause's end, citing entries the
    numbering has brought, or the very next. A numbered family ("HDAC1", "HDAC2", "CD4") is
    written with its numbers about as often as without them, or more; and one isoform named
    once at a sentence's end ("… by HDAC6.") cites nothing unless the acronym carries other
    numbers elsewhere too (citations glued to it) or its number is the next first citation."""
    if kind != "symbol":
        return False
    token = re.split(r"[‐-]", re.sub(r"[\d,‐–-]+$", "", name))[-1]  # ("AWI-CM3": the word is "CM")
    if not re.fullmatch(r"[A-Z]{2,6}", token) or words[token] < max(3, 3 * numbered[token]):
        return False
    if not _CLAUSE_END.match(text, callout.span.end):
        # Mid-clause, only an acronym the text writes alone far more often still ("HNSCC"
        # 37 times, with digits 4), re-citing works already cited: "… expected in
        # HNSCC46, and …". A family ("TLR4", "TLR2") is written with its numbers oftener.
        return (words[token] >= 8 * numbered[token] and members[token] >= 2
                and all(n in numbering.cited for n in callout.numbers))
    return numbering.brings_next(callout.numbers) or (members[token] >= 2 and (
        all(n in numbering.cited for n in callout.numbers) or numbering.fits(callout.numbers)))


def _name_split(match: re.Match, words: Counter, hyphenated: Counter, max_number: int) -> int | None:
    """Where the digits of "CD1965,66" divide into a name written elsewhere ("CD19", or
    "CD20" inside "anti-CD20") and a citation (65, 66); ``None`` when no division is
    attested. A name never written alone still divides when more numbers follow
    ("NCR-30099,100"): the citation is the longest tail that rises into them, and the
    numbering alone then decides whether it is one."""
    name, digits = match.group("name"), match.group("digits")
    for split in range(len(digits) - 1, 0, -1):
        head, tail = digits[:split], digits[split:]
        if tail.startswith("0") or int(tail) > max_number or len(tail) > 3:
            continue
        if (words[name + head] or hyphenated[name + head]) and not FORMULA.fullmatch(name + head):
            return split
    following = re.findall(r"\d+", match.group("rest"))
    if not following or not re.search(r"[A-Z]", name):
        return None  # ("CD19", "NCR-300", "gp100": only a name written elsewhere may be lower-case)
    for split in range(max(1, len(digits) - 3), len(digits)):  # the longest tail first
        tail = digits[split:]
        if not tail.startswith("0") and int(tail) < int(following[0]) <= max_number:
            return split
    return None
