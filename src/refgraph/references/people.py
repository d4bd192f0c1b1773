"""Names in any house style: a span known to hold an author (or editor) list → Author records.

The tagger decides *where* the names are; this module decides how that span divides
into people and which part of each is the surname. It reads every common form:

- ``Smith AB, van der Berg J, et al.`` (Vancouver), ``Silva MRF da`` (particle last)
- ``Smith, A. B., Jones, C. & Lee, D.`` (Nature, APA), ``Smith, A. B.; Jones, C.`` (ACS)
- ``A. B. Smith, C. Jones, and D. Lee`` (Science, IEEE), ``A.M.P. Carvalho e L.H. Sasseron``
- ``Yang J., Xu C. & Wang L.``, ``Smith, John A., and Carol Jones`` (Chicago)
- group authors (``World Health Organization``, ``GBD 2017 Collaborators``)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .cjk import HAN, HANGUL
from .model import Author
from .patterns import BODY_NOUN, EDITOR_WORDS, GROUP_WORD, NAME_SUFFIX, OTHER_AND, TWO_LETTER_INITIAL, UNDECOMPOSED, UPPER

PARTICLES = frozenset(
    "van von der den de da do dos das del della dei di du la le ten ter van't vander al el bin ibn st af zu lo los las i".split()
)
# (As a pattern: a surname's particles before it, "A. J. van der Veen".)
_PARTICLE_WORD = "|".join(sorted(re.escape(word) for word in PARTICLES))
SUFFIXES = {"jr": "Jr", "jnr": "Jr", "sr": "Sr", "ii": "II", "iii": "III", "iv": "IV", "2nd": "2nd", "3rd": "3rd",
            "júnior": "Júnior", "junior": "Junior", "filho": "Filho", "neto": "Neto", "sobrinho": "Sobrinho"}
_ORGANISATION = re.compile(
    r"\b(?:organi[sz]ation|organi[sz]ação|organización|association|associação|society|sociedade|group|grupo|"
    r"collaborat\w*|consortium|committee|council|institute|instituto|department|ministry|minist[ée]rio|ministerio|"
    r"world|bank|network|agency|board|foundation|fundação|university|universidade|universidad|centres?|centers?|centros?|"
    r"office|commission|panel|programme|program|project|members|secretaria|services?|servi[çc]os?|servicios?|authority|national|federal|international|"
    r"federación|federação|investigators|team|working|force|statistics|census|bureau|health|WHO|IPCC|UNICEF|FAO|"
    r"trust|news|fund|corporation|company|inc|ltd|laborator(?:y|ies)|survey|museum|library|hospital|clinic|coalition|"
    r"alliance|government|governo|gobierno|gouvernement|republic|r[ée]publique|rep[úu]blica|minist[èe]re|"
    r"ag[êe]ncia|agence|observatory|observat[óo]rio|unit|unidade|unidad|initiative|partnership|"
    r"hochschule|universit[äa]t|institut|bundesamt|ministerium|verband|administration|administra[çc][ãa]o|administraci[óo]n"
    # German compounds: "FernUniversität", "Fachhochschule", "Bundesministerium".
    r"|[^\W\d_]+(?:universit[äa]t|hochschule|institut|ministerium|verband))\b",
    re.I,
)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u00a0": " ", "\u2009": " "})
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏΆ-ΫЀ-Я"
# (Romanised Japanese and Korean names keep the second syllable's initial in lower case
# after the hyphen: "Inutsuka S.-i.", "Kim J.-h.".)
_INITIAL_TOKEN = re.compile(rf"^(?:[{_UPPER}](?:[a-z]{{0,1}}\.|\.?)(?:[-‐](?:[a-z]\.)?)?)+$|^[{_UPPER}]{{1,3}}$")
# "et al." as lists and citations in other languages print it: German "u. a." (DIN 1505),
# French "et coll.", Portuguese and Spanish "e col." / "y cols.", Russian "и др." (GOST),
# Chinese "等" (GB/T 7714), and the American Meteorological Society's "and Coauthors".
# Shared with the citation finder and the tagger's mends.
# "and others" in the languages lists are written in: German "u. a.", French "et coll.",
# Spanish "y col.", Italian "e coll.", Portuguese "e cols.", Turkish "ve ark." / "ve diğ.",
# Polish "i in." and "i wsp.", Czech "a kol.", Swedish, Danish and Norwegian "m.fl." or "mfl.",
# Dutch "e.a.", Hungarian "és mtsai", Russian "и др.", Chinese "等".
# (AMS prints "Cheng, W., and Coauthors, 2018:" for more than eight.)
# "et al." in words a name list may also print it with: Spanish and Portuguese in full ("y
# otros", "e outros"), French and Finnish Harvard's "& al.", Vietnamese "và cộng sự" or "và
# cs.", Japanese "ほか"; and as CSL's locales and styles print it: Galician "e outras", Serbian
# "i ostali"/"и остали", Turkish "ve diğerleri", Greek "κ.ά.", Vietnamese "và c.s.", Arabic,
# Persian, Hebrew, Korean and Thai. (One list for the people reader, the list splitter and
# the citations.)
OTHERS_IN_WORDS = (r"(?<!\w)(?:y\s+otros|e\s+outr[oa]s|i\s+ostali|и\s+остали|ve\s+diğerleri|và\s+(?:cộng\s+sự|cs\b|c\.\s?s\.))\.?"
                   r"|&\s*al\b\.?|ほか|κ\.\s?ά\.|وآخرون|و\s?همکاران|ואחרים|기타|และคณะ")
OTHER_ET_AL = (r"\b(?i:and\s+co-?authors)\b|(?-i:\bu\.\s?a\.)|\bet\s+coll?\b\.?|\b[ey]\s+coll?s?\b\.?|\bve\s+(?:ark|diğ)\b\.?"
               r"|\bet\s+alii\b|\bi\s+in\b\.|\bi\s+wsp\b\.?|\ba\s+kol\b\.|\bm\.\s?fl\.|(?-i:\bmfl\b\.?)|(?-i:\be\.\s?a\.)|\bés\s+mtsai\b\.?"
               r"|\bи\s+др\b\.?|等"
               # (As CSL's locales print it: Indonesian "dkk.", Turkish "vd.", Slovenian
               # "idr.", Croatian "i sur.", Lithuanian "ir kt.", Latvian "u.c.", Finnish
               # "ym.", Icelandic "o.fl.", Bulgarian "и съавт.", Ukrainian "та ін.".)
               r"|\bdkk\b\.?|(?-i:\bvd\.)|(?-i:\bidr\.)|\bi\s+sur\.|\bir\s+kt\.|(?-i:\bu\.\s?c\.)|(?-i:\bym\.)"
               rf"|(?-i:\bo\.\s?fl\.)|\bи\s+съавт\.|\bта\s+ін\.|{OTHERS_IN_WORDS}")
_ET_AL = re.compile(rf"(?:[,;]|\s[–-])?\s*(?:\bet\.?\s*al\b\.?|\band others\b|{OTHER_ET_AL}|…|\.\.\.)\s*[.,;]?\s*$", re.I)
_GROUP_AFTER_ET_AL = re.compile(r"[,;]?\s*\bet\.?\s*al\b\.?\s*;\s*(?P<group>[^\W\d_].{2,})$", re.I)
# PubMed and NLM name the group the people wrote for after a semicolon: "Rush AJ, Trivedi
# MH, Wisniewski SR; STAR*D Study Team", "…, Senn HJ; Panel members", "…; for the ENIGMA
# Consortium" (after people written with initials, and only a group: "Smith, John; Jones,
# Anna" are two people).
_PEOPLE_THEN_GROUP = re.compile(r"^(?P<people>[^;]+?)\s*;\s*(?:(?:for|on behalf of)\s+(?:the\s+)?)?(?P<group>[^;\s][^;]{2,})$", re.I)


def people_then_group(text: str) -> tuple[str, str] | None:
    """The people and the group of "Rush AJ, Trivedi MH; STAR*D Study Team", or ``None``."""
    found = _PEOPLE_THEN_GROUP.match(text.strip().rstrip("."))
    if not found:
        return None
    group = found.group("group").strip(" .")
    if not looks_like_group(group) or has_person_pattern(group) or not has_person_pattern(found.group("people")):
        return None
    return found.group("people"), group


# Physics names a collaboration, then who wrote for it in brackets: "STAR Collaboration
# (Abelev B. I. et al.)".
_GROUP_THEN_BRACKETED_PEOPLE = re.compile(rf"^(?P<group>[^()]*\b{GROUP_WORD})\s*\((?P<people>[^()]+)\)$")
# German house styles part the names with slashes: "Abdallah, C.G./ Niciu, M.J./ Black, A."
# (a slash after an initial's stop, before a surname and its comma), or "C. G. Abdallah/M.
# J. Niciu" (after a surname, before initials and the next surname).
# (APA 7's ellipsis before the last name may follow the slash: "Ochoa, I./… Ayuso, J. M.".)
_SLASH_BETWEEN_INVERTED_NAMES = re.compile(
    rf"(?<=[{UPPER}]\.)\s*/\s*(?:(?:…|\.\.\.)\s*)?(?=[^\W\d_][^\s,/]*(?:\s+[^\W\d_][^\s,/]*){{0,2}},\s*[{UPPER}])")
# (Spaced too, as German archaeology prints them: "R. M. Berman / A. Cappiello / …".)
_SLASH_BETWEEN_GIVEN_FIRST_NAMES = re.compile(
    rf"(?<=[a-zß-ÿ])\s?/\s?(?=(?:[{UPPER}]\.[\s‐-]*){{1,3}}(?:(?:{_PARTICLE_WORD})\s+){{0,3}}[{UPPER}][a-zß-ÿ'’])")
# (Or after the first name's initials, the others given first: "Bahr R./A. Lopez/J.A. Rey".)
_SLASH_AFTER_INITIALS_BEFORE_GIVEN_FIRST = re.compile(
    rf"(?<=\b[{UPPER}]\.)\s?/\s?(?=(?:[{UPPER}]\.[\s‐-]*){{1,3}}(?:(?:{_PARTICLE_WORD})\s+){{0,3}}[{UPPER}][a-zß-ÿ'’][^\s,/]*(?:,?\s+{NAME_SUFFIX}(?!\w))?(?:/|\s+(?:1[5-9]|20)\d\d\b|,?\s+et\s+al\b))")
# Where an address or a DOI starts: no name stands after it, and its slashes are its own.
_ADDRESS = re.compile(r"https?://|www\.|\b10\.\d{4,9}/")


def names_parted_by_slashes(text: str) -> str:
    """``text`` with the slashes that part its names read as the separators they stand for
    ("; " between inverted names, ", " between given-first ones), before any address."""
    if "/" not in text:
        return text
    address = _ADDRESS.search(text)
    head, tail = (text[: address.start()], text[address.start():]) if address else (text, "")
    head = _SLASH_AFTER_INITIALS_BEFORE_GIVEN_FIRST.sub(", ", head)
    head = _SLASH_BETWEEN_GIVEN_FIRST_NAMES.sub(", ", _SLASH_BETWEEN_INVERTED_NAMES.sub("; ", head))
    return head + tail


# French humanities styles bracket the initials after the surname: "ABDALLAH (C. G.),
# NICIU (M. J.), BLACK (A.) – Title" (Revue archéologique de Narbonnaise, Gallia).
_BRACKETED_INITIALS_PERSON = (rf"[{UPPER}][\w'’‐-]*(?:\s+[{UPPER}][\w'’‐-]*){{0,3}}\s+"
                              rf"\((?:[{UPPER}][a-z]?\.[\s‐-]*){{1,4}}\)(?:,?\s+{NAME_SUFFIX}(?!\w))?")
_BRACKETED_INITIALS_LIST = re.compile(
    rf"^{_BRACKETED_INITIALS_PERSON}(?:(?:[,;]|\s+(?:et|and|&))\s+{_BRACKETED_INITIALS_PERSON})*(?=\s*[–—]\s)")


def dash_after_bracketed_initials(text: str) -> str:
    """``text`` with the dash after names with bracketed initials read as a comma
    ("ABDALLAH (C. G.), NICIU (M. J.) – Decreased …" as "…, NICIU (M. J.), Decreased …"):
    the tagger knows such names before a comma, and runs the last one into the title
    when a dash follows it."""
    names = _BRACKETED_INITIALS_LIST.match(text)
    if not names:
        return text
    # (The dash after them parts names from title as a comma would, and reads as one.)
    return names.group() + re.sub(r"^\s*[–—]\s+", ", ", text[names.end():])


# Physics and some Indian and Chinese journals print given-first initials without stops:
# "A J Ferrari, A J Somerville, …, and T Vos *Psychol Med* 43 471 (2013)".
_UNDOTTED_GIVEN_FIRST_PERSON = (rf"(?:[{UPPER}]\s){{1,3}}(?:(?:{_PARTICLE_WORD})\s)*"
                                rf"[{UPPER}][\w'’‐-]*[a-zà-ÿ][\w'’‐-]*(?:\s[{UPPER}][\w'’‐-]*[a-zà-ÿ][\w'’‐-]*){{0,2}}")
_UNDOTTED_GIVEN_FIRST_LIST = re.compile(
    rf"^{_UNDOTTED_GIVEN_FIRST_PERSON}(?:(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_UNDOTTED_GIVEN_FIRST_PERSON})+(?=[\s,.:;]|$)")
_LONE_INITIAL = re.compile(rf"(?<![\w'’‐-])([{UPPER}])(?=\s[{UPPER}])")


def dotted_given_first_initials(text: str) -> str:
    """``text`` with the stops put back after the initials of an opening list of at least
    two given-first names printed without them ("A J Ferrari, A J Somerville, and T Vos"
    as "A. J. Ferrari, A. J. Somerville, and T. Vos"): the tagger knows them with stops,
    and reads "T Vos *Psychol Med*" as a title without."""
    names = _UNDOTTED_GIVEN_FIRST_LIST.match(text)
    if not names:
        return text
    return _LONE_INITIAL.sub(r"\1.", names.group()) + text[names.end():]


_ELLIPSIS_BEFORE_LAST = re.compile(r"[,;]\s*(?:…|\.\.\.)\s*(?:(?:&|and)\s+)?(?=[^\W\d_])")


def without_omission_mark(names: str) -> str:
    """APA 7 prints the first nineteen names, an ellipsis and the last ("…, Jarzabek, M. A.,
    … Peeper, D. S."): the ellipsis stands for the people left out, not for the last one's
    name."""
    return _ELLIPSIS_BEFORE_LAST.sub(", ", names)


_ET_AL_THEN_INITIAL = re.compile(r"(?P<et_al>\bet\.?\s*al\b\.?)[,;]?\s+[A-Z]\.?$")
# Role words after a name list: "(eds.)", ", editors", "(Hrsg.)", "organizadores". Matched
# case by case, so that the initials "ED" in "Siggia ED" are not an editor's mark.
ROLE = re.compile(
    rf"[,;(\s]*\b(?:{EDITOR_WORDS}|[Tt]rans|[Tt]ranslated by|[Cc]omp|[Cc]ompilers?)\b\.?\)?[,;.\s]*(?=$|[,;]|\s[A-Z])"
)
# APA's creators of audiovisual works and artworks: "Davidson, F. (Producer), & Davidson,
# J. (Director)". Only in brackets after a name, where a role cannot be a surname.
_CREATOR_ROLE = re.compile(
    r"(?<=[^\W\d_]\.|[^\W\d_]{2})\s*\((?:(?:Executive|Co-?|Associate)\s*)?(?:Producer|Director|Writer|Host|Narrator|Artist"
    r"|Composer|Performer|Photographer|Interviewer|Interviewee|Speaker|Creator|Presenter|Lyricist"
    r"|Illustrator|Cartographer|Curator|Conductor|Moderator|Showrunner)s?"
    r"(?:\s*(?:&|and|,)\s*[A-Za-z-]+(?:\s[A-Za-z]+)?)*\)(?=[.,;]|\s*&)"
)
_FIRST_YEAR_OR_QUOTE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|[\"“«]")


def without_creator_roles(text: str) -> str:
    """"Davidson, F. (Producer), & Davidson, J. (Director). (1999). B. F. Skinner …" →
    "Davidson, F., & Davidson, J.. (1999). …": the role says what a person did, not who
    they are, and it stands where the name list's end or the year would be looked for.
    Only among the names (before the first year or quotation mark)."""
    limit = _FIRST_YEAR_OR_QUOTE.search(text)
    end = limit.start() if limit else len(text)
    return _CREATOR_ROLE.sub("", text[:end]) + text[end:]
# "M.Akhtar", "H. R.Jr": an initial glued to the next name by a lost space.
_GLUED_INITIAL = re.compile(rf"(?<![^\W\d_])([{_UPPER}]\.)(?=[{_UPPER}][a-z])")
# MEDLINE prints a particle of the given names inside the initials: "Barbosa Tde S",
# "Meneghim Mde C" (Taís de Souza Barbosa). The particle is not part of the surname.
_MEDLINE_PARTICLE = re.compile(rf"(?<=\w )([{_UPPER}])(?:de|da|do|dos|das)(?: (?=[{_UPPER}]{{1,2}}\b)|(?=\s*(?:[,;]|$)))")
# ("e" and "y" join names only in lower case: "Hsu Y T", "Scolnick E M" are initials.)
# ("et" in lower case only: "Kavalali ET and Monteggia LM" has initials "ET".)
# (French names in capitals print "ET" too — after an initial's stop only: "Smith ET, …" has
# the initials E. T.)
_CONJUNCTION = re.compile(rf"\s*,?\s+(?:&|(?i:and|und)|et|Et|e|y|{OTHER_AND})\s+(?=[^\W\d_])|(?<=\.)\s+ET\s+(?=[A-Z])|(?<=[A-Z]{{2}})\s+ET\s+(?=[A-Z]\.)|\s*&\s*")


# "J. -P." and "J.- P.": a hyphenated initial spaced apart in PDF text.
_SPACED_HYPHEN_INITIAL = re.compile(rf"(?<![^\W\d_])([{_UPPER}]\.)\s*([-‐])\s*(?=[{_UPPER}]\.)")


def unglue_initials(text: str) -> str:
    """``M.Akhtar`` → ``M. Akhtar``; ``Barbosa Tde S`` → ``Barbosa TS`` (same people);
    ``J. -P.`` → ``J.-P.``."""
    text = _SPACED_HYPHEN_INITIAL.sub(r"\1\2", text)
    return _MEDLINE_PARTICLE.sub(r"\1", _GLUED_INITIAL.sub(r"\1 ", text))


# A surname broken at a line end in PDF text: "Winkel- muller W" is Winkelmuller, "Dimich-
# Ward" broken after its hyphen keeps the hyphen.
_BROKEN_NAME = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\n?[ \t]+(?=(?P<next>[^\W\d_])[^\W\d_])")


def unbreak_names(text: str) -> str:
    """Names joined again where a line break cut them ("Yoshi- hara" → Yoshihara)."""
    return _BROKEN_NAME.sub(lambda m: "" if m.group("next").islower() else "-", text) if "-" in text else text


def fold(text: str) -> str:
    """``text`` in lower-case ASCII letters: "Łukasiewicz" → lukasiewicz, "Ørsted" → orsted."""
    return unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=65536)
def letters(text: str) -> str:
    """The letters of ``text``, of any script, without case, accents, spaces or marks: the
    key one name is compared by ("Zélem" → zelem, "Diaz Granados" → diazgranados,
    "Клепиков" → клепиков; "Анчев" and "Ангелов" stay two names)."""
    text = unicodedata.normalize("NFKD", text).lower()
    return "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))


def initials_of(text: str) -> str:
    """``J.-P.`` → ``JP``; ``John Adam`` → ``JA``; ``Ma.`` → ``M``."""
    letters = []
    # ("S.-i.": the second syllable's initial, in lower case after the hyphen, is no particle.)
    text = re.sub(r"(?<=[-‐])[a-z](?=\.)", lambda m: m.group().upper(), text)
    for part in re.split(r"[\s.\-‐]+", text.strip()):
        if not part or (letters and _particle(part)):
            continue  # ("Maria da Graça" is "MG": a particle is no given name)
        if len(part) <= 4 and part.isupper():
            letters.extend(part)  # "AB", "MRF", "AHMR"
        else:
            letters.append(part[0])
    return "".join(ch for ch in letters if ch.isalpha()).upper()


def is_initials(token: str) -> bool:
    # Five capitals without a stop are a surname in capitals (ABNT's "DOTTI"), not initials.
    return bool(_INITIAL_TOKEN.match(token)) and not (token.isalpha() and len(token) > 4)


def names_an_organisation(text: str) -> bool:
    """Whether ``text`` holds a word organisations are named by ("Foundation", "Institute")."""
    return bool(_ORGANISATION.search(text))


def looks_like_group(text: str) -> bool:
    """An organisation rather than people: ``The World Bank``, ``GBD 2017 Collaborators``, ``IPCC``."""
    words = [w.strip(".,;:()") for w in text.split() if w.strip(".,;:()")]
    if not words:
        return False
    if re.search(r"\d", text) or _ORGANISATION.search(text) or BODY_NOUN.search(text):
        return True  # (BODY_NOUN: the words for a body in other languages, "Conselho", "Coordenação")
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3 and words[0].isalpha():
        return True  # "IPCC", "UNESCO"
    if len(words) >= 4 and _ACRONYM_AT_END.search(text):
        return True  # "Empresa de Pesquisa … de Santa Catarina (EPAGRI)": a body gives its acronym
    lower = [w for w in words if w[:1].islower() and w not in PARTICLES and w not in _JOINING_NAMES]
    return len(words) >= 4 and bool(lower)


# The lower-case words that join two people, in the languages of CSL's locales
# ("NOVÁK, J. a P. SVOBODA", "Jiang, L. dan Black, A."): no sign of a body's name.
_JOINING_NAMES = frozenset("and e y und et a és ja și şi ir dan en och og ve и".split())


# A body's acronym in brackets after its name (no person's name ends so).
_ACRONYM_AT_END = re.compile(r"\(\s*[A-Z][A-Z0-9-]*[A-Z]\s*\)\s*$")


# "Akhmedov, E. Kh., & Smirnov, A. Yu": a list inverted from its first name ("Surname,
# I.") whose last initials end in a two-letter Slavic initial, its stop cut off.
_INVERTED_FROM_START = re.compile(rf"[{_UPPER}][^\s,]+,\s+[{_UPPER}]\.")
_LAST_TWO_LETTER_INITIAL = re.compile(rf"(?<=,\s)(?:[{_UPPER}]\.\s?)+(?:{TWO_LETTER_INITIAL})$")


# A saint's name opening a surname: "St. John", "Ste. Marie" (its stop is no initial's).
SAINT_WORDS = "St|Ste|Sta"
_SAINT = re.compile(rf"\b({SAINT_WORDS})\.\s*(?=[A-Z][a-z])")


def parse_names(span: str) -> tuple[tuple[Author, ...], bool]:
    """All people of an author or editor list, and whether it ends in "et al."."""
    text = unbreak_names(span.translate(_HYPHENS).strip())
    text = unglue_initials(text)
    text = re.sub(r"^\s*(?:In|Em|Dans)\s*:\s*", "", text)
    text = ROLE.sub(" ", text).strip(" ,;:")
    # "et al." ends the list even when the reading ran on into the journal's first
    # initial ("S. A. Grupp et al., N." of "… et al., *N. Engl. J. Med.*").
    text = _ET_AL_THEN_INITIAL.sub(lambda m: m.group("et_al"), text)
    if _INVERTED_FROM_START.match(text) and _LAST_TWO_LETTER_INITIAL.search(text):
        text += "."  # its stop was taken as the list's end, and "Yu" alone reads as a surname
    bracketed = _GROUP_THEN_BRACKETED_PEOPLE.match(text)
    if bracketed and not re.fullmatch(r"[\w&-]+", bracketed.group("people").strip()):
        # (One word in the bracket is the body's acronym: "NCD Risk Factor Collaboration (NCD-RisC)".)
        people, et_al = parse_names(bracketed.group("people"))
        return (Author(literal=bracketed.group("group").strip()), *people), et_al
    split = people_then_group(text)
    if split and not _GROUP_AFTER_ET_AL.search(text):
        people, et_al = parse_names(split[0])
        return (*people, Author(literal=split[1])), et_al
    group = _GROUP_AFTER_ET_AL.search(text)
    if group:
        # AMA's "Sanacora G, …, Schatzberg AF, et al; American Psychiatric Association (APA)
        # Council of Research Task Force …": the people, then the group they wrote for.
        people, _ = parse_names(text[: group.start()])
        return people + (Author(literal=group.group("group").strip(" .")),), True
    et_al = False
    while True:
        match = _ET_AL.search(text)
        if not match:
            break
        et_al = True
        text = text[: match.start()].strip(" ,;:")
    text = without_omission_mark(text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    # A conjunction left at the end where the tagger cut "и др." or "and others" in two
    # ("Zarate C. A. Jr и") joins no one.
    text = re.sub(r"\s+(?:and|&|и|und|e|y|et)$", "", text)
    if not text:
        return (), et_al
    if looks_like_group(text) and not has_person_pattern(text):
        return (Author(literal=text.rstrip(".")),), et_al
    # "St. John, K.", "Smith A, St. John K": the saint's stop is no initial's (read without
    # it, then given back to the surname as printed).
    saints = set(_SAINT.findall(text))
    text = _SAINT.sub(r"\1 ", text)
    pieces = _pieces(text)
    authors: list[Author] = []
    for piece in pieces:
        author = parse_person(piece)
        if author and saints and (saint := re.match(rf"({SAINT_WORDS})\s", author.family)) and saint.group(1) in saints:
            author = replace(author, family=f"{saint.group(1)}. {author.family[saint.end():]}")
        if author is None or not (author.family or author.literal or author.initials):
            continue  # an empty piece between two commas names no one ("Sjöstedt A,,.")
        previous = authors[-1] if authors else None
        if (previous and previous.family and not previous.initials and not previous.literal
                and not author.family and not author.literal):
            # A space before every comma ("Moss ,D .,Shukurov ,A .") split each surname
            # from its initials: they are one person.
            authors[-1] = replace(previous, initials=author.initials)
            continue
        authors.append(author)
    return tuple(authors), et_al


# A country's dotted abbreviation opening a body's name ("U.S. Environmental Protection
# Agency", "U.K. Health Security Agency") is no person's initials.
COUNTRY_OPENING = re.compile(r"^(?:U\.\s?S\.(?:\s?A\.)?|U\.\s?K\.|U\.\s?N\.|E\.\s?U\.)\s+")


# Country and company forms that look like undotted initials ("Department of Health, UK").
NOT_INITIALS = frozenset("UK US USA EU UN SA AG NV BV AB AS LLC INC PLC LTD CO".split())
_GIVEN_INITIALS_FIRST = re.compile(rf"(?:^|[,;&]\s*)(?:[{_UPPER}]\.\s?){{1,3}}\s*[{_UPPER}][a-z]")
# (The surname's small letters in any Latin script: "Nguyễn V.A.", "Dvořák J.")
_INITIALS_AFTER = re.compile(rf"[{_UPPER}][a-zß-ÿ\u0100-\u024f\u1e00-\u1eff]+,?\s(?P<initials>(?:[{_UPPER}]\.?[\s‐-]?){{1,3}})\s*(?:[,;&]|$)")


def has_person_pattern(text: str) -> bool:
    """Initials beside a capitalised word: a list of people, even if one is "Health N"
    or "Bank, A. B."."""
    text = _ET_AL.sub("", COUNTRY_OPENING.sub("", text).strip())  # ("Nguyễn V.A. và cs.": the list's last person ends it)
    if _GIVEN_INITIALS_FIRST.search(text):
        return True
    return any(m.group("initials").strip() not in NOT_INITIALS for m in _INITIALS_AFTER.finditer(text))


# Italian humanities part names with a dash: "Ø. Andersen - M. Dickie", "B.A. Stolz – R.S. Shannon".
# Czech and Slovak journals part inverted names so: "Berman, R. M. – Cappiello, A. – et al.".
_DASH_BETWEEN_NAMES = re.compile(r"(?<=[^\W\d_])\s+[-–]\s+(?=(?:[^\W\d_]\.\s?){1,3}[^\W\d_])"
                                 r"|(?:(?<=[A-Z]\.)|(?<=\bJr)|(?<=\bSr))\s+[-–]\s+(?=[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){0,2},\s|et\s+al\b)")


def dashes_between_names_as_commas(text: str) -> str:
    """``text`` with the dashes that part names ("Berman, R. M. – Cappiello, A.") as commas."""
    return _DASH_BETWEEN_NAMES.sub(", ", text) if ("–" in text or " - " in text) else text


# Korean and Chinese lists may part whole names with a full stop or a middle dot
# ("이찬희.조지현.김지영", "최지수. 윤석민", "郭春華. 劉小冬"); a name has no initials to dot.
# (Not the katakana "・", which parts the words of one foreign name.)
_DOT_BETWEEN_CJK_NAMES = re.compile(rf"(?<=[{HAN}{HANGUL}])\s*[.．·]\s*(?=[{HAN}{HANGUL}])")


# Vancouver names with their commas lost, as some JATS exports print them: "Armah GE
# Steele AD Esona MD". Each surname (capitalised, with a lower-case letter) is followed by
# its undotted initials; two or more such pairs, and nothing else, are that many people.
_UNCOMMAED_PERSON = rf"(?:[a-z]{{1,3}}\s)?[{_UPPER}][a-zß-ÿ][\w'’-]*(?:\s[{_UPPER}][a-zß-ÿ][\w'’-]*)?\s[{_UPPER}]{{1,3}}"
_UNCOMMAED_NAMES = re.compile(rf"{_UNCOMMAED_PERSON}(?:\s{_UNCOMMAED_PERSON})+")
_UNCOMMAED_ONE = re.compile(_UNCOMMAED_PERSON + r"(?=\s|$)")


def _pieces(text: str) -> list[str]:
    """One string per person."""
    if "," not in text and ";" not in text and _UNCOMMAED_NAMES.fullmatch(text) and not _CONJUNCTION.search(text):
        return [m.group(0) for m in _UNCOMMAED_ONE.finditer(text)]
    text = dashes_between_names_as_commas(_DOT_BETWEEN_CJK_NAMES.sub(", ", text))
    if "/" in text and "," in text:
        # German humanities part inverted names with slashes: "Müller, Karl/Schmidt, Hans".
        text = re.sub(r"(?<=[^\W\d_.])\s*/\s*(?=[^\W\d_])", "; ", text)
    if ";" in text:
        parts = [p for chunk in text.split(";") for p in _CONJUNCTION.split(chunk) if p.strip()]
        return [p.strip(" ,") for p in parts if p.strip(" ,")]
    chunks = [c for c in _CONJUNCTION.split(text) if c.strip(" ,")]
    raw = [p.strip() for chunk in chunks for p in chunk.split(",") if p.strip()]
    # Re-pair "Smith", "A. B." → "Smith, A. B."; attach suffixes ("Jr.") to their name.
    merged: list[str] = []
    for index, piece in enumerate(raw):
        bare = piece.rstrip(".").lower()
        if merged and bare in SUFFIXES:
            merged[-1] = f"{merged[-1]} {piece}"
        elif merged and "," in merged[-1] and all(_particle(t) for t in piece.split()):
            # "Wulp, F.M., van der": the particles after the initials are the surname's.
            merged[-1] = f"{merged[-1]} {piece}"
        elif merged and _initials_with_particle(piece) and "," not in merged[-1] and (
                not _has_initials(merged[-1]) or ("." in piece and re.fullmatch(r"[^\W\d_]{2,}(?:[-‐' ][^\W\d_]{2,}){0,3}", merged[-1]))):
            # ("RUSH", "A. J.": beside dotted initials, a capitalised word is the surname,
            # hyphenated or of several words too: "MACHADO-VIEIRA", "R."; "DE BERARDIS", "D.".)
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    # Every name inverted with its full given names: "Boin, Arjen, McConnell, Allan and
    # Hart, Paul", "Lévesque, Kathleen et Gagnon, Katia" — surname and given names
    # alternate, and the conjunction falls between two pairs.
    counts = [len([p for p in chunk.split(",") if p.strip()]) for chunk in chunks]
    if (len(merged) >= 4 and len(merged) == len(raw) and all(n % 2 == 0 for n in counts)
            and all(_single_surname(merged[i]) and _given_only(merged[i + 1]) for i in range(0, len(merged), 2))):
        return [f"{merged[i]}, {merged[i + 1]}" for i in range(0, len(merged), 2)]
    # Chicago and MLA invert only the first name: "Smith, John A., and Carol Jones".
    # French and ABNT capitalise the surname: "LAPP, Aymeric" ("LAPP" alone reads as initials).
    # (ABNT's given names may carry the surname's particle: "SILVA, João Carlos da";
    # ISO 690's a middle initial: "KUHN, Thomas S.")
    capitalised = re.fullmatch(rf"[{_UPPER}]{{2,}}", merged[0]) and len(merged) >= 2 and all(
        re.fullmatch(r"[^\W\d_][a-zß-ÿ]{2,}(?:-[^\W\d_][a-zß-ÿ]+)?", t) or (i and (_particle(t) or is_initials(t)))
        for i, t in enumerate(_tokens(merged[1])))
    if len(merged) >= 2 and "," not in merged[0] and (_single_surname(merged[0]) or capitalised or _compound_surname_then_given(
            merged[0], merged[1])) and _given_only(merged[1]):
        rest = merged[2:]
        if not rest or all(_given_first_full(p) or _initials_first(p) for p in rest):
            merged = [f"{merged[0]}, {merged[1]}"] + rest
    return merged


def _tokens(piece: str) -> list[str]:
    # "A.B." and "J.-P." stay one token; "A. B." is two.
    return [t for t in re.split(r"\s+", piece.strip()) if t]


def _all_initials(piece: str) -> bool:
    tokens = _tokens(piece)
    return bool(tokens) and all(is_initials(t) for t in tokens) and len(tokens) <= 4


def _initials_with_particle(piece: str) -> bool:
    """Initials, perhaps with the surname's particle after them (ABNT's "P. R. de") or a
    given name's particle between them (Brazilian APA's "C. da S. T.", Cristina da Silva
    Teixeira)."""
    tokens = _tokens(piece)
    if len(tokens) > 1 and _particle(tokens[-1].rstrip(".")):  # (the list's stop after it: "F. F. de.")
        tokens = tokens[:-1]
    inner = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and _particle(t))]
    return _all_initials(" ".join(inner)) if inner else False


def _has_initials(piece: str) -> bool:
    # (A suffix is no initials: "Strunk Jr.", "W." is one person, Elsevier's Harvard.)
    return any(is_initials(t) and t.rstrip(".").lower() not in SUFFIXES for t in _tokens(piece))


def _single_surname(piece: str) -> bool:
    tokens = [t for t in _tokens(piece) if not _particle(t)]
    return len(tokens) == 1 and tokens[0][:1].isupper() and not is_initials(tokens[0])


def _compound_surname_then_given(surname: str, given: str) -> bool:
    """"Wong Fillmore, Lily", "García Márquez, Gabriel J.": a surname of two or three
    words inverted before one given name (and initials). Read the other way, the given name
    would be a whole person of one word."""
    words, names = _tokens(surname), _tokens(given)
    # ("Planck Collaboration, Aghanim N.": a group, then a person inverted.)
    return (2 <= len(words) <= 3 and not looks_like_group(surname) and all(w[:1].isupper() and not is_initials(w) for w in words if not _particle(w))
            and not is_initials(names[0]) and all(is_initials(t) for t in names[1:]))


def _given_only(piece: str) -> bool:
    """"John A." or "John": given names alone (the surname stood before the comma); a
    particle may stand among them ("Boaventura de Sousa", "João Carlos da")."""
    tokens = [t for index, t in enumerate(_tokens(piece)) if not (index and _particle(t))]
    return 1 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and not is_initials(tokens[0])


def _given_first_full(piece: str) -> bool:
    """"Carol Jones", "Maria da Silva": given names, then a surname (not initials)."""
    tokens = _tokens(piece)
    return len(tokens) >= 2 and all(t[:1].isupper() or _particle(t) for t in tokens) and not is_initials(tokens[-1])


def _initials_first(piece: str) -> bool:
    tokens = _tokens(piece)
    return len(tokens) >= 2 and is_initials(tokens[0])


_GIVEN_IN_BRACKETS = re.compile(r"(?P<family>[^\W\d_][\w'’\- ]{0,40}?[^\W\d_])\s*\((?P<given>[^\W\d_][\w.\- ]{0,40})\)\.?"
                                rf"(?:,?\s+(?P<suffix>{NAME_SUFFIX})(?!\w))?")


_ENDS_ON_GROUP_WORD = re.compile(rf"\b{GROUP_WORD}\.?$")


_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.[‐-]?)+")


def parse_person(piece: str) -> Author | None:
    """One person as printed in any order; ``None`` for an empty piece."""
    piece = piece.strip(" ,;:")
    if not piece:
        return None
    # ("LIGO Scientific Collaboration", "ATLAS Collaboration": the capitals before the word
    # a group is named by are an acronym, not initials.)
    if looks_like_group(piece) and (not _has_initials(piece) or _ENDS_ON_GROUP_WORD.search(piece)):
        return Author(literal=piece.rstrip("."))
    bracketed = _GIVEN_IN_BRACKETS.fullmatch(piece)
    if bracketed and not re.fullmatch(r"(?i:eds?|editors?|orgs?|coords?|dirs?|hrsg|hg|trans|comp|comps)\.?|[A-Z]{4,}",
                                      bracketed.group("given").strip()):
        # French humanities: "FERRIERES (Madeleine)", "ALY (M.I.)": the given names in
        # brackets after the surname.
        suffix = SUFFIXES.get((bracketed.group("suffix") or "").rstrip(".").lower(), "")
        return _author(bracketed.group("family"), initials_of(bracketed.group("given")), suffix)
    suffix = ""
    if "," in piece:
        family, _, given = piece.partition(",")
        given_tokens = _tokens(given)
        while given_tokens and given_tokens[-1].rstrip(".").lower() in SUFFIXES:
            suffix = SUFFIXES[given_tokens.pop().rstrip(".").lower()]
        family_tokens = _tokens(family)
        # "SILVA, J. C. da", "Santos, Maria José dos": the particle that ends the given
        # names is the surname's ("da Silva"), as in MEDLINE's "Silva MRF da".
        while len(given_tokens) > 1 and _particle(given_tokens[-1].rstrip(".")):
            family_tokens.insert(0, given_tokens.pop().rstrip("."))
        if len(family_tokens) > 1 and family_tokens[-1].rstrip(".").lower() in SUFFIXES:
            suffix = SUFFIXES[family_tokens.pop().rstrip(".").lower()]
        return _author(" ".join(family_tokens), initials_of(" ".join(given_tokens)), suffix)
    tokens = _tokens(piece)
    # ("M. V. Filho", "A. Neto": with initials only beside it, the word is the surname.)
    named = any(not is_initials(t) and t.rstrip(".,").lower() not in SUFFIXES for t in tokens)
    kept = []
    for token in tokens:
        bare = token.rstrip(".,").lower()
        if bare in SUFFIXES and kept and len(tokens) > 2 and named:
            suffix = SUFFIXES[bare]
        else:
            kept.append(token)
    tokens = kept
    if len(tokens) == 1:
        return _author(tokens[0].rstrip("."), "", suffix)
    # A surname in capitals with its particles before the initials ("VAN DER VEEN J W",
    # GB/T 7714): the capitalised particles and the word after them are the surname.
    particles = 0
    while particles < len(tokens) - 2 and tokens[particles].isupper() and tokens[particles].lower() in PARTICLES:
        particles += 1
    if (particles and len(tokens[particles].rstrip(".")) >= 3 and tokens[particles].isupper()
            and all(is_initials(t) for t in tokens[particles + 1:])):
        return _author(" ".join(tokens[:particles + 1]), initials_of(" ".join(tokens[particles + 1:])), suffix)
    given = 0
    while given < len(tokens) - 1 and _DOTTED_INITIALS.fullmatch(tokens[given]):
        given += 1
    if given and all(re.fullmatch(rf"[{UPPER}][{UPPER}'’‐-]+", t) for t in tokens[given:]):
        # "X. S. HU", "J. W. VAN DER VEEN", "N. DIAZ GRANADOS" (names set in capitals, given
        # names first): after dotted initials, words in capitals with no stop are the
        # surname, not more initials.
        return _author(" ".join(tokens[given:]), initials_of(" ".join(tokens[:given])), suffix)
    lead = 0
    while lead < len(tokens) and is_initials(tokens[lead]) and lead < len(tokens) - 1:
        lead += 1
    trail = len(tokens)
    while trail > 1 and (is_initials(tokens[trail - 1]) or _particle(tokens[trail - 1])):
        trail -= 1
    # GB/T 7714's two-word surname in capitals before spaced initials ("NASIR BAIG R B"): a
    # word of three capitals or more before initials of one letter each is the surname's.
    while (trail < len(tokens) - 1 and tokens[trail].isalpha() and len(tokens[trail]) >= 3
           and all(len(t.rstrip(".")) == 1 for t in tokens[trail + 1:])):
        trail += 1
    if trail < len(tokens) and not (lead and lead == len(tokens) - 1 and _surname_like(tokens[-1])):
        # Family first: "Smith AB", "van der Berg J", "Silva MRF da" (particle after the initials).
        family = tokens[:trail]
        rest = tokens[trail:]
        particles = [t for t in rest if _particle(t)]
        initials = [t for t in rest if not _particle(t)]
        if all(is_initials(t) for t in family) and len(family) == 1 and not initials:
            return _author(family[0], "", suffix)
        return _author(" ".join(particles + family), initials_of(" ".join(initials)), suffix)
    if lead:
        # Given first: "A. B. Smith", "AB Smith", "J.-P. de Roever".
        family, initials = given_syllable_apart(" ".join(tokens[lead:]), initials_of(" ".join(tokens[:lead])))
        return _author(family, initials, suffix)
    # Full names without initials: "John Smith", "Maria da Silva Santos".
    index = len(tokens) - 1
    while index > 1 and tokens[index - 1].lower() in PARTICLES:
        index -= 1
    return _author(" ".join(tokens[index:]), initials_of(" ".join(tokens[:index])), suffix)


def given_syllable_apart(family: str, initials: str) -> tuple[str, str]:
    """(family, initials) of a given-first name whose surname as read opens with a
    two-letter word that is no particle: "P. Er Saw", "N. Ha Hoang" are Phei Er Saw and Ngoc
    Ha Hoang, the word the given name's second syllable ("Saw", "PE"). "D. De Berardis",
    "T. Roy Chowdhury" keep their two-word surnames."""
    words = family.split()
    if (len(words) == 2 and re.fullmatch(r"[A-Z][a-z]", words[0]) and words[0].lower() not in PARTICLES
            and words[1][:1].isupper()):
        return words[1], initials + words[0][0]
    return family, initials


def _particle(token: str) -> bool:
    """"da", "van", "de" — printed in lower case; "DI" and "AF" are initials."""
    return token.islower() and token in PARTICLES


def _surname_like(token: str) -> bool:
    """"Smith", "SMITH", "O'Neill": more than a few capitals — not dotted initials, however
    long their marks make them ("J.-Y.")."""
    if re.fullmatch(r"(?:[^\W\d_]\.[‐-]?)+[^\W\d_]?\.?", token):
        return False
    return len(token.rstrip(".")) > 3 or (token[:1].isupper() and any(c.islower() for c in token))


def _author(family: str, initials: str, suffix: str) -> Author:
    family = family.strip(" .,")
    return Author(family=family, initials=initials, suffix=suffix)
