"""Rules about how the text names its sources: "Smith et al.[12]", "In 2000, …", "et al." itself."""
from __future__ import annotations

import re
from collections import Counter

from ..citations.authordate import ET_AL
from .model import rule
from .rules_authors import fold

_NAMED = re.compile(
    rf"(?P<name>[A-Z][A-Za-zÀ-ÿ'’-]+(?:\s+(?:and|&)\s+[A-Z][A-Za-zÀ-ÿ'’-]+)?)\s+(?:(?P<etal>{ET_AL})|(?P<group>and\s+(?:colleagues|co-?workers)))?\s*"
    r"(?:\((?P<year>\d{4})\)\s*)?$"
)
_IN_YEAR = re.compile(r"\b(?:In|in|By|by|During|during)\s+(?P<year>(?:19|20)\d\d)(?:,\s*|\s+(?=[A-Z]))[^.;]{0,40}$")
_NOT_NAMES = frozenset("Figure Fig Table Tables Supplementary Appendix Section Box Eq Equation Chapter Study Trial".split())


# "Smith et al." further back in the claim: "In 2015, Smith et al. reported that … [2]".
_NAMED_IN_CLAIM = re.compile(rf"(?<![\w.])(?P<name>[A-Z][A-Za-zÀ-ÿ'’-]+)\s+(?:{ET_AL}|(?P<group>and\s+(?:colleagues|co-?workers)))"
                             r"(?:\s*\((?P<year>\d{4})[a-z]?\))?")
# Words after the name that hand the callout to another work: "Smith et al. found X, as did
# others [2]", "…, unlike earlier trials [3]". Then the callout need not be Smith's.
_HANDOVER = re.compile(r"\b(?:as\s+(?:did|do|does|have|has|had|in|by|previously|reported|shown|described|noted|seen|found)|also|previous(?:ly)?|earlier|others?|see|e\.\s?g|cf|reviewed|review|similar(?:ly)?|"
                       r"consistent|contrast|unlike|whereas|while|but|and\s+(?:in|by)|confirm\w*|replicat\w*|report(?:ed)?\s+by)\b", re.I)
_YEAR_IN_CLAIM = re.compile(r"\b(?:In|in|By|by|During|during)\s+(?P<year>(?:19|20)\d\d)\b(?![\d%]|\s*(?:patients|participants|people|cases|subjects|adults|children))")


def named_citations(analysis):
    """(callout, surname, form, year) for "Smith et al.<sup>12</sup>", "Smith and Jones<sup>12</sup>",
    "Smith (2000)<sup>12</sup>", "Smith and co-workers<sup>12</sup>", and "Smith et al. reported
    … [12]" anywhere in the claim before the callout (and after any earlier callout); ``form``
    is "et al.", "group" (a research group named by its head), "pair" or "year"."""
    text = analysis.source.text
    for sentence in analysis.sentences:
        previous_end = sentence.span.start
        for callout in sentence.callouts:
            window_start, previous_end = previous_end, max(previous_end, callout.span.end)
            if len(callout.numbers) != 1 or callout.items:
                continue  # author-date citations name their authors themselves
            prefix = text[max(0, callout.span.start - 120): callout.span.start]
            prefix = prefix.split("\n")[-1] if sentence.kind == "table-row" else prefix.replace("\n", " ")
            found = _named_before(prefix)
            if found is None and sentence.kind != "table-row":
                found = _named_in_claim(text[window_start: callout.span.start].replace("\n", " "))
            if found is not None:
                yield (callout, *found)


def _named_before(prefix: str):
    match = _NAMED.search(prefix)
    if not match:
        return None
    names = re.split(r"\s+(?:and|&)\s+", match.group("name"))
    form = ("et al." if match.group("etal") else "group" if match.group("group") else "pair" if len(names) == 2
            else "year" if match.group("year") else "")
    if not form or names[0] in _NOT_NAMES:
        return None
    year = match.group("year")
    in_year = _IN_YEAR.search(prefix[: match.start()] + " " + match.group("name"))
    if not year and in_year:
        year = in_year.group("year")
    return names[0], form, year


def _named_in_claim(window: str):
    """The one "Smith et al." of the claim's text before the callout, if nothing after it
    hands the callout to another work; its year from "(2015)" or "In 2015"."""
    named = list(_NAMED_IN_CLAIM.finditer(window))
    if len({m.group("name") for m in named}) != 1 or named[0].group("name") in _NOT_NAMES:
        return None
    match = named[-1]
    if _HANDOVER.search(window[match.end():]):
        return None
    years = {m.group("year") for m in _YEAR_IN_CLAIM.finditer(window)} | ({match.group("year")} if match.group("year") else set())
    return match.group("name"), "group" if match.group("group") else "et al.", years.pop() if len(years) == 1 else None


def same_surname(name: str, family: str) -> bool:
    """"Veen" names "van der Veen" and "Jesus" names "De Jesus": the text may drop particles."""
    folded, full = fold(name), fold(family)
    return bool(folded) and (folded == full or full.endswith(folded) and len(family.split()) > 1)


def _is_author(ref, name: str) -> bool:
    return any(same_surname(name, a.family) for a in ref.authors if not a.is_group)


@rule("RG204", "named-author-mismatch", "The text names an author who is not the cited reference's first author.", "error")
def named_author_mismatch(analysis, config):
    """"Smith et al.[12]" must cite a work whose first author is Smith.

    "Smith and co-workers[12]" names a group by its head: Smith is the first or the last author.

    Bad: ``Berman et al.<sup>24</sup> investigated…`` where reference 24 is by Moher D.
    Good: ``Berman et al.<sup>23</sup> investigated…`` where reference 23 is Berman RM, et al.
    """
    refs = analysis.references.by_number()
    for callout, name, form, _ in named_citations(analysis):
        ref = refs.get(callout.numbers[0])
        # Only "Smith et al." and "Smith and co-workers" are sure signs of a name:
        # "Alzheimer and Parkinson" or "Korea (2015)" before a callout are not authors.
        if form not in ("et al.", "group") or not ref or not ref.first_author or ref.first_author.is_group:
            continue
        if same_surname(name, ref.first_author.family):
            continue
        if form == "group" and (ref.et_al or same_surname(name, ref.authors[-1].family)):
            # "Milagre and co-workers" names the group by its head, whom chemistry and
            # biology lists print last; a list cut by "et al." may hide that name.
            continue
        position = next((i for i, a in enumerate(ref.authors) if same_surname(name, a.family)), None)
        if position and _authors_listed_up_to(analysis.source.text[max(0, callout.span.start - 200): callout.span.start],
                                              ref.authors[:position], name):
            continue  # "Berman, Cappiello et al." names the first authors in order
        detail = f"it is author {position + 1} there" if position is not None else f"its first author is {ref.first_author.display}"
        yield named_author_mismatch.finding(
            callout.line, callout.column, f"'{name}' is cited as reference {ref.number}, but {detail}.",
            [ref.number], f"Cite the work by {name}, or name {ref.first_author.family}.")


def _authors_listed_up_to(before: str, earlier, name: str) -> bool:
    """Whether ``before`` ends by naming ``earlier`` authors and then ``name``, in order,
    joined by commas or "and" ("Berman, Cappiello et al.", "Berman and Cappiello et al.")."""
    names = [re.escape(a.family) for a in earlier if a.family]
    pattern = r"\b" + _NAME_JOIN.join([*names, re.escape(name)]) + r"\b"
    return bool(names) and re.search(pattern, before) is not None


_NAME_JOIN = r"(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"


@rule("RG205", "year-mismatch", "The year given in the text differs from the cited reference's year.", "error")
def year_mismatch(analysis, config):
    """"In 2000, Berman et al.[23]" must cite a work from 2000.

    Bad: ``In 2002, Berman et al.<sup>23</sup> investigated…`` where reference 23 is from 2000.
    Good: ``In 2000, Berman et al.<sup>23</sup> investigated…``
    """
    from .rules_authordate import year_mismatches

    yield from year_mismatches(analysis, year_mismatch.finding)
    refs = analysis.references.by_number()
    for callout, name, form, year in named_citations(analysis):
        ref = refs.get(callout.numbers[0])
        if not (year and ref and ref.year) or (form != "et al." and not _is_author(ref, name)):
            continue
        if ref.year[:4] != year:
            yield year_mismatch.finding(callout.line, callout.column,
                                        f"The text dates {name}'s work to {year}, but reference {ref.number} is from {ref.year}.",
                                        [ref.number], f"Use {ref.year[:4]}, or cite the {year} work.")


@rule("RG203", "et-al-usage", "\"et al.\" used for a one- or two-author work, or the list breaks its own et al. convention.", "warning")
def et_al_usage(analysis, config):
    """In the text, "et al." needs three or more authors; in the list, every entry follows one
    convention (Vancouver: list six, then "et al."; a longer full list only where it stands out
    from the list's other full lists).

    Bad: ``Monteggia et al.<sup>111</sup>`` where 111 is ``Monteggia LM, Zarate C Jr.``
    Good: ``Monteggia and Zarate<sup>111</sup>``
    """
    refs = analysis.references.by_number()
    for callout, name, form, _ in named_citations(analysis):
        ref = refs.get(callout.numbers[0])
        if form == "et al." and ref and not ref.et_al and 0 < len(ref.authors) <= 2 and same_surname(name, ref.first_author.family):
            names = " and ".join(a.family for a in ref.authors)
            yield et_al_usage.finding(callout.line, callout.column,
                                      f"'{name} et al.' cites reference {ref.number}, which has {len(ref.authors)} author{'s' if len(ref.authors) > 1 else ''}.",
                                      [ref.number], f"Write '{names}'.")
    listed = Counter(len(r.authors) for r in analysis.references if r.et_al)
    if not listed:
        return
    convention, count = listed.most_common(1)[0]
    if config.et_al_threshold:
        convention = config.et_al_threshold
    elif count < 5 or count < 0.7 * sum(listed.values()):
        return  # no clear house convention to hold entries to
    # Vancouver lists up to six names in full; AMA lists up to six, else three + et al.
    # Houses that keep one, two or seven names list up to ten in full (Nature five, the
    # Royal Society, APS and Chicago ten): a full list of ten is no slip there.
    full_limit = max(convention, 6) if convention in (3, 6) else max(convention, 10)
    if not config.et_al_threshold:
        # Other houses list more in full (the Royal Society up to ten, APA twenty): a length
        # that three of the list's full lists reach is its habit, not a slip.
        full_lengths = sorted((len(r.authors) for r in analysis.references if not r.et_al), reverse=True)
        full_limit = max(full_limit, full_lengths[2] if len(full_lengths) >= 3 else 0)
    for ref in analysis.references:
        people = len(ref.authors)
        if ref.et_al and people < convention:
            yield et_al_usage.finding(ref.line, ref.span.column,
                                      f"Reference {ref.number} lists {people} author{'s' if people != 1 else ''} before 'et al.'; the list's convention is {convention}.",
                                      [ref.number], f"List the first {convention} authors, then 'et al.' (or all authors if there are no more than {full_limit}).")
        elif not ref.et_al and people > full_limit:
            yield et_al_usage.finding(ref.line, ref.span.column,
                                      f"Reference {ref.number} lists {people} authors; the list's convention is {convention} then 'et al.'.",
                                      [ref.number], f"Keep the first {convention} authors and add 'et al.'.")
