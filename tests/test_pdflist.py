"""A numbered reference list that a PDF's text extraction shuffled, read back in order: the
sample's list set in two columns and extracted as pdftotext extracts such pages (the
columns' blocks interleaved, the right column's top stranded before the heading)."""
from __future__ import annotations

import re
import textwrap

from refgraph.pipeline import analyse
from refgraph.readers.pdflist import reorder_list_page

HEAD = "Psychiatry Investig 2020;17(3):181-192 · Shin C and Kim YK"


def _entry_lines(sample) -> list[list[str]]:
    """Each entry hard-wrapped to a column's width, its number first."""
    return [textwrap.wrap(f"{ref.number}. " + re.sub(r"\s+", " ", ref.raw).replace("*", ""), 45, break_on_hyphens=False)
            for ref in sample.references]


def _two_column_extraction(sample, sample_text: str, per_column: int = 12, block: int = 3,
                           heading_ends_its_page: bool = False, prose_among_entries: bool = False) -> str:
    """pdftotext's text of the sample with its list in two columns: per page, blocks of
    ``block`` entries from the left and the right column alternate, and on the first
    list page the right column's first block comes out before the heading, between the
    body's last two paragraphs (or, ``heading_ends_its_page``, the heading ends the body's
    last page and the list starts on the next; or, ``prose_among_entries``, the body's last
    paragraph that cites comes out under the heading, after the list's first block)."""
    body = sample_text[:sample.references.body_end].rstrip()
    moved: list[str] = []
    if prose_among_entries:  # the body's last paragraph that cites, lifted out of the body
        paragraph = [p for p in body.split("\n\n") if "<sup>" in p and len(p.split()) > 60][-1]
        body, moved = body.replace(paragraph + "\n\n", ""), textwrap.wrap(paragraph, 45)
    body = body.split("\n")
    wrapped = [w for line in body for w in (textwrap.wrap(line, 90) if line.strip() and not line.startswith(("|", "#")) else [line])]
    pages = [wrapped[i:i + 45] for i in range(0, len(wrapped), 45)]
    paragraphs = "\n".join(pages.pop()).split("\n\n")  # the last body page shares the heading's page
    entries = _entry_lines(sample)
    for first in range(0, len(entries), 2 * per_column):
        left, right = entries[first:first + per_column], entries[first + per_column:first + 2 * per_column]
        lefts = [left[i:i + block] for i in range(0, len(left), block)]
        rights = [right[i:i + block] for i in range(0, len(right), block)]
        lines: list[str] = []
        if first == 0 and heading_ends_its_page:
            pages.append("\n\n".join(paragraphs).split("\n") + ["", "REFERENCES"])
        elif first == 0 and prose_among_entries:
            lines += "\n\n".join(paragraphs).split("\n") + ["", "REFERENCES"]
            lines += [l for e in lefts.pop(0) for l in e] + [""] + moved + [""]
        elif first == 0:
            stranded = rights.pop(0)
            lines += "\n\n".join(paragraphs[:-1]).split("\n") + [""] + [l for e in stranded for l in e] + [""]
            lines += paragraphs[-1].split("\n") + ["", "REFERENCES"]
        for index in range(max(len(lefts), len(rights))):
            for column in (lefts, rights):
                if index < len(column):
                    lines += [l for e in column[index] for l in e] + [""]
        pages.append(lines)
    return "\f".join("\n".join([HEAD, ""] + page + ["", str(181 + n)]) for n, page in enumerate(pages)) + "\f"


def _read_back(text: str, tmp_path, sample):
    """The analysis of ``text`` saved as a PDF's extracted text, and how many of its
    entries have the sample's title, journal, year, volume and pages."""
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyse(path)
    fields = lambda r: (r.title, r.journal, r.year, r.volume, r.pages)
    return analysis, sum(fields(a) == fields(b) for a, b in zip(analysis.references, sample.references))


def test_a_two_column_list_extracted_out_of_order_reads_in_order(sample, sample_text, tmp_path):
    text = _two_column_extraction(sample, sample_text)
    assert text.index("13. ") < text.index("REFERENCES") < text.index("1. ")  # the shuffle happened
    analysis, same = _read_back(text, tmp_path, sample)
    assert [r.number for r in analysis.references] == list(range(1, 116))
    assert same >= 113, same
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]


def test_a_list_extracted_out_of_order_below_a_heading_that_ends_its_page(sample, sample_text, tmp_path):
    text = _two_column_extraction(sample, sample_text, heading_ends_its_page=True)
    assert re.search(r"REFERENCES\s*\n\d+\s*\f", text)  # the heading, then the page's number and its end
    analysis, same = _read_back(text, tmp_path, sample)
    assert [r.number for r in analysis.references] == list(range(1, 116))
    assert same >= 113, same


def test_a_paragraph_of_the_body_extracted_among_the_first_entries_goes_back_to_the_body(sample, sample_text, tmp_path):
    text = _two_column_extraction(sample, sample_text, prose_among_entries=True)
    under = text[text.index("REFERENCES"):text.index("\n4. ")]
    moved = under.split("\n\n")[1].split("\n")[0]  # the paragraph's first line, after the first block
    assert "<sup>" in under.split("\n\n")[1] and not re.match(r"\d+\. ", moved), moved
    analysis, same = _read_back(text, tmp_path, sample)
    assert [r.number for r in analysis.references] == list(range(1, 116)) and same >= 113, same
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert not any(moved in ref.raw for ref in analysis.references)


def test_numbered_lines_of_the_body_stay_in_the_body():
    """A numbered list before the heading whose items hold no year or DOI is the body's."""
    entries = [f"{n}. Author{n} A. A title of work {n}. J Med. 20{n:02d};{n}:1-9." for n in range(1, 9)]
    page = "\n".join(["Recommendations:", "9. Give ketamine under supervision.", "10. Monitor blood pressure.", "",
                      "References", *entries[:4], "", *entries[6:], "", *entries[4:6]])
    reordered = reorder_list_page(page, heading=4).split("\n")
    assert reordered[:5] == page.split("\n")[:5]  # the body and the heading as they were
    numbers = [int(line.split(".")[0]) for line in reordered[5:] if line.strip()]
    assert numbers == list(range(1, 9))


def test_a_list_in_order_or_with_repeated_numbers_is_left_as_extracted():
    entries = [f"{n}. Author{n} A. A title. J Med. 2001;{n}:1-9." for n in (1, 2, 3, 4, 5, 6)]
    in_order = "\n".join(entries)
    assert reorder_list_page(in_order) == in_order
    repeated = "\n".join(entries[:3] + [entries[1]] + entries[3:] + [entries[0]])
    assert reorder_list_page(repeated) == repeated


# An author–date list set in two columns: the right column's entries come out before the
# heading among the back matter, and the columns' blocks interleave below it.
_SURNAMES = ["Abbott", "Berger", "Carroll", "Coates", "Estes", "Fritts", "Hall", "Kuzyk", "Mech", "Nickel",
             "Oakleaf", "Parr", "Ripple", "Shelton", "Stoner", "Sweitzer"]


def _author_date_entry(index: int, surname: str) -> list[str]:
    year = 1990 + index
    return textwrap.wrap(f"{surname}, J. K., and L. M. Weaver. {year}. “Habitat selection by recolonizing wolves in "
                         f"region {index + 1}.” Journal of Wildlife Management {40 + index}: {100 + index}–{110 + index}.", 60)


def _author_date_pdf_text() -> str:
    entries = {s: _author_date_entry(i, s) for i, s in enumerate(_SURNAMES)}
    citing = "; ".join(f"{s} {1990 + i}" for i, s in enumerate(_SURNAMES))
    body = textwrap.wrap(f"Wolves have recolonized the Great Basin ({citing}), and cougars have increased there.", 60)
    first_page = ["# Gray wolves in the Great Basin", "", "## Introduction", ""] + body
    block = lambda names: [line for name in names for line in entries[name]] + [""]
    heading_page = (["Managers should monitor the area for signs of wolf pack establishment.", "", "Author Contributions", ""]
                    + block(["Berger", "Carroll", "Coates", "Estes"])
                    + ["S. M. Sultaire: conceptualization, writing – original draft.", ""]
                    + block(["Fritts", "Hall"]) + ["Conflicts of Interest", ""] + block(["Kuzyk", "Mech"])
                    + ["The authors declare no conflicts of interest.", "", "References"]
                    + block(["Abbott"]) + block(["Nickel", "Oakleaf"]) + block(["Parr"]) + block(["Ripple", "Shelton"]))
    last_page = block(["Stoner", "Sweitzer"])
    return "\f".join("\n".join(page) for page in (first_page, heading_page, last_page)) + "\f"


def test_an_author_date_list_stranded_before_its_heading_is_read_whole(tmp_path):
    path = tmp_path / "wolves.txt"
    path.write_text(_author_date_pdf_text(), encoding="utf-8")
    analysis = analyse(str(path))
    assert [ref.authors[0].family for ref in analysis.references] == _SURNAMES
    cited = {n for callout in analysis.callouts for n in callout.numbers}
    assert cited == set(range(1, len(_SURNAMES) + 1))
    # The back matter stays text, not an entry.
    assert not any("conceptualization" in ref.raw or "declare" in ref.raw for ref in analysis.references)


def test_a_stranded_list_is_read_whole_when_a_particle_sorts_by_its_own_letter(tmp_path):
    """APA files "De Berardis" under D, between "Daly" and "Diamond" (the bare "Berardis"
    would be out of order there), and the running head pdftotext printed between the back
    matter and a stranded block leaves two blank lines once it is left out."""
    names = ["Abbott", "Berger", "Carroll", "Coates", "Daly", "De Berardis", "Diamond", "Estes", "Fritts", "Hall",
             "Kuzyk", "Mech", "Nickel", "Oakleaf", "Parr", "Ripple"]
    entries = {s: _author_date_entry(i, s) for i, s in enumerate(names)}
    block = lambda group: [line for name in group for line in entries[name]] + [""]
    head = "Journal of Wolf Studies · running head"
    citing = "; ".join(f"{s} {1990 + i}" for i, s in enumerate(names))
    body = textwrap.wrap(f"Wolves have recolonized the Great Basin ({citing}), and cougars have increased there.", 60)
    first_page = [head, "", "# Gray wolves in the Great Basin", "", "## Introduction", ""] + body
    heading_page = ([head, "", "Managers should monitor the area for signs of wolf pack establishment.", "",
                     "Conflicts of Interest", "", head, ""] + block(["Berger", "Carroll", "Coates"])
                    + ["Author Contributions", ""] + block(["Estes", "Fritts", "Hall"])
                    + ["The authors declare no conflicts of interest.", "", "References"]
                    + block(["Abbott"]) + block(["Daly", "De Berardis", "Diamond"]) + block(["Kuzyk", "Mech"]))
    last_page = [head, ""] + block(["Nickel", "Oakleaf", "Parr", "Ripple"])
    path = tmp_path / "wolves.txt"
    path.write_text("\f".join("\n".join(page) for page in (first_page, heading_page, last_page)) + "\f", encoding="utf-8")
    analysis = analyse(str(path))
    assert [ref.raw.split(",")[0] for ref in analysis.references] == names
    cited = {n for callout in analysis.callouts for n in callout.numbers}
    assert cited == set(range(1, len(names) + 1))


def test_a_stranded_block_that_opens_with_the_end_of_a_cut_entry(tmp_path):
    """The column break cut "Coates" under the heading; the rest of it opens the block of
    later entries stranded before the heading ("recolonizing wolves in region 3.” Journal …" then
    "Daly, …"): the tail goes back to Coates, the entries to their places."""
    names = ["Abbott", "Berger", "Coates", "Daly", "Estes", "Fritts", "Hall", "Kuzyk", "Mech", "Nickel"]
    entries = {s: _author_date_entry(i, s) for i, s in enumerate(names)}
    block = lambda group: [line for name in group for line in entries[name]] + [""]
    citing = "; ".join(f"{s} {1990 + i}" for i, s in enumerate(names))
    body = textwrap.wrap(f"Wolves have recolonized the Great Basin ({citing}), and cougars have increased there.", 60)
    cut = 1
    heading_page = (body + ["", "Conflicts of Interest", "", "The authors declare no conflicts of interest.", ""]
                    + entries["Coates"][cut:] + block(["Daly", "Estes", "Fritts"])
                    + ["References"] + block(["Abbott", "Berger"]) + entries["Coates"][:cut] + [""]
                    + block(["Hall", "Kuzyk"]))
    last_page = block(["Mech", "Nickel"])
    path = tmp_path / "wolves.txt"
    path.write_text("\f".join("\n".join(page) for page in (heading_page, last_page)) + "\f", encoding="utf-8")
    analysis = analyse(str(path))
    assert [ref.raw.split(",")[0] for ref in analysis.references] == names
    coates = list(analysis.references)[2]
    assert (coates.journal, coates.volume, coates.pages) == ("Journal of Wildlife Management", "42", "102-112")
    cited = {n for callout in analysis.callouts for n in callout.numbers}
    assert cited == set(range(1, len(names) + 1))


def test_an_unsorted_unnumbered_list_is_left_as_extracted():
    """Without the alphabetical order there is no evidence where a block belongs."""
    from refgraph.readers.pdfsortedlist import restore_sorted_list

    page = (_author_date_entry(0, "Mech") + [""] + ["References"] + _author_date_entry(1, "Shelton") + [""]
            + _author_date_entry(2, "Abbott") + [""] + _author_date_entry(3, "Parr") + [""] + _author_date_entry(4, "Carroll"))
    assert restore_sorted_list(page, page.index("References")) is None


def _wrapped_body(sample, sample_text: str) -> list[str]:
    """The sample's body hard-wrapped at 90 columns (tables and headings kept)."""
    return [w for line in sample_text[:sample.references.body_end].rstrip().split("\n")
            for w in (textwrap.wrap(line, 90) if line.strip() and not line.startswith(("|", "#")) else [line])]


def _read_pages(pages: list[list[str]], tmp_path):
    """The pages as pdftotext writes them (a running head, a page number, form feeds), read."""
    text = "\f".join("\n".join([HEAD, ""] + page + ["", str(181 + n)]) for n, page in enumerate(pages)) + "\f"
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path)


def _fields(ref):
    return ref.title, ref.journal, ref.year, ref.volume, ref.pages


def _whole_list_read(analysis, sample) -> bool:
    same = sum(_fields(a) == _fields(b) for a, b in zip(analysis.references, sample.references))
    return [r.number for r in analysis.references] == list(range(1, 116)) and same >= 113


def test_a_heading_extracted_below_the_first_entries_of_its_list(sample, sample_text, tmp_path):
    """pdftotext can set a column's heading last on its page, under the entries that follow
    it ("… 14. M. Y. Elhosary, … Journal of the American" / "References" / page break /
    "Academy of … (2023): 105–115." / "15. …"): the first entries are the list's, not body."""
    body = _wrapped_body(sample, sample_text)
    entries = [line for lines in _entry_lines(sample) for line in lines]
    cut = next(i for i, line in enumerate(entries) if line.startswith("15. ")) - 1  # inside entry 14
    first = body[-20:] + ["", "Supporting information", ""] + entries[:cut] + ["", "REFERENCES"]
    assert _whole_list_read(_read_pages([body[:-20], first, entries[cut:]], tmp_path), sample)


def test_the_first_entries_above_the_heading_among_the_last_paragraphs(sample, sample_text, tmp_path):
    """The right column's top (entries 1–8) came out above the heading, between the left
    column's last paragraphs, and the list goes on under the heading from 9."""
    body = _wrapped_body(sample, sample_text)
    entries = _entry_lines(sample)
    closing = "Ketamine is a rapid-acting antidepressant; its place in\nroutine care is still being settled.".split("\n")
    first = body[-10:] + ["", "Conclusion", ""]
    for number, lines in enumerate(entries[:8], 1):
        first += lines + ([""] + closing + [""] if number in (6, 7) else [])
    first += ["", "REFERENCES", ""] + [line for lines in entries[8:30] for line in lines]
    pages = [body[:-10], first, [line for lines in entries[30:] for line in lines]]
    assert _whole_list_read(_read_pages(pages, tmp_path), sample)


def test_an_entrys_end_extracted_after_another_entry_goes_back_to_it(sample, sample_text, tmp_path):
    """The extraction put the end of entry 5 (cut at the column's foot) as a block of its
    own after entry 8, a whole entry: it ends entry 5, the one entry of the page left short."""
    entries = _entry_lines(sample)
    fifth_end = entries[4][-2:]
    assert len(entries[4]) > 2
    lines = ["REFERENCES", ""]
    for number in [1, 2, 3, 4, 5, 13, 14, 15, 6, 7, 8, 9, 16, 17, 18, 10, 11, 12, 19, 20]:
        lines += (entries[number - 1][:-2] if number == 5 else entries[number - 1]) + [""]
        if number == 8:
            lines += fifth_end + [""]
    pages = [_wrapped_body(sample, sample_text), lines, [line for lines in entries[20:] for line in lines]]
    analysis = _read_pages(pages, tmp_path)
    assert _whole_list_read(analysis, sample)
    refs, gold = analysis.references.by_number(), sample.references.by_number()
    assert _fields(refs[5]) == _fields(gold[5]) and _fields(refs[8]) == _fields(gold[8])


def _paired_openings_extraction(sample, sample_text: str, per_column: int = 12) -> str:
    """pdfminer's text of the sample with its list in two columns whose entries start on
    the same baselines: per pair of entries side by side, the left opening line, the right
    opening line, then the left entry's other lines and the right's, each a block."""
    body = sample_text[:sample.references.body_end].rstrip()
    entries = _entry_lines(sample)
    pages = []
    for first in range(0, len(entries), 2 * per_column):
        left, right = entries[first:first + per_column], entries[first + per_column:first + 2 * per_column]
        lines = ["REFERENCES", ""] if first == 0 else []
        for index in range(len(left)):
            pair = [left[index]] + ([right[index]] if index < len(right) else [])
            for part in [entry[:1] for entry in pair] + [entry[1:] for entry in pair]:
                lines += part + [""] if part else []
        pages.append(lines)
    return body + "\n\n" + "\f".join("\n".join([HEAD, ""] + page + [str(190 + n)]) for n, page in enumerate(pages)) + "\f"


def test_entries_side_by_side_whose_openings_came_out_first_keep_their_own_ends(sample, sample_text, tmp_path):
    """"1. Author …", "13. Author …", then the rest of 1 and the rest of 13: each rest is
    its own entry's, not both the later one's."""
    text = _paired_openings_extraction(sample, sample_text)
    assert re.search(r"^1\. .*\n\n13\. .*\n\n", text, re.M)  # the pairing happened
    analysis, same = _read_back(text, tmp_path, sample)
    assert [r.number for r in analysis.references] == list(range(1, 116))
    assert same >= 113, same


def test_an_entrys_last_line_that_recurs_down_the_pages_is_no_running_line(sample, sample_text, tmp_path):
    """With its numbers masked, "Psychiatry 2013;73:1172-1179." is on most pages of the
    sample's list set in a narrow column, mid-page: it is the entries' text, kept, while
    the running head and the page numbers at the pages' edges are dropped."""
    from refgraph.readers.pdftext import furniture_key

    lines = [line for entry in _entry_lines(sample) for line in entry]
    pages = [lines[i:i + 80] for i in range(0, len(lines), 80)]
    with_line = sum("psychiatry #;#:#-#." in {furniture_key(line) for line in page} for page in pages)
    assert with_line >= len(pages) / 2  # the premise: the same masked line on most pages
    body = sample_text[:sample.references.body_end].rstrip() + "\n\nREFERENCES\n"
    text = body + "\f".join("\n".join([HEAD, ""] + page + ["", str(186 + n)]) for n, page in enumerate(pages)) + "\f"
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyse(path)
    assert [(r.number, r.year, r.pages) for r in analysis.references] == [(r.number, r.year, r.pages) for r in sample.references]
    assert not any(HEAD in r.raw for r in analysis.references)


def _interleaved_extraction(sample, sample_text: str, per_column: int = 8) -> str:
    """pdftotext's text of the sample with its list in two columns whose lines it read
    across the gutter, one line from each in turn. On every other page the right column
    starts three lines down, its first line run into the left column's line beside it
    ("…Psychiatry 2000;47:351-4.9. Zarate CA Jr, …"), and one of its entries has its
    number alone on a line, its text on the next ("11." / "Murrough JW, …")."""
    body = sample_text[:sample.references.body_end].rstrip().split("\n")
    wrapped = [w for line in body for w in (textwrap.wrap(line, 90) if line.strip() and not line.startswith(("|", "#")) else [line])]
    pages = [wrapped[i:i + 45] for i in range(0, len(wrapped), 45)]
    entries = _entry_lines(sample)
    for page, first in enumerate(range(0, len(entries), 2 * per_column)):
        left = [line for entry in entries[first:first + per_column] for line in entry]
        right_entries = [list(entry) for entry in entries[first + per_column:first + 2 * per_column]]
        if len(right_entries) > 2:
            label, rest = right_entries[1][0].split(" ", 1)
            right_entries[1][0:1] = [label, rest]
        right = [line for entry in right_entries for line in entry]
        down = 3 if page % 2 else 0
        lines = ["REFERENCES", ""] if page == 0 else []
        lines += left[:down]
        if down and right and len(left) > down:
            lines[-1] += right.pop(0)  # (no space: the column's line ran up to the other's)
        for row in range(down, max(len(left), len(right) + down)):
            lines += [left[row]] if row < len(left) else []
            lines += [right[row - down]] if 0 <= row - down < len(right) else []
        pages.append(lines)
    return "\f".join("\n".join([HEAD, ""] + page + ["", str(181 + n)]) for n, page in enumerate(pages)) + "\f"


def test_a_two_column_list_extracted_line_by_line_across_the_gutter(sample, sample_text, tmp_path):
    """Each column's lines are given back to it. Two titles cut where either could run on
    into the other ("…for the treatment of" / "…and Maintenance Ketamine", then "complex
    regional pain syndrome" / "Infusions for …") cannot be told apart by their words, and
    the STAR*D titles lose their asterisk in this rewrite."""
    text = _interleaved_extraction(sample, sample_text)
    assert re.search(r"[a-z]\d{1,3}\. [A-Z]", text)  # a line run into the other column's opening
    analysis, same = _read_back(text, tmp_path, sample)
    assert [r.number for r in analysis.references] == list(range(1, 116))
    assert same >= 111, same
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
