"""The label vocabulary of the reference tagger, and labelled strings as token sequences."""
from __future__ import annotations

from dataclasses import dataclass

from .tokens import Token, tokenize

# The segment labels of ``styles.jsonl`` (GROBID and AnyStyle gold mapped onto one
# vocabulary); "other" is separator punctuation and words that belong to no field.
LABELS = (
    "author", "editor", "translator", "title", "container-title", "collection-title", "date", "volume",
    "issue", "pages", "publisher", "location", "edition", "doi", "url", "isbn", "note", "genre",
    "citation-number", "other",
)


@dataclass(frozen=True)
class LabelledString:
    """A reference string, its tokens and one label per token."""

    text: str
    tokens: tuple[Token, ...]
    labels: tuple[str, ...]


def from_segments(segments: list[list[str]] | list[tuple[str, str]]) -> LabelledString:
    """``[[label, text], …]`` covering a string exactly → tokens with labels.

    A token takes the label of the segment its first character lies in; tokens that
    straddle two segments are rare (a DOI glued to its label) and keep the first.
    """
    text = "".join(part for _, part in segments)
    per_char: list[str] = []
    for label, part in segments:
        per_char.extend([label if label in LABELS else "other"] * len(part))
    tokens = tuple(tokenize(text))
    labels = tuple(per_char[t.start] for t in tokens)
    return LabelledString(text, tokens, labels)
