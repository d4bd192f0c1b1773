"""Leave one style family out: the honest estimate of how the parser reads the next journal.

For each ``style_hint`` family of styles.jsonl, a model is trained without that family's
training strings and without the CSL styles and templates of the same family, and the
family's dev strings are scored with it (``corpus.score_styles``).

    python benchmarks/loso.py [--jobs 2] [--family nature-like]

Slow: one training per family (about four minutes each on this machine).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ("vancouver", "author-date", "nature-like", "science-like", "ieee-like", "acs-like", "humanities-quoted",
            "surname-first", "given-name-first", "other")


def run_family(family: str) -> tuple[str, int, int]:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import score_styles, styles_parsed
    from refgraph.references.learn import tagger as tagger_module
    from refgraph.references.learn.features import Lexicon
    from refgraph.references.learn.train import train, training_strings
    from refgraph.references.parse import clear_parse_cache

    with tempfile.TemporaryDirectory() as folder:
        model, lexicon = Path(folder) / "m.model", Path(folder) / "m.json"
        train(training_strings(frozenset({family}), synthetic=6000), model, lexicon)
        held_out = tagger_module.Tagger(str(model), Lexicon.from_dict(json.loads(lexicon.read_text(encoding="utf-8"))))
        tagger_module.default_tagger = lambda: held_out
        clear_parse_cache()  # (a worker may have read another family with another model)
        right, total = score_styles(style=family, parse=styles_parsed)
    return family, sum(right[family].values()), sum(total[family].values())


def leave_one_style_out(families=FAMILIES, jobs: int = 2):
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(run_family, families)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--family", action="append", help="only these families")
    args = parser.parse_args(argv)
    print("| held-out style family | fields right (model trained without it) |")
    print("|---|---|")
    for family, right, total in leave_one_style_out(tuple(args.family or FAMILIES), args.jobs):
        print(f"| {family} | {right}/{total} ({right / max(total, 1):.3f}) |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
