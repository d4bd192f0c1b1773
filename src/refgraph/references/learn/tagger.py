"""The trained reference tagger: a string → one label (and its probability) per token."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .features import Lexicon, featurize
from .tokens import Token, tokenize

MODEL_NAME = "reference-crf.model"
LEXICON_NAME = "reference-lexicon.json"


@dataclass(frozen=True)
class Tagged:
    """Tokens of a string with the model's labels and per-token marginal probabilities."""

    text: str
    tokens: tuple[Token, ...]
    labels: tuple[str, ...]
    confidence: tuple[float, ...]
    probability: float  # of the whole label sequence


class Tagger:
    """A python-crfsuite tagger with the word lists it was trained with."""

    def __init__(self, model_path: str, lexicon: Lexicon):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)
        self.lexicon = lexicon
        self.labels = tuple(self._tagger.labels())

    def tag(self, text: str) -> Tagged:
        tokens = tokenize(text)
        if not tokens:
            return Tagged(text, (), (), (), 1.0)
        tagger = self._tagger
        tagger.set(featurize(tokens, text, self.lexicon))
        labels = tagger.tag()
        confidence = tuple(tagger.marginal(label, i) for i, label in enumerate(labels))
        return Tagged(text, tuple(tokens), tuple(labels), confidence, tagger.probability(labels))

    def marginals_of(self, labels: list[str]) -> list[float]:
        """Per token, the model's probability of the given label (for the string last tagged)."""
        return [self._tagger.marginal(label, i) for i, label in enumerate(labels)]

    def probability_of(self, labels: list[str]) -> float:
        """How likely the model finds another labelling of the string last tagged
        (the rule parser's, say), as a sequence probability."""
        return self._tagger.probability(labels)


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The model shipped in ``refgraph/data`` (loaded once per process)."""
    data = resources.files("refgraph") / "data"
    lexicon = Lexicon.from_dict(json.loads((data / LEXICON_NAME).read_text(encoding="utf-8")))
    with resources.as_file(data / MODEL_NAME) as path:
        return Tagger(str(path), lexicon)
