"""Word manuscripts: the sample rebuilt as .docx gives the same references and callouts."""
from __future__ import annotations

import re

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

from conftest import needs_corpus  # noqa: E402


def sample_as_docx(sample_text: str, path):
    """Headings as Word headings, <sup> as superscript runs, tables as Word tables, and
    Pandoc notes ("[^4]" marks, "[^4]: …" definitions) as Word's footnotes."""
    from printing_word import add_footnotes, footnote_mark

    document = docx.Document()
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", sample_text, re.M))
    lines = re.sub(r"^\[\^\d+\]: .*$", "", sample_text, flags=re.M).split("\n")
    table_rows: list[list[str]] = []

    def add_runs(paragraph, text):
        for piece in re.split(r"(<sup>[^<]*</sup>|\[\^\d+\])", text):
            if piece.startswith("<sup>"):
                paragraph.add_run(piece[5:-6]).font.superscript = True
            elif piece.startswith("[^"):
                paragraph._p.append(parse_xml(footnote_mark(piece[2:-1])))
            elif piece:
                paragraph.add_run(piece)

    def flush_table():
        if table_rows:
            table = document.add_table(rows=0, cols=max(map(len, table_rows)))
            for row in table_rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.paragraphs[0].text = ""
                    add_runs(cell.paragraphs[0], value)
            table_rows.clear()

    for line in lines:
        if "\t" in line:
            table_rows.append(line.split("\t"))
            continue
        flush_table()
        if not line.strip():
            continue
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=min(len(heading.group(1)), 9))
        else:
            add_runs(document.add_paragraph(), line.strip())
    flush_table()
    if notes:
        add_footnotes(document, notes)
    document.save(str(path))


def test_docx_manuscript(sample, sample_text, tmp_path):
    from refgraph.pipeline import analyse

    path = tmp_path / "paper.docx"
    sample_as_docx(sample_text, path)
    analysis = analyse(path)
    assert len(analysis.references) == 115
    assert [r.title for r in analysis.references] == [r.title for r in sample.references]
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert [s.text for s in analysis.claims] == [s.text for s in sample.claims]


def test_docx_submission_with_tables_and_legends_after_the_references(sample, sample_text, tmp_path):
    """An author's Word file: the references, then "Figure legends" and the tables (as
    bold paragraphs, not headings). The list ends there and the table still cites."""
    from refgraph.pipeline import analyse

    lines = sample_text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("**Table 1.**"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("IV: intravenous"))
    rest = "\n".join(lines[:start] + lines[end + 1:]).rstrip("\n")
    legends = "\n\n**Figure legends**\n\nFigure 1. Mechanisms of ketamine in the brain.\n\n**Tables**\n\n"
    path = tmp_path / "submission.docx"
    sample_as_docx(rest + legends + "\n".join(lines[start:end + 1]) + "\n", path)
    analysis = analyse(path)
    assert [(r.title, r.pages, r.publisher) for r in analysis.references] == [
        (r.title, r.pages, r.publisher) for r in sample.references]
    assert sorted(c.numbers for c in analysis.callouts) == sorted(c.numbers for c in sample.callouts)
    rows = lambda a: [(s.table, s.numbers) for s in a.claims if s.kind == "table-row"]
    assert rows(analysis) == rows(sample)


def test_docx_with_citations_in_footnotes(sample, sample_text, tmp_path):
    """A notes-style manuscript as Word holds it: marks in the text, notes in the footnotes part."""
    from test_notes import _as_notes

    from refgraph.pipeline import analyse

    path = tmp_path / "notes.docx"
    sample_as_docx(_as_notes(sample, sample_text, short=True), path)
    analysis = analyse(path)
    assert analysis.style == "notes"
    assert [r.title for r in analysis.references] == [r.title for r in sample.references]
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert [s.text for s in analysis.claims] == [s.text for s in sample.claims]


def test_corrupt_docx_is_one_line_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04not really a zip")
    result = subprocess.run([sys.executable, "-m", "refgraph.cli", "check", str(path)], capture_output=True, text=True)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "Word document" in result.stderr


@needs_corpus()
def test_accents_written_as_combining_marks_in_a_docx_read_as_composed(tmp_path):
    """Every reader passes its text on composed, not only the plain-text one: an
    author–date article written to Word with its accents as combining marks reads as the
    same article composed ("Bäckvall", "Mário")."""
    import unicodedata

    from corpus import cases, shared_dir

    from refgraph.pipeline import analyse

    checked = 0
    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        text = unicodedata.normalize("NFC", (case / "manuscript.md").read_text(encoding="utf-8"))
        if unicodedata.normalize("NFD", text) == text:
            continue
        sample_as_docx(text, tmp_path / "composed.docx")
        sample_as_docx(unicodedata.normalize("NFD", text), tmp_path / "decomposed.docx")
        plain, marked = analyse(tmp_path / "composed.docx"), analyse(tmp_path / "decomposed.docx")
        assert [c.targets for c in marked.callouts] == [c.targets for c in plain.callouts], case.name
        assert [r.authors for r in marked.references] == [r.authors for r in plain.references], case.name
        checked += 1
        if checked == 2:
            break
    assert checked == 2
