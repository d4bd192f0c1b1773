"""Rules about the reference list itself."""
from __future__ import annotations

import re
from collections import defaultdict

from ..references.pages import is_backwards
from ..references.patterns import YEAR
from ..references.registries import REGISTRATION_NUMBER
from .model import format_numbers, rule


@rule("RG101", "reference-numbering", "The numbered reference list has gaps, repeats or numbers out of sequence.", "error")
def reference_numbering(analysis, config):
    """Numbers printed in the list must run 1, 2, 3… with no gap or repeat. (In text read
    from a PDF's pages only gaps and repeats: its columns may have been read interleaved.)

    Bad: ``1. Smith…`` / ``2. Jones…`` / ``4. Lee…``
    Good: ``1. Smith…`` / ``2. Jones…`` / ``3. Lee…``
    """
    keys: dict[str, object] = {}
    for ref in analysis.references:
        if ref.key and ref.key in keys:
            yield reference_numbering.finding(ref.line, ref.span.column, f"Key '{ref.key}' is used by two entries (references {keys[ref.key].number} and {ref.number}).",
                                              [keys[ref.key].number, ref.number], "Give each entry its own key; citations of the key are ambiguous.")
        keys.setdefault(ref.key, ref)
    if analysis.references.generated:
        return  # the tool numbers the list
    # Text read from a PDF runs in the order its columns were read, which may interleave the
    # list's two columns: there the numbers prove gaps and repeats, not an order.
    listed = sorted(analysis.references, key=lambda ref: ref.number) if analysis.read_from_pages else analysis.references
    expected = 1
    seen: set[int] = set()
    for ref in listed:
        if ref.number in seen:
            yield reference_numbering.finding(ref.line, ref.span.column, f"Reference number {ref.number} is used twice.",
                                              [ref.number], "Renumber the list and the callouts that cite it.")
        elif ref.number != expected:
            what = f"numbers {expected}-{ref.number - 1} are missing" if ref.number > expected else f"expected {expected}"
            yield reference_numbering.finding(ref.line, ref.span.column, f"Reference list jumps to {ref.number}: {what}.",
                                              [ref.number], "Renumber the list consecutively.")
        seen.add(ref.number)
        expected = ref.number + 1


@rule("RG301", "duplicate-reference", "Two entries describe the same work.", "warning")
def duplicate_reference(analysis, config):
    """The same work listed twice, however differently formatted (same DOI, or same
    first author, year and nearly the same title).

    Bad: ``3. Berman RM, et al. Antidepressant effects of ketamine… 2000;47:351-4.`` and
    ``9. Berman R, Cappiello A. Antidepressant effects of ketamine… Biol Psychiatry 2000;47:351-354.``
    Good: one entry, cited as [3] wherever the work is meant.
    """
    from rapidfuzz import fuzz

    from ..exports.keys import ascii_word

    title_keys: dict[int, str] = {}

    def title_key(ref) -> str:
        if ref.position not in title_keys:
            title_keys[ref.position] = " ".join(ascii_word(w) for w in ref.title.split())
        return title_keys[ref.position]

    parts = _parts_reader()

    # Candidates share a DOI, or a first author and year (no all-pairs comparison); within
    # a bucket, identical titles group at once and near-identical ones are compared with
    # their neighbours in sorted order. Each group of copies is reported once.
    buckets: dict[tuple, list] = defaultdict(list)
    for ref in analysis.references:
        if ref.doi and len(ref.doi.partition("/")[2]) >= 3:
            # (A DOI cut short at a line break, "10.1016/j", names a publisher's journal
            # series, not a work: no evidence that two entries are one.)
            buckets[("doi", ref.doi.lower())].append(ref)
        if ref.first_author and ref.year:
            buckets[("author", ascii_word(ref.first_author.family or ref.first_author.literal), ref.year)].append(ref)
    parent: dict[int, int] = {}

    def find(n: int) -> int:
        while parent.get(n, n) != n:
            parent[n] = parent.get(parent[n], parent[n])
            n = parent[n]
        return n

    def join(a, b) -> None:
        parent[find(b.position)] = find(a.position)

    for key, refs in sorted(buckets.items()):
        titled = [r for r in refs if r.title]
        if key[0] == "doi":
            for other in titled[1:]:
                join(titled[0], other)
            continue
        by_title: dict[str, list] = defaultdict(list)
        for ref in titled:
            by_title[title_key(ref)].append(ref)
        for same in by_title.values():
            for other in same[1:]:
                if not _distinct_parts(same[0], other, parts):
                    join(same[0], other)
        keys = sorted(by_title)
        for i, a in enumerate(keys):
            for b in keys[i + 1: i + 1 + NEIGHBOURS]:
                first, second = by_title[a][0], by_title[b][0]
                if fuzz.ratio(a, b) >= 92 and not _distinct_parts(first, second, parts):
                    join(first, second)
    involved = set(parent) | set(parent.values())
    groups: dict[int, list] = defaultdict(list)
    for ref in analysis.references:  # in list order, so each group's first entry is the one to keep
        if ref.position in involved:
            groups[find(ref.position)].append(ref)
    for members in sorted(groups.values(), key=lambda g: g[0].position):
        if len(members) < 2:
            continue
        keep, copies = members[0], members[1:]
        numbers = [r.number for r in members]
        listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
        titles = [title_key(r) for r in members if r.title]
        if len(set(titles)) > 1 and len({r.doi.lower() for r in members if r.doi}) == 1 and all(r.doi for r in members) and any(
                fuzz.ratio(titles[0], other) < 92 for other in titles[1:]):
            # One DOI on two different titles: a DOI copied onto the wrong entry, not a copy.
            yield duplicate_reference.finding(
                copies[0].line, copies[0].span.column,
                f"References {listed} have the same DOI ({keep.doi}) but different titles.", numbers,
                "Check which work the DOI belongs to and correct the other entry's DOI.")
            continue
        yield duplicate_reference.finding(
            copies[0].line, copies[0].span.column, f"References {listed} appear to be the same work.",
            numbers, f"Keep reference {keep.number} and cite it instead of {', '.join(str(r.number) for r in copies)}.")


NEIGHBOURS = 8  # near-identical titles sort close together; comparing further is all-pairs


def _printed_but_unplaced(ref, field: str) -> bool:
    text = ref.text
    for value in (ref.doi, ref.url, ref.pmid, ref.pmcid):
        if value:
            text = text.replace(value, " ")
    text = re.sub(r"\b(?:PMID|PMCID|doi)\b\s*:?\s*\S+|\[(?:cited|accessed)[^\]]*\]|(?:Accessed|cited)[^.;]*", " ", text, flags=re.I)
    if field == "year":
        return bool(re.search(r"\b(?:1[5-9]|20)\d\d\b", text))
    for value in (ref.title, ref.journal, ref.booktitle):
        if value:
            text = text.replace(value, " ")
    if ref.year:
        text = text.replace(ref.year, " ", 1)
    numbers = re.findall(r"\b[A-Za-z]?\d+\b", text)
    placed = set(re.findall(r"\b[A-Za-z]?\d+\b", " ".join((ref.volume, ref.issue, ref.pages))))
    return any(n not in placed for n in numbers)


def _parts_reader():
    """A memo of what :func:`_distinct_parts` compares, read once per entry: a bucket of
    n copies is compared n times, and re-reading both entries each time cost more than
    the comparison."""
    from ..references.pages import expand_range

    memo: dict[int, tuple] = {}

    def parts(ref) -> tuple:
        if ref.position not in memo:
            # (Words compared without case and punctuation: "COVID-19" and "Covid19" are one word.)
            words = {re.sub(r"\W", "", w).lower(): w for w in (ref.title or "").split()}
            first = (expand_range(ref.pages) or (ref.pages.split("-")[0],))[0] if ref.pages else ""
            numbers = set(re.findall(r"\b\d+\b", ref.text)) - {ref.year}
            memo[ref.position] = (words, first, numbers)
        return memo[ref.position]
    return parts


def _distinct_parts(a, b, parts) -> bool:
    """Same title, different parts: bulletin numbers, volumes or first pages that differ;
    year letters the list itself tells apart ("2024a", "2024c"); or titles that differ in a
    name-like word ("CESM2 AIS simulation output" and "CESM2 GrIS simulation output",
    "CMIP5" and "CMIP6", "Part I" and "Part II"). ``parts`` is a :func:`_parts_reader`."""
    if a.year_suffix and b.year_suffix and a.year_suffix != b.year_suffix:
        return True
    (words_a, first_a, numbers_a), (words_b, first_b, numbers_b) = parts(a), parts(b)
    if any(re.search(r"\d|[A-Z].*[A-Z]|^[IVX]+$", words_a.get(key) or words_b[key]) for key in words_a.keys() ^ words_b.keys()):
        return True

    for field in ("volume", "issue"):
        if getattr(a, field) and getattr(b, field) and getattr(a, field) != getattr(b, field):
            return True
    if a.pages and b.pages and first_a != first_b:
        return True
    return not (a.volume or a.pages or b.volume or b.pages) and numbers_a != numbers_b


@rule("RG302", "incomplete-reference", "An entry lacks year, journal, volume or pages, runs its pages backwards, or could not be parsed.", "warning")
def incomplete_reference(analysis, config):
    """Journal articles need a journal, year, volume and pages (or an article number); a
    list that cites many articles by their DOI alone hears it once, not once an entry.

    Bad: ``De Berardis D, et al. Eradicating suicide at its roots… Int J Mol Sci 2018;19.``
    Good: ``De Berardis D, et al. Eradicating suicide at its roots… Int J Mol Sci 2018;19:1415.``
    """
    books = [ref for ref in analysis.references if ref.kind in {"book", "chapter", "report", "thesis"} and not ref.error]
    # A house that names no publisher ("Oxford 1968", as classics and German humanities
    # print books) is not asked for one: only where most of the list's books give theirs.
    publishers_expected = len(books) < 4 or 2 * sum(1 for ref in books if ref.publisher) >= len(books)
    # Likewise a list that cites articles by their DOI alone ("… Cell. Microbiol. 2005,
    # doi:10.1111/…", as some houses print articles published online) is told so once, not
    # once per entry; where such entries are the exception, each is incomplete.
    with_doi = [ref for ref in analysis.references if ref.kind == "article" and ref.doi and not ref.error]
    by_doi_alone = [ref for ref in with_doi if not ref.volume and not ref.pages and not ref.status]
    numbers_expected_with_doi = len(by_doi_alone) < 3 or 5 * len(by_doi_alone) < len(with_doi)
    if not numbers_expected_with_doi:
        first = by_doi_alone[0]
        numbers = [ref.number for ref in by_doi_alone]
        yield incomplete_reference.finding(
            first.line, first.span.column,
            f"{len(numbers)} of the {len(with_doi)} articles with a DOI give no volume or pages (references "
            f"{format_numbers(numbers)}): the list cites them by DOI alone.", numbers,
            "If the journal's style asks for volume and pages, add them from the published records.", severity="info")
    for ref in analysis.references:
        if ref.error:
            yield incomplete_reference.finding(ref.line, ref.span.column, f"Reference {ref.number} could not be parsed ({ref.error}).",
                                               [ref.number], "Check the entry against the source and rewrite it in the list's style.",
                                               severity="error")
            continue
        missing = []
        if ref.kind == "article":
            if not ref.journal:
                missing.append("journal")
            if not ref.year and ref.status != "in-press":  # (in press: no year yet, and RG303 says so)
                missing.append("year")
            # (An Epub entry lacks these by nature; RG303 reports it.)
            if not ref.status and (numbers_expected_with_doi or not ref.doi or ref.volume or ref.pages):
                if not ref.volume and not _issue_without_volume(ref):
                    missing.append("volume")
                if not ref.pages:
                    missing.append("pages or article number")
        elif ref.kind in {"book", "chapter", "report", "thesis"}:
            missing += [name for name, value in (("year", ref.year), ("publisher", ref.publisher or not publishers_expected))
                        if not value]
        elif ref.kind == "misc":
            # A DOI finds the work as an address does ("Dey, D. Backward trajectories …,
            # 10.5281/zenodo.10210320 (2023).": a deposit with no journal to add).
            if not (ref.journal or ref.publisher or ref.url or ref.doi or ref.booktitle):
                missing.append("source (journal, publisher or URL)")
            if not ref.year:
                missing.append("year")
        elif ref.kind == "online":
            if not ref.title and not ref.authors:
                missing.append("title")  # an address alone does not say what the page is
            if not ref.url and not REGISTRATION_NUMBER.search(ref.genre):  # (a trial's number finds its record)
                missing.append("URL")
            if not ref.accessed and not ref.year:
                missing.append("date (published or accessed)")
        # A field the string visibly has ("2016 (2016): 8797206", "50 Suppl:S423-8") but the
        # parser did not place is a reading problem, not a missing field: say nothing.
        missing = [m for m in missing if not _printed_but_unplaced(ref, m)]
        if missing:
            yield incomplete_reference.finding(ref.line, ref.span.column, f"Reference {ref.number} has no {', '.join(missing)}.",
                                               [ref.number], f"Add the {missing[0]} from the published record.")
        if ref.pages and re.search(rf"(?<![\w-]){re.escape(ref.pages)}\s*[-–—](?!\s*\w)", ref.raw):
            yield incomplete_reference.finding(ref.line, ref.span.column, f"Reference {ref.number}: page range {ref.pages}– has no last page.",
                                               [ref.number], "Add the last page from the published record.")
        if ref.pages and is_backwards(ref.pages):
            yield incomplete_reference.finding(ref.line, ref.span.column, f"Reference {ref.number}: page range {ref.pages} runs backwards.",
                                               [ref.number], "Correct the page range.")


def _issue_without_volume(ref) -> bool:
    """NLM's form for a journal that numbers issues but no volumes ("Cochrane Database Syst
    Rev 2021;(3):CD012345"): the issue printed in brackets straight after the year."""
    return bool(ref.issue) and re.search(rf"\b{YEAR}[a-z]?\s*;\s*\({re.escape(ref.issue)}\)", ref.text) is not None


@rule("RG303", "epub-ahead-of-print", "An entry is still marked Epub ahead of print or in press.", "warning")
def epub_ahead_of_print(analysis, config):
    """Epub/in-press entries usually have a final volume and pages by now.

    Bad: ``Fava M, et al. Double-blind… Mol Psychiatry 2018 [Epub ahead of print].``
    Good: ``Fava M, et al. Double-blind… Mol Psychiatry 2020;25:1592-1603.``
    """
    for ref in analysis.references:
        if ref.status:
            label = "Epub ahead of print" if ref.status == "epub-ahead-of-print" else "in press"
            since = f" since {ref.year}" if ref.year else ""
            yield epub_ahead_of_print.finding(
                ref.line, ref.span.column, f"Reference {ref.number} is still marked {label}{since}.", [ref.number],
                "Look up the final citation (volume, issue, pages) and update the entry.")


# Below this probability of the whole reading, refgraph says it is unsure. Rare by design
# (about 1 entry in 60 on the development corpora), because most such readings are right.
UNCERTAIN_BELOW = 0.05
DOUBTFUL_FIELD_BELOW = 0.7


def _confirmed(ref, field: str) -> bool:
    """A field that evidence outside the model vouches for: a journal read as a name on
    the journal lists ("J Clin Oncol") is no doubt, however unusual the entry around it."""
    if field in ("journal", "booktitle"):
        from ..references.journals import known_journal

        return known_journal(getattr(ref, field, ""))
    return False


@rule("RG304", "uncertain-reference", "refgraph is unsure how to read an entry: one of its fields may be wrong.", "info")
def uncertain_reference(analysis, config):
    """An entry in a shape the parser reads poorly is named, with the field it doubts most,
    so that a wrong field (and the findings built on it) is caught by a person.

    Bad: ``Cornelis GR The Yersinia deadly kiss J Bacteriol 1998 180 5495`` (no punctuation between the parts).
    Good: ``Cornelis GR. The Yersinia deadly kiss. J Bacteriol. 1998;180:5495-504.``
    """
    for ref in analysis.references:
        # A rule reading the model found plausible is exact in form; only the model's own
        # readings of unfamiliar shapes are doubted.
        if ref.error or ref.parser != "model" or ref.certainty >= UNCERTAIN_BELOW or not ref.confidence:
            continue
        doubts = [(field, score) for field, score in ref.confidence if not _confirmed(ref, field)]
        if not doubts:
            continue
        field, score = min(doubts, key=lambda item: item[1])
        if score >= DOUBTFUL_FIELD_BELOW:
            continue  # unsure of the whole, sure of every part: nothing to point at
        value = getattr(ref, field, "")
        shown = "; ".join(a.display for a in value) if field in ("authors", "editors") else value
        yield uncertain_reference.finding(
            ref.line, ref.span.column,
            f"Reference {ref.number}: refgraph is unsure of its {field} (read as '{shown}').", [ref.number],
            "Check this entry; if the field is misread, findings about the entry may be wrong too.")
