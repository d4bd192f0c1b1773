"""Shapes that articles and house styles the parser was never tuned on print (a fresh set of
CSL styles and JATS strings from public repositories, each measured before it was read),
tested on the sample's own articles rewritten in each shape: every field must come back as
the sample's reading has it."""
from __future__ import annotations

import re

import pytest

from conftest import analyse_text
from refgraph.references.clean import slashed_numbers_parted
from refgraph.references.parse import parse_reference

# A given name for each initial, so that the sample's people can be printed in full.
_GIVEN = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Anna Bruno Carla David Emma Felipe Gina Hugo Ines Jorge Karin Luis Maria "
                                                 "Nadia Otto Paula Quentin Rosa Sergio Tomas Ursula Victor Wanda Xavier "
                                                 "Yara Zeno".split()))


def _articles(sample):
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages and not r.et_al
                and all(a.family and a.initials for a in r.authors)]
    assert len(articles) > 40  # (those whose list ends in "et al." print no whole list)
    return articles


def _fields(ref):
    return ([(a.family, a.initials) for a in ref.authors], ref.title.rstrip("."), ref.journal, ref.year, ref.volume,
            ref.pages)


def _read_back(sample, sample_text, tmp_path, printed) -> tuple[list, dict]:
    """The sample with its articles printed by ``printed``, analysed whole."""
    articles = _articles(sample)
    body = sample_text.split("#### REFERENCES")[0]
    entries = "\n".join(f"{r.number}. {printed(r) if r in articles else r.raw}" for r in sample.references)
    analysis = analyse_text(f"{body}#### REFERENCES\n\n{entries}\n", tmp_path)
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    return articles, analysis.references.by_number()


def _misread(sample, sample_text, tmp_path, printed, compare=_fields) -> list[int]:
    """The numbers of the sample's articles that, printed by ``printed`` and read back,
    differ from the sample's own reading in what ``compare`` takes of them."""
    articles, read = _read_back(sample, sample_text, tmp_path, printed)
    return [r.number for r in articles if compare(read[r.number]) != compare(r)]


def _dotted(author) -> str:
    """"A. J.": an author's initials with their stops."""
    return " ".join(i + "." for i in author.initials)


def test_german_quotes_pointing_in_around_the_title(sample, sample_text, tmp_path):
    """German humanities quote the title »so« ("Ferrari, A. J./Somerville, A. J.: »Title«,
    in: *Journal* Bd. 43 (2013), S. 471–481"): the quotes are no words of the title, and the
    journal after "in:" is read."""
    def printed(r):
        names = "/".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names}: »{r.title.rstrip('.')}«, in: *{r.journal}* Bd. {r.volume} ({r.year}), S. {r.pages}"

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


def test_quotes_inside_a_title_stay_as_printed():
    ref = parse_reference("Bonfatti, Emilio, La »Civil conversazione« in Germania. Letteratura del comportamento da "
                          "Stefano Guazzo a Adolph Knigge 1574 – 1788, Udine, 1979.")
    assert ref.title.startswith("La »Civil conversazione« in Germania")


def test_full_given_names_with_a_middle_initial_before_a_bracketed_year(sample, sample_text, tmp_path):
    """APA as authors fill it with their full given names: "Ferrari, Anna J., Somerville,
    Anna J., & Baxter, Anna J. (2013). Title. Journal, 43, 471–481." Each person is one
    surname and its given names, not a surname alone and a person called "Anna J"."""
    def person(a):
        return f"{a.family}, {_GIVEN[a.initials[0]]}" + "".join(f" {i}." for i in a.initials[1:])

    def printed(r):
        people = [person(a) for a in r.authors]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])}, & {people[-1]}"
        return f"{names} ({r.year}). {r.title.rstrip('.')}. {r.journal}, {r.volume}, {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[0])
    assert len(wrong) <= 2, wrong


def test_the_group_after_the_people_and_their_semicolon(sample, sample_text, tmp_path):
    """PubMed names the group the people wrote for after a semicolon ("Rush AJ, Trivedi MH;
    STAR*D Study Team. Title. Journal 2006;163:1905-17."): the group is the list's last
    author, not the title's first sentence nor a part of one long name."""
    def printed(r):
        names = ", ".join(f"{a.family} {a.initials}" for a in r.authors)
        return f"{names}; Depression Trials Study Team. {r.title.rstrip('.')}. {r.journal} {r.year};{r.volume}:{r.pages}."

    articles, read = _read_back(sample, sample_text, tmp_path, printed)
    want = lambda r: ([*_fields(r)[0], ("", "")], *_fields(r)[1:])
    have = lambda r: ([(a.family, a.initials) for a in r.authors], *_fields(r)[1:])
    wrong = [r.number for r in articles if have(read[r.number]) != want(r)]
    assert len(wrong) <= 2, wrong
    assert {read[r.number].authors[-1].literal for r in articles} == {"Depression Trials Study Team"}


def test_a_bodys_acronym_after_its_name_is_no_part_of_the_title():
    ref = parse_reference("NCD Risk Factor Collaboration (NCD-RisC). Worldwide trends in hypertension prevalence and "
                          "progress in treatment and control from 1990 to 2019. Lancet. 2021;398(10304):957-980.")
    assert [a.literal for a in ref.authors] == ["NCD Risk Factor Collaboration (NCD-RisC)"]
    assert ref.title.startswith("Worldwide trends")


def test_a_numbered_supplement_is_the_issue():
    ref = parse_reference("Stahl M, Mariette C; ESMO Guidelines Working Group. Oesophageal cancer: ESMO clinical practice "
                          "guidelines. Ann Oncol 2013;24 Suppl 6:vi51-6.")
    assert (ref.volume, ref.issue, ref.pages) == ("24", "Suppl 6", "vi51-6")


@pytest.mark.parametrize("text, journal, volume, pages, year", [
    # A volume in the thousands before physics' bracketed year is no date.
    ("N. Abgrall et al., AIP Conf. Proc. 1894, 020027 (2017).", "AIP Conf. Proc.", "1894", "020027", "2017"),
    ("A. Smith and B. Jones, Lect. Notes Comput. Sci. 2015, 45–67 (2001).", "Lect. Notes Comput. Sci.", "2015", "45-67",
     "2001"),
    # …nor glued to the journal, as a page that set the volume in bold leaves it.
    ("Albert J. B. et al [EXO-200 Collaboration], Nature510, 229 (2014) [arXiv:1402.6956 [nucl-ex]] [Search inSPIRE].",
     "Nature", "510", "229", "2014"),
    # (INSPIRE's pages add the e-print with its subject class, a search link and the DOI.)
    ("Hartnell J. [SNO+ Collaboration], J. Phys. Conf. Ser.375, 042015 (2012) [arXiv:1201.6169 [physics.ins-det]] "
     "[Search inSPIRE]. (http://dx.doi.org/10.1088/1742-6596/375/1/042015)", "J. Phys. Conf. Ser.", "375", "042015", "2012"),
    # ACS prints the year first: its volume is the number after it.
    ("A. Smith, J. Am. Chem. Soc. 2019, 141, 1234.", "J. Am. Chem. Soc.", "141", "1234", "2019"),
])
def test_physics_volumes_and_years(text, journal, volume, pages, year):
    ref = parse_reference(text)
    assert (ref.journal, ref.volume, ref.pages, ref.year, ref.title) == (journal, volume, pages, year, "")


@pytest.mark.parametrize("text, family", [
    ("Yarza De los Ríos, A. (2011). Corrientes pedagógicas, tradiciones pedagógicas y Educación Especial: pensando "
     "historicamente la Educación Especial em América Latina. Revista RUEDES, Red Universitaria de Educación Especial, "
     "1(1), 3-21, 2011.", "Yarza De los Ríos"),
    ("De las Heras, B., & Smith, A. (2011). Corrientes pedagógicas y educación especial. Revista de Educación, 1(1), "
     "3-21.", "De las Heras"),
])
def test_spanish_particles_de_los_and_de_las(text, family):
    assert family in [a.family for a in parse_reference(text).authors]


def test_entries_under_their_citation_and_a_comma(sample, tmp_path):
    """Antiquités africaines lists each work under its citation, parted by a comma, and
    prints the year nowhere else: "Rush et alii 2006, Rush A. J., Trivedi M. H. and … “Title”,
    *Journal*, 163, 1905–1917." The label is no name, and its year is the entry's."""
    articles = sorted((r for r in sample.references if r.kind == "article" and r.volume and r.pages
                       and all(a.family and a.initials for a in r.authors)), key=lambda r: (r.authors[0].family, r.year))
    assert len(articles) > 80

    def label(r):
        return f"{r.authors[0].family} *et alii* {r.year}" if len(r.authors) > 2 else (
            " et ".join(a.family for a in r.authors) + f" {r.year}")

    def person(a):
        return f"{a.family} {_dotted(a)}"

    def printed(r):
        people = [person(a) for a in r.authors]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"
        return f"{label(r)}, {names} “{r.title.rstrip('.')}”, *{r.journal}*, {r.volume}, {r.pages}."

    listing = "\n\n".join(printed(r) for r in articles)
    analysis = analyse_text(f"# Review\n\n## Introduction\n\nText.\n\n## References\n\n{listing}\n", tmp_path)
    read = list(analysis.references)
    assert len(read) == len(articles)
    wrong = [r.number for r, got in zip(articles, read) if _fields(got)[:5] != _fields(r)[:5] or got.pages != r.pages]
    assert len(wrong) <= 3, wrong


def test_a_page_range_of_years_dates_nothing():
    ref = parse_reference("Rush A. J., Trivedi M. H. “Acute and longer-term outcomes in depressed outpatients”, "
                          "*Am J Psychiatry*, 163, 1905–1917.")
    assert (ref.year, ref.volume, ref.pages) == ("", "163", "1905-1917")


def test_a_bracketed_span_of_years_is_the_date_not_the_pages():
    ref = parse_reference("Johnson, Richard. “What Is Cultural Studies Anyway?” Social Text 16 (1986–87): 36–80.")
    assert (ref.year, ref.volume, ref.pages) == ("1986", "16", "36-80")


def test_a_suffix_before_a_quoted_title_is_the_names():
    ref = parse_reference("Machado-Vieira R, Manji HK, Zarate CA Jr “Rapid onset of antidepressant action: a new "
                          "paradigm”, J Clin Psychiatry, 69, 946–958, 2008.")
    assert (ref.authors[-1].family, ref.authors[-1].suffix) == ("Zarate", "Jr")
    assert ref.title == "Rapid onset of antidepressant action: a new paradigm"


def test_spaced_undotted_initials(sample, sample_text, tmp_path):
    """Some medical journals space the initials they print without stops: "Ferrari A J,
    Somerville A J, Baxter A J, Norman R. Title. Psychol Med 2013; 43: 471–481." Each is
    one person with two initials, not "Ferrari A" with one."""
    def printed(r):
        names = ", ".join(f"{a.family} {' '.join(a.initials)}" for a in r.authors)
        return f"{names}. {r.title.rstrip('.')}. {r.journal} {r.year}; {r.volume}: {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("others, comma", [("y otros", ","), ("& al.", "")])
def test_et_al_in_other_words_in_the_list_and_in_the_text(sample, tmp_path, others, comma):
    """Spanish styles write "et al." in full, "(Ferrari y otros, 2013)" in the text and
    "Ferrari A. J. y otros (2013)." in the list; French and Finnish Harvard write "(Ferrari &
    al. 2013)". Each citation finds its entry; the list's "y otros" or "& al." joins no person
    called "otros" or "al"."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.authors and r.authors[0].family
                and r.authors[0].initials][:30]
    firsts = [r.authors[0].family for r in articles]
    articles = [r for r in articles if firsts.count(r.authors[0].family) == 1]

    def initials(a):
        return " ".join(i + "." for i in a.initials)

    body = " ".join(f"Finding {i} holds ({r.authors[0].family} {others}{comma} {r.year})." for i, r in enumerate(articles, 1))
    listing = "\n\n".join(f"{r.authors[0].family} {initials(r.authors[0])} {others} ({r.year}). “{r.title.rstrip('.')}”. "
                          f"{r.journal}. vol. {r.volume}, pp. {r.pages}." for r in articles)
    analysis = analyse_text(f"# Revisión\n\n## Introducción\n\n{body}\n\n## Referencias\n\n{listing}\n", tmp_path)
    read = list(analysis.references)
    assert [(r.authors[0].family, len(r.authors), r.et_al) for r in read] == [(f, 1, True) for f in firsts
                                                                              if firsts.count(f) == 1]
    by_family = {r.authors[0].family: r.number for r in read}
    assert [c.targets for c in analysis.callouts] == [(by_family[r.authors[0].family],) for r in articles]


def test_japanese_corner_quotes_and_hoka():
    """A Japanese law review's entry: given-first names, "ほか" for et al., the title in
    「」 and the volume and pages marked 巻 and 頁."""
    ref = parse_reference("A. J. Ferrari ほか 「Global variation in the prevalence and incidence of major depressive "
                          "disorder」 Psychol Med 43巻 471–481頁 (2013)")
    assert ([(a.family, a.initials) for a in ref.authors], ref.et_al) == ([("Ferrari", "AJ")], True)
    assert (ref.title, ref.volume, ref.pages, ref.year) == (
        "Global variation in the prevalence and incidence of major depressive disorder", "43", "471-481", "2013")
    ref = parse_reference("C. Bjorkholm & L. M. Monteggia 「BDNF - a key transducer of antidepressant effects」 "
                          "Neuropharmacology 102巻 72–79頁 (2016)")
    assert [(a.family, a.initials) for a in ref.authors] == [("Bjorkholm", "C"), ("Monteggia", "LM")]
    assert ref.title == "BDNF - a key transducer of antidepressant effects"


def test_the_bulletin_of_insectologys_stop_and_hyphen(sample, sample_text, tmp_path):
    """"Bjorkholm C., Monteggia L. M., 2016.- BDNF-a key transducer of antidepressant
    effects.- *Neuropharmacology*, 102: 72–79.": the ".-" parts the entry, it ends no title."""
    def printed(r):
        names = ", ".join(f"{a.family} {_dotted(a)}" for a in r.authors)
        return f"{names}, {r.year}.- {r.title.rstrip('.')}.- *{r.journal}*, {r.volume}: {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


def test_a_journal_after_in_with_year_volume_and_pages(sample, sample_text, tmp_path):
    """German business schools' Harvard: "Bjorkholm, C./Monteggia, L. M. (2016):BDNF-a key
    transducer … . In: Neuropharmacology, 2016, 102, S. 72–79." A one-word journal after
    "In:" is the journal, not a book's publisher."""
    def printed(r):
        names = "/".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} ({r.year}):{r.title.rstrip('.')}. In: {r.journal}, {r.year}, {r.volume}, S. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: (*_fields(r), r.kind))
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("text, place", [
    # NLM's book with a place and no publisher: "Place; Year."
    ("World Health Organization. Physical status: the use and interpretation of anthropometry. Geneva; 1995.", "Geneva"),
    ("Glänzel W. Bibliometrics as a research field: a course on theory and application of bibliometric indicators. "
     "Bélgica, 2003.", "Bélgica"),
])
def test_a_town_before_the_year_is_a_books_place_not_a_journal(text, place):
    ref = parse_reference(text)
    assert (ref.kind, ref.journal, ref.place) == ("book", "", place)


@pytest.mark.parametrize("text, maker, title", [
    # Vancouver's mixed case names the country that made the act, as ABNT's capitals do.
    ("Brasil. Lei nº 9.985, de 18 de julho de 2000. Disponível em http://www.planalto.gov.br/ccivil_03/leis/L9985.htm "
     "Acesso em 18-I-2020.", "Brasil", "Lei nº 9.985, de 18 de julho de 2000"),
    # The act's summary is its title; the imprint after it is not.
    ("BRASIL. Lei nº 9.985, de 18 de julho de 2000. Institui o Sistema Nacional de Unidades de Conservação. Brasília, "
     "DF: Presidência da República, 2000.", "BRASIL",
     "Lei nº 9.985, de 18 de julho de 2000. Institui o Sistema Nacional de Unidades de Conservação"),
])
def test_an_act_under_the_name_of_its_maker(text, maker, title):
    ref = parse_reference(text)
    assert ([a.literal for a in ref.authors], ref.title, ref.year, ref.volume) == ([maker], title, "2000", "")


def _cited_without_brackets(sample, sample_text: str) -> str:
    """The sample cited by name and year in no bracket, as French humanities print it
    ("… is estimated to be 5% Ferrari et alii 2013, and …"), its list bulleted."""
    by_number = {r.number: r for r in sample.references}

    def cite(number: int) -> str:
        ref = by_number[number]
        names = [a.family or a.literal for a in ref.authors] or [ref.title.split(":")[0]]
        named = names[0] + (" *et alii*" if len(names) > 2 else f" et {names[1]}" if len(names) == 2 else "")
        return f"{named} {ref.year}"

    callouts = {c.span.start: c for c in sample.callouts}

    def rewrite(match: re.Match) -> str:
        callout = callouts.get(match.start())  # (not "Ca<sup>2+</sup>")
        return " " + "; ".join(cite(n) for n in callout.numbers) if callout else match.group()

    body = re.sub(r"<sup>[^<]*</sup>", rewrite, sample_text.split("#### REFERENCES")[0])
    entries = sorted(sample.references, key=lambda r: ((r.authors[0].family or r.authors[0].literal) if r.authors else r.title))
    return body + "#### REFERENCES\n\n" + "\n\n".join(r.raw for r in entries) + "\n"


def test_names_and_year_in_no_bracket_cite_the_entry_they_name(sample, sample_text, tmp_path):
    """Every citation the sample makes, printed "Ferrari *et alii* 2013" in the running
    text, finds the entries it was written for; names and a year no entry holds ("the
    Krakatoa 1883 eruption") are prose."""
    text = _cited_without_brackets(sample, sample_text).replace(
        "## INTRODUCTION", "## INTRODUCTION\n\nThe Krakatoa 1883 eruption and Smith 2019 are prose here.", 1)
    analysis = analyse_text(text, tmp_path)
    assert analysis.style == "author-date"
    # (The list is sorted by name now: an entry is known by its text, not its number.)
    raw_of, listed = {r.number: r.raw for r in sample.references}, {r.number: r.raw for r in analysis.references}
    wanted = [{raw_of[n] for n in c.numbers} for c in sample.callouts]
    found = [{listed[n] for n in c.numbers} for c in analysis.callouts]
    # (Works that share their first name and year, "Zarate et al. 2006", cite both entries:
    # the list prints no "2006a".)
    covered = sum(1 for want in wanted if any(want <= got for got in found))
    assert covered >= 0.95 * len(wanted), covered
    assert all(c.targets for c in analysis.callouts)
    assert not any("Krakatoa" in c.text or "Smith" in c.text for c in analysis.callouts)


def test_an_act_keeps_the_gazette_and_its_pages():
    ref = parse_reference("España. Ley nº 7/1985, de 2 de abril de 1985. Reguladora de las Bases del Régimen Local. "
                          "Boletín Oficial del Estado: seção 80, p. 8945-8964, 1985.")
    assert ([a.literal for a in ref.authors], ref.journal, ref.pages, ref.year) == (
        ["España"], "Boletín Oficial del Estado", "8945-8964", "1985")
    assert ref.title == "Ley nº 7/1985, de 2 de abril de 1985. Reguladora de las Bases del Régimen Local"


def test_czech_dashes_between_inverted_names(sample, sample_text, tmp_path):
    """Czech and Slovak journals part inverted names with dashes: "Berman, R. M. –
    Cappiello, A. – Anand, A. – et al. (2000): Title. *Journal*, Vol. 47, pp. 351–354."."""
    def printed(r):
        names = " – ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} ({r.year}): {r.title.rstrip('.')}. *{r.journal}*, Vol. {r.volume}, pp. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong
    ref = parse_reference("Berman, R. M. – Cappiello, A. – Anand, A. – et al. (2000): Antidepressant Effects of "
                          "Ketamine in Depressed Patients. *Biol Psychiatry*, Vol. 47, pp. 351–354.")
    assert ([(a.family, a.initials) for a in ref.authors], ref.et_al) == (
        [("Berman", "RM"), ("Cappiello", "A"), ("Anand", "A")], True)


@pytest.mark.parametrize("text, family, initials", [
    ("Ferrari A.J., Somerville A.J., Baxter A.J. và cộng sự. (2013). Global variation in the prevalence of major "
     "depressive disorder. *Psychol Med*, 43, 471–481.", "Baxter", "AJ"),
    ("Nguyễn V.A. và cs. (2013). Tình hình bệnh trầm cảm ở người cao tuổi. *Tạp chí Y học*, 43, 471–481.", "Nguyễn", "VA"),
])
def test_vietnamese_va_cong_su_ends_the_names(text, family, initials):
    ref = parse_reference(text)
    assert ((ref.authors[-1].family, ref.authors[-1].initials), ref.et_al, ref.year) == ((family, initials), True, "2013")


def test_a_volume_before_labelled_pages(sample, sample_text, tmp_path):
    """Roehampton Harvard: "Ferrari, A. J. *et al.* (2013) Title, *Psychol Med*, 43
    pp.471–481." The number before "pp." is the volume."""
    def printed(r):
        names = ", ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} ({r.year}) {r.title.rstrip('.')}, *{r.journal}*, {r.volume} pp.{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[2:])
    assert len(wrong) <= 2, wrong


def test_czech_dashes_between_cited_names(tmp_path):
    """The same journals join two names in a citation with a dash: "(Fava – Davidson 1996)"."""
    text = ("# Review\n\n## Introduction\n\nTreatment resistance is common (Fava – Davidson 1996). Delays are known "
            "(Frazer – Benmansour 2002; Fava – Davidson 1996).\n\n## References\n\n"
            "Fava, M. – Davidson, K. G. (1996): Definition and Epidemiology of Treatment-resistant Depression. "
            "*Psychiatr Clin North Am*, Vol. 19, pp. 179–200.\n\n"
            "Frazer, A. – Benmansour, S. (2002): Delayed Pharmacological Effects of Antidepressants. *Mol Psychiatry*, "
            "Vol. 7, No. Suppl 1, pp. S23–S28.\n")
    analysis = analyse_text(text, tmp_path)
    assert [c.numbers for c in analysis.callouts] == [(1,), (2, 1)]


def test_vietnamese_va_joins_two_names():
    ref = parse_reference("Fava M. và Davidson K.G. (1996). Definition and epidemiology of treatment-resistant "
                          "depression. *Psychiatr Clin North Am*, 19, 179–200.")
    assert ([(a.family, a.initials) for a in ref.authors], ref.et_al) == ([("Fava", "M"), ("Davidson", "KG")], False)


def test_german_archaeologys_labels_slashes_and_bare_citations(sample, tmp_path):
    """The Römisch-Germanische Kommission's author–date style: each entry under its label,
    "Ferrari u. a. 2013 A. J. Ferrari / A. J. Somerville / … , Title. Psychol Med 43, 2013,
    471–481.", two names joined by a spaced slash ("Insel / Scolnick 2006"), and the text
    citing by the label in no bracket. Every entry reads as the sample's, and every
    citation finds its entry."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages and not r.et_al
                and all(a.family and a.initials for a in r.authors)]
    label = lambda r: (f"{r.authors[0].family} u. a. {r.year}" if len(r.authors) > 2 else
                       " / ".join(a.family for a in r.authors) + f" {r.year}")
    articles = [r for r in articles if [label(o) for o in articles].count(label(r)) == 1]
    assert len(articles) > 40
    names = lambda r: " / ".join(f"{_dotted(a)} {a.family}" for a in r.authors)
    listing = "\n\n".join(f"{label(r)} {names(r)}, {r.title.rstrip('.')}. {r.journal} {r.volume}, {r.year}, {r.pages}."
                          for r in sorted(articles, key=label))
    body = " ".join(f"Finding {i} holds, {label(r)}." for i, r in enumerate(articles, 1))
    analysis = analyse_text(f"# Bericht\n\n## Einleitung\n\n{body}\n\n## Literatur\n\n{listing}\n", tmp_path)
    read = {r.number: r for r in analysis.references}
    by_label = {label(r): r for r in articles}
    wrong = [n for n, got in read.items() if _fields(got) != _fields(by_label[label(got)])] if len(read) == len(articles) else read
    assert not wrong, wrong
    assert [label(read[c.numbers[0]]) for c in analysis.callouts] == [label(r) for r in articles]


def _cited_in_words(sample, tmp_path, *, two: str, others: str, joined: str):
    """The sample's articles as an author–date article in another language cites and lists
    them: two names joined by ``two`` ("Fava in Davidson, 1996"), more by the first and
    ``others`` ("Ferrari idr., 2013"), the list's last name after ``joined`` ("…, Jiang, L.
    in Black, A. (2014)."). Returns the sample's articles cited and the analysis."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages and not r.et_al
                and all(a.family and a.initials for a in r.authors)]
    label = lambda r: (f"{r.authors[0].family} {others}, {r.year}" if len(r.authors) > 2 else
                       f" {two} ".join(a.family for a in r.authors) + f", {r.year}")
    articles = [r for r in articles if [label(o) for o in articles].count(label(r)) == 1]
    assert len(articles) > 40

    def names(r):
        people = [f"{a.family}, {_dotted(a)}" for a in r.authors]
        return people[0] if len(people) == 1 else f"{', '.join(people[:-1])} {joined} {people[-1]}"

    listing = "\n\n".join(f"{names(r)} ({r.year}). {r.title.rstrip('.')}. *{r.journal}*, *{r.volume}*, {r.pages}."
                          for r in sorted(articles, key=lambda r: (r.authors[0].family, r.year)))
    body = " ".join(f"Finding {i} holds ({label(r)})." for i, r in enumerate(articles, 1))
    return articles, analyse_text(f"# Pregled\n\n## Uvod\n\n{body}\n\n## Literatura\n\n{listing}\n", tmp_path)


@pytest.mark.parametrize("two, others, joined", [("in", "idr.", "in"), ("ve", "ve diğerleri", "ve")])
def test_slovenian_in_and_turkish_ve_diğerleri(sample, tmp_path, two, others, joined):
    """Slovenian APA joins the last name with "in" (Slovenian "and") and writes "idr." for
    "et al."; Turkish APA "ve" and "ve diğerleri". Every entry keeps its people (no one
    called "in Black"), and every citation finds its entry."""
    articles, analysis = _cited_in_words(sample, tmp_path, two=two, others=others, joined=joined)
    read = {(r.authors[0].family, r.year, r.title.rstrip(".")): r for r in analysis.references}
    wrong = [r.number for r in articles if _fields(read[(r.authors[0].family, r.year, r.title.rstrip("."))]) != _fields(r)]
    assert len(wrong) <= 2, wrong
    by_number = {r.number: r for r in analysis.references}
    cited = [(by_number[c.numbers[0]].authors[0].family, by_number[c.numbers[0]].year) for c in analysis.callouts]
    assert cited == [(r.authors[0].family, r.year) for r in articles]


def test_in_between_names_only_after_an_initial():
    """"in" joins two people only after an initial's stop and before a capital: a Catalan
    surname keeps its "i", and an English chapter's "in" opens no person."""
    assert [a.family for a in parse_reference("Puig i Cadafalch, J. (1990). Title of a book. Barcelona: Edicions.").authors] \
        == ["Puig i Cadafalch"]
    ref = parse_reference("Jiang, L. in Black, A. (2014). Decreased occipital cortical glutamate levels. "
                          "*Psychother Psychosom*, *83*, 298–307.")
    assert [(a.family, a.initials) for a in ref.authors] == [("Jiang", "L"), ("Black", "A")]


def test_doubled_single_quotes_around_the_title(sample, sample_text, tmp_path):
    """Spanish house styles as Word and citeproc print them quote the title with two single
    quotes: "Ferrari, A.J.; Somerville, A.J. y Vos, T. ‘‘Title’’, *Psychol Med*, vol. 43,
    2013, pp. 471-481." The quotes are no part of the title."""
    def printed(r):
        people = [f"{a.family}, {'.'.join(r_ for r_ in a.initials)}." for a in r.authors]
        names = people[0] if len(people) == 1 else f"{'; '.join(people[:-1])} y {people[-1]}"
        return f"{names} ‘‘{r.title.rstrip('.')}’’, *{r.journal}*, vol. {r.volume}, {r.year}, pp. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("label", ["årg.", "roč.", "köt.", "t."])
def test_a_volumes_label_in_another_language(sample, sample_text, tmp_path, label):
    """Swedish Harvard labels the volume "årg." ("…, *Psychol Med*, årg. 43, s. 471–481"),
    Czech "roč.", Hungarian "köt.", Polish "t.": the label is no word of the journal."""
    def printed(r):
        names = ", ".join(f"{a.family}, {''.join(i + '.' for i in a.initials)}" for a in r.authors)
        return f"{names}, {r.year}. {r.title.rstrip('.')}, *{r.journal}*, {label} {r.volume}, s. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[1:])
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("style", ["undotted", "slashes"])
def test_only_the_first_name_inverted(sample, sample_text, tmp_path, style):
    """Styles that invert only the first name and print the others' initials first: "Fava M
    and KG Davidson (1996) Title. *Psychiatr Clin North Am 19*, 179–200." (two names as well as
    more), and with slashes between them, "Fava M./K.G. Davidson 1996, Title, …"."""
    def printed(r):
        first, rest = r.authors[0], r.authors[1:]
        if style == "undotted":
            others = [f"{a.initials} {a.family}" for a in rest]
            names = f"{first.family} {first.initials}" + (
                f" and {others[0]}" if len(others) == 1 else f", {', '.join(others[:-1])}, and {others[-1]}" if others else "")
            return f"{names} ({r.year}) {r.title.rstrip('.')}. *{r.journal} {r.volume}*, {r.pages}."
        names = "/".join([f"{first.family} {''.join(i + '.' for i in first.initials)}",
                          *(f"{''.join(i + '.' for i in a.initials)} {a.family}" for a in rest)])
        return f"{names} {r.year}, {r.title.rstrip('.')}, *{r.journal}*, {r.volume}, p. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("names, want", [
    ("ALTAMURA C A, MAURI M C, D'ANDREA G, & ZAMBERLAN F", [("ALTAMURA", "CA", ""), ("MAURI", "MC", ""), ("D'ANDREA", "G", ""),
                                                          ("ZAMBERLAN", "F", "")]),
    ("ZARATE C A Jr, SINGH J B, & LUCKENBAUGH D A", [("ZARATE", "CA", "Jr"), ("SINGH", "JB", ""), ("LUCKENBAUGH", "DA", "")]),
    ("HASLER G, VAN DER VEEN J W, & TUMINOS T", [("HASLER", "G", ""), ("VAN DER VEEN", "JW", ""), ("TUMINOS", "T", "")]),
    ("Maeda K, CR Ashby Jr, and R Kawahara", [("Maeda", "K", ""), ("Ashby", "CR", "Jr"), ("Kawahara", "R", "")]),
])
def test_surnames_in_capitals_with_apostrophes_particles_and_suffixes(names, want):
    ref = parse_reference(f"{names}. (2006). A randomized trial of an antagonist in depression. *Arch Gen Psychiatry*, "
                          "Vol. 63, p. 856‑864.")
    assert [(a.family, a.initials, a.suffix) for a in ref.authors] == want


def test_the_number_between_journal_and_pages_label_is_the_volume(sample, sample_text, tmp_path):
    """"Harmer, C. J., R. S. Duman & P. J. Cowen (2017). Title. *Lancet Psychiatry* 4 pp.
    409–418.": no comma after the journal, and the volume before the pages' label."""
    def printed(r):
        people = [f"{r.authors[0].family}, {_dotted(r.authors[0])}", *(f"{_dotted(a)} {a.family}" for a in r.authors[1:])]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} & {people[-1]}"
        return f"{names} ({r.year}). {r.title.rstrip('.')}. *{r.journal}* {r.volume} pp. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert not wrong, wrong


def test_an_online_first_journal_after_the_title_with_no_stop():
    """"… depression (TRD) *Mol Psychiatry*. Epub ahead of print.": the listed journal's
    italic name ends the title as printed, and is the journal; an italic species that ends
    a title stays the title's."""
    ref = parse_reference("Fava, M., M. P. Freeman, and C. Cusin (2018) Double-blind, placebo-controlled, dose-ranging "
                          "trial of intravenous ketamine in treatment-resistant depression (TRD) *Mol Psychiatry*. "
                          "Epub ahead of print.")
    assert (ref.title, ref.journal) == ("Double-blind, placebo-controlled, dose-ranging trial of intravenous ketamine in "
                                        "treatment-resistant depression (TRD)", "Mol Psychiatry")
    species = parse_reference("Smith, J. (2010) Notes on the biology of *Apis mellifera*. Oxford: Clarendon Press.")
    assert species.title == "Notes on the biology of Apis mellifera"


def test_a_colon_after_the_last_initials_ends_the_names(sample, sample_text, tmp_path):
    """The orthopaedic surgeons' style: "Ferrari, AJ, Somerville, AJ, Vos, T: Title. *Psychol
    Med* 2013;43:471–481." The last person keeps its initials, and the title does not open
    with them."""
    def printed(r):
        names = ", ".join(f"{a.family}, {a.initials}" for a in r.authors)
        return f"{names}: {r.title.rstrip('.')}. *{r.journal}* {r.year};{r.volume}:{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


def test_volume_issue_and_pages_parted_by_slashes(sample, sample_text, tmp_path):
    """Vienna's business-education style: "Ferrari, A.J. / Somerville, A.J. (2013): Title.
    In: Psychol Med, 43/-/471–481", the dash for an issue the entry lacks."""
    def printed(r):
        names = " / ".join(f"{a.family}, {''.join(i + '.' for i in a.initials)}" for a in r.authors)
        return f"{names} ({r.year}): {r.title.rstrip('.')}. In: {r.journal}, {r.volume}/{r.issue or '-'}/{r.pages}"

    wrong = _misread(sample, sample_text, tmp_path, printed,
                     compare=lambda r: (*_fields(r), r.issue))
    assert len(wrong) <= 2, wrong
    assert slashed_numbers_parted("Title. In: J Med, 12/05/2019") == "Title. In: J Med, 12/05/2019"  # a date


def test_the_italics_bound_a_title_less_journal():
    """ACS's title-less "…; Reed, L. J. *Mol Psychiatry* 2012, *17*, 664–665.": the lists
    know "J Mol Psychiatry" too, but the italics say where the journal begins, and "J." is
    Reed's."""
    ref = parse_reference("Stone, J. M.; Dietrich, C.; Mehta, M. A.; Reed, L. J. *Mol Psychiatry* 2012, *17*, 664–665.")
    assert (ref.authors[-1].initials, ref.journal) == ("LJ", "Mol Psychiatry")


def test_undotted_initials_before_in_press_are_no_journal():
    ref = parse_reference("Stone, JM, Dietrich, C, De Simoni, S and Reed, LJ. (in press). Ketamine effects on brain GABA "
                          "and glutamate levels with 1H-MRS. *Mol Psychiatry* 17:664–665.")
    assert ([(a.family, a.initials) for a in ref.authors][-1], ref.journal) == (("Reed", "LJ"), "Mol Psychiatry")


def test_the_originals_date_in_square_brackets_after_the_year(tmp_path):
    """The humanities cite a translation with its original's date: "(BAKHTIN, 1988 [1975],
    2008 [1963]; VOLÓCHINOV, 2013 [1930])", "Bakhtin (2008 [1963])". Each work is the
    entry of the edition's year; a sentence's first word before the name ("Depois,
    Bakhtin") is no body's name found by its last word."""
    text = ("# Título\n\n## Introdução\n\nAssumimos a concepção dialógica (BAKHTIN, 1988 [1975], 2008 [1963]; "
            "VOLÓCHINOV, 2013 [1930]). Depois, Bakhtin (2008 [1963]) diz. Ver (BAKHTIN, 2011 [1954-1961], p. 12).\n\n"
            "## Referências\n\n"
            "BAKHTIN, M. M. Formas de tempo e de cronotopo no romance [1975]. In: BAKHTIN, M. M. Questões de literatura "
            "e de estética. São Paulo: Ed. da UNESP, 1988. p.211-362.\n\n"
            "BAKHTIN, M. M. Problemas da poética de Dostoiévski [1963]. Rio de Janeiro: Forense Universitária, 2008.\n\n"
            "BAKHTIN, M. M. O problema do texto [1954-1961]. In: BAKHTIN, M. M. Estética da criação verbal. São Paulo: "
            "Martins Fontes, 2011.\n\n"
            "VOLÓCHINOV, V. N. Marxismo e filosofia da linguagem [1930]. São Paulo: Editora 34, 2013.\n")
    analysis = analyse_text(text, tmp_path)
    assert [c.numbers for c in analysis.callouts] == [(1, 2, 4), (2,), (3,)]
    assert analysis.callouts[1].markup.startswith("Bakhtin")


def test_a_year_the_entry_prints_elsewhere_finds_it(tmp_path):
    """"GRICE, H. P. Logic and Conversation. … delivered at Harvard University in 1967 …
    Copyright 1975 by H. Paul Grice." cited "Grice (1975)": the only Grice entry that
    prints 1975 is the one meant; one that prints neither year stays unmatched."""
    listing = ("GRICE, H. P. Logic and Conversation. William James Lectures, delivered at Harvard University in 1967, "
               "and to be published by Harvard University Press. Copyright 1975 by H. Paul Grice.\n\n"
               "GRICE, H. P. Studies in the Way of Words. Cambridge: Harvard University Press, 1989.\n")
    analysis = analyse_text(f"# T\n\n## I\n\nAs Grice (1975, p.45) holds, and Grice (1980) too.\n\n## References\n\n{listing}",
                            tmp_path)
    assert [c.numbers for c in analysis.callouts if c.numbers] == [(1,)]


def test_a_journal_straight_after_the_quoted_title(sample, sample_text, tmp_path):
    """IEEE as some authors type it, no comma after the title's closing quote: "C. Bjorkholm
    and L. M. Monteggia, “Title” Neuropharmacology vol. 102, pp. 72–79, 2016." The words
    between the quote and the volume are the journal."""
    def printed(r):
        people = [f"{_dotted(a)} {a.family}" for a in r.authors]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"
        return f"{names}, “{r.title.rstrip('.')}” {r.journal} vol. {r.volume}, pp. {r.pages}, {r.year}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


def test_a_colon_after_the_italic_journal(sample, sample_text, tmp_path):
    """Muscle & Nerve: "Ferrari AJ, … Vos T. Title. *Psychol Med*: 2013;43:471–481." The
    colon is no part of the journal's name."""
    def printed(r):
        names = ", ".join(f"{a.family} {a.initials}" for a in r.authors)
        return f"{names}. {r.title.rstrip('.')}. *{r.journal}*: {r.year};{r.volume}:{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


def test_italian_labels_with_an_equals_sign_and_bracketed_et_al(sample, tmp_path):
    """Italian humanities list each entry under its label and an equals sign, "et al." in
    square brackets: "Abdallah 2014 = C. G. Abdallah, M. J. Niciu, L. R. Fenton, [et al.],
    *Title*, «Psychother Psychosom», 83 (2014), p. 298–307." Each entry reads whole: its three
    people and "et al.", the italic title, the journal in guillemets."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages
                and all(a.family and a.initials for a in r.authors)]
    label = lambda r: f"{r.authors[0].family} {r.year}"
    articles = [r for r in articles if [label(o) for o in articles].count(label(r)) == 1]

    def printed(r):
        names = ", ".join(f"{_dotted(a)} {a.family}" for a in r.authors[:3]) + (", [et al.]" if len(r.authors) > 3 else "")
        return f"{label(r)} = {names}, *{r.title.rstrip('.')}*, «{r.journal}», {r.volume} ({r.year}), p. {r.pages}."

    listing = "\n\n".join(printed(r) for r in sorted(articles, key=label))
    analysis = analyse_text(f"# Saggio\n\n## Introduzione\n\nTesto.\n\n## Bibliografia\n\n{listing}\n", tmp_path)
    read = {label(r): r for r in analysis.references}
    want = lambda r: ([(a.family, a.initials) for a in r.authors[:3]], len(r.authors) > 3, *_fields(r)[1:])
    have = lambda r: ([(a.family, a.initials) for a in r.authors], r.et_al, *_fields(r)[1:])
    wrong = [label(r) for r in articles if have(read[label(r)]) != want(r)]
    assert len(wrong) <= 2, wrong


def test_german_date_with_a_colon_after_names_joined_by_und(sample, sample_text, tmp_path):
    """Mainz geography: "Ferrari, A. J., A. J. Somerville, … und T. Vos (2013): Title. In:
    Psychol Med 43: 471–481." Every person, then the title after the date's colon."""
    def printed(r):
        people = [f"{r.authors[0].family}, {_dotted(r.authors[0])}", *(f"{_dotted(a)} {a.family}" for a in r.authors[1:])]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} und {people[-1]}"
        return f"{names} ({r.year}): {r.title.rstrip('.')}. In: {r.journal} {r.volume}: {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("text", [
    # Social sciences: names parted by "・", 「title」 and 『journal』, volume and pages marked.
    "山田太郎・鈴木花子「うつ病の治療」『精神医学』43巻, 2013, 471-481頁.",
    "山田太郎・鈴木花子 (2013)「うつ病の治療」『精神医学』43(2): 471-481.",
    "山田太郎・鈴木花子（2013）「うつ病の治療」『精神医学』43(2), 471-481.",
    # Medical journals: a colon after the names, the year after the pages.
    "山田太郎, 鈴木花子: うつ病の治療. 精神医学, 43: 471-481, 2013.",
    "山田太郎, 鈴木花子, ほか: うつ病の治療. 精神医学 43: 471-481, 2013.",
])
def test_japanese_names_quotes_and_source(text):
    ref = parse_reference(text)
    assert ([a.family for a in ref.authors], ref.title, ref.journal, ref.year, ref.volume, ref.pages) == (
        ["山田太郎", "鈴木花子"], "うつ病の治療", "精神医学", "2013", "43", "471-481")


def test_a_middle_dot_inside_a_japanese_title_stays():
    ref = parse_reference("山田太郎「うつ病・不安障害の治療」『精神医学』43巻, 2013, 471-481頁.")
    assert (ref.title, [a.family for a in ref.authors]) == ("うつ病・不安障害の治療", ["山田太郎"])


def test_the_source_block_after_a_quoted_title(sample, sample_text, tmp_path):
    """"Ferrari AJ, Somerville AJ (2013) “Title”, Psychol Med 43: 471–481.": the journal
    ends where its numbers begin."""
    def printed(r):
        names = ", ".join(f"{a.family} {a.initials}" for a in r.authors)
        return f"{names} ({r.year}) “{r.title.rstrip('.')}”, {r.journal} {r.volume}: {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("dash", [". –", ".-"])
def test_a_dash_after_the_titles_stop_and_no_numbers(sample, sample_text, tmp_path, dash):
    """Preslia (Czech botany): "Ferrari A. J., Somerville A. J., & Vos T. (2013): Title. –
    Psychol Med."; Lauterbornia glues the dash to the stop, "Title.- Psychol Med.". The
    journal after the dash is the journal, not the title's last words."""
    def printed(r):
        people = [f"{a.family} {_dotted(a)}" for a in r.authors]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])}, & {people[-1]}"
        return f"{names} ({r.year}): {r.title.rstrip('.')}{dash} {r.journal}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[:4])
    assert len(wrong) <= 2, wrong


def test_a_journal_after_german_in_is_no_book(sample, sample_text, tmp_path):
    """Hannover's social work style: "Ferrari, A. J.; Somerville, A. J. (2013): Title. In:
    Psychol Med 43." The journal and its volume, not a chapter in a book "Psychol Med 43"."""
    def printed(r):
        names = "; ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} ({r.year}): {r.title.rstrip('.')}. In: {r.journal} {r.volume}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[:5])
    assert len(wrong) <= 2, wrong


def test_an_entry_opening_with_no_authors_mark_is_an_entry(tmp_path):
    """German lists open an authorless entry with "o. A." (ohne Autor): in lower case, it is
    still an entry of its own, not the end of the one before."""
    listing = ("Nosyreva, E./Kavalali, E. T. (2013): Acute suppression of spontaneous neurotransmission, in: J Neurosci, "
               "33, S. 6990–7002.\n\n"
               "o. A. (o. J.): FDA approves new nasal spray medication, https://www.fda.gov/news-events/x.\n")
    analysis = analyse_text(f"# T\n\n## E\n\nText.\n\n## Literatur\n\n{listing}", tmp_path)
    assert [r.journal for r in analysis.references] == ["J Neurosci", ""]


def test_a_titles_last_sentence_before_in_and_the_journal(sample, sample_text, tmp_path):
    """European Retail Research: "Price, R. B.; Mathew, S. J. (2015): Title? Subtitle, in:
    CNS Drugs, Vol. 29, pp. 181–188." The sentence after the title's question mark is the
    title's, and the journal follows "in:"."""
    articles = _articles(sample)

    def printed(r):
        names = "; ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} ({r.year}): {r.title.rstrip('.')}, in: {r.journal}, Vol. {r.volume}, pp. {r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong
    asked = [r for r in articles if re.search(r"\? [A-Z]", r.title)]
    assert asked  # (the sample's titles that ask a question, then go on)


def test_the_title_before_the_names_as_pubmed_summaries_print_it(sample, sample_text, tmp_path):
    """PubMed's summary format, and lists copied from it: "Global variation … literature.
    Ferrari AJ, Somerville AJ, Vos T. Psychol Med. 2013;43:471-481." The names after the
    title are the authors, not the journal's first words."""
    def printed(r):
        names = ", ".join(f"{a.family} {a.initials}" for a in r.authors)
        return f"{r.title.rstrip('.')}. {names}. {r.journal}. {r.year};{r.volume}:{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong
    # (A Nature entry's "Deep Sea Res. Part A. Oceanogr." is no person after a title.)
    ref = parse_reference("Swift, J. H. & Aagaard, K. Seasonal transitions and water mass formation in the Iceland and "
                          "Greenland seas. Deep Sea Res. Part A. Oceanogr. Res. Pap. 28, 1107–1129 (1981).")
    assert [a.family for a in ref.authors] == ["Swift", "Aagaard"]


def test_et_al_with_a_colon_before_the_title():
    """Older medical styles: "Abdallah CG, Niciu MJ, Fenton LR, et al: Title. Psychother
    Psychosom 83:298–307, 2014". The title opens after the colon."""
    ref = parse_reference("Abdallah CG, Niciu MJ, Fenton LR, et al: Decreased occipital cortical glutamate levels in "
                          "response to successful cognitive-behavioral therapy. Psychother Psychosom 83:298–307, 2014")
    assert (ref.title[:9], ref.journal, ref.volume, ref.pages, ref.year, ref.et_al) == (
        "Decreased", "Psychother Psychosom", "83", "298-307", "2014", True)


def test_a_body_whose_name_holds_commas_before_its_acronym():
    ref = parse_reference("Ministry of Land, Infrastructure, Transport, and Tourism (MLIT) (2013): A Glance at recovery "
                          "projects after the 2011 Great East Japan Earthquake, http://www.mlit.go.jp/report/x.html.")
    assert [a.literal for a in ref.authors] == ["Ministry of Land, Infrastructure, Transport, and Tourism (MLIT)"]


def test_capitals_a_suffix_and_the_page_label_after_the_volume(sample, sample_text, tmp_path):
    """Berlin geography: "MACHADO-VIEIRA, R., … & ZARATE, C. A., Jr (2008): Title. J Clin
    Psychiatry 69. S. 946–958." Every field as the sample reads it, whatever the suffix."""
    def printed(r):
        people = [f"{a.family.upper()}, {_dotted(a)}" + (f", {a.suffix}" if a.suffix else "") for a in r.authors]
        names = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} & {people[-1]}"
        return f"{names} ({r.year}): {r.title.rstrip('.')}. {r.journal} {r.volume}. S. {r.pages}."

    upper = lambda r: ([(a.family.upper(), a.initials) for a in r.authors], *_fields(r)[1:])
    wrong = _misread(sample, sample_text, tmp_path, printed, compare=upper)
    assert len(wrong) <= 2, wrong


def test_names_then_a_bare_year_with_initials_before_the_surnames(sample, sample_text, tmp_path):
    """The International Journal of Plant Sciences: "Berman RM, A Cappiello, …, DS Charney
    2000 Title. Biol Psychiatry 47:351–354." — no mark between the names, the year and the
    title. The Royal Society's "Bauer P, Thorpe A 2015 Title" is read as before (a control)."""
    def printed(r):
        first, rest = r.authors[0], r.authors[1:]
        names = ", ".join([f"{first.family} {first.initials}", *(f"{a.initials} {a.family}" for a in rest)])
        return f"{names} {r.year} {r.title.rstrip('.')}. {r.journal} {r.volume}:{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed)
    assert len(wrong) <= 2, wrong
    ref = parse_reference("Bauer P, Thorpe A, Brunet G 2015 The quiet revolution of numerical weather prediction. "
                          "Nature 525, 47–55. (doi:10.1038/nature14956)")
    assert ([a.family for a in ref.authors], ref.year, ref.journal) == (["Bauer", "Thorpe", "Brunet"], "2015", "Nature")


def test_labels_in_square_brackets_before_each_entry(sample, tmp_path):
    """J.UCS lists each entry under its citation in square brackets: "[Abdallah et al., 2014]
    Abdallah, C. G., …: ‘Title’; Psychother Psychosom, 83 (2014), 298–307." The label is no
    part of the names."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages
                and all(a.family and a.initials for a in r.authors)]
    label = lambda r: (f"{r.authors[0].family} et al., {r.year}" if len(r.authors) > 2 else
                       " and ".join(a.family for a in r.authors) + f", {r.year}")
    articles = [r for r in articles if [label(o) for o in articles].count(label(r)) == 1]

    def printed(r):
        names = ", ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"[{label(r)}] {names}: ‘{r.title.rstrip('.')}’; {r.journal}, {r.volume} ({r.year}), {r.pages}."

    listing = "\n\n".join(printed(r) for r in sorted(articles, key=label))
    analysis = analyse_text(f"# Paper\n\n## Introduction\n\nText.\n\n## References\n\n{listing}\n", tmp_path)
    read = {label(r): r for r in analysis.references}
    wrong = [label(r) for r in articles if _fields(read.get(label(r)) or r) != _fields(r) or label(r) not in read]
    assert len(wrong) <= 2, wrong


def test_german_slashes_with_u_a_in_the_text_and_initials_first_in_the_list(sample, tmp_path):
    """Im Gespräch: the text cites "(Rush/Trivedi/u. a. 2006)", "(Insel/Wang 2009)"; the list
    prints "R. Bahr/A. Lopez/J. A. Rey: Title. In: *P T*. 44, 2019, S. 340–375." Every
    citation finds its entry, and the last person keeps the surname before the colon."""
    articles = [r for r in sample.references if r.kind == "article" and r.volume and r.pages and not r.et_al
                and all(a.family and a.initials for a in r.authors)]
    label = lambda r: ("/".join(a.family for a in r.authors[:2]) + ("/u. a." if len(r.authors) > 2 else "")
                       + f" {r.year}")
    articles = [r for r in articles if [label(o) for o in articles].count(label(r)) == 1]
    listing = "\n\n".join(f"{'/'.join(f'{_dotted(a)} {a.family}' for a in r.authors)}: {r.title.rstrip('.')}. In: "
                          f"*{r.journal}*. {r.volume}, {r.year}, S. {r.pages}." for r in sorted(articles, key=lambda r: r.authors[0].family))
    body = " ".join(f"Finding {i} holds ({label(r)})." for i, r in enumerate(articles, 1))
    analysis = analyse_text(f"# Bericht\n\n## Einleitung\n\n{body}\n\n## Literatur\n\n{listing}\n", tmp_path)
    by_number = {r.number: r for r in analysis.references}
    cited = [(by_number[c.numbers[0]].authors[0].family, by_number[c.numbers[0]].year) for c in analysis.callouts]
    assert cited == [(r.authors[0].family, r.year) for r in articles]
    people = {(r.authors[0].family, r.year): [(a.family, a.initials) for a in r.authors] for r in analysis.references}
    wrong = [r.number for r in articles if people[(r.authors[0].family, r.year)] != _fields(r)[0]]
    assert len(wrong) <= 2, wrong


def test_a_year_and_dash_before_the_title():
    """Gallia Préhistoire: "Abdallah C.G., Niciu M.J., Black A. 2014 – Title, *Journal*, 83."
    The date and its dash open no title."""
    ref = parse_reference("Abdallah C.G., Niciu M.J., Black A. 2014 – Decreased occipital cortical glutamate levels, "
                          "*Psychother Psychosom*, 83.")
    assert (ref.title, ref.year, ref.journal, ref.volume) == ("Decreased occipital cortical glutamate levels", "2014",
                                                              "Psychother Psychosom", "83")


@pytest.mark.parametrize("issue", ["", "2"])
def test_volume_slash_issue_colon_pages(sample, sample_text, tmp_path, issue):
    """German Harvard's "*Psychol Med* 43/2:471–481", the issue left empty where there is
    none ("43/:471–481")."""
    def printed(r):
        names = ", ".join(f"{a.family}, {_dotted(a)}" for a in r.authors)
        return f"{names} {r.year}. {r.title.rstrip('.')}. *{r.journal}* {r.volume}/{issue}:{r.pages}."

    wrong = _misread(sample, sample_text, tmp_path, printed, compare=lambda r: _fields(r)[2:])
    assert len(wrong) <= 2, wrong


def test_french_capitals_joined_by_et():
    """French lists set whole names in capitals and join the last with "ET": "ABDALLAH, C. G.,
    M. J. NICIU, L. JIANG ET A. BLACK. 2014." — four people, none called "JIANG ET A. BLACK"."""
    ref = parse_reference("ABDALLAH, C. G., M. J. NICIU, L. JIANG ET A. BLACK. 2014. « Decreased occipital cortical "
                          "glutamate levels », *Psychother Psychosom*, 83 : 298‑307.")
    assert [(a.family, a.initials) for a in ref.authors] == [("ABDALLAH", "CG"), ("NICIU", "MJ"), ("JIANG", "L"),
                                                             ("BLACK", "A")]


def test_a_journal_after_in_with_its_volumes_label():
    ref = parse_reference("De Berardis, D.; Fornaro, M.; Valchera, A.; u. a. (2018): Eradicating suicide at its roots, in: "
                          "*Int J Mol Sci*, Jg. 19, S. 12–15.")
    assert (ref.kind, ref.journal, ref.volume) == ("article", "Int J Mol Sci", "19")
