"""Author lists: ``Zarate CA Jr, De Jesus G, et al.`` and ``M. A. Dawson and T. Kouzarides``."""
from __future__ import annotations

import re

from .cjk import HAN, HANGUL, KANA
from .model import Author
from .patterns import NAME_SUFFIX as SUFFIX
from .patterns import OTHER_AND, TWO_LETTER_INITIAL
from .patterns import UPPER as _UPPER
from .people import (NOT_INITIALS, OTHERS_IN_WORDS, COUNTRY_OPENING, dashes_between_names_as_commas, given_syllable_apart, looks_like_group, people_then_group, unbreak_names,
                     unglue_initials, without_omission_mark)

# Vancouver: family name, then 1-4 initials (optionally dotted/hyphenated), then a suffix
# (which is no initial: "Johnson C. G. Jr.").
# Particles printed after the initials: "Silva MRF da", ABNT's "OLIVEIRA, P. R. de".
PARTICLE_AFTER = r"(?:da|de|do|dos|das|del|della|di|du|van|von|der|den)"
# (Undotted initials may be spaced too, as some medical journals print them: "Ferrari A J".)
_FAMILY_FIRST = re.compile(
    rf"^(?P<family>[^\s,][^,]*?)\s+(?P<initials>(?:(?!(?:Jr|Sr)\.?$)[{_UPPER}](?:[a-z]?\.-|[a-z]?\.\s?|-|\s(?=[{_UPPER}](?:[\s.-]|$)))?){{1,5}}?)"
    rf"(?:\s*,?\s+(?P<suffix>{SUFFIX}))?(?:\s+(?P<particle>{PARTICLE_AFTER}))?\.?$"
)
# Suffixes Brazilian and Portuguese names print before the initials: "Pinto Júnior EP".
_FAMILY_SUFFIXES = {"júnior": "Júnior", "junior": "Junior", "filho": "Filho", "neto": "Neto", "sobrinho": "Sobrinho"}
# "M. A. Dawson", "R.S. McIntyre", "Jean-Paul Sartre" is *not* matched (no initials).
# (The last initial may have lost its stop: "W. N Haining".)
_GIVEN_FIRST = re.compile(
    rf"^(?P<initials>(?:[{_UPPER}][a-z]?\.[\s-]?)+(?:[{_UPPER}]\s)?)\s*(?P<family>[^\s.][^,]*?)(?:,?\s+(?P<suffix>{SUFFIX}))?$"
)
# GB/T 7714 and ABNT print surnames in capitals ("SILVER D", "XU J H", "NASIR BAIG RB"): one
# or two words of letters, then at most three initials (an acronym with a capital after
# it, "HIV AIDS", is no name).
# (With an apostrophe and particles too, and a suffix after: "D'ANDREA G", "VAN DER VEEN J
# W", "ZARATE C A Jr".)
_CAPITALISED_FAMILY_FIRST = re.compile(
    rf"^(?P<family>(?:(?:VAN|VON|DE|DER|DEN|DA|DOS|DAS|DI|DEL|DELLA|LA|LE|DU)\s+){{0,2}}[{_UPPER}](?:['’]?[{_UPPER}])+(?:[ -][{_UPPER}]{{2,}})?)"
    rf"\s+(?P<initials>[{_UPPER}]{{1,3}}\.?|(?:[{_UPPER}]\.?(?:\s|-|$)){{1,3}}|[{_UPPER}]\.(?:[{_UPPER}]\.?){{1,3}})"
    rf"(?:\s*(?<=\s)(?P<particle>{PARTICLE_AFTER})\.?)?(?:,?\s*(?<=\s)(?P<suffix>(?-i:Jr|Sr)\.?))?$")
# (And as other languages print it: Chinese "等", Korean "외"/"등", Japanese "他"/"ほか",
# Russian "и др.", German "u. a.", Portuguese "e outros", French "et coll.")
_ET_AL = re.compile(rf"^(?:et\.? al\.?|{OTHERS_IN_WORDS}|and others|et al\.?,?|…|等人?|외|등|他|и\s?др\.?|(?-i:u\.\s?a\.?)|et coll?\.?"
                    r"|[ey] coll?s?\.?|ve (?:ark|diğ)\.?|i in\.?|a kol\.?|m\.\s?fl\.?)$", re.I)
# A Chinese, Japanese or Korean name as printed in its own script: "王伟", "山田 太郎", "김영기".
_WHOLE_CJK_NAME = re.compile(f"[{HAN}]{{2,4}}(?: ?[{KANA}{HAN}]{{1,4}})?|[{HANGUL}]{{2,4}}")
_ET_AL_TAIL = re.compile(rf"\s+(?:et\.? al\.?|{OTHERS_IN_WORDS}|他)$|(?<=[{HAN}{HANGUL}])\s*(?:等人?|외|등)$", re.I)
# "and" as the languages of the lists print it (French "et", never "et al.").
# (In capitals, as French lists set whole names: "L. JIANG ET A. BLACK", "NICIU, M. J. ET BLACK, A.")
_SPLIT_AND = re.compile(rf",?\s+(?:and|&(?!\s*al\b)|e(?!\s+outros\b)|y(?!\s+otros\b)|und|et(?!\s+al\b)|(?<=\.\s)ET(?=\s+[{_UPPER}])|(?<=[{_UPPER}]{{2}}\s)ET(?=\s+[{_UPPER}]\.)|{OTHER_AND})\s+")


# A Spanish or Portuguese compound surname joined by "y" or "e", then its initials
# ("Aguera y Arcas B", "Melo e Souza AC"): a single word before the joiner is no whole name.
_COMPOUND_WITH_Y = re.compile(rf"[{_UPPER}][a-zà-ÿ'’-]+\s+(?:y|e|i)\s+[{_UPPER}][a-zà-ÿ'’-]+\s+[{_UPPER}]{{1,3}}")


def initials_of(text: str) -> str:
    """"D.Yu." → "DY": a transliterated initial's second letter is not an initial."""
    return re.sub(r"[^\w]|(?<=[^\W\d_])[a-z]", "", text)


def _plausible_family(family: str) -> bool:
    # Surnames have at most a few words ("van der Veen", "Rojo Rojo") and no sentence
    # punctuation; anything longer is a title that happens to end in capitals.
    return (
        len(family.split()) <= 4
        and not re.search(r"[.:;()\d]\s|[:;()\d]", family)
        and bool(re.search(r"[a-zà-ÿ]", family))
    )


# A particle between initials, where APA prints a Portuguese name's middle particle: "Batista,
# G. de F." (Gustavo de Freitas Batista): the initials are G and F.
# (The list's last initial may have lost its stop to the list's end: "FREIRE, G. H. de A.")
_PARTICLE_BETWEEN_INITIALS = re.compile(rf"(?<=[{_UPPER}]\.)\s+{PARTICLE_AFTER}\s+(?=[{_UPPER}](?:\.|$))")


_LOWER_HYPHENED_INITIAL = re.compile(rf"(?<=\s[{_UPPER}])-([a-z])$")


def _family_suffix(family: str) -> tuple[str, str]:
    """``family`` and the suffix printed as its last word ("Pinto Júnior", "OLIVEIRA FILHO")."""
    words = family.split()
    if len(words) > 1 and words[-1].lower() in _FAMILY_SUFFIXES:
        return " ".join(words[:-1]), _FAMILY_SUFFIXES[words[-1].lower()]
    return family, ""


def parse_name(piece: str) -> Author | None:
    """One printed name, or ``None`` when it does not look like a person's name."""
    piece = _PARTICLE_BETWEEN_INITIALS.sub(" ", piece.strip().strip(","))
    # (Chinese given names' initials as PubMed exports some: "Li C-q", "Zhang Y-j" are C. Q. and Y. J.)
    piece = _LOWER_HYPHENED_INITIAL.sub(lambda m: "-" + m.group(1).upper(), piece)
    if not piece:
        return None
    if COUNTRY_OPENING.match(piece) and looks_like_group(piece):
        return None  # "U.S. National Library of Medicine": a body, not "National Library of Medicine US"
    if _WHOLE_CJK_NAME.fullmatch(piece):
        # (Surname and given name with no initials to part them: the whole name is kept.)
        return Author(family=piece)
    capitals = _CAPITALISED_FAMILY_FIRST.match(piece)
    if capitals:
        # ABNT's "OLIVEIRA, P. R. de": the particle printed after the initials is the surname's.
        particle = (capitals.group("particle") or "").rstrip(".")
        family, suffix = _family_suffix(capitals.group("family"))  # ("OLIVEIRA FILHO, F.J.B.", as in mixed case)
        suffix = suffix or (capitals.group("suffix") or "").rstrip(".")
        return Author(family=f"{particle} {family}".strip(), initials=initials_of(capitals.group("initials")), suffix=suffix)
    match = _FAMILY_FIRST.match(piece)
    if match and _plausible_family(match.group("family")):
        family = match.group("family").strip()
        suffix = (match.group("suffix") or "").rstrip(".")
        if not suffix:
            family, suffix = _family_suffix(family)
        if match.group("particle"):
            family = f"{match.group('particle')} {family}"  # "Silva MRF da": Maria … da Silva
        return Author(family=family, initials=initials_of(match.group("initials")), suffix=suffix)
    match = _GIVEN_FIRST.match(piece)
    if match and _plausible_family(match.group("family")):
        family, initials = given_syllable_apart(match.group("family").strip(), initials_of(match.group("initials")))
        return Author(family=family, initials=initials, suffix=(match.group("suffix") or "").rstrip("."))
    # A single capitalised surname with no initials ("Aristotle") is too rare to accept
    # here: accepting it would turn title words into authors.
    return None


_TRAILING_PARTICLE = rf"(?:\s{PARTICLE_AFTER})?"


def split_names(text: str) -> list[str]:
    """Split an author list on commas and "and"; keeps suffixes attached (``Ashby CR Jr``)."""
    text = text.strip().rstrip(".:,")
    if re.search(rf"[{_UPPER}]\.\s?(?:{TWO_LETTER_INITIAL})$", text):
        text += "."  # "Lundov, A. Yu.": the stop is the initial's ("Yu" alone reads as a surname)
    text = re.sub(r",\s*(?:1[5-9]|20)\d\d[a-z]?$", "", text)  # "Needham J, Shaban RZ, 2016."
    pieces: list[str] = []
    for chunk in re.split(r"\s*[,;，、；]\s*", text):
        if _COMPOUND_WITH_Y.fullmatch(chunk):
            pieces.append(chunk)  # "Aguera y Arcas B", "Ramón y Cajal S": one surname joined by "y"
            continue
        pieces.extend(p for p in _SPLIT_AND.split(" " + chunk)[0:] if p.strip())
    merged: list[str] = []
    expanded: list[str] = []
    for piece in (p.strip() for p in pieces):
        # "Kroidl I, et al" and "Jin C et al" (no comma) both end the list.
        if _ET_AL_TAIL.search(piece) and not _ET_AL.match(piece):
            expanded += [_ET_AL_TAIL.sub("", piece), "et al"]
        else:
            expanded.append(piece)
    for piece in expanded:
        if re.fullmatch(SUFFIX, piece) and merged:
            merged[-1] = f"{merged[-1]} {piece}"
        elif merged and re.fullmatch(rf"[{_UPPER}](?:[a-z]?\.)?(?:(?:\s{PARTICLE_AFTER}\s)?\s?-?\s?[{_UPPER}](?:[a-z]?\.)?){{0,4}}{_TRAILING_PARTICLE}", piece) and parse_name(merged[-1]) is None:
            merged[-1] = f"{merged[-1]} {piece}"  # "Kevin, J." prints a comma before initials
        else:
            merged.append(piece)
    return merged


# Lower-case words inside an organisation's name, in the languages references are written in.
_GROUP_JOINERS = frozenset("of for and the on in at de da do das dos des du della del di la le et y e der die das den für fur "
                           "und zur zum van von voor och og i na em para".split())


def _group_name(piece: str) -> bool:
    """An organisation as author: "WHO", "The Cancer Genome Atlas Research Network"."""
    words = piece.split()
    return 0 < len(words) <= 12 and words[0][:1].isupper() and not re.search(r"[.:;]\s", piece) and all(
        w[:1].isupper() or w[:1] in "(-&" or w.lower() in _GROUP_JOINERS
        for w in words
    )


_UNDOTTED_GIVEN_FIRST = re.compile(rf"(?P<initials>[{_UPPER}]{{1,3}})\s+(?P<family>[{_UPPER}][a-zß-ÿ\u0100-\u024f'’]+(?:[ -](?!(?:{SUFFIX})\.?$)[{_UPPER}][a-zß-ÿ\u0100-\u024f'’]+)?)"
                                   rf"(?:,?\s+(?P<suffix>{SUFFIX}))?\.?")
_DASH_IN_NAME = re.compile(r"(?<=[^\W\d_]|\.)[\u2012\u2013](?=[^\W\d_])")


def parse_author_list(text: str, allow_groups: bool = False) -> tuple[tuple[Author, ...], bool] | None:
    """All names of an author list and whether it ends in "et al."; ``None`` if not names."""
    # "Hsu, Y.‐M." prints a Unicode hyphen, "Dimich–Ward H" a dash where the hyphen was.
    text = _DASH_IN_NAME.sub("-", text.replace("\u2010", "-").replace("\u2011", "-"))
    text = dashes_between_names_as_commas(unglue_initials(unbreak_names(text)))
    text = without_omission_mark(text)
    split = people_then_group(text)
    if split:
        people = parse_author_list(split[0])
        return ((*people[0], Author(literal=split[1])), people[1]) if people else None
    authors: list[Author] = []
    et_al = False
    for piece in split_names(text):
        if _ET_AL.match(piece):
            et_al = True
            continue
        author = parse_name(piece)
        if author is None and authors and authors[0].initials and (given_first := _UNDOTTED_GIVEN_FIRST.fullmatch(piece.strip())) \
                and given_first.group("initials") not in NOT_INITIALS:
            # Only the first name inverted, the others' undotted initials before their
            # surnames: "Bjorkholm C and LM Monteggia", "Boulos LJ, E Darcq, and BL Kieffer".
            author = Author(family=given_first.group("family"), initials=given_first.group("initials"),
                            suffix=(given_first.group("suffix") or "").rstrip("."))
        if author is None and allow_groups and _group_name(piece):
            author = Author(literal=piece.strip())
        if author is None or et_al:
            return None
        authors.append(author)
    if not authors:
        return None
    return tuple(authors), et_al
