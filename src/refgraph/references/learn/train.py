"""Train the reference tagger: ``python -m refgraph.references.learn.train``.

Reads the train split of ``shared/corpus/reference-strings/styles.jsonl`` and synthetic
strings rendered through the CSL styles of ``shared/csl-styles`` (see ``synth.py``),
learns a linear-chain CRF with python-crfsuite, and writes the model and its word
lists into the package. Deterministic: the same data gives the same model.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .data import build_lexicon, labelled, read_styles
from .features import featurize
from .labels import LabelledString

PACKAGE_DATA = Path(__file__).resolve().parents[2] / "data"


def write_list(name: str, lines: list[str], what: str) -> Path:
    """``lines``, one per line, gzipped into the package's data with no timestamp (the
    same lines give the same bytes); says what it wrote."""
    import gzip

    path = PACKAGE_DATA / name
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(lines)} {what} → {path} ({path.stat().st_size} bytes)")
    return path
MODEL_NAME = "reference-crf.model"
LEXICON_NAME = "reference-lexicon.json"
# L1 keeps the model small and sparse; L2 keeps rare features from dominating.
PARAMS = {"c1": 0.2, "c2": 1.0, "max_iterations": 100, "feature.possible_transitions": True}


# AnyStyle's ugly.xml and bad.xml carry labels its own README calls clearly wrong in
# places (two references in one entry, a journal labelled as author); they are used for
# evaluation only.
NOISY_FILES = frozenset({"ugly.xml", "bad.xml"})


def training_strings(exclude_styles: frozenset = frozenset(), synthetic: int = 0, seed: int = 13) -> list[LabelledString]:
    strings = [labelled(row) for row in read_styles("train")
               if row["style_hint"] not in exclude_styles and row["origin"]["file"] not in NOISY_FILES]
    if synthetic:
        from .synth import pools, synthetic_strings
        from .templates import template_strings

        strings += synthetic_strings(synthetic, seed=seed, exclude_families=exclude_styles)
        strings += template_strings(synthetic, pools(), seed=seed + 1, exclude_families=exclude_styles)
    return strings


def train(strings: list[LabelledString], model_path: Path, lexicon_path: Path, params: dict | None = None,
          verbose: bool = False) -> None:
    import pycrfsuite

    lexicon = build_lexicon(strings)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for item in strings:
        trainer.append(featurize(list(item.tokens), item.text, lexicon), list(item.labels))
    trainer.set_params({**PARAMS, **(params or {})})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    lexicon_path.write_text(json.dumps(lexicon.as_dict(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA, help="folder for the model and lexicon")
    parser.add_argument("--synthetic", type=int, default=6000, help="synthetic CSL-rendered strings to add")
    parser.add_argument("--exclude-style", action="append", default=[], help="leave a style_hint family out")
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    started = time.time()
    strings = training_strings(frozenset(args.exclude_style), args.synthetic)
    print(f"training on {len(strings)} strings, {sum(len(s.tokens) for s in strings)} tokens", file=sys.stderr)
    train(strings, args.out / MODEL_NAME, args.out / LEXICON_NAME, {"max_iterations": args.iterations}, args.verbose)
    size = (args.out / MODEL_NAME).stat().st_size
    print(f"wrote {args.out / MODEL_NAME} ({size / 1e6:.1f} MB) in {time.time() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
