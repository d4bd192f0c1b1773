"""Rules about author names: one person written two ways, and names in the text.

Precision first: different people with similar names (Ferrara/Ferrari, Wan/Wang,
Mathew/Mathews, two different "Li N") are not findings. A variant is reported only
with evidence that it is one person: identical or compatible initials *and* a shared
co-author, a shared suffix, or a typing slip (doubled letter, neighbouring key). How rare
the surname is weighs too: in a frequent one (the world's commonest, or the US census's
4,760 commonest) a slip or a single initial is as likely a namesake, and a co-author must
say it is one person.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..references.people import letters
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


@lru_cache(maxsize=1)
def _census_surnames() -> frozenset[str]:
    text = (resources.files("refgraph") / "data" / "us-census-1990-surnames.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def frequent_surname(family: str) -> bool:
    """Whether two people of this surname may well meet in one list: one of the commonest
    names worldwide, or a surname the US census of 1990 found in at least 3 people in
    100,000 (Henderson, Murphy, Law). Namesakes are the likelier reading there, not a slip."""
    key = fold(family)
    return key in COMMON_SURNAMES or key in _census_surnames()


# A surname's comparison key: diacritics, case, spaces, hyphens and apostrophes removed,
# letters of every script kept.
fold = letters


@dataclass(frozen=True)
class Occurrence:
    reference: int
    line: int
    column: int
    family: str
    initials: str
    suffix: str
    coauthors: frozenset


def occurrences(analysis) -> tuple[Occurrence, ...]:
    """Every person named in the list, where the name stands. Two rules read them; the
    last analysis's are kept (by identity, through a weak reference) so that a long list
    is read once."""
    cached = _last_occurrences
    if cached and cached[0]() is analysis:
        return cached[1]
    found = tuple(_occurrences(analysis))
    _last_occurrences[:] = [weakref.ref(analysis), found]
    return found


_last_occurrences: list = []


def _occurrences(analysis) -> list[Occurrence]:
    found = []
    text = analysis.source.text
    for ref in analysis.references:
        people = [a for a in ref.authors if not a.is_group and a.family]
        keys = [_coauthor_key(a.family, a.initials) for a in people]  # once per person, not once per pair
        # Each person's co-authors are the entry's keys less their own; one shared set
        # serves everyone whose key is absent or repeated (a set per person cost
        # quadratic time in long author lists).
        counts: dict = {}
        for key in keys:
            if key:
                counts[key] = counts.get(key, 0) + 1
        every = frozenset(counts)
        # Where the entry is this text's own (not a .bib's or a conversion's), each name
        # is placed where it stands: two people written differently in the same two
        # entries are two findings, each pointing at its name.
        entry = text[ref.span.start:ref.span.end]
        own = ref.raw[:40] in entry
        searched_from = 0
        for index, author in enumerate(people):
            key = keys[index]
            others = every - {key} if key and counts[key] == 1 else every
            line, column = ref.line, ref.span.column
            at = entry.find(author.family, searched_from) if own else -1
            if at >= 0:
                searched_from = at + len(author.family)
                line, column = analysis.source.position(ref.span.start + at)
            # (One spelling in two Unicode forms, "Thráinsson" composed and decomposed, is
            # one spelling: the reader could not see the difference.)
            family = author.family if author.family.isascii() else unicodedata.normalize("NFC", author.family)
            found.append(Occurrence(ref.number, line, column, family, author.initials, author.suffix, others))
    return found


@lru_cache(maxsize=65536)  # (one person is named in many entries of a long list)
def _coauthor_key(family: str, initials: str):
    """What identifies a co-author well enough to link two entries: an uncommon surname and
    first initial, or a common surname with two or more initials ("Wang W" links nothing)."""
    family = fold(family)
    if family not in COMMON_SURNAMES and len(family) > 3:
        return family, initials[:1]
    return (family, initials) if len(initials) >= 2 else None


def _shared_coauthor(a: list[Occurrence], b: list[Occurrence]) -> bool:
    """Whether an occurrence in ``a`` and one in ``b``, in different references, share a
    co-author. (Indexed by co-author, not pair by pair: one name repeated in hundreds of
    entries would make the pairs quadratic.)"""
    seen: dict[tuple, set[int]] = defaultdict(set)
    for x in a:
        for key in x.coauthors:
            seen[key].add(x.reference)
    for y in b:
        for key in y.coauthors:
            references = seen.get(key)
            if references and (len(references) > 1 or y.reference not in references):
                return True
    return False


def _in_one_list(a: list[Occurrence], b: list[Occurrence]) -> bool:
    """Two forms in one entry's author list are two people ("Antunes LS, Antunes LAA")."""
    return not {o.reference for o in a}.isdisjoint(o.reference for o in b)


def _by_initials(occurrences_of_one_name: list[Occurrence]) -> dict[str, list[Occurrence]]:
    grouped: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occurrences_of_one_name:
        grouped[o.initials].append(o)
    return grouped


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


def typing_slip(a: str, b: str) -> bool:
    """Two letters swapped, a letter doubled, or one dropped from inside the name: the slips
    of a typist. A changed or added last letter (Wan/Wang, Mathew/Mathews) is a different
    name far more often than a slip, and so is a changed letter (Ferrari/Ferrara)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            doubled = (i > 0 and longer[i - 1] == longer[i]) or (i + 1 < len(longer) and longer[i + 1] == longer[i])
            if doubled or 0 < i < len(longer) - 1:
                return True
    return False


def _slip_evidence(a: str, b: str, initials: str) -> bool:
    """A slip identifies one person only in an uncommon name, with enough to go on: two
    initials, or a long name."""
    uncommon = a not in COMMON_SURNAMES and b not in COMMON_SURNAMES and min(len(a), len(b)) >= 4
    return uncommon and (len(initials) >= 2 or min(len(a), len(b)) >= 7) and typing_slip(a, b)


def _initials_compatible(a: str, b: str) -> bool:
    return bool(a and b) and a[0] == b[0] and (a.startswith(b) or b.startswith(a))


def _describe(groups: dict[str, list[Occurrence]], display) -> tuple[str, str, list[int], bool]:
    """(majority form with its references, the other forms with theirs, the references to fix,
    whether the majority is only a tie)."""
    def refs_of(occ):
        numbers = sorted({o.reference for o in occ})
        return numbers, f"({'ref' if len(numbers) == 1 else 'refs'} {', '.join(map(str, numbers))})"

    ranked = sorted(groups.items(), key=lambda item: (-len({o.reference for o in item[1]}), min(o.reference for o in item[1])))
    tie = len({o.reference for o in ranked[0][1]}) == len({o.reference for o in ranked[1][1]})
    majority_refs, majority_label = refs_of(ranked[0][1])
    majority = f"'{display(ranked[0][1][0])}' {majority_label}"
    others, refs = [], []
    for _, occ in ranked[1:]:
        numbers, label = refs_of(occ)
        refs += numbers
        others.append(f"'{display(occ[0])}' {label}")
    if tie:
        refs += majority_refs
    return majority, "; ".join(others), refs, tie


_CROWDED = 24  # surnames sharing one deletion variant beyond which only fold-alike ones are paired


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _umlauts_spelled_out(family: str) -> str:
    return fold(family.translate(_UMLAUTS))


@rule("RG201", "author-spelling", "One author's surname is spelled differently across references.", "warning")
def author_spelling(analysis, config):
    """The same person (same initials, shared co-authors) with a surname spelled two ways.

    Bad: ``Murrough JW, Iosifescu DV, …`` in one entry and ``Murrrough JW, Iosifescu DV, …`` in another.
    Good: ``Murrough JW`` everywhere. (``Ferrari AJ`` and ``Ferrara A`` are different people: not reported;
    ``Müller NE`` and ``Mueller NE`` are one name, its umlaut spelled out.)
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
        if len(ordered) > _CROWDED:
            # Dozens of surnames one letter apart share a stem, not a misspelling; there
            # only names that fold alike are compared, each with the next (linear).
            alike: dict[str, list[str]] = defaultdict(list)
            for family in ordered:
                alike[fold(family)].append(family)
            candidates.update(pair for group in alike.values() for pair in zip(group, group[1:]))
            continue
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                candidates.add((a, b))
    # Union same-person variants so each person is reported once; a person is a surname
    # with its initials, so one spelling's other people ("Müller T" beside the "Muller KM"
    # that "Müller KM" is) stay out of the finding. Never two people that one entry lists
    # side by side, however the evidence would chain them.
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    entries: dict[tuple[str, str], set[int]] = {}
    groups_of = {family: _by_initials(by_family[family]) for family in by_family}

    def entries_of(root: tuple[str, str]) -> set[int]:
        return entries.get(root) or {o.reference for o in groups_of[root[0]][root[1]]}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:  # path compression keeps every later find short
            parent[x], x = root, parent[x]
        return root

    for a, b in sorted(candidates):
        if re.sub(r"\D", "", a) != re.sub(r"\D", "", b):
            continue  # "GBD 2017 Collaborators" and "GBD 2019 Collaborators" are two groups
        ka, kb = fold(a), fold(b)
        initials_a, initials_b = groups_of[a], groups_of[b]
        pairs = [(x, y) for x in initials_a for y in initials_b if _initials_compatible(x, y)
                 and not _in_one_list(initials_a[x], initials_b[y])]
        if not pairs:
            continue
        frequent = (frequent_surname(a), frequent_surname(b))
        if ka == kb or _umlauts_spelled_out(a) == _umlauts_spelled_out(b):
            # Spacing, hyphen, diacritics: "Diaz Granados" / "Diazgranados"; German's
            # umlaut spelled out: "Müller" / "Mueller".
            # One initial of a frequent name ("Müller B", "Muller B") is two people as
            # often as one: a co-author must say so.
            alone = a.lower() == b.lower() or not any(frequent)
            linked = [(x, y) for x, y in pairs
                      if (x == y and (alone or len(x) >= 2)) or _shared_coauthor(initials_a[x], initials_b[y])]
        elif ka in COMMON_SURNAMES or kb in COMMON_SURNAMES or min(len(ka), len(kb)) <= 3:
            linked = []  # Si/Di, Ji/Jia, Qin/Qiu: short names one letter apart are different names
        else:
            # A near-miss spelling with the same initials is one person when they also
            # share a co-author ("Ferrara A" and "Ferrari AJ" share nobody), or when the
            # difference is a typing slip inside an uncommon name with the same full
            # initials ("Duamn RS" / "Duman RS"): two people that alike are unlikely. A
            # slip alone needs one spelling the list writes more often than the other
            # (one "Gauthier F" and one "Gautier F" are as likely two people), not two
            # frequent surnames (both real names), and two initials where either is
            # frequent ("Phillips D" and "Philips D" may well be two people).
            linked = [(x, y) for x, y in pairs if x == y and (
                _shared_coauthor(initials_a[x], initials_b[y])
                or (_slip_evidence(ka, kb, x) and not all(frequent) and (len(x) >= 2 or not any(frequent))
                    and len({o.reference for o in initials_a[x]}) != len({o.reference for o in initials_b[y]})))]
        for x, y in linked:
            root_a, root_b = find((a, x)), find((b, y))
            if root_a != root_b and entries_of(root_a).isdisjoint(entries_of(root_b)):
                entries[root_b] = entries_of(root_b) | entries_of(root_a)
                parent[root_a] = root_b
    clusters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for person in sorted(set(parent) | set(parent.values())):
        clusters[find(person)].append(person)
    for members in clusters.values():
        if len({family for family, _ in members}) < 2:
            continue
        # One group per spelling: its initials' variants are author-initials' to report.
        groups: dict[str, list[Occurrence]] = defaultdict(list)
        for family, initials in sorted(members, key=lambda person: -len(person[1])):
            groups[family].extend(groups_of[family][initials])  # shown by its fullest initials
        majority, others, refs, tie = _describe(groups, lambda o: f"{o.family} {o.initials}".strip())
        first = min((o for m in groups.values() for o in m if o.reference in refs), key=lambda o: o.reference)
        form = majority.split("' (")[0] + "'"
        yield author_spelling.finding(
            first.line, first.column,
            f"Author {majority} is also spelled {others}.", refs,
            "Check the source and use one spelling in every entry." if tie
            else f"Spell it {form} (the majority form) if this is the same person.")


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
        # A slip of the finger in an initial ("Ionescu DE" for DF) is the only link some
        # forms have; in a frequent surname two namesakes are the likelier reading.
        slip_alone_suffices = not frequent_surname(family)
        keys = sorted(forms)
        slip_only: set = set()  # linked by a likely typing slip alone: weaker evidence
        parent = {k: k for k in keys}
        # The entries each group of forms appears in: two groups that share an entry are
        # two people ("Antunes LS, Antunes LAA"), however the evidence would chain them.
        entries = {k: {o.reference for o in forms[k]} for k in keys}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        def listed_apart(a, b) -> bool:
            return a != b and entries[a].isdisjoint(entries[b])

        linked = []
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
                    # Initials that differ otherwise than by a slip are two people, even
                    # when they share co-authors: relatives and namesakes publish together.
                    evidence = slip and (shared or slip_alone_suffices)
                if evidence:
                    linked.append((not compatible, a, b, shared, slip))
        # The surest links first: an initial added or dropped before a slip of the finger,
        # a slip with a shared co-author before a slip alone.
        size = {k: 1 for k in keys}
        for weaker, a, b, shared, slip in sorted(linked, key=lambda link: (link[0], not link[3], link[1], link[2])):
            root_a, root_b = find(a), find(b)
            slip_alone = not shared and slip and weaker
            if slip_alone and (size[root_a] > 1 or size[root_b] > 1):
                # Forms the co-authors already tie to one person are that person's; a
                # form one slip away from them is more likely a namesake ("Gelfand M" and
                # "Gelfand MS" share a co-author; "Gelfand MD" is someone else).
                continue
            if listed_apart(root_a, root_b):
                size[root_b] += size[root_a]
                parent[root_a] = root_b
                entries[root_b] |= entries[root_a]
                if slip_alone:
                    slip_only.add(root_b)
        clusters: dict = defaultdict(list)
        for k in keys:
            clusters[find(k)].append(k)
        for members in clusters.values():
            if len(members) < 2:
                continue
            groups = {f"{family} {i} {s}".strip(): forms[(i, s)] for i, s in members}
            majority, others, refs, tie = _describe(groups, lambda o: f"{o.family} {o.initials} {o.suffix}".strip())
            first = min((o for g in groups.values() for o in g if o.reference in refs), key=lambda o: o.reference)
            form = majority.split("' (")[0] + "'"
            yield author_initials.finding(
                first.line, first.column, f"Author {majority} is also written {others}.", refs,
                "Check the source and use one form in every entry." if tie
                else f"Write {form} (the majority form) if this is the same person.",
                severity="info" if find(members[0]) in slip_only else "")
