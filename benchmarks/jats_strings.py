"""The parser on reference strings nobody tuned it on: every JATS file you give it.

    python benchmarks/jats_strings.py DIR_OR_FILE ... [--details N] [--mistakes FILE]

JATS prints each reference twice over: a ``mixed-citation`` is the string as the journal
printed it, with its fields tagged in place (or, as SciELO does, beside an
``element-citation`` holding the same reference's fields). This reads each such pair,
parses the printed string with refgraph, and scores the fields with
benchmarks/corpus.py's scorer (authors, title, journal, year, volume, issue, pages). Files
identical to one in ``shared/`` are skipped, so the figure is on text never tuned on.

Where the XML says a book's own title is its ``source``, the source is scored as the
title. A mixed citation whose names run together ("BaskinC.BaskinJ. M.": no text between
surname and given names) is a converter's, not a printed string, and is skipped.

Sources used for the figures in the README (fetched snapshots, kept out of the repo):
petermr/amilib, petermr/pygetpapers, JonasHeinickeBio/pyEuropePMC and
scieloorg/packtools — every ``*.xml`` file in them; and, for physics and astronomy
(APS, MNRAS, PTEP), the publisher files under adsabs/adsabs-pyingest's
``pyingest/tests/data/stubdata/input``.

What the XML keeps for machines and the journal never prints (ids marked
``suppress-display``, CODEN, ISSN) is dropped from the string, and APS's whole
``string-name`` ("A. S. Holevo") is split at its initials for the gold.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "src")]

FIELDS = ("authors", "title", "journal", "year", "volume", "issue", "pages")
_NUMBERING = re.compile(r"^\s*(?:\[\d+\]|\d+[.)]|\d{1,3}\s+(?=[^\W\d]))\s*")


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _initials(given: str) -> str:
    given = (given or "").strip()
    if re.fullmatch(r"[A-ZÀ-Þ]{1,4}", given):  # Vancouver's given names are the initials: "MS"
        return given
    return "".join(part[0].upper() for part in re.findall(r"[^\W\d_][\w'’]*", given))


def _split_printed_name(name: str) -> tuple[str, str]:
    """A string-name the XML leaves whole, as APS prints it ("A. S. Holevo"): the initials
    before, the surname after; a name that is not initials-first is not split."""
    match = re.fullmatch(r"((?:[A-Z][a-z]?\.[-‐\s]*)+)\s*(.+)", name)
    return (match.group(1), match.group(2)) if match else ("", "")


def _unprinted(citation) -> None:
    """Drop what the journal did not print: ids and codes a publisher's XML keeps for
    machines (``specific-use="suppress-display"``, object ids, CODEN, ISSN), and set a
    DOI glued to the pages apart as print does."""
    for element in list(citation.iter()):
        if not isinstance(element.tag, str) or element is citation:
            continue
        hidden = (element.get("specific-use") == "suppress-display" or _local(element) in ("object-id", "issn")
                  or (_local(element) == "pub-id" and element.get("pub-id-type") == "coden"))
        if hidden:
            parent, tail = element.getparent(), element.tail or ""
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
            parent.remove(element)
        elif _local(element) == "pub-id":
            previous = element.getprevious()
            before = (previous.tail if previous is not None else element.getparent().text) or ""
            if previous is not None and not before:
                previous.tail = " "


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _first(citation, *names: str) -> str:
    return next((_text(e) for e in citation.iter() if _local(e) in names), "")


def gold(citation) -> dict | None:
    """The tagged fields of one citation, as benchmarks/corpus.py compares them."""
    from corpus import _authors, _norm, _pages

    groups = [g for g in citation.iter() if _local(g) == "person-group"]
    group = next((g for g in groups if g.get("person-group-type", "author") == "author"), None)
    if groups and group is None:
        return None  # only editors: the names printed first are not the authors
    authors = []
    for name in (group if group is not None else citation):
        if _local(name) in ("name", "string-name"):
            surname = "".join(_text(part) for part in name if _local(part) == "surname")
            given = "".join(_text(part) for part in name if _local(part) == "given-names")
            if not surname and _local(name) == "string-name" and len(name) == 0:
                given, surname = _split_printed_name(_text(name))
            if not surname:
                return None
            authors.append({"family": surname, "initials": _initials(given)})
        elif _local(name) == "collab":
            authors.append({"family": _text(name), "initials": ""})
    title, source = _first(citation, "article-title", "chapter-title", "data-title"), _first(citation, "source")
    if not title and citation.get("publication-type") not in ("journal", "confproc", "conf-proc", None):
        title, source = source, ""  # a book's own title is its source (a proceedings' holds the paper)
    first, last, locator = _first(citation, "fpage"), _first(citation, "lpage"), _first(citation, "elocation-id")
    pages = f"{first}-{last}" if first and last else first or locator or _first(citation, "page-range")
    return {"authors": _authors(authors), "etal": False, "title": _norm(title), "journal": _norm(source),
            "year": _norm(re.sub(r"[a-z]$", "", _first(citation, "year"))), "volume": _norm(_first(citation, "volume")),
            "issue": _norm(_first(citation, "issue")), "pages": _pages(pages), "doi": "", "pmid": ""}


def _printed(citation) -> bool:
    """Whether the names are set apart as a journal prints them."""
    for name in citation.iter():
        if _local(name) not in ("name", "string-name"):
            continue
        parts = [p for p in name if isinstance(p.tag, str)]
        if any(not p.tail for p in parts[:-1]):
            return False
        if _local(name.getparent()) == "person-group" and name.getnext() is not None and not name.tail:
            return False
    return True


def pairs(xml: bytes):
    """(printed string, gold fields) for each reference of one JATS file."""
    from lxml import etree

    try:
        root = etree.fromstring(xml, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return
    if root is None:
        return
    for ref in root.iter():
        if _local(ref) != "ref":
            continue
        mixed = [c for c in ref if _local(c) == "mixed-citation"]
        elements = [c for c in ref if _local(c) == "element-citation"]
        if len(mixed) != 1:
            continue
        _unprinted(mixed[0])
        tagged = any(_local(e) in ("source", "year", "person-group") for e in mixed[0].iter())
        if tagged:
            fields = gold(mixed[0]) if _printed(mixed[0]) else None
        else:
            fields = gold(elements[0]) if len(elements) == 1 else None
        if not fields or not (fields["title"] or fields["journal"]) or not fields["year"]:
            continue
        string = re.sub(r"^[\s.,;:]+", "", _NUMBERING.sub("", _text(mixed[0])))
        if len(string) >= 20:
            yield string, fields


def _shared_hashes() -> set[str]:
    from corpus import shared_dir

    return {hashlib.sha1(p.read_bytes()).hexdigest() for p in shared_dir().rglob("*.xml")}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--details", type=int, default=0, help="print this many mistakes")
    parser.add_argument("--mistakes", type=Path, help="write every mistake here as JSON Lines")
    args = parser.parse_args(argv)
    from corpus import compare, reference_fields
    from refgraph.references.parse import UnparseableReference, parse_reference

    files = sorted(f for p in args.paths for f in ([p] if p.is_file() else p.rglob("*.xml")))
    skip, seen = _shared_hashes(), set()
    right, total, mistakes = Counter(), Counter(), []
    whole = count = used = 0
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        if digest in skip or digest in seen:
            continue
        seen.add(digest)
        before = count
        for string, want in pairs(data):
            try:
                have = reference_fields(parse_reference(string))
            except UnparseableReference:
                have = {}
            rows = compare(want, have, FIELDS, string.lower())
            count += 1
            whole += all(ok for *_, ok in rows)
            for name, expected, got, ok in rows:
                total[name] += 1
                right[name] += ok
                if not ok:
                    mistakes.append({"file": path.name, "field": name, "want": expected, "have": got, "string": string})
        used += count > before
    print(f"{used} files, {count} references, {whole} fully right")
    print("| field | right |\n|---|---|")
    for name in FIELDS:
        print(f"| {name} | {right[name]}/{total[name]} ({right[name] / max(total[name], 1):.3f}) |")
    print(f"| **all** | **{sum(right.values())}/{sum(total.values())} ({sum(right.values()) / max(sum(total.values()), 1):.3f})** |")
    for mistake in mistakes[: args.details]:
        print(f"- {mistake['field']}: want {mistake['want']!r}, have {mistake['have']!r}\n  {mistake['string'][:200]}")
    if args.mistakes:
        args.mistakes.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in mistakes), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
