"""Rules for manuscripts that cite by author and year (APA, Harvard, Chicago author–date).

The numbered rules use these helpers for their author–date half, and two rules exist
only here: ``ambiguous-citation`` (one citation, several entries) and ``citation-form``
("et al." for two authors, "&" in running text).
"""
from __future__ import annotations

import re
from collections import Counter

from ..citations.authordate import OTHERS, _keys, name_key
from ..references.people import PARTICLES, fold
from .model import rule
from .rules_naming import same_surname

_OTHERS_WRITTEN = re.compile(OTHERS)


def works(analysis):
    """(callout, cited work) for every author–date work, in document order."""
    for callout in analysis.callouts:
        for work in callout.items:
            yield callout, work


def _label(ref) -> str:
    first = ref.authors[0] if ref.authors else None
    name = (first.literal or first.family) if first else (ref.title[:40] or "untitled")
    more = " et al." if len(ref.authors) > 2 or ref.et_al else f" & {ref.authors[1].family}" if len(ref.authors) == 2 else ""
    return f"{name}{more}, {ref.year or 'n.d.'}{ref.year_suffix} (ref {ref.number})"


def same_names(work, ref) -> bool:
    """The text's first surname is the entry's first author's."""
    if not ref.authors:
        return False
    first = ref.authors[0]
    return name_key(work.names[0]) in _keys(first.family or first.literal) or (
        first.is_group and name_key(work.names[0]) in name_key(first.literal))


def _year_listed(work, candidates) -> bool:
    """Whether one of the entries the citation came close to has its year and letter."""
    return any(ref.year == work.year and ref.year_suffix == work.suffix for ref in candidates)


def undefined_works(analysis, finding):
    """Author–date half of ``undefined-citation``: a work no entry matches (a year that
    differs from the list's is ``year-mismatch``'s)."""
    by_position = analysis.references.by_position()
    for callout, work in works(analysis):
        if work.targets:
            continue
        candidates = [by_position[p] for p in work.candidates]
        if candidates and all(same_names(work, ref) for ref in candidates) and not _year_listed(work, candidates):
            continue  # (year-mismatch's)
        closest = "; ".join(_label(ref) for ref in candidates[:3])
        yield finding(work.span.line, work.span.column,
                      f"'{work.text}' matches no entry in the reference list.", [],
                      f"Closest: {closest}." if closest else "Add the entry to the list, or correct the names or year.")


def year_mismatches(analysis, finding):
    """Author–date half of ``year-mismatch``: the names match an entry of another year."""
    by_position = analysis.references.by_position()
    for callout, work in works(analysis):
        if work.targets or not work.candidates:
            continue
        candidates = [by_position[p] for p in work.candidates]
        if not all(same_names(work, ref) for ref in candidates) or _year_listed(work, candidates):
            continue  # (an entry of that very year that the names did not fit is no year's fault)
        listed = ", ".join(sorted({f"{ref.year or 'n.d.'}{ref.year_suffix}" for ref in candidates}))
        yield finding(work.span.line, work.span.column,
                      f"'{work.text}' gives {work.year}{work.suffix}, but the list has {work.names[0]} for {listed}.",
                      [ref.number for ref in candidates],
                      f"Use the year of the entry meant ({_label(candidates[0])}), or add the {work.year} work to the list.")


def alphabetical_breaks(analysis, finding):
    """Author–date half of ``citation-order``: an unnumbered list runs alphabetically by
    first author, then by year."""
    previous = None
    for ref in analysis.references:
        keys = _sort_keys(ref)
        if not keys:
            continue
        # Particles sort either way ("van der Berg" under V or under B): out of order only
        # when every reading of this name comes before every reading of the previous one.
        if previous is not None and max(keys) < min(previous[1]):
            yield finding(ref.line, ref.span.column,
                          f"Reference {ref.number} ({_label(ref)}) is listed after {_label(previous[0])}: the list is not in alphabetical order.",
                          [ref.number], "Sort the list by first author's surname, then year.")
        previous = (ref, keys)


def _sort_keys(ref) -> list[str]:
    if not ref.authors:
        return []
    first = ref.authors[0]
    name = first.family or first.literal
    words = name.split()
    # The name without its particles, lower-case ("van der Berg") or capitalised ("De
    # Silva", "Van Dyke"): lists file either under the particle or under the name.
    core = " ".join(w for w in words if not (w.islower() or w.lower() in PARTICLES) or w is words[-1]) or name
    # Letter by letter, or word by word (a hyphen or space before any letter, as citeproc
    # and APA file "Nik-Zainal" before "Nikolaou"); digits stay ("1000 Genomes Project
    # Consortium" files before the letters).
    # (And as code points, the order a program that does not collate gives: "Köhler" after
    # "Kwiatkowski", "O’Neill" after "Orihuela" — and Swedish files "ö" after "z".)
    # A name that opens with a numeral also files under its first word ("1000 Genomes
    # Project Consortium" under G, as eLife lists it).
    keys = {name.lower(), core.lower()}
    worded = re.sub(r"^\d[\d,.]*\s+(?=[^\W\d_])", "", name)
    for variant in (name, core, worded):
        folded = fold(variant)
        keys.add(re.sub(r"[^a-z0-9]", "", folded))
        keys.add(re.sub(r"[^a-z0-9 ]", "", re.sub(r"[\s‐-]+", " ", folded)).strip())
    return sorted(keys)


@rule("RG107", "ambiguous-citation", "An author–date citation matches several entries (the years need letters).", "warning")
def ambiguous_citation(analysis, config):
    """Two works by the same authors in the same year need "2019a" and "2019b", in the list
    and in the text; without them a reader cannot tell which is meant.

    Bad: ``(Smith, 2019)`` with two entries ``Smith, J. (2019). First…`` and ``Smith, J. (2019). Second…``
    Good: ``(Smith, 2019a)`` with ``Smith, J. (2019a). First…`` and ``Smith, J. (2019b). Second…``
    """
    by_position = analysis.references.by_position()
    for callout, work in works(analysis):
        if len(work.targets) > 1 and not work.extra_years:
            refs = [by_position[p] for p in work.targets]
            numbers = ", ".join(str(r.number) for r in refs)
            yield ambiguous_citation.finding(work.span.line, work.span.column,
                                             f"'{work.text}' matches references {numbers}.", [r.number for r in refs],
                                             "Give the years letters (a, b) in the list and in the text.")


@rule("RG206", "citation-form", "An author–date citation is written in the wrong form for its work or place.", "warning")
def citation_form(analysis, config):
    """"et al." needs three or more authors, and a work of two or more authors is not cited
    by fewer names without it; APA joins two names with "&" inside brackets and with "and"
    in running text.

    Bad: ``Smith et al. (2019) showed…`` for a work by Smith and Jones; ``(Smith, 2019)`` for
    it; ``(Smith & Jones, 2019)`` for a work by Smith, Jones and Lee; ``Smith & Jones (2019)
    showed…`` in APA.
    Good: ``Smith and Jones (2019) showed…``; ``…was shown (Smith & Jones, 2019).``;
    ``(Smith et al., 2019)`` for the three.
    """
    by_position = analysis.references.by_position()
    ampersands = Counter()
    for callout, work in works(analysis):
        if len(work.names) >= 2:
            joined = "&" if "&" in work.text else "and" if re.search(r"\band\b", work.text) else ""
            if joined:
                ampersands[(callout.notation.endswith("narrative"), joined)] += 1
    bracket_amp = ampersands[(False, "&")] > ampersands[(False, "and")]  # the manuscript's own APA habit
    for callout, work in works(analysis):
        refs = [by_position[p] for p in work.targets]
        if len(refs) == 1:
            ref = refs[0]
            people = len(ref.authors)
            if work.et_al and 0 < people <= 2 and not ref.et_al and not ref.authors[0].is_group:
                names = " and ".join(a.family for a in ref.authors)
                # (Named as written: "Smith and colleagues (2019)" says no "et al.")
                written = _OTHERS_WRITTEN.search(work.text)
                phrase = re.sub(r"\s+", " ", written.group(0)) if written else "et al."
                yield citation_form.finding(work.span.line, work.span.column,
                                            f"'{work.text}' uses \"{phrase}\" for a work with {people} author{'s' if people > 1 else ''}.",
                                            [ref.number], f"Write '{names}'.")
        # (Only of a work that resolved to people: a body's own "and" joins no names.)
        people = bool(refs) and bool(refs[0].authors) and not refs[0].authors[0].is_group
        if people and len(refs) == 1 and (advice := _names_left_out(work, refs[0])):
            yield citation_form.finding(work.span.line, work.span.column, advice[0], [refs[0].number], advice[1])
        if bracket_amp and len(work.names) == 2 and people:
            narrative = callout.notation.endswith("narrative")
            if narrative and "&" in work.text:
                yield citation_form.finding(work.span.line, work.span.column,
                                            f"'{work.text}' joins the names with \"&\" in running text.", [r.number for r in refs],
                                            "Write \"and\" in running text; \"&\" belongs inside brackets.")
            elif not narrative and re.search(r"\band\b", work.text):
                yield citation_form.finding(work.span.line, work.span.column,
                                            f"'{work.text}' joins the names with \"and\" inside brackets, unlike the rest of the manuscript.",
                                            [r.number for r in refs], "Write \"&\" inside brackets.")


def _names_left_out(work, ref) -> tuple[str, str] | None:
    """(message, fix) when the text names fewer of a work's authors than every style asks:
    one name for two authors, or two or more names, without "et al.", for more.

    Only where the list's names are people read with their initials, and the names the
    text gives are the list's first ones, so a misread list is not blamed on the text."""
    if work.et_al or not work.names:
        return None
    authors, named = ref.authors, len(work.names)
    more = named < len(authors) or (ref.et_al and named >= len(authors))
    if not more or any(not (a.family and a.initials) or a.is_group for a in authors[:named + 1]):
        return None
    if any(not same_surname(name, a.family) for name, a in zip(work.names, authors)):
        return None
    count = f"{len(authors)}{' or more' if ref.et_al else ''}"
    if len(authors) == 2 and not ref.et_al:
        fix = f"Write '{authors[0].family} and {authors[1].family}'."
    else:
        fix = f"Write '{authors[0].family} et al.' (or every name, if the style lists them)."
    return f"'{work.text}' names {named} of the work's {count} authors.", fix


@rule("RG100", "citations-not-recognised", "The text has a reference list but refgraph recognised none of its citations.", "error")
def citations_not_recognised(analysis, config):
    """A manuscript with a reference list and no recognised citation is one refgraph cannot
    read yet; it says so once, instead of calling every entry uncited.

    Bad: a list of 40 references cited as ``Smith 2019`` inside footnotes only.
    Good: citations as ``<sup>12</sup>``, ``[12]``, ``(Smith, 2019)`` or ``Smith (2019)``.
    """
    if analysis.callouts or len(analysis.references) < 3 or analysis.format == "bibtex":
        return  # a .bib alone has no text to cite from
    looks = describe_text(analysis.source.text[: analysis.references.body_end])
    ref = analysis.references.references[0]
    yield citations_not_recognised.finding(
        ref.line, ref.span.column,
        f"No citations recognised for a list of {len(analysis.references)} references; the text looks like {looks}.",
        [], "Check the manuscript's citation style; references are not reported as uncited.")


def describe_text(body: str) -> str:
    """What a body with no recognised callouts seems to do instead."""
    checks = [
        (r"\\(?:cite|citep|citet|parencite|autocite)\{", "LaTeX source (\\cite{…}); read the .tex file with its .bib"),
        (r"\[@[\w:-]+", "Pandoc citations ([@key])"),
        (r"[a-z][.,;]\d{1,3}(?:[,–-]\d{1,3})*\s+[A-Z]", "text from a PDF with superscript numbers glued to words (\"disease.12 However\")"),
        (r"\[\^\d+\]|\^\[", "footnotes"),
        (r"\b[A-Z][a-z]+ (?:et al\.?,? )?(?:19|20)\d\d\b", "author–year citations in a form refgraph does not read"),
    ]
    for pattern, description in checks:
        if re.search(pattern, body):
            return description
    return "it cites no source in a recognised form (numbers in <sup>, [ ], ( ), or author and year)"
