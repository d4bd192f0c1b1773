"""Notes that are the reference list: the sample rewritten as an author who cited with
Word's endnotes writes it (one reference per note, no list of its own), as Pandoc
Markdown and as a .docx."""
from __future__ import annotations

import re

import pytest

from conftest import analyse_text
from refgraph.errors import InputError


def _as_endnotes(sample, sample_text: str, ibid: bool = False) -> str:
    """The sample with each cited number as a note mark ("<sup>35-37</sup>" → "[^35][^36][^37]"),
    the reference list removed, and each entry a note definition at the end. With
    ``ibid``, a callout citing what the one before cited gets a note of its own, "Ibid."."""
    body = sample_text[:sample.references.body_end]
    out, last, previous, extra = [], 0, None, 0
    for callout in sample.callouts:
        out.append(body[last:callout.span.start])
        if ibid and callout.numbers == previous:
            extra += 1
            out.append(f"[^ibid{extra}]")
        else:
            out.append("".join(f"[^{n}]" for n in callout.numbers))
        previous, last = callout.numbers, callout.span.end
    out.append(body[last:])
    notes = [f"[^{ref.number}]: " + re.sub(r"\s+", " ", ref.raw) for ref in sample.references]
    notes += [f"[^ibid{i}]: Ibid." for i in range(1, extra + 1)]
    return "".join(out).rstrip() + "\n\n" + "\n\n".join(notes) + "\n"


def _cited_titles(analysis) -> list[tuple[str, ...]]:
    by_position = analysis.references.by_position()
    return [tuple(by_position[p].title for p in c.targets) for c in analysis.callouts]


def test_endnotes_are_the_reference_list(sample, sample_text, tmp_path):
    rewritten = analyse_text(_as_endnotes(sample, sample_text), tmp_path)
    assert rewritten.references.in_notes
    # Numbered in the order their marks first appear, as Word and Pandoc number notes.
    first_use = list(dict.fromkeys(n for c in sample.callouts for n in c.numbers))
    by_number = sample.references.by_number()
    assert [r.title for r in rewritten.references][:len(first_use)] == [by_number[n].title for n in first_use]
    assert sorted(r.title for r in rewritten.references) == sorted(r.title for r in sample.references)
    assert _cited_titles(rewritten) == _cited_titles(sample)
    assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]


def test_an_ibid_note_cites_the_entry_before(sample, sample_text, tmp_path):
    text = _as_endnotes(sample, sample_text, ibid=True)
    assert "[^ibid1]: Ibid." in text  # the sample does cite one work twice in a row
    rewritten = analyse_text(text, tmp_path)
    assert len(rewritten.references) == len(sample.references)  # "Ibid." is no entry
    assert _cited_titles(rewritten) == _cited_titles(sample)


def test_explanatory_footnotes_are_no_reference_list(sample, sample_text, tmp_path):
    body = sample_text[:sample.references.body_end]
    body = body.replace("depression", "depression[^a]", 1).replace("ketamine", "ketamine[^b]", 1).replace("NMDA", "NMDA[^c]", 1)
    text = body + ("\n[^a]: Defined here as a major depressive episode.\n\n[^b]: The racemic mixture unless we say otherwise."
                   "\n\n[^c]: N-methyl-D-aspartate.\n")
    with pytest.raises(InputError, match="no reference section"):
        analyse_text(text, tmp_path)


def test_word_endnotes_are_the_reference_list(sample, sample_text, tmp_path):
    from test_docx import sample_as_docx

    from refgraph.pipeline import analyse

    path = tmp_path / "endnotes.docx"
    sample_as_docx(_as_endnotes(sample, sample_text), path)
    analysis = analyse(path)
    assert analysis.references.in_notes and len(analysis.references) == len(sample.references)
    assert _cited_titles(analysis) == _cited_titles(sample)
