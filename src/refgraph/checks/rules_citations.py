"""Rules about callouts and how they use the reference list."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from statistics import median

from .model import format_numbers, rule


def _past_the_end(first: int, final: int, last: int, shown: int = 50) -> list[int]:
    """The numbers a range claims beyond the list: all of them when few, else both ends."""
    low, high = max(min(first, final), last + 1), max(first, final)
    return list(range(low, high + 1)) if high - low < shown else [low, high]


@rule("RG102", "undefined-citation", "A callout cites a number, or names a work, that has no entry in the reference list.", "error")
def undefined_citation(analysis, config):
    """Every cited number must exist in the list; every author–date citation must match an entry.

    Bad: ``…as shown before.<sup>120</sup>`` in a manuscript with 115 references; ``(Smyth, 2019)`` with no Smyth entry.
    Good: ``…as shown before.<sup>12</sup>``; ``(Smith, 2019)`` with ``Smith, J. (2019). …`` in the list.
    """
    from .rules_authordate import undefined_works

    yield from undefined_works(analysis, undefined_citation.finding)
    keys = {ref.key for ref in analysis.references if ref.key}
    for callout in analysis.callouts:
        missing_keys = [k for k in callout.keys if k not in keys]
        if missing_keys:
            yield undefined_citation.finding(callout.line, callout.column,
                                             f"Callout '{callout.text}' cites {', '.join(missing_keys)}, which no entry of the bibliography has.",
                                             [], "Add the entry to the bibliography, or correct the key.")
    numbers = {ref.number for ref in analysis.references}
    last = max(numbers, default=0)
    for callout in analysis.callouts:
        if callout.items or callout.keys:
            continue
        # Numbers inside a range that runs past the list are RG105's to report.
        overruns = [(min(first, final), max(first, final)) for first, final in callout.ranges if max(first, final) > last]
        missing = [n for n in callout.numbers if n not in numbers and not any(low <= n <= high for low, high in overruns)]
        if missing:
            yield undefined_citation.finding(callout.line, callout.column,
                                             f"Callout '{callout.text}' cites {format_numbers(missing)}, which is not in the reference list.",
                                             missing, "Add the missing entry or correct the number.")


@rule("RG103", "uncited-reference", "A reference list entry is never cited in the text.", "warning")
def uncited_reference(analysis, config):
    """Every entry should be cited at least once (in text, a table or a figure). (In text
    whose callouts are glued digits, an entry that some glued digits could cite is left out;
    in author–date text, one its first author's name and year name loosely, "Hansen's
    later work (2013)", is not said to be uncited. Three or more uncited in a row of a
    numbered list are one finding: one omission, such as a table that cited them left out
    of the text.)

    Bad: a list entry 42 that no callout cites.
    Good: cite it where its finding is used, or remove it from the list.
    """
    if not analysis.callouts or analysis.format == "bibtex":
        return  # nothing recognised (citations-not-recognised says so once), or no text at all
    cited = {n for c in analysis.callouts for n in c.numbers}
    nocite = analysis.document.nocite if analysis.document is not None else frozenset()
    if "*" in nocite:
        return  # \nocite{*}: every entry is meant to be listed
    unsure: set[int] = set()
    body = analysis.source.text[: analysis.references.body_end or len(analysis.source.text)]
    if any(c.notation == "glued" for c in analysis.callouts):
        # Text that lost its superscripts: digits glued to a name ("factor α28,29") were left
        # alone for precision, so an entry they could cite is not said to be uncited.
        from ..citations.glued import glued_numbers

        unsure = glued_numbers(body, max((r.number for r in analysis.references), default=0))
    if analysis.style in ("author-date", "both"):
        unsure |= _named_loosely(body, [r for r in analysis.references if r.number not in cited])
    uncited = [ref for ref in analysis.references
               if ref.number not in cited and ref.number not in unsure and not (ref.key and ref.key in nocite)]
    for run in _consecutive_runs(uncited, numbered=analysis.style == "numbered"):
        first = run[0]
        if len(run) < _UNCITED_RUN:
            for ref in run:
                yield uncited_reference.finding(ref.line, ref.span.column, f"Reference {ref.number} is never cited.",
                                                [ref.number], "Cite it where it supports a claim, or remove it.")
            continue
        numbers = [ref.number for ref in run]
        yield uncited_reference.finding(
            first.line, first.span.column,
            f"References {format_numbers(numbers)} ({len(run)} in a row) are never cited.", numbers,
            "A table, figure legend or supplement that cites them may be missing from the text; "
            "cite each where it supports a claim, or remove them.")


# So many uncited entries in a row are one omission (a table or legend left out), and the
# editor acts on it once; fewer are each their own.
_UNCITED_RUN = 3


def _consecutive_runs(references, numbered: bool):
    """``references`` parted into runs of consecutive numbers (a numbered list's order is
    the citing order, so a run means something; an alphabetical list's does not)."""
    run: list = []
    for ref in references:
        if run and not (numbered and ref.number == run[-1].number + 1):
            yield run
            run = []
        run.append(ref)
    if run:
        yield run


# A year in brackets in running text, and the words before it that may name its work.
_BRACKETED_YEAR = re.compile(r"[(\[](?P<year>(?:1[6-9]|20)\d\d)[a-z]?[)\],;]")
_NAMING_REACH = 60  # characters before the year: "Hansen's later work (2013)"


def _named_loosely(body: str, uncited) -> set[int]:
    """Entries that the text names by their first author with their year in brackets a few
    words on, in a form no citation pattern reads ("Hansen's later work (2013) agreed"):
    cited loosely, not uncited. (One pass over the text; a window per bracketed year.)"""
    if not uncited:
        return set()
    windows: dict[str, list[str]] = {}
    for match in _BRACKETED_YEAR.finditer(body):
        windows.setdefault(match.group("year"), []).append(body[max(0, match.start() - _NAMING_REACH): match.start()])
    named = set()
    for ref in uncited:
        surname = (ref.authors[0].family or ref.authors[0].literal) if ref.authors else ""
        if surname and ref.year and any(re.search(rf"\b{re.escape(surname)}\b", w) for w in windows.get(ref.year, ())):
            named.add(ref.number)
    return named


_TABLE_OR_FIGURE = re.compile(r"\b(Table|Figure|Fig\.?)\s+(\d+[A-Za-z]?)")


def _first_positions(analysis, at_mention: bool = True):
    """Reference number → (position, claim) of its first citation; table callouts take
    the position of the table's first mention in the text (or, with ``at_mention``
    false, where the table stands)."""
    mentions: dict[str, int] = {}
    for sentence in analysis.sentences:
        if sentence.kind not in {"table-row", "caption"} and ("Table" in sentence.text or "Fig" in sentence.text):
            for match in _TABLE_OR_FIGURE.finditer(sentence.text):
                label = ("Figure" if match.group(1).startswith("Fig") else "Table") + " " + match.group(2)
                mentions.setdefault(label, sentence.span.start)
    first: dict[int, tuple[int, object, str]] = {}
    # (A table set after the list — a Word submission's — stands nowhere in the text: it
    # counts at its first mention either way.)
    body_end = analysis.references.body_end or len(analysis.source.text)
    for sentence in analysis.sentences:
        for callout in sentence.callouts:
            position = callout.span.start
            where = ""
            at_first_mention = at_mention or sentence.span.start >= body_end
            if at_first_mention and sentence.table and sentence.table in mentions:
                position = mentions[sentence.table]
                where = sentence.table
            for order, number in enumerate(callout.numbers):
                key = (position, callout.span.start, order)
                if number not in first or key < first[number][0]:
                    first[number] = (key, sentence, where)
    return first


def _longest_increasing(sequence: list[int]) -> set[int]:
    """Members of one longest strictly increasing subsequence (patience sorting, O(n log n))."""
    import bisect

    tails: list[int] = []
    tail_index: list[int] = []
    parent = [-1] * len(sequence)
    for i, value in enumerate(sequence):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[k] = value
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k else -1
    members, i = set(), tail_index[-1] if tail_index else -1
    while i >= 0:
        members.add(sequence[i])
        i = parent[i]
    return members


def first_citation_order(analysis, at_mention: bool = True):
    """(first positions, reference numbers in order of first citation, those in numbering order).

    Shared by the citation-order rule and the report's order chart, so both see the same breaks.
    """
    first = _first_positions(analysis, at_mention)
    known = {ref.number for ref in analysis.references}
    sequence = [n for _, n in sorted((v[0], n) for n, v in first.items() if n in known)]
    return first, sequence, _longest_increasing(sequence)


@rule("RG104", "citation-order", "References are not numbered in order of first citation (author–date lists: not alphabetical).", "warning")
def citation_order(analysis, config):
    """Numbered styles number references by first citation; tables and figures count
    where they are first mentioned in the text (a list numbered with each table where it
    stands is in order too: journals do both). Author–date lists run alphabetically.
    (Lists read from a PDF's pages are not held to alphabetical order, whose columns may
    be read interleaved; text another tool extracted from a PDF not to first-use order.)

    Bad: ``…first trial.<sup>1</sup> A later review<sup>3</sup> and a cohort.<sup>2</sup>``
    Good: ``…first trial.<sup>1</sup> A later review<sup>2</sup> and a cohort.<sup>3</sup>``
    """
    if analysis.references.generated or analysis.style == "label":
        # BibTeX or the publisher made the list (alpha labels too, sorted by BibTeX's own
        # key, neither by label nor by surname alone): its order is the tool's.
        return
    if not analysis.references.numbered:
        from .rules_authordate import alphabetical_breaks

        if not analysis.read_from_pages:
            # (A PDF's columns may be read interleaved: its list order is no evidence.)
            yield from alphabetical_breaks(analysis, citation_order.finding)
        return
    if analysis.read_from_pages and analysis.format != "pdf":
        # Text another tool extracted from a PDF runs in that tool's reading order, which
        # moves blocks (captions, tables, a column read early): first uses are no evidence.
        return
    first, sequence, keep = first_citation_order(analysis)
    known = {ref.number for ref in analysis.references}
    if len(sequence) < 3:
        return
    if len(keep) < 0.6 * len(sequence):
        return  # the list is not numbered by first citation (e.g. alphabetical): nothing to say
    if len(keep) < len(sequence):
        _, placed, in_place = first_citation_order(analysis, at_mention=False)
        if len(in_place) == len(placed):
            return  # numbered with each table where it stands, as many journals number them
    groups: dict[tuple, list[int]] = defaultdict(list)
    for number in sequence:
        if number not in keep:
            key, sentence, where = first[number]
            groups[(sentence.index if not where else where, where)].append(number)
    position_of = {n: first[n][0] for n in sequence}
    for (_, where), numbers in sorted(groups.items(), key=lambda item: min(position_of[n] for n in item[1])):
        earliest = min(position_of[n] for n in numbers)
        before = {n for n in sequence if position_of[n] < earliest}
        skipped = [n for n in range(1, min(numbers)) if n not in before and n in known]
        sentence = first[min(numbers, key=lambda n: position_of[n])][1]
        where_text = f"in {where} (placed at its first mention)" if where else f"at line {sentence.line}"
        if skipped:
            relation = f", ahead of {format_numbers(skipped)}"
        else:
            higher = sorted(n for n in sequence if n > max(numbers) and position_of[n] < earliest)
            relation = f", after {format_numbers(higher)}" if higher else ""
        callout = next(c for c in sentence.callouts if set(c.numbers) & set(numbers))
        noun = "Reference" if len(numbers) == 1 else "References"
        yield citation_order.finding(
            callout.line, callout.column,
            f"{noun} {format_numbers(numbers)} first cited {where_text}{relation}: out of first-citation order.",
            numbers, "Renumber the references in order of first citation" + (f", counting {where} at its first mention." if where else "."))


@rule("RG105", "citation-range", "A callout is malformed or unclear: reversed, degenerate, repeated, unsorted, or a range that hides sources.", "warning")
def citation_range(analysis, config):
    """Ranges must run upwards, lists must be sorted and free of repeats, and a range
    should not be the only place its inner references are cited.

    Bad: ``<sup>18-15</sup>``, ``<sup>8-8</sup>``, ``<sup>4,2</sup>``, ``<sup>35-37</sup>`` where 36 is cited nowhere else.
    Good: ``<sup>15-18</sup>``, ``<sup>8</sup>``, ``<sup>2,4</sup>``, ``<sup>35,37</sup>`` plus a sentence that cites 36 for what it shows.
    """
    count = Counter(n for c in analysis.callouts for n in c.numbers)
    last = max((ref.number for ref in analysis.references), default=0)
    for callout in analysis.callouts:
        for first, final in callout.ranges:
            if max(first, final) > last:
                yield citation_range.finding(callout.line, callout.column,
                                             f"Range '{first}-{final}' runs past the end of the list ({last} references).",
                                             _past_the_end(first, final, last),
                                             "Correct the range or add the missing entries.", severity="error")
        for problem in callout.problems:
            yield citation_range.finding(callout.line, callout.column, f"Callout '{callout.text}': {problem}.",
                                         callout.numbers, f"Write '{format_numbers(callout.numbers).replace(', ', ',')}'.")
        hidden = sorted(n for n in callout.hidden_by_range() if count[n] == 1)
        if hidden:
            yield citation_range.finding(
                callout.line, callout.column,
                f"Range '{callout.text}' is the only citation of {format_numbers(hidden)}: readers cannot tell what "
                f"{'it supports' if len(hidden) == 1 else 'each supports'}.",
                hidden, f"Cite {format_numbers(hidden)} individually where {'its' if len(hidden) == 1 else 'each'} evidence is used.",
                severity="info")


def citation_outliers(counts: dict, cutoff: float) -> tuple[float, dict]:
    """The median count and each count's robust z-score (Iglewicz & Hoaglin's modified z).

    Citation counts are small integers, most often 1, so the median absolute deviation is
    usually 0; it is floored at half a citation, so in a manuscript whose typical source is
    cited once, a source becomes an outlier at 4 citations with the default cut-off 3.5.
    """
    values = sorted(counts.values())
    middle = median(values)
    spread = max(median(abs(v - middle) for v in values), 0.5)
    return middle, {key: 0.6745 * (value - middle) / spread for key, value in counts.items()}


@rule("RG106", "overcited-reference", "One source is cited far more than the manuscript's norm, dominates a section, or a claim leans on an unusually long stack.", "info")
def overcited_reference(analysis, config):
    """A source cited far more often than the manuscript's other sources (a robust outlier
    test on the manuscript's own counts) may be over-relied on; so may a section carried by
    one source, or a claim resting on a stack of references much longer than the
    manuscript's usual callout.

    Bad: reference 7 carries 14 of 110 callouts while the median reference is cited once; ``…is well established.[1-15]``
    Good: the claims are supported by the several sources that bear on them, each cited where its evidence is used.
    """
    counts = Counter(n for c in analysis.callouts for n in c.numbers)
    if not counts:
        return
    typical, scores = citation_outliers(counts, config.overcited_factor)
    claims_of: dict[int, list] = defaultdict(list)
    for sentence in analysis.claims:
        for callout in sentence.callouts:
            for n in callout.numbers:
                if not claims_of[n] or claims_of[n][-1] is not sentence:
                    claims_of[n].append(sentence)
    first_callout = {}
    for callout in analysis.callouts:
        for n in callout.numbers:
            first_callout.setdefault(n, callout)
    # One finding per manuscript, most-cited first: the evidence an editor weighs together.
    flagged = sorted((n for n, times in counts.items() if times >= config.overcited_min and scores[n] >= config.overcited_factor),
                     key=lambda n: (-counts[n], n))
    if flagged:
        c = first_callout[flagged[0]]
        listed = "; ".join(
            f"{n} ({counts[n]} times, z {scores[n]:.1f}, claims at lines {', '.join(map(str, sorted({s.line for s in claims_of[n]})[:8]))})"
            for n in flagged[:8]) + (f"; and {len(flagged) - 8} more" if len(flagged) > 8 else "")
        yield overcited_reference.finding(
            c.line, c.column,
            f"{'Source' if len(flagged) == 1 else 'Sources'} cited far more often than the others "
            f"(median {typical:g} citation{'' if typical == 1 else 's'} per source; robust outlier test): {'reference' if len(flagged) == 1 else 'references'} {listed}.",
            flagged, "Check that each citation is needed, or add the other sources that support these claims.")
    flagged = set(flagged)
    yield from _long_stacks(analysis, config)
    by_section: dict[str, Counter] = defaultdict(Counter)
    where: dict[tuple[str, int], object] = {}
    for sentence in analysis.claims:
        for callout in sentence.callouts:
            for n in callout.numbers:
                by_section[sentence.section_path][n] += 1
                where.setdefault((sentence.section_path, n), callout)
    for section, section_counts in sorted(by_section.items()):
        total = sum(section_counts.values())
        number, times = max(section_counts.items(), key=lambda item: (item[1], -item[0]))
        if times >= config.section_min and times / total > config.section_share and number not in flagged:
            c = where[(section, number)]
            yield overcited_reference.finding(c.line, c.column,
                                              f"Reference {number} carries {times} of {total} citations in section '{section}'.",
                                              [number], "Support the section's claims with more than one source.")


def _long_stacks(analysis, config):
    """Callouts of at least ``stack_min`` references, when such stacks are rare here (at most
    one callout in twenty): in a manuscript that routinely stacks, they are its style."""
    long = [c for c in analysis.callouts if len(c.numbers) >= config.stack_min]
    if not long or len(long) * 20 > len(analysis.callouts):
        return
    sizes = sorted(len(c.numbers) for c in analysis.callouts)
    typical = median(sizes)
    for callout in long:
        yield overcited_reference.finding(
            callout.line, callout.column,
            f"This claim cites {len(callout.numbers)} references at once ('{callout.text}'); the manuscript's median callout cites {typical:g}.",
            callout.numbers, "Cite each source where its evidence is used, or keep the few that best support the claim.")
