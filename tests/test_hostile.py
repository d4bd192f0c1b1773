"""Hostile input: whatever a manuscript holds, every output parses back and no text escapes
its field, its line or its terminal. Properties run with a fixed seed and a time budget."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sarif_model import problems as sarif_problems
from refgraph.source import printable

# Any text, weighted towards what breaks serialisers: braces, backslashes, quotes, markup,
# control characters, NUL and the XML non-characters.
NASTY = st.text(alphabet=st.one_of(st.sampled_from(list("{}\\%#&$_^~@\"'<>,;:=\n\r\t\x00\x1b\x07\x0c\x7f\x9b\ufffe\uffff")),
                                   st.characters(codec="utf-8")), max_size=60)
PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def template_reference():
    from refgraph.pipeline import analyse

    return analyse().references.by_number()[23]


@PROPERTY
@given(title=NASTY, doi=NASTY, url=NASTY, family=NASTY, journal=NASTY, pages=NASTY)
def test_refs_bib_reparses_into_the_same_entries(template_reference, title, doi, url, family, journal, pages):
    import bibtexparser

    from refgraph.exports.bibtex import to_bibtex
    from refgraph.references.model import ReferenceList

    author = dataclasses.replace(template_reference.authors[0], family=family or "X")
    hostile = dataclasses.replace(template_reference, title=title, doi=doi, url=url, journal=journal, pages=pages,
                                  authors=(author, *template_reference.authors[1:]))
    other = dataclasses.replace(template_reference, number=2, position=2)
    text = to_bibtex(ReferenceList(references=(hostile, other), heading="References", span=template_reference.span))
    library = bibtexparser.parse_string(text)
    assert len(library.entries) == 2 and not library.failed_blocks, text
    assert not library.preambles and not library.strings
    assert not [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"]


@settings(PROPERTY, max_examples=20)  # each example analyses and checks the whole sample
@given(claim=NASTY, entry=NASTY)
def test_graphml_json_sarif_and_annotations_stay_well_formed(sample_text, tmp_path_factory, claim, entry):
    from lxml import etree

    from refgraph.batch import check_one
    from refgraph.graph import graph_text
    from refgraph.pipeline import analyse
    from refgraph.render import findings_github, findings_sarif, findings_text

    text = sample_text.replace("Ketamine blocks excitatory", claim.replace("\n", " ") + " Ketamine blocks excitatory", 1)
    text = text.replace("Antidepressant effects of ketamine in depressed patients.", entry.replace("\n", " ") + ".", 1)
    folder = tmp_path_factory.mktemp("h")
    path = folder / "m,a\nb.md"  # a file name that would inject annotation properties
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    analysis = analyse(path)
    etree.fromstring(graph_text(analysis.graph, "g.graphml").encode("utf-8"))
    result = check_one(str(path), {})
    sarif = json.loads(findings_sarif([result]))
    assert sarif_problems(sarif) == []  # SARIF 2.1.0's object model; the URI is percent-encoded
    github = findings_github([result]).splitlines()
    assert len(github) == len(result.findings) and all(line.startswith("::") for line in github)
    assert not [ch for line in findings_text([result]).splitlines() for ch in line if unicodedata.category(ch) == "Cc"]


def test_a_url_before_a_pmid_keeps_no_internal_marker(tmp_path):
    from conftest import analyse_text
    from refgraph.exports.bibtex import to_bibtex

    text = "# T\n\nA claim.[1]\n\n## References\n\n1. https://x.org/PMID: 12345 A\n"
    references = analyse_text(text, tmp_path).references
    assert references.by_number()[1].url == "https://x.org/"
    assert "\x00" not in to_bibtex(references)


def test_a_doi_cannot_close_its_field_or_add_a_preamble(sample_text, tmp_path):
    import bibtexparser

    from conftest import analyse_text
    from refgraph.exports.bibtex import to_bibtex

    evil = "doi: 10.1000/x}, title={owned}} @preamble{\\input{/etc/passwd}} @article{y, note={"
    text = sample_text.replace("*Biol Psychiatry* 2000;47:351-354.", "*Biol Psychiatry* 2000;47:351-354. " + evil, 1)
    library = bibtexparser.parse_string(to_bibtex(analyse_text(text, tmp_path).references))
    assert len(library.entries) == 115 and not library.failed_blocks and not library.preambles


def test_terminal_output_carries_no_escape_sequences(tmp_path):
    path = tmp_path / "esc.md"
    path.write_text("# T\n\nA claim.[1]\n\n## References\n\n1. Smith J\x1b]0;owned\x07 Title \x1b[31mred. J Med. 2000;1:1-2.\n")
    for command in ("references", "sources", "citations", "bib", "check"):
        result = subprocess.run([sys.executable, "-m", "refgraph.cli", command, str(path)], capture_output=True, text=True)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, command


def test_utf16_without_byte_order_mark_is_text(sample_text, tmp_path):
    from refgraph.pipeline import analyse

    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.md"
        path.write_bytes(sample_text.encode(encoding))
        assert len(analyse(path).references) == 115


def test_unwritable_output_is_one_line_and_exit_2(tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for command in (["bib", "-o", str(loop / "refs.bib")], ["report", "-o", str(loop), "--exit-zero"]):
        result = subprocess.run([sys.executable, "-m", "refgraph.cli", *command], capture_output=True, text=True)
        assert result.returncode == 2, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_printable_keeps_offsets():
    text = "a\x00b\x1b[1mc\x9bd\ufffe"
    assert len(printable(text)) == len(text) and printable(text) == "a b [1mc d "


# Text a manuscript may hold anywhere: words, markup, callout-like digits, line breaks.
# (Not NUL: one in the first 8 KB makes the file binary by design, a one-line error that
# test_read covers.)
PASSAGE = st.text(alphabet=st.one_of(st.sampled_from(list("<sup>[]()0123456789,-–.;: \n#*_|")),
                                     st.characters(codec="utf-8", exclude_characters="\x00")),
                  max_size=80)


@settings(PROPERTY, max_examples=20)  # each example analyses and checks the whole sample twice
@given(before=PASSAGE, inside=PASSAGE)
def test_spans_point_into_the_file_and_results_repeat(sample_text, tmp_path_factory, before, inside):
    """Whatever is inserted, every callout, claim and finding points at a real place in
    the file the user gave (its text at that span is what refgraph says it is), and a
    second run gives the same result."""
    from refgraph.batch import check_one
    from refgraph.pipeline import analyse

    text = sample_text.replace("## INTRODUCTION", before + "\n\n## INTRODUCTION", 1)
    text = text.replace("Ketamine blocks excitatory", "Ketamine " + inside + " blocks excitatory", 1)
    path = tmp_path_factory.mktemp("s") / "paper.md"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    analysis = analyse(path)
    source = analysis.source
    lines = source.text.split("\n")
    for callout in analysis.callouts:
        assert source.text[callout.span.start:callout.span.end] == callout.markup
        assert (callout.line, callout.column) == source.position(callout.span.start)[:2]
    for sentence in analysis.sentences:
        assert 0 <= sentence.span.start < sentence.span.end <= len(source.text)
        assert sentence.line <= sentence.end_line <= len(lines)
    for ref in analysis.references:
        assert 1 <= ref.line <= len(lines)
    first, second = check_one(str(path), {}), check_one(str(path), {})
    assert [f.as_dict() for f in first.findings] == [f.as_dict() for f in second.findings]
    assert first.summary == second.summary
    for finding in first.findings:
        assert 1 <= finding.line <= len(lines) and 1 <= finding.column <= len(lines[finding.line - 1]) + 1
