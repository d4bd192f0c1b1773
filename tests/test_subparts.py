"""Entries in parts and callouts to the parts, as chemistry journals print them (ACS,
RSC, Angewandte): "2. (a) Tasker SZ, … (b) Rosen BM, …", cited "<sup>2a</sup>",
"<sup>2b,3</sup>" or "[2a]"."""
from __future__ import annotations

import re

import pytest

from conftest import analyse_text


@pytest.mark.parametrize("notation", ["superscript", "bracket"])
def test_callouts_to_lettered_parts_cite_their_entry(sample, sample_text, tmp_path, notation):
    body = sample_text[:sample.references.body_end]
    out, last, letters = [], 0, "abc"
    for index, callout in enumerate(sample.callouts):
        printed = ",".join(f"{n}{letters[index % 3]}" for n in callout.numbers) if not callout.ranges else callout.text
        out += [body[last:callout.span.start], f"<sup>{printed}</sup>" if notation == "superscript" else f" [{printed}]"]
        last = callout.span.end
    text = "".join(out) + sample_text[last:]
    assert "<sup>1a</sup>" in text or "[1a]" in text
    analysis = analyse_text(text, tmp_path)
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert not any(p.startswith("repeated") for c in analysis.callouts for p in c.problems)


def test_an_entry_of_lettered_parts_is_read_as_its_first_work(sample, sample_text, tmp_path):
    entries = sample.references.references
    first, second = (re.sub(r"\s+", " ", r.raw) for r in entries[:2])
    text = sample_text.replace(entries[0].raw, f"(a) {first} (b) {second}", 1)
    analysis = analyse_text(text, tmp_path)
    ref = analysis.references.references[0]
    fields = lambda r: (tuple(a.family for a in r.authors), r.title, r.journal, r.year, r.volume, r.pages)
    assert fields(ref) == fields(entries[0]) and ref.parts == 2
