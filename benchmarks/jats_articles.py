"""Whole articles nobody tuned on: JATS files turned into the Markdown a conversion gives,
read back end to end, and scored against the XML's own references and citations.

    python benchmarks/jats_articles.py DIR_OR_FILE ... [--keep DIR] [--details]

Each article with a reference list of printed strings (``mixed-citation``) becomes a case
as ``shared/corpus-dev`` lays them out: section headings and paragraphs, a closing
``## References`` list (``N. string`` where the XML labels by number, the bare string
where it does not), citations kept as the article prints them — superscripts as
``<sup>…</sup>``, brackets and author–date text as text. The truth comes from the XML:
each reference's tagged fields (as benchmarks/jats_strings.py reads them) and, for each
run of ``xref ref-type="bibr"`` joined only by separators, the references it cites (a
dash between two cites the range). Scored with benchmarks/corpus.py's scorers. Files
identical to one in ``shared/`` are skipped.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "src")]

_SEPARATOR = re.compile(r"^[\s,;]*(?:and|&)?[\s,;]*$")
_RANGE = re.compile(r"^\s*[-–—]\s*$")
_SKIP = {"fig", "table-wrap", "disp-formula", "supplementary-material", "fn-group", "ref-list", "caption", "label"}


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Paragraph:
    """One paragraph's Markdown and the citation groups in it, in order."""

    def __init__(self, numbers: dict[str, int], numbered: bool):
        self.numbers, self.numbered, self.parts, self.groups = numbers, numbered, [], []
        self.shown: dict[int, list[str]] = {}  # what each group's links print, for reading a miss
        self._open: list[int] | None = None  # the group the last xref belongs to
        self._between = ""  # text since that xref

    def text(self, value: str | None) -> None:
        if not value:
            return
        self.parts.append(value)
        if self._open is not None:
            self._between += value
            if not (_SEPARATOR.match(self._between) or _RANGE.match(self._between) or self._same_bracket()):
                self._open = None

    def _same_bracket(self) -> bool:
        """Author–date: the link is the year, or the name and year, so the next work of one
        bracketed group follows after its authors' names ("1985; Wyman & White, 1980")."""
        return not self.numbered and len(self._between) < 120 and not re.search(r"[()\[\]]|\.\s", self._between)

    def cite(self, rid: str, shown: str) -> None:
        number = self.numbers.get(rid)
        if number is None:
            self.text(shown)
            return
        if self._open is not None and _RANGE.match(self._between) and self._open and number > self._open[-1]:
            self._open.extend(range(self._open[-1] + 1, number + 1))
        elif self._open is not None:
            self._open.append(number)
        else:
            self._open = [number]
            self.groups.append(self._open)
        self._between = ""
        self.parts.append(shown)
        self.shown.setdefault(id(self._open), []).append(shown)

    def walk(self, node, superscript: bool = False) -> None:
        for child in node:
            name = _local(child)
            if name in _SKIP:
                self.text(child.tail)
                continue
            if name == "xref" and child.get("ref-type") == "bibr":
                shown = " ".join("".join(child.itertext()).split())
                if not superscript and any(_local(x) == "sup" for x in child.iter()):
                    shown = f"<sup>{shown}</sup>"  # SciELO sets the superscript inside the link
                for rid in (child.get("rid") or "").split()[:1]:
                    self.cite(rid, shown)
            elif name == "sup":
                # (A superscript of separators alone, "<sup>,</sup>" between two linked
                # numbers, is the citation's punctuation.)
                cites = any(_local(x) == "xref" and x.get("ref-type") == "bibr" for x in child.iter()) or bool(
                    re.fullmatch(r"[\s,;–—-]+", "".join(child.itertext())))
                self.parts.append("<sup>" if cites else "^")
                self.text(child.text)
                self.walk(child, True)
                self.parts.append("</sup>" if cites else "^")
            elif name in ("italic", "bold"):
                self.walk(child, superscript)
            else:
                self.text(child.text)
                self.walk(child, superscript)
            self.text(child.tail)

    def markdown(self) -> str:
        # (One citation's superscripts as one, as a conversion writes them: the XML's line
        # breaks between "<sup>17</sup>", "<sup>,</sup>" and "<sup>18</sup>" are no text.)
        return re.sub(r"</sup>\s*<sup>", "", " ".join("".join(self.parts).split()))


def case_of(xml: bytes) -> tuple[str, dict] | None:
    """(manuscript Markdown, gold) of one article, or None when it has no printed list."""
    from lxml import etree
    from jats_strings import _NUMBERING, _printed, _text, gold

    try:
        root = etree.fromstring(xml, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    body = next((e for e in root.iter() if _local(e) == "body"), None) if root is not None else None
    refs = [r for r in root.iter() if _local(r) == "ref"] if body is not None else []
    entries, numbers = [], {}
    for ref in refs:
        mixed = [c for c in ref if _local(c) == "mixed-citation"]
        if len(mixed) != 1 or not _printed(mixed[0]):
            return None
        label = next((_text(c) for c in ref if _local(c) == "label"), "").strip(" .[]")
        string = re.sub(r"^[\s.,;:]+", "", _NUMBERING.sub("", _text(mixed[0])))
        tagged = any(_local(e) in ("source", "year", "person-group") for e in mixed[0].iter())
        elements = [c for c in ref if _local(c) == "element-citation"]
        fields = gold(mixed[0]) if tagged else gold(elements[0]) if len(elements) == 1 else None
        numbers[ref.get("id")] = len(entries) + 1
        entries.append((label, string, fields))
    if len(entries) < 10:
        return None
    numbered = sum(label.isdigit() for label, _, _ in entries) >= 0.9 * len(entries)
    lines, citations = [], []
    for element in body.iter():
        name = _local(element)
        if name == "title" and _local(element.getparent()) == "sec":
            lines.append("## " + _text(element))
        elif name == "p" and not any(_local(a) in _SKIP for a in element.iterancestors()):
            paragraph = _Paragraph(numbers, numbered)
            paragraph.text(element.text)
            paragraph.walk(element)
            if paragraph.markdown():
                lines.append(paragraph.markdown())
                # (An author–date group is compared as a set: its order is the writer's.)
                citations.extend({"refs": group if numbered else sorted(set(group)),
                                  "printed": " | ".join(paragraph.shown.get(id(group), []))} for group in paragraph.groups)
    lines.append("## References")
    references = []
    for n, (label, string, fields) in enumerate(entries, 1):
        lines.append(f"{n}. {string}" if numbered else string)
        entry = {"n": n, "reference_string": string, "structured": fields is not None}
        if fields:
            entry.update(authors=[{"family": f, "initials": i} for f, i in fields["authors"]],
                         **{k: fields[k] for k in ("title", "journal", "year", "volume", "issue", "pages")})
        references.append(entry)
    gold_record = {"references": references, "citations": citations,
                   "callout_style": "numbered" if numbered else "as-printed"}
    return "\n\n".join(lines) + "\n", gold_record


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--keep", type=Path, help="write the cases here (else a temporary folder)")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    from corpus import score_citations, score_references
    from jats_strings import _shared_hashes

    out = args.keep or Path(tempfile.mkdtemp(prefix="jats-articles-"))
    skip, seen = _shared_hashes(), set()
    print("| article | style | reference fields | callouts (+extra) |\n|---|---|---|---|")
    totals = [0, 0, 0, 0, 0]
    for path in sorted(f for p in args.paths for f in ([p] if p.is_file() else p.rglob("*ml"))):
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        if digest in skip or digest in seen:
            continue
        seen.add(digest)
        made = case_of(data)
        if not made:
            continue
        case = out / path.stem[:60]
        case.mkdir(parents=True, exist_ok=True)
        (case / "manuscript.md").write_text(made[0], encoding="utf-8")
        (case / "gold.json").write_text(json.dumps(made[1], ensure_ascii=False, indent=1), encoding="utf-8")
        try:
            right, total, _, _, mistakes = score_references(case)
            found, expected, misses, extra = score_citations(case)
        except Exception as error:  # one article's failure is a row, not the end of the run
            print(f"| {case.name} | | error: {type(error).__name__}: {error} | |")
            continue
        for index, value in enumerate((right, total, found, expected, len(extra))):
            totals[index] += value
        print(f"| {case.name} | {made[1]['callout_style']} | {right}/{total} | {found}/{expected} (+{len(extra)}) |")
        if args.details:
            for miss in misses[:5]:
                print(f"    missed {miss}")
            for spurious in extra[:5]:
                print(f"    extra {spurious}")
    print(f"| **all** | | **{totals[0]}/{totals[1]} ({totals[0] / max(totals[1], 1):.3f})** | "
          f"**{totals[2]}/{totals[3]} ({totals[2] / max(totals[3], 1):.3f}) (+{totals[4]})** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
