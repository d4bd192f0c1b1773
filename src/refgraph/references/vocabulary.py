"""The scholarly word lists shipped in ``refgraph/data`` (built from styles.jsonl's train
split by ``python -m refgraph.references.learn.words``): every word the training strings
print whole, and the words that open and close hyphenated compounds. The parser mends
words a converter broke with them, and the PDF-text reader words pdftotext joined."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

WORDS_NAME = "scholarly-words.json"


@lru_cache(maxsize=1)
def scholarly_lists() -> tuple[frozenset, frozenset, frozenset]:
    """(words, words before a compound's hyphen, words after one), lower-cased."""
    lists = json.loads((resources.files("refgraph") / "data" / WORDS_NAME).read_text(encoding="utf-8"))
    return frozenset(lists["words"]), frozenset(lists["before_hyphen"]), frozenset(lists["after_hyphen"])


def scholarly_words() -> frozenset:
    """Every word the training strings print whole, lower-cased."""
    return scholarly_lists()[0]
