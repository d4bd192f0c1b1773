"""Rules about author names: one person written two ways, and names in the text.

Precision first: different people with similar names (Ferrara/Ferrari, Wan/Wang,
Mathew/Mathews, two different "Li N") are not findings. A variant is reported only
with evidence that it is one person: identical or compatible initials *and* a shared
co-author, a shared suffix, or a typing slip (doubled letter, neighbouring key).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from .model import rule

# Surnames so common that initials alone never identify a person.
COMMON_SURNAMES = frozenset(
    """li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jin
    kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
    nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
    singh kumar sharma patel shah gupta khan ali ahmed hassan rahman
    smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
    thomas taylor moore jackson martin thompson white harris sanchez clark ramirez lewis robinson walker young allen
    king wright scott torres hill flores green adams nelson baker hall rivera campbell mitchell carter roberts
    muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann
    rossi russo ferrari esposito bianchi romano colombo ricci marino greco
    silva santos oliveira souza pereira costa ferreira almeida
    suzuki sato tanaka watanabe ito yamamoto nakamura kobayashi kato""".split()
)
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def fold(name: str) -> str:
    """Comparison key: diacritics, case, spaces, hyphens and apostrophes removed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", text)


@dataclass(frozen=True)
class Occurrence:
    reference: int
    line: int
    column: int
    family: str
    initials: str
    suffix: str
    coauthors: frozenset


def occurrences(analysis) -> list[Occurrence]:
    found = []
    for ref in analysis.references:
        people = [a for a in ref.authors if not a.is_group and a.family]
        for author in people:
            others = frozenset((fold(o.family), o.initials[:1]) for o in people if o is not author)
            found.append(Occurrence(ref.number, ref.line, ref.span.column, author.family, author.initials, author.suffix, others))
    return found


def _shared_coauthor(a: list[Occurrence], b: list[Occurrence]) -> bool:
    return any(x.coauthors & y.coauthors for x in a for y in b if x.reference != y.reference)


def _neighbour_keys(a: str, b: str) -> bool:
    """Letters a slip of the finger or of the alphabet apart (E/F, M/N, D/S)."""
    a, b = a.lower(), b.lower()
    if abs(ord(a) - ord(b)) == 1:
        return True
    for row in _KEYBOARD_ROWS:
        if a in row and b in row and abs(row.index(a) - row.index(b)) == 1:
            return True
    return False


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def _initials_compatible(a: str, b: str) -> bool:
    return bool(a and b) and a[0] == b[0] and (a.startswith(b) or b.startswith(a))


def _describe(groups: dict[str, list[Occurrence]], display) -> tuple[str, str, list[int], bool]:
    """(majority form, the other forms with their references, minority refs, whether it is a tie)."""
    ranked = sorted(groups.items(), key=lambda item: (-len({o.reference for o in item[1]}), min(o.reference for o in item[1])))
    tie = len({o.reference for o in ranked[0][1]}) == len({o.reference for o in ranked[1][1]})
    majority = display(ranked[0][1][0])
    others, refs = [], []
    for form, occ in ranked[1:]:
        numbers = sorted({o.reference for o in occ})
        refs += numbers
        others.append(f"'{display(occ[0])}' ({'ref' if len(numbers) == 1 else 'refs'} {', '.join(map(str, numbers))})")
    if tie:
        refs += sorted({o.reference for o in ranked[0][1]})
    return majority, "; ".join(others), refs, tie


@rule("RG201", "author-spelling", "One author's surname is spelled differently across references.", "warning")
def author_spelling(analysis, config):
    """The same person (same initials, shared co-authors) with a surname spelled two ways.

    Bad: ``Murrough JW, Iosifescu DV, …`` in one entry and ``Murrrough JW, Iosifescu DV, …`` in another.
    Good: ``Murrough JW`` everywhere. (``Ferrari AJ`` and ``Ferrara A`` are different people: not reported.)
    """
    occ = occurrences(analysis)
    by_family: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occ:
        by_family[o.family].append(o)
    # Candidate pairs by shared deletion variants (no all-pairs comparison), plus equal fold keys.
    index: dict[str, set[str]] = defaultdict(set)
    for family in by_family:
        key = fold(family)
        for variant in _deletions(key):
            index[variant].add(family)
    candidates: set[tuple[str, str]] = set()
    for families in index.values():
        ordered = sorted(families)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                candidates.add((a, b))
    # Union same-person variants so each person is reported once.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in sorted(candidates):
        ka, kb = fold(a), fold(b)
        occ_a, occ_b = by_family[a], by_family[b]
        pairs = [(x, y) for x in occ_a for y in occ_b if _initials_compatible(x.initials, y.initials)]
        if not pairs:
            continue
        same_initials = any(x.initials == y.initials for x, y in pairs)
        shared = _shared_coauthor([x for x, _ in pairs], [y for _, y in pairs])
        if ka == kb:
            evidence = same_initials or shared  # spacing, hyphen, diacritics: "Diaz Granados" / "Diazgranados"
        elif ka in COMMON_SURNAMES or kb in COMMON_SURNAMES:
            evidence = False
        else:
            # A near-miss spelling with the same initials is one person only when they
            # also share a co-author; "Ferrara A" and "Ferrari AJ" share nobody.
            evidence = shared and same_initials
        if evidence:
            parent[find(a)] = find(b)
    clusters: dict[str, list[str]] = defaultdict(list)
    for family in by_family:
        if family in parent or any(find(f) == find(family) for f in parent):
            clusters[find(family)].append(family)
    for members in clusters.values():
        if len(members) < 2:
            continue
        groups = {m: by_family[m] for m in members}
        majority, others, refs, tie = _describe(groups, lambda o: f"{o.family} {o.initials}".strip())
        first = min((o for m in members for o in by_family[m] if o.reference in refs), key=lambda o: o.reference)
        yield author_spelling.finding(
            first.line, first.column,
            f"Author '{majority}' is also spelled {others}.", refs,
            "Check the source and use one spelling in every entry." if tie
            else f"Spell it '{majority}' (the majority form) if this is the same person.")


@rule("RG202", "author-initials", "One author's initials or suffix differ across references.", "warning")
def author_initials(analysis, config):
    """The same person with initials or suffix written differently (N vs NE, CA vs C, Jr present vs absent).

    Bad: ``Brutsche NE`` in three entries and ``Brutsche N`` in two, with shared co-authors (Zarate CA Jr, Luckenbaugh DA).
    Good: ``Brutsche NE`` everywhere. (``Williams N`` and ``Williams NR`` with no shared co-author are left alone.)
    """
    by_family: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occurrences(analysis):
        by_family[o.family].append(o)
    for family, occ in sorted(by_family.items()):
        forms: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
        for o in occ:
            forms[(o.initials, o.suffix)].append(o)
        if len(forms) < 2:
            continue
        common = fold(family) in COMMON_SURNAMES
        keys = sorted(forms)
        slip_only: set = set()  # linked by a likely typing slip alone: weaker evidence
        parent = {k: k for k in keys}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                (ia, sa), (ib, sb) = a, b
                if not ia or not ib or ia[0] != ib[0]:
                    continue
                shared = _shared_coauthor(forms[a], forms[b])
                compatible = ia.startswith(ib) or ib.startswith(ia)
                slip = (len(ia) == len(ib) and sum(x != y for x, y in zip(ia, ib)) == 1
                        and all(_neighbour_keys(x, y) for x, y in zip(ia, ib) if x != y))
                if common:
                    evidence = shared and (compatible or slip)
                elif compatible:
                    evidence = shared or (ia == ib) or (sa and sa == sb)
                else:
                    evidence = shared or slip
                if evidence:
                    parent[find(a)] = find(b)
                    if not shared and slip and not compatible:
                        slip_only.add(find(b))
        clusters: dict = defaultdict(list)
        for k in keys:
            clusters[find(k)].append(k)
        for members in clusters.values():
            if len(members) < 2:
                continue
            groups = {f"{family} {i} {s}".strip(): forms[(i, s)] for i, s in members}
            majority, others, refs, tie = _describe(groups, lambda o: f"{o.family} {o.initials} {o.suffix}".strip())
            first = min((o for g in groups.values() for o in g if o.reference in refs), key=lambda o: o.reference)
            yield author_initials.finding(
                first.line, first.column, f"Author '{majority}' is also written {others}.", refs,
                "Check the source and use one form in every entry." if tie
                else f"Write '{majority}' (the majority form) if this is the same person.",
                severity="info" if find(members[0]) in slip_only else "")


_NAMED = re.compile(
    r"(?P<name>[A-Z][A-Za-zÀ-ÿ'’-]+(?:\s+(?:and|&)\s+[A-Z][A-Za-zÀ-ÿ'’-]+)?)\s+(?P<etal>et\s+al\.?|and\s+(?:colleagues|co-?workers))?\s*"
    r"(?:\((?P<year>\d{4})\)\s*)?$"
)
_IN_YEAR = re.compile(r"\b(?:In|in|By|by|During|during)\s+(?P<year>(?:19|20)\d\d)(?:,\s*|\s+(?=[A-Z]))[^.;]{0,40}$")
_NOT_NAMES = frozenset("Figure Fig Table Tables Supplementary Appendix Section Box Eq Equation Chapter Study Trial".split())


def named_citations(analysis):
    """(callout, surname, form, year) for "Smith et al.<sup>12</sup>", "Smith and Jones<sup>12</sup>" and
    "Smith (2000)<sup>12</sup>"; ``form`` is "et al.", "pair" or "year"."""
    for sentence in analysis.sentences:
        for callout in sentence.callouts:
            if len(callout.numbers) != 1:
                continue
            prefix = analysis.source.text[max(0, callout.span.start - 120): callout.span.start]
            prefix = prefix.split("\n")[-1] if sentence.kind == "table-row" else prefix.replace("\n", " ")
            match = _NAMED.search(prefix)
            if not match:
                continue
            names = re.split(r"\s+(?:and|&)\s+", match.group("name"))
            form = "et al." if match.group("etal") else "pair" if len(names) == 2 else "year" if match.group("year") else ""
            if not form or names[0] in _NOT_NAMES:
                continue
            year = match.group("year")
            in_year = _IN_YEAR.search(prefix[: match.start()] + " " + match.group("name"))
            if not year and in_year:
                year = in_year.group("year")
            yield callout, names[0], form, year


def _is_author(ref, name: str) -> bool:
    return any(fold(a.family) == fold(name) for a in ref.authors if not a.is_group)


@rule("RG204", "named-author-mismatch", "The text names an author who is not the cited reference's first author.", "error")
def named_author_mismatch(analysis, config):
    """"Smith et al.[12]" must cite a work whose first author is Smith.

    Bad: ``Berman et al.<sup>24</sup> investigated…`` where reference 24 is by Moher D.
    Good: ``Berman et al.<sup>23</sup> investigated…`` where reference 23 is Berman RM, et al.
    """
    refs = analysis.references.by_number()
    for callout, name, form, _ in named_citations(analysis):
        ref = refs.get(callout.numbers[0])
        # Only "Smith et al." is a sure sign of a name: "Alzheimer and Parkinson" or
        # "Korea (2015)" before a callout are not authors.
        if form != "et al." or not ref or not ref.first_author or ref.first_author.is_group:
            continue
        if fold(name) == fold(ref.first_author.family):
            continue
        position = next((i for i, a in enumerate(ref.authors) if fold(a.family) == fold(name)), None)
        detail = f"it is author {position + 1} there" if position is not None else f"its first author is {ref.first_author.display}"
        yield named_author_mismatch.finding(
            callout.line, callout.column, f"'{name}' is cited as reference {ref.number}, but {detail}.",
            [ref.number], f"Cite the work by {name}, or name {ref.first_author.family}.")


@rule("RG205", "year-mismatch", "The year given in the text differs from the cited reference's year.", "error")
def year_mismatch(analysis, config):
    """"In 2000, Berman et al.[23]" must cite a work from 2000.

    Bad: ``In 2002, Berman et al.<sup>23</sup> investigated…`` where reference 23 is from 2000.
    Good: ``In 2000, Berman et al.<sup>23</sup> investigated…``
    """
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
    convention (Vancouver: list six, then "et al.").

    Bad: ``Monteggia et al.<sup>111</sup>`` where 111 is ``Monteggia LM, Zarate C Jr.``
    Good: ``Monteggia and Zarate<sup>111</sup>``
    """
    refs = analysis.references.by_number()
    for callout, name, form, _ in named_citations(analysis):
        ref = refs.get(callout.numbers[0])
        if form == "et al." and ref and not ref.et_al and 0 < len(ref.authors) <= 2 and fold(name) == fold(ref.first_author.family):
            names = " and ".join(a.family for a in ref.authors)
            yield et_al_usage.finding(callout.line, callout.column,
                                      f"'{name} et al.' cites reference {ref.number}, which has {len(ref.authors)} author{'s' if len(ref.authors) > 1 else ''}.",
                                      [ref.number], f"Write '{names}'.")
    from collections import Counter

    listed = Counter(len(r.authors) for r in analysis.references if r.et_al)
    if not listed:
        return
    convention, count = listed.most_common(1)[0]
    if config.et_al_threshold:
        convention = config.et_al_threshold
    elif count < 5 or count < 0.7 * sum(listed.values()):
        return  # no clear house convention to hold entries to
    # Vancouver lists up to six names in full; AMA lists up to six, else three + et al.
    full_limit = max(convention, 6)
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
