"""Readable, stable citation keys: ``berman2000antidepressant``, disambiguated ``a``/``b``."""
from __future__ import annotations

import re
import unicodedata

from ..references.model import Reference

_STOPWORDS = frozenset(
    "a an and are as at be by does do for from has have how in is it its of on or the to was were what when "
    "which who why with via versus vs".split()
)


_NOT_KEY_CHARACTER = re.compile(r"[^a-z0-9]")
_WORD = re.compile(r"[^\W_]+")


def ascii_word(text: str) -> str:
    """``text`` as a key's word: accents dropped ("Müller" → "muller"); a word in another
    script transliterated ("Иванов" → "ivanov", "王伟" → "wangwei") rather than lost, so a
    Chinese or Russian first author gives a key of their own, not "ref2015"."""
    folded = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    word = _NOT_KEY_CHARACTER.sub("", folded.lower())
    if not word and text.strip():
        from anyascii import anyascii  # (only for words no accent-folding can spell)

        word = _NOT_KEY_CHARACTER.sub("", anyascii(text).lower())
    return word


def base_key(ref: Reference) -> str:
    first = ref.first_author
    # (A body's first word; a person read from damaged text may have no name at all: "UmedaH .".)
    name = ascii_word(first.family or " ".join(first.literal.split()[:1])) if first else ""
    # Lazily: only the title's first word or two are ever needed.
    words = (w for w in map(ascii_word, _WORD.findall(ref.title)) if w and w not in _STOPWORDS and not w.isdigit())
    word = next(words, "")
    if not name:
        name = word or "ref"
        word = next((w for w in words if w != name), "")
    return f"{name}{ref.year[:4]}{word}" or f"ref{ref.position}"


def citation_keys(references) -> dict[int, str]:
    """Reference position → unique key; clashes get ``a``, ``b``… in list order."""
    bases = {ref.position: base_key(ref) for ref in references}
    counts: dict[str, int] = {}
    for key in bases.values():
        counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    keys: dict[int, str] = {}
    for position, key in bases.items():
        if counts[key] > 1:
            index = seen.get(key, 0)
            seen[key] = index + 1
            key = f"{key}{chr(ord('a') + index) if index < 26 else index}"
        keys[position] = key
    return keys
