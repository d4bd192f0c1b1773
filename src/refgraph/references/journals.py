"""Journal names a reading can trust: the titles and abbreviations of JabRef's journal
lists (CC0), normalised so that "J. Am. Chem. Soc.", "J Am Chem Soc" and "Journal of the
American Chemical Society" are each found however they are dotted, cased or accented.

A name being on the list is evidence, not proof: it settles where a journal begins when
the reading is unsure ("Smith, J.; Lee, K. J. Am. Chem. Soc. 2012" — "J." is the
journal's, because "J. Am. Chem. Soc." is a journal and "Am. Chem. Soc." is not).
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from .patterns import UNDECOMPOSED

LIST_NAME = "journal-names.txt.gz"
_NOT_WORD = re.compile(r"[^0-9a-z]+")




def journal_key(name: str) -> str:
    """The form names are compared in: accents, case, dots and "the" dropped, "&" as "and".
    A name in another script has no key (its letters would vanish, leaving "Big Data" of
    "빅데이터(Big Data) 활용방안" to match a journal)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("&", " and ").translate(UNDECOMPOSED))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    if any(ord(c) > 127 and c.isalpha() for c in bare):
        return ""
    key = _NOT_WORD.sub(" ", bare.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    data = (resources.files("refgraph") / "data" / LIST_NAME).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").splitlines())


@lru_cache(maxsize=1)
def _longest_known() -> int:
    return max(map(len, _known()))


@lru_cache(maxsize=1)
def longest_known_words() -> int:
    """Words in the longest listed name (as keyed: a printed name may hold a few more,
    its dashes and a leading "The")."""
    return max(key.count(" ") + 1 for key in _known())


def known_journal(name: str) -> bool:
    """Whether ``name`` is a journal's title or abbreviation on the bundled lists."""
    if len(name) > 3 * _longest_known():
        # (No key that long is listed: callers try every tail of a long reading, and
        # keying each one whole made a reading of thousands of words quadratic.)
        return False
    key = journal_key(name)
    return bool(key) and key in _known()


def letter_is_a_series(journal: str, letter: str) -> bool:
    """Whether a capital glued to a number after ``journal`` names the journal's series
    ("Phys. Rev. D78", "Phys. Lett. B694") rather than opening an article number, as IOP's
    do ("J. Stat. Mech. L07001", "JINST P01019"): it does unless the lists know the
    journal without the letter and not with it."""
    return not (known_journal(journal) and not known_journal(f"{journal} {letter}"))
