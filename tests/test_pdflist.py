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


def _two_column_extraction(sample, sample_text: str, per_column: int = 12, block: int = 3) -> str:
    """pdftotext's text of the sample with its list in two columns: per page, blocks of
    ``block`` entries from the left and the right column alternate, and on the first
    list page the right column's first block comes out before the heading, between the
    body's last two paragraphs."""
    body = sample_text[:sample.references.body_end].rstrip().split("\n")
    wrapped = [w for line in body for w in (textwrap.wrap(line, 90) if line.strip() and not line.startswith(("|", "#")) else [line])]
    pages = [wrapped[i:i + 45] for i in range(0, len(wrapped), 45)]
    paragraphs = "\n".join(pages.pop()).split("\n\n")  # the last body page shares the heading's page
    entries = _entry_lines(sample)
    for first in range(0, len(entries), 2 * per_column):
        left, right = entries[first:first + per_column], entries[first + per_column:first + 2 * per_column]
        lefts = [left[i:i + block] for i in range(0, len(left), block)]
        rights = [right[i:i + block] for i in range(0, len(right), block)]
        lines: list[str] = []
        if first == 0:
            stranded = rights.pop(0)
            lines += "\n\n".join(paragraphs[:-1]).split("\n") + [""] + [l for e in stranded for l in e] + [""]
            lines += paragraphs[-1].split("\n") + ["", "REFERENCES"]
        for index in range(max(len(lefts), len(rights))):
            for column in (lefts, rights):
                if index < len(column):
                    lines += [l for e in column[index] for l in e] + [""]
        pages.append(lines)
    return "\f".join("\n".join([HEAD, ""] + page + ["", str(181 + n)]) for n, page in enumerate(pages)) + "\f"


def test_a_two_column_list_extracted_out_of_order_reads_in_order(sample, sample_text, tmp_path):
    path = tmp_path / "sample.txt"
    text = _two_column_extraction(sample, sample_text)
    assert text.index("13. ") < text.index("REFERENCES") < text.index("1. ")  # the shuffle happened
    path.write_text(text, encoding="utf-8")
    analysis = analyse(path)
    assert [r.number for r in analysis.references] == list(range(1, 116))
    fields = lambda r: (r.title, r.journal, r.year, r.volume, r.pages)
    same = sum(fields(a) == fields(b) for a, b in zip(analysis.references, sample.references))
    assert same >= 113, same
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]


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
