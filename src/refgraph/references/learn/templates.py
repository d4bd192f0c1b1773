"""House styles that the CSL files do not cover, written as templates with exact labels.

The CSL styles in ``shared/csl-styles`` are the repository versions of each style, and
real journals print variants of them: ACS and Angewandte journal references without
titles, Physical Review without titles, the Royal Society's year after the names,
Brazilian ABNT, Vancouver with no period after the names. Each template below follows
one family as its author guidelines describe it, with the small variations real lists
show (spacing after ";", a final period or none, DOI forms). Every piece is emitted with
its label, so the strings are labelled exactly by construction.
"""
from __future__ import annotations

import random
import re

from .labels import LabelledString, from_segments

_FUNCTION_WORDS = frozenset("of and the in for on de da do des du la le et und y e".split())
_FULL_WORDS = frozenset(
    """cell cancer nature science blood brain heart gut lung bone plant water food pain sleep genes virus immunity
    chemistry physics medicine biology ecology evolution development neuron oncogene leukemia diabetes lancet elife
    virulence""".split()
)


class _Builder:
    def __init__(self) -> None:
        self.segments: list[list[str]] = []

    def add(self, label: str, text: str) -> "_Builder":
        if text:
            if self.segments and self.segments[-1][0] == label == "other":
                self.segments[-1][1] += text
            else:
                self.segments.append([label, text])
        return self

    def sep(self, text: str) -> "_Builder":
        return self.add("other", text)


def dotted(journal: str) -> str:
    """"J Biol Chem" → "J. Biol. Chem." (ISO 4 abbreviations end in a period); a full name
    ("Cell Metabolism", "Nature") stays as it is."""
    words = journal.split()
    abbreviated = len(words) >= 2 and all(len(w.rstrip(".")) <= 7 and w[:1].isupper() for w in words if w.lower() not in _FUNCTION_WORDS)
    if not abbreviated:
        return journal
    out = []
    for word in words:
        bare = word.rstrip(".")
        if bare.lower() in _FUNCTION_WORDS or bare.lower() in _FULL_WORDS or not bare.isalpha() or bare.isupper():
            out.append(bare)
        else:
            out.append(bare + ".")
    return " ".join(out)


def undotted(journal: str) -> str:
    return re.sub(r"\.(?=\s|$)", "", journal)


def _initials(person: dict, style: str) -> str:
    letters = person["initials"]
    if style == "dotted-spaced":
        return " ".join(f"{c}." for c in letters)
    if style == "dotted":
        return "".join(f"{c}." for c in letters)
    return letters


def _name(person: dict, form: str, rng: random.Random) -> str:
    if "literal" in person:
        return person["literal"]
    family = person["family"]
    if form == "vancouver":
        return f"{family} {person['initials']}"
    if form == "inverted":  # Smith, A. B.
        return f"{family}, {_initials(person, 'dotted-spaced')}"
    if form == "inverted-tight":  # Smith, A.B.
        return f"{family}, {_initials(person, 'dotted')}"
    if form == "inverted-nocomma":  # Smith A. B.
        return f"{family} {_initials(person, 'dotted-spaced')}"
    if form == "given-first":  # A. B. Smith
        return f"{_initials(person, 'dotted-spaced')} {family}"
    if form == "given-first-tight":  # A.B. Smith
        return f"{_initials(person, 'dotted')} {family}"
    if form == "upper":  # SMITH, A. B.
        return f"{family.upper()}, {_initials(person, 'dotted-spaced')}"
    return family


def _names(people: list[dict], form: str, sep: str, last: str, etal_after: int, etal_text: str, rng: random.Random) -> str:
    # Vancouver lists 3 or 6 names before "et al."; the other styles list one.
    shown = people if len(people) <= etal_after else people[: etal_after if etal_after in (3, 6) else 1]
    names = [_name(p, form, rng) for p in shown]
    if len(shown) < len(people):
        return sep.join(names) + etal_text
    if len(names) == 1:
        return names[0]
    return sep.join(names[:-1]) + last + names[-1]


def _pages(rng: random.Random, abbreviated: bool) -> str:
    first = rng.randint(1, 4000)
    roll = rng.random()
    if roll < 0.12:
        return f"e{rng.randint(1000, 99999)}"
    if roll < 0.2:
        return rng.choice(["aad", "eaax", "adx", "L0", "S", "2019GL0"]) + str(rng.randint(100, 99999))
    if roll < 0.3:
        return str(first)
    last = first + rng.randint(1, 60)
    dash = rng.choice(["-", "–", "–"])
    if abbreviated:
        a, b = str(first), str(last)
        common = 0
        while common < len(a) - 1 and len(a) == len(b) and a[common] == b[common]:
            common += 1
        return f"{a}{dash}{b[common:]}"
    return f"{first}{dash}{last}"


def _doi(rng: random.Random) -> str:
    return f"10.{rng.randint(1000, 9999)}/{rng.choice(['j.', 's', 'nature', 'acs.', ''])}{rng.randint(10000, 9999999)}"


def _article(b: _Builder, rec: dict, rng: random.Random, style: str) -> None:
    people = rec["authors"]
    journal = rec["journal"]
    year, volume, issue, pages = rec["year"], rec["volume"], rec["issue"], rec["pages"]
    title = rec["title"]
    end = "" if rng.random() < 0.2 else "."
    if style == "vancouver":
        b.add("author", _names(people, "vancouver", ", ", ", ", rng.choice([3, 6, 6, 99]), rng.choice([", et al.", ", et al", " et al."]), rng))
        b.sep(rng.choice([". ", ". ", ". ", " "]) if not b.segments[-1][1].endswith(".") else " ")
        b.add("title", title).sep(". " if not title.endswith("?") else " ")
        b.add("container-title", undotted(journal)).sep(rng.choice([". ", " ", ". "]))
        b.add("date", year + (rng.choice(["", "", " Mar", " Jan 15", " abr", " out"]) if rng.random() < 0.3 else ""))
        b.sep(rng.choice([";", "; "])).add("volume", volume)
        if issue:
            b.sep("(").add("issue", issue).sep(")")
        if pages:
            b.sep(":").add("pages", pages)
    elif style == "nature":
        form = rng.choice(["inverted", "inverted", "inverted-nocomma"])
        b.add("author", _names(people, form, ", ", rng.choice([" & ", ", & "]), 5, " et al.", rng))
        b.sep(" " if b.segments[-1][1].endswith(".") else ". ")
        b.add("title", title).sep(". " if not title.endswith("?") else " ")
        b.add("container-title", dotted(journal)).sep(" ").add("volume", volume).sep(", ")
        b.add("pages", pages or str(rng.randint(1, 999)))
        if rng.random() < 0.3:
            b.sep(". ").add("doi", _doi(rng))
        b.sep(" (").add("date", year).sep(")")
    elif style in ("science", "aps", "aip", "angewandte", "rbef"):
        form = "given-first-tight" if style == "rbef" else "given-first"
        last = {"science": ", ", "aps": " and ", "aip": ", and ", "angewandte": ", ", "rbef": " e "}[style]
        b.add("author", _names(people, form, ", ", last, 10 if style != "aps" else 99, " et al.", rng))
        b.sep(", ")
        if style == "science":
            b.add("title", title).sep(". " if not title.endswith("?") else " ")
        if style == "angewandte":
            b.add("container-title", dotted(journal)).sep(" ").add("date", year).sep(", ").add("volume", volume)
            b.sep(", ").add("pages", (pages or "1").split("-")[0].split("–")[0])
        else:
            b.add("container-title", dotted(journal) if style != "rbef" or rng.random() < 0.6 else journal).sep(" ")
            b.add("volume", volume).sep(", ").add("pages", (pages or "1").split("–")[0] if style != "science" else pages or "1")
            b.sep(" (").add("date", year).sep(")")
    elif style == "acs":
        b.add("author", _names(people, "inverted", "; ", "; ", 99, "", rng))
        if rng.random() < 0.4:
            b.sep(" ").add("title", title).sep(". ")
        else:
            b.sep(rng.choice([" ", "; "]))
        b.add("container-title", dotted(journal)).sep(" ").add("date", year).sep(", ").add("volume", volume)
        if issue and rng.random() < 0.3:
            b.sep(" (").add("issue", issue).sep(")")
        b.sep(", ").add("pages", pages or "1")
    elif style == "royal-society":
        b.add("author", _names(people, "vancouver", ", ", ", ", 10, " et al.", rng))
        b.sep(rng.choice([". ", " "])).add("date", year).sep(" ")
        b.add("title", title).sep(". " if not title.endswith("?") else " ")
        b.add("container-title", dotted(journal)).sep(" ").add("volume", volume).sep(", ").add("pages", pages or "1").sep(".")
        if rng.random() < 0.7:
            b.sep(" (doi:").add("doi", _doi(rng)).sep(")")
        end = ""
    elif style == "abnt":
        b.add("author", _names(people, "upper", "; ", "; ", 3, " et al.", rng)).sep(" ")
        b.add("title", title).sep(". ").add("container-title", journal).sep(", v. ").add("volume", volume)
        if issue:
            b.sep(", n. ").add("issue", issue)
        if pages:
            b.sep(", p. ").add("pages", pages)
        b.sep(", ").add("date", year)
    elif style == "chicago-numbered":
        b.add("author", _names(people, "given-first", ", ", ", and ", 10, " et al.", rng)).sep(", “")
        b.add("title", title).sep(",” ").add("container-title", journal).sep(" ").add("volume", volume)
        if issue:
            b.sep(", no. ").add("issue", issue)
        b.sep(" (").add("date", year).sep(")")
        if pages:
            b.sep(": ").add("pages", pages)
    elif style == "frontiers":
        b.add("author", _names(people, "vancouver", ", ", ", ", 6, ", et al.", rng)).sep(". ")
        b.add("title", title).sep(". ").add("container-title", dotted(journal) if rng.random() < 0.5 else journal)
        b.sep(". (").add("date", year).sep(") ").add("volume", volume).sep(":").add("pages", pages or "1")
        if rng.random() < 0.6:
            b.sep(". doi: ").add("doi", _doi(rng))
    elif style == "author-date":
        variant = rng.choice(["elife", "springer", "chicago", "scielo", "apa"])
        if variant == "elife":
            b.add("author", _names(people, "vancouver", ", ", ", ", 10, ", et al.", rng)).sep(". ").add("date", year + rec["letter"])
            b.sep(". ").add("title", title).sep(". ").add("container-title", journal).sep(" ").add("volume", volume)
            b.sep(":").add("pages", pages or "1")
        elif variant == "springer":
            b.add("author", _names(people, "vancouver", ", ", ", ", 10, " et al.", rng)).sep(" (").add("date", year + rec["letter"])
            b.sep(") ").add("title", title).sep(". ").add("container-title", undotted(journal)).sep(" ").add("volume", volume)
            if issue:
                b.sep("(").add("issue", issue).sep(")")
            b.sep(":").add("pages", pages or "1")
        elif variant == "chicago":
            first, rest = people[0], people[1:]
            names = _name(first, "inverted", rng)
            if rest:
                names += (", " + ", ".join(_name(p, "given-first", rng) for p in rest[:-1]) if len(rest) > 1 else "") + ", and " + _name(rest[-1], "given-first", rng)
            b.add("author", names).sep(" " if names.endswith(".") else ". ").add("date", year + rec["letter"]).sep(". “")
            b.add("title", title).sep(".” ").add("container-title", journal).sep(" ").add("volume", volume).sep(": ").add("pages", pages or "1")
        elif variant == "scielo":
            b.add("author", _names(people, "inverted-tight", "; ", "; ", 99, "", rng)).sep(" ").add("date", year + rec["letter"])
            b.sep(". ").add("title", title).sep(". ").add("container-title", journal).sep(", ").add("volume", volume)
            b.sep(": ").add("pages", pages or "1")
        else:
            b.add("author", _names(people, "inverted", ", ", ", & ", 20, ", … ", rng)).sep(" (").add("date", year + rec["letter"])
            b.sep("). ").add("title", title).sep(". ").add("container-title", journal).sep(", ").add("volume", volume)
            if issue:
                b.sep("(").add("issue", issue).sep(")")
            b.sep(", ").add("pages", pages or "1")
            if rng.random() < 0.6:
                b.sep(". ").add("doi", "https://doi.org/" + _doi(rng))
                end = ""
    b.sep(end)


def _book(b: _Builder, rec: dict, rng: random.Random, style: str) -> None:
    people = rec["authors"]
    if style in ("vancouver", "frontiers", "royal-society", "abnt"):
        b.add("author", _names(people, "vancouver" if style != "abnt" else "upper", ", " if style != "abnt" else "; ", ", ", 6, ", et al.", rng)).sep(". ")
        b.add("title", rec["title"]).sep(". ")
        if rec["edition"]:
            b.add("edition", rec["edition"] + rng.choice(["nd ed", "th ed", "a ed", ". ed"])).sep(". ")
        b.add("location", rec["place"]).sep(": ").add("publisher", rec["publisher"]).sep("; " if style != "abnt" else ", ").add("date", rec["year"])
        if rng.random() < 0.3:
            b.sep(". ").add("pages", str(rng.randint(50, 900))).sep(" p")
        b.sep(".")
    elif style in ("nature", "science", "aps", "aip", "rbef", "chicago-numbered", "angewandte", "acs"):
        form = "given-first" if style in ("science", "aps", "aip", "chicago-numbered", "angewandte") else "inverted"
        b.add("author", _names(people, form, ", ", " & " if style == "nature" else ", ", 5, " et al.", rng))
        b.sep(", " if form == "given-first" else " ").add("title", rec["title"]).sep(" (").add("publisher", rec["publisher"])
        if rng.random() < 0.6:
            b.sep(", ").add("location", rec["place"])
        if rec["edition"] and rng.random() < 0.5:
            b.sep(", ").add("edition", rec["edition"] + "nd ed.")
        b.sep(", ").add("date", rec["year"]).sep(").")
    else:
        b.add("author", _names(people, "inverted", ", ", ", & ", 20, ", … ", rng)).sep(" (").add("date", rec["year"] + rec["letter"])
        b.sep("). ").add("title", rec["title"])
        if rec["edition"]:
            b.sep(" (").add("edition", rec["edition"] + "nd ed.").sep(")")
        b.sep(". ").add("publisher", rec["publisher"]).sep(".")


def _chapter(b: _Builder, rec: dict, rng: random.Random, style: str) -> None:
    people, editors = rec["authors"], rec["editors"]
    if style in ("vancouver", "frontiers", "abnt", "royal-society"):
        b.add("author", _names(people, "vancouver", ", ", ", ", 6, ", et al.", rng)).sep(". ").add("title", rec["title"])
        b.sep(". In: ").add("editor", _names(editors, "vancouver", ", ", ", ", 6, ", et al.", rng))
        b.sep(rng.choice([", editors. ", ", eds. ", ", organizadores. "])).add("container-title", rec["booktitle"]).sep(". ")
        b.add("location", rec["place"]).sep(": ").add("publisher", rec["publisher"]).sep("; ").add("date", rec["year"])
        b.sep(". p. ").add("pages", _pages(rng, True)).sep(".")
    elif style in ("nature", "science", "aps", "aip", "rbef", "chicago-numbered", "angewandte", "acs"):
        form = "given-first" if style != "nature" else "inverted"
        b.add("author", _names(people, form, ", ", ", ", 5, " et al.", rng)).sep(", " if form == "given-first" else " ")
        b.add("title", rec["title"]).sep(rng.choice([", in ", ". In "])).add("container-title", rec["booktitle"])
        b.sep(rng.choice([", ", " (eds "])).add("editor", _names(editors, "given-first", ", ", ", ", 4, " et al.", rng))
        b.sep(", Eds. (" if style != "nature" else ") ").add("publisher", rec["publisher"]).sep(", ").add("date", rec["year"])
        b.sep("), pp. ").add("pages", _pages(rng, False)).sep(".")
    else:
        b.add("author", _names(people, "inverted", ", ", ", & ", 20, ", … ", rng)).sep(" (").add("date", rec["year"] + rec["letter"])
        b.sep("). ").add("title", rec["title"]).sep(". In ").add("editor", _names(editors, "given-first", ", ", " & ", 5, " et al.", rng))
        b.sep(" (Eds.), ").add("container-title", rec["booktitle"]).sep(" (pp. ").add("pages", _pages(rng, False)).sep("). ")
        b.add("publisher", rec["publisher"]).sep(".")


def _web(b: _Builder, rec: dict, rng: random.Random, style: str) -> None:
    b.add("author", rec["authors"][0].get("literal") or _name(rec["authors"][0], "vancouver", rng)).sep(". ")
    b.add("title", rec["title"]).sep(" [Internet]. ")
    if rng.random() < 0.5:
        b.add("location", rec["place"]).sep(": ").add("publisher", rec["publisher"]).sep("; ")
    b.add("date", rec["year"])
    portuguese = rng.random() < 0.4
    b.sep(" [citado em 2022 mar 15]. Disponível em: " if portuguese else " [cited 2022 Mar 15]. Available from: ")
    b.add("url", f"https://www.{rng.choice(['gov.br', 'who.int', 'example.org', 'cdc.gov'])}/{rng.randint(10, 99999)}")


STYLES = ("vancouver", "nature", "science", "aps", "aip", "angewandte", "rbef", "acs", "royal-society", "abnt",
          "chicago-numbered", "frontiers", "author-date")
# Style families as styles.jsonl hints them, for leave-one-style-out runs.
FAMILY = {"vancouver": "vancouver", "frontiers": "vancouver", "nature": "nature-like", "science": "science-like",
          "aps": "science-like", "aip": "science-like", "rbef": "science-like", "angewandte": "acs-like", "acs": "acs-like",
          "royal-society": "author-date", "abnt": "other", "chicago-numbered": "ieee-like", "author-date": "author-date"}


def template_strings(count: int, pools: dict, seed: int = 29, exclude_families: frozenset = frozenset()) -> list[LabelledString]:
    """``count`` exactly labelled strings in the template styles."""
    rng = random.Random(seed)
    styles = [s for s in STYLES if FAMILY[s] not in exclude_families]
    out: list[LabelledString] = []
    for index in range(count):
        style = styles[index % len(styles)]
        rec = _template_record(rng, pools)
        b = _Builder()
        kind = rng.choices(["article", "book", "chapter", "web"], [80, 8, 8, 4])[0]
        {"article": _article, "book": _book, "chapter": _chapter, "web": _web}[kind](b, rec, rng, style)
        out.append(from_segments(b.segments))
    return out


def organisation(rng: random.Random) -> str:
    """A made-up but realistic group author."""
    patterns = [
        "{adj} {org} of {field}", "{adj} {org} for {field}", "{country} Ministry of Health", "Ministério da Saúde",
        "World Health Organization", "{field} Collaborators", "GBD {year} {field} Collaborators", "The World Bank",
        "{country} Bureau of Statistics", "Centers for Disease Control and Prevention", "IPCC", "UNICEF",
        "Sociedade Brasileira de {field_pt}", "Department of Health and Social Care", "{adj} {field} Society",
    ]
    return rng.choice(patterns).format(
        adj=rng.choice(["American", "European", "International", "National", "British", "Brazilian", "Australian"]),
        org=rng.choice(["Association", "Society", "Institute", "Federation", "Council", "Academy"]),
        field=rng.choice(["Diabetes", "Cardiology", "Nephrology", "Psychiatry", "Oncology", "Pediatrics", "Ecology", "Chemistry"]),
        field_pt=rng.choice(["Diabetes", "Cardiologia", "Pediatria", "Nefrologia"]),
        country=rng.choice(["Australian", "Canadian", "Indian", "Kenyan", "Brazilian"]), year=rng.randint(2010, 2023))


def _template_record(rng: random.Random, pools: dict) -> dict:
    def person() -> dict:
        family, initials = rng.choice(pools["names"])
        return {"family": family, "initials": initials}

    count = rng.choices([1, 2, 3, 4, 5, 6, 8, 12, 20], [14, 16, 16, 13, 10, 9, 9, 8, 5])[0]
    authors = [person() for _ in range(count)]
    if rng.random() < 0.07:
        authors = [{"literal": organisation(rng)}]
    issue = str(rng.randint(1, 12)) if rng.random() < 0.5 else ""
    return {
        "authors": authors, "editors": [person() for _ in range(rng.randint(1, 3))],
        "title": rng.choice(pools["titles"]).rstrip("."), "journal": rng.choice(pools["journals"]).rstrip("."),
        "booktitle": rng.choice(pools["books"]).rstrip("."), "year": str(rng.randint(1960, 2025)),
        "letter": rng.choice(["", "", "", "", "a", "b"]), "volume": str(rng.randint(1, 500)), "issue": issue,
        "pages": _pages(rng, rng.random() < 0.3) if rng.random() < 0.95 else "", "publisher": rng.choice(pools["publishers"]),
        "place": rng.choice(pools["places"]), "edition": str(rng.randint(2, 6)) if rng.random() < 0.2 else "",
    }
