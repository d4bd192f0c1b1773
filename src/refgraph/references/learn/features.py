"""Token features for the reference tagger (shared by training and parsing).

The features describe what a person reading an unfamiliar style looks at: the shape
of a token (``J.``, ``1350``, ``e2019GL086075``), the punctuation around it, whether
it sits inside brackets or quotes, how far into the string it is, how many sentence
breaks came before it, and a few word lists (months, role words such as "eds.", and
words that are common in journal names, publishers and places in the training data).
Words themselves are features too, but the model is regularised so that shapes and
positions carry most of the weight; that is what lets it read a style it never saw.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tokens import Token

_MONTHS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december spring summer fall autumn winter enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre janeiro fevereiro março abril maio junho julho setembro outubro novembro
    dezembro janvier février mars avril mai juin juillet août septembre octobre novembre décembre januar februar
    märz juni juli oktober dezember fev abr mai ago set out dez ene dic""".split()
)
_ROLES = frozenset("ed eds editor editors edited edit hrsg hg org orgs organizador organizadores coord trans translated by".split())
_PAGE_WORDS = frozenset("p pp page pages s seiten pág págs".split())
_VOLUME_WORDS = frozenset("vol vols volume volumes bd band t tome v".split())
_NUMBER_WORDS = frozenset("no nos number issue nr heft n".split())
_GENRE = frozenset(
    """thesis dissertation phd doctoral master masters report technical preprint arxiv biorxiv medrxiv
    proceedings conference symposium workshop congress meeting abstract patent dataset software version
    tese dissertação monografia relatório thèse diplomarbeit""".split()
)
_ACCESS = frozenset("available accessed retrieved cited citado acesso disponível internet online updated atualizado consultado".split())
_STOP = frozenset("a an the of and in on for with to from by at as is are its or via between into using under".split())
_ET_AL = frozenset("et al others".split())
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.I)
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?$")


@dataclass(frozen=True)
class Lexicon:
    """Word lists learnt from the training strings (see ``train.py``)."""

    journal: frozenset = frozenset()
    publisher: frozenset = frozenset()
    place: frozenset = frozenset()

    def as_dict(self) -> dict:
        return {"journal": sorted(self.journal), "publisher": sorted(self.publisher), "place": sorted(self.place)}

    @classmethod
    def from_dict(cls, data: dict) -> "Lexicon":
        return cls(frozenset(data.get("journal", ())), frozenset(data.get("publisher", ())), frozenset(data.get("place", ())))


_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """``Smith`` → ``Xx``, ``J`` → ``X``, ``1350`` → ``d4``, ``e2019GL086075`` → ``xdXd``."""
    if text.isdigit():
        return f"d{min(len(text), 5)}"
    out: list[str] = []
    for ch in text:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out[:6])


@lru_cache(maxsize=65536)
def _static(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Features that depend on the token alone (cached: most tokens repeat)."""
    lower = text.lower()
    features = [f"s={shape(text)}"]
    if text.startswith(("http", "ftp", "www.")):
        return ("k=url", *features[:0])
    if text.startswith("10.") and "/" in text:
        return ("k=doi",)
    if len(text) == 1 and not text.isalnum():
        return (f"p={text}",)
    features.append(f"w={lower}" if len(lower) <= 24 else "w=LONG")
    if text.isdigit():
        features.append("k=num")
        if _YEAR.match(text):
            features.append("k=year")
    elif _YEAR.match(text):
        features.append("k=yearletter")
    elif any(c.isdigit() for c in text):
        features.append("k=alnum")
    else:
        if len(text) == 1 and text.isupper():
            features.append("k=initial")
        elif text.isupper() and len(text) <= 4:
            features.append("k=initials")  # "JA", "MRF" — or an acronym
        elif text.isupper():
            features.append("k=upper")
        elif text[0].isupper():
            features.append("k=cap")
        else:
            features.append("k=lower")
        if len(text) > 3:
            features.append(f"suf={lower[-3:]}")
            features.append(f"pre={lower[:3]}")
        if _ROMAN.match(text) and len(text) <= 4:
            features.append("k=roman")
    length = len(text)
    features.append(f"len={length if length < 5 else '5-7' if length < 8 else '8+'}")
    for name, words in (("month", _MONTHS), ("role", _ROLES), ("pp", _PAGE_WORDS), ("vol", _VOLUME_WORDS),
                        ("no", _NUMBER_WORDS), ("genre", _GENRE), ("access", _ACCESS), ("stop", _STOP),
                        ("etal", _ET_AL), ("journal", lexicon.journal), ("publisher", lexicon.publisher),
                        ("place", lexicon.place)):
        if lower in words:
            features.append(f"lex={name}")
    if lower in ("in", "em", "dans"):
        features.append("lex=in")
    return tuple(features)


def _kind(features: tuple[str, ...]) -> str:
    for feature in features:
        if feature.startswith(("k=", "p=")):
            return feature
    return "k=?"


def string_features(text: str, tokens: list[Token]) -> list[str]:
    """Whole-string cues that tell one style family from another."""
    found = []
    if re.search(r"[“”\"«»]", text):
        found.append("G=quoted")
    if re.search(r"\((?:1[5-9]|20)\d\d[a-z]?\)", text):
        found.append("G=yearparen")
    if re.match(r"^\s*(?:[A-Z]\.\s?-?){1,3}\s*[A-Z][a-z]", text):
        found.append("G=givenfirst")
    if re.search(r"(?:1[5-9]|20)\d\d[a-z]?\)?\.?\s*$", text):
        found.append("G=yearlast")
    if re.search(r"\b(?:1[5-9]|20)\d\d\s*;\s*\d", text):
        found.append("G=vancouvertail")
    if len(tokens) > 60:
        found.append("G=long")
    return found


def _sentence_breaks(tokens: list[Token]) -> list[int]:
    """Per token, how many sentence breaks precede it.

    A break is ". " (or "? ", "! ") after a lower-case word, a long word, a number or a
    bracket: the end of a title. After an initial ("J."), "al." or a short capitalised
    word ("Nat. Rev.") the period abbreviates, and is not counted.
    """
    breaks = []
    count = 0
    for i, token in enumerate(tokens):
        breaks.append(count)
        if token.text in ".?!" and i + 1 < len(tokens) and tokens[i + 1].space_before:
            previous = tokens[i - 1].text if i else ""
            if token.text in "?!" or previous in ")]\"”" or previous.isdigit() or (
                    previous[:1].islower() and previous.lower() != "al") or len(previous) > 5:
                count += 1
    return breaks


def featurize(tokens: list[Token], text: str, lexicon: Lexicon) -> list[list[str]]:
    """One feature list per token."""
    count = len(tokens)
    # A count, "716,152 births", reads as the number it is.
    texts = [t.text.replace(",", "") if _COUNT.fullmatch(t.text) else t.text for t in tokens]
    statics = [_static(text, lexicon) for text in texts]
    kinds = [_kind(s) for s in statics]
    words = [text.lower() if len(text) <= 24 else "LONG" for text in texts]
    shapes = [shape(text) for text in texts]
    length = max(len(text), 1)
    glob = string_features(text, tokens)
    breaks = _sentence_breaks(tokens)
    total_breaks = breaks[-1] if breaks else 0
    years = {i for i, k in enumerate(kinds) if k in ("k=year", "k=yearletter")}
    first_year = min(years) if years else -1
    # The neighbours' features, formatted once per token rather than once per use.
    edge = ["-2k=EDGE", "-1k=EDGE", "1k=EDGE", "2k=EDGE"]
    before2 = [f"-2k={k}" for k in kinds]
    before1 = [f"-1k={k}" for k in kinds]
    after1 = [f"1k={k}" for k in kinds]
    after2 = [f"2k={k}" for k in kinds]
    word_before = [f"-1w={w}" for w in words]
    shape_before = [f"-1s={s}" for s in shapes]
    word_after = [f"1w={w}" for w in words]
    shape_after = [f"1s={s}" for s in shapes]
    paren = bracket = 0
    quote = False
    last_mark = "^"
    rows: list[list[str]] = []
    for i, token in enumerate(tokens):
        char = token.text
        row = list(statics[i])
        row.append(f"pos={10 * i // count}")
        row.append(f"cpos={10 * token.start // length}")
        row.append(f"seg={min(breaks[i], 6)}")
        row.append(f"segr={min(total_breaks - breaks[i], 4)}")
        if i and breaks[i] != breaks[i - 1]:
            row.append("sstart")
        if first_year >= 0:
            row.append("yr=" + ("at" if i in years else "before" if i < first_year else "after"))
            if i < first_year:
                row.append(f"ybr={min(breaks[first_year] - breaks[i], 3)}")
        row.append(f"lm={last_mark}")
        if token.space_before:
            row.append("sb")
        if i + 1 < count and tokens[i + 1].space_before:
            row.append("sa")
        if paren:
            row.append("in=paren")
        if bracket:
            row.append("in=bracket")
        if quote:
            row.append("in=quote")
        if i == 0:
            row.append("first")
        if i == count - 1:
            row.append("last")
        if i >= 2:
            row.append(before2[i - 2])
        else:
            row.append(edge[0])
        if i >= 1:
            row.extend((before1[i - 1], word_before[i - 1], shape_before[i - 1]))
        else:
            row.append(edge[1])
        if i + 1 < count:
            row.extend((after1[i + 1], word_after[i + 1], shape_after[i + 1]))
        else:
            row.append(edge[2])
        if i + 2 < count:
            row.append(after2[i + 2])
        else:
            row.append(edge[3])
        if i > 0:
            row.append(f"-1k|k={kinds[i - 1]}|{kinds[i]}")
        if i + 1 < count:
            row.append(f"k|+1k={kinds[i]}|{kinds[i + 1]}")
        row.extend(glob)
        rows.append(row)
        # State for the next token.
        if char == "(":
            paren += 1
        elif char == ")" and paren:
            paren -= 1
        elif char == "[":
            bracket += 1
        elif char == "]" and bracket:
            bracket -= 1
        elif char in "“”\"«»":
            quote = char in "“«" or (char == '"' and not quote)
        if len(char) == 1 and not char.isalnum():
            last_mark = char
    return rows
