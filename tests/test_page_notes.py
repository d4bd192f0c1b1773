"""Footnotes at the foot of PDF pages: the sample rewritten in a notes style (Chicago,
OSCOLA) and laid out as pdftotext writes a footnoted PDF — note marks glued to their
words, each page's notes at its foot, numbered on across the pages."""
from __future__ import annotations

import re
import textwrap
from collections import Counter

import pytest

from printing_latex import escape, pdflatex
from refgraph.pipeline import analyse
from test_notes import _as_notes


def _footnoted_pages(text: str, notes: dict[str, str], lines_per_page: int = 40, joined: bool = False) -> str:
    """``text`` (with ``[^n]`` marks) as pdftotext's pages: body lines with the marks glued
    ("diseases.2"), then that page's notes ("2 Correll CU, …"), then the page number.
    With ``joined``, a body line that ends a page in a hyphen runs into the first note."""
    lines = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, 90, break_on_hyphens=False) if line.strip() and not line.startswith("|") else [line]
    pages = []
    for number, first in enumerate(range(0, len(lines), lines_per_page), 1):
        body = lines[first:first + lines_per_page]
        marks = [m for line in body for m in re.findall(r"\[\^(\d+)\]", line)]
        foot = [wrapped for n in marks for wrapped in textwrap.wrap(f"{n} {notes[n]}", 100)]
        body = [re.sub(r"\[\^(\d+)\]", r"\1", line) for line in body]
        if joined and foot and body and body[-1].strip():
            body[-1] += " ex"  # "ex-" joined to the note below, the hyphen dropped
            foot[0] = body.pop() + foot[0]
        pages.append("\n".join(body + foot + ["", str(number)]))
    return "\f".join(pages) + "\f"


def _notes_style(sample, sample_text) -> tuple[str, dict[str, str]]:
    """The notes-style sample's body (its bibliography, alphabetical, after it) and notes."""
    body, rest = _as_notes(sample, sample_text, short=True).split("#### REFERENCES", 1)
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", rest, re.M))
    entries = sorted((re.sub(r"\s+", " ", ref.raw) for ref in sample.references), key=str.lower)
    return body + "#### REFERENCES\n\n" + "\n\n".join(entries) + "\n", notes


def _cited(analysis) -> list[tuple[str, ...]]:
    by_position = analysis.references.by_position()
    return [tuple(sorted(by_position[p].title for p in c.targets)) for c in analysis.callouts]


@pytest.mark.parametrize("joined", [False, True])
def test_page_foot_notes_cite_the_bibliography(sample, sample_text, tmp_path, joined):
    text, notes = _notes_style(sample, sample_text)
    path = tmp_path / "pdftotext.txt"
    path.write_text(_footnoted_pages(text, notes, joined=joined), encoding="utf-8")
    analysis = analyse(path)
    assert analysis.style == "notes"
    # An unnumbered list read from PDF text: an entry at a page break may join the next
    # (three do here, notes or not), and the callouts of a joined entry miss.
    assert len(analysis.references) >= 110
    ours, theirs = _cited(analysis), _cited(sample)
    hits = sum((Counter(ours) & Counter(theirs)).values())
    assert hits >= 0.94 * len(theirs) and hits >= 0.97 * len(ours), (hits, len(ours), len(theirs))
    # No note runs on in the text of a claim.
    assert not [c.text for c in analysis.claims if "Psychol Med 2013;43:471-481" in c.text or "Ibid." in c.text]


def test_page_foot_notes_without_a_bibliography_are_the_list(sample, sample_text, tmp_path):
    """Word's footnotes holding one reference each, printed at the page feet."""
    from test_notes_list import _as_endnotes

    endnotes = _as_endnotes(sample, sample_text)
    body, definitions = endnotes.split("\n\n[^", 1)
    entries = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", "[^" + definitions, re.M))
    # Word numbers every mark as a note of its own, a work cited again in a new note.
    notes: dict[str, str] = {}

    def renumber(match: re.Match) -> str:
        notes[str(len(notes) + 1)] = entries[match.group(1)]
        return f"[^{len(notes)}]"

    path = tmp_path / "pdftotext.txt"
    path.write_text(_footnoted_pages(re.sub(r"\[\^(\d+)\]", renumber, body), notes), encoding="utf-8")
    analysis = analyse(path)
    assert analysis.references.in_notes
    assert sorted(r.title for r in analysis.references) == sorted(r.title for r in sample.references)
    ours, theirs = _cited(analysis), _cited(sample)
    assert sum((Counter(ours) & Counter(theirs)).values()) >= 0.97 * len(theirs)


def test_affiliations_and_remarks_at_page_feet_are_no_notes(sample, sample_text, tmp_path):
    """Numbered affiliations at the first page's foot, and a few remarks without a year
    on later pages, are left where they are: the sample reads as it always does."""
    text = sample_text.replace("Cheolmin Shin and Yong-Ku Kim", "Cheolmin Shin[^1] and Yong-Ku Kim[^2]", 1)
    remarks = {"1": "Department of Psychiatry, Korea University Ansan Hospital, Ansan, Republic of Korea",
               "2": "Department of Psychiatry, College of Medicine, Korea University, Seoul, Republic of Korea"}
    assert text.count("[^") == 2
    path = tmp_path / "pdftotext.txt"
    path.write_text(_footnoted_pages(text, remarks), encoding="utf-8")
    analysis = analyse(path)
    assert analysis.style == sample.style
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert not analysis.references.in_notes


@pytest.mark.skipif(pdflatex() is None, reason="needs pdflatex to typeset footnotes")
@pytest.mark.parametrize("extract", ["glyphs", "pdftotext"])
def test_latex_footnotes_read_from_the_pdf(sample, sample_text, tmp_path, extract):
    """The notes-style sample typeset by LaTeX with real footnotes (\\footnote), read from
    the glyphs and from pdftotext's text."""
    import shutil
    import subprocess

    from printing import manuscript_parts
    from printing_latex import _inline

    text, notes = _notes_style(sample, sample_text)
    body, bibliography = text.split("#### REFERENCES", 1)
    blocks, _ = manuscript_parts(body + "#### REFERENCES\n\n1. x\n")
    out = []
    for block in blocks:
        if block[0] == "heading":
            out.append(f"\\section*{{{_inline(block[2])}}}\n")
            continue
        paragraph = block[1] if block[0] != "row" else " -- ".join(c for c in block[1] if c)
        latex = _inline(re.sub(r"\[\^(\d+)\]", r"FOOTNOTE\1MARK", paragraph))
        out.append(re.sub(r"FOOTNOTE(\d+)MARK", lambda m: "\\footnote{" + _inline(notes[m.group(1)]) + "}", latex) + "\n")
    entries = "".join(f"\\noindent\\hangindent=1.5em\\hangafter=1 {_inline(e)}\\par\n" for e in bibliography.split("\n\n") if e.strip())
    tex = tmp_path / "notes.tex"
    tex.write_text("\\documentclass[10pt]{article}\\usepackage[utf8]{inputenc}\\usepackage[T1]{fontenc}\\usepackage{lmodern}"
                   "\\usepackage{textcomp}\\usepackage{url}\\sloppy\\begin{document}\n" + "\n".join(out)
                   + "\\section*{References}\n{\\footnotesize\n" + entries + "}\n\\end{document}\n", encoding="utf-8")
    for _ in range(2):
        subprocess.run([pdflatex(), "-interaction=nonstopmode", "-halt-on-error", "notes.tex"], cwd=tmp_path,
                       capture_output=True, timeout=300, check=True)
    path = tmp_path / "notes.pdf"
    if extract == "pdftotext":
        if not shutil.which("pdftotext"):
            pytest.skip("needs poppler's pdftotext")
        subprocess.run(["pdftotext", str(path), str(tmp_path / "notes.txt")], check=True)
        path = tmp_path / "notes.txt"
    analysis = analyse(path)
    assert analysis.style == "notes"
    assert len(analysis.callouts) >= 105
    # Cited works by their titles' letters (LaTeX hyphenates them at line ends).
    letters = lambda titles: tuple(re.sub(r"[\W\d_]", "", t.lower())[:40] for t in titles)
    ours, theirs = Counter(map(letters, _cited(analysis))), Counter(map(letters, _cited(sample)))
    assert sum((ours & theirs).values()) >= 0.9 * len(sample.callouts)
    assert escape("Psychol Med 2013;43:471-481") not in " ".join(c.text for c in analysis.claims)


@pytest.mark.skipif(pdflatex() is None, reason="needs pdflatex")
def test_a_numbered_article_typeset_by_latex_has_no_page_notes(tmp_path):
    """Raised callouts that wrap to a line's start ("<sup>1</sup>melanoma-associated …")
    on several pages are citations, not notes: the article cites its numbers again and
    in ranges, which a notes style never does."""
    from conftest import CORPUS
    from printing_latex import typeset_pdf

    case = CORPUS / "cases" / "frontimmunol_2025_1665488" / "manuscript.md"
    if not case.is_file():
        pytest.skip("corpus case not found")
    analysis = analyse(typeset_pdf(case.read_text(encoding="utf-8"), tmp_path / "article.pdf", header="running head"))
    assert analysis.style == "numbered" and "[^" not in analysis.source.text
    assert len(analysis.references) == 133
