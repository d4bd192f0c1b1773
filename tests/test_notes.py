"""Citations in footnotes: the sample rewritten in a notes style, as Chicago and OSCOLA cite."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import analyse_text
from printing import chromium
from refgraph.pipeline import analyse

needs_chromium = pytest.mark.skipif(chromium() is None, reason="needs Chromium to print PDFs")


def _as_notes(sample, sample_text: str, short: bool) -> str:
    """The sample with each callout turned into a note mark ("[^7]") after its punctuation,
    and the notes after the list: the works in full on first citation, "Ibid." when a note
    cites what the one before did, and (with ``short``) a shortened note, surname and the
    title's opening words, for a work cited before."""
    by_number = {ref.number: ref for ref in sample.references}
    out, notes, last, seen, previous = [], [], 0, set(), None
    for index, callout in enumerate(sample.callouts, 1):
        out += [sample_text[last:callout.span.start], f"[^{index}]"]
        last = callout.span.end
        works = []
        for number in callout.numbers:
            ref = by_number[number]
            if short and number in seen:
                name = f"{ref.authors[0].family} et al., " if ref.authors else ""
                works.append(f"{name}“{' '.join(ref.title.split()[:4])},” {(ref.pages or '').split('-')[0]}".rstrip())
            else:
                works.append(re.sub(r"\s+", " ", ref.raw).rstrip("."))
            seen.add(number)
        notes.append("Ibid." if callout.numbers == previous else "; ".join(works) + ".")
        previous = callout.numbers
    out.append(sample_text[last:])
    return "".join(out) + "\n" + "\n\n".join(f"[^{i}]: {note}" for i, note in enumerate(notes, 1)) + "\n"


def test_notes_style_gives_the_sample_callouts_and_claims(sample, sample_text, tmp_path):
    for short in (False, True):
        rewritten = analyse_text(_as_notes(sample, sample_text, short), tmp_path)
        assert rewritten.style == "notes"
        assert len(rewritten.references) == len(sample.references)  # the notes are not entries
        assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]
        assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]


def test_a_note_that_names_no_entry_with_evidence_cites_nothing(sample, sample_text, tmp_path):
    text = _as_notes(sample, sample_text, short=False)
    # Note 1 now only names a surname of the list, with no year or title words of its entry.
    text = re.sub(r"^\[\^1\]: .*$", "[^1]: As Berman argued in conversation.", text, flags=re.M)
    rewritten = analyse_text(text, tmp_path)
    assert rewritten.style == "notes"
    assert rewritten.callouts[0].text != "1"
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts[1:]]


def test_numbered_notes_over_an_alphabetical_bibliography(sample, sample_text, tmp_path):
    """Word's endnotes as text: superscript note numbers, a "Notes" section of numbered
    notes, then an unnumbered bibliography in alphabetical order. A note number is never
    read as a position in the bibliography: each cites the works its note names."""
    pandoc = _as_notes(sample, sample_text, short=True)
    body, rest = pandoc.split("#### REFERENCES", 1)
    notes = re.findall(r"^\[\^(\d+)\]: (.*)$", rest, re.M)
    body = re.sub(r"\[\^(\d+)\]", r"<sup>\1</sup>", body)
    entries = sorted((re.sub(r"\s+", " ", ref.raw) for ref in sample.references), key=str.lower)
    text = (body + "## Notes\n\n" + "\n".join(f"{n}. {note}" for n, note in notes)
            + "\n\n## Bibliography\n\n" + "\n\n".join(entries) + "\n")
    rewritten = analyse_text(text, tmp_path)
    assert rewritten.style == "notes"
    assert len(rewritten.references) == 115 and not rewritten.references.numbered
    cited = lambda analysis: [sorted(analysis.references.by_position()[p].title for p in c.targets) for c in analysis.callouts]
    assert cited(rewritten) == cited(sample)
    assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]


@needs_chromium
def test_notes_printed_to_pdf(sample, sample_text, tmp_path):
    """The notes-style sample printed as a word processor prints endnotes (note numbers
    raised in the text, "Notes" numbered before the bibliography) and read from the PDF."""
    from printing import print_pdf

    body, rest = _as_notes(sample, sample_text, short=True).split("#### REFERENCES", 1)
    notes = "\n".join(re.findall(r"^\[\^\d+\]: .*$", rest, re.M))
    entries = sorted((re.sub(r"\s+", " ", ref.raw) for ref in sample.references), key=str.lower)
    # A notes style's bibliography: unnumbered, alphabetical.
    text = body + "#### REFERENCES\n\n" + "\n\n".join(entries) + "\n\n" + notes + "\n"
    pdf = print_pdf(text, tmp_path / "notes.pdf", columns=2, header="Notes · running head")
    analysis = analyse(pdf)
    assert analysis.style == "notes"
    assert len(analysis.references) >= 113  # (an unnumbered list from a PDF: one entry may join the next)
    cited = lambda a: [tuple(sorted(a.references.by_position()[p].title for p in c.targets)) for c in a.callouts]
    ours, theirs = cited(analysis), cited(sample)
    hits = sum((Counter(ours) & Counter(theirs)).values())
    assert hits >= 0.95 * len(theirs) and hits >= 0.98 * len(ours), (hits, len(ours), len(theirs))
