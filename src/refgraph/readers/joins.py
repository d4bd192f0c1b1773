"""Hyphens pdftotext dropped where it joined a line to the next.

pdftotext mends a word broken at a line end ("treat-" / "ment") by joining the two lines
and dropping the hyphen. That is right for a typesetter's soft hyphen and wrong for a
compound's own hyphen or a page range's: "dendritic cell-" / "derived exosomes" comes out
as "cellderived", and "2021;28:952-" / "968." as "952968". A compound printed
hyphenated elsewhere in the text is mended by :func:`.pdftext.hyphen_restorer`; this
module mends the ones printed once.

The join leaves a trace: the joined line is about twice as long as the page's other
lines, and the broken word straddles the place where the first line ended, about one
line's width in. There, and only there:

* a run of digits after a volume's colon that reads as a rising page range ("952968"
  → "952-968");
* a word that is no word, neither in the text elsewhere nor in the scholarly word list
  (``refgraph/data/scholarly-words.json``, from thousands of references' titles), made
  of two words that are, the first known to open compounds or the second to close them
  ("cellderived" → "cell-derived", "withingeneration" → "within-generation").

A word written whole ("treatment", "anticancer"), or with a part that is no word
("hyphenation"), or of two words that do not make compounds ("under" + "stand"), stays
as joined: a typesetter's soft hyphen is then the likelier reading.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..references.patterns import YEAR
from ..references.vocabulary import scholarly_lists
from ..words import SUFFIXES, prefix_like

_TOKEN = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_PAGES_BEFORE = re.compile(r"(?:[:;,]\s?|\bpp?\.\s?)$")
# Where a range that ends a line must stand to be mended alone: after a volume's colon
# ("2008;69:946958") or "pp." — not after any comma, where years stand ("Lee, 2021").
_PAGES_AFTER_VOLUME = re.compile(r"(?:\d[)\]]?:\s?|\bpp?\.\s?)$")
_YEAR = re.compile(YEAR)
_MIN_PART = 3
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def join_mender(text: str) -> Callable[[str], str]:
    """A function that mends one page of ``text`` (the whole extraction, for the counts)."""
    # Words printed whole, not where a join made them: "peptidebased" joined twice is not
    # written whole.
    vocabulary = Counter(word.lower() for word in words_printed_whole(text, _LETTERS))
    # The text's own compounds say which words make them ("treatment-resistant").
    compounds = [c.lower().split("-") for c in _COMPOUND.findall(text)]
    _, known_opens, known_closes = scholarly_lists()
    opens = known_opens | {part for parts in compounds for part in parts[:-1]}
    closes = known_closes | {part for parts in compounds for part in parts[1:]}
    typeset = _hyphenated_by_typesetter(text)

    def mend(page: str) -> str:
        lines = page.split("\n")
        width = _line_width(lines)
        if not width:
            return page
        return "\n".join(_mend_line(line, width, vocabulary, opens, closes, typeset) if _is_joined(line, width)
                         else _mend_tail(line, width, page) for line in lines)

    return mend


# Of a hyphenating typesetter's lines (TeX, InDesign), one in twenty or more ended in a cut
# word that pdftotext joined to the next line: 5-16% of the LaTeX-typeset corpus cases'
# lines. A browser's or a word processor's print cuts only compounds at their own hyphen:
# under 4% of the Chromium-printed ones.
_TYPESET_JOINS = 0.045


def _hyphenated_by_typesetter(text: str) -> bool:
    """Whether the text's lines were hyphenated by its typesetter, by how many of them
    pdftotext joined: then a word it joined after a prefix ("socio" + "demographic") may
    have been cut at a soft hyphen, and is left whole."""
    joined = written = 0
    for page in text.split("\f"):
        lines = page.split("\n")
        width = _line_width(lines)
        if width:
            written += sum(1 for line in lines if line.strip())
            joined += sum(1 for line in lines if _is_joined(line, width))
    return written > 0 and joined >= _TYPESET_JOINS * written


def words_printed_whole(text: str, pattern: re.Pattern) -> list[str]:
    """The words of ``text`` that ``pattern`` finds, but for those where a join may have
    made them: on a joined line, across the place where its first line ended."""
    found = []
    for lines in (page.split("\n") for page in text.split("\f")):
        width = _line_width(lines)
        for line in lines:
            if not (width and _is_joined(line, width)):
                found += pattern.findall(line)
                continue
            low, high = _window(width)
            found += [m.group() for m in pattern.finditer(line) if m.end() <= low or m.start() >= high]
    return found


def _line_width(lines: list[str]) -> int:
    """The width of a full line on this page (0 when too few lines to tell)."""
    lengths = sorted(len(line) for line in lines if len(line.strip()) >= 15)
    if len(lengths) < 8:
        return 0
    return lengths[int(0.8 * (len(lengths) - 1))]


def _is_joined(line: str, width: int) -> bool:
    return len(line) >= 1.35 * width and len(line) - width >= 12


def _window(width: int) -> tuple[int, int]:
    """Where in a joined line the first line ended (the join point lies within)."""
    # (The width is a typical full line's; a justified line with a long word can run longer.)
    return int(0.5 * width), int(1.15 * width) + 2


def _mend_line(line: str, width: int, vocabulary: Counter, opens: frozenset, closes: frozenset, typeset: bool = False) -> str:
    low, high = _window(width)
    for token in (m for m in _TOKEN.finditer(line) if m.start() < high and m.end() > low):
        # "qualityof" in "qualityof-life", "toend" in "end-toend": a compound that goes on.
        chained = line.startswith("-", token.end()) or line[token.start() - 1:token.start()] == "-"
        shortest = 1 if token.group().isdigit() else 2 if chained else _MIN_PART
        cuts = [i for i in range(shortest, len(token.group())) if low <= token.start() + i <= high]
        mended = (_page_range(token, line, cuts) if token.group().isdigit()
                  else _compound(token.group(), cuts, vocabulary, opens, closes, chained, typeset)
                  or _number_then_word(token.group(), cuts, vocabulary))
        if mended:
            return line[:token.start()] + mended + line[token.end():]
    return _capital_after_join(line, low, high, vocabulary)


# A capital straight after a lower-case letter or a digit ("FurlettiGóis", "midPliocene",
# "3Sulfogalactosyl"): a typesetter's soft hyphen never stands before a capital, so where
# pdftotext joined two lines there the hyphen was the compound's own. Names written that
# way ("McDonald", "DeWilde", "MacArthur") open with a short particle.
_NAME_PARTICLES = frozenset("mc mac de di da du van von la le o fitz".split())


def _capital_after_join(line: str, low: int, high: int, vocabulary: Counter) -> str:
    """The one word in the join window with a capital inside, its hyphen restored; none
    when there are two (not sure which), or when the text prints the word whole elsewhere."""
    found = []
    for token in _TOKEN.finditer(line):
        if token.end() <= low or token.start() >= high:
            continue
        word = token.group()
        if vocabulary[word.lower()] > 0 or word.lower() in scholarly_lists()[0]:
            continue
        for i in range(1, len(word) - 2):
            first, rest = word[:i], word[i:]
            if (low <= token.start() + i <= high and rest[0].isupper() and rest[1:].isalpha() and rest[1:].islower()
                    and len(rest) >= 3 and (first.isdigit() or first[-1].islower() and len(first) >= 3)
                    and first.lower() not in _NAME_PARTICLES and not any(c.isdigit() for c in rest)):
                found.append((token, i))
    if len(found) != 1:
        return line
    token, i = found[0]
    return line[:token.start() + i] + "-" + line[token.start() + i:]


_DIGITS = re.compile(r"\d+")
_RUN_THEN_WORDS = re.compile(r"(?<![\w.])(\d{6,10})(?=[.,;]\s+\S)")


def _mend_tail(line: str, width: int, page: str) -> str:
    """A page range whose end alone was carried over ("2008;69:946-" / "958."): the
    joined line is no longer than a full one, so the range must say it itself, its two
    halves of one length and close ("946958"; an article number such as "123606" is not,
    nor one that ends an identifier on the page: MDPI's "2020;17(11):4072." and its DOI
    "10.3390/ijerph17114072", Cell Press's "4:101133." and "10.1016/j.xcrm.2023.101133").
    The end may have carried the rest of its line with it ("…;62:147-" / "152. doi:…"
    comes out as "…;62:147152. doi:…"): then only halves of three digits or more, where
    article numbers are rarely close and rising."""
    if len(line) < 0.85 * width:
        return line
    last = re.search(r"(\d{4,10})[.,;]?$", line)
    runs = ([last] if last else []) + list(_RUN_THEN_WORDS.finditer(line))
    for run in runs:
        token = _DIGITS.search(line, run.start(1))
        digits = token.group()
        if (len(digits) % 2 or not _PAGES_AFTER_VOLUME.search(line[:token.start()])
                or re.search(rf"(?:[^\W_]|[./]){digits}(?!\w)", page)):  # ("ijerph17114072", "xcrm.2023.101133")
            continue
        mended = _page_range(token, line, [len(digits) // 2], closest=60)
        if mended:
            return line[:token.start()] + mended + line[token.end():]
    return line


def _page_range(token: re.Match, line: str, cuts: list[int], closest: int = 1000) -> str | None:
    """"952968" after "28:" → "952-968": of the rising splits, the closest pair."""
    digits = token.group()
    if len(digits) < 4 or _YEAR.fullmatch(digits) or not _PAGES_BEFORE.search(line[:token.start()]) or not re.match(r"(?:[.,;)]|\s|$)", line[token.end():]):
        return None
    return rising_split(digits, [i for i in cuts if len(digits) - i <= i], closest, abbreviated=True)


def rising_split(digits: str, cuts, closest: int | None = None, abbreviated: bool = False) -> str | None:
    """Digits that were a range before a line end took its hyphen: of the splits at
    ``cuts`` into a rising pair (no half opening with 0), the closest ("7779" → "77-79",
    "1014" → "10-14"); with ``closest``, only a pair nearer than that. With
    ``abbreviated``, a page range may print its end short, as Vancouver does ("9546" is
    "954-6", pages 954 to 956)."""
    def end(i: int) -> int:
        tail = digits[i:]
        return int(digits[:i][: max(0, i - len(tail))] + tail) if abbreviated else int(tail)

    # (The fewest digits left out first: "22634" is "226-34", not "2263-4".)
    splits = [(max(0, i - (len(digits) - i)) if abbreviated else 0, end(i) - int(digits[:i]), i) for i in cuts if digits[i] != "0"
              and 0 < end(i) - int(digits[:i]) < (closest or end(i) + 1)]
    if not splits:
        return None
    cut = min(splits)[2]
    return f"{digits[:cut]}-{digits[cut:]}"


# A participle closes compounds whatever word comes first ("insertion-mutated",
# "nucleoside-modified", "glucose-lowering").
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)")


def _number_then_word(word: str, cuts: list[int], vocabulary: Counter) -> str | None:
    """"CD19positive" → "CD19-positive", "H2O2induced" → "H2O2-induced": a name that
    ends in digits joined to a word (one the word list or the text knows). A typesetter breaks no word that holds a
    digit, so the hyphen after one was the compound's."""
    known = scholarly_lists()[0]
    splits = [i for i in cuts if word[i - 1].isdigit() and word[i:].isalpha() and word[i:].islower()
              and len(word) - i >= _MIN_PART and (word[i:] in known or vocabulary[word[i:]] > 0)]
    if len(splits) != 1 or vocabulary[word.lower()] > 0:
        return None
    return f"{word[:splits[0]]}-{word[splits[0]:]}"


_LITTLE_WORDS = frozenset("of to in on by at up".split())


def _compound(word: str, cuts: list[int], vocabulary: Counter, opens: frozenset, closes: frozenset,
              chained: bool = False, typeset: bool = False) -> str | None:
    """"cellderived" → "cell-derived": no word itself, but two words that make compounds
    (``opens`` and ``closes``: the words known to open and to close them), or two words
    in a compound that goes on ("qualityof-life": one of its hyphens is still there)."""
    known = scholarly_lists()[0]
    lower = word.lower()
    if len(word) < (4 if chained else 2 * _MIN_PART) or not word.isalpha() or vocabulary[lower] > 0 or lower in known:
        return None

    def is_word(part: str) -> bool:
        return part in known or vocabulary[part] > 0

    # (The second part in capitals only in a title's capitals: "PeptideBased".)
    # (Never at a suffix, "wan-ing"; in a hyphenated text, not after a prefix or a combining
    # form either, "psycho-metric": such a cut is the typesetter's as often as the compound's.
    # Within a chain, a part of two letters is a little word: "quality-of-life", not
    # "substance-ab-using".)
    splits = [i for i in cuts if len(word) - i >= (2 if chained else _MIN_PART) and (word[i].islower() or word[0].isupper() and word[i + 1:].islower())
              and is_word(lower[:i]) and is_word(lower[i:]) and lower[i:] not in SUFFIXES and not (typeset and prefix_like(lower[:i]))
              and not (chained and min(i, len(word) - i) < 3 and not {lower[:i], lower[i:]} & _LITTLE_WORDS)
              and (chained or lower[:i] in opens or lower[i:] in closes or _PARTICIPLE.fullmatch(lower[i:]))]
    if len(splits) != 1:
        return None  # no split, or several: not sure where the hyphen was
    cut = splits[0]
    return f"{word[:cut]}-{word[cut:]}"
