"""Score refgraph against the gold truth of the shared corpus.

Run ``python benchmarks/corpus.py [--corpus DIR] [--details]``: prints per-article
field accuracy of the reference parser and callout accuracy of the citation finder.
The tests import :func:`score_references` and :func:`score_citations` from here too.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("authors", "etal", "title", "journal", "year", "volume", "issue", "pages", "doi", "pmid")


def corpus_dir() -> Path:
    env = os.environ.get("REFGRAPH_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _norm(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text).strip().rstrip(".,;").strip()
    return text


def _authors(authors) -> list[tuple[str, str]]:
    return [(_norm(a.get("family") or a.get("literal")), _norm(a.get("given_initials") or a.get("initials"))) for a in authors]


def reference_fields(ref) -> dict:
    authors = [{"family": a.family or a.literal, "initials": a.initials} for a in ref.authors]
    return {
        "authors": _authors(authors), "etal": ref.et_al, "title": _norm(ref.title), "journal": _norm(ref.journal or ref.booktitle),
        "year": _norm(ref.year), "volume": _norm(ref.volume), "issue": _norm(ref.issue), "pages": _norm(ref.pages),
        "doi": _norm(ref.doi).lower(), "pmid": _norm(ref.pmid),
    }


def gold_fields(gold) -> dict:
    return {
        "authors": _authors(gold["authors"]), "etal": bool(gold.get("etal")), "title": _norm(gold.get("title")),
        "journal": _norm(gold.get("journal")), "year": _norm(gold.get("year")), "volume": _norm(gold.get("volume")),
        "issue": _norm(gold.get("issue")), "pages": _norm(gold.get("pages")), "doi": _norm(gold.get("doi")).lower(),
        "pmid": _norm(gold.get("pmid")),
    }


def score_references(case: Path):
    """(right, total, mistakes) over the gold fields of one corpus case."""
    from refgraph.read import read_manuscript
    from refgraph.references import extract_references

    gold = json.loads((case / "gold.json").read_text())
    refs = extract_references(read_manuscript(case / "manuscript.md")).by_number()
    right = total = 0
    mistakes = []
    for entry in gold["references"]:
        if not entry.get("structured", True):
            continue
        expected = gold_fields(entry)
        ref = refs.get(entry["n"])
        got = reference_fields(ref) if ref else {}
        for name in FIELDS:
            want, have = expected[name], got.get(name)
            printed = _norm(entry.get("reference_string")).lower()
            if name in {"doi", "pmid"} and (not want or want.lower() not in printed):
                continue  # the XML records identifiers that the printed string lacks
            if name == "etal" and want != bool(re.search(r"\bet\.? al\b", printed)):
                continue  # the XML's flag disagrees with what is printed
            if name == "etal" and not want and not have:
                continue
            if name not in {"authors", "etal"} and not want and not have:
                continue
            if name == "authors" and re.search(r"\bet\.? al\b", printed) and have and len(have) < len(want):
                want = want[: len(have)]  # the XML lists every author; the string prints the first few
            if name == "pages" and want and have:
                from refgraph.references.pages import expand_range

                # The XML sometimes completes abbreviated ranges (42-8 → 42-48): same pages.
                want, have = expand_range(want) or want, expand_range(have) or have
            total += 1
            if want == have:
                right += 1
            else:
                mistakes.append((entry["n"], name, want, have))
    return right, total, mistakes


def score_citations(case: Path):
    """(found, total, misses, false) for gold callouts: found = same position group, same references."""
    from refgraph.pipeline import analyse

    gold = json.loads((case / "gold.json").read_text())
    analysis = analyse(case / "manuscript.md")
    found_groups = [tuple(c.numbers) for c in analysis.callouts]
    expected_groups = [tuple(c["refs"]) for c in gold["citations"]]
    # Callouts are matched in document order as sequences (an LCS), so a missing or
    # spurious callout costs one without misaligning the rest.
    import difflib

    matcher = difflib.SequenceMatcher(a=expected_groups, b=found_groups, autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    misses = [g for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal" for g in expected_groups[i1:i2]]
    extra = [g for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal" for g in found_groups[j1:j2]]
    return found, len(expected_groups), misses, extra


def score_reference_strings(path: Path | None = None):
    """(right, total, per-field counts) over the exactly labelled Vancouver strings."""
    from collections import Counter

    from refgraph.references.pages import expand_range
    from refgraph.references.parse import UnparseableReference, parse_reference

    path = path or corpus_dir() / "reference-strings" / "vancouver.jsonl"
    squash = lambda name: re.sub(r"[.\s]+", " ", name).strip()
    right, total = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["quirks"]:
            continue  # only the exactly labelled strings
        try:
            parsed = parse_reference(row["string"])
        except UnparseableReference:
            parsed = None
        got = {}
        if parsed:
            got = {"authors": [squash(a.literal or " ".join(p for p in (a.family, a.initials, a.suffix) if p)) for a in parsed.authors],
                   **{k: _norm(getattr(parsed, k)) for k in ("title", "journal", "year", "volume", "issue", "pages")}}
        want = {"authors": [squash(a) for a in row["authors"]],
                **{k: _norm(row[k]) for k in ("title", "journal", "year", "volume", "issue", "pages")}}
        for key, value in want.items():
            have = got.get(key)
            if not value and not have:
                continue
            if key == "pages" and value and have:
                value, have = expand_range(value) or value, expand_range(have) or have
            total[key] += 1
            right[key] += value == have
    return sum(right.values()), sum(total.values()), {k: (right[k], total[k]) for k in total}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=corpus_dir())
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--citations", action="store_true", help="score callouts too")
    args = parser.parse_args(argv)
    cases = sorted(p for p in (args.corpus / "cases").iterdir() if p.is_dir())
    all_right = all_total = 0
    c_found = c_total = 0
    print("| case | fields right | accuracy |" + (" callouts | callout recall |" if args.citations else ""))
    print("|---|---|---|" + ("---|---|" if args.citations else ""))
    for case in cases:
        right, total, mistakes = score_references(case)
        all_right += right
        all_total += total
        row = f"| {case.name} | {right}/{total} | {right / total:.1%} |"
        if args.citations:
            found, ctotal, misses, extra = score_citations(case)
            c_found += found
            c_total += ctotal
            row += f" {found}/{ctotal} | {found / max(ctotal, 1):.1%} |"
            if args.details:
                for miss in misses:
                    print("   MISS", miss, file=sys.stderr)
                for e in extra:
                    print("   EXTRA", e, file=sys.stderr)
        print(row)
        if args.details:
            for mistake in mistakes:
                print("   ", mistake, file=sys.stderr)
    strings_right, strings_total, per_field = score_reference_strings(args.corpus / "reference-strings" / "vancouver.jsonl")
    print(f"| reference-strings (1,129 exact) | {strings_right}/{strings_total} | {strings_right / strings_total:.1%} |")
    print(f"| **all** | {all_right}/{all_total} | {all_right / all_total:.1%} |" + (f" {c_found}/{c_total} | {c_found / max(c_total,1):.1%} |" if args.citations else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
