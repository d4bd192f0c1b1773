"""The same articles in other formats: do references and callouts survive the format?

    python benchmarks/formats.py [--sets corpus,dev,author-year]

Each corpus case's Markdown is written as a Word file the way authors type one (headings,
paragraphs with superscript runs, italics; the reference list either with typed numbers
or as Word's automatic "List Number" list; an author–date list as plain paragraphs), and
as the text a PDF viewer saves (hard-wrapped, pages with a running head and page number,
form feeds). Each is read back and
scored with benchmarks/corpus.py's scorer, beside the Markdown original.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]

_HEADING = re.compile(r"(?im)^#+\s*(references|bibliography|literature cited|referências|references and notes)\s*$")


def split(markdown: str) -> tuple[str, list[str]]:
    """(body, reference entries without their numbers) of a corpus case; an author–date
    list's entries are its paragraphs."""
    heading = list(_HEADING.finditer(markdown))[-1]
    lines = [line.strip() for line in markdown[heading.end():].split("\n") if line.strip()]
    entries = [re.sub(r"^\d+\.\s+", "", line) for line in lines if re.match(r"^\d+\.\s", line)]
    if not entries:
        entries = [line for line in lines if not line.startswith("#")]
    return markdown[:heading.start()], entries


def _runs(paragraph, text: str) -> None:
    for piece in re.split(r"(<sup>[^<]*</sup>|\*[^*\n]+\*)", text):
        if not piece:
            continue
        sup = re.fullmatch(r"<sup>([^<]*)</sup>", piece)
        italic = re.fullmatch(r"\*([^*\n]+)\*", piece)
        run = paragraph.add_run(sup.group(1) if sup else italic.group(1) if italic else re.sub(r"<[^>]+>", "", piece))
        run.font.superscript = bool(sup)
        run.italic = bool(italic)


def to_docx(markdown: str, path: Path, automatic: bool, numbered: bool = True) -> None:
    import docx

    body, entries = split(markdown)
    word = docx.Document()
    for block in body.split("\n\n"):
        block = block.strip()
        if block.startswith("#"):
            word.add_heading(block.lstrip("#").strip(), level=2)
        elif block.startswith("|"):
            for row in block.split("\n"):
                if not re.fullmatch(r"[|\s:-]+", row):
                    _runs(word.add_paragraph(), " ".join(c.strip() for c in row.strip("|").split("|")))
        elif block:
            _runs(word.add_paragraph(), block.replace("\n", " "))
    word.add_heading("References", level=2)
    for number, entry in enumerate(entries, 1):
        if not numbered:
            _runs(word.add_paragraph(), entry)  # an author–date list: paragraphs, no numbers
        elif automatic:
            _runs(word.add_paragraph(style="List Number"), entry)
        else:
            _runs(word.add_paragraph(), f"{number}. {entry}")
    word.save(path)


def to_pdf_text(markdown: str, path: Path, lines_per_page: int = 50, numbered: bool = True) -> None:
    body, entries = split(markdown)
    plain = lambda s: re.sub(r"<sup>([^<]*)</sup>", r"\1", s).replace("*", "")
    lines: list[str] = []
    for block in body.split("\n\n"):
        lines += textwrap.wrap(plain(block).lstrip("# "), 80, break_on_hyphens=False) + [""]
    lines += ["References", ""]
    for number, entry in enumerate(entries, 1):
        lines += textwrap.wrap(f"{number}. {plain(entry)}" if numbered else plain(entry), 80, break_on_hyphens=False)
    pages = ["\n".join(["Journal of Examples 2024 · Running head", ""] + lines[i:i + lines_per_page] + ["", str(n)])
             for n, i in enumerate(range(0, len(lines), lines_per_page), 1)]
    path.write_text("\f".join(pages) + "\f", encoding="utf-8")


def score(path: Path, gold: dict) -> Counter:
    from corpus import FIELDS, _norm, compare, gold_fields, reference_fields

    from refgraph.pipeline import analyse

    analysis = analyse(path)
    by_number = analysis.references.by_number()
    totals = Counter()
    author_date = gold.get("callout_style") == "as-printed"
    if author_date:
        # An unnumbered list is paired with the gold by aligning the two (as pdf.py does).
        from pdf import _aligned

        gold_of = _aligned(gold["references"], list(analysis.references))
        by_number = {gold_of[ref.number]: ref for ref in analysis.references if ref.number in gold_of}
    for entry in gold["references"]:
        if entry.get("structured", True):
            ref = by_number.get(entry["n"])
            rows = compare(gold_fields(entry), reference_fields(ref) if ref else {}, FIELDS, _norm(entry.get("reference_string")).lower())
            totals.update({"right": sum(ok for *_, ok in rows), "fields": len(rows)})
    expected = Counter(tuple(c["refs"]) for c in gold["citations"])
    found = Counter(tuple(sorted(gold_of.get(n, -n) for n in c.numbers)) if author_date else tuple(c.numbers)
                    for c in analysis.callouts)
    totals.update({"hits": sum((expected & found).values()), "want": sum(expected.values()), "got": sum(found.values())})
    return totals


def main(argv=None) -> int:
    from corpus import cases, shared_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="corpus,dev")
    args = parser.parse_args(argv)
    folders = {"corpus": shared_dir() / "corpus", "dev": shared_dir() / "corpus-dev",
               "author-year": shared_dir() / "corpus-dev" / "author-year"}
    numbered_writers = {
        "Markdown (original)": None,
        "Word, typed numbers": lambda md, p: to_docx(md, p, automatic=False),
        "Word, automatic numbering": lambda md, p: to_docx(md, p, automatic=True),
        "text saved from a PDF viewer": to_pdf_text,
    }
    author_date_writers = {
        "Markdown (original)": None,
        "Word": lambda md, p: to_docx(md, p, automatic=False, numbered=False),
        "text saved from a PDF viewer": lambda md, p: to_pdf_text(md, p, numbered=False),
    }
    print("| set | format | reference fields | callouts recall | precision |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets.split(","):
            writers = author_date_writers if name == "author-year" else numbered_writers
            totals = {label: Counter() for label in writers}
            for case in cases(folders[name]):
                markdown = (case / "manuscript.md").read_text(encoding="utf-8")
                gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
                for label, write in writers.items():
                    path = case / "manuscript.md"
                    if write is not None:
                        path = Path(folder) / f"{case.name}{'.txt' if 'text' in label else '.docx'}"
                        write(markdown, path)
                    totals[label] += score(path, gold)
            for label, t in totals.items():
                print(f"| {name} | {label} | {t['right']}/{t['fields']} ({t['right'] / max(t['fields'], 1):.3f}) | "
                      f"{t['hits'] / max(t['want'], 1):.3f} | {t['hits'] / max(t['got'], 1):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
