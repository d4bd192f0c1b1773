"""Shared fixtures: the bundled sample, its analysis, and the shared corpus."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def corpus_root() -> Path:
    return Path(os.environ.get("REFGRAPH_CORPUS", ROOT.parent / "shared" / "corpus"))


CORPUS = corpus_root()
CASES = sorted(p for p in (CORPUS / "cases").iterdir() if p.is_dir()) if (CORPUS / "cases").is_dir() else []


def needs_corpus():
    return pytest.mark.skipif(not CASES, reason=f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="session")
def sample_text() -> str:
    from refgraph.read import read_manuscript

    return read_manuscript().text


@pytest.fixture(scope="session")
def sample():
    from refgraph.pipeline import analyse

    return analyse()


@pytest.fixture(scope="session")
def sample_findings(sample):
    from refgraph.checks import run_checks

    return run_checks(sample)


def analyse_text(text: str, tmp_path: Path, name: str = "manuscript.md"):
    """Write a rewritten manuscript and analyse it as a user would."""
    from refgraph.pipeline import analyse

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyse(path)
