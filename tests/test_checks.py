"""The checker: every rule fires on an injected defect and stays quiet on clean text."""
from __future__ import annotations

import json
import os
import re

import pytest

from conftest import APA, CASES, ROOT, analyse_text, needs_corpus
from refgraph.checks import RULES, run_checks
from refgraph.checks.config import Config

CLEAN = """# A clean manuscript

## Introduction

Depression is common worldwide.<sup>1</sup> Ketamine acts fast in treatment-resistant depression.<sup>2,3</sup>
Berman et al.<sup>4</sup> first tested it in 2000, and later trials agreed.<sup>5-7</sup> One used a lower dose.<sup>6</sup>
Side effects are mostly transient.<sup>8</sup>

## Discussion

Maintenance dosing remains open.<sup>2,8</sup>

## References

1. Ferrari AJ, Somerville AJ, Baxter AJ, Norman R, Patten SB, Vos T, et al. Global variation in the prevalence and incidence of major depressive disorder. Psychol Med 2013;43:471-481.
2. Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry 2006;63:856-864.
3. Murrough JW, Iosifescu DV, Chang LC, Al Jurdi RK, Green CE, Perez AM, et al. Antidepressant efficacy of ketamine in treatment-resistant major depression. Am J Psychiatry 2013;170:1134-1142.
4. Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry 2000;47:351-354.
5. Ferrara A, Mauri MC, Boscati L. Plasma and platelet amino acid concentrations in major depression. Neuropsychobiology 1998;37:124-129.
6. Mathews D, Ibrahim L, Chaves JF. A trial of a low-trapping channel blocker. Biol Psychiatry 2013;74:257-264.
7. Mathew SJ, Price RB. Does ketamine have anti-suicidal properties? CNS Drugs 2015;29:181-188.
8. Wan LB, Levitch CF, Perez AM, Brallier JW, Iosifescu DV, Chang LC, et al. Ketamine safety and tolerability in clinical trials. J Clin Psychiatry 2015;76:247-252.
"""


def findings_for(text, tmp_path, config=None):
    analysis = analyse_text(text, tmp_path)
    return run_checks(analysis, config or Config())


def _insert_paragraph(text: str, paragraph: str) -> str:
    return text.replace("## METHODS", paragraph + "\n\n## METHODS", 1)


def _sub(old: str, new: str):
    def apply(text: str) -> str:
        assert old in text, f"injection anchor missing: {old!r}"
        return text.replace(old, new, 1)

    return apply


# rule name → (injection into the sample, what the new finding must mention)
INJECTIONS = {
    "reference-numbering": (_sub("  40. Boulos LJ", "  41. Boulos LJ"), {41}),
    "undefined-citation": (_sub("<sup>24,115</sup>", "<sup>24,115,120</sup>"), {120}),
    "uncited-reference": (_sub("psychological disorders,<sup>114</sup>", "psychological disorders,"), {114}),
    "citation-order": (lambda t: t.replace("5%,<sup>1</sup>", "5%,<sup>X</sup>", 1).replace("diseases.<sup>2</sup>", "diseases.<sup>1</sup>", 1).replace("<sup>X</sup>", "<sup>2</sup>", 1), {2}),
    "citation-range": (_sub("<sup>15-18</sup>", "<sup>18-15</sup>"), {15, 16, 17, 18}),
    "overcited-reference": (lambda t: _insert_paragraph(t, " ".join(f"Point {i} holds.<sup>28</sup>" for i in range(12))), {28}),
    "author-spelling": (_sub("Sutton MA, Ito HT", "Suton MA, Ito HT"), {53}),
    "author-initials": (_sub("Gideons ES, Kavalali ET, Monteggia LM.", "Gideons ES, Kavalali ET, Monteggia L."), {56}),
    "et-al-usage": (_sub("Patten SB, Vos T, et al.", "Patten SB, et al."), {1}),
    "named-author-mismatch": (_sub("Sos et al.<sup>70</sup>", "Sos et al.<sup>71</sup>"), {71}),
    "year-mismatch": (_sub("In 2000, Berman et al.<sup>23</sup>", "In 2002, Berman et al.<sup>23</sup>"), {23}),
    "duplicate-reference": (_sub("  114. Wilkinson ST, Wright D, Fasula MK, Fenton L, Griep M, Ostroff RB, et al. Cognitive behavior therapy may sustain antidepressant effects of intravenous Ketamine in treatment-resistant depression. *Psychother Psychosom* 2017;86:162-167.",
                                 "  114. Berman R, Cappiello A, Anand A, Oren D, Heninger G, Charney D, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-4."), {23, 114}),
    "incomplete-reference": (_sub("*Psychol Med* 2013;43:471-481.", "*Psychol Med* 2013;43:471-461."), {1}),
    "epub-ahead-of-print": (_sub("*Psychol Med* 2013;43:471-481.", "*Psychol Med* 2013 [Epub ahead of print]."), {1}),
    "unsupported-claim": (lambda t: _insert_paragraph(t, "A recent trial found that 45% of patients (n=120) responded within a day."), set()),
    "conflicting-facts": (_sub("IV ketamine vs. IV placebo, either two or three times weekly, for up to 4 weeks\tIV\t67", "IV ketamine vs. IV placebo, either two or three times weekly, for up to 4 weeks\tIV\t76"), {78}),
}


# Rules of author–date manuscripts: injected into the APA manuscript.
AUTHOR_DATE_INJECTIONS = {
    "ambiguous-citation": (lambda t: t.replace("(2020a)", "(2020)").replace("(2020b)", "(2020)").replace("Lee, 2020a, 2020b;", "Lee, 2020;"), {2, 3}),
    "citation-form": (_sub("(Correll et al., 2007; Plant & Peruche, 2005)", "(Correll et al., 2007; Plant et al., 2005)"), {4}),
}
INJECTIONS["citations-not-recognised"] = (lambda t: re.sub(r"<sup>[^<]*</sup>", "", t), set())
INJECTIONS["uncertain-reference"] = (
    _sub("  115. Bahr R, Lopez A, Rey JA. Intranasal Esketamine (Spravato™) for use in treatment-resistant depression in conjunction with an oral antidepressant. *P T* 2019;44:340-375.", "  115. Smith J Jones K the wax moth Galleria mellonella Insect 2017 24 342 1"), {115})


def test_every_rule_has_fixtures_and_documentation():
    assert {r.name for r in RULES} == set(INJECTIONS) | set(AUTHOR_DATE_INJECTIONS)
    assert len({r.code for r in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"RG\d{3}", rule.code) and re.fullmatch(r"[a-z]+(?:-[a-z]+)+", rule.name)
        bad, good = rule.examples()
        assert rule.summary and bad and good, rule.name
        assert rule.severity in {"error", "warning", "info"}


def test_clean_manuscript_has_no_findings(tmp_path):
    assert findings_for(CLEAN, tmp_path) == []


@pytest.mark.parametrize("name", sorted(INJECTIONS))
def test_injected_defect_is_found(name, sample_text, sample_findings, tmp_path):
    inject, references = INJECTIONS[name]
    before = {f for f in sample_findings if f.name == name}
    after = {f for f in findings_for(inject(sample_text), tmp_path) if f.name == name}
    new = [f for f in after if (f.rule, f.references, f.message) not in {(b.rule, b.references, b.message) for b in before}]
    assert new, f"{name}: nothing new reported"
    if references:
        assert any(references & set(f.references) for f in new), [f.message for f in new]


@pytest.mark.parametrize("name", sorted(AUTHOR_DATE_INJECTIONS))
def test_injected_defect_is_found_in_an_author_date_manuscript(name, tmp_path):
    inject, references = AUTHOR_DATE_INJECTIONS[name]
    before = {(f.rule, f.references, f.message) for f in findings_for(APA, tmp_path) if f.name == name}
    new = [f for f in findings_for(inject(APA), tmp_path) if f.name == name and (f.rule, f.references, f.message) not in before]
    assert new, f"{name}: nothing new reported"
    assert any(references & set(f.references) for f in new), [f.message for f in new]


CORPUS_INJECTIONS = [
    # Reverse the first range; an article without ranges gets its first list unsorted.
    ("citation-range", lambda t: re.sub(r"<sup>(\d+)([-–,])(\d+)</sup>", lambda m: f"<sup>{m.group(3)}{m.group(2)}{m.group(1)}</sup>", t, count=1)),
    ("undefined-citation", lambda t: t.replace("</sup>", ",999</sup>", 1)),
    ("epub-ahead-of-print", lambda t: re.sub(r"(\n1\. [^\n]*?\b(?:19|20)\d\d)[^\n]*", r"\1 [Epub ahead of print].", t, count=1)),
]


@needs_corpus()
@pytest.mark.parametrize("case", CASES[:6], ids=[c.name for c in CASES[:6]])
@pytest.mark.parametrize("name, inject", CORPUS_INJECTIONS, ids=[n for n, _ in CORPUS_INJECTIONS])
def test_injected_defect_is_found_in_corpus_articles(case, name, inject, tmp_path):
    text = (case / "manuscript.md").read_text(encoding="utf-8")
    before = [f for f in findings_for(text, tmp_path) if f.name == name]
    after = [f for f in findings_for(inject(text), tmp_path) if f.name == name]
    assert len(after) > len(before)


def test_sample_findings_match_what_an_editor_would_fix(sample_findings):
    by_rule = {}
    for f in sample_findings:
        by_rule.setdefault(f.name, []).append(f)
    spelled = {f.references: f.message for f in by_rule["author-spelling"]}
    assert spelled == {(51, 109): "Author 'Murrough JW' (refs 67, 91, 92) is also spelled 'Murrrough JW' (refs 51, 109).",
                       (39,): "Author 'Diazgranados N' (refs 68, 69) is also spelled 'Diaz Granados N' (ref 39)."}
    initials = {f.message.split("'")[1] for f in by_rule["author-initials"]}
    assert initials == {"Brutsche NE", "Trivedi MH", "Zarate CA Jr", "Hoepfner BB", "Fenton LR", "Ionescu DE"}
    assert {f.references for f in by_rule["epub-ahead-of-print"]} == {(13,), (75,), (85,)}
    assert [f.references for f in by_rule["incomplete-reference"]] == [(89,)]
    assert [f.references for f in by_rule["et-al-usage"]] == [(111,)]
    order = by_rule["citation-order"]
    assert len(order) == 1 and order[0].references == (78, 79, 84, 85, 86, 93) and "Table 1" in order[0].message
    hidden = sorted(n for f in by_rule["citation-range"] for n in f.references)
    assert hidden == [9, 16, 17, 36, 53]
    conflicts = " ".join(f.message for f in by_rule["conflicting-facts"])
    assert "midazolam (mg/kg) dose 0.45" in conflicts and "sample size 46" in conflicts
    assert [f.line for f in by_rule["unsupported-claim"]] == [112]
    [overcited] = by_rule["overcited-reference"]  # info: the two sources cited 4 times against a median of 1
    assert overcited.references == (28, 35) and overcited.severity == "info" and "median 1 citation" in overcited.message
    for absent in ("undefined-citation", "uncited-reference", "reference-numbering", "duplicate-reference",
                   "named-author-mismatch", "year-mismatch"):
        assert absent not in by_rule, by_rule.get(absent)


def test_a_source_added_to_six_more_claims_leads_the_overcited_finding(sample_text, tmp_path):
    """7 citations against a median of 1: reported first, with the claims as evidence."""
    text = sample_text
    for anchor in ("diseases.<sup>2</sup>", "<sup>15-18</sup>", "Sos et al.<sup>70</sup>", "<sup>24,115</sup>",
                   "psychological disorders,<sup>114</sup>", "5%,<sup>1</sup>"):
        assert anchor in text
        text = text.replace(anchor, anchor.replace("</sup>", ",10</sup>"), 1)
    [finding] = [f for f in findings_for(text, tmp_path) if f.name == "overcited-reference"]
    assert "robust outlier test): references 10 (7 times, z 8.1, claims at lines " in finding.message
    assert finding.references == (10, 28, 35)


def test_an_unusual_long_stack_is_reported_but_not_a_house_habit(sample_text, tmp_path):
    stacked = sample_text.replace("diseases.<sup>2</sup>", "diseases.<sup>1-15</sup>", 1)
    stacks = [f for f in findings_for(stacked, tmp_path) if f.name == "overcited-reference" and "at once" in f.message]
    assert len(stacks) == 1 and "cites 15 references at once ('1-15')" in stacks[0].message
    habit = re.sub(r"<sup>(\d+)</sup>", lambda m: f"<sup>{m.group(1)},1-9</sup>", sample_text)
    assert not [f for f in findings_for(habit, tmp_path) if "at once" in f.message]


def test_a_typing_slip_in_an_uncommon_surname_is_found_without_shared_coauthors(sample_text, tmp_path):
    """"Duamn RS" beside "Duman RS" (same initials, a swap, no co-author in common) is one
    person; look-alike names of different people made the same way stay quiet."""
    entry = "Harmer CJ, Duman RS, Cowen PJ."
    assert entry in sample_text
    slipped = [f for f in findings_for(sample_text.replace(entry, "Harmer CJ, Duamn RS, Cowen PJ.", 1), tmp_path)
               if f.name == "author-spelling" and "Duman" in f.message]
    assert len(slipped) == 1 and "'Duamn RS'" in slipped[0].message
    for other in ("Duma RS", "Dumans RS", "Duman RT", "Dumen RS"):  # a changed/added last letter, other initials, a changed letter
        quiet = findings_for(sample_text.replace(entry, f"Harmer CJ, {other}, Cowen PJ.", 1), tmp_path)
        assert not [f for f in quiet if f.name == "author-spelling" and "Duman" in f.message], other


def test_similar_names_of_different_people_are_not_findings(sample_findings):
    text = " ".join(f.message for f in sample_findings if f.name.startswith("author"))
    for name in ("Ferrari", "Ferrara", "Mathew", "Scolnick", "Skolnick", "Wan ", "Wang", "Williams", "Atkinson", "Li N",
                 "Daly", "Opler", "Zhou", "Freeman", "Berman N", "Taylor"):
        assert name not in text, name


def test_golden_sample_findings():
    import os

    from refgraph.batch import check_one
    from refgraph.render import findings_json

    produced = findings_json([check_one(None, {})])
    golden = ROOT / "tests" / "golden" / "sample-findings.json"
    if os.environ.get("REFGRAPH_UPDATE_GOLDEN"):  # deliberate: review the diff, then commit
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


@needs_corpus()
def test_untouched_corpus_articles_keep_their_reviewed_findings():
    """Every finding on the real articles was reviewed as real (see README); new ones fail."""
    from refgraph.pipeline import analyse

    golden = ROOT / "tests" / "golden" / "corpus-findings.json"
    produced = {}
    for case in CASES:
        analysis = analyse(case / "manuscript.md")
        produced[case.name] = sorted(f"{f.rule} {f.name} {list(f.references)}" for f in run_checks(analysis))
    if os.environ.get("REFGRAPH_UPDATE_GOLDEN"):  # deliberate: review each changed finding, then commit
        golden.write_text(json.dumps(produced, indent=1) + "\n", encoding="utf-8")
    assert produced == json.loads(golden.read_text(encoding="utf-8"))


def test_inline_suppression(sample_text, tmp_path):
    text = sample_text.replace("  109. Murrrough JW", "  109. <!-- refgraph: ignore author-spelling --> Murrrough JW", 1)
    text = text.replace("Murrrough JW, Collins KA", "<!-- refgraph: ignore RG201 -->Murrrough JW, Collins KA", 1)
    names = [f.name for f in findings_for(text, tmp_path)]
    assert "author-spelling" in names  # Diazgranados remains
    assert not any(f.name == "author-spelling" and 51 in f.references for f in findings_for(text, tmp_path))


def test_suppression_on_either_entry_covers_the_finding_about_both(sample_text, tmp_path):
    """The Murrrough finding sits on entry 51; a comment on entry 109 (on its wrapped second
    line) still covers it, and only it."""
    entry = "  109. Murrrough JW, Burdick KE, Levitch CF, Perez AM, Brallier JW, Chang LC, et al. Neurocognitive"
    assert entry in sample_text
    text = sample_text.replace(entry, entry.replace(" et al. Neurocognitive", " et al.\n       <!-- refgraph: ignore RG201 --> Neurocognitive"), 1)
    spelling = [f for f in findings_for(text, tmp_path) if f.name == "author-spelling"]
    assert [f.references for f in spelling] == [(39,)]


@pytest.mark.parametrize("brackets", [False, True])
def test_named_author_and_year_anywhere_in_the_claim(sample_text, tmp_path, brackets):
    """"In 2002, Berman et al. investigated … [23]": name and year found away from the callout."""
    old = "In 2000, Berman et al.<sup>23</sup> investigated ketamine as a potential antidepressant for the first time."
    far = "In {year}, {name} et al. investigated ketamine as a potential antidepressant for the first time.<sup>23</sup>"
    def variant(year, name):
        text = sample_text.replace(old, far.format(year=year, name=name), 1)
        return re.sub(r"<sup>([\d,\s–-]+)</sup>", r" [\1]", text) if brackets else text
    found = {f.name: f for f in findings_for(variant(2002, "Berman"), tmp_path) if f.name in ("year-mismatch", "named-author-mismatch")}
    assert set(found) == {"year-mismatch"} and found["year-mismatch"].references == (23,)
    wrong = [f for f in findings_for(variant(2000, "Moher"), tmp_path) if f.name == "named-author-mismatch"]
    assert [f.references for f in wrong] == [(23,)]
    assert not [f for f in findings_for(variant(2000, "Berman"), tmp_path) if f.name in ("year-mismatch", "named-author-mismatch")]
    handed_over = sample_text.replace(old, "In 2000, Moher et al. found it, as did earlier work.<sup>23</sup>", 1)
    assert not [f for f in findings_for(handed_over, tmp_path) if f.name == "named-author-mismatch"]



@pytest.mark.parametrize("name, expected", [("Moghaddam", None), ("Daly", None), ("Verma", "author 3 there")])
def test_a_group_named_by_its_head(sample_text, tmp_path, name, expected):
    """"Daly and co-workers" names a research group by its head, whom the list prints last
    (reference 28: Moghaddam B, Adams B, Verma A, Daly D): the first or the last author,
    not one between them. "Daly et al." must still be the first author."""
    old = "strengthen excitatory glutamate signaling in the medial prefrontal cortex.<sup>28</sup>"
    assert old in sample_text
    def named(form):
        return sample_text.replace(old, old.replace(".<sup>28</sup>", f", as {name} {form}<sup>28</sup> proposed."), 1)
    group = [f.message for f in findings_for(named("and co-workers"), tmp_path) if f.name == "named-author-mismatch"]
    assert group == ([f"'{name}' is cited as reference 28, but it is {expected}."] if expected else [])
    et_al = [f for f in findings_for(named("et al."), tmp_path) if f.name == "named-author-mismatch"]
    assert len(et_al) == (0 if name == "Moghaddam" else 1)


def test_a_group_head_hidden_by_et_al_is_no_mismatch(sample_text, tmp_path):
    """Reference 23 lists six names, then "et al.": the head of the group may be among those
    left out, so "Moher and colleagues" is no sure mismatch; "Moher et al." is."""
    old = "In 2000, Berman et al.<sup>23</sup> investigated"
    assert old in sample_text
    colleagues = sample_text.replace(old, "In 2000, Moher and colleagues<sup>23</sup> investigated", 1)
    assert not [f for f in findings_for(colleagues, tmp_path) if f.name == "named-author-mismatch"]


def test_a_list_that_names_more_people_in_full_keeps_its_own_habit(sample_text, tmp_path):
    """The sample lists six names, then "et al.". One entry with eight names in full is a
    slip; three of them are the house's own limit (the Royal Society lists ten, APA
    twenty), and no entry is held to six."""
    cut = ["Patten SB, Vos T, et al.", "Murrough JW, Iosifescu DV, Chang LC, Al Jurdi RK, Green CE, Perez AM, et al.",
           "Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, et al."]
    for names in cut:
        assert names in sample_text, names
    def listed_in_full(count):
        text = sample_text
        for names in cut[:count]:
            text = text.replace(names, names.replace("et al.", "Doe J, Roe R, Poe P, Moe M, Zoe Z."), 1)
        return [f for f in findings_for(text, tmp_path) if f.name == "et-al-usage" and "authors; the list" in f.message]
    one = listed_in_full(1)
    assert len(one) == 1 and "lists" in one[0].message
    assert listed_in_full(3) == []

def test_select_and_ignore(sample):
    only = run_checks(sample, Config(select=("RG3",)))
    assert only and {f.rule[:3] for f in only} == {"RG3"}
    without = run_checks(sample, Config(ignore=("author-initials", "RG105")))
    assert not {f.name for f in without} & {"author-initials", "citation-range"}


def test_capitalised_words_before_callouts_are_not_taken_for_authors(tmp_path):
    text = CLEAN.replace("Depression is common worldwide.<sup>1</sup>",
                         "Depression is common in Korea (2015)<sup>1</sup> and in Alzheimer and Parkinson<sup>1</sup> cohorts.")
    assert [f.name for f in findings_for(text, tmp_path)] == []


def test_range_running_past_the_list_is_one_finding(sample_text, tmp_path):
    text = sample_text.replace("<sup>24,115</sup>", "<sup>24,114-117</sup>", 1)
    found = [f for f in findings_for(text, tmp_path) if f.name in {"citation-range", "undefined-citation"}]
    overrun = [f for f in found if "runs past the end" in f.message]
    assert len(overrun) == 1 and overrun[0].references == (116, 117) and overrun[0].severity == "error"
    assert not [f for f in found if f.name == "undefined-citation"]


def test_surname_particles_in_the_text_are_not_mismatches(sample_text, tmp_path):
    text = sample_text.replace("Glial cells play an important role in the regulation of glutamate signaling",
                               "As van der Veen et al.<sup>19</sup> and Hasler et al.<sup>19</sup> showed, glial cells play an important role in the regulation of glutamate signaling", 1)
    text = text.replace("Sos et al.<sup>70</sup>", "De Jesus et al.<sup>58</sup> and Sos et al.<sup>70</sup>", 1)
    names = [f for f in findings_for(text, tmp_path) if f.name == "named-author-mismatch"]
    assert [f.references for f in names] == [(19,), (58,)]
    assert "author 2 there" in names[0].message and "author 4 there" in names[1].message


def test_two_people_of_one_surname_in_one_author_list_are_not_one_person(sample_text, tmp_path):
    """"Antunes LS, Antunes LAA" in one entry are two people: no spelling or initials
    finding links them, whatever co-authors their other entries share."""
    extra = ("  116. Abreu MG, Milani AJ, Antunes LS, Antunes LAA. Dental trauma in primary dentition. *Int J Burns Trauma* 2020;10:201-209.\n"
             "  117. Abreu MG, Germano F, Antunes LS. Oral health of preschoolers and their families. *Glob Pediatr Health* 2021;8:1-8.\n"
             "  118. Abreu MG, Milani AJ, Antunes LSA. Trauma and quality of life of children. *Dent Traumatol* 2019;35:11-19.\n")
    text = _append_entries(sample_text, extra)
    findings = [f for f in findings_for(text, tmp_path) if f.name.startswith("author") and "Antunes" in f.message]
    # "Antunes LSA" (118) shares Abreu and Milani with "Antunes LS" (116, 117): that one is
    # reported (118 is the entry to fix), not as the "LAA" it is a keyboard slip from.
    assert [f.message for f in findings] == ["Author 'Antunes LS' (refs 116, 117) is also written 'Antunes LSA' (ref 118)."]
    assert [sorted(f.references) for f in findings] == [[118]]


def _author_findings(text, tmp_path, surname):
    return [f for f in findings_for(text, tmp_path) if f.name.startswith("author") and surname in f.message]


def test_a_keyboard_slip_in_an_initial_links_only_rare_names_and_only_lone_forms(sample_text, tmp_path):
    """The sample's "Ionescu DE" / "Ionescu DF" (one letter a key apart, a rare surname)
    stays an info finding; the same slip in a frequent surname ("Henderson BE" /
    "Henderson BR", no co-author in common) is two namesakes; and a form the co-authors
    already tie to one person ("Gelfand M" ~ "Gelfand MS" through Mironov) does not pull
    in a third one slip away ("Gelfand MD", someone else)."""
    assert [(f.severity, f.references) for f in _author_findings(sample_text, tmp_path, "Ionescu")] == [("info", (77, 112))]
    extra = ("  116. Ingles SA, Haile RW, Henderson BE. Linkage disequilibrium between two vitamin D receptor markers. *Cancer Epidemiol Biomarkers Prev* 1997;6:93-98.\n"
             "  117. Henderson BR, Kuhn LC. Interactions between iron-regulatory proteins and their RNA target sequences. *Prog Mol Subcell Biol* 1997;18:117-140.\n"
             "  118. Kozarek RA, Gelfand MD, Patterson DJ. Randomized trial of botulinum toxin doses for achalasia. *Gastroenterology* 1997;112:A184.\n"
             "  119. Frishman D, Mironov A, Mewes HW, Gelfand M. Combining diverse evidence for gene recognition in sequenced bacterial genomes. *Nucleic Acids Res* 1998;26:2941-2947.\n"
             "  120. Mironov AA, Fickett JW, Gelfand MS. Frequent alternative splicing of human genes. *Genome Res* 1999;9:1288-1293.\n")
    text = _append_entries(sample_text, extra)
    assert not _author_findings(text, tmp_path, "Henderson")
    gelfand = _author_findings(text, tmp_path, "Gelfand")
    assert [f.message for f in gelfand] == ["Author 'Gelfand M' (ref 119) is also written 'Gelfand MS' (ref 120)."]


def test_two_people_written_differently_in_the_same_two_entries_are_two_findings(sample_text, tmp_path):
    """Findings about different names in the same entries are kept apart: each points at its
    own name (they had been one finding, the other name silently dropped)."""
    extra = ("  116. Frishman D, Mironov A, Mewes HW, Gelfand M. Combining diverse evidence for gene recognition in sequenced bacterial genomes. *Nucleic Acids Res* 1998;26:2941-2947.\n"
             "  117. Mironov AA, Fickett JW, Gelfand MS. Frequent alternative splicing of human genes. *Genome Res* 1999;9:1288-1293.\n")
    text = _append_entries(sample_text, extra)
    found = [f for f in findings_for(text, tmp_path) if f.name == "author-initials" and 116 in f.references]
    assert sorted(f.message.split("'")[1] for f in found) == ["Gelfand M", "Mironov A"]
    line = text.splitlines()[found[0].line - 1]
    assert {line[f.column - 1:].split(",")[0].split(".")[0] for f in found} == {"Mironov A", "Gelfand M"}


def test_a_spelling_finding_names_only_the_person_it_is_about(sample_text, tmp_path):
    """"Müller KM" beside "Muller KM" is one person spelled two ways; "Müller T", another
    person of the same spelling, is not part of that finding. A slip between two spellings
    the list writes once each ("Gauthier F", "Gautier F") tells nothing about which, if
    either, is wrong: two people are as likely."""
    extra = ("  116. Brasch F, Ochs M, Muller KM, Richter J. Cathepsin H and SP-B are colocalized in lamellar bodies. *Am J Respir Cell Mol Biol* 2002;26:659-670.\n"
             "  117. Kruger R, Kuhn W, Müller T, Woitalla D. Ala30Pro mutation in the alpha-synuclein gene in Parkinson's disease. *Nat Genet* 1998;18:106-108.\n"
             "  118. Fehrenbach H, Schmiedl A, Müller KM. Morphometry of the surfactant system in transplanted lungs. *Eur Respir J* 2001;17:61-68.\n"
             "  119. Vos A, Müller T, Schuster P. Oral vaccination of foxes against rabies in Europe. *Vet Bull* 2000;70:1-5.\n"
             "  120. Gauthier F, Moreau T, Gutman N. Functional diversity of proteinases of the rat kallikrein family. *Agents Actions Suppl* 1992;38:42-49.\n"
             "  121. Beydon L, Desfontis JC, Gautier F. Response to tamponade and dobutamine in swine. *Ann Fr Anesth Reanim* 2001;20:40-47.\n")
    text = _append_entries(sample_text, extra)
    muller = _author_findings(text, tmp_path, "ller")
    assert [(f.name, sorted(f.references)) for f in muller] == [("author-spelling", [116, 118])]
    assert "Müller T" not in muller[0].message
    assert not _author_findings(text, tmp_path, "Gaut")


def test_names_in_other_scripts_and_unicode_forms_are_compared_as_written(sample_text, tmp_path):
    """Cyrillic surnames are compared letter by letter ("Анчев А" and "Ангелов А" had both
    folded to an empty key and been reported as one name spelled two ways); one spelling in
    two Unicode forms (composed "á", and "a" + combining accent) is one spelling, a
    difference no reader could see."""
    composed, decomposed = "Thr\u00e1insson H", "Thra\u0301insson H"
    extra = ("  116. Анчев А, Петров П. Лечение депрессии у подростков. *Журнал неврологии* 2015;115:12-18.\n"
             "  117. Ангелов А, Иванов И. Кетамин и суицидальные мысли. *Психиатрия* 2016;14:20-26.\n"
             f"  118. {composed}, Smith J. Icelandic syntax in a comparative light. *Lingua* 2001;111:1-20.\n"
             f"  119. {decomposed}, Jones K. Object shift and scrambling. *Linguistic Inquiry* 2003;34:30-50.\n")
    text = _append_entries(sample_text, extra)
    assert not [f for f in findings_for(text, tmp_path) if f.name.startswith("author") and set(f.references) & {116, 117, 118, 119}]


def test_works_the_list_tells_apart_are_not_duplicates(sample_text, tmp_path):
    """One author's works of one year that the list tells apart by a letter ("2024a",
    "2024c") or by a name in the title ("AIS" and "GrIS") are two works; a copy that
    only writes one word differently ("COVID-19", "Covid19") is still a duplicate."""
    extra = ("  116. Gorte T, Lovenduski NS. CESM2 AIS simulation output (1992-2014): ocean heat content responses to ice sheet discharge. *Zenodo* 2024.\n"
             "  117. Gorte T, Lovenduski NS. CESM2 GrIS simulation output (1992-2014): ocean heat content responses to ice sheet discharge. *Zenodo* 2024.\n"
             "  118. Reyes P, Lind M. Ketamine clinics during the COVID-19 pandemic: a survey of access and delays. *J Affect Disord* 2021;290:10-14.\n"
             "  119. Reyes P, Lind M. Ketamine clinics during the Covid19 pandemic: a survey of access and delays. *J Affect Disord* 2021;290:10-14.\n")
    found = [sorted(f.references) for f in findings_for(_append_entries(sample_text, extra), tmp_path) if f.name == "duplicate-reference"]
    assert [118, 119] in found
    assert not any(116 in refs or 117 in refs for refs in found)


def _append_entries(sample_text: str, entries: str) -> str:
    """The sample with more entries at the end of its list (after 115)."""
    last = "*P T* 2019;44:340-375."
    assert last in sample_text
    return sample_text.replace(last, last + "\n" + entries.rstrip("\n"), 1)


def test_one_doi_on_two_different_titles_is_a_wrong_doi_not_a_copy(sample_text, tmp_path):
    extra = ("  116. Aldama A, Doos K. Tracmass: formal release of version 7.0. *Zenodo* 2020. doi:10.5281/zenodo.4337926\n"
             "  117. Aldama A, Doos K. Formation of the overturning circulation lower limb depends on Arctic mixing. *Zenodo* 2020. doi:10.5281/zenodo.4337926\n")
    found = [f for f in findings_for(_append_entries(sample_text, extra), tmp_path) if f.name == "duplicate-reference"]
    assert [(sorted(f.references), "same DOI" in f.message) for f in found if 116 in f.references] == [([116, 117], True)]
    # A DOI cut short ("10.1016/j") names a journal series, not a work: no finding.
    cut = extra.replace("doi:10.5281/zenodo.4337926", "doi:10.1016/j")
    assert not [f for f in findings_for(_append_entries(sample_text, cut), tmp_path) if f.name == "duplicate-reference" and 116 in f.references]


def test_a_book_without_its_publisher_is_reported_where_the_house_names_publishers(sample_text, tmp_path):
    """A book with no publisher is incomplete where the list's books give theirs; a house
    that prints books as "Title. Place; Year" (classics, German humanities) is not asked."""
    placeless = ["Hainsworth JB. The flexibility of the Homeric formula. Oxford; 1968.",
                 "Rubin DC. Memory in oral traditions. New York; 1995.",
                 "Morrison JV. Homeric misdirection: false prediction in the Iliad. Ann Arbor; 1992.",
                 "Wender D. The last scene of the Odyssey. Leiden; 1978.",
                 "Foley JM. Homer's traditional art. University Park; 1999."]
    published = ["Hainsworth JB. The flexibility of the Homeric formula. Oxford: Clarendon Press; 1968.",
                 "Rubin DC. Memory in oral traditions. New York: Oxford University Press; 1995.",
                 "Morrison JV. Homeric misdirection: false prediction in the Iliad. Ann Arbor: University of Michigan Press; 1992.",
                 "Wender D. The last scene of the Odyssey. Leiden: Brill; 1978.",
                 "Foley JM. Homer's traditional art. University Park; 1999."]

    def no_publisher(entries):
        extra = "".join(f"  {116 + i}. {entry}\n" for i, entry in enumerate(entries))
        return sorted(n for f in findings_for(_append_entries(sample_text, extra), tmp_path)
                      if f.name == "incomplete-reference" and "publisher" in f.message for n in f.references)

    assert no_publisher(placeless) == []
    assert no_publisher(published) == [120]


def test_an_open_page_range_is_an_incomplete_reference_and_reads_as_its_first_page(sample_text, tmp_path):
    """PubMed exports a record with no last page as "2013;43:471-." — the editor is told,
    and the record keeps the first page (not "471-")."""
    text = sample_text.replace("*Psychol Med* 2013;43:471-481.", "*Psychol Med* 2013;43:471-.")
    assert text != sample_text
    analysis = analyse_text(text, tmp_path)
    assert analysis.references.by_number()[1].pages == "471"
    [finding] = [f for f in findings_for(text, tmp_path) if f.name == "incomplete-reference" and f.references == (1,)]
    assert "471– has no last page" in finding.message


def test_a_deposit_found_by_its_doi_lacks_no_source(sample_text, tmp_path):
    """A dataset cited by its DOI with no journal ("Dey D. Backward trajectories …,
    10.5281/zenodo.10210320 (2023)") is found by the DOI: no "no source" finding; the same
    entry without the DOI still gets one."""
    with_doi = "  116. Dey D. Backward trajectories from AMOC lower limb, 10.5281/zenodo.10210320 (2023).\n"
    without = "  116. Dey D. Backward trajectories from AMOC lower limb (2023).\n"
    def source_findings(extra):
        return [f for f in findings_for(_append_entries(sample_text, extra), tmp_path)
                if f.name == "incomplete-reference" and f.references == (116,) and "no source" in f.message]
    assert source_findings(with_doi) == []
    assert len(source_findings(without)) == 1


def test_an_umlaut_and_its_spelled_out_form_are_one_name(sample_text, tmp_path):
    """One co-author of the sample renamed "Müller NE" in entry 65 and "Mueller NE" in entry
    69 (both with Zarate CA Jr): German spells ü out as "ue", so that is one person's name
    written two ways, found even though Müller is too common a name for a near-miss
    spelling to count as evidence."""
    text = sample_text.replace("Carlson PJ, Brutsche NE", "Carlson PJ, Müller NE", 1)
    text = text.replace("Zarate CA Jr, Brutsche NE, Ibrahim L", "Zarate CA Jr, Mueller NE, Ibrahim L", 1)
    spelled = [f.message for f in findings_for(text, tmp_path) if f.name == "author-spelling"]
    assert any("Müller NE" in m and "Mueller NE" in m for m in spelled), spelled


@needs_corpus()
def test_et_al_convention_allows_a_houses_full_lists():
    """The Royal Society keeps one name before "et al." and lists up to ten in full: its
    nine-name full lists are no slip (two false findings on Phil. Trans. A). A list that
    keeps three names still has its eleven- and thirty-five-name lists reported."""
    from corpus import shared_dir
    from refgraph.pipeline import analyse

    def list_findings(name: str) -> list[str]:
        analysis = analyse(shared_dir() / "corpus-dev" / "cases" / name / "manuscript.md")
        return [f.message for f in run_checks(analysis, Config()) if f.name == "et-al-usage" and f.message.startswith("Reference")]

    assert list_findings("philtransa_2021_0097") == []
    assert [re.search(r"lists (\d+)", m).group(1) for m in list_findings("virulence_2021_1878672")] == ["11", "35"]


def test_a_table_numbered_where_it_stands_is_in_order(sample, tmp_path):
    """Journals number a table's citations either at the table's first mention or where
    the table stands; a list in order under either is in order. The sample's entries,
    cited 1–2 in the text, 3–4 in a table mentioned before 2 but set after it, then 5: no
    finding (one before). Cited 1, 3 in the text and 2, 4 in the table, it is out of
    order under both readings, and reported."""
    raw = [r.raw for r in sample.references][:5]

    def manuscript(text_first: int, text_second: int, rows: tuple[int, int]) -> str:
        entries = "\n".join(f"{n}. {r}" for n, r in enumerate(raw, 1))
        return (f"# Ketamine\n\n## Results\n\nThe first trial was small.<sup>{text_first}</sup> Table 1 lists the later "
                f"trials. A cohort followed them for a year.<sup>{text_second}</sup>\n\n**Table 1.** Trials\n\n"
                f"| Study | Result |\n|---|---|\n| Singh et al.<sup>{rows[0]}</sup> | response |\n"
                f"| Fava et al.<sup>{rows[1]}</sup> | response |\n\nLater work agreed.<sup>5</sup>\n\n"
                f"## References\n\n{entries}\n")

    findings = run_checks(analyse_text(manuscript(1, 2, (3, 4)), tmp_path), Config())
    assert not [f for f in findings if f.name == "citation-order"]
    findings = run_checks(analyse_text(manuscript(1, 3, (2, 4)), tmp_path), Config())
    assert [f.name for f in findings if f.name == "citation-order"] == ["citation-order"]


def test_a_report_published_under_its_authors_initialism_is_not_an_incomplete_article(sample_text, tmp_path):
    """"National Institute for Health and Care Excellence. … NICE; 2022." is the body's own
    report, not an article in a journal "NICE" missing its volume and pages."""
    extra = ("  116. National Institute for Health and Care Excellence. Depression in adults: treatment and management. NICE; 2022.\n"
             "  117. British Medical Association. Ethics of care. BMJ 2020.\n")
    incomplete = {n: f.message for f in findings_for(_append_entries(sample_text, extra), tmp_path)
                  if f.name == "incomplete-reference" for n in f.references}
    assert 116 not in incomplete
    assert "volume" in incomplete[117]  # a journal that is not the body's initialism still wants its volume


def test_articles_cited_by_doi_alone_are_one_finding_where_the_list_does_so(sample_text, tmp_path):
    """A list that cites many articles online by their DOI alone ("Cell Microbiol 2005.
    doi:10.1111/…") is told so once; where only a few entries do, each is incomplete."""
    def doi_alone(count):
        return "".join(f"  {116 + i}. Hudson KJ, Bouton AH. Adhesins of Yersinia, part {i + 1}. Cell Microbiol 2005. "
                       f"doi:10.1111/j.1462-5822.2005.{i:05d}.x\n" for i in range(count))

    many = [f for f in findings_for(_append_entries(sample_text, doi_alone(30)), tmp_path) if f.name == "incomplete-reference"]
    summary = [f for f in many if "by DOI alone" in f.message]
    assert len(summary) == 1 and summary[0].severity == "info" and summary[0].references == tuple(range(116, 146))
    assert not [f for f in many if any(n >= 116 for n in f.references) and f is not summary[0]]
    few = [f for f in findings_for(_append_entries(sample_text, doi_alone(2)), tmp_path) if f.name == "incomplete-reference"]
    assert sorted(n for f in few if "has no volume" in f.message for n in f.references if n >= 116) == [116, 117]
    assert not [f for f in few if "by DOI alone" in f.message]


def test_a_trial_registration_is_found_by_its_number(sample_text, tmp_path):
    """A register's record named by its number ("ClinicalTrials.gov … NCT01234567") is found
    by it, as an article by its DOI: no URL, volume or pages to ask for."""
    extra = ("  116. ClinicalTrials.gov. Ketamine for suicidal ideation (NCT01234567). Bethesda: National Library of Medicine; 2021.\n"
             "  117. National Institute of Mental Health. Ketamine in treatment-resistant depression. ClinicalTrials.gov. 2019. NCT01234568.\n")
    analysis = analyse_text(_append_entries(sample_text, extra), tmp_path)
    assert [(r.kind, r.genre) for r in analysis.references if r.number >= 116] == [
        ("online", "ClinicalTrials.gov NCT01234567"), ("online", "ClinicalTrials.gov NCT01234568")]
    incomplete = [f for f in run_checks(analysis, Config()) if f.name == "incomplete-reference"]
    assert not [f for f in incomplete if {116, 117} & set(f.references)]


def test_a_journal_without_volumes_and_an_entry_in_press_are_not_incomplete(sample_text, tmp_path):
    """NLM's "2021;(3):CD012345" is a journal that numbers issues, not volumes; an entry in
    press has no year yet (RG303 reports it). Neither is asked for what it cannot have."""
    extra = ("  116. Lee S, Kim H. Ketamine and esketamine for depression. Cochrane Database Syst Rev 2021;(3):CD012345.\n"
             "  117. Zarate CA Jr, Singh JB. Ketamine in depression. Am J Psychiatry. In press.\n"
             "  118. Park M, Kim H. Ketamine in adolescents. J Affect Disord 2021;3:CD012346.\n")
    found = findings_for(_append_entries(sample_text, extra), tmp_path)
    incomplete = {n: f.message for f in found if f.name == "incomplete-reference" for n in f.references}
    assert 116 not in incomplete and 117 not in incomplete
    assert [f.references for f in found if f.name == "epub-ahead-of-print" and 117 in f.references] == [(117,)]
    assert 118 not in incomplete  # a volume with no issue is complete as printed


def test_an_article_published_online_with_no_issue_yet_is_ahead_of_print(sample_text, tmp_path):
    """AMA's "Published online June 5, 2019" and The Lancet's "published online Jan 5", with no
    volume or pages, are online first, as "[Epub ahead of print]" is; with its volume and
    pages, the online date is only history."""
    extra = ("  116. Daly EJ, Trivedi MH, Janik A, et al. Efficacy of esketamine nasal spray. JAMA Psychiatry. "
             "Published online June 5, 2019. doi:10.1001/jamapsychiatry.2019.1189\n"
             "  117. Fava M, Freeman MP, Flynn M, et al. Dose-ranging trial of intravenous ketamine. Lancet Psychiatry 2021; "
             "published online Jan 5. https://doi.org/10.1016/S2215-0366(20)30400-0.\n"
             "  118. Park M, Kim H. Ketamine in adolescents. JAMA Pediatr. 2021;175(3):301-309. Published online December 7, 2020.\n")
    found = findings_for(_append_entries(sample_text, extra), tmp_path)
    ahead = {n for f in found if f.name == "epub-ahead-of-print" for n in f.references}
    assert {116, 117} <= ahead and 118 not in ahead


def test_the_first_authors_named_in_order_are_no_mismatch(sample_text, tmp_path):
    """"Berman, Cappiello et al.<sup>23</sup>" names reference 23's first two authors; the
    second alone, "Cappiello et al.<sup>23</sup>", names the wrong person first."""
    def mismatches(named):
        text = sample_text.replace("Berman et al.<sup>23</sup>", named + "<sup>23</sup>", 1)
        return [f.message for f in findings_for(text, tmp_path) if f.name == "named-author-mismatch" and 23 in f.references]

    assert mismatches("Berman, Cappiello et al.") == [] and mismatches("Berman and Cappiello et al.") == []
    assert mismatches("Cappiello et al.") == ["'Cappiello' is cited as reference 23, but it is author 2 there."]


def test_a_field_the_mends_rewrote_is_not_the_taggers_doubt(sample_text, tmp_path):
    """The tagger read "(United States)" as the publisher of a laboratory's report, doubtfully;
    the mends make the laboratory the publisher. refgraph is not unsure of a field it no
    longer reads as the tagger did."""
    extra = ("  116. Hunke E, et al. Cice, the los alamos sea ice model. Tech. Rep., Los Alamos National Lab.(LANL), "
             "Los Alamos, NM (United States) (2017).\n")
    analysis = analyse_text(_append_entries(sample_text, extra), tmp_path)
    ref = next(r for r in analysis.references if r.number == 116)
    assert (ref.kind, ref.publisher) == ("report", "Los Alamos National Lab.(LANL)")
    assert "publisher" not in dict(ref.confidence)
    assert not [f for f in run_checks(analysis, Config()) if f.name == "uncertain-reference" and "publisher" in f.message]


@pytest.mark.parametrize("removed, expected", [
    # a run: one omission, one finding
    ((61, 62, 63), [((61, 62, 63), "References 61-63 (3 in a row) are never cited.")]),
    # apart: each its own
    ((61, 63), [((61,), "Reference 61 is never cited."), ((63,), "Reference 63 is never cited.")]),
])
def test_uncited_entries_in_a_row_are_one_finding(sample_text, tmp_path, removed, expected):
    """Entries left uncited in a row of a numbered list (the table or legend that cited
    them left out of the text) are reported once, with every number, not once each."""
    text = sample_text
    for number in removed:
        text = re.sub(rf"<sup>{number}</sup>", "", text, count=1)
    found = [(f.references, f.message) for f in findings_for(text, tmp_path) if f.rule == "RG103"]
    assert found == expected
