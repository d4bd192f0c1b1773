"""How right refgraph is, measured against gold truth it was not tuned on.

    python benchmarks/corpus.py                   # every set, one table
    python benchmarks/corpus.py --sets dev --details
    python benchmarks/corpus.py --loso            # leave-one-style-out (trains 8 models; slow)
    python benchmarks/corpus.py --sets corpus,dev,author-year --wrap 80   # each case hard-wrapped

Sets: ``sample`` (the bundled manuscript, golden records), ``corpus`` (14 articles the
parser was developed on), ``dev`` (15 articles in other house styles), ``author-year``
(8 author-date articles: reference fields and citation groups), ``vancouver`` (1,129
exactly labelled strings), ``styles`` (the dev split of styles.jsonl, per style hint).

Reference fields are those of the issue's scorer: authors (family names and initials,
in order), title, journal (or book title), year, volume and pages, compared after
Unicode, dash, quote and trailing-punctuation normalisation. Claims count as found when
the gold sentence of a citation is one of refgraph's claims that carry a callout. The
tests import the scoring functions from here.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = ("authors", "title", "journal", "year", "volume", "pages")
ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("REFGRAPH_SHARED", ROOT.parent / "shared"))


def corpus_dir() -> Path:
    return Path(os.environ.get("REFGRAPH_CORPUS", shared_dir() / "corpus"))


def cases(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "cases").iterdir() if p.is_dir()) if (folder / "cases").is_dir() else []


def _norm(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().rstrip(".,;").strip()


def _pages(value: str) -> str:
    """Pages compared as ranges: "323-323" is "323", "42-8" is "42-48"."""
    from refgraph.references.pages import expand_range

    value = _norm(value)
    expanded = expand_range(value) if value else None
    if expanded:
        first, last = expanded
        return first if first == last else f"{first}-{last}"
    return value


def _authors(authors) -> list[tuple[str, str]]:
    return [(_norm(a.get("family") or a.get("literal")).lower(), _norm(a.get("given_initials") or a.get("initials")).upper())
            for a in authors]


def reference_fields(ref) -> dict:
    authors = [{"family": a.family or a.literal, "initials": a.initials} for a in ref.authors]
    return {"authors": _authors(authors), "etal": ref.et_al, "title": _norm(ref.title),
            "journal": _norm(ref.journal or ref.booktitle), "year": _norm(ref.year), "volume": _norm(ref.volume),
            "issue": _norm(ref.issue), "pages": _pages(ref.pages), "doi": _norm(ref.doi).lower(), "pmid": _norm(ref.pmid)}


def gold_fields(gold) -> dict:
    return {"authors": _authors(gold["authors"]), "etal": bool(gold.get("etal")), "title": _norm(gold.get("title")),
            "journal": _norm(gold.get("journal")), "year": _norm(gold.get("year")), "volume": _norm(gold.get("volume")),
            "issue": _norm(gold.get("issue")), "pages": _pages(gold.get("pages") or ""),
            "doi": _norm(gold.get("doi")).lower(), "pmid": _norm(gold.get("pmid"))}


def compare(expected: dict, got: dict, fields=FIELDS, printed: str = "") -> list[tuple[str, object, object, bool]]:
    """(field, want, have, right) for every field either side has."""
    rows = []
    # Some gold records keep only the string's names and year ("std" and "other" entries
    # of a mixed citation with no field markup): fields they leave empty are not judged.
    unmarked = not (expected["title"] or expected["journal"] or expected["volume"])
    for name in fields:
        want, have = expected[name], got.get(name)
        if unmarked and not want:
            continue
        if name in {"doi", "pmid"} and (not want or want.lower() not in printed):
            continue  # the XML records identifiers that the printed string lacks
        if name == "authors" and re.search(r"\bet\.? al\b", printed) and have and len(have) < len(want):
            want = want[: len(have)]  # the XML lists every author; the string prints the first few
        if name == "title" and want and have:
            want, have = want.lower(), have.lower()  # case is a style's choice, not a parse error
        if name == "journal" and want and have:
            want, have = want.lower().replace(". ", " ").rstrip("."), have.lower().replace(". ", " ").rstrip(".")
        if not want and not have:
            continue
        rows.append((name, want, have, want == have))
    return rows


def score_references(case: Path, fields=FIELDS):
    """(right, total, fully right references, references, mistakes) over the gold fields of one case."""
    from refgraph.pipeline import analyse

    gold = json.loads((case / "gold.json").read_text())
    analysis = analyse(case / "manuscript.md")
    by_position = {index: ref for index, ref in enumerate(analysis.references, 1)}
    by_number = analysis.references.by_number()
    right = total = whole = count = 0
    mistakes = []
    for entry in gold["references"]:
        if not entry.get("structured", True):
            continue
        ref = by_number.get(entry["n"]) or by_position.get(entry["n"])
        got = reference_fields(ref) if ref else {}
        rows = compare(gold_fields(entry), got, fields, _norm(entry.get("reference_string")).lower())
        count += 1
        whole += all(ok for *_, ok in rows)
        for name, want, have, ok in rows:
            total += 1
            right += ok
            if not ok:
                mistakes.append((entry["n"], name, want, have))
    return right, total, whole, count, mistakes


def score_sample():
    """The bundled sample against its reviewed golden records (every field of every entry)."""
    from refgraph.contracts import references_payload
    from refgraph.pipeline import analyse

    golden = json.loads((ROOT / "tests" / "golden" / "sample-references.json").read_text(encoding="utf-8"))["references"]
    produced = references_payload(analyse())["references"]
    right = total = whole = 0
    for want, have in zip(golden, produced):
        same = [want[k] == have.get(k) for k in want]
        right, total, whole = right + sum(same), total + len(same), whole + all(same)
    return right, total, whole, len(golden)


def score_citations(case: Path):
    """(found, total, misses, extra): gold callouts with the right references, in document order."""
    from refgraph.pipeline import analyse

    gold = json.loads((case / "gold.json").read_text())
    analysis = analyse(case / "manuscript.md")
    positions = {ref.number: index for index, ref in enumerate(analysis.references, 1)}
    author_year = gold.get("callout_style") == "as-printed"
    found_groups = [tuple(sorted(positions.get(n, n) for n in c.numbers)) if author_year else tuple(c.numbers)
                    for c in analysis.callouts]
    expected_groups = [tuple(c["refs"]) for c in gold["citations"]]
    # Matched as sequences (an LCS): a missing or spurious callout costs one without
    # misaligning the rest.
    matcher = difflib.SequenceMatcher(a=expected_groups, b=found_groups, autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    codes = matcher.get_opcodes()
    misses = [g for tag, i1, i2, j1, j2 in codes if tag != "equal" for g in expected_groups[i1:i2]]
    extra = [g for tag, i1, i2, j1, j2 in codes if tag != "equal" for g in found_groups[j1:j2]]
    return found, len(expected_groups), misses, extra


def score_claims(case: Path) -> tuple[int, int]:
    """(found, total): gold citations whose sentence is one of our claims that carry a
    callout (compared as letters and digits only, with or without the callout's text, so
    that a superscript, bracket or author–date group printed inside it does not count)."""
    from refgraph.pipeline import analyse

    gold = json.loads((case / "gold.json").read_text())
    analysis = analyse(case / "manuscript.md")
    # (Compared composed: the reader composes accents a file writes as combining marks.)
    squash = lambda text: re.sub(r"[\W_]", "", re.sub(r"<[^>]+>", "", unicodedata.normalize("NFC", text))).lower()
    ours = {squash(text) for s in analysis.sentences if s.callouts for text in (s.text, s.markdown)}
    found = sum(1 for c in gold["citations"] if squash(c["sentence_text"]) in ours or squash(c["sentence_text_plain"]) in ours)
    return found, len(gold["citations"])


def exact_vancouver_rows(path: Path | None = None) -> list[dict]:
    """The exactly labelled rows of vancouver.jsonl (those without quirks)."""
    path = path or corpus_dir() / "reference-strings" / "vancouver.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if not row["quirks"]]


def compare_vancouver_row(row: dict, text: str) -> list[tuple[str, object, object]]:
    """(field, gold, ours) for each scored field of ``row``, ``text`` parsed for it."""
    from refgraph.references.parse import UnparseableReference, parse_reference

    squash = lambda name: re.sub(r"[.\s]+", " ", name).strip()
    try:
        parsed = parse_reference(text)
    except UnparseableReference:
        parsed = None
    got = {}
    if parsed:
        got = {"authors": [squash(a.literal or " ".join(p for p in (a.family, a.initials, a.suffix) if p)) for a in parsed.authors],
               **{k: _norm(getattr(parsed, k)) for k in ("title", "journal", "year", "volume", "issue", "pages")}}
    want = {"authors": [squash(a) for a in row["authors"]],
            **{k: _norm(row[k]) for k in ("title", "journal", "year", "volume", "issue", "pages")}}
    compared = []
    for key, value in want.items():
        have = got.get(key)
        if not value and not have:
            continue
        if key == "pages" and value and have:
            value, have = _pages(value), _pages(have)
        compared.append((key, value, have))
    return compared


def score_reference_strings(path: Path | None = None):
    """(right, total, per-field counts) over the exactly labelled Vancouver strings."""
    right, total = Counter(), Counter()
    for row in exact_vancouver_rows(path):
        for key, value, have in compare_vancouver_row(row, row["string"]):
            total[key] += 1
            right[key] += value == have
    return sum(right.values()), sum(total.values()), {k: (right[k], total[k]) for k in total}


STYLE_FIELDS = ("authors", "title", "container", "year", "volume", "issue", "pages", "publisher", "location")


def styles_gold(row: dict) -> dict:
    from refgraph.references.people import parse_names

    authors, _ = parse_names(", ".join(row["authors"])) if row["authors"] else ((), False)
    return {"authors": [_norm(a.family or a.literal).lower() for a in authors], "title": _norm(row["title"]).lower(),
            "container": _norm(row["container"]).lower(), "year": _norm(row["year"]), "volume": _norm(row["volume"]),
            "issue": _norm(row["issue"]), "pages": _pages(row["pages"] or ""), "publisher": _norm(row["publisher"]).lower(),
            "location": _norm(row["location"]).lower()}


def styles_parsed(string: str) -> dict:
    from refgraph.references.parse import UnparseableReference, parse_reference

    try:
        ref = parse_reference(string)
    except UnparseableReference:
        return {}
    # (Names the entry calls its editors, "Whenham, John (ed.), …", are the gold's editors.)
    authors = () if ref.names_role == "editor" else ref.authors
    return {"authors": [_norm(a.family or a.literal).lower() for a in authors], "title": _norm(ref.title).lower(),
            "container": _norm(ref.journal or ref.booktitle).lower(), "year": _norm(ref.year), "volume": _norm(ref.volume),
            "issue": _norm(ref.issue), "pages": _pages(ref.pages), "publisher": _norm(ref.publisher).lower(),
            "location": _norm(ref.place).lower()}


def _marks_unspaced(value):
    """A field with no space around its stops, commas, colons and semicolons: some of the
    labelled strings print "Phys .Rev .Lett" as PDF text spaced them, and the gold keeps
    that spacing. Where a space stands beside a mark is no error in the field."""
    if isinstance(value, list):
        return [_marks_unspaced(item) for item in value]
    return re.sub(r"\s*([.,;:])\s*", r"\1", value) if isinstance(value, str) else value


def same_style_field(want, have) -> bool:
    return _marks_unspaced(want) == _marks_unspaced(have)


def score_styles(split: str = "dev", style: str | None = None, parse=styles_parsed):
    """Per style hint: Counter of right and total fields over styles.jsonl's ``split``."""
    sys.path.insert(0, str(ROOT / "src"))
    from refgraph.references.learn.data import read_styles

    right: dict[str, Counter] = defaultdict(Counter)
    total: dict[str, Counter] = defaultdict(Counter)
    for row in read_styles(split):
        if style and row["style_hint"] != style:
            continue
        want = styles_gold(row)
        have = parse(re.sub(r"^\s*(?:\[\d+\]|\d+[.)])\s*", "", row["string"]))
        for name in STYLE_FIELDS:
            if not want[name] and not have.get(name):
                continue
            total[row["style_hint"]][name] += 1
            right[row["style_hint"]][name] += same_style_field(want[name], have.get(name))
    return right, total


def hard_wrapped(text: str, columns: int) -> str:
    """Every prose line of ``text`` hard-wrapped at ``columns`` (headings, table rows and
    HTML lines kept whole): text pasted from e-mail or a PDF."""
    import textwrap

    kept = lambda line: not line.strip() or line.lstrip().startswith(("|", "#", "<")) or "\t" in line
    return "\n".join(line if kept(line) else "\n".join(textwrap.wrap(line, columns, break_long_words=False))
                     for line in text.split("\n"))


def rewritten_cases(folder: Path, rewrite) -> list[Path]:
    """The cases of ``folder`` copied with ``rewrite`` applied to each manuscript, each
    with its gold."""
    import atexit
    import shutil
    import tempfile

    target = Path(tempfile.mkdtemp(prefix="refgraph-rewritten-"))
    atexit.register(shutil.rmtree, target, True)
    copies = []
    for case in cases(folder):
        copy = target / case.name
        copy.mkdir()
        (copy / "manuscript.md").write_text(rewrite((case / "manuscript.md").read_text(encoding="utf-8")), encoding="utf-8")
        shutil.copy(case / "gold.json", copy / "gold.json")
        copies.append(copy)
    return copies


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} ({right / max(total, 1):.3f})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="sample,corpus,dev,author-year,vancouver,styles")
    parser.add_argument("--details", action="store_true", help="print every wrong field and missed callout")
    parser.add_argument("--loso", action="store_true", help="leave-one-style-out: retrain without each style family")
    parser.add_argument("--wrap", type=int, metavar="COLUMNS",
                        help="hard-wrap every line of each case at COLUMNS first (text pasted from e-mail or a PDF)")
    parser.add_argument("--decomposed", action="store_true",
                        help="write each case's accents as combining marks first (NFD: text from a PDF or a Mac)")
    args = parser.parse_args(argv)
    sets = args.sets.split(",")

    def rewritten(text: str) -> str:
        import unicodedata

        text = unicodedata.normalize("NFD", text) if args.decomposed else text
        return hard_wrapped(text, args.wrap) if args.wrap else text

    rewrite = rewritten if args.wrap or args.decomposed else None
    print("| set | reference fields right | references fully right | callouts found | claims found |")
    print("|---|---|---|---|---|")
    if "sample" in sets:
        right, total, whole, count = score_sample()
        print(f"| sample (golden records) | {_pct(right, total)} | {whole}/{count} | | |")
    folders = {"corpus": corpus_dir(), "dev": shared_dir() / "corpus-dev", "author-year": shared_dir() / "corpus-dev" / "author-year"}
    for name in ("corpus", "dev", "author-year"):
        if name not in sets:
            continue
        sums = Counter()
        for case in (rewritten_cases(folders[name], rewrite) if rewrite else cases(folders[name])):
            right, total, whole, count, mistakes = score_references(case)
            found, expected, misses, extra = score_citations(case)
            claims, cited = score_claims(case)
            sums.update(right=right, total=total, whole=whole, count=count, found=found, expected=expected, extra=len(extra),
                        claims=claims, cited=cited)
            print(f"| {name}/{case.name} | {_pct(right, total)} | {whole}/{count} | {found}/{expected} (+{len(extra)} extra) "
                  f"| {claims}/{cited} |")
            if args.details:
                for mistake in mistakes:
                    print("   ", mistake, file=sys.stderr)
                for miss in misses:
                    print("    MISS", miss, file=sys.stderr)
                for group in extra:
                    print("    EXTRA", group, file=sys.stderr)
        print(f"| **{name}** | **{_pct(sums['right'], sums['total'])}** | {sums['whole']}/{sums['count']} | "
              f"{_pct(sums['found'], sums['expected'])} (+{sums['extra']} extra) | {_pct(sums['claims'], sums['cited'])} |")
    if "vancouver" in sets:
        right, total, _ = score_reference_strings()
        print(f"| vancouver strings (1,129 exact) | {_pct(right, total)} | | | |")
    if "styles" in sets:
        right, total = score_styles()
        all_right = sum(sum(c.values()) for c in right.values())
        all_total = sum(sum(c.values()) for c in total.values())
        for hint in sorted(total):
            print(f"| styles dev / {hint} | {_pct(sum(right[hint].values()), sum(total[hint].values()))} | | | |")
        print(f"| **styles dev split** | **{_pct(all_right, all_total)}** | | | |")
    if args.loso:
        from loso import leave_one_style_out

        for hint, right, total in leave_one_style_out():
            print(f"| leave-one-style-out / {hint} | {_pct(right, total)} | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
