"""How refgraph's cost grows with hostile input: every pattern at n, 2n, 4n and 8n.

    python benchmarks/complexity.py              # the full suite (a few minutes)
    python benchmarks/complexity.py --quick      # small sizes (what the tests run)

Each pattern is a manuscript whose size grows with n in one dimension that once cost
quadratic time or memory. The stage timed is the whole analysis plus every rule (CPU
time in this process, best of three). The exponent k is the slope of log(time) against
log(size) from n to 8n; linear cost is k ≈ 1, and every k must stay ≤ 1.2.
"""
from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

_REFS = "\n".join(f"{i}. Author{i} A, Other B. Title number {i}. J Med. 2000;{i}:1-2." for i in range(1, 21))


def _doc(body: str, refs: str = _REFS) -> str:
    return f"# T\n\n## Introduction\n\n{body}\n\n## References\n\n{refs}\n"


def _letters(number: int) -> str:
    """A word of its own for each number ("bc" for 12): pages that differ by more than
    their digits, which page furniture is told by."""
    return "".join(chr(97 + int(digit)) for digit in str(number)) + "x"


def _first_entry(entry: str) -> str:
    """The sample-like manuscript with its first reference replaced by ``entry``."""
    return _doc("A claim.[1]", "1. " + entry + "\n" + _REFS.split("\n", 1)[1])


PATTERNS = {
    # name: (manuscript for size n, what grows)
    "range-callouts": lambda n: _doc(" ".join("A claim.[1-99999,1-99999,1-99999,1-99999]" for _ in range(20 * n))),
    "many-bracket-callouts": lambda n: _doc("a [1] " * (200 * n)),
    "emphasis-runs": lambda n: _doc("A claim.[1] " + "*a " * (600 * n)),
    "underscore-runs": lambda n: _doc("A claim.[1] " + "_a " * (600 * n)),
    "curly-quote-runs": lambda n: _doc("A claim.[1] " + "“a " * (600 * n)),
    "unclosed-comments": lambda n: _doc("A claim.[1] " + "<!-- a " * (600 * n)),
    "nested-brackets": lambda n: _doc("A claim.[1] " + "[[" * (100 * n) + "]]" * (100 * n)),
    "one-long-paragraph": lambda n: _doc(" ".join(f"Sentence {i} is here.[{i % 20 + 1}]" for i in range(100 * n))),
    "identical-references": lambda n: _doc("A claim.[1]", "\n".join(f"{i}. Smith J. Same title. J Med. 2000;1:1-2." for i in range(1, 20 * n + 1))),
    "one-surname-many-initials": lambda n: _doc("A claim.[1]", "\n".join(
        f"{i}. Smith {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}, Doe {chr(65 + i % 26)}. Title {i}. J Med. 2000;1:1-2." for i in range(1, 20 * n + 1))),
    # PDF text: callouts glued to words, acronyms and years, with names that recur.
    "glued-digits": lambda n: _doc(" ".join(f"Cells{i % 20 + 1} and CD19{i % 20 + 1} in 198{i % 20 + 1} with LNPs{i % 20 + 1}."
                                            for i in range(150 * n))),
    # One entry wrapped over thousands of lines (once joined line by line, quadratic).
    "long-wrapped-entry": lambda n: _doc("A claim.[1]", "1. Smith J. Title. J Med 2000;1:1-2.\n" + "and more words of the same entry-\n" * (300 * n)),
    "paren-enumeration-run": lambda n: _doc("A claim (1). " + " ".join(f"({i})" for i in range(1, 200 * n))),
    "anchor-links": lambda n: _doc(" ".join(f"A claim<sup>[{i % 20 + 1}](#ref-{i % 20 + 1})</sup> and [x](#y)." for i in range(100 * n))),
    "math-superscripts": lambda n: _doc(" ".join(f"A claim$^{{{i % 20 + 1}}}$ and ${{ }}^{{\\text{{{i % 19 + 1}--{i % 19 + 2}}}}}$ and $^{{x " for i in range(100 * n))),
    "html-and-grid-tables": lambda n: _doc("<table>" + "".join(f"<tr><td>Row {i}<sup>{i % 20 + 1}</sup></td><td>x" for i in range(100 * n))
                                            + "</table>\n\n" + "+---+---+\n" + "| a | b<sup>1</sup> |\n" * (100 * n) + "+---+---+"),
    "html-block-tags": lambda n: _doc(" ".join(f"<p>A claim [{i % 20 + 1}].</p><div class=x" for i in range(100 * n)),
                                      "<ol>" + "".join(f"<li>Smith J. Title {i}. J Med. 2000;1:{i}.</li>" for i in range(20 * n)) + "</ol>\n"
                                      + "\n".join(f"| {i}. | Smith J. Title. J Med. 2000;1:{i}. |" for i in range(20 * n))),
    "reference-words": lambda n: _doc(" ".join(f"As in ref. {i % 20 + 1} and refs {i % 20 + 1},{i % 19 + 1}." for i in range(100 * n))),
    "unnumbered-packed-list": lambda n: _doc("A claim (Smith, 2000).", "\n".join(
        f"Smith{i}, J. A., and Lee, K. (2000). A title of\n   some length. J Med, {i}, 1-2." for i in range(1, 60 * n))),
    "pdf-text-pages": lambda n: "\f".join(f"Running head · Journal 2024\n\nA claim.[{i % 20 + 1}] More text here.\n\n{i}"
                                            for i in range(40 * n)) + "\f\nReferences\n\n" + _REFS + "\n",
    # Notes that are the references (Pandoc marks and definitions); a two-column list that
    # PDF text shuffled block by block; adjacent brackets and "(refs …)".
    "notes-as-references": lambda n: "# T\n\n" + " ".join(f"Claim {i}.[^{i}][^{i + 1}]" for i in range(40 * n)) + "\n\n"
                                     + "\n\n".join(f"[^{i}]: Author{i} A. Title {i}. J Med. 2001;{i}:1-9." for i in range(40 * n + 1)) + "\n",
    "shuffled-pdf-list": lambda n: "\f".join(f"Running head · Journal 2024\n\nA {word} claim.[{i + 1}] More {word} text.\n\n{i}"
                                             for i, word in enumerate(("first", "second", "third")))
                                   + "\f\nReferences\n" + "\f".join(
        "\n".join(f"{k}. Smith {chr(65 + k % 26)}{chr(65 + k // 26 % 26)}. Title {k}. J Med 2000;{k}:1-2."
                  for k in sorted(range(p * 40 + 1, p * 40 + 41), key=lambda k: (k % 2, k)))
        for p in range(2 * n)) + "\n",
    # A list whose two columns pdftotext read line by line across the gutter, one block.
    "interleaved-pdf-list": lambda n: "\f".join(f"Running head · Journal 2024\n\nA {word} claim.[{i + 1}] More {word} text.\n\n{i}"
                                                for i, word in enumerate(("first", "second", "third")))
                                      + "\f\nReferences\n" + "\n".join(
        line for k in range(1, 30 * n + 1) for line in (
            f"{k}. Smith {chr(65 + k % 26)}, Lee B. A title of work {k:04d} that", f"{k + 30 * n}. Jones C, Kim D. Another title {k:04d} of",
            "runs into a second line of its title. J Med", "more words of the other title here. J Sci", f"2001;{k}:1-9.", f"2002;{k}:10-19.")) + "\n",
    "adjacent-brackets-and-refs": lambda n: _doc(" ".join(f"A claim [{i % 20 + 1}][{i % 19 + 1}] (refs {i % 20 + 1},{i % 19 + 1})."
                                                         for i in range(100 * n))),
    # Footnotes at the foot of PDF pages: marks glued to words, each page's notes below.
    "page-foot-notes": lambda n: "\f".join(
        f"Running head · Journal 2024\n\nA {_letters(i)} claim.{2 * i + 1} Another {_letters(i)} claim.{2 * i + 2} More text.\n"
        f"{2 * i + 1} Smith {_letters(i).title()}. Title {_letters(i)}. J Med 2001;{i % 90 + 1}:1-9.\n{2 * i + 2} Ibid., {_letters(i)}.\n\n{i + 1}"
        for i in range(40 * n)) + "\f\nReferences\n\n" + _REFS + "\n",
    # A manuscript under review: each page's margin numbers as a column before its text.
    "line-numbered-pages": lambda n: "\f".join(
        "Running head · Journal 2024\n\n" + "\n".join(str(40 * i + k + 1) for k in range(40)) + "\n\n"
        + "\n".join(f"A {_letters(i)} claim line {k}.[{(i + k) % 20 + 1}]" for k in range(40)) + f"\n\n{i + 1}"
        for i in range(20 * n)) + "\f\nReferences\n\n" + _REFS + "\n",
    # One source described in many claims, each with another sample size and dose.
    "one-source-many-facts": lambda n: _doc(" ".join(f"In {100 + i} patients, ketamine {i % 9 + 1} mg/kg worked.[1]" for i in range(100 * n))),
    "pages-list": lambda n: _first_entry("Smith J. Title. J Med 2000;" + ",".join(["1"] * (100 * n)) + "."),
    # A book in Nature's form, "Names. Title (Publisher, Year).", with a very long name list:
    # each place the names may end is tried by parsing the names before it.
    # A title-less entry whose journal is settled by the journal lists: the names' end
    # before each candidate start is read from a bounded tail, not the whole head.
    "title-less-many-initials": lambda n: _first_entry("Smith, " + "A. " * (300 * n) + "J. Cell 2018, 175, 1972."),
    "long-book-names": lambda n: _first_entry("Smith, A., " * (60 * n) + "Title of the book (Springer, 2019)."),
    # One very long word with no hyphen: the hyphenated-term scan of glued digits tried
    # a match from each of its letters, rescanning the rest of the word each time.
    "long-word-in-entry": lambda n: _first_entry("Smith J. " + "a" * (3000 * n) + " x. J Med 2000;1:1-2."),
    # Leader dots ("Title........ 12", a contents page pasted in) and a long run of digits:
    # the no-date mark at a title's end and the CJK volume marks were sought from each dot
    # and each digit, rescanning the rest of the run.
    "leader-dots-in-entry": lambda n: _first_entry("Smith J. Title" + "." * (3000 * n) + " x. J Med 2000;1:1-2."),
    # Initials glued in a run ("A.A.A.…", "U.S. U.S. …"): the author–date head read each
    # stop two ways, so a failing match tried 2^n readings (25 initials: 42 s).
    "glued-initials-run": lambda n: _first_entry("Smith J. " + "A." * (1500 * n) + " x. J Med 2000;1:1-2."),
    # "et al." repeated: the whole run read as a journal, whose every tail was keyed
    # against the journal lists and joined word by word (quadratic).
    "repeated-et-al": lambda n: _first_entry("Smith J. " + "et al. " * (400 * n) + " x. J Med 2000;1:1-2."),
    "digit-run-in-entry": lambda n: _first_entry("Smith J. Title " + "1" * (3000 * n) + " x. J Med 2000;1:1-2."),
    # A list printed in many parts whose numbers run on, body text between them.
    "list-in-many-parts": lambda n: "# T\n\nA claim [1].\n\n" + "".join(
        f"## References{' (continued)' if i else ''}\n\n" + "".join(f"{5 * i + k}. Smith J. Title {5 * i + k}. J Med 2000;1:1-2.\n" for k in range(1, 6))
        + f"\n## Methods {i}\n\nMore text [{5 * i + 1}].\n\n" for i in range(20 * n)),
}


def measure(name: str, n: int, repeat: int = 3) -> tuple[int, float]:
    """(size in bytes, best CPU seconds) of analysing and checking pattern ``name`` at ``n``."""
    from refgraph.checks import run_checks
    from refgraph.pipeline import analyse
    from refgraph.references.parse import clear_parse_cache

    text = PATTERNS[name](n)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.md"
        path.write_text(text, encoding="utf-8")
        best = math.inf
        for _ in range(repeat):
            clear_parse_cache()  # each run parses cold, as a new process would
            start = time.process_time()
            run_checks(analyse(path))
            best = min(best, time.process_time() - start)
    return len(text.encode("utf-8")), best


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) on log(bytes)."""
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-4)) for _, seconds in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--pattern", action="append", help="only these patterns")
    args = parser.parse_args(argv)
    base = 2 if args.quick else 10
    print("| pattern | size at 8n | seconds at n, 2n, 4n, 8n | exponent k | seconds per MB at 8n |")
    print("|---|---|---|---|---|")
    worst = 0.0
    for name in args.pattern or PATTERNS:
        points = [measure(name, base * factor) for factor in (1, 2, 4, 8)]
        k = exponent(points)
        worst = max(worst, k)
        size, seconds = points[-1]
        print(f"| {name} | {size / 1024:.0f} KB | {', '.join(f'{s:.2f}' for _, s in points)} | {k:.2f} | {seconds / (size / 1e6):.1f} |")
        sys.stdout.flush()
    print(f"\nworst exponent: {worst:.2f}")
    return 0 if worst <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
