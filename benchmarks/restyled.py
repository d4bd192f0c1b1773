"""The bundled sample re-published in every house style: its 115 records rendered through
each CSL style of ``shared/csl-styles`` with citeproc-py, its callouts rewritten as that
style cites (superscripts, "[3]", "(Berman et al., 2000)"), and read back end to end.

    python benchmarks/restyled.py [--styles nature,apa] [--details] [--read-as markdown|pdf|pdftotext]
    python benchmarks/restyled.py --records dev|author-year|corpus   # a set's gold records instead
    python benchmarks/restyled.py --styles-dir DIR   # house styles the tagger never saw (any CSL files)

A whole manuscript per style, with exact truth: each entry's fields are the sample's
reviewed records, and each callout cites the works the sample's does. Fields are judged
only where the style prints them (title-less styles print no title; some print no
issue), as benchmarks/corpus.py judges them. Needs citeproc-py (the ``train`` extra).
The tagger was trained on strings rendered through these styles from recombined record
parts (never the sample's whole records): these figures test the whole path (list
splitting, labels, callouts, author–date matching) more than the tagger's reach.
"""
from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]


def _flatten(rendered) -> str:
    if isinstance(rendered, (list, tuple)):
        return "".join(_flatten(part) for part in rendered)
    return str(rendered)


def _markdown(rendered: str) -> str:
    """citeproc's HTML as the Markdown a conversion gives: italics and bold kept."""
    # (A converter keeps the spaces at an emphasis's edges outside its marks: "*Psychol Med* 2013",
    # never "*Psychol Med *", which Markdown does not read as emphasis.)
    text = re.sub(r"<i>(\s*)(.*?)(\s*)</i>", r"\1*\2*\3", rendered, flags=re.S)
    text = re.sub(r"<b>(\s*)(.*?)(\s*)</b>", r"\1**\2**\3", text, flags=re.S)
    text = re.sub(r"<(?!/?sup>)[^>]+>", "", text)
    return html.unescape(text).replace("**", "").replace("* *", " ")


def _render(items: list[dict], groups: list[list[str]], style_path: Path) -> tuple[list[str], list[str], bool, list[str]] | None:
    """(each group cited as the style cites it, the bibliography's entries in the style's
    order, whether the style cites in footnotes, the item key of each entry), or None
    where citeproc-py cannot render the style."""
    import warnings

    import citeproc
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            style = citeproc.CitationStylesStyle(str(style_path), validate=False)
            for element in style.root.iter():
                # citeproc-py's HTML glues a display block ("names" / "2014") to the next
                # part; a page sets it on a line, or in a column, of its own.
                if element.get("display") and not element.get("suffix"):
                    element.set("suffix", " ")
            bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.html)
            citations = []
            for group in groups:
                citation = citeproc.Citation([citeproc.CitationItem(key) for key in group])
                bibliography.register(citation)
                citations.append(citation)
            bibliography.sort()  # the style's order: alphabetical for author–date lists
            rendered = [_markdown(_flatten(bibliography.cite(c, lambda item: None))) for c in citations]
            entries = [_markdown(_flatten(entry)) for entry in bibliography.bibliography()]
        except Exception:  # citeproc-py does not implement every style's every feature
            return None
    return rendered, entries, style.root.get("class") == "note", _keys_of(entries, [str(key) for key in bibliography.keys], items)


def _keys_of(entries: list[str], keys: list[str], items: list[dict]) -> list[str]:
    """The item key of each rendered entry. citeproc-py's key order can differ from its
    bibliography's (an item it renders no entry for shifts every key after it, as in
    Chicago's notes style): an entry that prints exactly one item's title is that item's."""
    import re

    def words(text: str) -> str:
        return " ".join(re.findall(r"[^\W_]+", text.lower()))

    titles = {str(item["id"]): words(item.get("title", ""))[:40] for item in items}
    found = []
    for index, entry in enumerate(entries):
        printed = words(entry)
        owners = [key for key, title in titles.items() if len(title) >= 15 and title in printed]
        found.append(owners[0] if len(owners) == 1 else keys[index] if index < len(keys) else "")
    return found if len(set(found)) == len(found) else keys


def _cite(before: str, text: str, note: int | None = None) -> tuple[str, str]:
    """A bracketed or author–date citation stands before the punctuation a superscript
    followed: "depression.<sup>1</sup>" → "depression [1]."; a note's mark, "[^4]", where
    the superscript stood (its text goes to the notes)."""
    if note is not None:
        return before, f"[^{note}]"
    if text.startswith("<sup>"):
        return before, text
    stop = re.search(r"([.,;:])$", before)
    return ((before[:-1] + " " + text + stop.group(1)) if stop else (before.rstrip() + " " + text)), ""


def _listed(entries: list[str]) -> str:
    # (citeproc-py aligns a label with no space after it; a page puts a tab or a gap there.)
    # (Its label is the whole "[1]", "1.", "1)" or "(1)", and may be set in italics: "*1*.".)
    label = r"^(\[\d+\]|\(\d+\)|\d+[.)]?|\*\d+\*\.?)(?=[^\d\s.)])"
    return "\n\n".join(re.sub(label, r"\1 ", entry.strip()) for entry in entries)


def restyle(sample_text: str, references, callouts, style_path: Path) -> tuple[str, list[str]] | None:
    """(the manuscript in the style, the item key of each rendered entry in list order)."""
    from refgraph.exports.csl import csl_item

    items = [csl_item(ref, f"r{ref.number}") for ref in references]
    made = _render(items, [[f"r{n}" for n in c.numbers] for c in callouts], style_path)
    if made is None:
        return None
    rendered, entries, notes, keys = made
    body_end = sample_text.index("#### REFERENCES")
    out, last = [], 0
    for index, (callout, text) in enumerate(zip(callouts, rendered)):
        before, text = _cite(sample_text[last:callout.span.start], text, index + 1 if notes else None)
        out += [before, text]
        last = callout.span.end
    out.append(sample_text[last:body_end])
    manuscript = "".join(out) + "#### REFERENCES\n\n" + _listed(entries) + "\n"
    return manuscript + (_notes(rendered) if notes else ""), keys


def _notes(rendered: list[str]) -> str:
    """The footnotes of a notes style, as Pandoc writes them at the end."""
    return "\n" + "\n\n".join(f"[^{index}]: {text}" for index, text in enumerate(rendered, 1)) + "\n"


def restyle_records(items: list[dict], style_path: Path) -> tuple[str, list[str]] | None:
    """A manuscript that cites each record once, in order, one sentence each, with its
    list in the style: (the manuscript, the item key of each rendered entry)."""
    made = _render(items, [[item["id"]] for item in items], style_path)
    if made is None:
        return None
    rendered, entries, notes, keys = made
    sentences = []
    for index, text in enumerate(rendered):
        before, text = _cite(f"Finding {index + 1} of the review was reported there.", text, index + 1 if notes else None)
        sentences.append(before + text)
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    manuscript = "# A review\n\n## Results\n\n" + "\n\n".join(paragraphs) + "\n\n#### REFERENCES\n\n" + _listed(entries) + "\n"
    return manuscript + (_notes(rendered) if notes else ""), keys


_CSL_TYPE = {"journal": "article-journal", "book": "book", "webpage": "webpage", "report": "report", "std": "report",
             "confproc": "paper-conference", "software": "book"}


def gold_item(gold: dict, key: str) -> dict | None:
    """A gold record of ``shared/corpus-dev`` as a CSL item (None if it names neither a
    title nor a journal; a title-less style's records have only the journal)."""
    if not gold.get("title") and not gold.get("journal"):
        return None
    names = [{"literal": a["family"]} if a.get("collab") else
             {"family": a["family"], "given": " ".join(f"{c}." for c in a.get("given_initials") or "")}
             for a in gold.get("authors") or []]
    item = {"id": key, "type": _CSL_TYPE.get(gold.get("type") or "", "document")}
    if gold.get("title"):
        item["title"] = gold["title"]
    if names:
        item["author"] = names
    if gold.get("journal"):
        item["type"] = "article-journal"
        item["container-title"] = gold["journal"]
    simple = {"volume": gold.get("volume"), "issue": gold.get("issue"), "page": gold.get("pages"),
              "publisher": gold.get("publisher_name"), "publisher-place": gold.get("publisher_loc"),
              "DOI": gold.get("doi"), "URL": gold.get("url")}
    item.update({k: v for k, v in simple.items() if v})
    year = re.match(r"\d{4}", gold.get("year") or "")
    if year:
        item["issued"] = {"date-parts": [[int(year.group(0))]]}
    return item


def _roman(number: int) -> str:
    digits = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in digits:
        count, number = divmod(number, value)
        out += letters * count
    return out


def _as_printed(field: str, value, entry: str):
    """The field as the style prints it: ``None`` where it prints none of it (a title-less
    style's title), the first page where it prints only that, the authors it names before
    "et al." or its translation ("u. a.", "等", "и др.")."""
    printed = re.sub(r"[\W_]", "", entry.lower())
    squash = lambda text: re.sub(r"[\W_]", "", str(text).lower())
    if field == "authors":
        named = 0
        while named < len(value) and squash(value[named][0]) in printed:
            named += 1
        return value[:named] if named else value
    if not value:
        return value
    if field == "volume" and str(value).isdigit() and 0 < int(value) < 4000:
        # Italian and French humanities print a journal's volume in Roman numerals ("LXXXIII").
        roman = _roman(int(value))
        # (Not an initial: "V. Popova", "Popova, V, Daly": one letter only after a volume's word.)
        if re.search(rf"(?:{'[,»]|' if len(roman) > 1 else ''}\btome|\bt\.|\bvol\.)\s*{roman}\s*[,(]", entry):
            return roman
    if field == "pages":
        first, _, last = value.partition("-")
        if squash(first) not in printed:
            return None
        # A printed range, however abbreviated ("381–7"), or with a wave dash ("471～481", as
        # Chinese journals print it), is the whole range; else the first page.
        return value if not last or re.search(re.escape(first) + r"\s*[-–~〜]\s*\w", entry) else first
    return value if squash(value)[:25] in printed else None


def _read_as(manuscript: str, name: str, kind: str, cache: Path):
    """The manuscript analysed as ``kind``: its Markdown, or printed by Chromium in two
    columns with a running head and read from the PDF's glyphs or from pdftotext's text."""
    from refgraph.pipeline import analyse

    cache.mkdir(parents=True, exist_ok=True)
    markdown = cache / f"{name}.md"
    if not markdown.exists() or markdown.read_text(encoding="utf-8") != manuscript:
        # Written whole and then moved into place: two runs at once (two checkouts) share
        # the cache, and one must never read the other's half-written file.
        partial = cache / f".{name}.{os.getpid()}.md"
        partial.write_text(manuscript, encoding="utf-8")
        os.replace(partial, markdown)
    if kind == "markdown":
        return analyse(markdown)
    import subprocess

    sys.path.insert(0, str(ROOT / "tests"))
    from printing import print_pdf

    pdf = cache / f"{name}.pdf"
    if not pdf.exists() or pdf.stat().st_mtime < markdown.stat().st_mtime:
        print_pdf(manuscript, pdf, columns=2, header=f"{name} · running head")
    if kind == "pdf":
        return analyse(pdf)
    text = cache / f"{name}.pdftotext.txt"
    subprocess.run(["pdftotext", str(pdf), str(text)], check=True)
    return analyse(text)


def score_style(name: str, style_path: Path, details: bool = False, kind: str = "markdown",
                cache: Path = Path(tempfile.gettempdir()) / "refgraph-restyled") -> dict | None:
    """The sample in one style, read back and scored."""
    from corpus import reference_fields

    from refgraph.pipeline import analyse

    sample = analyse()
    made = restyle(sample.source.text, list(sample.references), list(sample.callouts), style_path)
    if made is None:
        return None
    manuscript, keys = made
    want = {f"r{ref.number}": reference_fields(ref) for ref in sample.references}
    groups = [tuple(sorted(f"r{n}" for n in c.numbers)) for c in sample.callouts]
    return _score(manuscript, keys, want, groups, name, kind, cache, details)


RECORD_SETS = {"dev": ("corpus-dev",), "author-year": ("corpus-dev", "author-year"), "corpus": ("corpus",)}


def score_records(name: str, style_path: Path, details: bool = False, kind: str = "markdown",
                  cache: Path = Path(tempfile.gettempdir()) / "refgraph-restyled", records: str = "dev") -> dict | None:
    """The gold records of every article of one set in one style, one manuscript each."""
    import json

    from corpus import cases, gold_fields, shared_dir

    totals: Counter = Counter()
    for case in cases(shared_dir().joinpath(*RECORD_SETS[records])):
        gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))["references"]
        items, want = [], {}
        for entry in gold:
            item = gold_item(entry, f"{case.name}-{entry['n']}")
            if item is not None:
                items.append(item)
                want[item["id"]] = gold_fields(entry)
        made = restyle_records(items, style_path)
        if made is None:
            return None
        manuscript, keys = made
        result = _score(manuscript, keys, want, [(key,) for key in keys], f"{name}.{case.name}", kind, cache, details)
        totals.update(result)
    return dict(totals)


def _score(manuscript: str, keys: list[str], want_of: dict, expected_groups: list[tuple], name: str, kind: str,
           cache: Path, details: bool) -> dict:
    """Fields of each rendered entry (where the style prints them) and callouts (as the
    groups of keys they cite), ``manuscript`` read back as ``kind``."""
    from corpus import FIELDS, _norm, compare, reference_fields
    from pdf import _aligned

    analysis = _read_as(manuscript, name, kind, cache)
    listing = manuscript.split("#### REFERENCES\n\n", 1)[1].split("\n\n[^", 1)[0]
    entries = listing.split("\n\n")
    ours = list(analysis.references)
    # Ours paired with the rendered entries by aligning the two lists' openings: an entry
    # a PDF split in two costs that entry, not every one after it.
    # (Only the entry's own number is its label: "1000 Genomes Project Consortium, …" of an
    # author–date list keeps its "1000".)
    listed_of = _aligned([{"reference_string": re.sub(rf"^(?:\[{i + 1}\]|\({i + 1}\)|<sup>{i + 1}</sup>|{i + 1}\.?(?!\d))\s*", "", e), "n": i}
                          for i, e in enumerate(entries)], ours)
    by_listed = {listed_of[ref.number]: ref for ref in ours if ref.number in listed_of}
    right = total = 0
    mistakes = []
    for index, (key, entry) in enumerate(zip(keys, entries)):
        want = want_of[key]
        have = reference_fields(by_listed[index]) if index in by_listed else {}
        judged = {f: _as_printed(f, want[f], _norm(entry)) for f in FIELDS}
        judged = {f: ([] if f == "authors" else "") if v is None else v for f, v in judged.items()}
        judged.update({k: want[k] for k in want if k not in judged})
        for field, expected, got, ok in compare(judged, have, FIELDS, _norm(entry).lower()):
            total, right = total + 1, right + ok
            if not ok:
                mistakes.append((key, field, expected, got))
    found = Counter(tuple(sorted(keys[listed_of[n]] if listed_of.get(n, -1) in range(len(keys)) else f"?{n}" for n in c.numbers))
                    for c in analysis.callouts)
    expected = Counter(expected_groups)
    hits = sum((found & expected).values())
    if details:
        for mistake in mistakes[:15]:
            print("   ", name, mistake)
        print("    missing", list((expected - found).elements())[:10], "extra", list((found - expected).elements())[:10])
    return {"right": right, "total": total, "entries": len(ours), "listed": len(keys), "hits": hits,
            "want": sum(expected.values()), "got": sum(found.values())}


def main(argv=None) -> int:
    from corpus import shared_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--styles", default="")
    parser.add_argument("--styles-dir", type=Path,
                        help="CSL styles from this folder instead of shared/csl-styles: house styles the "
                             "tagger never saw, as citation-style-language/styles holds two thousand of")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--records", choices=("sample", *RECORD_SETS), default="sample",
                        help="the sample's records and callouts, or the gold records of a set's articles "
                             "(corpus-dev, its author-year articles, or corpus)")
    parser.add_argument("--read-as", choices=("markdown", "pdf", "pdftotext"), default="markdown",
                        help="read each manuscript as written, or printed to PDF (glyphs, or pdftotext's text)")
    args = parser.parse_args(argv)
    folder = args.styles_dir or shared_dir() / "csl-styles"
    if not folder.is_dir():
        parser.error(f"no CSL styles at {folder} (set REFGRAPH_SHARED to the shared data folder)")
    names = args.styles.split(",") if args.styles else sorted(p.stem for p in folder.glob("*.csl"))
    print("| style | entries found | reference fields | callouts recall | precision |\n|---|---|---|---|---|")
    totals = Counter()
    by_style: dict[str, Counter] = {}
    for name in names:
        if args.records == "sample":
            result = score_style(name, folder / f"{name}.csl", args.details, args.read_as)
        else:
            result = score_records(name, folder / f"{name}.csl", args.details, args.read_as, records=args.records)
        if result is None:
            print(f"| {name} | citeproc-py cannot render it | | | |")
            continue
        totals.update({k: v for k, v in result.items() if isinstance(v, int)})
        by_style[name] = Counter({k: v for k, v in result.items() if isinstance(v, int)})
        print(_row(name, by_style[name]))
    print(_row("**all**", totals))
    if len(names) > 1:
        from refgraph.references.learn.synth import STYLE_FAMILIES

        print("\n| style family | entries found | reference fields | callouts recall | precision |\n|---|---|---|---|---|")
        for family, members in STYLE_FAMILIES.items():
            counts = sum((by_style[m] for m in members if m in by_style), Counter())
            if counts:
                print(_row(f"{family} ({sum(m in by_style for m in members)})", counts))
    return 0


def _row(label: str, counts: Counter) -> str:
    return (f"| {label} | {counts['entries']}/{counts['listed']} | {counts['right']}/{counts['total']} "
            f"({counts['right'] / max(counts['total'], 1):.3f}) | {counts['hits'] / max(counts['want'], 1):.3f} "
            f"| {counts['hits'] / max(counts['got'], 1):.3f} |")


if __name__ == "__main__":
    sys.exit(main())
