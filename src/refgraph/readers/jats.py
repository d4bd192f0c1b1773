"""JATS/NLM XML (PubMed Central, publishers): references and callouts exactly as marked.

``ref-list`` entries are taken field by field from ``element-citation`` or
``mixed-citation``; ``xref ref-type="bibr"`` callouts point at them by id, and a dash
between two linked numbers ("35–37") cites the ones between. Body sections, paragraphs,
table rows and figure captions become blocks anchored to their line in the XML file.
The parser resolves no entities and fetches nothing (no XXE, no network).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, TextBuilder
from ..errors import InputError
from ..read import open_input
from ..references.model import Author
from ..references.people import initials_of
from .bibliography import Record, lay_out, reference_list

_KINDS = {"journal": "article", "book": "book", "chapter": "chapter", "confproc": "proceedings", "conf-proc": "proceedings",
          "thesis": "thesis", "report": "report", "web": "online", "webpage": "online", "data": "dataset",
          "software": "software", "preprint": "preprint", "patent": "misc", "other": "misc", "std": "misc"}
_SEPARATOR = re.compile(r"^[\s,;–—\-()\[\]]*$")  # "),(" between linked numbers is a separator too
_DASH = re.compile(r"^[\s()\[\]]*[–—\-][\s()\[\]]*$")
_PRINTED_RANGE = re.compile(r"^\s*(\d+)\s*[–—\-]\s*(\d+)\s*$")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip() if element is not None else ""


def read_jats(target: Path, path) -> Document:
    from lxml import etree

    name = str(path) if path is not None else target.name
    data = open_input(target, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"{name}: not well-formed XML ({error.msg})") from None
    if _local(root.tag) != "article":
        raise InputError(f"{name}: XML, but not a JATS article (root element <{_local(root.tag)}>)")
    builder = TextBuilder()
    file = target.name
    anchor = lambda element: f"{file}, line {element.sourceline}" if getattr(element, "sourceline", None) else ""
    title = root.find(".//front//article-title")
    if title is not None:
        builder.block("# " + _text(title), anchor(title))
    refs = root.findall(".//back//ref-list//ref") or root.findall(".//ref-list//ref")
    # Printed labels → ids, for one link printed as a range ("<xref rid="B4">4–6</xref>").
    ids = {}
    for position, ref in enumerate(refs, 1):
        label = _text(ref.find("./{*}label") if ref.find("./{*}label") is not None else ref.find("./label")).rstrip(".")
        if ref.get("id"):
            ids[label if label.isdigit() else str(position)] = ref.get("id")
    for abstract in root.findall(".//front//abstract"):
        builder.block("## Abstract", anchor(abstract))
        _section(builder, abstract, 2, ids, anchor, skip_title=True)
    body = root.find(".//body")
    if body is not None:
        _section(builder, body, 1, ids, anchor)
    body_end = builder.length
    records = [_record(ref, anchor(ref)) for ref in refs]
    spans = lay_out(builder, records)
    from ..source import SourceText

    source = SourceText(builder.text(), name=name, encoding="jats")
    references = reference_list(source, spans, body_end)
    if not refs:
        raise InputError(f"{name}: no reference list (<ref-list>) in this JATS article")
    return Document(source=source, format="jats", references=references, callouts=tuple(builder.callouts),
                    anchors=tuple(builder.anchors))


def _section(builder: TextBuilder, element, level: int, ids: dict, anchor, skip_title: bool = False) -> None:
    for child in element:
        tag = _local(child.tag)
        if not isinstance(child.tag, str):
            continue
        if tag == "title" and not skip_title:
            builder.block("#" * min(level + 1, 6) + " " + _text(child), anchor(child))
        elif tag in ("sec", "boxed-text", "app"):
            _section(builder, child, level + 1, ids, anchor)
        elif tag == "p":
            builder.anchor(anchor(child))
            _inline(builder, child, ids)
            builder.end_block()
        elif tag in ("list",):
            for item in child.iter("{*}list-item", "list-item"):
                for paragraph in item.findall("./{*}p") + item.findall("./p"):
                    builder.anchor(anchor(paragraph))
                    _inline(builder, paragraph, ids)
                    builder.end_block()
        elif tag in ("fig", "table-wrap"):
            _float(builder, child, ids, anchor)
        elif tag in ("disp-quote", "statement"):
            _section(builder, child, level, ids, anchor, skip_title=True)


def _float(builder: TextBuilder, element, ids: dict, anchor) -> None:
    label = _text(element.find("./{*}label") if element.find("./{*}label") is not None else element.find("./label"))
    caption = element.find(".//{*}caption") if element.find(".//{*}caption") is not None else element.find(".//caption")
    if caption is not None:
        builder.anchor(anchor(caption))
        builder.write(f"**{label}.** " if label else "")
        for paragraph in list(caption):
            _inline(builder, paragraph, ids)
            builder.write(" ")
        builder.end_block()
    for row in element.iter("{*}tr", "tr"):
        builder.anchor(anchor(row))
        builder.write("| ")
        for cell in row:
            _inline(builder, cell, ids)
            builder.write(" | ")
        builder.write("\n")
    builder.end_block()


def _inline(builder: TextBuilder, element, ids: dict) -> None:
    """A paragraph's text with its callouts. Linked references form one callout when only
    separators stand between them ("1, 3–5"; "<sup>-</sup>" too), or when they sit in one
    bracket of an author–date group ("(Lenton et al. 2008; McKay et al. 2022)")."""
    pieces = [p for p in _flatten(element) if p[0] == "xref" or p[1]]
    index = 0
    while index < len(pieces):
        kind, text, xref = pieces[index]
        if kind == "text":
            builder.write(_clean(text))
            index += 1
            continue
        group = [index]
        probe = index + 1
        while probe < len(pieces):
            if pieces[probe][0] == "xref":  # two links with nothing between them
                group.append(probe)
                probe += 1
                continue
            if probe + 1 < len(pieces) and pieces[probe + 1][0] == "xref" and (
                    _SEPARATOR.match(pieces[probe][1]) or _same_bracket_group(pieces, index, pieces[probe][1])):
                group += [probe, probe + 1]
                probe += 2
                continue
            break
        keys: list[str] = []
        ranges: list[tuple[str, str]] = []
        printed = ""
        previous_key = ""
        for position in group:
            piece_kind, piece_text, piece_xref = pieces[position]
            if piece_kind == "text":
                printed += piece_text
                continue
            rids = [r for r in (piece_xref.get("rid") or "").split() if r]
            if previous_key and rids and position > 0 and _DASH.match(pieces[position - 1][1] if pieces[position - 1][0] == "text" else ""):
                ranges.append((previous_key, rids[0]))
            printed_range = _PRINTED_RANGE.match(piece_text)
            if printed_range and len(rids) == 1 and printed_range.group(2) in ids:
                ranges.append((rids[0], ids[printed_range.group(2)]))
            keys.extend(rids)
            previous_key = rids[-1] if rids else previous_key
            printed += piece_text
        builder.callout(_clean(printed), tuple(dict.fromkeys(keys)), ranges=ranges, notation="jats")
        index = group[-1] + 1


def _flatten(element):
    """("text", text, None) and ("xref", text, element) pieces of a paragraph, in order; a
    <sup> that holds links is opened, so its brackets and dashes read as separators."""
    yield ("text", element.text or "", None)
    for child in element:
        tag = _local(child.tag)
        if not isinstance(child.tag, str):  # a comment, processing instruction or unresolved entity
            yield ("text", child.tail or "", None)
            continue
        if _is_citation(child):
            yield ("xref", _text(child), child)
        elif tag in ("fig", "table-wrap"):
            pass  # floats inside a paragraph are laid out after it
        elif tag in ("sup", "sub", "bold", "italic", "named-content", "span") and any(_is_citation(c) for c in child.iter()):
            yield from _flatten(child)
        else:
            yield ("text", "".join(child.itertext()), None)
        yield ("text", child.tail or "", None)


def _same_bracket_group(pieces: list, first: int, between: str) -> bool:
    """Author–date items in one bracket: "; McKay et al. " between two linked years, with the
    bracket opened before the first link and not closed in between."""
    if not re.search(r"[;,]", between) or re.search(r"[()\[\]]", between) or len(between) > 120:
        return False
    before = "".join(p[1] for p in pieces[:first] if p[0] == "text")
    return before.count("(") + before.count("[") > before.count(")") + before.count("]")


def _is_citation(element) -> bool:
    return _local(element.tag) == "xref" and element.get("ref-type") == "bibr"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------- references
def _record(ref, origin: str) -> Record:
    label = _text(ref.find("./{*}label") if ref.find("./{*}label") is not None else ref.find("./label")).rstrip(".")
    citation = None
    for tag in ("element-citation", "mixed-citation", "citation", "nlm-citation"):
        citation = ref.find(f".//{{*}}{tag}")
        if citation is None:
            citation = ref.find(f".//{tag}")
        if citation is not None:
            break
    key = ref.get("id") or label
    if citation is None:
        return Record(key=key, fields={}, origin=origin, printed=_text(ref), label=label)
    printed = _text(citation) if _local(citation.tag) != "element-citation" else ""
    fields = _fields(citation)
    structured = any(fields.get(f) for f in ("title", "journal", "booktitle", "volume"))
    return Record(key=key, fields=fields if structured else {}, origin=origin, printed=printed or _text(citation),
                  label=label if label.isdigit() else "")


def _first(citation, *names: str) -> str:
    for name in names:
        found = citation.find(f".//{{*}}{name}")
        if found is None:
            found = citation.find(f".//{name}")
        if found is not None and _text(found):
            return _text(found)
    return ""


def _fields(citation) -> dict:
    kind = _KINDS.get(citation.get("publication-type") or citation.get("citation-type") or "", "misc")
    authors: list[Author] = []
    editors: list[Author] = []
    groups = [g for g in citation.iter() if _local(g.tag) == "person-group"]
    for group in groups or [citation]:
        people = editors if group.get("person-group-type") == "editor" else authors
        for person in group:
            tag = _local(person.tag)
            if tag == "name" or (tag == "string-name" and _first(person, "surname")):
                surname = _first(person, "surname")
                given = _first(person, "given-names")
                suffix = _first(person, "suffix")
                people.append(Author(family=surname, initials=initials_of(given),
                                     suffix=suffix))
            elif tag == "collab":
                people.append(Author(literal=_text(person)))
            elif tag == "string-name":
                from ..references.people import parse_person

                parsed = parse_person(_text(person))
                if parsed:
                    people.append(parsed)
        if not groups:
            break
    et_al = any(_local(e.tag) == "etal" for e in citation.iter())
    chapter = _first(citation, "chapter-title")
    title = chapter or _first(citation, "article-title", "data-title")
    source = _first(citation, "source")
    first, last = _first(citation, "fpage"), _first(citation, "lpage")
    pages = f"{first}-{last}" if first and last and last != first else first or _first(citation, "page-range", "elocation-id")
    if kind in ("book", "chapter") and source and not title:
        title, source = source, ""
    ids = {}
    for pub_id in citation.iter():
        if _local(pub_id.tag) in ("pub-id", "object-id"):
            ids.setdefault((pub_id.get("pub-id-type") or "").lower(), _text(pub_id))
    url = ""
    for link in citation.iter():
        if _local(link.tag) in ("ext-link", "uri"):
            url = link.get("{http://www.w3.org/1999/xlink}href") or _text(link)
            break
    fields = {
        "kind": "chapter" if chapter or (kind == "book" and _first(citation, "article-title")) else kind,
        "authors": tuple(authors), "et_al": et_al, "editors": tuple(editors), "title": title,
        "journal": source if kind not in ("book", "chapter") else "", "booktitle": source if kind in ("book", "chapter") else "",
        "year": re.sub(r"[^\d].*$", "", _first(citation, "year")), "volume": _first(citation, "volume"),
        "issue": _first(citation, "issue"), "pages": pages, "doi": ids.get("doi", ""), "pmid": ids.get("pmid", ""),
        "pmcid": ids.get("pmcid", ""), "url": url if not ids.get("doi") else "",
        "publisher": _first(citation, "publisher-name"), "place": _first(citation, "publisher-loc"),
        "edition": _first(citation, "edition"),
    }
    year_raw = _first(citation, "year")
    suffix = re.match(r"\d{4}([a-z])$", year_raw)
    if suffix:
        fields["year_suffix"] = suffix.group(1)
    return {k: v for k, v in fields.items() if v not in ("", (), None)} | {"kind": fields["kind"], "et_al": et_al}
