"""Callouts and references read back from corpus cases printed to PDF: from the glyphs,
and from the text pdfminer and poppler's pdftotext extract from it.

    python benchmarks/pdf.py [--sets corpus,dev,author-year,DIR] [--details] [--findings] [--cache DIR]

Each case's Markdown is printed by headless Chromium as a browser's "Print to PDF" makes
it (two columns; the date and a running head in the top margin, the file's address and
"n/N" at the foot) as the tests do; refgraph then reads the PDF itself (superscript glyphs) and the text that
pdfminer extracts from it (superscripts glued to words: ``depression.1,2``). With pdflatex
installed each case is also typeset by LaTeX (tests/printing_latex.py: hyphenated,
justified, ligatures, small-type reference list), as journals' PDFs are, and read from its
glyphs and from its pdftotext text. Recall and
precision are over the multiset of citation groups of the case's gold; reference fields
are those of benchmarks/corpus.py. The pdftotext rows need poppler-utils (skipped without).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]


def _recall_precision(expected, found) -> tuple[int, int, int]:
    hits = sum((Counter(expected) & Counter(found)).values())
    return hits, len(expected), len(found)


def _aligned(gold_entries: list[dict], references: list) -> dict[int, int]:
    """Our reference number → the gold entry's number, for entries whose openings align."""
    import difflib
    import re
    import unicodedata

    # (Composed first: the readers compose accents a gold record may keep decomposed.)
    key = lambda text: re.sub(r"[\W_]", "", unicodedata.normalize("NFC", text).lower())[:24]
    gold_keys = [key(e.get("reference_string") or "") for e in gold_entries]
    our_keys = [key(r.raw) for r in references]
    matcher = difflib.SequenceMatcher(a=gold_keys, b=our_keys, autojunk=False)
    pairs = {j + k: i + k for i, j, size in matcher.get_matching_blocks() for k in range(size)}
    # Entries a two-column page put out of order are still found: the rest are paired by
    # an opening that no other unpaired entry shares.
    spare_gold = [i for i in range(len(gold_keys)) if i not in set(pairs.values())]
    spare_ours = [j for j in range(len(our_keys)) if j not in pairs]
    for j in spare_ours:
        same = [i for i in spare_gold if gold_keys[i] == our_keys[j]]
        if len(same) == 1 and sum(our_keys[o] == our_keys[j] for o in spare_ours) == 1:
            pairs[j] = same[0]
    # An entry printed under (or after) its citation keeps that label apart from its text
    # ("Abdallah et alii 2014 : ABDALLAH (C. G.), …"): its label and text open the entry.
    # (Read further than other openings: the label repeats the names that open the text.)
    long_key = lambda text: re.sub(r"[\W_]", "", unicodedata.normalize("NFC", text).lower())[:60]
    labelled_keys = {j: long_key(f"{references[j].label} {references[j].raw}") for j in range(len(references))
                     if j not in pairs and references[j].label}
    spare_gold = [i for i in range(len(gold_keys)) if i not in set(pairs.values())]
    for j, labelled in labelled_keys.items():
        same = [i for i in spare_gold if long_key(gold_entries[i].get("reference_string") or "") == labelled]
        if len(same) == 1 and sum(other == labelled for other in labelled_keys.values()) == 1:
            pairs[j] = same[0]
    return {references[j].number: gold_entries[i]["n"] for j, i in pairs.items()}


def main(argv=None) -> int:
    from corpus import FIELDS, _norm, cases, compare, gold_fields, reference_fields, shared_dir
    from pdfminer.high_level import extract_text
    from printing import chromium, print_pdf

    from refgraph.pipeline import analyse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="corpus,dev,author-year")
    # (v2: the running head moved into the browser's page margin; older caches printed it over the text)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/refgraph-pdf-bench-v2"))
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--findings", action="store_true",
                        help="also compare each read's findings with the Markdown's (rule and entries)")
    args = parser.parse_args(argv)
    if not chromium():
        print("pdf.py prints each case with headless Chromium: install it (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    args.cache.mkdir(parents=True, exist_ok=True)
    folders = {"corpus": shared_dir() / "corpus", "dev": shared_dir() / "corpus-dev",
               "author-year": shared_dir() / "corpus-dev" / "author-year"}
    from printing_latex import pdflatex, typeset_pdf

    kinds = ["glyph", "text"] + (["pdftotext"] if shutil.which("pdftotext") else [])
    if pdflatex():
        kinds += ["latex"] + (["latex-pdftotext"] if shutil.which("pdftotext") else [])
    print("| set | read from | reference fields | callouts recall | precision |\n|---|---|---|---|---|")
    findings_rows: list[str] = []
    for name in args.sets.split(","):
        totals = Counter()
        # (A folder of cases laid out as shared/corpus's, for cases nobody tuned on:
        # benchmarks/jats_articles.py --keep DIR writes them.)
        for case in cases(folders.get(name) or Path(name)):
            gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
            expected = [tuple(c["refs"]) for c in gold["citations"]]
            pdf = args.cache / f"{case.name}.pdf"
            if not pdf.exists():
                print_pdf((case / "manuscript.md").read_text(encoding="utf-8"), pdf, columns=2, header=f"{case.name} · running head")
            text = args.cache / f"{case.name}.txt"
            if not text.exists():
                text.write_text(extract_text(str(pdf)), encoding="utf-8")
            poppler = args.cache / f"{case.name}.pdftotext.txt"
            if "pdftotext" in kinds and not poppler.exists():
                subprocess.run(["pdftotext", str(pdf), str(poppler)], check=True)
            typeset = args.cache / f"{case.name}.latex.pdf"
            if "latex" in kinds and not typeset.exists():
                typeset_pdf((case / "manuscript.md").read_text(encoding="utf-8"), typeset, header=f"{case.name} · running head")
            typeset_text = args.cache / f"{case.name}.latex.pdftotext.txt"
            if "latex-pdftotext" in kinds and not typeset_text.exists():
                subprocess.run(["pdftotext", str(typeset), str(typeset_text)], check=True)
            paths = {"glyph": pdf, "text": text, "pdftotext": poppler, "latex": typeset, "latex-pdftotext": typeset_text}
            written = _findings(analyse(case / "manuscript.md")) if args.findings else Counter()
            for kind in kinds:
                path = paths[kind]
                analysis = analyse(path)
                if args.findings:
                    read = _findings(analysis)
                    totals.update({f"{kind}-kept": sum((written & read).values()), f"{kind}-written": sum(written.values()),
                                   f"{kind}-added": sum((read - written).values())})
                    if args.details:
                        for rule, numbers in (read - written).elements():
                            print(f"  {name}/{case.name} {kind}: a finding the Markdown lacks: {rule} {list(numbers)}")
                by_number = analysis.references.by_number()
                author_date = gold.get("callout_style") == "as-printed"
                if author_date:
                    # An unnumbered list has no numbers to match by: each gold entry is paired
                    # with ours by aligning the two lists, so one entry split in two costs
                    # that entry, not every entry after it.
                    gold_of = _aligned(gold["references"], list(analysis.references))
                    by_number = {gold_of[ref.number]: ref for ref in analysis.references if ref.number in gold_of}
                for entry in gold["references"]:
                    if entry.get("structured", True):
                        ref = by_number.get(entry["n"])
                        rows = compare(gold_fields(entry), reference_fields(ref) if ref else {}, FIELDS,
                                       _norm(entry.get("reference_string")).lower())
                        totals.update({f"{kind}-fields-right": sum(ok for *_, ok in rows), f"{kind}-fields": len(rows)})
                if author_date:
                    found = [tuple(sorted(gold_of.get(n, -n) for n in c.numbers)) for c in analysis.callouts]
                else:
                    found = [tuple(c.numbers) for c in analysis.callouts]
                hits, want, got = _recall_precision(expected, found)
                totals.update({f"{kind}-hits": hits, f"{kind}-want": want, f"{kind}-got": got})
                if args.details and (hits < want or hits < got):
                    missing = list((Counter(expected) - Counter(found)).elements())
                    extra = list((Counter(found) - Counter(expected)).elements())
                    print(f"  {name}/{case.name} {kind}: {hits}/{want} found, {got - hits} extra; missing {missing[:12]} extra {extra[:12]}")
        labels = {"glyph": "PDF (glyphs)", "text": "pdfminer text (glued digits)", "pdftotext": "pdftotext text (glued digits)",
                  "latex": "LaTeX-typeset PDF (glyphs)", "latex-pdftotext": "LaTeX-typeset PDF, pdftotext text"}
        for kind in kinds:
            label = labels[kind]
            right, fields = totals[f"{kind}-fields-right"], totals[f"{kind}-fields"]
            recall = totals[f"{kind}-hits"] / max(totals[f"{kind}-want"], 1)
            precision = totals[f"{kind}-hits"] / max(totals[f"{kind}-got"], 1)
            print(f"| {name} | {label} | {right}/{fields} ({right / max(fields, 1):.3f}) | {recall:.3f} | {precision:.3f} |")
        if args.findings:
            findings_rows += [f"| {name} | {labels[kind]} | {totals[f'{kind}-kept']}/{totals[f'{kind}-written']} | "
                              f"{totals[f'{kind}-added']} |" for kind in kinds]
    if findings_rows:
        print("\n| set | read from | the Markdown's findings also found | findings the Markdown lacks |\n|---|---|---|---|")
        print("\n".join(findings_rows))
    return 0


def _findings(analysis) -> Counter:
    """(rule, entries) of every finding: the same article read from its PDF should give
    the same ones. (Author–date lists are numbered by position, so an entry the PDF
    reader split or joined shifts the numbers after it: an upper bound on the difference.)"""
    from refgraph.checks import run_checks

    return Counter((f.rule, tuple(f.references)) for f in run_checks(analysis))


if __name__ == "__main__":
    sys.exit(main())
