"""The scholarly word lists the PDF-text reader consults: ``python -m refgraph.references.learn.words``.

From the train split of ``styles.jsonl`` (titles, journals and publishers of thousands of
references in every field), lower-cased, three letters or more, seen at least twice:

* ``words``: every word as written whole ("anticancer", "generation");
* ``before_hyphen`` and ``after_hyphen``: the words that open and close hyphenated
  compounds ("cell-", "-derived").

They tell a closed compound from two words whose hyphen pdftotext dropped at a line end
("within" + "generation"); see :mod:`refgraph.readers.joins`. Deterministic: the same
data gives the same lists.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from ..vocabulary import WORDS_NAME
from .data import read_styles
from .train import PACKAGE_DATA

_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def scholarly_words(minimum: int = 2) -> dict[str, list[str]]:
    words, before, after = Counter(), Counter(), Counter()
    for row in read_styles("train"):
        text = row["string"].lower()
        words.update(_WORD.findall(text))
        for compound in _COMPOUND.findall(text):
            parts = compound.split("-")
            before.update(parts[:-1])
            after.update(parts[1:])

    def kept(counter: Counter) -> list[str]:
        return sorted(word for word, n in counter.items() if n >= minimum and len(word) >= 3)

    return {"words": kept(words), "before_hyphen": kept(before), "after_hyphen": kept(after)}


def main() -> int:
    lists = scholarly_words()
    path = PACKAGE_DATA / WORDS_NAME
    path.write_text(json.dumps(lists, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in lists.items()), "→", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
