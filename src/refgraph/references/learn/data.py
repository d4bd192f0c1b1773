"""Labelled training and evaluation strings: ``styles.jsonl`` and synthetic CSL renderings."""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Iterator

from .features import Lexicon
from .labels import LabelledString, from_segments


def shared_dir() -> Path:
    """``../shared`` beside the repository, or ``$REFGRAPH_SHARED``."""
    env = os.environ.get("REFGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[5] / "shared"


def styles_path() -> Path:
    return shared_dir() / "corpus" / "reference-strings" / "styles.jsonl"


def read_styles(split: str | None = None, path: Path | None = None) -> Iterator[dict]:
    """Rows of ``styles.jsonl`` (optionally one split), in file order."""
    with open(path or styles_path(), encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            if split is None or row["split"] == split:
                yield row


def labelled(row: dict) -> LabelledString:
    return from_segments(row["segments"])


def build_lexicon(strings: list[LabelledString], minimum: int = 3) -> Lexicon:
    """Words that mostly occur inside journal names, publishers and places.

    A word joins a list when it occurs there ``minimum`` times and at least twice as often
    there as in titles, so "Journal", "Rev", "Press", "York" qualify and "cancer" does not.
    """
    inside: dict[str, Counter] = {"container-title": Counter(), "publisher": Counter(), "location": Counter()}
    titles: Counter = Counter()
    for item in strings:
        for token, label in zip(item.tokens, item.labels):
            word = token.text.lower()
            if not word.isalpha() or len(word) < 2:
                continue
            if label in inside:
                inside[label][word] += 1
            elif label == "title":
                titles[word] += 1

    def pick(counter: Counter) -> frozenset:
        return frozenset(w for w, n in counter.items() if n >= minimum and n >= 2 * titles[w])

    return Lexicon(pick(inside["container-title"]), pick(inside["publisher"]), pick(inside["location"]))
