"""A journal's own PDF (Nature Communications, CC BY 4.0; see tests/real/README.md), read
as a user would: byline and affiliations with raised numbers, an abstract in larger
type, figures full of small labels, a two-column reference list in small type."""
from __future__ import annotations

from pathlib import Path

import pytest

PDF = Path(__file__).parent / "real" / "gharibi-2024-ncomms-15-342.pdf"


@pytest.fixture(scope="module")
def article():
    from refgraph.pipeline import analyse

    return analyse(PDF)


def test_the_reference_list_is_read_entry_by_entry(article):
    """The list is set smaller than the body, and the figures' hundreds of labels smaller
    still: sized against the median line (6.5 pt) the list's 8 pt lines were headings,
    and the 43 entries one."""
    references = list(article.references)
    assert [r.number for r in references] == list(range(1, 44))
    assert references[0].authors[0].family == "Lundqvist"
    assert references[42].journal == "J. Proteome Res." and references[42].volume == "10"


def test_the_byline_and_affiliation_marks_cite_nothing(article):
    """"Hassan Gharibi¹,¹⁰, …, Markita P. Landry⁴,⁵,⁶,⁷, Amir Ata Saei⁸,⁹" and "¹Division of
    Chemistry I, Karolinska Institutet, …" are no callouts."""
    groups = [c.numbers for c in article.callouts]
    assert not {(1, 10), (2, 10), (4, 5, 6, 7), (8, 9)} & set(groups)
    text = article.source.text
    assert not any(text[c.span.end:c.span.end + 12].startswith(("Division", "Department", "These authors"))
                   for c in article.callouts)
    assert max(max(g) for g in groups) <= 43


@pytest.mark.parametrize("font, bold", [
    # Font names from journals' and LaTeX's PDFs (ACL 2020, Biochemical Society, Nature).
    ("RUZWFN+NimbusRomNo9L-Medi", True), ("AJFMGE+FranklinGothic-Heavy", True), ("AJFNBD+FranklinGothic-Demi", True),
    ("AJFOCB+TimesNewRomanPS-Bold", True), ("CMBX12", True), ("HXTIRU+TeXGyreHeros-Bold", True),
    ("GZNYGG+NimbusRomNo9L-Regu", False), ("CMR10", False), ("ACHDEJ+AdvOT0c200bf0", False), ("AJFNDF+TimesNewRomanPS", False),
])
def test_a_fonts_weight_is_read_from_its_name(font, bold):
    """An ACL paper's "References" is set in Nimbus Roman's "Medi" weight, 12 pt over an
    11 pt body: unless that reads as bold, the heading is missed and an appendix's
    numbered list was taken for the list (9 entries instead of 57)."""
    from refgraph.readers.pdf import _BOLD_FONT

    assert bool(_BOLD_FONT.search(font)) is bold


@pytest.mark.parametrize("text, heading", [
    ("References", True), ("Appendix A - Baseline Details", True), ("Data availability", True),
    # PeerJ's and International Psychogeriatrics' lists set some entries' opening lines in
    # bold: read as headings, they had ended the list after 10 of 24 (and 9 of 27) entries.
    ("Nielsen NH, Heide-Jorgensen MP, Oziolor EM, Matson CW, Church GM, Stuart", False),
])
def test_a_bold_line_of_names_is_no_heading(text, heading):
    from refgraph.readers.pdf import _Line, _heading

    line = _Line(text, 50.0, 700.0, 300.0, 90.0, 10.9, True, 9, 3)
    assert bool(_heading(line, 10.9)) is heading


@pytest.mark.parametrize("text, entry", [
    ("Alzheimer’s Disease International. (2009). World", True), ("Johansson L et al. Midlife", True),
    ("Supplementary Information", False), ("Author contributions", False),
])
def test_under_the_reference_heading_an_entrys_first_line_is_no_heading(text, entry):
    """International Psychogeriatrics sets some entries' first lines in bold: under the
    reference heading they are entries, while a section's title still ends the list (and
    above it, "… (2009). World" in bold may be a title)."""
    from refgraph.readers.pdf import _Line, _heading

    line = _Line(text, 50.0, 700.0, 300.0, 90.0, 10.9, True, 9, 3)
    assert bool(_heading(line, 10.9, in_references=True)) is not entry
    assert bool(_heading(line, 10.9))


def test_the_body_size_is_the_prose_above_the_reference_heading():
    """A short report's long list in small type outweighs its body (BMC: 79 entries at
    7.5 pt, prose at 9.8): sized against the list, every body line was a heading."""
    from refgraph.readers.pdf import _Line, _body_size

    def line(text, size):
        return _Line(text, 50.0, 700.0, 300.0, 90.0, size, False, 1, 1)

    prose = [line("Multisystem traumatic injury is a significant risk factor", 9.8)] * 40
    labels = [line("0.5", 6.0)] * 400  # a figure's tick labels
    entries = [line("Kudsk KA, Fabian TC, Baum S, Gold RE: Silent deep vein thrombosis in", 7.5)] * 200
    assert _body_size([prose + labels + [line("References", 10.0)] + entries]) == 9.8
