"""The exactly labelled Vancouver strings as PDF extraction and converters damage them:
field accuracy per kind of damage, beside the clean strings.

    python benchmarks/perturbed.py [KIND ...]     # one kind: also its first 40 misses

Kinds: lost spaces after a stop or after ";"/":", a line-end hyphen left inside a word
("depres- sion"), doubled spaces, ligatures, typographic dashes and quotes, a DOI appended.
The gold is the clean string's, so a damage the parser keeps "as printed" (a title
"…shock:the GUSTO-I trial") counts as a miss: compare kinds with each other and over time.
Deterministic (fixed seed).
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]


def _hyphenate(text: str, rnd: random.Random) -> str:
    words = list(re.finditer(r"[a-z]{8,}", text))
    if not words:
        return text
    word = rnd.choice(words)
    cut = word.start() + len(word.group()) // 2
    return text[:cut] + "- " + text[cut:]


DAMAGE = {
    "none": lambda text, rnd: text,
    "no-space-after-stop": lambda text, rnd: re.sub(r"(?<=[a-z])\.\s+(?=[A-Z])", ".", text),
    "no-space-after-semicolon-colon": lambda text, rnd: re.sub(r"([;:])\s+", r"\1", text),
    "hyphen-inside-word": _hyphenate,
    "double-spaces": lambda text, rnd: text.replace(" ", "  "),
    "ligatures": lambda text, rnd: text.replace("fi", "ﬁ").replace("fl", "ﬂ"),
    "typographic-dashes-quotes": lambda text, rnd: text.replace("-", "–").replace("'", "’"),
    "doi-appended": lambda text, rnd: text.rstrip() + " doi: 10.1000/xyz.2020.123",
}


def main(argv: list[str]) -> int:
    from corpus import _norm, _pages, corpus_dir
    from refgraph.references.parse import UnparseableReference, parse_reference

    rows = [json.loads(line) for line in (corpus_dir() / "reference-strings" / "vancouver.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if not row["quirks"]]
    squash = lambda name: re.sub(r"[.\s]+", " ", name).strip()
    kinds = argv or list(DAMAGE)
    print("| damage | reference fields right |\n|---|---|")
    for kind in kinds:
        rnd = random.Random(1)
        right = total = 0
        misses = []
        for row in rows:
            text = DAMAGE[kind](row["string"], rnd)
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
            for key, value in want.items():
                have = got.get(key)
                if not value and not have:
                    continue
                if key == "pages" and value and have:
                    value, have = _pages(value), _pages(have)
                total += 1
                right += value == have
                if value != have:
                    misses.append((text, key, value, have))
        print(f"| {kind} | {right}/{total} ({right / total:.3f}) |")
        if len(kinds) == 1:
            for text, key, value, have in misses[:40]:
                print(f"    {key}: {value!r} → {have!r}  ({text[:120]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
