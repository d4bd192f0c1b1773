"""Synthetic, exactly labelled reference strings rendered through CSL styles (the GIANT recipe).

Structured records are recombined from real parts (names, titles and journals of the
train split of ``styles.jsonl``, the Vancouver strings and the gold records of
``shared/corpus``), rendered with citeproc-py through the styles in
``shared/csl-styles``, and labelled by invisible marker characters placed around each
field before rendering. Names are located around their marked surnames, years by
pattern. Needs citeproc-py (the ``train`` extra); never used at run time.
"""
from __future__ import annotations

import json
import random
import re
import warnings
from functools import lru_cache

from .data import read_styles, shared_dir
from .labels import LabelledString, from_segments
from .templates import organisation

# Private-use characters: begin/end markers for each field the renderer copies verbatim.
MARKERS = {
    "title": ("\ue002", "\ue003"),
    "container-title": ("\ue004", "\ue005"),
    "publisher": ("\ue006", "\ue007"),
    "location": ("\ue008", "\ue009"),
    "volume": ("\ue00a", "\ue00b"),
    "issue": ("\ue00c", "\ue00d"),
    "pages": ("\ue00e", "\ue00f"),
    "edition": ("\ue012", "\ue013"),
    "collection-title": ("\ue014", "\ue015"),
    "genre": ("\ue016", "\ue017"),
}
AUTHOR_MARK = ("\ue000", "\ue001")
EDITOR_MARK = ("\ue010", "\ue011")
_ALL_MARKS = re.compile("[\ue000-\ue01f]")

# Style families as ``styles.jsonl`` hints them, for leave-one-style-out runs.
STYLE_FAMILIES = {
    "vancouver": ["american-medical-association", "biomed-central", "bmj", "elsevier-vancouver", "nlm-citation-sequence",
                  "plos", "taylor-and-francis-national-library-of-medicine", "the-lancet",
                  "the-new-england-journal-of-medicine"],
    "author-date": ["american-geophysical-union", "american-meteorological-society", "american-political-science-association",
                    "american-sociological-association", "annual-reviews", "apa", "cell", "chicago-author-date",
                    "cse-name-year", "elife", "elsevier-harvard", "frontiers", "harvard-cite-them-right",
                    "iso690-author-date-en", "peerj", "sage-harvard", "springer-basic-author-date",
                    "springer-basic-brackets", "taylor-and-francis-chicago-author-date"],
    "nature-like": ["nature", "springer-lecture-notes-in-computer-science", "institute-of-physics-numeric"],
    "science-like": ["science", "pnas", "american-physics-society", "american-institute-of-physics",
                     "elsevier-with-titles"],
    "ieee-like": ["ieee", "association-for-computing-machinery"],
    "acs-like": ["american-chemical-society", "royal-society-of-chemistry", "angewandte-chemie",
                 "multidisciplinary-digital-publishing-institute"],
    "humanities-quoted": ["modern-language-association", "chicago-notes-bibliography", "oscola"],
    "other": ["china-national-standard-gb-t-7714-2015-numeric", "din-1505-2", "gost-r-7-0-5-2008", "copernicus-publications"],
}

_GIVEN_NAMES = """Maria John Ana Wei Jun Anne Peter Paulo Hiroshi Fatima Ahmed Olga Lars Ingrid Carlos Lucia
Mohammed Priya Rahul Chen Sofia David Sarah Thomas Laura Michael Elena Jean Pierre Klaus Yuki Kenji Amina Kwame
Isabel Jorge Marta Tomasz Agnieszka Nikolai Irina Ali Leila Omar Grace Daniel Emily James Robert Linda Susan Mark""".split()
_PLACES = """London;New York;Oxford;Cambridge;Berlin;Paris;Amsterdam;Boston;Chicago;São Paulo;Rio de Janeiro;Tokyo;
Beijing;Geneva;Washington, DC;Philadelphia;Heidelberg;Cham;Hoboken, NJ;Thousand Oaks, CA;Madrid;Barcelona;Lisbon;
Brasília;Porto Alegre;Sydney;Toronto;New Delhi;Singapore;Stockholm;Copenhagen;Leiden;Basel;Vienna;Milan""".replace("\n", "").split(";")
_GENRES = ["PhD thesis", "Doctoral dissertation", "Master's thesis", "Technical report", "Working paper", "Tese de doutorado"]


@lru_cache(maxsize=1)
def pools() -> dict:
    """Names, titles, journals, publishers and places to recombine."""
    names: list[tuple[str, str]] = []
    titles, journals, publishers, places, books = [], [], [], [], []
    for row in read_styles("train"):
        if row["title"] and 15 < len(row["title"]) < 220:
            (books if row["type_hint"] == "book" else titles).append(row["title"])
        if row["container"] and row["type_hint"] == "article-journal" and len(row["container"]) < 90:
            journals.append(row["container"])
        if row["publisher"] and len(row["publisher"]) < 70 and re.search(r"[^\W\d]{3}", row["publisher"]):
            publishers.append(row["publisher"])
        if row["location"] and len(row["location"]) < 40 and re.search(r"[^\W\d]{3}", row["location"]):
            places.append(row["location"])
    vancouver = shared_dir() / "corpus" / "reference-strings" / "vancouver.jsonl"
    for line in vancouver.read_text(encoding="utf-8").splitlines():
        for printed in json.loads(line)["authors"]:
            match = re.match(r"^(?P<family>[^\W\d][\w'’ -]*?)\s+(?P<initials>[A-Z]{1,3})$", printed)
            if match:
                names.append((match.group("family"), match.group("initials")))
    for gold in sorted((shared_dir() / "corpus" / "cases").glob("*/gold.json")):
        for ref in json.loads(gold.read_text(encoding="utf-8"))["references"]:
            for author in ref.get("authors") or []:
                if author.get("family") and (author.get("given_initials") or "").isalpha():
                    names.append((author["family"], author["given_initials"]))
            if ref.get("title") and ref.get("type") == "journal":
                titles.append(ref["title"])
            if ref.get("journal"):
                journals.append(ref["journal"].rstrip("."))
    places += _PLACES
    return {key: sorted(set(value)) for key, value in
            dict(names=names, titles=titles, journals=journals, publishers=publishers, places=places, books=books).items()}


def _person(rng: random.Random, pools: dict, mark: tuple[str, str]) -> dict:
    family, initials = rng.choice(pools["names"])
    if rng.random() < 0.25:
        given = rng.choice(_GIVEN_NAMES) + ("" if len(initials) < 2 or rng.random() < 0.5 else f" {initials[1]}.")
    else:
        given = " ".join(f"{letter}." for letter in initials)
    if rng.random() < 0.05:
        family = family.upper() if rng.random() < 0.5 else family
    return {"family": f"{mark[0]}{family}{mark[1]}", "given": given}


def _pages(rng: random.Random) -> str:
    first = rng.randint(1, 3000)
    roll = rng.random()
    if roll < 0.12:
        return f"e{rng.randint(1000, 999999)}"
    if roll < 0.18:
        return rng.choice(["aad", "eaaz", "abc", "S"]) + str(rng.randint(10, 9999))
    if roll < 0.28:
        return str(first)
    last = first + rng.randint(1, 40)
    if roll < 0.45:  # abbreviated, as Vancouver prints them
        common = 0
        while common < len(str(first)) - 1 and str(first)[common] == str(last)[common]:
            common += 1
        return f"{first}-{str(last)[common:]}"
    return f"{first}{rng.choice(['-', '–'])}{last}"


def _record(rng: random.Random, pools: dict, index: int) -> dict:
    kind = rng.choices(["article-journal", "book", "chapter", "paper-conference", "report", "thesis", "webpage"],
                       [62, 10, 11, 6, 4, 3, 4])[0]
    count = rng.choices([1, 2, 3, 4, 5, 6, 8, 12, 25], [14, 16, 16, 13, 10, 9, 9, 8, 5])[0]
    item: dict = {"id": f"r{index}", "type": kind,
                  "author": [_person(rng, pools, AUTHOR_MARK) for _ in range(count)]}
    year = rng.randint(1950, 2025)
    date = [year]
    if rng.random() < 0.15:
        date.append(rng.randint(1, 12))
        if rng.random() < 0.5:
            date.append(rng.randint(1, 28))
    item["issued"] = {"date-parts": [date]}

    def mark(field: str, value: str) -> str:
        begin, end = MARKERS[field]
        return f"{begin}{value}{end}"

    if rng.random() < 0.07:
        item["author"] = [{"literal": f"{AUTHOR_MARK[0]}{organisation(rng)}{AUTHOR_MARK[1]}"}]
    title_pool = pools["books"] if kind == "book" else pools["titles"]
    item["title"] = mark("title", rng.choice(title_pool))
    if kind == "article-journal":
        item["container-title"] = mark("container-title", rng.choice(pools["journals"]))
        item["volume"] = mark("volume", str(rng.randint(1, 600)))
        if rng.random() < 0.6:
            item["issue"] = mark("issue", str(rng.randint(1, 24)) if rng.random() < 0.9 else f"Suppl {rng.randint(1, 3)}")
        if rng.random() < 0.95:
            item["page"] = mark("pages", _pages(rng))
    elif kind in ("book", "report", "thesis"):
        item["publisher"] = mark("publisher", rng.choice(pools["publishers"]))
        if rng.random() < 0.7:
            item["publisher-place"] = mark("location", rng.choice(pools["places"]))
        if kind == "book" and rng.random() < 0.2:
            item["edition"] = mark("edition", str(rng.randint(2, 9)))
        if kind != "book":
            item["genre"] = mark("genre", rng.choice(_GENRES))
    elif kind in ("chapter", "paper-conference"):
        item["container-title"] = mark("container-title", rng.choice(pools["books"] if kind == "chapter" else pools["journals"]))
        if kind == "chapter" and rng.random() < 0.7:
            item["editor"] = [_person(rng, pools, EDITOR_MARK) for _ in range(rng.randint(1, 3))]
        item["publisher"] = mark("publisher", rng.choice(pools["publishers"]))
        if rng.random() < 0.7:
            item["publisher-place"] = mark("location", rng.choice(pools["places"]))
        if rng.random() < 0.8:
            item["page"] = mark("pages", _pages(rng))
    else:
        item["URL"] = f"https://www.{rng.choice(['who.int', 'example.org', 'gov.br', 'nih.gov'])}/{rng.randint(100, 99999)}"
        item["container-title"] = mark("container-title", rng.choice(["WHO", "BBC News", "NIH", "Ministério da Saúde"]))
        item["accessed"] = {"date-parts": [[rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)]]}
    if rng.random() < 0.3 and kind in ("article-journal", "chapter"):
        item["DOI"] = f"10.{rng.randint(1000, 9999)}/{rng.choice(['j.', 's', ''])}{rng.randint(10000, 9999999)}"
    return item


@lru_cache(maxsize=64)
def _style(name: str):
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(str(shared_dir() / "csl-styles" / f"{name}.csl"), validate=False)


def render(item: dict, style_name: str) -> str | None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            bibliography = CitationStylesBibliography(_style(style_name), CiteProcJSON([item]), formatter.plain)
            bibliography.register(Citation([CitationItem(item["id"])]))
            entries = [str(entry) for entry in bibliography.bibliography()]
        except Exception:  # a style feature citeproc-py lacks: skip this rendering
            return None
    return entries[0] if entries else None


_NUMBER_PREFIX = re.compile(r"^\s*(?:\[1\]|\(1\)|1\.?)\s*")


def label_rendering(text: str, item: dict) -> LabelledString | None:
    """Turn a marked rendering into labelled segments (``None`` if it cannot be labelled exactly)."""
    text = _NUMBER_PREFIX.sub("", text, count=1).strip()
    labels: list[str] = []
    plain: list[str] = []
    current = "other"
    stack: list[str] = []
    closing = {end: field for field, (_, end) in MARKERS.items()}
    opening = {begin: field for field, (begin, _) in MARKERS.items()}
    author_marks, editor_marks = [], []
    for ch in text:
        if ch in opening:
            stack.append(opening[ch])
            current = opening[ch]
        elif ch in closing:
            if stack:
                stack.pop()
            current = stack[-1] if stack else "other"
        elif ch in AUTHOR_MARK or ch in EDITOR_MARK:
            (author_marks if ch in AUTHOR_MARK else editor_marks).append(len(plain))
        else:
            plain.append(ch)
            labels.append(current)
    string = "".join(plain)
    if _ALL_MARKS.search(string) or not string or not _fields_intact(string, labels, item):
        return None
    for marks, people, label in ((author_marks, item.get("author", []), "author"), (editor_marks, item.get("editor", []), "editor")):
        if not marks:
            continue
        start, end = _name_region(string, marks, people)
        if start is None:
            return None
        for i in range(start, end):
            if labels[i] == "other":
                labels[i] = label
    _label_dates(string, labels, item)
    _label_identifiers(string, labels)
    segments: list[list[str]] = []
    for ch, label in zip(string, labels):
        if segments and segments[-1][0] == label:
            segments[-1][1] += ch
        else:
            segments.append([label, ch])
    # Separator punctuation at a label's edge belongs to "other", as in styles.jsonl.
    return from_segments(_trim_edges(segments))


def _fields_intact(string: str, labels: list[str], item: dict) -> bool:
    """Every marked field still reads as its value (a style may wrap other text inside it)."""
    values = {field: item.get(key, "") for field, key in (("title", "title"), ("container-title", "container-title"),
                                                            ("volume", "volume"), ("pages", "page"), ("issue", "issue"))}
    squash = lambda text: re.sub(r"[\W_]+", "", _ALL_MARKS.sub("", text)).lower()
    for field, value in values.items():
        if not isinstance(value, str) or not value:
            continue
        found = "".join(ch for ch, label in zip(string, labels) if label == field)
        if squash(found) != squash(value):
            return False
    return True


def _given_forms(given: str) -> list[str]:
    letters = [w[0] for w in re.split(r"[\s.]+", given) if w]
    forms = {given, " ".join(f"{c}." for c in letters), "".join(f"{c}." for c in letters), "".join(letters),
             " ".join(letters), "-".join(f"{c}." for c in letters)}
    words = given.split()
    if len(words) > 1:  # "John A." → "J. A." and "John A."
        forms.add(words[0] + " " + " ".join(words[1:]))
    return sorted(forms, key=len, reverse=True)


def _name_region(string: str, marks: list[int], people: list[dict]) -> tuple[int | None, int]:
    """From the first name's first character to the last name's last (with "et al.")."""
    begin = marks[0]
    before = string[:begin]
    first_given = people[0].get("given", "") if people else ""
    for form in _given_forms(first_given) if first_given else []:
        for sep in (" ", "", "\u00a0"):
            if form and before.endswith(form + sep):
                begin -= len(form + sep)
                break
        else:
            continue
        break
    end = marks[-1]
    after = string[end:]
    shown = people[min(len(marks) // 2, len(people)) - 1] if people else {}  # "et al." hides the rest
    last_given = shown.get("given", "") if "literal" not in shown else ""
    for form in _given_forms(last_given) if last_given else []:
        for sep in (", ", " ", ",", ""):
            if form and after.startswith(sep + form):
                end += len(sep + form)
                break
        else:
            continue
        break
    tail = re.match(r"^,?\s*(?:et al\.?|and others|others|…|\.\.\.)", string[end:])
    if tail:
        end += tail.end()
    return begin, end


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_YEAR_DATE = re.compile(
    rf"(?:(?:{_MONTH}\s+)?\d{{1,2}},?\s+)?(?:{_MONTH}\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?"
)


def _label_dates(string: str, labels: list[str], item: dict) -> None:
    year = str(item["issued"]["date-parts"][0][0])
    for match in _YEAR_DATE.finditer(string):
        if match.group("year") != year:
            continue
        if all(labels[i] == "other" for i in range(match.start("year"), match.end("year"))):
            for i in range(match.start(), match.end()):
                if labels[i] == "other":
                    labels[i] = "date"
            return


def _label_identifiers(string: str, labels: list[str]) -> None:
    for match in re.finditer(r"(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+[^\s.,;]|https?://\S+[^\s.,;)]", string):
        label = "doi" if "10." in match.group() and "doi" in match.group() or match.group().startswith("10.") else "url"
        for i in range(match.start(), match.end()):
            labels[i] = label


def _trim_edges(segments: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for label, text in segments:
        if label == "other":
            out.append([label, text])
            continue
        lead = len(text) - len(text.lstrip(" ,;:(\"“‘'"))
        stripped = text.rstrip(" ,;:)\"”’'")
        if stripped.endswith(".") and not re.search(r"(?:\b[A-Z]|\bal|\bed|\bet al)\.$", stripped) and label != "container-title":
            stripped = stripped[:-1]
        trail = len(text) - len(stripped)
        core = text[lead: len(text) - trail] if trail else text[lead:]
        if text[:lead]:
            out.append(["other", text[:lead]])
        if core:
            out.append([label, core])
        if trail:
            out.append(["other", text[len(text) - trail:]])
    return out


def _vary(rendered: str, rng: random.Random) -> str:
    """Print variations that real lists show and styles never produce: no final period,
    no period after a Vancouver author list, doubled spaces."""
    if rng.random() < 0.25:
        rendered = rendered.rstrip().rstrip(".")
    if rng.random() < 0.15:  # "Casadevall A, Pirofski LA The damage-response framework …"
        rendered = re.sub(r"(\ue001 [A-Z]{1,3}|et al)\. ", r"\1 ", rendered, count=1)
    return rendered


def styles_for(exclude_families: frozenset = frozenset()) -> list[str]:
    names = sorted(p.stem for p in (shared_dir() / "csl-styles").glob("*.csl"))
    excluded = {style for family in exclude_families for style in STYLE_FAMILIES.get(family, [])}
    return [name for name in names if name not in excluded]


def synthetic_strings(count: int, seed: int = 13, exclude_families: frozenset = frozenset()) -> list[LabelledString]:
    """``count`` labelled strings, styles taken in turn, records drawn with a fixed seed."""
    rng = random.Random(seed)
    parts = pools()
    styles = styles_for(exclude_families)
    out: list[LabelledString] = []
    index = 0
    while len(out) < count and index < count * 3:
        item = _record(rng, parts, index)
        rendered = render(item, styles[index % len(styles)])
        index += 1
        if rendered:
            rendered = _vary(rendered, rng)
            labelled = label_rendering(rendered, item)
            if labelled is not None:
                out.append(labelled)
    return out
