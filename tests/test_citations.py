"""Callouts and claims on the sample, on rewrites of it, and on the corpus."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASES, analyse_text, needs_corpus
from refgraph.citations.callouts import expand_callout


def test_sample_has_110_callouts_and_140_links(sample):
    assert len(sample.callouts) == 110
    assert sum(len(c.numbers) for c in sample.callouts) == 140
    cited = {n for c in sample.callouts for n in c.numbers}
    assert cited == set(range(1, 116))


def test_ranges_and_lists_expand():
    assert expand_callout("35-37")[0] == (35, 36, 37)
    assert expand_callout("1,4–6")[0] == (1, 4, 5, 6)
    assert expand_callout(" 2 ; 5 — 7 ")[0] == (2, 5, 6, 7)
    numbers, ranges, problems = expand_callout("18-15")
    assert numbers == (15, 16, 17, 18) and "reversed range 18-15" in problems
    assert "degenerate range 8-8" in expand_callout("8-8")[2]
    assert "repeated 3" in expand_callout("3,3")[2]
    assert "unsorted list" in expand_callout("4,2")[2]


def claim_for(sample, text):
    return next(s for s in sample.claims if any(c.text == text for c in s.callouts))


def test_mid_sentence_callout_carries_the_whole_sentence(sample):
    claim = claim_for(sample, "35-37")
    assert claim.text.startswith("Activation of extrasynaptic GluN2B-selective NMDA receptors")
    assert claim.text.endswith("via disinhibition of protein synthesis and an mTOR-dependent mechanism.")
    assert claim.section == ("THE MECHANISM OF ACTION OF KETAMINE AS AN ANTIDEPRESSANT", "NMDA receptor blockade paradigm",
                             "Neurochemical antidepressant mechanism by blockade of NMDA receptor")


def test_callout_after_et_al_does_not_split_the_sentence(sample):
    claim = claim_for(sample, "67")
    assert claim.text == ("Murrough et al. were the first to conduct a parallel, double-blind, randomized study with "
                          "ketamine and midazolam for treating TRD.")


def test_pdf_damage_is_repaired(sample):
    texts = {}
    for claim in sample.claims:
        texts.setdefault(claim.callouts[0].text, claim.text)
    assert texts["30"].startswith("Ketamine has a high affinity")  # "Ket-" / "amine"
    assert "overt treatment-resistance depression (TRD)." in texts["3"]  # hyphen kept: a real compound
    assert texts["8-10"] == ("Patients who received antidepressant treatment also exhibited actual improvement in "
                             "symptoms after a given period after treatment.")  # received/licence blocks skipped
    assert "to ensure ease of administration and continuous use" in texts["24"]
    assert texts["54,55"].endswith("CA1 regions of the hippocampus and improving depression.")
    assert texts["88"] == "Suicidal ideation is the most serious symptom of depression and is one of the leading causes of death."
    assert all("Received" not in c.text and "Creative Commons" not in c.text for c in sample.sentences)


def test_table_rows_are_claims(sample):
    rows = [s for s in sample.claims if s.kind == "table-row"]
    assert [r.numbers for r in rows] == [(78,), (75,), (84,), (93,), (79,), (85,), (86,)]
    assert all(r.table == "Table 1" for r in rows)
    assert rows[0].text.startswith("Singh et al. | To assess dose-frequency in IV ketamine therapy | TRD")


def _table_as(sample_text: str, write) -> str:
    """The sample with its tab-separated Table 1 written another way."""
    lines = sample_text.split("\n")
    rows = [i for i, line in enumerate(lines) if line.count("\t") >= 5]
    cells = [lines[i].split("\t") for i in rows]
    return "\n".join(lines[:rows[0]] + write(cells) + lines[rows[-1] + 1:])


def _grid(cells, width=None):
    """Pandoc's grid table; with ``width`` every cell wrapped at spaces onto more lines."""
    import textwrap

    widths = [width or max(len(row[j]) for row in cells) for j in range(len(cells[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for index, row in enumerate(cells):
        wrapped = [textwrap.wrap(cell, w, break_on_hyphens=False) or [""] for cell, w in zip(row, widths)]
        for k in range(max(map(len, wrapped))):
            out.append("| " + " | ".join((w[k] if k < len(w) else "").ljust(n) for w, n in zip(wrapped, widths)) + " |")
        out.append(rule.replace("-", "=") if index == 0 else rule)
    return out


@pytest.mark.parametrize("name, write", [
    ("pipe table", lambda cells: ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
     + ["| " + " | ".join(row) + " |" for row in cells[1:]]),
    # Converters keep complex tables as HTML, on one line or one tag a line.
    ("HTML table on one line", lambda cells: ["<table><tr>" + "".join(f"<th>{c}</th>" for c in cells[0]) + "</tr>"
                                              + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells[1:]) + "</table>"]),
    ("HTML table a tag a line", lambda cells: ["<table>"] + [line for row in cells for line in
                                                            ["<tr>", *(f'  <td class="c">{c}</td>' for c in row), "</tr>"]] + ["</table>"]),
    ("grid table", _grid),
    ("grid table with wrapped cells", lambda cells: _grid(cells, width=24)),
])
def test_table_rows_are_claims_in_every_table_notation(sample, sample_text, tmp_path, name, write):
    rewritten = analyse_text(_table_as(sample_text, write), tmp_path)
    rows = [s for s in rewritten.claims if s.kind == "table-row"]
    expected = [s for s in sample.claims if s.kind == "table-row"]
    assert [r.numbers for r in rows] == [r.numbers for r in expected]
    assert [r.text for r in rows] == [r.text for r in expected]
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


@pytest.mark.parametrize("heading", ["", "**Tables**\n\n", "## Tables\n\n"])
def test_a_table_printed_after_the_references_is_still_cited(sample, sample_text, sample_findings, tmp_path, heading):
    """Word submissions put their tables after the list: its rows are claims, and its
    callouts cite (counted for first-citation order at the table's first mention)."""
    lines = sample_text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("**Table 1.**"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("IV: intravenous"))
    rest = "\n".join(lines[:start] + lines[end + 1:]).rstrip("\n")
    moved = analyse_text(rest + "\n\n" + heading + "\n".join(lines[start:end + 1]) + "\n", tmp_path)
    assert [r.title for r in moved.references] == [r.title for r in sample.references]
    assert sorted(c.numbers for c in moved.callouts) == sorted(c.numbers for c in sample.callouts)
    rows = lambda analysis: [(s.table, s.text, s.numbers) for s in analysis.claims if s.kind == "table-row"]
    assert rows(moved) == rows(sample) and len(rows(moved)) == 7
    from refgraph.checks import run_checks

    assert {(f.rule, f.references) for f in run_checks(moved)} == {(f.rule, f.references) for f in sample_findings}


def test_non_citation_superscripts_are_ignored(tmp_path):
    text = ("# T\n\n## Intro\n\nMagnesium (Mg<sup>2+</sup>) and 5-HT<sub>1A</sub> matter in 10<sup>6</sup> cells per m<sup>2</sup>, "
            "as in mg/m<sup>2</sup> dosing and R^2^ fits, and JAK1/2<sup>1</sup> signalling.<sup>2</sup> Ca²⁺ and 10⁶ too.³\n\n"
            "## References\n\n1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n3. E F. T. J 2000;1:1.\n")
    found = [(c.text, c.numbers) for c in analyse_text(text, tmp_path).callouts]
    assert found == [("1", (1,)), ("2", (2,)), ("3", (3,))]


def test_mass_numbers_are_not_callouts(tmp_path):
    """¹³C-NMR, ¹H and ¹⁸F-FDG carry isotopes; a callout glued to "In contrast" still cites."""
    text = ("# T\n\n## Intro\n\nSpectra (<sup>13</sup>C-NMR, <sup>1</sup>H NMR, <sup>18</sup>F-FDG) agree.<sup>1</sup>"
            "In contrast, others differ.<sup>2</sup> Labelling with <sup>111</sup>In-oxine works.<sup>3</sup>\n\n"
            "## References\n\n1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n3. E F. T. J 2000;1:1.\n")
    assert [c.numbers for c in analyse_text(text, tmp_path).callouts] == [(1,), (2,), (3,)]


def _rewrite_callouts(text: str, replace) -> str:
    body, refs = text.split("#### REFERENCES")
    return re.sub(r"<sup>([\d,\-–\s]+)</sup>", lambda m: replace(m.group(1)), body) + "#### REFERENCES" + refs


SUPERSCRIPT = str.maketrans("0123456789,-", "⁰¹²³⁴⁵⁶⁷⁸⁹,⁻")


@pytest.mark.parametrize(
    "name, replace",
    [
        ("brackets with en dashes", lambda body: "[" + body.replace("-", "–") + "]"),
        # IEEE brackets every number: "[4], [5]" and "[8]–[10]" are one group each.
        ("IEEE bracket chains", lambda body: " " + ", ".join("–".join(f"[{n}]" for n in item.split("-")) for item in body.split(","))),
        ("brackets with spaces", lambda body: "[" + body.replace(",", ", ").replace("-", " - ") + "]"),
        ("unicode superscripts", lambda body: body.translate(SUPERSCRIPT)),
        ("parentheses after a space", lambda body: " (" + body.replace(",", ", ") + ")"),
        # Science's numbers in italics, each on its own: "(*4*, *5*)", "(*8*–*10*)".
        ("italic numbers in parentheses", lambda body: " (" + re.sub(r"\d+", lambda n: f"*{n[0]}*", body.replace(",", ", ").replace("-", "–")) + ")"),
        # …or a converter italicises the whole list: "(*4,5*)", "(*8-10*)".
        ("italic list in parentheses", lambda body: f" (*{body}*)"),
        # Markdown converted from a publisher's HTML: each number links to its entry.
        ("superscript links to anchors", lambda body: "<sup>" + re.sub(r"\d+", lambda n: f"[{n[0]}](#ref-{n[0]})", body) + "</sup>"),
        ("bracketed links", lambda body: "[" + re.sub(r"\d+", lambda n: f"[{n[0]}](#B{n[0]})", body) + "]"),
        # Word's HTML splits one superscript into runs at its commas and dashes.
        ("superscript split into runs", lambda body: "".join(f"<sup>{p}</sup>" for p in re.split(r"([,\-–])", body) if p)),
        ("HTML anchors", lambda body: "<sup>" + re.sub(r"\d+", lambda n: f'<a href="#CR{n[0]}" class="x">{n[0]}</a>', body) + "</sup>"),
        # PDF-to-Markdown converters that write superscripts as LaTeX math (marker, Nougat,
        # Mathpix), LaTeX's \textsuperscript, and Pandoc's escaped brackets.
        ("math superscripts", lambda body: "$^{" + body + "}$"),
        ("math superscripts on an empty base", lambda body: "${ }^{" + body.replace("-", "--") + "}$"),
        ("inline math with text", lambda body: "\\(^{\\text{" + body.replace(",", ",\\,") + "}}\\)"),
        ("textsuperscript", lambda body: "\\textsuperscript{" + body + "}"),
        ("escaped brackets", lambda body: " \\[" + body.replace(",", ", ") + "\\]"),
        # The last number named with a conjunction: "[3, 4 and 5]", "<sup>1 and 2</sup>".
        ("brackets with 'and'", lambda body: " [" + re.sub(r",(?=[^,]*$)", " and ", body.replace(",", ", ")) + "]"),
        ("superscripts with '&'", lambda body: "<sup>" + re.sub(r",(?=[^,]*$)", " & ", body) + "</sup>"),
        # Brackets side by side with nothing between, "[4][5]"; Nature's "(refs 4,5)".
        ("adjacent brackets", lambda body: " " + "".join(f"[{item}]" for item in body.split(","))),
        ("reference words in parentheses", lambda body: " (refs " + body.replace("-", "–") + ")"),
        # IEEE's place in the source after a single number: "[12, p. 5]", "[7, Fig. 2]".
        ("brackets with locators", lambda body: " [" + body.replace("-", "–").replace(",", ", ")
         + (f", {['p. 5', 'pp. 12–14', 'Fig. 2', 'Table 1', 'Sec. III'][int(body) % 5]}" if body.isdigit() else "") + "]"),
        # Japanese journals close the superscript with a bracket: "<sup>8–10)</sup>", or each number.
        ("superscripts closed by a bracket", lambda body: "<sup>" + body + ")</sup>"),
        ("superscripts with a bracket after each number", lambda body: "<sup>" + re.sub(r"(\d+)", r"\1)", body) + "</sup>"),
        # Radiation Research sets the whole bracket in italics: "*(4,5)*".
        ("italic brackets", lambda body: f" *({body})*"),
        # CJK text: full-width digits, commas and range marks.
        ("full-width", lambda body: "<sup>" + body.translate(str.maketrans("0123456789,-", "０１２３４５６７８９，～")) + "</sup>"),
    ],
)
def test_rewritten_notations_give_the_same_callouts_and_claims(sample, sample_text, tmp_path, name, replace):
    rewritten = analyse_text(_rewrite_callouts(sample_text, replace), tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]
    assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]


@pytest.mark.parametrize("outer", [False, True])
def test_digits_raised_one_by_one_are_one_callout_and_keep_their_range(sample, sample_text, tmp_path, outer):
    """A document that raised only the digits leaves the commas and dashes between them on
    the line ("<sup>4</sup>,<sup>5</sup>", "<sup>8</sup>–<sup>10</sup>"), some converters
    inside one more superscript: each group is still one callout, and "8–10" still cites 9."""
    body, refs = sample_text.split("#### REFERENCES")

    def one_by_one(match: re.Match) -> str:
        raised = re.sub(r"(\d+)", r"<sup>\1</sup>", match.group(1))
        return f"<sup>{raised}</sup>" if outer else raised

    split = re.sub(r"<sup>(\d+(?:[,\-–]\d+)+)</sup>", one_by_one, body)
    assert split.count("</sup>-<sup>") + split.count("</sup>–<sup>") >= 4 and split.count("</sup>,<sup>") >= 10
    rewritten = analyse_text(split + "#### REFERENCES" + refs, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def test_a_sentence_comma_set_inside_the_superscript_is_no_part_of_the_callout(sample, sample_text, tmp_path):
    """Word often sets the sentence's comma in superscript with the callout, "surgery<sup>14,34,</sup>
    burns": the callout is the same, not dropped as malformed."""
    body, refs = sample_text.split("#### REFERENCES")
    moved = re.sub(r",<sup>([^<]+)</sup>", r"<sup>\1,</sup>", body)
    assert moved.count(",</sup>") >= 5
    rewritten = analyse_text(moved + "#### REFERENCES" + refs, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


@pytest.mark.parametrize("opening, closing", [("[", "]"), (" (", ")")])
def test_a_bracket_before_a_colon_is_a_callout_and_a_link_definition_is_not(sample, sample_text, tmp_path, opening, closing):
    """"a score was calculated as [17]: where …", "in these experiments (43): either" cite;
    "[17]: https://…" at a line's start defines a Markdown link and cites nothing."""
    marked = _rewrite_callouts(sample_text, lambda body: "⟦" + body + "⟧")
    body, refs = marked.split("#### REFERENCES")
    # (One colon a paragraph: sentences that all end in colons would read as one enumeration.)
    colons = "\n".join(re.sub(r"\.(⟦[\d,\-–]+⟧)(?= [A-Z])", r" \1:", line, count=1) for line in body.split("\n"))
    colons = colons.replace("⟦", opening).replace("⟧", closing)
    assert colons.count(closing + ":") >= 20
    linked = colons + "\n[1]: https://example.org/one\n[2]: <https://example.org/two>\n\n"
    rewritten = analyse_text(linked + "#### REFERENCES" + refs, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def _inject_in_first_paragraphs(text: str, additions: list[str]) -> str:
    """Append one sentence to each of the first body paragraphs (after the abstract)."""
    paragraphs = text.split("\n\n")
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("## INTRODUCTION")) + 1
    for offset, addition in enumerate(additions):
        if addition:
            paragraphs[start + offset] += " " + addition
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "name, replace, additions",
    [
        # Pandoc footnote marks in a bracket-cited text are not its citation notation.
        ("brackets beside footnote carets", lambda body: "[" + body + "]",
         ["The HOMO^1^ level is shown.", "The LUMO^2^ level is shown.", "Both^3^ are drawn."]),
        # A formula's exponents, in range of the list but not in its order of first citation,
        # however many, beside brackets that number the sources 1, 2, 3 … (a PDF's math).
        ("brackets beside many formula exponents", lambda body: "[" + body + "]",
         ["The ratio (σ/μ)<sup>2</sup> grew as (x/y)<sup>3</sup> and ⟨z<sup>2</sup>⟩ fell."] * 25),
        # Raised numbers past the list (footnote marks, exponents) beside bracket callouts.
        ("brackets beside raised numbers past the list", lambda body: "[" + body + "]",
         ["Power reached <sup>180</sup> and <sup>240</sup> in the fitted runs."] * 40),
        # A stray bracket and an answer scale coded in parentheses beside parenthesised callouts.
        ("parentheses beside a stray bracket and a coded scale", lambda body: " (" + body + ")",
         ["Items were scored as in the Hamilton scale [14].",
          "Answers ranged from never (0), hardly ever (1), sometimes (2) to often (3)."]),
    ],
)
def test_the_dominant_notation_wins(sample, sample_text, tmp_path, name, replace, additions):
    text = _inject_in_first_paragraphs(_rewrite_callouts(sample_text, replace), additions)
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


@pytest.mark.parametrize("sentence, cited", [
    # Each number opens its item, after the clause's comma: a list, however early.
    ("Doses were missed because (1) they were forgotten, (2) patients felt well, (3) the clinic was far, "
     "or (4) side effects were feared.", []),
    # Each number follows what it supports: callouts.
    ("Risk rose with smoking (1), obesity (2), diabetes (3) and age (4).", [(1,), (2,), (3,), (4,)]),
])
def test_numbered_items_before_any_citation_are_no_callouts(sample_text, tmp_path, sentence, cited):
    """A text whose callouts the reading did not find (superscripts lost) and one sentence
    numbering its items "(1) they …, (2) …": the item marks are an enumeration, not the
    manuscript's citations, though nothing was cited before them."""
    uncited = _rewrite_callouts(sample_text, lambda body: "")
    text = uncited.replace("## INTRODUCTION\n\n", "## INTRODUCTION\n\n" + sentence + " ", 1)
    assert sentence in text
    assert [c.numbers for c in analyse_text(text, tmp_path).callouts] == cited


def test_the_sample_with_its_superscripts_set_apart_as_pdf_text_gives_them(sample, sample_text, tmp_path):
    """The sample as pdftotext writes a PDF whose superscripts were set apart by a space
    ("<sup> 35-37 </sup>"): each callout a number standing alone. Those read are the
    sample's own, in its order (none invented), and most are read."""
    spaced = _rewrite_callouts(sample_text, lambda body: " " + re.sub(r"\s", "", body))
    found = [c.numbers for c in analyse_text(spaced, tmp_path, "pasted.txt").callouts]
    expected = iter(c.numbers for c in sample.callouts)
    assert all(numbers in expected for numbers in found)  # (a subsequence: in order, none extra)
    assert len(found) > len(sample.callouts) // 2


def test_bracketed_intervals_are_not_callouts(sample, sample_text, tmp_path):
    """In a bracket-cited text, two numbers in brackets with an interval's word or sign
    before them or a unit after them are an interval, not two citations."""
    text = _inject_in_first_paragraphs(_rewrite_callouts(sample_text, lambda body: "[" + body + "]"), [
        "Doses were drawn on the interval [10, 20] mg and onsets on [30, 40] min.",
        "The fitted rate was r ∈ [5, 80] in the responders.",
        "Each scan covered [14, 16] (in hours) after the infusion."])
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


@pytest.mark.parametrize("et_al", ["*et al.*", "<i>et al.</i>"])
def test_italic_et_al_keeps_claims_and_named_author_findings(sample, sample_text, sample_findings, tmp_path, et_al):
    """"Lenze *et al.* applied…" is one sentence, and "Monteggia *et al.*<sup>111</sup>"
    still names the authors of reference 111."""
    from refgraph.checks import run_checks
    from refgraph.checks.config import Config

    body, refs = sample_text.split("#### REFERENCES")
    rewritten = analyse_text(body.replace("et al.", et_al) + "#### REFERENCES" + refs, tmp_path)
    assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]
    assert sorted((f.rule, f.message) for f in run_checks(rewritten, Config())) == sorted((f.rule, f.message) for f in sample_findings)


def test_plain_numbered_reference_list_gives_the_same_links(sample, sample_text, tmp_path):
    body, refs = sample_text.split("#### REFERENCES")
    entries = [r.raw for r in sample.references]
    plain = body + "References\n\n" + "\n".join(f"{i}. {raw}" for i, raw in enumerate(entries, 1)) + "\n"
    rewritten = analyse_text(plain, tmp_path)
    assert len(rewritten.references) == 115
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def test_callouts_know_their_position(sample, sample_text):
    lines = sample_text.split("\n")
    for callout in sample.callouts:
        assert lines[callout.line - 1][callout.column - 1:].startswith(callout.markup)


@needs_corpus()
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_callouts(case):
    from corpus import score_citations

    found, total, misses, extra = score_citations(case)
    assert not extra, extra
    assert found / total >= 0.99, misses


@needs_corpus()
def test_corpus_claims_are_whole_sentences():
    import json

    from refgraph.pipeline import analyse

    squash = lambda t: re.sub(r"[^a-z0-9]", "", t.lower())
    right = total = 0
    for case in CASES:
        gold = json.loads((case / "gold.json").read_text())
        analysis = analyse(case / "manuscript.md")
        claim_of = {c.span.start: s.text for s in analysis.sentences for c in s.callouts}
        ours = [claim_of[c.span.start] for c in analysis.callouts]
        for expected, got in zip((c["sentence_text_plain"] for c in gold["citations"]), ours):
            total += 1
            right += squash(expected) == squash(got)
    assert right / total >= 0.98, f"{right}/{total}"


def test_hard_wrapped_paragraphs_rejoin_hyphenated_words(sample, sample_text, tmp_path):
    import textwrap

    body, refs = sample_text.split("#### REFERENCES")
    wrapped = "\n\n".join(
        block if block.lstrip().startswith(("#", "**")) or "\t" in block
        else "\n".join(textwrap.wrap(block, 60, break_long_words=False, break_on_hyphens=False))
        for block in body.split("\n\n")
    )
    # Hyphenate a word across a line break, as typesetting does.
    wrapped = wrapped.replace("prefrontal cortex<sup>27</sup>", "prefron-\ntal cortex<sup>27</sup>", 1)
    rewritten = analyse_text(wrapped + "#### REFERENCES" + refs, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]
    assert [s.text for s in rewritten.claims] == [s.text for s in sample.claims]


def test_superscripted_brackets_are_callouts(tmp_path):
    text = "# T\n\n## A\n\nOne claim.<sup>[1]</sup> Two claims.<sup>(2,3)</sup>\n\n## References\n\n1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n3. E F. T. J 2000;1:1.\n"
    assert [c.numbers for c in analyse_text(text, tmp_path).callouts] == [(1,), (2, 3)]


def test_sentence_boundaries_survive_abbreviations(tmp_path):
    text = ("# T\n\n## A\n\nSmith et al.<sup>1</sup> gave 0.5 mg/kg i.v. vs. placebo, e.g. saline, to J. R. Doe's cohort.<sup>2</sup> "
            "A second trial followed.<sup>3</sup>\n\n## References\n\n1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n3. E F. T. J 2000;1:1.\n")
    claims = [s.text for s in analyse_text(text, tmp_path).claims]
    assert claims == ["Smith et al. gave 0.5 mg/kg i.v. vs. placebo, e.g. saline, to J. R. Doe's cohort.", "A second trial followed."]


def test_a_code_ending_in_a_stop_before_a_lower_case_word_ends_no_sentence(tmp_path):
    """"the CPQ11-14. instrument" (pboci_2022_054, CC BY): a sentence never opens in lower
    case, so the stop after a code or an acronym is no sentence end there; before a capital
    ("… and NHL. These …") it is, and "mRNA" opens a sentence."""
    text = ("# T\n\n## A\n\nThe validity of the CPQ11-14. instrument was evaluated in adolescents.<sup>1</sup> "
            "It was treated as NHL. These patients improved.<sup>2</sup> mRNA levels rose.<sup>3</sup>\n\n## References\n\n"
            "1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n3. E F. T. J 2000;1:1.\n")
    claims = [s.text for s in analyse_text(text, tmp_path).claims]
    assert claims == ["The validity of the CPQ11-14. instrument was evaluated in adolescents.", "These patients improved.",
                      "mRNA levels rose."]


def test_every_callout_gets_a_claim_even_in_a_heading(tmp_path):
    text = "# T\n\n## Background<sup>1</sup>\n\nA claim.<sup>2</sup>\n\n## References\n\n1. A B. T. J 2000;1:1.\n2. C D. T. J 2000;1:1.\n"
    analysis = analyse_text(text, tmp_path)
    carried = [c.numbers for s in analysis.sentences for c in s.callouts]
    assert carried == [(1,), (2,)]
    assert [s.index for s in analysis.sentences] == list(range(len(analysis.sentences)))


@needs_corpus()
@pytest.mark.parametrize("case", CASES[::3], ids=[c.name for c in CASES[::3]])
def test_page_break_debris_in_corpus_articles_is_repaired(case, tmp_path):
    """Cut paragraphs mid-sentence as PDF pages do, with a running head and a hyphenated
    word at the break; the claims must come out as before."""
    import random

    text = (case / "manuscript.md").read_text(encoding="utf-8")
    body, refs = text.split("## References")
    blocks = body.split("\n\n")
    rng = random.Random(7)
    candidates = [i for i, b in enumerate(blocks) if len(b) > 400 and not b.startswith("#") and "<sup>" in b]
    for index in rng.sample(candidates, min(4, len(candidates))):
        block = blocks[index]
        words = [m for m in re.finditer(r" ([a-z]{8,}) ", block) if 100 < m.start() < len(block) - 100 and "<" not in block[m.start() - 20:m.end() + 20]]
        if not words:
            continue
        word = rng.choice(words)
        if rng.random() < 0.5:  # a word hyphenated across the page break
            cut = word.start(1) + len(word.group(1)) // 2
            before, after = block[:cut] + "-", block[cut:]
        else:  # a sentence cut between two words
            before, after = block[:word.start(1)].rstrip(), block[word.start(1):]
        blocks[index] = before + "\n\n**Running Head Journal 2011;11:174**\n\n© The Authors. Licensed CC BY.\n\n" + after
    damaged = "\n\n".join(blocks) + "## References" + refs
    original = analyse_text(text, tmp_path, "original.md")
    repaired = analyse_text(damaged, tmp_path, "damaged.md")
    assert [c.numbers for c in repaired.callouts] == [c.numbers for c in original.callouts]
    assert [s.text for s in repaired.claims] == [s.text for s in original.claims]


def test_claims_are_not_cut_at_abbreviations_before_numbers_or_species(sample_text, tmp_path):
    """A rewrite of the sample: the sentence carrying callout 11 gains "ca.", "spp.", "Fig.",
    "Eqs." and a genus initial; it stays one claim, and the next sentence starts clean."""
    old = "through complex cascades.<sup>11</sup>"
    assert old in sample_text
    new = ("through complex cascades, ca. 40% of them (Fig. 2; Eqs. 3 and 4) in Candida spp. and S. cerevisiae "
           "alike.<sup>11</sup>")
    analysis = analyse_text(sample_text.replace(old, new, 1), tmp_path)
    [claim] = [s for s in analysis.claims if "through complex cascades" in s.text]
    assert claim.text.endswith("through complex cascades, ca. 40% of them (Fig. 2; Eqs. 3 and 4) in Candida spp. "
                               "and S. cerevisiae alike.")
    original = next(s for s in analyse_text(sample_text, tmp_path).claims if "through complex cascades" in s.text)
    assert claim.text.split(" through")[0] == original.text.split(" through")[0]


@pytest.mark.parametrize("unit", ["pH", "mL", "mM", "°C", "nm"])
def test_a_sentence_ending_in_a_unit_ends_there(sample, sample_text, tmp_path, unit):
    """"… at a low pH. Ketamine …": a unit symbol takes no stop of its own, so the stop
    after one ends the sentence (both segmenters took it for an abbreviation)."""
    old = "through complex cascades.<sup>11</sup>"
    cited = next(s.text for s in sample.claims if "through complex cascades" in s.text)
    lead = cited.split(" through")[0]
    assert sample_text.count(lead) == 1
    rewritten = sample_text.replace(lead, f"Its solutions were kept at 7 {unit}. " + lead, 1)
    analysis = analyse_text(rewritten, tmp_path)
    assert old in rewritten and cited in [s.text for s in analysis.claims]


def test_a_callout_between_a_unit_and_the_stop_ends_the_sentence(sample, sample_text, tmp_path):
    """"… close to 2 K<sup>21</sup>. Larger …": a capital after a number is a unit, not an
    initial, and the stop after it ends the sentence (a dev article lost a claim)."""
    old = "through complex cascades.<sup>11</sup>"
    rewritten = sample_text.replace(old, "through complex cascades at 2 K<sup>11</sup>.", 1)
    analysis = analyse_text(rewritten, tmp_path)
    cited = next(s.text for s in sample.claims if "through complex cascades" in s.text)
    assert cited.replace("cascades.", "cascades at 2 K.") in [s.text for s in analysis.claims]
    assert [s.text for s in analysis.claims if "cascades" not in s.text] == [s.text for s in sample.claims if "cascades" not in s.text]


@pytest.mark.parametrize("first, second, third", [("1)", "2)", "3)"), ("(a)", "(b)", "(c)"), ("i)", "ii)", "iii)")])
def test_an_inline_enumeration_is_one_claim(tmp_path, first, second, third):
    """"Bias arises three ways: 1) from training (e.g., drills) (Correll et al., 2007);
    2) …; and 3) …" is one sentence; the segmenters cut it at "; 2)" once the citations
    are out of the text (an author-year article lost five claims)."""
    from conftest import APA

    enumeration = (f"Bias arises three ways: {first} TRAINING (e.g., drills, scenarios) (Correll et al., 2007); {second} "
                   f"STRESS (e.g., fatigue) (Plant & Peruche, 2005); {third} CULTURE (e.g., norms) (Smith, 2018); and "
                   f"4) LAW (e.g., statutes) (Brown, 2021). ")
    analysis = analyse_text(APA.replace("Smith and Jones (2019) argued", enumeration + "Smith and Jones (2019) argued"), tmp_path)
    [claim] = [s for s in analysis.claims if "three ways" in s.text]
    assert claim.text.endswith("and 4) LAW (e.g., statutes).")
    assert len(claim.callouts) == 4


def test_list_bullets_are_not_part_of_the_claim(sample_text, tmp_path):
    old = "The prevalence of major depressive disorder (MDD) worldwide is estimated to be 5%,<sup>1</sup>"
    for bullet in ("- ", "* ", "• ", "1. "):
        analysis = analyse_text(sample_text.replace(old, bullet + old, 1), tmp_path)
        first = analysis.claims[0]
        assert first.text.startswith("The prevalence of major depressive disorder"), (bullet, first.text)


def test_a_callout_after_a_unit_letter_is_a_citation_when_the_numbering_says_so(sample_text, tmp_path):
    """"1247 m<sup>43</sup>." cites 43 when 43 is next in first-use order; R², m³ and Ca²⁺ beside
    real callouts stay exponents."""
    old = "partially affect depression.<sup>21</sup>"
    assert old in sample_text
    text = sample_text.replace(old, "partially affect depression at 1247 m<sup>21</sup>. The fit had R<sup>2</sup> = 0.9 "
                                    "in 3 m<sup>3</sup> of Ca<sup>2+</sup> buffer.", 1)
    analysis = analyse_text(text, tmp_path)
    sample = analyse_text(sample_text, tmp_path)
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]


def test_sources_named_by_number_in_running_text(sample, sample_text, tmp_path):
    """Nature's style: "as reviewed in ref. 12", "refs 13,14" — the numbers are callouts,
    the words stay in the claim; a reference electrode at 5 mV is not one."""
    text = _inject_in_first_paragraphs(sample_text, [
        "",  # (the first paragraph ends on a word the page break cut)
        "Earlier trials were reviewed in ref. 12 and in refs 13,14.",
        "The reference 5 mV electrode and a 3% solution (ref. 2%) were used.",
    ])
    analysis = analyse_text(text, tmp_path)
    added = [c for c in analysis.callouts if c.notation == "reference word"]
    assert [c.numbers for c in added] == [(12,), (13, 14)]
    claim = next(s for s in analysis.claims if any(c in s.callouts for c in added))
    assert claim.text == "Earlier trials were reviewed in ref. 12 and in refs 13,14."


def test_a_caption_label_is_not_a_sentence_of_its_own(sample, tmp_path):
    """"**Table 1.** RCTs published…" is one caption, with or without the bold marks."""
    assert "Table 1. RCTs published since 2018 (N > 40 for each RCT)" in [s.text for s in sample.sentences]
    analysis = analyse_text("# T\n\n## Results\n\n*Figure 2A.* Ketamine reduced scores in 40 patients [1].\n\n"
                            "## References\n\n1. Smith J. A trial. J Med. 2000;1:1-2.\n", tmp_path)
    assert [s.text for s in analysis.claims] == ["Figure 2A. Ketamine reduced scores in 40 patients."]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(pieces=st.lists(st.sampled_from(["ref. 12", "refs 3,4", "References 5–7", "Reference 2", "(ref. 12)", "(refs 3–5)",
                                        "preference 3", "Ref", "ref", " ", "(", ")", "and 4", "%", "12", ".", "\n", "x"]),
                       max_size=25))
def test_reference_words_found_from_their_openings_are_the_patterns_matches(pieces):
    from refgraph.citations.callouts import _REFERENCE_WORD, reference_word_matches

    text = "".join(pieces)
    assert [m.span() for m in reference_word_matches(text)] == [m.span() for m in _REFERENCE_WORD.finditer(text)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(pieces=st.lists(st.one_of(st.sampled_from(["<sup>12</sup>", "[3, 4]", " ", "\n", ".", "word", "Ket-", "al.", "”", ")",
                                                  " " * 600, "<sup>1</sup>" * 80]),
                                 st.text(max_size=700)), max_size=12),
       drops=st.integers(min_value=0, max_value=3))
def test_a_units_tail_and_ending_read_from_its_pieces_are_its_texts(pieces, drops):
    """Unit keeps its text as appended pieces: its tail, its last characters dropped and
    whether it ends a sentence are those of the whole text."""
    from refgraph.citations.blocks import Unit, _unit_ends_sentence, ends_sentence

    unit, text = Unit("paragraph", ()), ""
    for index, piece in enumerate(pieces):
        unit.append(piece, None if index % 2 else 10 * index)
        text += piece
    for _ in range(min(drops, len(text))):
        unit.drop_last()
        text = text[:-1]
    assert unit.length == len(text) and unit.tail(80) == text[-80:] and unit.tail(1) == text[-1:]
    assert _unit_ends_sentence(unit) == ends_sentence(text)
    assert unit.text == text


@settings(max_examples=500, deadline=None, derandomize=True)
@given(pieces=st.lists(st.sampled_from(["<sup>", "</sup>", "1", ",", "[", "]", " ", "\n", ".", "a", "<", "”", ")", "–",
                                        "<i>", "\u00a0", ";"]), max_size=16))
def test_closing_marks_read_backwards_are_the_patterns(pieces):
    """The callouts and spaces that end a paragraph, read backwards mark by mark, begin where
    the pattern that once scanned the whole paragraph found them."""
    from refgraph.citations.blocks import _closing_marks_start

    text = "".join(pieces)
    found = re.search(r"(?:<sup>[^<]*</sup>|\[[\d,\s–-]+\]|\s)+$", text)
    assert _closing_marks_start(text) == (found.start() if found else len(text))


def test_a_bracketed_number_used_as_a_noun_stays_in_its_claim(sample_text, tmp_path):
    """IEEE writing makes the number a noun: "as shown in [12]", "the authors of [13] and
    [14]", "[15] disagrees". Cut out, the claim would read "as shown in, …"; a number that
    only tags the end of a clause ("… in mice [16].") is still cut."""
    text = _rewrite_callouts(sample_text, lambda body: " [" + body + "]")
    text = _inject_in_first_paragraphs(text, [
        "", "As shown in [12], the effect is quick. The authors of [13] and [14] agree, while [15] disagrees. "
            "The effect was also seen in mice [16]."])
    claims = {s.text for s in analyse_text(text, tmp_path).claims}
    assert {"As shown in [12], the effect is quick.", "The authors of [13] and [14] agree, while [15] disagrees.",
            "The effect was also seen in mice."} <= claims


def test_isotope_ratios_do_not_outvote_parenthesised_callouts(sample_text, tmp_path):
    """Science's "(3–5)" callouts beside an isotope ratio printed many times, as a PDF's
    glyphs give it (δ<sup>18</sup>O): the raised mass number after the delta is no callout,
    and it must not make the superscripts the manuscript's notation."""
    parenthesised = _rewrite_callouts(sample_text, lambda body: " (" + body.replace(",", ", ") + ")")
    body, refs = parenthesised.split("#### REFERENCES")
    # (As often as the callouts are, so that they cannot win by number alone.)
    with_isotopes = re.sub(r" the (?=[a-z])", " the δ<sup>18</sup>O and the ", body, count=110) + "#### REFERENCES" + refs
    assert with_isotopes.count("δ<sup>18</sup>O") == 110
    expected = [c.numbers for c in analyse_text(parenthesised, tmp_path, "plain.md").callouts]
    found = analyse_text(with_isotopes, tmp_path, "isotopes.md").callouts
    assert [c.numbers for c in found] == expected and len(expected) == 110
    assert {c.notation for c in found} == {"parenthesis"}


def test_a_footnote_letter_raised_with_the_callout_is_not_part_of_it(sample, sample_text, tmp_path):
    """A PDF's glyphs run a table's footnote mark into the superscript before it:
    "evaluated,<sup>2,11,73, e</sup>" cites 2, 11 and 73; the letter marks a footnote."""
    body, refs = sample_text.split("#### REFERENCES")
    marked = re.sub(r"<sup>([\d,\-–]+)</sup>", r"<sup>\1, e</sup>", body) + "#### REFERENCES" + refs
    assert marked.count(", e</sup>") == len(sample.callouts)
    assert [c.numbers for c in analyse_text(marked, tmp_path).callouts] == [c.numbers for c in sample.callouts]


@pytest.mark.parametrize("byline, affiliations", [
    # As a journal's PDF reads back: marks after each name, the affiliations glued to theirs.
    ("Cheolmin Shin<sup>1</sup>, Hee-Jin Park<sup>2,3</sup> & Yong-Ku Kim<sup>1,3</sup>",
     "<sup>1</sup>Department of Psychiatry, Korea University Ansan Hospital, Ansan, Republic of Korea. "
     "<sup>2</sup>Seoul Mental Health Centre, Seoul, Republic of Korea. <sup>3</sup>These authors contributed equally."),
    # As Word and Markdown set them: a space after each name's mark, one affiliation a line.
    ("Cheolmin Shin <sup>1</sup> and Yong-Ku Kim <sup>1,2</sup>",
     "<sup>1</sup> Department of Psychiatry, Korea University Ansan Hospital, Ansan, Republic of Korea\n"
     "<sup>2</sup> Institute of Medicine, Korea University, Seoul, Republic of Korea"),
])
def test_affiliation_marks_are_not_callouts(sample, sample_text, tmp_path, byline, affiliations):
    """A byline's raised affiliation numbers, and the affiliations' own, cite nothing: read
    as callouts they cited the first references out of order, from no claim."""
    text = sample_text.replace("Cheolmin Shin and Yong-Ku Kim", byline, 1)
    text = text.replace("Department of Psychiatry, Korea University Ansan Hospital, Korea University College of Medicine, "
                        "Ansan, Republic of Korea", affiliations, 1)
    assert text.count("<sup>") > sample_text.count("<sup>") + 3
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def test_a_citation_before_a_sentence_naming_a_university_stays(sample, sample_text, tmp_path):
    """A callout raised after the words it supports is one, whatever the next sentence names."""
    first = next(c for c in sample.callouts if c.markup == "<sup>1</sup>")
    after = sample_text.index(first.markup, first.span.start) + len(first.markup)
    text = sample_text[:after] + " University hospitals, clinics and centres, in many countries, agree." + sample_text[after:]
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def test_no_list_numbers_an_entry_with_a_leading_zero(sample, sample_text, tmp_path):
    """A chart's axis labels in a PDF's figure ("051") are no citations of entry 51."""
    text = sample_text.replace("## INTRODUCTION", "0 2 4<sup>051</sup> 6<sup>08</sup>\n\n## INTRODUCTION", 1)
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]


def test_a_legends_comparison_indices_are_not_callouts(sample, sample_text, tmp_path):
    """Nature's figure legends number their comparisons with raised digits, "(n = 3;
    ¹*P = 0.014, ²*P = 0.019)": no citation of entries 1 and 2."""
    legend = ("Fig. 1 | Ketamine response. a, Change in score (n = 3; <sup>1</sup>*P = 0.014, <sup>2</sup>**P = 0.019, "
              "<sup>3</sup>****P < 0.0001).")
    text = sample_text.replace("## INTRODUCTION", legend + "\n\n## INTRODUCTION", 1)
    rewritten = analyse_text(text, tmp_path)
    assert [c.numbers for c in rewritten.callouts] == [c.numbers for c in sample.callouts]
