"""Shared fixtures: the bundled sample, its analysis, and the shared corpus."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
# The tests (and the CLI they start) keep check's result cache out of the user's ~/.cache.
# (Removed when the session ends: each run made one more folder in /tmp before.)
if "REFGRAPH_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["REFGRAPH_CACHE_DIR"] = tempfile.mkdtemp(prefix="refgraph-test-cache-")
    atexit.register(shutil.rmtree, os.environ["REFGRAPH_CACHE_DIR"], ignore_errors=True)


def corpus_root() -> Path:
    return Path(os.environ.get("REFGRAPH_CORPUS", ROOT.parent / "shared" / "corpus"))


CORPUS = corpus_root()
CASES = sorted(p for p in (CORPUS / "cases").iterdir() if p.is_dir()) if (CORPUS / "cases").is_dir() else []


# A hand-written APA manuscript: parenthetical and narrative citations, a group author
# with its acronym, particles, letters after years, a locator and a few defects.
APA = """# Police attitudes and bias

## Introduction

Shooter bias has been documented in several samples (Correll et al., 2007; Plant & Peruche, 2005). Smith and Jones (2019) argued otherwise, and Smith et al. (2019) replied. In 2019, 45 patients were enrolled. Later work (e.g., Lee, 2020a, 2020b; see also Wortley & Homel, 1995, p. 4) agreed, but others disagreed (Smith, 2018; Brown, 2021). A survey of officers (van der Berg, 2017) and another (Van der Berg, 2017) found the same; the WHO agreed (World Health Organization [WHO], 2020).

## References

Correll, J., Park, B., Judd, C. M., & Wittenbrink, B. (2007). The influence of stereotypes on decisions to shoot. European Journal of Social Psychology, 37(6), 1102–1117.

Lee, K. (2020a). First paper on things. Journal of Things, 1(1), 1–10.

Lee, K. (2020b). Second paper on things. Journal of Things, 1(2), 11–20.

Plant, E. A., & Peruche, B. M. (2005). The consequences of race for police officers' responses to criminal suspects. Psychological Science, 16(3), 180–183.

Smith, J., & Jones, K. (2019). A study of bias. Journal of Bias, 12(3), 45–67.

van der Berg, A. (2017). Officers and their attitudes. Police Quarterly, 20(1), 1–20.

World Health Organization. (2020). Violence prevention report. World Health Organization.

Wortley, R. K., & Homel, R. J. (1995). Police prejudice as a function of training and outgroup contact. Law and Human Behavior, 19(3), 305–317.
"""


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


def paged(sample_text: str, lines_per_page: int = 45) -> str:
    """The sample hard-wrapped and cut into pages as pdftotext writes them: a running head
    and a page number on every page, form feeds between pages, so that page breaks fall
    inside paragraphs and reference entries."""
    import textwrap

    lines = []
    for line in sample_text.split("\n"):
        lines += textwrap.wrap(line, 90, break_on_hyphens=False) if not line.startswith(("|", "#")) and line.strip() else [line]
    pages = []
    for number, first in enumerate(range(0, len(lines), lines_per_page), 1):
        body = lines[first:first + lines_per_page]
        pages.append("\n".join(["Psychiatry Investig 2020;17(3):181-192 · Shin C and Kim YK", ""] + body + ["", f"{180 + number}"]))
    return "\f".join(pages) + "\f"
