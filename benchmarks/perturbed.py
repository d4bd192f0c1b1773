"""The exactly labelled Vancouver strings as PDF extraction and converters damage them:
field accuracy per kind of damage, beside the clean strings.

    python benchmarks/perturbed.py [KIND ...]     # one kind: also its first 40 misses

Kinds: lost spaces after a stop or after ";"/":", a space moved before a stop or comma
("Nat .Phys .5 ,"), a line-end hyphen left inside a word
("depres- sion"), doubled spaces, ligatures, typographic dashes and quotes, a DOI appended.
The gold is the clean string's, so a damage the parser keeps "as printed" (a title
"…shock:the GUSTO-I trial") counts as a miss: compare kinds with each other and over time.
Deterministic (fixed seed).
"""
from __future__ import annotations

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
    "space-before-stop-comma": lambda text, rnd: re.sub(r"(?<=[^\W\d_])([.,])\s+(?=\S)", r" \1", text),
    "double-spaces": lambda text, rnd: text.replace(" ", "  "),
    "ligatures": lambda text, rnd: text.replace("fi", "ﬁ").replace("fl", "ﬂ"),
    "typographic-dashes-quotes": lambda text, rnd: text.replace("-", "–").replace("'", "’"),
    "doi-appended": lambda text, rnd: text.rstrip() + " doi: 10.1000/xyz.2020.123",
}


def main(argv: list[str]) -> int:
    from corpus import compare_vancouver_row, exact_vancouver_rows

    rows = exact_vancouver_rows()
    kinds = argv or list(DAMAGE)
    print("| damage | reference fields right |\n|---|---|")
    for kind in kinds:
        rnd = random.Random(1)
        compared = [(text, key, value, have) for row in rows for text in [DAMAGE[kind](row["string"], rnd)]
                    for key, value, have in compare_vancouver_row(row, text)]
        right = sum(value == have for _, _, value, have in compared)
        print(f"| {kind} | {right}/{len(compared)} ({right / len(compared):.3f}) |")
        if len(kinds) == 1:
            for text, key, value, have in [c for c in compared if c[2] != c[3]][:40]:
                print(f"    {key}: {value!r} → {have!r}  ({text[:120]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
