"""Words cut at a line end: a typesetter's soft hyphen ("tu-" / "mours") or a compound's
own ("single-" / "cell")? The document is the dictionary.

A typesetter that hyphenates (TeX, InDesign) leaves many cuts whose halves are no words
of the text while the whole word is ("popula-" / "tions", "populations" elsewhere); a
browser or a word processor leaves none, and its line-end hyphens are all real. In a
hyphenated text a cut word printed whole elsewhere is joined, and a compound whose halves
are both words of the text keeps its hyphen; one whose halves the text prints nowhere else
(a title in the reference list) keeps it when both are words of the scholarly word list.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Where a cut may be: found first, so the word pattern runs only there (run over every
# word of a long text, it tried each one's every letter as a start: half a second per 10 MB).
_HYPHEN_NEWLINE = re.compile(r"[-‐]\n[ \t]*(?=[^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")
_WORD = re.compile(r"[^\W\d_]+")
# Cuts whose halves are no words but whose whole word is: enough of them, and more than
# cuts between two words, and the text was hyphenated by its typesetter.
_LEAST_TYPESET_CUTS = 3


def vocabulary(text: str) -> Counter:
    """How often each word occurs: a fragment cut at a line break occurs once, a word twice or more."""
    return Counter(map(str.lower, _WORD.findall(text)))


def line_end_cuts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, fragment, head) of every "frag-" / "head" cut at a line end."""
    cuts: list[tuple[int, int, str, str]] = []
    for hyphen in _HYPHEN_NEWLINE.finditer(text):
        if cuts and hyphen.start() <= cuts[-1][1]:
            continue  # "ab-" / "cd-" / "ef": the second cut's word is the first's head
        before = _WORD_BEFORE.search(text, max(0, hyphen.start() - 64), hyphen.start())
        if before is None:
            continue
        start = before.start()
        while start > 0 and _WORD.match(text[start - 1]):  # a word longer than the window
            start -= 1
        head = _WORD.match(text, hyphen.end())
        cuts.append((start, head.end(), text[start:hyphen.start()], head.group(0)))
    return cuts


@dataclass(frozen=True)
class LineEndWords:
    """A text's words and its hyphenation habit, to judge each cut against."""

    words: Counter
    typeset: bool  # the typesetter hyphenated words at line ends

    @classmethod
    def of(cls, text: str) -> "LineEndWords":
        # The halves of the cuts are not counted: a word cut twice at the same syllable
        # ("preex-" / "isting" in two places) is not thereby a word of the text.
        cuts = line_end_cuts(text)
        kept, position = [], 0
        for start, end, _, _ in cuts:
            kept.append(text[position:start])
            position = end
        kept.append(text[position:])
        words = vocabulary(" ".join(kept))
        soft = compound = 0
        for _, _, fragment, head in cuts:
            fragment = fragment.lower()
            if not head[0].islower():
                continue
            head = head.lower()
            if words[fragment + head] and not words[fragment] and not words[head]:
                soft += 1
            elif words[fragment] > 1 and words[head] > 1:
                compound += 1
        return cls(words, soft >= _LEAST_TYPESET_CUTS and soft > compound)

    def keeps_hyphen(self, fragment: str, head: str, across_blocks: bool = False) -> bool:
        """Whether "fragment-" at a line end and "head" on the next line are a hyphenated
        compound ("treatment-" + "resistant") rather than one word cut in two ("Ket-" +
        "amine"). Within the lines of a text its typesetter did not hyphenate, every
        hyphen is real, unless neither half is a word and the whole is; across a page or
        column break that a conversion left (blocks), the words decide."""
        whole, first, second = (self.words[(fragment + head).lower()], self.words[fragment.lower()],
                                self.words[head.lower()])
        if whole and not second and (not first or len(fragment) <= 2):
            # "prefron-" / "tal", "prefrontal" elsewhere: a cut word whatever the habit; so is
            # "Re-" / "cipients" across a page break, though "Re" may be a word of the text
            # (a first half of two letters opens no compound whose second half is no word).
            return False
        if not self.typeset and not across_blocks:
            return True
        if whole:
            return False
        if first > 1 and second > 1:
            return True
        return _compound_of_words(fragment, head.lower())


# Prefixes that a compound may or may not hyphenate ("pre-targeting" and "pretargeting"):
# no word list says which, so the typesetter's cut is taken as its own.
_PREFIXES = frozenset("anti bio co counter de di inter intra micro mid multi non over post pre pro re semi sub super "
                      "trans tri ultra un under".split())
# Endings no compound's second word is ("wan-" / "ing" is "waning" cut).
SUFFIXES = frozenset("ing ings ed ment ments tion tions ness ity ities able ible ous ive ism ist less ful ally ical".split())


def prefix_like(first: str) -> bool:
    """Whether a compound's first part is a prefix or a combining form ("psycho-", "socio-",
    "hydro-"), which compounds join as often as they hyphenate: no word list can say."""
    first = first.lower()
    return first in _PREFIXES or (len(first) >= 4 and first.endswith("o"))


def _compound_of_words(fragment: str, head: str) -> bool:
    """Whether the two halves of a cut that the text cannot judge (a reference list's
    title, each half printed once) are words that make a compound ("promoter-" /
    "mediated", "insertion-" / "mutated" in a hyphenated PDF): both are words of the
    scholarly word list, the first no prefix nor a combining form ("psycho-" / "metric",
    "hydro-" / "static"), and the whole no word of it ("with-" / "out" is "without" cut).
    A capitalised first half is a name's ("John-" / "stone", "Kan-" / "bay"): names cut
    at a syllable outnumber compounds that open a title."""
    from .references.vocabulary import scholarly_words  # (only for a typeset text's cuts)

    words = scholarly_words()
    first = fragment.lower()
    return (len(first) >= 3 and fragment[0].islower() and not prefix_like(first) and head not in SUFFIXES
            and first in words and head in words and first + head not in words)
