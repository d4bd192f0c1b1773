"""Growth, not speed: every hostile pattern of benchmarks/complexity.py costs linear time.

Quadratic cost quadruples the time when the input doubles; the test asks for the growth
exponent between n and 4n to stay well below 2 (≤ 1.5, leaving room for timer noise on a
busy machine; the benchmark itself shows every exponent ≤ 1.2).
"""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from complexity import PATTERNS, exponent, measure  # noqa: E402


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_cost_grows_linearly(name):
    points = [measure(name, n) for n in (3, 12)]
    assert exponent(points) <= 1.5, points


@pytest.mark.parametrize("quote", ["“", "‘", "«"])
def test_sentence_segmentation_of_unclosed_quotes_grows_linearly(quote):
    """The segmenter alone, where its cost once hid under the other stages: sentencex
    pairs quotes by scanning ahead, so each unclosed one cost a scan of the paragraph."""
    import time

    from refgraph.citations.sentences import sentence_spans

    points = []
    for n in (4000, 16000):
        text = "A claim. " + f"{quote}a " * n
        best = min(_cpu(sentence_spans, text, time) for _ in range(3))
        points.append((len(text), best))
    assert exponent(points) <= 1.5, points


def _cpu(function, argument, time):
    start = time.process_time()
    function(argument)
    return time.process_time() - start
