"""Reference strings as tokens: words, numbers, identifiers and single punctuation marks.

The tokenizer is shared by training and parsing, so that the model always sees the
same units. URLs and DOIs stay whole (their punctuation is not the string's), and so
do alphanumeric article numbers such as ``e2019GL086075`` and counts such as "17,546".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<url>(?:https?|ftp)://[^\s<>\"]+|www\.[^\s<>\"]+\.[^\s<>\"]+)"
    r"|(?P<doi>10\.\d{3,9}/[^\s<>\"]+)"
    # A count with thousands separators before a word, "716,152 births", is one number: as
    # "716", ",", "152" it reads as a volume and its page.
    r"|(?P<count>(?<![\d,.])\d{1,3}(?:,\d{3})+(?=\s+[^\W\d_]*[a-z]))"
    r"|(?P<word>[^\W_]+(?:['’][^\W_]+)?)"
    r"|(?P<mark>[^\s])",
)
_TRAILING = ".,;:)]}>"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    space_before: bool


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with their character offsets; spaces are not tokens."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if match.lastgroup in ("url", "doi"):
            # An identifier ends before the string's own closing punctuation: "…/xyz)."
            while end > start + 1 and text[end - 1] in _TRAILING and not _balanced_close(text[start:end]):
                end -= 1
            tokens.append(Token(text[start:end], start, end, start > 0 and text[start - 1].isspace()))
            # Whatever was trimmed is tokenized as ordinary marks.
            for position in range(end, match.end()):
                tokens.append(Token(text[position], position, position + 1, False))
            continue
        tokens.append(Token(match.group(), start, end, start > 0 and text[start - 1].isspace()))
    return tokens


def _balanced_close(text: str) -> bool:
    """A closing bracket that belongs to the identifier: ``10.1016/S0140-6736(10)60``."""
    last = text[-1]
    pairs = {")": "(", "]": "[", "}": "{", ">": "<"}
    if last not in pairs:
        return False
    return text.count(pairs[last]) >= text.count(last)
