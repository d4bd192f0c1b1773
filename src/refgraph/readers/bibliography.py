"""Exact reference records from formats that carry them (BibTeX, JATS, CSL-JSON), laid
out as a "References" section of the document text so that every record has a place
(and an anchor back to the file and line it came from)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..document import TextBuilder
from ..references.model import Author, Reference, ReferenceList
from ..references.people import initials_of


@dataclass(frozen=True)
class Record:
    """One reference as a format gives it: fields, where it came from, and its key."""

    key: str
    fields: dict
    origin: str  # "refs.bib, line 12"
    printed: str = ""  # the string as the source prints it (mixed citations), else composed
    label: str = ""  # a printed number, when the source numbers its list
    error: str = ""
    extra: dict = field(default_factory=dict)


def compose(fields: dict) -> str:
    """A readable one-line form of a record (Vancouver-like), for lists and reports."""
    names = ", ".join(a.display for a in fields.get("authors", ())) + (", et al" if fields.get("et_al") else "")
    parts = [names + "." if names else ""]
    if fields.get("title"):
        parts.append(fields["title"].rstrip(".") + ".")
    container = fields.get("journal") or fields.get("booktitle")
    if container:
        parts.append(("In: " if fields.get("booktitle") and not fields.get("journal") else "") + container + ".")
    if fields.get("place") or fields.get("publisher"):
        parts.append(": ".join(x for x in (fields.get("place"), fields.get("publisher")) if x) + ";")
    source = fields.get("year", "")
    if fields.get("volume"):
        source += f";{fields['volume']}" + (f"({fields['issue']})" if fields.get("issue") else "")
    if fields.get("pages"):
        source += f":{fields['pages']}"
    if source:
        parts.append(source + ".")
    if fields.get("doi"):
        parts.append(f"doi:{fields['doi']}")
    elif fields.get("url"):
        parts.append(fields["url"])
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def lay_out(builder: TextBuilder, records: list[Record], heading: str = "References") -> list[tuple[int, int, Record]]:
    """Write the records as a numbered list under ``heading``; returns their text spans."""
    builder.end_block()
    builder.write(f"## {heading}\n\n")
    spans = []
    for number, record in enumerate(records, 1):
        builder.anchor(record.origin)
        line = f"{record.label or number}. "
        builder.write(line)
        start = builder.length
        builder.write((record.printed or compose(record.fields) or record.key).replace("\n", " "))
        spans.append((start, builder.length, record))
        builder.write("\n")
    return spans


def reference_list(source, spans: list[tuple[int, int, Record]], heading_offset: int) -> ReferenceList:
    """Reference objects for laid-out records: exact fields, spans in the text."""
    from ..references.parse import UnparseableReference, parse_reference

    references = []
    for position, (start, end, record) in enumerate(spans, 1):
        span = source.span(start, end)
        number = int(record.label) if record.label.isdigit() else position
        raw = source.text[start:end]
        if record.fields:
            fields = {k: v for k, v in record.fields.items() if k in _FIELDS}
            ref = Reference(number=number, raw=raw, span=span, parser="source", **fields)
        else:  # the format gives only a string (a \bibitem, an unstructured mixed citation)
            try:
                ref = parse_reference(raw, number, span)
            except UnparseableReference as error:
                ref = Reference(number=number, raw=raw, span=span, kind="misc", error=str(error))
        if record.error:
            ref = replace(ref, error=record.error)
        references.append(replace(ref, position=position, key=record.key, label=record.label))
    return ReferenceList(references=tuple(references), heading="References",
                         span=source.span(heading_offset, len(source.text)), body_end=heading_offset,
                         numbered=all(r.label.isdigit() for _, _, r in spans) and bool(spans), generated=True)


_FIELDS = frozenset(
    "kind authors et_al title journal year year_suffix volume issue pages status doi pmid pmcid arxiv url accessed "
    "publisher place booktitle edition editors genre series".split()
)


def people(names) -> tuple[Author, ...]:
    """bibtexparser NameParts (or plain strings) → Authors; a braced "{World Health
    Organization}" is one group author."""
    out = []
    for name in names:
        if isinstance(name, str):
            from ..references.people import parse_names

            out.extend(parse_names(name)[0])
            continue
        last = " ".join(name.von + name.last).strip()
        if not name.first and len(name.last) == 1 and " " in name.last[0]:
            out.append(Author(literal=name.last[0]))
        else:
            out.append(Author(family=last, initials=initials_of(" ".join(name.first)), suffix=" ".join(name.jr)))
    return tuple(out)
