"""Author–date manuscripts: citations found and resolved, rules adapted, identity apart from labels."""
from __future__ import annotations

import re
import textwrap
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import APA, analyse_text, needs_corpus
from refgraph.checks import run_checks
from refgraph.checks.config import Config



@pytest.fixture
def apa(tmp_path):
    return analyse_text(APA, tmp_path, "apa.md")


def groups(analysis):
    return [(c.text, tuple(sorted(c.targets))) for c in analysis.callouts]


def _apa_citing(tmp_path, citations: str, entries: list[str]):
    """The APA sample whose last bracket ("others disagreed …") reads ``citations`` instead,
    with ``entries`` listed first: (its analysis, each entry's position by its title)."""
    text = APA.replace("others disagreed (Smith, 2018; Brown, 2021)", f"others disagreed {citations}")
    text = text.replace("## References\n\n", "## References\n\n" + "".join(f"{entry}\n\n" for entry in entries))
    analysis = analyse_text(text, tmp_path)
    return analysis, {r.title: r.position for r in analysis.references}


def test_parenthetical_and_narrative_groups_resolve(apa):
    assert apa.style == "author-date" and not apa.references.numbered
    assert [r.number for r in apa.references] == list(range(1, 9))  # numbers are list positions
    found = dict(groups(apa))
    assert found["(Correll et al., 2007; Plant & Peruche, 2005)"] == (1, 4)
    assert found["Smith and Jones (2019)"] == (5,)
    assert found["(e.g., Lee, 2020a, 2020b; see also Wortley & Homel, 1995, p. 4)"] == (2, 3, 8)
    assert found["(van der Berg, 2017)"] == (6,) and found["(Van der Berg, 2017)"] == (6,)
    assert found["(World Health Organization [WHO], 2020)"] == (7,)
    works = {w.text: w for c in apa.callouts for w in c.items}
    assert works["Wortley & Homel, 1995, p. 4"].locator == "p. 4"


@pytest.mark.parametrize("locator", [": 4", ":4", ": 4–6"])
def test_harvard_page_after_a_colon_is_the_works_locator(tmp_path, locator):
    """Harvard's "(Wortley & Homel 1995: 4)": the page belongs to the citation, and the
    claim keeps no "(: 4)"."""
    text = APA.replace("Wortley & Homel, 1995, p. 4", f"Wortley & Homel 1995{locator}")
    analysis = analyse_text(text, tmp_path, "harvard.md")
    works = {w.text: w for c in analysis.callouts for w in c.items}
    assert works[f"Wortley & Homel 1995{locator}"].locator == locator.strip(": ")
    assert not any(re.search(r"\(\s*:", s.text) for s in analysis.claims)


def test_a_group_that_opens_a_sentence_is_its_claims(tmp_path):
    """"… in 2019. (Plant & Peruche, 2005) showed the opposite.": the group is the next
    sentence's subject, not a citation at the end of the one before."""
    text = APA.replace("In 2019, 45 patients were enrolled.",
                       "In 2019, 45 patients were enrolled. (Plant & Peruche, 2005) showed the opposite.")
    analysis = analyse_text(text, tmp_path, "apa.md")
    carrying = {c.text: s for s in analysis.claims for c in s.callouts}
    assert carrying["(Plant & Peruche, 2005)"].text == "showed the opposite."
    enrolled = next(s for s in analysis.sentences if s.text.startswith("In 2019"))
    assert enrolled.text == "In 2019, 45 patients were enrolled." and not enrolled.callouts


def test_a_narrative_citation_wrapped_before_its_year(apa, tmp_path):
    """Hard-wrapped text (PDF, e-mail) can break a line between "Smith and Jones" and
    "(2019)": the claim is still the sentence, without the year, and no second claim made
    of the line alone appears."""
    wrapped = analyse_text(APA.replace("Smith and Jones (2019) argued", "Smith and Jones\n(2019) argued"), tmp_path, "apa.md")
    claims = lambda analysis: [(s.text, [c.targets for c in s.callouts]) for s in analysis.claims]
    assert claims(wrapped) == claims(apa)
    assert len(wrapped.sentences) == len(apa.sentences)


def test_numbers_in_prose_are_not_citations(apa):
    assert not any("2019, 45" in c.text or c.text.startswith("In 2019") for c in apa.callouts)


def test_narrative_names_stay_in_the_claim(apa):
    claim = next(s for s in apa.claims if any(c.text == "Smith and Jones (2019)" for c in s.callouts))
    assert claim.text == "Smith and Jones argued otherwise, and Smith et al. replied."


def test_rules_adapted_to_author_date(apa):
    findings = run_checks(apa, Config())
    by_rule = {}
    for f in findings:
        by_rule.setdefault(f.name, []).append(f)
    assert not by_rule.get("uncited-reference")  # every entry is cited by name and year
    assert [f.message for f in by_rule["undefined-citation"]] == ["'Brown, 2021' matches no entry in the reference list."]
    assert "the list has Smith for 2019" in by_rule["year-mismatch"][0].message
    assert by_rule["citation-form"][0].message.startswith("'Smith et al. (2019)' uses \"et al.\" for a work with 2 authors")
    assert "citation-order" not in by_rule  # the list is alphabetical


@pytest.mark.parametrize("printed, cited, message, fix", [
    ("(Correll et al., 2007;", "(Correll & Park, 2007;", "'Correll & Park, 2007' names 2 of the work's 4 authors.", "Write 'Correll et al.'"),
    ("(Correll et al., 2007;", "(Correll, 2007;", "'Correll, 2007' names 1 of the work's 4 authors.", "Write 'Correll et al.'"),
    ("Plant & Peruche, 2005)", "Plant, 2005)", "'Plant, 2005' names 1 of the work's 2 authors.", "Write 'Plant and Peruche'."),
])
def test_a_work_cited_by_fewer_of_its_names(tmp_path, printed, cited, message, fix):
    """Two of four names, or one of two, with no "et al.": every style asks for more."""
    text = APA.replace(printed, cited)
    assert text != APA
    findings = [f for f in run_checks(analyse_text(text, tmp_path), Config()) if f.name == "citation-form"]
    left_out = [f for f in findings if "of the work's" in f.message]
    assert [f.message for f in left_out] == [message] and left_out[0].suggestion.startswith(fix)


def test_a_work_cited_by_its_names_as_the_list_prints_them_is_not_flagged(apa):
    """"Smith and colleagues", "et al." for four, both names for two: nothing left out."""
    assert not [f for f in run_checks(apa, Config()) if "of the work's" in f.message]


def test_ambiguous_citation_and_alphabetical_order(tmp_path):
    text = APA.replace("Lee, K. (2020b). Second", "Lee, K. (2020). Second").replace("Lee, K. (2020a). First", "Lee, K. (2020). First")
    text = text.replace("(e.g., Lee, 2020a, 2020b;", "(e.g., Lee, 2020;")
    text = text.replace("Correll, J., Park", "Zimmer, J., Park").replace("(Correll et al., 2007;", "(Zimmer et al., 2007;")
    findings = run_checks(analyse_text(text, tmp_path), Config())
    ambiguous = [f for f in findings if f.name == "ambiguous-citation"]
    assert ambiguous and set(ambiguous[0].references) == {2, 3}
    assert any(f.name == "citation-order" and "not in alphabetical order" in f.message for f in findings)


def test_list_with_no_recognised_citations_says_so_once(tmp_path):
    body, refs = APA.split("## References")
    body = re.sub(r"\([^()]*\d{4}[^()]*\)", "", body)  # every citation removed
    text = body + "## References" + refs
    text = text.replace("Shooter bias", "Shooter bias[^1]")
    findings = run_checks(analyse_text(text, tmp_path), Config())
    assert [f.name for f in findings if f.severity == "error"] == ["citations-not-recognised"]
    assert not [f for f in findings if f.name == "uncited-reference"]


def test_duplicate_numbers_are_findings_not_crashes(sample_text, tmp_path):
    """Two entries printed with one number: both kept, the repeat reported, BibTeX written."""
    from refgraph.exports.bibtex import to_bibtex

    text = sample_text.replace("  41. ", "  40. ", 1)
    analysis = analyse_text(text, tmp_path)
    assert len(analysis.references) == 115 and [r.position for r in analysis.references] == list(range(1, 116))
    assert any(f.name == "reference-numbering" and "used twice" in f.message for f in run_checks(analysis, Config()))
    bib = to_bibtex(analysis.references)
    assert bib.count("@article{") + bib.count("@online{") + bib.count("@misc{") == 115


def test_bodies_named_with_their_acronyms_resolve(tmp_path):
    """APA 7 names a body in full with its acronym on first use, "(Department of the Navy
    [DON], 1995)", and by the acronym after, "(DON, 1995)"; the list names it "Department
    of the Navy (DON). 1995." Names joined by "of the", "on" or "and" are one body's."""
    from conftest import APA, analyse_text

    bodies = {
        "Department of the Navy (DON). 1995. Generic disposal plan for Hawaii. Pearl Harbor, HI: Naval Facilities Engineering Command.":
            ["Department of the Navy [DON], 1995", "DON, 1995"],
        "Intergovernmental Panel on Climate Change (IPCC). 2021. Climate change 2021: The physical science basis. Cambridge University Press.":
            ["Intergovernmental Panel on Climate Change [IPCC], 2021", "IPCC, 2021"],
        "Food and Agriculture Organization of the United Nations (FAO). 2020. The state of world fisheries and aquaculture. Rome: FAO.":
            ["Food and Agriculture Organization of the United Nations, 2020", "FAO 2020"],
        "World Health Organization (WHO). (2019). Global tuberculosis report. Geneva: WHO.":
            ["World Health Organization [WHO], 2019", "WHO, 2019"],
    }
    cited = " ".join(f"Claim {i} holds ({c})." for i, c in enumerate((c for cs in bodies.values() for c in cs), 1))
    text = APA.replace("In 2019, 45 patients were enrolled.", "In 2019, 45 patients were enrolled. " + cited)
    text = text.replace("Lee, K. (2020a).", "\n\n".join(bodies) + "\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    for entry, citations in bodies.items():
        ref = next(r for r in analysis.references if r.text.startswith(entry[:20]))
        for citation in citations:
            callout = next(c for c in analysis.callouts if c.text == f"({citation})")
            assert callout.targets == (ref.position,), citation
    from refgraph.checks import run_checks
    from refgraph.checks.config import Config

    assert not [f for f in run_checks(analysis, Config()) if any(c in f.message for cs in bodies.values() for c in cs)]



def test_legal_acts_cited_by_their_designation(tmp_path):
    """Brazilian APA files an act under its designation, "Lei n° 13.146, de 6 de julho de
    2015. Institui …", and the text cites it so, in brackets or in the sentence: "(Lei n°
    13.146/2015)", "conforme a Resolução nº 4/2009". The entry keeps its designation as the
    title and its date's year; an act the list does not hold stays prose."""
    acts = ["Lei n° 13.146, de 6 de julho de 2015. Institui a Lei Brasileira de Inclusão da Pessoa com Deficiência. "
            "https://www.planalto.gov.br/ccivil_03/lei/l13146.htm",
            "Resolução nº 4, de 2 de outubro de 2009. Institui Diretrizes Operacionais para o Atendimento Educacional "
            "Especializado. http://portal.mec.gov.br/rceb004_09.pdf"]
    claims = ("Inclusion is a right (Lei nº 13.146/2015). Support follows, conforme a Resolução nº 4/2009, in every school. "
              "The Lei nº 9.394/1996 is older.")
    text = APA.replace("In 2019, 45 patients were enrolled.", "In 2019, 45 patients were enrolled. " + claims)
    text = text.replace("Lee, K. (2020a).", "\n\n".join(acts) + "\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    law, resolution = (next(r for r in analysis.references if r.text.startswith(a[:12])) for a in acts)
    assert (law.title[:36], law.year, law.authors, law.volume) == ("Lei n° 13.146, de 6 de julho de 2015", "2015", (), "")
    assert resolution.year == "2009"
    linked = {c.text: c.targets for c in analysis.callouts if "13.146" in c.text or "Resolução" in c.text or "9.394" in c.text}
    assert linked == {"(Lei nº 13.146/2015)": (law.position,), "Resolução nº 4/2009": (resolution.position,)}
    sentence = next(s for s in analysis.sentences if "conforme" in s.text)
    assert "Resolução nº 4/2009" in sentence.text  # named in the sentence, so kept in the claim


def test_in_press_and_undated_works_of_one_author_are_told_apart(tmp_path):
    """"(Lee, in press)" cites the entry in press and "(Lee, n.d.)" the undated one, not both
    (each had resolved to both, a false ambiguity); German "S. 12" is a page locator."""
    entries = ["Lee, K. (in press). Sleep and memory in adolescents. Journal of Sleep.",
               "Lee, K. (n.d.). Sleep hygiene guide. Retrieved from https://example.org/sleep",
               "Müller, H., & Schmidt, K. (2010). Schlaf und Gedächtnis. Zeitschrift für Schlaf, 1, 1–2."]
    claims = "Sleep shapes memory (Lee, in press). Hygiene helps (Lee, n.d.). Both hold (Müller & Schmidt, 2010, S. 12)."
    text = APA.replace("In 2019, 45 patients were enrolled.", "In 2019, 45 patients were enrolled. " + claims)
    text = text.replace("Lee, K. (2020a).", "\n\n".join(entries) + "\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    press, undated, german = (next(r for r in analysis.references if r.text.startswith(e[:25])) for e in entries)
    linked = {c.text: c.targets for c in analysis.callouts}
    assert linked["(Lee, in press)"] == (press.position,)
    assert linked["(Lee, n.d.)"] == (undated.position,)
    assert linked["(Müller & Schmidt, 2010, S. 12)"] == (german.position,)


def test_et_al_without_a_letter_is_not_the_single_authors_work(tmp_path):
    """"Smith et al. (2010)" where the list holds Smith 2010 alone and Smith, Lee & Park
    2010a and 2010b: the citation is one of the co-authored two (ambiguous, and so reported),
    never Smith's own work (it had been linked there, silently)."""
    entries = ["Smith, J. (2010). Sleep in shift workers. Journal of Sleep, 1, 1–2.",
               "Smith, J., Lee, K., & Park, S. (2010a). Naps and memory. Journal of Sleep, 2, 3–4.",
               "Smith, J., Lee, K., & Park, S. (2010b). Naps and mood. Journal of Sleep, 3, 5–6."]
    text = APA.replace("In 2019, 45 patients were enrolled.", "In 2019, 45 patients were enrolled. Naps help (Smith et al., 2010).")
    text = text.replace("Lee, K. (2020a).", "\n\n".join(entries) + "\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    alone, first, second = (next(r for r in analysis.references if r.text.startswith(e[:40])) for e in entries)
    callout = next(c for c in analysis.callouts if c.text == "(Smith et al., 2010)")
    assert callout.targets == (first.position, second.position)
    assert any(f.name == "ambiguous-citation" for f in run_checks(analysis, Config()) if "Smith et al., 2010" in f.message)


def test_a_catalan_double_surname_joined_by_i(tmp_path):
    """Catalan double surnames join their parts with "i" ("Prat i Fornells"), printed
    capitalised in titles and some lists; the citation names the whole surname (entry and
    sentence from actaamazonica_2022_2951, CC BY)."""
    entry = ("Sherwin, W.B.; Prat I Fornells, N. 2019. The introduction of entropy and information methods to "
             "ecology by Ramon Margalef. Entropy, 21: 794.")
    claims = "Such indices reduce the effect of sample size (Sherwin and Prat I Fornells 2019). So do others (Sherwin & Prat i Fornells, 2019)."
    text = APA.replace("In 2019, 45 patients were enrolled.", "In 2019, 45 patients were enrolled. " + claims)
    text = text.replace("Lee, K. (2020a).", entry + "\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    ref = next(r for r in analysis.references if r.text.startswith("Sherwin"))
    assert [a.family for a in ref.authors] == ["Sherwin", "Prat I Fornells"]
    linked = [c for c in analysis.callouts if "Fornells" in c.text]
    assert [c.targets for c in linked] == [(ref.position,), (ref.position,)]


def test_list_order_of_text_read_from_a_pdf_is_no_evidence(tmp_path):
    """An author–date list out of alphabetical order is a finding where the author typed
    it; in text extracted from a PDF's pages, whose columns pdftotext may interleave, the
    order is the extraction's and is not reported."""
    from conftest import paged

    plant = next(p for p in APA.split("\n\n") if p.startswith("Plant, E. A."))
    smith = next(p for p in APA.split("\n\n") if p.startswith("Smith, J., & Jones"))
    swapped = APA.replace(plant, "\0").replace(smith, plant).replace("\0", smith)
    order = lambda analysis: [f for f in run_checks(analysis, Config()) if "alphabetical" in f.message]
    assert order(analyse_text(swapped, tmp_path))
    extracted = tmp_path / "extracted.txt"
    extracted.write_text(paged(swapped, lines_per_page=20), encoding="utf-8")
    from refgraph.pipeline import analyse

    analysis = analyse(extracted)
    assert len(analysis.references) == 8 and order(analysis) == []

@needs_corpus()
def test_author_year_corpus_groups_and_fields():
    from corpus import cases, score_citations, score_references, shared_dir

    found = expected = right = total = 0
    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        f, e, _, _ = score_citations(case)
        r, t, *_ = score_references(case)
        found, expected, right, total = found + f, expected + e, right + r, total + t
    assert expected > 500 and found / expected >= 0.96, f"{found}/{expected}"
    assert right / total >= 0.96, f"{right}/{total}"


@needs_corpus()
@pytest.mark.parametrize("layout", ["one per line", "hard-wrapped", "hanging indent", "narrow column with page breaks"])
def test_unnumbered_list_without_blank_lines(layout, tmp_path):
    """No blank lines between entries (PDF text): split by the hanging indent where the
    layout kept it, else where a line opens with names or by overlong lines; blank lines
    where a page or column broke do not end an entry."""
    from corpus import cases, shared_dir

    right = total = 0
    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        head, refs = (case / "manuscript.md").read_text(encoding="utf-8").split("## References")
        entries = [re.sub(r"\s+", " ", e.strip()) for e in refs.strip().split("\n\n") if e.strip()]
        if layout == "one per line":
            body = "\n".join(entries)
        elif layout == "narrow column with page breaks":
            # PDF text of a two-column page: 45 columns, and a blank line wherever a column
            # or page breaks, often inside an entry.
            lines = [line for e in entries for line in textwrap.wrap(e, 45, break_on_hyphens=False, break_long_words=False)]
            body = "\n".join(line + ("\n" if index % 37 == 36 else "") for index, line in enumerate(lines))
        else:
            indent = "    " if layout == "hanging indent" else ""
            body = "\n".join("\n".join(textwrap.wrap(e, 80, subsequent_indent=indent, break_on_hyphens=False)) for e in entries)
        got = {re.sub(r"\s+", " ", r.raw) for r in analyse_text(head + "## References\n\n" + body + "\n", tmp_path).references}
        right, total = right + len(got & set(entries)), total + len(entries)
    assert right / total >= 0.97, f"{right}/{total}"


@needs_corpus()
def test_wrapped_entries_each_a_paragraph_keep_every_entry(tmp_path):
    """Entries wrapped at 60 columns, a blank line after each (Markdown or text filled
    to a width): the blank lines end entries, so one that opens with an organisation
    ("1000 Genomes Project Consortium", "LANDFIRE: …") is not run into the one before."""
    from corpus import cases, shared_dir

    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        head, refs = (case / "manuscript.md").read_text(encoding="utf-8").split("## References")
        entries = [re.sub(r"\s+", " ", e.strip()) for e in refs.strip().split("\n\n") if e.strip()]
        body = "\n\n".join("\n".join(textwrap.wrap(e, 60, break_on_hyphens=False, break_long_words=False)) for e in entries)
        got = [re.sub(r"\s+", " ", r.raw) for r in analyse_text(head + "## References\n\n" + body + "\n", tmp_path).references]
        assert got == [re.sub(r"\s+", " ", r.raw) for r in analyse_text(head + "## References" + refs, tmp_path).references], case.name


@needs_corpus()
def test_a_crowded_paragraph_says_blank_lines_are_breaks(tmp_path):
    """PDF text whose blank lines fall at column breaks: one paragraph holds ten wrapped
    entries, the rest one each (as where pdftotext interleaves notes with a bibliography).
    The crowded paragraph shows that blank lines do not end entries."""
    from corpus import cases, shared_dir

    case = next(c for c in cases(shared_dir() / "corpus-dev" / "author-year") if c.name.startswith("elife"))
    head, refs = (case / "manuscript.md").read_text(encoding="utf-8").split("## References")
    entries = [re.sub(r"\s+", " ", e.strip()) for e in refs.strip().split("\n\n") if e.strip()]
    wrapped = ["\n".join(textwrap.wrap(e, 60, break_on_hyphens=False, break_long_words=False)) for e in entries]
    body = "\n".join(wrapped[:10]) + "\n\n" + "\n\n".join(wrapped[10:])
    got = [re.sub(r"\s+", " ", r.raw) for r in analyse_text(head + "## References\n\n" + body + "\n", tmp_path).references]
    assert len(got) >= len(entries) - 1 and set(entries[:10]) <= set(got)


@needs_corpus()
def test_html_character_references_read_as_their_characters(tmp_path):
    """Markdown converted from HTML that kept "&amp;", "&ndash;", "&ldquo;": the citations
    and the list read as with the characters themselves."""
    from corpus import cases, shared_dir

    for case in cases(shared_dir() / "corpus-dev" / "author-year")[:4]:
        text = (case / "manuscript.md").read_text(encoding="utf-8")
        escaped = text.replace(" & ", " &amp; ").replace("–", "&ndash;").replace("“", "&#8220;").replace("”", "&#x201D;")
        plain, coded = analyse_text(text, tmp_path), analyse_text(escaped, tmp_path, "escaped.md")
        assert [c.targets for c in coded.callouts] == [c.targets for c in plain.callouts], case.name
        assert [r.title for r in coded.references] == [r.title for r in plain.references], case.name


@needs_corpus()
def test_accents_written_as_combining_marks_read_as_composed(tmp_path):
    """Text from a PDF or a Mac that spells "ä" as "a" and a combining mark (NFD): the
    citations, the list's names and the claims read as in the composed text."""
    import unicodedata

    from corpus import cases, shared_dir

    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        text = unicodedata.normalize("NFC", (case / "manuscript.md").read_text(encoding="utf-8"))
        decomposed = unicodedata.normalize("NFD", text)
        if decomposed == text:
            continue
        plain, marked = analyse_text(text, tmp_path), analyse_text(decomposed, tmp_path, "decomposed.md")
        assert [c.targets for c in marked.callouts] == [c.targets for c in plain.callouts], case.name
        assert [r.authors for r in marked.references] == [r.authors for r in plain.references], case.name
        assert [s.text for s in marked.claims] == [s.text for s in plain.claims], case.name


def test_abnt_citations_part_authors_with_semicolons(tmp_path):
    """ABNT: "(SILVA; SOUZA, 2019)" is one work by two authors, in capitals or not; a
    semicolon after a year still parts two works."""
    refs = ("BRONSELAER, B.; ZANNA, L. Heat and carbon coupling. **Nature**, v. 584, p. 227-233, 2020.\n\n"
            "SMITH, J. Another work on things. **Journal of Stuff**, v. 1, p. 1-2, 2019.\n\n"
            "JONES, K. Third work on matters. **Journal of Stuff**, v. 2, p. 3-4, 2018.")
    body = "Warming is large (BRONSELAER; ZANNA, 2020). It is (Smith, 2019; JONES, 2018). Also (Bronselaer; Zanna, 2020, p. 228)."
    analysis = analyse_text(f"# T\n\n## Introdução\n\n{body}\n\n## Referências\n\n{refs}\n", tmp_path)
    assert [c.targets for c in analysis.callouts] == [(1,), (2, 3), (1,)]


def test_names_in_cyrillic_korean_chinese_and_japanese_are_cited_and_resolved(tmp_path):
    """Author–date citations of names in other scripts: Cyrillic capitals open a name like
    Latin ones ("Клепиков (1978)"); a run of Hangul, Han or kana is a name where it names
    an entry ("(김유승, 2013)", "中井えり子 (2015)") — and only there: "年鉴 (2019)", naming
    nothing, is no citation (and so no undefined-citation error)."""
    refs = ("Клепиков, С. А. 1978. Филиграни на бумаге русского производства. Москва: Наука.\n\n"
            "김유승. 2013. 대통령기록의 보호와 공개를 둘러싼 쟁점과 제도적 과제. 한국기록관리학회지, 13(2), 1-20.\n\n"
            "中井えり子 (2015). 大学図書館と特殊コレクション. カレントアウェアネス, 323, 8-10.\n\n"
            "赵晓刚, 2013, 沈阳营盘山山城和董楼子山城考古调查, 东北史地, 2, 3-9.")
    body = ("Как показал Клепиков (1978), бумага датируется. 대통령기록은 공개된다 (김유승, 2013). "
            "As 中井えり子 (2015) showed, collections grow. The survey (赵晓刚, 2013) dates the site. "
            "统计年鉴 (2019) lists the sites.")
    analysis = analyse_text(f"# T\n\n## Introduction\n\n{body}\n\n## References\n\n{refs}\n", tmp_path)
    assert [c.targets for c in analysis.callouts] == [(1,), (2,), (3,), (4,)]
    from refgraph.checks import run_checks

    assert not [f for f in run_checks(analysis) if f.name in ("undefined-citation", "uncited-reference")]
    # A Japanese name printed with its given name, "山岸 喬", is cited by the family name.
    text = "# T\n\n## Introduction\n\n研究がある (山岸, 2016)。As 山岸 (2016) showed, it works.\n\n## References\n\n" \
           "山岸 喬. 2016. 生薬シリーズ 173 ソウジシ. 漢方研究. 532(4): 131-132.\n"
    assert [c.targets for c in analyse_text(text, tmp_path).callouts] == [(1,), (1,)]


def test_a_surname_that_is_also_a_word_is_cited_where_it_names_an_entry(tmp_path):
    """"(Fall, 2007)", "As Fall (2007) argued", "(Sera and Early, 2003)": words the citation
    finder passes over ("In the Fall of 2007", "in Early 2007") are names where an entry
    bears them — and only there."""
    refs = ("Fall, J.J. 2007. Lost geographers: power games. Progress in Human Geography 31, 195-216.\n\n"
            "Sera, W. E., and C. N. Early. 2003. Microtus montanus. Mammalian Species 716: 1-10.\n\n"
            "Smith, J. 2007. Rain in autumn. Weather 5: 1-2.")
    body = ("Geographers were lost (Fall, 2007). As Fall (2007) argued, ideas circulate. Voles are small "
            "(Sera and Early, 2003). In the Fall of 2007 it rained (Smith, 2007). In Early 2008 it snowed (Smith, 2007).")
    analysis = analyse_text(f"# T\n\n## Introduction\n\n{body}\n\n## References\n\n{refs}\n", tmp_path)
    assert [(c.text, c.targets) for c in analysis.callouts] == [
        ("(Fall, 2007)", (1,)), ("Fall (2007)", (1,)), ("(Sera and Early, 2003)", (2,)), ("(Smith, 2007)", (3,)),
        ("(Smith, 2007)", (3,))]


def test_a_column_break_inside_a_hard_wrapped_list(tmp_path):
    """PDF text of a two-column page: an entry may stop mid-line where its column broke
    ("… Proc Natl" / blank / "Lindqvist K, …"); names with their year after the break open
    the next entry, while a list of names cut after "&", a particle or before someone's
    initials goes on; so do names after an entry cut after a comma once it has its year and
    title ("… Science, 297," / blank / "Sabine, C. L., Feely, R. A., …"), or after any word once
    it has them, its rest set elsewhere ("… management in" / blank / "Ulloa C, Malhado AM, …")."""
    lines = """Albrecht JD, Berger O (2021) The biological carbon pump in
CMIP6 models: 21st century trends and
uncertainties. Proc Natl

Lindqvist K, Eby M, Weaver AJ (2008) Carbon-cycle
feedbacks of changes in the Atlantic meridional
overturning circulation. J Clim 21:5–20.
Moreau, J., Park, B., Judd, C. M., &

Wittenbrink, B. (2002). The police officer's
dilemma. Journal of Personality 83(6), 1314–1329.
Nunes N, Hudson G, Burt AD, Day CP, Chinnery

PF. 2009. Human liver stem cells originate from
the canals of Hering. Hepatology 50:992-1000.
Okafor M, Basu N. B., Van

Cappellen P. (2022). Managing nitrogen legacies to
accelerate water quality. Science 376:1–5.
Perez L, Gomez A (2019) A short note on
ocean heat uptake. Nat Clim Chang 9:10–12.
Quinn, E., Thomas, R. H. (2012). Mass balance of
polar ice sheets. Science, 297,

Sabine, C. L., Feely, R. A., Gruber, N., et al.

(2004). The oceanic sink for anthropogenic CO2.
Science, 305, 367–371.
Tanaka K, Dearden P. 2014. Why local people do not
support conservation: governance and management in

Ulloa C, Malhado AM, Jepson P, Ladle R.
2016. Modelling local attitude to protected areas.
Conservation and Society 14:163-182."""
    text = ("# T\n\nClaims (Albrecht and Berger 2021; Lindqvist et al. 2008; Moreau et al. 2002; Nunes et al. 2009; "
            "Okafor et al. 2022; Perez and Gomez 2019; Quinn and Thomas 2012; Sabine et al. 2004; Tanaka and Dearden 2014; "
            "Ulloa et al. 2016).\n\n## References\n\n" + lines + "\n")
    references = list(analyse_text(text, tmp_path).references)
    assert [r.authors[0].family for r in references] == ["Albrecht", "Lindqvist", "Moreau", "Nunes", "Okafor", "Perez", "Quinn",
                                                         "Sabine", "Tanaka", "Ulloa"]
    assert [r.year for r in references] == ["2021", "2008", "2002", "2009", "2022", "2019", "2012", "2004", "2014", "2016"]


def test_hard_wrapped_name_year_entries_open_with_et_al_and_or_a_suffix(tmp_path):
    """CSE name-year lists name the first author and "et al." ("Frye MA et al. 2007."),
    SAGE Harvard joins two with "and" ("Sanacora G and Banasr M (2013)"), and a suffix may
    follow the initials ("Zarate CA Jr, …"): hard-wrapped without indents, each such line
    opens an entry."""
    lines = """Albrecht JD et al. 2021. The biological carbon pump in
CMIP6 models: 21st century trends and uncertainties. Proc
Natl Acad Sci USA. 118:e2102.
Lindqvist K et al. 2008. Carbon-cycle feedbacks of changes
in the Atlantic meridional overturning circulation. J Clim.
21:5–20.
Moreau J, Park B. 2002. The police officer's dilemma. J Pers.
83:1314–1329.
Nunes N et al. 2009. Human liver stem cells originate from
the canals of Hering. Hepatology. 50:992–1000.
Okafor N and Basu B (2022) Managing nitrogen legacies. Science
376: 1–5.
Perez L Jr, Gomez A, Ruiz M (2019) A short note on ocean heat
uptake. Nat Clim Chang 9: 10–12."""
    text = ("# T\n\nClaims (Albrecht et al. 2021; Lindqvist et al. 2008; Moreau and Park 2002; Nunes et al. 2009; "
            "Okafor and Basu 2022; Perez et al. 2019).\n\n## References\n\n" + lines + "\n")
    references = list(analyse_text(text, tmp_path).references)
    assert [r.authors[0].family for r in references] == ["Albrecht", "Lindqvist", "Moreau", "Nunes", "Okafor", "Perez"]
    assert [r.year for r in references] == ["2021", "2008", "2002", "2009", "2022", "2019"]


def test_an_organisation_entry_and_a_doubled_join_resolve(tmp_path):
    """A German organisation as author (its entry read without a person) is found by the
    words that open the entry; names joined twice by "&" are still one work."""
    from conftest import APA, analyse_text

    text = APA.replace("the WHO agreed (World Health Organization [WHO], 2020).",
                       "the WHO agreed (World Health Organization [WHO], 2020; Deutsche Hochschule der Polizei, 2024; "
                       "Correll, Park, Judd, & Wittenbrink, & Sadler, 2007).")
    text = text.replace("Lee, K. (2020a).", "Deutsche Hochschule der Polizei. (2024). MEGAVO study: Project report 2021–2024. "
                                            "Münster, Deutsche Hochschule der Polizei.\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    group = next(c for c in analysis.callouts if "Deutsche" in c.text)
    works = {w.text: w.targets for w in group.items}
    entry = next(r for r in analysis.references if r.text.startswith("Deutsche"))
    assert works["Deutsche Hochschule der Polizei, 2024"] == (entry.position,)
    correll = next(r for r in analysis.references if r.text.startswith("Correll"))
    assert works["Correll, Park, Judd, & Wittenbrink, & Sadler, 2007"] == (correll.position,)


@needs_corpus()
def test_years_of_one_name_listed_with_semicolons(apa, tmp_path):
    """"(Lee, 2020a; 2020b)": a year after a semicolon, with no name, is the same author's."""
    from conftest import APA, analyse_text

    assert "Lee, 2020a, 2020b" in APA
    rewritten = analyse_text(APA.replace("Lee, 2020a, 2020b", "Lee, 2020a; 2020b"), tmp_path)
    lee = lambda analysis: next(c.targets for c in analysis.callouts if "Lee, 2020a" in c.text)
    assert lee(rewritten) == lee(apa) and len(lee(apa)) == 3  # both of Lee's, and Wortley & Homel


def test_possessive_narrative_citations_resolve(tmp_path):
    """"Smith et al.'s (2019) model": the author-year corpus with every narrative "et al."
    citation made possessive gives its groups as before (34 of them were lost)."""
    import shutil

    from corpus import cases, score_citations, shared_dir

    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        text = (case / "manuscript.md").read_text(encoding="utf-8")
        possessive = re.sub(r"\b([A-Z][a-z]+ et al\.) \((\d{4}[a-z]?)\)", r"\1's (\2)", text)
        folder = tmp_path / case.name
        folder.mkdir()
        shutil.copy(case / "gold.json", folder / "gold.json")
        (folder / "manuscript.md").write_text(possessive, encoding="utf-8")
        assert score_citations(folder)[0] == score_citations(case)[0], case.name


@needs_corpus()
@pytest.mark.parametrize("services", ["Article CAS PubMed Google Scholar",
                                      "Wiley Online Library PubMed Web of Science® Google Scholar"])
def test_a_web_page_s_service_links_after_each_entry_are_no_entries(tmp_path, services):
    """Markdown copied from a publisher's page: a line of service links after each entry,
    in unnumbered and numbered lists. Each article reads as it did without them."""
    import shutil

    from corpus import cases, corpus_dir, score_citations, score_references, shared_dir

    from refgraph.pipeline import analyse

    chosen = cases(shared_dir() / "corpus-dev" / "author-year")[:4] + cases(corpus_dir())[:2]
    for case in chosen:
        original = analyse(case / "manuscript.md")
        text = original.source.text  # (spans index the decoded text, its accents composed)
        for ref in sorted(original.references, key=lambda r: -r.span.end):
            text = text[:ref.span.end] + "\n\n" + services + "\n" + text[ref.span.end:]
        folder = tmp_path / f"{case.name}"
        folder.mkdir()
        shutil.copy(case / "gold.json", folder / "gold.json")
        (folder / "manuscript.md").write_text(text, encoding="utf-8")
        assert score_references(folder)[:2] == score_references(case)[:2], case.name
        assert score_citations(folder)[0] == score_citations(case)[0], case.name


def _cited_as(ref, et_al: str = "et al.", comma: str = ",") -> str:
    """How an author–date text cites ``ref``: "Berman et al., 2000", "Duman and Aghajanian, 2012"."""
    names = [a.family or a.literal for a in ref.authors]
    lead = names[0] if len(names) == 1 and not ref.et_al else (
        f"{names[0]} and {names[1]}" if len(names) == 2 and not ref.et_al else f"{names[0]} {et_al}")
    return f"{lead}{comma} {ref.year}{ref.year_suffix}"


@needs_corpus()
@pytest.mark.parametrize("et_al, comma, after", [("et al.", ",", "\n"), ("*et alii*", "", " : ")])
def test_entries_listed_under_the_citations_that_cite_them(tmp_path, et_al, comma, after):
    """ScienceDirect's layout: each entry under its citation on a line of its own
    ("Berman et al., 2000" / "R.M. Berman, …"); French humanities journals set the
    citation before the entry on its line ("Berman *et alii* 2000 : BERMAN (R. M.), …").
    The label is no part of the entry: each author–date article reads as it did without
    the labels."""
    import shutil

    from corpus import cases, score_citations, score_references, shared_dir

    from refgraph.pipeline import analyse

    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        original = analyse(case / "manuscript.md")
        text = original.source.text
        labelled = 0
        for ref in sorted(original.references, key=lambda r: -r.span.start):
            if ref.authors and ref.year and not ref.label:
                text = text[:ref.span.start] + _cited_as(ref, et_al, comma) + after + text[ref.span.start:]
                labelled += 1
        assert labelled >= 0.8 * len(original.references), case.name
        folder = tmp_path / case.name
        folder.mkdir()
        shutil.copy(case / "gold.json", folder / "gold.json")
        (folder / "manuscript.md").write_text(text, encoding="utf-8")
        assert score_references(folder)[:2] == score_references(case)[:2], case.name
        assert score_citations(folder)[0] == score_citations(case)[0], case.name


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_entries_under_their_citations_with_a_field_on_each_line(sample, tmp_path, between):
    """The sample's list as ScienceDirect prints an author–date list: a label line, then
    names, title and source each on a line of their own ("J.H. Krystal" / "Ketamine and
    …" / "Swiss Med. Wkly., 137 (2007), pp. 215-216"), and its service links; copied from
    the page, with or without blank lines between the entries. Every field is the
    sample's, and a label's year letter goes to its entry."""
    entries = []
    for ref in sample.references:
        if not (ref.authors and ref.title and ref.journal and ref.volume and ref.pages):
            continue
        names = ", ".join(f"{'.'.join(a.initials)}. {a.family}" for a in ref.authors) + (", et al." if ref.et_al else "")
        entries.append((ref, f"{_cited_as(ref)}\n{names}\n{ref.title}\n{ref.journal}, {ref.volume} ({ref.year}), "
                             f"pp. {ref.pages}\nView PDF View article View in Scopus Google Scholar"))
    text = "# Review\n\n## Introduction\n\nKetamine acts fast.\n\n## References\n\n" + between.join(e for _, e in entries)
    read = analyse_text(text, tmp_path).references
    assert len(read) == len(entries) > 90
    fields = lambda r: ([(a.family, a.initials) for a in r.authors], r.et_al, r.title, r.journal, r.year, r.volume, r.pages)
    wrong = [ours.number for (theirs, _), ours in zip(entries, read) if fields(ours) != fields(theirs)]
    assert wrong == []
    assert all(ours.label == _cited_as(theirs) for (theirs, _), ours in zip(entries, read))


def test_possessive_names_and_an_apostrophe_inside_a_name(apa, tmp_path):
    text = APA.replace("Smith and Jones (2019)", "Smith and Jones's (2019)").replace("Smith et al. (2019)", "Smith et al.'s (2019)")
    rewritten = analyse_text(text, tmp_path, "apa.md")
    assert [targets for _, targets in groups(rewritten)] == [targets for _, targets in groups(apa)]
    assert {"Smith and Jones's (2019)", "Smith et al.'s (2019)"} <= {text for text, _ in groups(rewritten)}


@pytest.mark.parametrize("et_al", ["*et al.*", "_et al._", "<i>et al.</i>", "*et al*."])
def test_italic_et_al_reads_as_et_al(apa, tmp_path, et_al):
    """Journals set "et al." in italics, and so does Markdown converted from them."""
    rewritten = analyse_text(APA.replace("et al.", et_al), tmp_path, "apa.md")
    assert groups(rewritten) == [(text.replace("et al.", et_al), targets) for text, targets in groups(apa)]
    assert [s.text for s in rewritten.claims] == [s.text for s in apa.claims]


@pytest.mark.parametrize("et_al", ["u. a.", "et coll.", "e col.", "y cols.", "и др.", "i wsp.", "mfl.", "e.a.",
                                   "dkk.", "vd.", "idr.", "i sur.", "ir kt.", "ym.", "*and others*"])
def test_et_al_in_other_languages(apa, tmp_path, et_al):
    """German (DIN 1505), French, Portuguese, Spanish, Russian (GOST), Polish, Danish and
    Norwegian, and Dutch lists cite "et al." their way; so do CSL's locales (Indonesian,
    Turkish, Slovenian, Croatian, Lithuanian, Finnish) and Biostatistics' italic "and others"."""
    body, references = APA.split("## References")
    rewritten = analyse_text(body.replace("et al.", et_al) + "## References" + references, tmp_path, "apa.md")
    assert groups(rewritten) == [(text.replace("et al.", et_al), targets) for text, targets in groups(apa)]
    assert any(et_al in text for text, _ in groups(rewritten))


@pytest.mark.parametrize("conjunction", ["a", "dan", "és", "ja", "și"])
def test_and_between_two_names_in_other_languages(apa, tmp_path, conjunction):
    """Czech and Slovak "(Smith a Jones, 2019)", Indonesian "dan", Hungarian "és", Finnish
    "ja", Romanian "și": two authors cited as their language joins them."""
    body, references = APA.split("## References")
    assert " and " in body
    rewritten = analyse_text(body.replace(" and ", f" {conjunction} ") + "## References" + references, tmp_path, "apa.md")
    assert [targets for _, targets in groups(rewritten)] == [targets for _, targets in groups(apa)]


def test_full_width_brackets_and_separators_cite_as_their_ascii_forms(apa, tmp_path):
    """Chinese journals print author–date groups full width: "（Correll 等，2007；Plant & Peruche，2005）".
    The callouts are found and resolved as their ASCII forms are, and keep their markup as printed."""
    body, references = APA.split("## References")
    wide = re.sub(r"\(([^()]*\d{4}[a-z]?)\)", lambda m: "（" + m.group(1).replace(", ", "，").replace("; ", "；") + "）", body)
    rewritten = analyse_text(wide + "## References" + references, tmp_path, "apa.md")
    assert [c.targets for c in rewritten.callouts] == [c.targets for c in apa.callouts]
    assert "（Correll et al.，2007；Plant & Peruche，2005）" in [c.markup for c in rewritten.callouts]


def test_works_without_authors_are_cited_by_their_title(tmp_path):
    """APA and Chicago cite a work with no author by its title, in italics or quotes, and
    its year or "n.d." ("(*Guide to police training*, 2021)"); a title no entry opens
    with stays unresolved rather than guessed."""
    text = APA.replace("(Smith, 2018; Brown, 2021)", "(Smith, 2018; *Guide to Police Training*, 2021; “Bias in the News,” n.d.)")
    text = text.replace("Lee, K. (2020a).", "*Guide to police training: a handbook for officers*. (2021). Police Press.\n\n"
                                            "Bias in the news. (n.d.). Retrieved March 5, 2020, from https://example.org/bias\n\n"
                                            "Lee, K. (2020a).")
    analysis = analyse_text(text, tmp_path, "apa.md")
    guide = next(r for r in analysis.references if r.title.startswith("Guide to police"))
    news = next(r for r in analysis.references if r.title.startswith("Bias in the news"))
    group = next(c for c in analysis.callouts if "Guide" in c.text)
    assert set(group.targets) >= {guide.position, news.position}
    unknown = analyse_text(text.replace("*Guide to Police Training*", "*Guide to Fire Safety*"), tmp_path, "apa2.md")
    group = next(c for c in unknown.callouts if "Smith, 2018" in c.text)
    assert guide.position not in group.targets


def test_citations_linked_to_their_entries_resolve(apa, tmp_path):
    """HTML turned into Markdown links each work (or its year) to the entry's anchor."""
    linked = re.sub(r"(?<=[(;] )?([A-Z][^();]*?\d{4}[a-z]?)(?=[;)])", lambda m: f"[{m[1]}](#ref-{len(m[1])})", APA.split("## References")[0])
    linked = linked.replace("(2019)", '(<a href="#r2019">2019</a>)')
    rewritten = analyse_text(linked + "## References" + APA.split("## References")[1], tmp_path, "apa.md")
    assert [targets for _, targets in groups(rewritten)] == [targets for _, targets in groups(apa)]


def test_a_parenthesis_left_open_does_not_swallow_later_citations(tmp_path):
    # PDF text often loses a closing parenthesis at a page or column break: "(p < 0.001"
    # with the citations of the following paragraphs after it, and a stray ")" far below.
    opened = APA.replace("In 2019, 45 patients were enrolled.",
                         "Attitudes differed (p < 0.001 across groups.\n\n" + "Filler prose without citations. " * 40)
    opened = opened.replace("## References", "A list item 1) closes nothing.\n\n## References")
    assert opened != APA
    found = dict(groups(analyse_text(opened, tmp_path, "open.md")))
    assert found["(e.g., Lee, 2020a, 2020b; see also Wortley & Homel, 1995, p. 4)"] == (2, 3, 8)
    assert found["(van der Berg, 2017)"] == (6,)
    assert all(len(text) < 200 for text in found)


def test_a_surname_cut_at_a_line_end_still_resolves(tmp_path):
    # PDF text keeps the typesetter's line breaks: "(Plant & Pe-" / "ruche, 2005)".
    cut = APA.replace("Plant & Peruche, 2005", "Plant & Pe-\nruche, 2005").replace("Wortley & Homel", "Wort-\nley & Homel")
    assert cut.count("-\n") == 2
    found = dict(groups(analyse_text(cut, tmp_path, "cut.md")))
    assert found["(Correll et al., 2007; Plant & Pe- ruche, 2005)"] == (1, 4)
    assert found["(e.g., Lee, 2020a, 2020b; see also Wort- ley & Homel, 1995, p. 4)"] == (2, 3, 8)


def _as_mla(sample, sample_text: str) -> str:
    """The sample cited as MLA cites: "(Surname 351)", "(Surname and Other 351)",
    "(Surname et al. 351)", with a short title where that alone names two works
    ("(Zarate et al., “A Randomized Trial” 856)"); its list unnumbered, alphabetical."""
    def people(ref):
        return [a.family for a in ref.authors if a.family]

    def names(ref):
        family = people(ref)
        return family[0] if len(family) == 1 else " and ".join(family[:2]) if len(family) == 2 else f"{family[0]} et al."

    def cite(ref):
        if not people(ref):
            return f"“{' '.join(ref.title.split()[:4])}”"
        alike = [r for r in sample.references if people(r) and names(r) == names(ref)]
        title = f", “{ref.title}”" if len(alike) > 1 else ""
        return f"{names(ref)}{title} {(ref.pages or '1').split('-')[0]}"

    by_number = {ref.number: ref for ref in sample.references}
    body_end = sample_text.index("#### REFERENCES")
    out, last = [], 0
    for callout in sample.callouts:
        before = sample_text[last:callout.span.start]
        group = "(" + "; ".join(cite(by_number[n]) for n in callout.numbers) + ")"
        stop = re.search(r"[.,;:]$", before)
        out.append(before[:-1] + " " + group + stop.group(0) if stop else before.rstrip() + " " + group)
        last = callout.span.end
    out.append(sample_text[last:body_end])
    entries = sorted((re.sub(r"\s+", " ", ref.raw) for ref in sample.references), key=str.lower)
    return "".join(out) + "## Works Cited\n\n" + "\n\n".join(entries) + "\n"


def test_mla_author_page_citations(sample, sample_text, tmp_path):
    mla = analyse_text(_as_mla(sample, sample_text), tmp_path)
    assert mla.style == "author-page" and not mla.references.numbered
    cited = lambda analysis: [sorted(analysis.references.by_position()[p].title for p in c.targets) for c in analysis.callouts]
    ours, theirs = cited(mla), cited(sample)
    assert ours == theirs
    assert [s.text for s in mla.claims if s.callouts][:40] == [s.text for s in sample.claims][:40]


def test_et_al_cites_the_many_author_work_not_a_namesakes_own(sample, sample_text, tmp_path):
    """"(Berman et al.)", cited without a page as a whole work is, beside a single-author
    work of the same surname cites the work with co-authors. (The names pattern had read
    "et al" as a second name and sent every such citation to the single-author work.)"""
    lecture = "Berman, R. M. *A Lecture on Rapid Antidepressants*. Yale University, 2001."
    text, count = re.subn(r"\(Berman et al\. \d+\)", "(Berman et al.)", _as_mla(sample, sample_text))
    assert count
    mla = analyse_text(text + "\n" + lecture + "\n", tmp_path)
    single = next(r for r in mla.references if "Lecture on Rapid" in r.raw)
    berman = next(r for r in mla.references if r.raw.startswith("Berman RM, Cappiello"))
    cites = [c for c in mla.callouts if "Berman et al" in c.text]
    assert cites and all(c.targets == (berman.position,) and c.items[0].et_al for c in cites)
    assert not any(single.position in c.targets for c in mla.callouts)


def test_bracketed_words_that_name_no_entry_are_not_author_page_citations(sample, sample_text, tmp_path):
    text = _as_mla(sample, sample_text).replace("## INTRODUCTION", "## INTRODUCTION\n\nDoses were fixed (Table 3) in two arms (Phase 2).", 1)
    mla = analyse_text(text, tmp_path)
    assert mla.style == "author-page" and len(mla.callouts) == len(sample.callouts)
    assert not any("Table" in c.text or "Phase" in c.text for c in mla.callouts)


def test_a_hard_wrapped_list_of_names_and_others(tmp_path):
    """OSCOLA's list in PDF text: hard-wrapped, unnumbered, no blank lines, each entry
    opening "Surname AB and others," — the opening of an entry like "Surname AB et al."."""
    entries = ["Abiodun CG and others, ‘Occipital Glutamate after Cognitive Therapy for Major Depressive Disorder’ (2014) 83 Psychother Psychosom 298",
               "Altamira CA and others, ‘Plasma Amino Acids in Psychiatric Disorders’ (1993) 150 Am J Psychiatry 1731",
               "Bahrami R, Lopes A and Reyes JA, ‘Intranasal Treatment of Resistant Depression’ (2019) 44 P T 340",
               "Bergman RM and others, ‘Rapid Effects of an Anaesthetic in Depressed Patients’ (2000) 47 Biol Psychiatry 351"]
    body = "\n".join(line for e in entries for line in textwrap.wrap(e, 60))
    text = "# Review\n\nKetamine acts fast (Bergman and others 351).\n\n## References\n\n" + body + "\n"
    analysis = analyse_text(text, tmp_path)
    assert [r.raw.split(",")[0] for r in analysis.references] == [e.split(",")[0] for e in entries]
    assert [r.journal for r in analysis.references] == ["Psychother Psychosom", "Am J Psychiatry", "P T", "Biol Psychiatry"]


def test_a_journal_that_repeats_the_year_does_not_open_an_entry(tmp_path):
    """ISO 690 prints the year after the names and again after the journal; hard-wrapped,
    "Psychother Psychosom. 2014. Vol. 83, p. 298–307." looks like an organisation and its
    year opening an entry, but repeats the year of the entry it ends."""
    entries = [("ABIODUN, C. G., NICHOLS, M. J. and FENWICK, L. R., 2014. Occipital glutamate after cognitive therapy for major depressive disorder.",
                "Psychother Psychosom. 2014. Vol. 83, p. 298–307."),
               ("WORLD HEALTH ORGANIZATION, 2017. Depression and other common mental disorders: global health estimates. Geneva: WHO.", ""),
               ("BERGMAN, R. M. and CAPELLO, A., 2000. Rapid effects of an anaesthetic in depressed patients.",
                "Biol Psychiatry. 2000. Vol. 47, p. 351–354.")]
    # Each journal on a line of its own, where a narrow column broke the entry.
    lines = [line for head, journal in entries for line in textwrap.wrap(head, 60) + ([journal] if journal else [])]
    text = "# Review\n\nKetamine acts fast (Bergman and Capello, 2000).\n\n## References\n\n" + "\n".join(lines) + "\n"
    analysis = analyse_text(text, tmp_path)
    assert len(analysis.references) == 3
    assert [r.journal for r in analysis.references] == ["Psychother Psychosom", "", "Biol Psychiatry"]


def test_citations_with_the_lists_initials_resolve(sample, tmp_path):
    """Authors used to Vancouver lists cite "(Nguyen T, 2013)", "(Lee K and Park S, 2018)",
    "(Smith JA et al., 2015)": the sample's references as an author–date list, each cited
    that way, resolve to their own entries."""
    from conftest import analyse_text

    refs = [r for r in sample.references if len(r.authors) >= 1 and not r.authors[0].literal and r.year][:40]

    def cited(ref) -> str:
        names = [f"{a.family} {a.initials}" for a in ref.authors]
        who = names[0] if len(names) == 1 else f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al."
        return f"({who}, {ref.year})"

    body = " ".join(f"Finding {i} was reported {cited(r)}." for i, r in enumerate(refs, 1))
    listing = "\n\n".join(f"{', '.join(f'{a.family} {a.initials}' for a in r.authors)}. {r.year}. {r.title}. "
                          f"{r.journal} {r.volume}:{r.pages}." for r in sorted(refs, key=lambda r: (r.authors[0].family, r.year)))
    analysis = analyse_text(f"# Review\n\n## Results\n\n{body}\n\n## References\n\n{listing}\n", tmp_path)
    titles = {ref.position: ref.title for ref in analysis.references}
    resolved = [titles.get(c.targets[0]) if len(c.targets) == 1 else None for c in analysis.callouts]
    # (Two works of one first author in one year cannot be told apart: the list has no suffixes.)
    assert sum(got == want.title for got, want in zip(resolved, refs)) >= 0.9 * len(refs)


def test_a_doi_cut_at_its_hyphen_ends_its_entry_in_a_hard_wrapped_list(tmp_path):
    """A PDF's list with no blank lines, where a DOI broke at a hyphen and its last
    letter stands alone ("…/s10531-004-0216-" / "z"): the next line's names open the next
    entry, they do not run on into the one before."""
    text = ("# Elephants\n\n## Introduction\n\nConflict is common (Fernando et al. 2005) and regeneration slow "
            "(Fitsum and Bikila 2020), as others found (Friis et al. 2010).\n\n## References\n\n"
            "Fernando P, Wikramanayake E, Weerakoon D. 2005. Perceptions and patterns\n"
            "of human-elephant conflict in old and new settlements in Sri\n"
            "Lanka. Biodiversity Conservation 14:2465-2481. doi: 10.1007/s10531-004-0216-\n"
            "z\n"
            "Fitsum T, Bikila W. 2020. Woody species structure and\n"
            "regeneration status in Kafta Sheraro National Park. International\n"
            "Journal of Forestry Research 2020:4597456.\n"
            "Friis I, Sebsebe D, Breugel PV. 2010. Atlas of the potential\n"
            "vegetation of Ethiopia. Addis Ababa: The Royal Danish Academy.\n")
    analysis = analyse_text(text, tmp_path)
    assert [ref.authors[0].family for ref in analysis.references] == ["Fernando", "Fitsum", "Friis"]
    assert next(iter(analysis.references)).doi == "10.1007/s10531-004-0216-z"
    assert sorted(n for c in analysis.callouts for n in c.numbers) == [1, 2, 3]


_NAMES_THEN_YEAR = re.compile(r"^(?P<names>.+?) \((?P<year>\d{4}[a-z]?)\)")


@needs_corpus()
@pytest.mark.parametrize("layout, rule", [("blank lines", "———"), ("one per line", "———"), ("blank lines", "_______"),
                                          ("one per line", "---")])
def test_a_rule_for_the_names_of_the_entry_before(layout, rule, tmp_path):
    """Chicago's and MLA's "———." (ABNT's typed "_______.") for the names of the entry before: each author–date
    list of the corpus rewritten so that every entry with the same names as the one before
    prints the rule instead. The entries keep those names, and every citation links the
    works it linked before."""
    from corpus import cases, shared_dir

    rewritten = 0
    for case in cases(shared_dir() / "corpus-dev" / "author-year"):
        head, refs = (case / "manuscript.md").read_text(encoding="utf-8").split("## References")
        entries = [re.sub(r"\s+", " ", e.strip()) for e in refs.strip().split("\n\n") if e.strip()]
        ruled, before = [], None
        for entry in entries:
            names = _NAMES_THEN_YEAR.match(entry)
            same = names and before and names.group("names") == before.group("names")
            ruled.append(rule + "." + entry[names.end("names"):] if same else entry)
            before = names
        if ruled == entries:
            continue
        rewritten += sum(a != b for a, b in zip(ruled, entries))
        joiner = "\n\n" if layout == "blank lines" else "\n"
        original = analyse_text(head + "## References\n\n" + "\n\n".join(entries) + "\n", tmp_path)
        with_rules = analyse_text(head + "## References\n\n" + joiner.join(ruled) + "\n", tmp_path)
        assert [r.authors for r in with_rules.references] == [r.authors for r in original.references], case.name
        assert [c.targets for c in with_rules.callouts] == [c.targets for c in original.callouts], case.name
    assert rewritten >= 8


def test_reports_and_software_by_a_body_are_not_incomplete_articles(tmp_path):
    """APA's "Body. (Year). Title. Publisher." (WHO's reports, R's own citation): the name
    that ends the entry is the publisher, not a journal missing its volume."""
    extra = ("World Health Organization. (2019). World health statistics 2019: Monitoring health for the SDGs. WHO.\n\n"
             "R Core Team. (2023). R: A language and environment for statistical computing. "
             "R Foundation for Statistical Computing.\n\n")
    text = APA.replace("Wortley, R. K.", extra + "Wortley, R. K.").replace(
        "(World Health Organization [WHO], 2020).", "(World Health Organization [WHO], 2020; WHO, 2019; R Core Team, 2023).")
    analysis = analyse_text(text, tmp_path)
    bodies = {(r.authors[0].literal, r.year): (r.journal, r.publisher) for r in analysis.references if r.authors and r.authors[0].literal}
    assert bodies == {("World Health Organization", "2019"): ("", "WHO"), ("World Health Organization", "2020"): ("", "World Health Organization"),
                      ("R Core Team", "2023"): ("", "R Foundation for Statistical Computing")}
    assert not [f for f in run_checks(analysis, Config()) if f.name == "incomplete-reference"]
    assert all(r.journal for r in analysis.references if r.volume)  # the articles keep their journals


def test_a_body_author_before_the_date_is_the_author_not_the_title(tmp_path):
    """APA's "Body. (2021). Title. Publisher.", which the tagger reads as a title with a
    book in it: the body before the bracketed year is the author, so "(Intergovernmental
    Panel on Climate Change, 2021)" finds its entry."""
    extra = ("Intergovernmental Panel on Climate Change. (2021). Climate Change 2021: The Physical Science Basis. "
             "Cambridge University Press.\n\n")
    text = APA.replace("Wortley, R. K.", extra + "Wortley, R. K.").replace(
        "(World Health Organization [WHO], 2020).", "(World Health Organization [WHO], 2020; Intergovernmental Panel on "
        "Climate Change, 2021).")
    analysis = analyse_text(text, tmp_path)
    ipcc = next(r for r in analysis.references if "Physical Science Basis" in r.raw)
    assert ([a.literal for a in ipcc.authors], ipcc.title, ipcc.booktitle, ipcc.kind) == (
        ["Intergovernmental Panel on Climate Change"], "Climate Change 2021: The Physical Science Basis", "", "book")
    assert any(ipcc.number in c.numbers for c in analysis.callouts)


def test_in_press_capital_particles_and_table_locators(tmp_path):
    """The APA manuscript with one work still in press, its list set one entry a line with
    a capitalised particle opening one ("Van der Berg, T."), and a table as a locator:
    the in-press names are the entry's authors and its citation resolves, the particle's
    entry stands on its own, "(…, 1995, Table 2)" is a citation — and none is reported."""
    head, refs = APA.split("## References")
    head = (head.replace("Smith and Jones (2019) argued", "Smith and Jones (in press) argued")
            .replace("Wortley & Homel, 1995, p. 4", "Wortley & Homel, 1995, Table 2")
            .replace("(Van der Berg, 2017)", "(Van der Berg, 2016)"))
    entries = [e for e in refs.strip().split("\n\n")]
    entries = [e.replace("Smith, J., & Jones, K. (2019).", "Smith, J., & Jones, K. (in press).") for e in entries]
    entries.insert(-2, "Van der Berg, T. (2016). Patrol and prejudice in two cities. Police Quarterly, 19(2), 21–40.")
    analysis = analyse_text(head + "## References\n\n" + "\n".join(entries) + "\n", tmp_path)
    by_title = {r.title: r for r in analysis.references}
    assert len(analysis.references) == len(entries)
    in_press = by_title["A study of bias"]
    assert [a.family for a in in_press.authors] == ["Smith", "Jones"] and in_press.status == "in-press"
    cited = {n for c in analysis.callouts for n in c.targets}
    assert in_press.position in cited
    assert by_title["Patrol and prejudice in two cities"].position in cited
    assert by_title["Police prejudice as a function of training and outgroup contact"].position in cited
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name == "undefined-citation" and "in press" in f.message]
    assert not [f for f in findings if f.name == "uncited-reference"]


def test_a_work_named_loosely_is_not_reported_uncited(tmp_path):
    """"Wortley's training study (1995)" names a work by its author and year in a form no
    citation pattern reads: the entry is not reported as never cited. The same name with
    another year still leaves it uncited."""
    loose = APA.replace("see also Wortley & Homel, 1995, p. 4", "see also Wortley's training study (1995)")
    findings = run_checks(analyse_text(loose, tmp_path), Config())
    assert not [f for f in findings if f.name == "uncited-reference"]
    wrong_year = APA.replace("see also Wortley & Homel, 1995, p. 4", "see also Wortley's training study (1996)")
    findings = run_checks(analyse_text(wrong_year, tmp_path), Config())
    assert [f.message for f in findings if f.name == "uncited-reference"] == ["Reference 8 is never cited."]


@needs_corpus()
@pytest.mark.parametrize("columns", [0, 60])
def test_a_group_named_with_a_number_opens_an_entry(tmp_path, columns):
    """eLife's list, one entry a line or hard-wrapped with no blank lines (text from a PDF):
    "1000 Genomes Project Consortium, Abecasis GR, …" opens an entry of its own instead of
    running on from the entry above, and "(1000 Genomes Project Consortium et al., 2010)"
    finds it."""
    from corpus import shared_dir

    case = shared_dir() / "corpus-dev" / "author-year" / "cases" / "elife_2014_02935"
    head, refs = (case / "manuscript.md").read_text(encoding="utf-8").split("## References")
    entries = [re.sub(r"\s+", " ", e.strip()) for e in refs.strip().split("\n\n") if e.strip()]
    body = "\n".join(textwrap.fill(e, columns, break_on_hyphens=False) if columns else e for e in entries)
    analysis = analyse_text(head + "## References\n\n" + body + "\n", tmp_path)
    assert len(analysis.references) == len(entries)
    group = next(r for r in analysis.references if r.text.startswith("1000 Genomes"))
    assert group.year == "2010" and any(group.position in c.targets for c in analysis.callouts)


def test_years_after_a_locator_and_lead_ins_stay_in_the_callout(tmp_path):
    """"(e.g., Lee, 2020a, p. 5, 2020b; …)": the year after the locator is the same names'
    second work, cited too; "(as reviewed by Smith, 2018; …)" is one callout, so the claim
    keeps no "(as reviewed by)"."""
    text = (APA.replace("(e.g., Lee, 2020a, 2020b;", "(e.g., Lee, 2020a, p. 5, 2020b;")
            .replace("others disagreed (Smith, 2018; Brown, 2021)", "others disagreed (as reviewed by Smith, 2018; Brown, 2021)"))
    analysis = analyse_text(text, tmp_path)
    by_title = {r.title: r.position for r in analysis.references}
    assert by_title["Second paper on things"] in {n for c in analysis.callouts for n in c.targets}
    claims = [s.text for s in analysis.claims]
    assert any(c.startswith("Later work agreed, but others disagreed") for c in claims), claims
    assert not any("reviewed by" in c for c in claims)


def test_a_bare_letter_goes_with_the_year_before_it(tmp_path):
    """"(Lee, 2019, 2020a,b)": the "b" is 2020b, the year just before it, not the first
    year's (2019b, which no entry has: 2020b had been reported never cited)."""
    text = (APA.replace("(e.g., Lee, 2020a, 2020b;", "(e.g., Lee, 2019, 2020a,b;")
            .replace("Lee, K. (2020a).", "Lee, K. (2019). Zeroth paper on things. Journal of Things, 0(1), 1–9.\n\nLee, K. (2020a)."))
    analysis = analyse_text(text, tmp_path)
    lee = next(c for c in analysis.callouts if "Lee, 2019" in c.text)
    titles = {analysis.references.by_position()[p].title for p in lee.targets}
    assert {"Zeroth paper on things", "First paper on things", "Second paper on things"} <= titles
    assert not [f for f in run_checks(analysis, Config()) if f.name == "uncited-reference"]


@pytest.mark.parametrize("lead", ["## Discussion\n\n", "Like ", "In ", "Unlike the others, ", "Following "])
def test_a_narrative_citation_starts_at_its_first_name(tmp_path, lead):
    """The words before a narrative citation are the sentence's, not the names': after a
    heading, "Like", "In", "Following". The callout (and so every finding's column and the
    report's highlight) starts at "Smith"; a heading never runs into a name."""
    text = APA.replace("Smith and Jones (2019) argued otherwise",
                       f"Nobody argued otherwise.\n\n{lead}Smith and Jones (2019) argued otherwise")
    analysis = analyse_text(text, tmp_path)
    cited = next(c for c in analysis.callouts if "(2019)" in c.text and "Jones" in c.text)
    assert cited.text == "Smith and Jones (2019)"
    assert analysis.source.text[cited.span.start:].startswith("Smith and Jones")


def test_a_capitalised_particle_may_file_under_the_name(tmp_path):
    """"De Silva, R." filed under S (as many lists file it) or under D: neither is a break
    in the alphabetical order; a name truly out of place still is."""
    def with_entry(surname: str, refs_before: str) -> str:
        text = APA.replace("the WHO agreed", f"{surname} et al. (2019) agreed, the WHO agreed")
        entry = f"{surname}, R., Perera, N., & Fernando, S. (2019). Officers in Sri Lanka. Police Quarterly, 22(1), 5–15.\n\n"
        return text.replace(refs_before, entry + refs_before)
    for before in ("Smith, J., & Jones, K. (2019).", "Lee, K. (2020a)."):
        findings = run_checks(analyse_text(with_entry("De Silva", before), tmp_path), Config())
        assert not [f for f in findings if f.name == "citation-order"], before
    findings = run_checks(analyse_text(with_entry("Desilva", "Smith, J., & Jones, K. (2019)."), tmp_path), Config())
    assert [f.name for f in findings if f.name == "citation-order"] == ["citation-order"]


def test_a_narrative_bracket_that_goes_on_with_other_works(tmp_path):
    """"Smith and Jones (2019; see also Brown, 2021)" and "Lee (2020a, p. 3; 2020b)": one
    callout each, citing every work named; the claim keeps the names and loses the whole
    bracket (before, the narrative was not read at all and Smith and Jones went uncited)."""
    text = (APA.replace("Smith and Jones (2019) argued otherwise", "Smith and Jones (2019; see also Brown, 2021) argued otherwise")
            .replace("others disagreed (Smith, 2018; Brown, 2021)", "others disagreed (Smith, 2018)")
            .replace("Later work (e.g., Lee, 2020a, 2020b; see also Wortley & Homel, 1995, p. 4) agreed",
                     "Later work by Lee (2020a, p. 3; 2020b) agreed (Wortley & Homel, 1995)"))
    text = text.replace("## References\n\n", "## References\n\nBrown, A. (2021). A reply on bias. Journal of Bias, 14(1), 1–9.\n\n")
    analysis = analyse_text(text, tmp_path)
    by_title = {r.title: r.position for r in analysis.references}
    found = dict(groups(analysis))
    assert found["Smith and Jones (2019; see also Brown, 2021)"] == tuple(sorted(
        (by_title["A study of bias"], by_title["A reply on bias"])))
    assert found["Lee (2020a, p. 3; 2020b)"] == tuple(sorted(
        (by_title["First paper on things"], by_title["Second paper on things"])))
    claims = [s.text for s in analysis.claims]
    assert any(c.startswith("Smith and Jones argued otherwise") for c in claims), claims
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name in ("uncited-reference", "undefined-citation")]


def test_initials_before_a_shared_surname_choose_the_work(tmp_path):
    """APA prints initials when two first authors share a surname: "(J. Smith, 2018; K.
    Smith, 2018)" cites each Smith's work once, with no ambiguous-citation finding, and the
    whole bracket is the callout (the claim keeps no "(J.)")."""
    analysis, by_title = _apa_citing(tmp_path, "(J. Smith, 2018; K. Smith, 2018)", [
        "Smith, J. (2018). Bias in the field. Journal of Bias, 11(1), 1–9.",
        "Smith, K. (2018). Bias in the lab. Journal of Bias, 11(2), 10–19."])
    bracket = next(c for c in analysis.callouts if "K. Smith" in c.text)
    assert bracket.text == "(J. Smith, 2018; K. Smith, 2018)"
    assert [w.targets for w in bracket.items] == [(by_title["Bias in the field"],), (by_title["Bias in the lab"],)]
    assert not [f for f in run_checks(analysis, Config()) if f.name == "ambiguous-citation"]
    assert not any("(J.)" in s.text for s in analysis.claims)


def test_alphabetical_order_by_any_common_collation(tmp_path):
    """A list filed by numbers first ("1000 Genomes Project Consortium"), word by word
    ("Nik-Zainal" before "Nikolaou") or by code point as programs that do not collate file
    it ("Kwiatkowski" before "Köhler", "Orihuela" before "O’Neill") is in order; a name
    that is out of order under every reading is still reported."""
    people = ["1000 Genomes Project Consortium", "Correll, J.", "Kwiatkowski, L.", "Köhler, P.", "Nik-Zainal, S.",
              "Nikolaou, C.", "Orihuela, P.", "O’Neill, B.", "Plant, E. A."]

    def manuscript(names):
        cites = "; ".join(f"{n.split(',')[0]}, {2000 + i}" for i, n in enumerate(names))
        entries = "\n\n".join(f"{n} ({2000 + i}). Work number {i}. Journal of Things, {i + 1}, 1–9." for i, n in enumerate(names))
        return f"# Order\n\n## Introduction\n\nMany found it ({cites}).\n\n## References\n\n{entries}\n"

    findings = run_checks(analyse_text(manuscript(people), tmp_path), Config())
    assert not [f for f in findings if f.name == "citation-order"]
    assert not [f for f in findings if f.name in ("uncited-reference", "undefined-citation")]
    swapped = people[:1] + people[2:4] + people[1:2] + people[4:]  # "Correll" after "Köhler"
    findings = run_checks(analyse_text(manuscript(swapped), tmp_path), Config())
    assert [f.message.split(" (")[0] for f in findings if f.name == "citation-order"] == ["Reference 4"]


@pytest.mark.parametrize("no_date", ["no date", "o. J.", "s.f.", "n.d."])
def test_a_work_with_no_date_in_any_common_spelling(tmp_path, no_date):
    """Harvard writes "(no date)", German lists "(o. J.)", Spanish "(s.f.)": the entry has
    no year (its title does not open with "(no date)") and "(Heeger, no date)" cites it
    (it had been reported never cited, its citation matching nothing)."""
    text = APA.replace("the WHO agreed", f"Heeger ({no_date}) agreed, the WHO agreed").replace(
        "Lee, K. (2020a).", f"Heeger, A. ({no_date}). Semiconducting and metallic polymers. "
                            "Available at: https://www.nobelprize.org/prizes/chemistry/2000/heeger/lecture/.\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    heeger = next(r for r in analysis.references if r.authors and r.authors[0].family == "Heeger")
    assert heeger.title == "Semiconducting and metallic polymers" and heeger.year == ""
    assert heeger.position in {p for c in analysis.callouts for p in c.targets}
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name == "uncited-reference" or "Heeger" in f.message]


def test_a_long_body_name_is_cited_whole(tmp_path):
    """A body of ten words ("International Association of Diabetes and Pregnancy Study
    Groups Consensus Panel") is cited by its whole name: the citation resolves (it had
    been read from "Groups" on, matching nothing)."""
    body = "International Association of Diabetes and Pregnancy Study Groups Consensus Panel"
    text = APA.replace("the WHO agreed", f"the panel agreed ({body}, 2010)").replace(
        "Lee, K. (2020a).", f"{body}. (2010). Recommendations on the diagnosis of hyperglycemia in pregnancy. "
                            "Diabetes Care, 33(3), 676–682.\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    panel = next(r for r in analysis.references if r.authors and r.authors[0].literal == body)
    cited = next(c for c in analysis.callouts if "Consensus Panel" in c.text)
    assert cited.text == f"({body}, 2010)" and cited.targets == (panel.position,)


def test_a_work_cited_by_its_plain_title_and_read_on_a_day(tmp_path):
    """APSA cites an authorless page by its title, plain ("(FDA approves new nasal spray
    …; available only at … clinic n.d.)"), and prints the day it was read after the
    address with the month's name ("… (March 5, 2019)."): that day is no year of the work,
    so "n.d." matches, and the title resolves (the entry had been reported never cited).
    A plain bracket of words that opens no authorless title is still no citation."""
    title = ("FDA approves new nasal spray medication for treatment-resistant depression; "
             "available only at a certified doctor's office or clinic")
    text = APA.replace("the WHO agreed", f"the agency approved it ({title} n.d.) and others ({'the same nasal spray'} n.d.)").replace(
        "Lee, K. (2020a).", f"“{title}”. https://www.fda.gov/news-events/press-announcements/fda-approves (March 5, 2019).\n\n"
                            "Lee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    page = next(r for r in analysis.references if r.title.startswith("FDA"))
    assert (page.year, page.accessed) == ("", "2019-03-05")
    cited = next(c for c in analysis.callouts if "FDA" in c.text)
    assert cited.targets == (page.position,) and cited.text.startswith("(FDA")
    assert not any("same nasal spray" in c.text for c in analysis.callouts)
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name == "uncited-reference"]


def test_a_hard_wrapped_harvard_list_opens_bodies_and_ends_at_quoted_stops(tmp_path):
    """A list hard-wrapped at 80 columns with no blank lines, in Harvard's and Springer's
    forms: a body followed by its year and a quoted title ("Deutsche Hochschule der
    Polizei (2024) “MEGAVO study …”") opens an entry, and a title whose stop sits inside
    its closing quote ("“Gray Wolf.”") ends one — each had run into its neighbour."""
    entries = [
        "Correll, J. et al. (2007) “The influence of stereotypes on decisions to shoot”, European Journal of Social "
        "Psychology, 37(6), pp. 1102–1117. Available at: https://doi.org/10.1002/ejsp.450.",
        "Deutsche Hochschule der Polizei (2024) “MEGAVO study: Project report 2021–2024. Final report”. Available at: "
        "https://www.dhpol.de/megavo.",
        "California Department of Fish and Wildlife (2025) “Gray Wolf.”",
        "Plant, E.A. and Peruche, B.M. (2005) “The consequences of race for police officers’ responses to criminal "
        "suspects”, Psychological Science, 16(3), pp. 180–183.",
    ]
    body = ("# Bias\n\n## Introduction\n\nShooting bias is common (Correll et al., 2007; Plant and Peruche, 2005), say "
            "the police (Deutsche Hochschule der Polizei, 2024) and the wardens (California Department of Fish and "
            "Wildlife, 2025).\n\n## References\n\n")
    listed = "\n".join(textwrap.fill(e, 80, break_on_hyphens=False) for e in entries)
    analysis = analyse_text(body + listed + "\n", tmp_path)
    assert len(analysis.references) == 4
    assert sorted(p for c in analysis.callouts for p in c.targets) == [1, 2, 3, 4]


def test_a_join_is_judged_only_on_a_work_that_names_people(tmp_path):
    """In a manuscript that joins names with "&" inside brackets, "(International
    Association of Diabetes and Pregnancy Study Groups Consensus Panel, 2010)" read as
    two names that match no entry is an undefined citation — not, besides, a wrong join
    (one body's own "and" had been reported as "and" instead of "&")."""
    body = "International Association of Diabetes and Pregnancy Study Groups Consensus Panel"
    analysis = analyse_text(APA.replace("the WHO agreed", f"the panel agreed ({body}, 2010)"), tmp_path)
    findings = [f for f in run_checks(analysis, Config()) if "Consensus Panel" in f.message]
    assert [f.name for f in findings] == ["undefined-citation"]


def test_a_body_named_for_its_town_is_cited_by_its_whole_name(tmp_path):
    """"(FernUniversität in Hagen, 2024)": the names a citation reads stop at "in", so the
    body is found by its town's name too (it had been an undefined-citation error)."""
    text = APA.replace("the WHO agreed", "the university agreed (FernUniversität in Hagen, 2024)").replace(
        "Lee, K. (2020a).", "FernUniversität in Hagen (2024). Digital // diverse // international: A university for "
                            "the future [Brochure].\n\nLee, K. (2020a).")
    analysis = analyse_text(text, tmp_path)
    hagen = next(r for r in analysis.references if r.authors and r.authors[0].literal == "FernUniversität in Hagen")
    assert hagen.position in {p for c in analysis.callouts for p in c.targets}
    assert not [f for f in run_checks(analysis, Config()) if "Hagen" in f.message or f.name == "uncited-reference"]


_NAMES = st.sampled_from(["Smith", "Jones", "van der Berg", "Müller", "O'Neill", "WHO", "Lee", "de Souza", "the", "In"])
_JOINS = st.sampled_from([" and ", " & ", ", ", " ", "; ", ": ", " 12 ", "\n", "\n\n"])
_CITED = st.tuples(st.lists(st.tuples(_NAMES, _JOINS), min_size=1, max_size=4),
                   st.sampled_from(["", " et al.", " [WHO]", "’s", "'s", " et al.'s"]), st.sampled_from([" (", "(", " [", "\n(", " ( "]),
                   st.sampled_from(["2019", "2020a", "n.d.", "in press", "2019; 2020", "12", "2019, p. 4", "2019; see"]),
                   st.sampled_from([")", "]", "", ";", " and"]))
_PIECE = st.one_of(_CITED.map(lambda c: "".join(n + j for n, j in c[0]).rstrip() + "".join(c[1:])),
                   st.sampled_from(["(", ")", "!", '"', " e.g. ", "1", " ", "x"]))


@settings(max_examples=600, deadline=None, derandomize=True)
@given(pieces=st.lists(_PIECE, max_size=12))
def test_narratives_found_from_their_brackets_are_the_patterns_matches(pieces):
    """Trying the narrative pattern only before a year's bracket finds exactly what trying
    it everywhere finds (the shortcut that spares a numbered manuscript the scan)."""
    from refgraph.citations.authordate import _NARRATIVE, narrative_matches

    text = "".join(pieces)
    assert [m.groupdict() | {"span": m.span()} for m in narrative_matches(text)] == \
        [m.groupdict() | {"span": m.span()} for m in _NARRATIVE.finditer(text)]


@needs_corpus()
def test_narratives_of_every_article_are_the_patterns_matches(sample_text):
    from corpus import cases, shared_dir
    from refgraph.citations.authordate import _NARRATIVE, narrative_matches

    articles = [*cases(shared_dir() / "corpus"), *cases(shared_dir() / "corpus-dev"), *cases(shared_dir() / "corpus-dev" / "author-year")]
    texts = [sample_text] + [(case / "manuscript.md").read_text(encoding="utf-8") for case in articles]
    found = 0
    for text in texts:
        spans = [m.span() for m in narrative_matches(text)]
        assert spans == [m.span() for m in _NARRATIVE.finditer(text)]
        found += len(spans)
    assert found > 100  # the author–date articles are among them


def test_a_name_that_opens_with_a_numeral_files_under_its_words_too(tmp_path):
    """"1000 Genomes Project Consortium" files before the letters or under "Genomes" (as
    eLife lists it): neither is out of alphabetical order; under "P" it is."""
    def order_findings(between):
        text = ("# T\n\n## Introduction\n\nVariants were called (Freyer et al., 2012; 1000 Genomes Project Consortium, 2010; "
                "Goto et al., 2011; Pan et al., 2013).\n\n## References\n\n"
                f"Freyer, C., & Cree, L. M. (2012). Variation in germline mtDNA heteroplasmy. Nature Genetics, 44(11), 1282–1285.\n\n"
                f"{between}"
                "Goto, H., & Dickins, B. (2011). Dynamics of mitochondrial heteroplasmy. Genome Biology, 12(6), R59.\n\n"
                "Pan, Y., & Li, J. (2013). Another study. Genome Research, 23(1), 1–9.\n\n")
        analysis = analyse_text(text, tmp_path)
        return [f.references for f in run_checks(analysis, Config()) if f.name == "citation-order"]

    genomes = "1000 Genomes Project Consortium. (2010). A map of human genome variation. Nature, 467(7319), 1061–1073.\n\n"
    assert order_findings(genomes) == []
    # ... but a name that is out of order under every reading is still reported.
    late = "Pettersson, A., & Berg, K. (2010). Late in the list. Genome Research, 20(1), 1–9.\n\n"
    assert order_findings(late) == [(3,)]


def test_a_body_that_grew_its_name_is_cited_by_its_old_acronym(tmp_path):
    """"Centers for Disease Control and Prevention" is cited "(CDC, 2019)": the acronym of
    the name before "and …" finds it; a body whose acronym is another's finds nothing."""
    extra = "Centers for Disease Control and Prevention. (2019). Depression facts. CDC.\n\n"
    text = APA.replace("Wortley, R. K.", extra + "Wortley, R. K.").replace(
        "(World Health Organization [WHO], 2020).", "(World Health Organization [WHO], 2020; CDC, 2019). The CDC (2019) "
        "agrees, and the CDCP (2019) too, but not the NDC (2019).")
    analysis = analyse_text(text, tmp_path)
    cdc = next(r.number for r in analysis.references if r.raw.startswith("Centers"))
    found = dict(groups(analysis))
    assert found["CDC (2019)"] == (cdc,) and found["CDCP (2019)"] == (cdc,)
    assert cdc in found["(World Health Organization [WHO], 2020; CDC, 2019)"]
    assert "NDC (2019)" not in found or found["NDC (2019)"] == ()


@pytest.mark.parametrize("cited, locator", [
    ("(Plant & Peruche 2005, 181)", "181"), ("(Plant & Peruche 2005, 180–181; Correll et al. 2007)", "180–181"),
    ("Plant and Peruche (2005, 181)", "181"),
])
def test_chicagos_bare_page_after_the_year_is_the_works_locator(tmp_path, cited, locator):
    """Chicago author–date prints the page bare after a comma: it belongs to the work, and
    the claim keeps no "(, 181)"."""
    text = APA.replace("(Correll et al., 2007; Plant & Peruche, 2005)", cited)
    analysis = analyse_text(text, tmp_path, "chicago.md")
    works = {w.names[0]: w for c in analysis.callouts for w in c.items}
    assert works["Plant"].locator == locator and works["Plant"].targets
    assert not any(re.search(r"\(\s*,|\b181\b", s.text) for s in analysis.claims)


def test_a_number_after_the_year_that_does_not_end_the_work_is_no_locator(tmp_path):
    text = APA.replace("(Correll et al., 2007; Plant & Peruche, 2005)", "(Plant & Peruche 2005, 12 officers)")
    works = [w for c in analyse_text(text, tmp_path, "chicago.md").callouts for w in c.items if w.names[0] == "Plant"]
    assert [w.locator for w in works] == [""]


def test_a_reprint_is_cited_by_both_years(tmp_path):
    """APA's "Freud (1923/1961)": first published, and the edition the list gives."""
    text = APA.replace("Smith and Jones (2019) argued otherwise", "Smith and Jones (2011/2019) argued otherwise")
    found = dict(groups(analyse_text(text, tmp_path)))
    assert found["Smith and Jones (2011/2019)"] == (5,)


def test_a_lettered_year_read_by_the_rules_keeps_its_letter(tmp_path):
    """A one-word title makes the rule reading win; the letter of its year must survive, or
    "(Lee, 2020a)" would match both of Lee's 2020 works."""
    text = APA.replace("First paper on things", "Things").replace("Second paper on things", "Others")
    analysis = analyse_text(text, tmp_path)
    assert [r.year_suffix for r in analysis.references if r.authors[0].family == "Lee"] == ["a", "b"]
    assert not [f for f in run_checks(analysis, Config()) if f.name == "ambiguous-citation"]


def test_letters_without_a_decomposition_file_under_their_base_letter(tmp_path):
    """"Łukasiewicz" files under L and "Ørsted" under O (no Unicode decomposition takes
    them to ASCII); dropped, they had filed under "u" and "r"."""
    text = APA.replace("Plant, E. A.", "Łukasiewicz, J. (2005). Logic of bias. Studia Logica, 1, 1–2.\n\n"
                       "Ørsted, H. (2005). Bias and light. Optica, 1, 3–4.\n\nPlant, E. A.")
    text = text.replace("(Smith, 2018; Brown, 2021)", "(Łukasiewicz, 2005; Ørsted, 2005)")
    analysis = analyse_text(text, tmp_path)
    assert not [f for f in run_checks(analysis, Config()) if f.name == "citation-order"]
    swapped = analyse_text(text.replace("Lee, K. (2020a)", "Zhu, K. (2020a)"), tmp_path, "swapped.md")
    assert [f for f in run_checks(swapped, Config()) if f.name == "citation-order"]  # Zhu before Łukasiewicz


def test_initials_after_a_comma_before_the_year_are_the_names(tmp_path):
    """"(Smith, J., 2019)" / "(Lee, K. 2020a)": the list's initials, not a second author."""
    text = APA.replace("(Smith, 2018; Brown, 2021)", "(Lee, K. 2020a; Smith, J., 2019)")
    found = dict(groups(analyse_text(text, tmp_path)))
    assert found["(Lee, K. 2020a; Smith, J., 2019)"] == (2, 5)


def test_a_secondary_source_after_a_narratives_year(tmp_path):
    """"Smith and Jones (2019, cited in Lee, 2020a)": both works, one callout, and the
    claim keeps no "(…, cited in)"."""
    text = APA.replace("Smith and Jones (2019) argued otherwise", "Smith and Jones (2019, cited in Lee, 2020a) argued otherwise")
    analysis = analyse_text(text, tmp_path, "apa.md")
    callout = next(c for c in analysis.callouts if c.text.startswith("Smith and Jones (2019"))
    assert callout.text == "Smith and Jones (2019, cited in Lee, 2020a)" and callout.targets == (5, 2)
    claim = next(s for s in analysis.claims if callout in s.callouts)
    assert claim.text == "Smith and Jones argued otherwise, and Smith et al. replied."


@pytest.mark.parametrize("lead", ["See", "Compare", "Including"])
def test_a_word_that_leads_into_a_narrative_is_no_name(tmp_path, lead):
    text = APA.replace("Smith and Jones (2019) argued otherwise", f"{lead} Smith and Jones (2019), who argued otherwise")
    works = {w.text: w for c in analyse_text(text, tmp_path, "apa.md").callouts for w in c.items}
    assert works["Smith and Jones (2019)"].names == ("Smith", "Jones") and works["Smith and Jones (2019)"].targets == (5,)


@pytest.mark.parametrize("bracket", ["(Table 2 in Correll et al., 2007; data from Plant & Peruche, 2005)",
                                     "(Correll et al., 2007, their Fig. 3; Plant & Peruche, 2005)",
                                     "(Correll et al., 2007; Plant & Peruche, 2005; this study)"])
def test_a_table_of_the_cited_work_is_part_of_the_citation(tmp_path, bracket):
    text = APA.replace("(Correll et al., 2007; Plant & Peruche, 2005)", bracket)
    analysis = analyse_text(text, tmp_path, "apa.md")
    claim = next(s for s in analysis.claims if s.text.startswith("Shooter bias"))
    assert claim.text == "Shooter bias has been documented in several samples."
    assert [c.targets for c in claim.callouts] == [(1, 4)]


def test_a_saints_surname_is_cited_whole(tmp_path):
    """"(St. John, 2018)" is St John's work, and the claim keeps no "St."."""
    text = APA.replace("(Smith, 2018; Brown, 2021)", "(St. John, 2018; Brown, 2021)") + (
        "\nSt. John, K. (2018). Models of the sea. Climate, 4, 1–3.\n")
    analysis = analyse_text(text, tmp_path, "apa.md")
    works = {w.text: w for c in analysis.callouts for w in c.items}
    assert works["St. John, 2018"].names == ("St. John",) and works["St. John, 2018"].targets
    assert analysis.references.by_position()[works["St. John, 2018"].targets[0]].authors[0].family == "St John"


@pytest.mark.parametrize("heading", ["**References**", "*References*", "_References_", "REFERENCES", "References:",
                                     "6. References", "VI. REFERENCES", "## Literature Cited", "## Works Cited"])
def test_the_reference_heading_as_converters_set_it(tmp_path, heading):
    analysis = analyse_text(APA.replace("## References", heading), tmp_path, "apa.md")
    assert len(analysis.references) == 8 and len(analysis.callouts) == 8


def test_citation_form_names_the_phrase_the_text_wrote(tmp_path):
    """"Smith and colleagues (2019)" for a work of two authors: the finding quotes "and
    colleagues", not an "et al." the text never wrote."""
    analysis = analyse_text(APA.replace("Smith et al. (2019)", "Smith and colleagues (2019)"), tmp_path, "apa.md")
    findings = [f for f in run_checks(analysis, Config()) if f.name == "citation-form"]
    assert [f.message for f in findings][:1] == [
        "'Smith and colleagues (2019)' uses \"and colleagues\" for a work with 2 authors."]


_AUTHOR_YEAR_CASES = ["actaamazonica_2022_2951", "bjsocpsychol_2025_70094", "climdyn_2024_07295", "earthsfuture_2024_004475",
                      "ecolevol_2025_71422", "elife_2014_02935", "frontmicrobiol_2024_1363775", "peerj_2025_19428"]


@needs_corpus()
@pytest.mark.parametrize("case_name", _AUTHOR_YEAR_CASES)
def test_a_typeset_pdfs_hanging_indents_say_where_entries_open(case_name, tmp_path):
    """LaTeX sets an author–date list with hanging indents, and a group author's name may
    fill a line by itself ("California Department of Fish and Wildlife." above "2025.")
    when a long address follows. The glyphs' positions say where each entry opens: every
    author–date article typeset gives the Markdown's entries, each with its first author
    and year, and its citations."""
    from corpus import cases, shared_dir
    from printing_latex import pdflatex, typeset_pdf

    from refgraph.pipeline import analyse

    if pdflatex() is None:
        pytest.skip("needs pdflatex")
    found = {c.name: c for c in cases(shared_dir() / "corpus-dev" / "author-year")}
    assert sorted(found) == _AUTHOR_YEAR_CASES  # (every article of the set, none left out)
    case = found[case_name]
    markdown = (case / "manuscript.md").read_text(encoding="utf-8")
    pdf = typeset_pdf(markdown, tmp_path / f"{case_name}.pdf", header=f"{case_name} · running head")
    first = lambda r: (((r.authors[0].family or r.authors[0].literal) if r.authors else "").rstrip("."), r.year)
    typeset, written = analyse(pdf), analyse(case / "manuscript.md")
    assert [first(r) for r in typeset.references] == [first(r) for r in written.references]
    # A sentence the layout carried to the next column or page, cut in a citation ("(Shelton
    # and Weck-" / "erly 2007)"), is one paragraph still: every citation is read.
    groups = lambda analysis: Counter(tuple(first(analysis.references.by_number()[n]) for n in c.numbers)
                                      for c in analysis.callouts)
    assert groups(typeset) == groups(written)


def test_a_body_cited_by_the_acronym_its_entry_opens_with(tmp_path):
    """"BFG - The Brazil Flora Group. 2021." is cited "(BFG, 2021)"; beside entries of 2020
    and 2020a, "(BFG, 2020)" cites the one printed without a letter."""
    analysis, by_title = _apa_citing(tmp_path, "(BFG, 2021), as before (BFG, 2020; BFG, 2020a)", [
        "BFG - The Brazil Flora Group. (2021). Leveraging a collaborative network. Taxon, 70(2), 1–9.",
        "BFG - The Brazil Flora Group. (2020). Flora of Brazil. Rodriguésia, 69(4), 1513–1527.",
        "BFG - The Brazil Flora Group. (2020a). Brazilian flora in numbers. Rodriguésia, 71(1), 1–10."])
    found = dict(groups(analysis))
    assert found["(BFG, 2021)"] == (by_title["Leveraging a collaborative network"],)
    assert found["(BFG, 2020; BFG, 2020a)"] == tuple(sorted(
        (by_title["Flora of Brazil"], by_title["Brazilian flora in numbers"])))


def test_a_surname_with_its_suffix_and_stop(tmp_path):
    """"Ghizoni-Jr. & Azevedo (2006)" and "(Ghizoni-Jr., 2009)": the suffix's stop is the
    name's, not the end of the names (the citations had been read from "Azevedo" on, or not
    at all)."""
    analysis, by_title = _apa_citing(tmp_path, "(Ghizoni-Jr., 2009), as Ghizoni-Jr. & Azevedo (2006) had", [
        "Ghizoni-Jr., I. R., & Azevedo, M. A. G. (2006). Mixed flocks of forest birds. Biotemas, 19(2), 31–40.",
        "Ghizoni-Jr., I. R. (2009). Mixed bird flocks in a state park. Biotemas, 22(1), 143–151."])
    found = dict(groups(analysis))
    assert found["(Ghizoni-Jr., 2009)"] == (by_title["Mixed bird flocks in a state park"],)
    assert found["Ghizoni-Jr. & Azevedo (2006)"] == (by_title["Mixed flocks of forest birds"],)


ABNT_UNTITLED = """# Empresários e o Estado

O discurso empresarial mudou depois da reforma (A HORAS…, 2018; ALEMAN, 2016). A
entidade pediu cautela (AEA..., 2014) e voltou ao tema dois anos depois (AEA..., 2016).
O jornal registrou a queda (ARGENTINA..., 2018).

## Referências

A HORAS de aprobarse en el Congreso, el Presidente vetó ley contra subas de tarifas. Página 12, Buenos Aires, 31 mayo 2018.

AEA manifestó su “grave preocupación” por el proyecto de Ley de Abastecimiento. Infobae, Buenos Aires, 4 set. 2014.

AEA pide reglas claras para la inversión. Clarín, Buenos Aires, 12 mar. 2016.

ALEMAN, J. Horizontes neoliberales en la subjetividad. Buenos Aires: Grama, 2016.

ARGENTINA de regreso al FMI, crisis y disputas sociales. Instituto Tricontinental, Buenos Aires, 2018.
"""


def test_abnt_works_cited_by_their_opening_words_and_an_ellipsis(tmp_path):
    """ABNT files a work with no author under its title's first words in capitals and cites
    it by them with an ellipsis, "(AEA..., 2014)": each citation finds the entry that opens
    with those words in that year, and only that one (the same words in 2016 are another)."""
    analysis = analyse_text(ABNT_UNTITLED, tmp_path)
    opening = {ref.number: ref.text[:9] for ref in analysis.references}
    cited = [[opening[n] for n in callout.targets] for callout in analysis.callouts]
    assert cited == [["A HORAS d", "ALEMAN, J"], ["AEA manif"], ["AEA pide "], ["ARGENTINA"]]
    assert not [f for f in run_checks(analysis, Config()) if f.name in ("undefined-citation", "uncited-reference")]


def test_a_body_cited_by_the_acronym_the_text_defines(tmp_path):
    """A body the list names in full and the text cites by an acronym it defined once, "…
    de Nível Superior (Capes)" then "(Capes, 2022)": no rule makes "Capes" from the name's
    letters, the definition does. An acronym defined for a name that wrote no entry, or
    never defined, links nothing."""
    entry = ("Coordenação de Aperfeiçoamento de Pessoal de Nível Superior. (2022). Relatório de avaliação "
             "quadrienal 2017-2020. Capes.\n\n")
    prose = ("According to the Coordenação de Aperfeiçoamento de Pessoal de Nível Superior (Capes), output grew "
             "(Capes, 2022). The Federal Agency for Training (Fatra) disagreed (Fatra, 2022; Inep, 2022).")
    text = APA.replace("Correll, J., Park", entry + "Correll, J., Park").replace("## References", prose + "\n\n## References")
    analysis = analyse_text(text, tmp_path)
    body = next(r for r in analysis.references if r.text.startswith("Coordenação"))
    by_text = {c.text: c.targets for c in analysis.callouts}
    assert by_text["(Capes, 2022)"] == (body.position,)
    assert not any(t for name, t in by_text.items() if "Fatra" in name or "Inep" in name)
    # Without the definition, "(Capes, 2022)" is no citation of that entry.
    undefined = analyse_text(text.replace(" (Capes), output", ", output"), tmp_path)
    assert not [c for c in undefined.callouts if c.text == "(Capes, 2022)" and c.targets]


def test_a_comma_after_et_al_before_the_year_is_still_a_citation(tmp_path):
    """"Smith et al., (2019)" (a slip some texts print) cites as "Smith et al. (2019)"."""
    text = APA.replace("Smith et al. (2019) replied", "Smith et al., (2019) replied")
    original, slipped = analyse_text(APA, tmp_path), analyse_text(text, tmp_path)
    assert [c.targets for c in slipped.callouts] == [c.targets for c in original.callouts]
    assert any(c.text == "Smith et al., (2019)" for c in slipped.callouts)


@pytest.mark.parametrize("status", ["in press", "no prelo", "en prensa", "im Druck"])
def test_a_work_in_press_is_cited_by_its_status_in_any_language(status, tmp_path):
    """"(Lee, in press)", "(Pletsch, no prelo)": the status stands for the year in the
    citation as in the entry, in English, Portuguese, Spanish and German."""
    text = APA.replace("Lee, K. (2020b). Second paper", f"Lee, K. ({status}). Second paper").replace(
        "Lee, 2020a, 2020b;", f"Lee, 2020a; Lee, {status};")
    analysis = analyse_text(text, tmp_path)
    second = next(r for r in analysis.references if r.title.startswith("Second paper"))
    assert any(second.position in c.targets and status in c.text for c in analysis.callouts)
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name == "uncited-reference" or (f.name == "undefined-citation" and "Lee" in f.message)]


def test_a_work_cited_by_the_year_of_the_translation_read(tmp_path):
    """An entry gives the original's imprint and, in a note, the translation the author read:
    "… Paris: Gallimard, 2009 (Trad. cast. … Buenos Aires: FCE, 2010)". "(FOUCAULT, 2010)"
    cites it; a year in no such note ("(FOUCAULT, 1984)", the course's years) does not."""
    text = """# Cinismo

O cínico fala a verdade (FOUCAULT, 2010, p. 207) e a escola o segue (SLOTERDIJK, 2003).
Outro curso (FOUCAULT, 1984) não está na lista.

## Referências

FOUCAULT, M. Le Gouvernement de soi et des autres II. Cours au Collège de France, 1983 - 1984. Paris: Seuil/Gallimard, 2009 (Trad. cast. El gobierno de sí y de los otros II. Curso en el Collège de France (1983 - 1984). Buenos Aires: Fondo de Cultura Económica, 2010).

SLOTERDIJK, P. Kritik der zynischen Vernunft. Frankfurt am Main: Suhrkamp, 1983 (Trad. cast. Crítica de la razón cínica. Madrid: Siruela, 2003).
"""
    analysis = analyse_text(text, tmp_path)
    by_text = {c.text: c.targets for c in analysis.callouts}
    foucault, sloterdijk = (r.position for r in analysis.references)
    assert by_text["(FOUCAULT, 2010, p. 207)"] == (foucault,)
    assert by_text["(SLOTERDIJK, 2003)"] == (sloterdijk,)
    assert not by_text.get("(FOUCAULT, 1984)")


def test_a_hard_wrapped_abnt_list_with_a_wrapped_dash_and_semicolon_names(tmp_path):
    """ABNT's list as PDF text: no blank lines, "BASSET, Gilbert; KOENKER, R." (a full given
    name, then ";") and "GRAÚNA, Graça." (accented) open entries, and a line that wrapped
    before a dash ("- SIDRA.") is that entry's text, not a bulleted list that would leave
    every other line unread."""
    lines = """AROCA, P.; BRIDA, J. G.; VOLO, S. Tourism statistics:
correcting data inadequacy using coarsened exact matching.
Working Paper. Free University of Bozen, 2014.
BASSET, Gilbert; KOENKER, R. Regression quantiles.
Econometrica, v. 46, n. 1, p. 33-50, 1978.
BLACKWELL, M.; IACUS, S.; KING, G.; PORRO, G. CEM:
Coarsened exact matching in Stata. The Stata Journal. v. 9, n.
4, p. 524-546, 2009.
FERREIRA, Aurélio Buarque de Holanda. Minidicionário Século
XXI Escolar. Rio de Janeiro: Nova Fronteira, 2001.
GRAÚNA, Graça. Contrapontos da Literatura Indígena
contemporânea no Brasil. Belo Horizonte: Mazza Edições,
2013.
IBGE - Instituto Brasileiro de Geografia e Estatística. Banco de
Dados Agregados. Sistema IBGE de Recuperação Automática
- SIDRA. Rio de Janeiro, 2015.
IMBENS, G. W. Nonparametric Estimation of Average Treatment
Effects under Exogeneity: A Review. Review of Economics and
Statistics, v. 86, n. 1, p. 4-29, 2004.
RUBIN, D. B. Matched Sampling for Causal Effects. Cambridge:
Cambridge University Press, 2006."""
    text = ("# T\n\nClaims (AROCA; BRIDA; VOLO, 2014; BASSET; KOENKER, 1978; BLACKWELL et al., 2009; FERREIRA, 2001; "
            "GRAÚNA, 2013; IBGE, 2015; IMBENS, 2004; RUBIN, 2006).\n\n## Referências\n\n" + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.year for r in analysis.references] == ["2014", "1978", "2009", "2001", "2013", "2015", "2004", "2006"]
    assert sorted(t for c in analysis.callouts for t in c.targets) == [r.position for r in analysis.references]


def test_a_hard_wrapped_abnt_list_opens_authorless_titles_and_unstopped_lines(tmp_path):
    """ABNT sets names in capitals, and an authorless work opens with its title's first
    word so ("GOVERNO anuncia …", "A CRISE do …"): in PDF text with no blank lines, such
    a line after one that ended an entry opens an entry; a name in capitals opens one even
    after a line the source left unstopped ("… sem referência"). A name list wrapped
    inside a name ("…, DE" / "SOUSA, V. F.", "…, OLIVEIRA" / "FILHO, J.") and a "DOI:"
    line go on with their entry."""
    lines = """ALVES, M. Políticas públicas e território. São Paulo:
Editora Exemplo, 2015.
GOVERNO anuncia novo plano para a educação básica. Jornal
do Comércio, Recife, 3 mar. 2019. Política.
A CRISE do saneamento nas capitais. Revista Cidade, v. 4,
n. 2, p. 10-12, 2018.
BARROS, T.; COSTA, L.; DE
SOUSA, V. F.; NUNES, A.; OLIVEIRA
FILHO, J. Água e cidade. Revista Urbana, v. 7, n. 1,
p. 5-20, 2020.
DOI: 10.1000/urb.2020.7
Folha Regional, 3/4/19 sem referência
MENDES, R. Cidades médias no Brasil. Rio de Janeiro:
Editora Modelo, 2017.
PEREIRA, C. A forma urbana. Belo Horizonte: Editora
Teste, 2012."""
    text = ("# T\n\nClaims (ALVES, 2015; BARROS et al., 2020; MENDES, 2017; PEREIRA, 2012).\n\n## Referências\n\n"
            + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    openings = [r.raw.split()[0] for r in analysis.references]
    # (The unstopped newspaper line opens nothing by itself: it stays with the entry above.)
    assert openings == ["ALVES,", "GOVERNO", "A", "BARROS,", "MENDES,", "PEREIRA,"]
    assert "10.1000/urb.2020.7" in list(analysis.references)[3].raw
    cited = {r.raw.split()[0] for c in analysis.callouts for r in analysis.references if r.position in c.targets}
    assert cited == {"ALVES,", "BARROS,", "MENDES,", "PEREIRA,"}


def test_a_body_name_after_a_page_break_mid_name_goes_on_with_its_entry(tmp_path):
    """PDF text breaks a page inside an imprint: "… Bruxelas: European" / (page break) /
    "University Association, 2019. Disponível em: …". The body's name and year go on with
    the entry above; a person's name after such a break still opens one."""
    lines = """Alves, M. Políticas de acesso aberto no ensino superior.
Revista de Ciência, v. 3, n. 1, p. 10-20, 2018.
Stoy, L.; Morais, R. Decrypting the journal landscape:
follow-up of the survey report. 2019. Bruxelas: European

University Association, 2019. Disponível em:
https://example.org/report.pdf. Acesso em: 3 nov. 2022.
Silva, S. M. A produção científica da informação.
Pesquisa Brasileira, v. 16, n. 1, p. 1-14, 2021.
Teixeira, R. Acesso aberto no Brasil: um balanço.
Revista de Estudos, v. 9, n. 2, p. 33-41, 2020. Editora Nova

Costa, P. 2017. Métricas e avaliação da pesquisa científica.
Revista de Métricas, v. 2, n. 1, p. 5-9."""
    text = ("# T\n\nClaims (Alves, 2018; Stoy; Morais, 2019; Silva, 2021; Teixeira, 2020; Costa, 2017).\n\n## Referências\n\n"
            + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.raw.split(",")[0] for r in analysis.references] == ["Alves", "Stoy", "Silva", "Teixeira", "Costa"]
    assert "University Association, 2019" in list(analysis.references)[1].raw


def test_hyphenated_initials_open_an_entry_in_a_hard_wrapped_list(tmp_path):
    """A list as PDF text, no blank lines between entries: "Björk, B-C.;", "Guédon, J-C."
    and "Sauvé, J-S;" (hyphenated French and Portuguese initials) open entries after one
    that ended, as "Babini, D.;" does."""
    lines = """Babini, D.; Rovelli, L. Tendencias recientes em las políticas científicas de ciência
abierta y acceso abierto em Iberoamérica. Buenos Aires: CLACSO, 2020. Acesso em: 2 fev. 2021.
Björk, B-C.; Korkeamäki, T. Adoption of the Open Access Business Model in Scientific Journal
Publishing. College & Research Libraries, v. 81, n. 7, p. 1080-1094, 2020.
Guédon, J-C. El acceso abierto y La división entre ciencia principal y periférica. Crítica y
emancipación, v. 3, n. 6, p. 135-180, 2011.
Sauvé, J-S; Mongeon, P.; Larivière, V. From art to science: A bibliometric analysis of
architectural scholarly production from 1980 to 2015. Plos one, v. 17, n. 11, p. e0276840, 2022."""
    text = ("# T\n\nClaims (Babini; Rovelli, 2020; Björk; Korkeamäki, 2020; Guédon, 2011; Sauvé; Mongeon; Larivière, 2022)."
            "\n\n## Referências\n\n" + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.year for r in analysis.references] == ["2020", "2020", "2011", "2022"]
    assert sorted(t for c in analysis.callouts for t in c.targets) == [r.position for r in analysis.references]


def test_short_undated_paragraphs_still_end_entries_in_a_wrapped_list(tmp_path):
    """A list as a PDF's glyphs give it, each entry a paragraph wrapped at the column:
    newspapers cited by their day ("El Cronista, 24/5/17 falta referencia") print no year,
    yet each paragraph is still one entry — not a page of text to be split by names."""
    entries = [
        "ADAMOVSKY, E. El cambio y la impostura . Buenos\nAires: Planeta, 2016.",
        "ALEMAN, J. Horizontes neoliberales en la\nsubjetividad. Madrid: Grama, 2016.",
        "Ámbito Financiero, 17/7/17 falta referencia.",
        "ANGENOT, M. El discurso social: los límites\nhistóricos de lo pensable y lo decible. Buenos\nAires: Siglo XXI, 2010.",
        "BAJTIN, M. El problema de los géneros discursivos\n. México: Siglo XXI, 1989.",
        "CAYÓN, D. Para los empresarios, Macri hizo un\ndiscurso “fundacional” con reformas\nimprescindibles. El Cronista, 31 oct. 2017b.\nEconomia y política.",
        "CIFRA. Informe sobre situación del mercado de\ntrabajo n. .. Buenos Aires: CIFRA-CTA, 2018.",
        "Clarín, 15/5/18 falta referencia",
        "Clarín, 14/5/18 falta referencia",
        "DELLATORRE, R. La Asociación Empresaria\nArgentina y las medidas para después de las\nelecciones. Página 12 , Argentina, 3 sep. 2017.\nEconomia.",
        "El Cronista, 24/5/17 falta referencia",
        "IVES, P. Language and hegemony in Gramsci .\nLondres: Pluto Press, 2009.",
    ]
    text = ("# T\n\nClaims (ADAMOVSKY, 2016; ALEMAN, 2016; ANGENOT, 2010; BAJTIN, 1989; CIFRA, 2018; IVES, 2009).\n\n"
            "## References\n\n" + "\n\n".join(entries) + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.raw[:12] for r in analysis.references] == [e.replace("\n", " ")[:12] for e in entries]


def test_a_body_in_capitals_opens_an_entry_in_a_wrapped_list(tmp_path):
    """ABNT sets a body's name in capitals ("ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA.",
    "PORTAL G1."): after an entry that ended, such a line opens the next one, as a
    person's "SILVEIRA, D." does."""
    lines = """BRASIL, C. I. do. Número de trabalhadores em home office diminui em
novembro de 2020. Rio de Janeiro: Agência Brasil, 2021. Disponível em:
https://bit.ly/3CejM3Z. Acesso em: 12 ago. 2021.
ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA.
ENAP. Escritora americana explica como a teoria do encantamento pode
fortalecer lideranças. 2021. Disponível: https://bit.ly/3G7VElA. Acesso em: 13 ago. 2021.
PORTAL G1. Número de municípios com bibliotecas públicas cai quase 10%
em quatro anos, diz IBGE. 2019. Disponível em: http://glo.bo/3jdNCi9.
Acesso em: 12 ago. 2021.
SILVEIRA, D. Home office bateu recorde no Brasil em 2018, diz IBGE.
Disponível em: http://glo.bo/3v4pO2P. Acesso em: 12 ago. 2021.
SISTEMA NACIONAL DE BIBLIOTECAS PÚBLICAS.
SNBP. Informações das bibliotecas públicas. 2021. Disponível em:
http://snbp.cultura.gov.br/bibliotecaspublicas/. Acesso em: 12 ago. 2021."""
    text = ("# T\n\nClaims (BRASIL, 2021; ESCOLA NACIONAL DE ADMINISTRAÇÃO PÚBLICA, 2021; PORTAL G1, 2019).\n\n"
            "## Referências\n\n" + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.raw[:8] for r in analysis.references] == ["BRASIL, ", "ESCOLA N", "PORTAL G", "SILVEIRA", "SISTEMA "]


def test_a_body_in_capitals_over_its_acronym_in_paragraphs_of_pdf_text(tmp_path):
    """The same list as a PDF's glyphs give it, a blank line after each entry, the column
    width wrapping a body's name in capitals ("INSTITUTO NACIONAL DE PESQUISAS ESPACIAIS.")
    over its acronym ("INPE. Relatório …"): the acronym goes on with the name, which is
    no page-break remnant of the entry above. An address the line break cut with no hyphen
    ("…/handle/12" / "3456.2020.e1/789.") is one address again."""
    # (Each entry dated three times, by its year, its address and the day it was read.)
    lines = """CARDOSO, L. P. do. Clima urbano e ilhas de calor nas capitais. Recife:
Editora Ambiente, 2020. Disponível em:
https://repositorio.exemplo.br/handle/12
3456.2020.e1/789. Acesso em: 2 mar. 2021.

DUARTE, F. Ventilação natural em escolas públicas. 2019. Disponível em:
https://example.org/2019/ventilacao. Acesso em: 3 mar. 2021.

INSTITUTO NACIONAL DE PESQUISAS ESPACIAIS.
INPE. Relatório anual de queimadas no bioma Cerrado. 2021.
Disponível em: https://example.org/2021/inpe. Acesso em: 4 maio 2021.

MOREIRA, T. Cidades e calor. Revista Clima, v. 3, n. 1, p. 4-9, 2019.
Disponível em: https://example.org/2019/clima. Acesso em: 5 maio 2021.

NUNES, A. Arborização e conforto térmico. São Paulo: Editora Verde,
2018. Disponível em: https://example.org/2018/verde. Acesso em: 6 maio 2021.

SISTEMA DE MONITORAMENTO DO CLIMA URBANO.
SIMCU. Boletim de temperaturas de 2020. 2020. Disponível em:
https://example.org/2020/simcu. Acesso em: 7 maio 2021."""
    text = ("# T\n\nClaims (CARDOSO, 2020; DUARTE, 2019; INSTITUTO NACIONAL DE PESQUISAS ESPACIAIS, 2021; MOREIRA, 2019; "
            "NUNES, 2018; SISTEMA DE MONITORAMENTO DO CLIMA URBANO, 2020).\n\n## Referências\n\n" + lines + "\n")
    analysis = analyse_text(text, tmp_path)
    assert [r.raw[:8] for r in analysis.references] == ["CARDOSO,", "DUARTE, ", "INSTITUT", "MOREIRA,", "NUNES, A", "SISTEMA "]
    first = list(analysis.references)[0]
    assert first.url == "https://repositorio.exemplo.br/handle/123456.2020.e1/789"
    # (Where the list is read line by line, the acronym under a name alone opens nothing;
    # after a line that ended an entry, it opens its authorless work.)
    from refgraph.references.extract import _opens_in_capitals

    assert not _opens_in_capitals("INPE. Relatório anual de queimadas.", "INSTITUTO NACIONAL DE PESQUISAS ESPACIAIS.")
    assert _opens_in_capitals("INPE. Relatório anual de queimadas.", "https://example.org/x. Acesso em: 2 mar. 2021.")
    assert first.publisher == "Editora Ambiente"


def test_a_body_whose_name_opens_with_the_is_cited_with_or_without_it(tmp_path):
    """"THE ECONOMIST." heads its entry and is cited "(The Economist, 2023)", which the
    citation reads as "Economist"; the entry is found either way."""
    text = ("# T\n\nChina's slowdown is debated (Koo, 2023; The Economist, 2023).\n\n## References\n\n"
            "KOO, R. Chinese economic challenges today. [S.l.]: Peterson Institute for International Economics, 2023. "
            "Available at: http://en.iiss.pku.edu.cn/info/1064/3395.htm. Last access: Jan. 14, 2024.\n\n"
            "THE ECONOMIST. Does China face a lost decade? The Economist, Sept. 10, 2023. Available at: "
            "https://www.economist.com/x. Last access: Jan. 14, 2024.\n")
    analysis = analyse_text(text, tmp_path)
    assert [c.targets for c in analysis.callouts] == [tuple(r.position for r in analysis.references)]


def test_two_names_joined_by_a_slash(apa, tmp_path):
    """German styles cite two authors as "(Plant/Peruche 2005)"."""
    body, references = APA.split("## References")
    rewritten = analyse_text(body.replace("Plant & Peruche, 2005", "Plant/Peruche 2005") + "## References" + references,
                             tmp_path, "apa.md")
    assert [c.targets for c in rewritten.callouts] == [c.targets for c in apa.callouts]


def test_a_harvard_list_in_capitals_with_glued_initials_resolves_every_citation(sample, sample_text, tmp_path):
    """Aberdeen's Harvard: surnames in capitals, initials glued ("RUSH, A.J., TRIVEDI, M.H.,
    …, and WARDEN, D., (2006). Title. *Am J Psychiatry*, 163, pp.1905–1917."), cited
    "(Rush et al. 2006)". Each name is a person (not a body called "RUSH A.J."), so every
    citation finds its entry, and no year-mismatch says a year differs from itself."""
    refs = {r.number: r for r in sample.references}
    people = lambda r: r.authors and not any(a.literal for a in r.authors) and r.year and r.journal

    def cited(ref) -> str:
        names = [a.family for a in ref.authors]
        lead = names[0] if len(names) == 1 else f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al."
        return f"{lead} {ref.year}"

    keys = [cited(r) for r in refs.values() if people(r)]
    usable = {n for n, r in refs.items() if people(r) and keys.count(cited(r)) == 1}
    body = sample_text.split("#### REFERENCES")[0]
    out, last, kept = [], 0, []
    for callout in sample.callouts:
        if not set(callout.numbers) <= usable:
            continue
        out += [body[last:callout.span.start], " (" + "; ".join(cited(refs[n]) for n in callout.numbers) + ")"]
        last = callout.span.end
        kept.append(set(callout.numbers))
    out.append(body[last:])
    entries = []
    for n in sorted(usable, key=lambda n: (refs[n].authors[0].family.lower(), refs[n].year)):
        r = refs[n]
        names = [f"{a.family.upper()}, {''.join(c + '.' for c in a.initials)}" for a in r.authors]
        listed = ", ".join(names[:-1]) + ", and " + names[-1] if len(names) > 1 else names[0]
        entries.append(f"{listed}, ({r.year}). {r.title.rstrip('.')}. *{r.journal}*, {r.volume}, pp.{r.pages}.")
    text = "".join(out) + "#### REFERENCES\n\n" + "\n\n".join(entries) + "\n"
    analysis = analyse_text(text, tmp_path)
    assert len(analysis.references) == len(usable)
    number_of = {r.position: refs_n for r, refs_n in zip(analysis.references, sorted(
        usable, key=lambda n: (refs[n].authors[0].family.lower(), refs[n].year)))}
    found = [{number_of[p] for p in c.targets} for c in analysis.callouts]
    assert len(kept) > 80
    assert sum(f == k for f, k in zip(found, kept)) >= 0.97 * len(kept)
    findings = run_checks(analysis, Config())
    assert not [f for f in findings if f.name == "year-mismatch" and re.search(r"gives (\d{4})\b.* for \1\.", f.message)]
