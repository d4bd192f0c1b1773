"""Whether a piece of an imprint names a place: towns of 15,000 people or more, countries,
states and provinces (GeoNames; see ``learn/places.py`` and ``data/NOTICE.md``).

The tagger learns places from the words around them, and French and Italian imprints
print the place and the publisher alike, "Paris, Fayard" or "Fayard, Paris": only
knowing which is a town parts them.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from .patterns import BODY_NOUN, PUBLISHER_WORD

# Towns printed together: "Philadelphie et Londres", "London and New York", "Berlin/Heidelberg".
_JOINED = re.compile(r"\s*(?:/|&|\band\b|\bet\b|\be\b|\bund\b|\by\b)\s*")


# Countries as their own languages and their neighbours' name them, which GeoNames' English
# list lacks: "Rio de Janeiro, Brasil", "Madrid, España", "Berlin, Deutschland".
_COUNTRY_NAMES = frozenset((
    "brasil", "españa", "espanha", "espana", "deutschland", "alemanha", "alemania", "allemagne",
    "germania", "italia", "itália", "italie", "francia", "frança", "frankreich", "estados unidos",
    "états-unis", "reino unido", "royaume-uni", "perú", "suiza", "suíça", "schweiz", "suisse",
    "svizzera", "österreich", "áustria", "belgique", "belgië", "bélgica", "nederland", "holanda",
    "países bajos", "países baixos", "polska", "polônia", "sverige", "suécia", "norge", "noruega",
    "danmark", "dinamarca", "suomi", "finlândia", "türkiye", "turquia", "mexique", "japão",
    "japón", "chine", "república dominicana", "inglaterra", "angleterre", "escócia", "escocia",
))


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the regions among them)."""
    data = (resources.files("refgraph") / "data" / "places.txt.gz").read_bytes()
    lines = [line for line in gzip.decompress(data).decode("utf-8").split("\n") if line]
    regions = frozenset(line[1:] for line in lines if line.startswith("=")) | _COUNTRY_NAMES
    return frozenset(line.lstrip("=") for line in lines) | _COUNTRY_NAMES, regions


def _listed(name: str, names: frozenset[str]) -> bool:
    """("Mass" is listed as "mass.": the stop is stripped from what is looked up.)"""
    key = name.strip(" .()[]").lower()
    return bool(key) and (key in names or key + "." in names)


def _region(text: str) -> bool:
    return _listed(text, _lists()[1])


def known_place(text: str) -> bool:
    """Whether every town in ``text`` ("Paris", "Philadelphie et Londres", "Cambridge,
    Mass.") is a place the list knows."""
    names = _lists()[0]
    return all(_listed(part, names) for piece in text.split(",") for part in _JOINED.split(piece))


def names_a_body_not_a_town(text: str) -> bool:
    """A body's name, which an imprint's "Place: Publisher" shape would take for a place
    ("Federación Internacional de Diabetes: Diabetes Atlas, IDF"); a listed town that
    holds such a word ("University Park, PA") is still a town."""
    return bool(BODY_NOUN.search(text)) and not known_place(text)


def imprint_parts(imprint: str) -> tuple[str, str] | None:
    """(place, publisher) of an imprint read whole as a place: "Paris, Fayard", "Fayard,
    Paris", "Mazda, Costa Mesa, California", "London:Nelson". The publisher is the pieces
    at one end that name no place, the rest all places; None when that is not so clear
    (every piece a place, none, or places on both sides of the rest)."""
    head, colon, tail = imprint.partition(":")
    if colon and known_place(head) and len(re.sub(r"\W", "", tail)) >= 3:
        return head.strip(), tail.strip()  # "Place: Publisher", whatever the publisher's name
    pieces = [piece.strip() for piece in imprint.split(",")]
    if len(pieces) < 2 or not all(pieces):
        return None
    placed = [known_place(piece) for piece in pieces]
    if _region(pieces[-1]) and not placed[-2] and not PUBLISHER_WORD.search(pieces[-2]):
        placed[-2] = True  # a town too small for the list, named with its region ("Far Hills, USA")
    for cut in range(1, len(pieces)):
        if placed[:cut] == [True] * cut and not any(placed[cut:]):
            place, publisher = pieces[:cut], pieces[cut:]
            break
        if not any(placed[:cut]) and placed[cut:] == [True] * (len(pieces) - cut):
            publisher, place = pieces[:cut], pieces[cut:]
            break
    else:
        return None
    name = ", ".join(publisher)
    # A publisher has a name: not a code or an abbreviation the list lacks ("Mass.", "SP").
    if len(re.sub(r"[^\w]", "", name)) < 3 or re.fullmatch(r"[A-Z][a-z]{0,4}\.|[A-Z]\.?[A-Z]\.?", name):
        return None
    return ", ".join(place), name
