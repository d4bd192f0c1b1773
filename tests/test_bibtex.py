"""BibTeX and CSL-JSON exports: refs.bib is current, round-trips, and validates."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from refgraph.exports.bibtex import to_bibtex
from refgraph.exports.csl import to_csl_json
from refgraph.exports.keys import citation_keys


def test_refs_bib_at_the_root_is_what_refgraph_bib_writes(tmp_path):
    target = tmp_path / "refs.bib"
    result = subprocess.run([sys.executable, "-m", "refgraph.cli", "bib", "-o", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == (ROOT / "refs.bib").read_bytes(), "regenerate refs.bib with `refgraph report`"


def test_keys_are_readable_unique_and_disambiguated(sample, tmp_path):
    from conftest import analyse_text

    keys = citation_keys(sample.references)
    assert keys[23] == "berman2000antidepressant" and keys[24] == "fdaapproves"
    assert len(set(keys.values())) == 115
    text = ("# T\n\nA.<sup>1</sup> B.<sup>2</sup>\n\n## References\n\n"
            "1. Smith J. Ketamine in mice. J A 2000;1:1-2.\n2. Smith K. Ketamine in rats. J B 2000;2:3-4.\n")
    assert list(citation_keys(analyse_text(text, tmp_path).references).values()) == ["smith2000ketaminea", "smith2000ketamineb"]


def test_keys_of_first_authors_in_other_scripts_are_transliterated(tmp_path):
    """"王伟" and "Иванов" give keys of their own, not "ref2015" for both."""
    from conftest import analyse_text

    text = ("# T\n\nA.<sup>1</sup> B.<sup>2</sup>\n\n## References\n\n"
            "1. 王伟, 李明. 抑郁症的氯胺酮治疗[J]. 中华精神科杂志, 2015, 48(2): 65-70.\n"
            "2. Иванов И.И., Петров П.П. Кетамин при депрессии // Журнал неврологии. 2015. Т. 115, № 3. С. 12–18.\n")
    keys = list(citation_keys(analyse_text(text, tmp_path).references).values())
    assert keys[0].startswith("wangwei2015") and keys[1].startswith("ivanov2015"), keys


def test_a_first_author_read_without_a_name_still_gets_a_key(sample):
    """A person read from damaged text may carry initials and no surname ("UmedaH ."): the
    key falls back to the title (it had crashed `report` on a list of 5,810 entries)."""
    from dataclasses import replace

    from refgraph.references.model import Author

    first = list(sample.references)[0]  # "Global variation in the prevalence …"
    ref = replace(first, authors=(Author(family="", initials="U"),))
    assert list(citation_keys([ref]).values()) == [f"global{first.year}variation"]
    assert f"global{first.year}variation" in to_bibtex([ref])


def _split_bibtex_name(name: str):
    """'Zarate, Jr, C. A.' → ('Zarate', 'CA', 'Jr'); '{Diaz Granados}, N.' → ('Diaz Granados', 'N', '')."""
    parts = [p.strip() for p in name.split(",")]
    family = parts[0].strip("{}")
    suffix = parts[1] if len(parts) == 3 else ""
    initials = "".join(c for c in parts[-1] if c.isalpha()) if len(parts) > 1 else ""
    return family, initials, suffix


def test_bibtex_round_trips_through_bibtexparser(sample):
    import bibtexparser

    library = bibtexparser.parse_string(to_bibtex(sample.references))
    assert not library.failed_blocks
    entries = library.entries
    assert len(entries) == 115
    for ref, entry in zip(sample.references, entries):
        fields = {f.key: f.value for f in entry.fields}
        names = fields.get("author", "").split(" and ") if "author" in fields else []
        if ref.et_al:
            assert names[-1] == "others"
            names = names[:-1]
        assert [_split_bibtex_name(n) for n in names] == [(a.family, a.initials, a.suffix) for a in ref.authors], ref.number
        assert fields.get("year", "") == ref.year
        assert fields.get("volume", "") == ref.volume
        assert fields.get("number", "") == ref.issue
        assert fields.get("pages", "").replace("--", "-") == ref.pages
        assert fields.get("journal", "") == ref.journal.replace("&", r"\&")
        assert fields.get("title", "").replace("{", "").replace("}", "") == ref.title
        assert ("note" in fields) == bool(ref.status)
    assert entries[23].entry_type == "online" and {f.key: f.value for f in entries[23].fields}["urldate"] == "2019-03-05"


def test_special_characters_are_escaped_and_no_bare_at_sign(tmp_path):
    from conftest import analyse_text

    text = ("# T\n\nA claim.<sup>1</sup>\n\n## References\n\n"
            "1. Smith J, O'Brien K. Costs & benefits of 50% discounts: the $5 #hashtag_study {x}. J Test 2000;1:1-2.\n")
    bib = to_bibtex(analyse_text(text, tmp_path).references)
    assert r"Costs \& benefits of 50\% discounts: the \$5 \#hashtag\_study \{x\}" in bib
    assert sum(1 for line in bib.splitlines() if line.startswith("@")) == 1


def test_pybtex_reads_the_bibtex_without_errors_or_warnings(sample):
    import pybtex.errors
    from pybtex.database import parse_string

    pybtex.errors.set_strict_mode(True)  # any pybtex warning raises
    try:
        data = parse_string(to_bibtex(sample.references), "bibtex")
        for entry in data.entries.values():
            for person in entry.persons.get("author", []):
                str(person)  # name parsing warnings surface here
    finally:
        pybtex.errors.set_strict_mode(False)
    assert len(data.entries) == 115
    berman = data.entries["berman2000antidepressant"]
    assert str(berman.persons["author"][0]) == "Berman, R. M."
    assert berman.fields["pages"] == "351--354"


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed (.ci/run installs it)")
def test_biber_validates_the_datamodel(tmp_path):
    bib = tmp_path / "refs.bib"
    shutil.copy(ROOT / "refs.bib", bib)
    result = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", str(tmp_path / "out.bib"), str(bib)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [line.replace(str(bib), "refs.bib") for line in result.stdout.splitlines() if line.startswith(("WARN", "ERROR"))]
    # The one web page has no publication date in the source: that warning is the source's.
    assert warnings == ["WARN - Datamodel: Entry 'fdaapproves' (refs.bib): Missing mandatory field - one of 'date, year' must be defined"]


def test_csl_json_has_one_item_per_reference(sample):
    items = json.loads(to_csl_json(sample.references))
    assert len(items) == 115
    berman = items[22]
    assert berman["id"] == "berman2000antidepressant" and berman["type"] == "article-journal"
    assert berman["author"][0] == {"family": "Berman", "given": "R. M."}
    assert berman["issued"] == {"date-parts": [[2000]]} and berman["page"] == "351-354"
    assert items[23]["type"] == "webpage" and items[23]["accessed"] == {"date-parts": [[2019, 3, 5]]}
    assert items[74]["status"] == "Epub ahead of print"
    assert items[4]["author"][-1] == {"family": "Zarate", "given": "C. A.", "suffix": "Jr"}


def test_citeproc_renders_the_csl_json(sample):
    """citeproc-py (the CSL processor behind many tools) formats our items with a bundled style."""
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    items = json.loads(to_csl_json(sample.references))
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.plain)
    for key in ("berman2000antidepressant", "frazer2002delayed"):
        bibliography.register(citeproc.Citation([citeproc.CitationItem(key)]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert rendered == [
        "Berman, R.M. et al. (2000) “Antidepressant effects of ketamine in depressed patients”, Biol Psychiatry, 47, pp. 351–354.",
        "Frazer, A. and Benmansour, S. (2002) “Delayed pharmacological effects of antidepressants”, Mol Psychiatry, 7(Suppl 1), pp. S23–S28.",
    ]


@pytest.mark.parametrize("entry", [
    "Schatzberg AF, Nemeroff CB, editors. Textbook of Psychopharmacology. 5th ed. Arlington: American Psychiatric Publishing; 2017.",
    "Gotlib, I. H., & Hammen, C. L. (Eds.). (2014). Handbook of depression (3rd ed.). Guilford Press.",
    "Smith, J. & Jones, K. (eds) Handbook of Depression (Guilford, 2009).",
])
def test_an_edited_books_names_are_exported_as_its_editors(sample, sample_text, tmp_path, entry):
    """The sample with one of its entries replaced by an edited book: BibTeX and CSL-JSON
    name its people as editors, not authors (biblatex and CSL tell the two apart); the
    sample's own books, by authors, keep theirs. Citations still find it by those names."""
    from conftest import analyse_text

    head, refs = sample_text.split("#### REFERENCES")
    raw = sample.references.by_number()[3].raw
    analysis = analyse_text(head + "#### REFERENCES" + refs.replace(raw, entry, 1), tmp_path)
    edited = analysis.references.by_number()[3]
    assert edited.names_role == "editor" and edited.authors
    bib = to_bibtex(analysis.references)
    block = bib.split("@")[[i for i, b in enumerate(bib.split("@")) if edited.title.split()[0] in b][0]]
    assert "editor = " in block and "author = " not in block
    item = json.loads(to_csl_json(analysis.references))[2]
    assert "editor" in item and "author" not in item
    others = [r for r in analysis.references if r.number != 3]
    assert not any(r.names_role for r in others)
    assert sum(1 for c in analysis.callouts if 3 in c.numbers) == sum(1 for c in sample.callouts if 3 in c.numbers)


@pytest.mark.parametrize("entry, fields", [
    ("ISO 9001:2015. Quality management systems — Requirements. Geneva: International Organization for Standardization; 2015.",
     {"number": "ISO 9001:2015", "institution": "International Organization for Standardization"}),
    ("Currie J. Healthy, wealthy, and wise (Working Paper No. 13987). Cambridge (MA): National Bureau of Economic "
     "Research; 2008.", {"type": "Working Paper", "number": "13987"}),
])
def test_a_reports_number_and_a_standards_designation_are_exported(sample, sample_text, tmp_path, entry, fields):
    """The sample with one entry replaced by a standard or a numbered working paper: the
    BibTeX is a @techreport with its number (and type), which bibtexparser reads back,
    and the CSL-JSON item carries the same number."""
    import bibtexparser
    from conftest import analyse_text

    head, refs = sample_text.split("#### REFERENCES")
    raw = sample.references.by_number()[3].raw
    analysis = analyse_text(head + "#### REFERENCES" + refs.replace(raw, entry, 1), tmp_path)
    library = bibtexparser.parse_string(to_bibtex(analysis.references))
    assert not library.failed_blocks
    report = next(e for e in library.entries if e.fields_dict.get("number") and e.fields_dict["number"].value == fields["number"])
    assert report.entry_type == "techreport"
    assert {name: report.fields_dict[name].value for name in fields} == fields
    item = next(i for i in json.loads(to_csl_json(analysis.references)) if i.get("number") == fields["number"])
    assert item["type"] == "report"


def test_a_patent_is_exported_with_its_number(sample, sample_text, tmp_path):
    """The sample with one entry replaced by a patent in NLM's form: BibTeX writes its
    statement as how the @misc was published, CSL-JSON types it a patent with its number."""
    import bibtexparser
    from conftest import analyse_text

    head, refs = sample_text.split("#### REFERENCES")
    raw = sample.references.by_number()[3].raw
    entry = "Smith J, Jones K, inventors; Acme Corp, assignee. Ketamine formulation. United States patent US 9,123,456. 2015 Sep 1."
    analysis = analyse_text(head + "#### REFERENCES" + refs.replace(raw, entry, 1), tmp_path)
    library = bibtexparser.parse_string(to_bibtex(analysis.references))
    patent = next(e for e in library.entries if "howpublished" in e.fields_dict)
    assert patent.entry_type == "misc" and "9,123,456" in patent.fields_dict["howpublished"].value
    assert patent.fields_dict["author"].value == "Smith, J. and Jones, K."
    item = next(i for i in json.loads(to_csl_json(analysis.references)) if i["type"] == "patent")
    assert "9,123,456" in item["number"] and item["title"] == "Ketamine formulation"


@pytest.mark.parametrize("entry, bibtex, csl", [
    ("Dubar C. La crise des identités. Paris: PUF (coll. Le lien social); 2000.",
     {"series": "Le lien social", "publisher": "PUF"}, {"collection-title": "Le lien social"}),
    ("Ketamine for depression. ClinicalTrials.gov identifier: NCT01234567. Updated March 3, 2020. Accessed May 1, 2021. "
     "https://clinicaltrials.gov/ct2/show/NCT01234567",
     {"note": "ClinicalTrials.gov NCT01234567", "organization": "ClinicalTrials.gov"},
     {"genre": "ClinicalTrials.gov NCT01234567", "container-title": "ClinicalTrials.gov"}),
    ("Davidson F, Davidson J. B. F. Skinner: a fresh appraisal [Motion picture]. United States: Davidson Studio; 1999.",
     {"note": "Motion picture"}, {"genre": "Motion picture"}),
])
def test_a_series_a_registration_and_a_works_description_are_exported(sample, sample_text, tmp_path, entry, bibtex, csl):
    """The sample with one entry replaced by a book in a series, a trial's registration or
    a film: BibTeX keeps the series and says what the work is (bibtexparser reads it back);
    CSL-JSON gives the same as collection-title and genre."""
    import bibtexparser
    from conftest import analyse_text

    head, refs = sample_text.split("#### REFERENCES")
    raw = sample.references.by_number()[3].raw
    analysis = analyse_text(head + "#### REFERENCES" + refs.replace(raw, entry, 1), tmp_path)
    library = bibtexparser.parse_string(to_bibtex(analysis.references))
    assert not library.failed_blocks
    key = next(iter(bibtex))
    exported = next(e for e in library.entries if key in e.fields_dict)
    assert {name: exported.fields_dict[name].value for name in bibtex} == bibtex
    item = json.loads(to_csl_json(analysis.references))[2]
    assert {name: item.get(name) for name in csl} == csl
