"""The precision probe of long lists: every style family of ``styles.jsonl`` (both splits)
and the strings of ``vancouver.jsonl``, each checked as one numbered manuscript that cites
every entry once, and the findings counted per rule.

    python benchmarks/long_lists.py [--lists vancouver,author-date] [--details author-spelling]

References from thousands of articles meet in one list here as they do in a systematic
review: namesakes, one person written two ways, real duplicates. Nothing in the body can
be wrong (each entry is cited once, in order), so citation findings are the reader's
mistakes; list findings (author spelling and initials, duplicates, incomplete entries) are
read by hand with ``--details``: each should be one an editor would act on.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

_LABEL = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+[.)])\s*")


def lists() -> dict[str, list[str]]:
    """List name → its entries, in file order (labels taken off, one line each)."""
    from corpus import shared_dir
    from refgraph.references.learn.data import read_styles

    by_family: dict[str, list[str]] = defaultdict(list)
    for row in read_styles(None):
        by_family[row["style_hint"]].append(row["string"])
    vancouver = shared_dir() / "corpus" / "reference-strings" / "vancouver.jsonl"
    by_family["vancouver.jsonl"] = [json.loads(line)["string"] for line in vancouver.read_text(encoding="utf-8").splitlines() if line]
    return {name: [e for e in (_LABEL.sub("", s.replace("\n", " ")).strip() for s in strings) if e]
            for name, strings in sorted(by_family.items())}


def manuscript(entries: list[str]) -> str:
    claims = [f"Claim number {n} is supported here [{n}]." for n in range(1, len(entries) + 1)]
    body = "\n\n".join(" ".join(claims[i:i + 4]) for i in range(0, len(claims), 4))
    return f"# A long list\n\n## Introduction\n\n{body}\n\n## References\n\n" + "\n".join(
        f"{n}. {entry}" for n, entry in enumerate(entries, 1)) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", help="comma-separated list names (default: all)")
    parser.add_argument("--details", help="print every finding of this rule name, with its entries")
    args = parser.parse_args(argv)
    from refgraph.checks import run_checks
    from refgraph.pipeline import analyse_source
    from refgraph.source import SourceText

    wanted = set(args.lists.split(",")) if args.lists else None
    totals: Counter = Counter()
    rows = []
    for name, entries in lists().items():
        if wanted and name not in wanted:
            continue
        analysis = analyse_source(SourceText(manuscript(entries)))
        findings = run_checks(analysis)
        counts = Counter(f.name for f in findings)
        totals.update(counts)
        totals["entries"] += len(analysis.references)
        rows.append((name, len(entries), len(analysis.references), len(analysis.callouts), counts))
        if args.details:
            for finding in (f for f in findings if f.name == args.details):
                print(f"{name}: {finding.message}")
                for number in finding.references[:4]:
                    print(f"    {number}. {entries[number - 1][:160] if number <= len(entries) else ''}")
    rules = sorted({rule for *_, counts in rows for rule in counts})
    print("| list | entries | read | callouts | " + " | ".join(rules) + " |")
    print("|---" * (4 + len(rules)) + "|")
    for name, count, read, callouts, counts in rows:
        print(f"| {name} | {count} | {read} | {callouts} | " + " | ".join(str(counts[r]) for r in rules) + " |")
    print(f"| **all** | | {totals['entries']} | | " + " | ".join(f"**{totals[r]}**" for r in rules) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
