"""Word manuscripts (.docx) as they are really written.

Read from the document XML itself (python-docx opens the package), so that nothing
Word hides from ``paragraph.runs`` is lost: citations that are hyperlinks (EndNote's
``_ENREF_12`` links), tracked insertions (read as accepted; deletions are skipped, and
the Document says so), content controls, every paragraph of a table cell, footnotes and
endnotes, and hyperlinks in references (a DOI behind a link is kept).

Citation fields carry exact data: Zotero and Mendeley ``CSL_CITATION`` fields hold
CSL-JSON items, EndNote ``EN.CITE`` fields hold EndNote records. When a document has
them, its callouts and references are taken from the fields, never guessed from text.
Anchors name the paragraph ("paragraph 12") so findings point into the Word file.
"""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from ..document import Document, TextBuilder
from ..errors import InputError
from .bibliography import Record, lay_out, reference_list

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# A .docx is a zip: members are checked before anything is decompressed (zip bombs).
MAX_MEMBER = 200 * 1024 * 1024
MAX_TOTAL = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_PARAGRAPHS = 200_000
_CITATION_FIELD = re.compile(r"^\s*ADDIN\s+(?:ZOTERO_ITEM\s+)?CSL_CITATION\s+(?P<json>\{.*\})\s*$", re.S)
_ENDNOTE_FIELD = re.compile(r"^\s*ADDIN\s+EN\.CITE\b", re.S)
_BIBLIOGRAPHY_FIELD = re.compile(r"^\s*ADDIN\s+(?:ZOTERO_BIBL|EN\.REFLIST|Mendeley Bibliography)\b|^\s*BIBLIOGRAPHY\b", re.S)
_HEADING = re.compile(r"^(?:Heading|Überschrift|Titre|Título|Titolo)\s*(\d)$", re.I)


def check_package(target: Path, name: str) -> None:
    """Refuse archives whose members would inflate past sane sizes, before reading any."""
    try:
        with zipfile.ZipFile(target) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{name}: not a readable Word document ({error.__class__.__name__})") from None
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_MEMBER or total > MAX_TOTAL or (member.file_size > 10_000_000 and ratio > MAX_RATIO):
            raise InputError(f"{name}: a Word package member ({member.filename}) would expand to "
                             f"{member.file_size / 1e6:.0f} MB; refusing it as a possible zip bomb")
    if "word/document.xml" not in {m.filename for m in members}:
        raise InputError(f"{name}: not a readable Word document (no word/document.xml)")


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.builder = TextBuilder()
        self.paragraphs = 0
        self.tracked = False
        self.items: dict[str, dict] = {}  # citation field item id → CSL-JSON
        self.endnote: dict[str, dict] = {}  # EndNote RecNum → fields
        self.explicit = False
        self.links = document.part.rels if hasattr(document, "part") else {}
        from .wordlists import ListNumbering

        self.numbering = ListNumbering(document)

    # ---------------------------------------------------------------- blocks
    def body(self, element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.body(content)
            elif tag in (W + "ins", W + "customXml", W + "moveTo"):
                self.tracked = self.tracked or tag != W + "customXml"
                self.body(child)

    def paragraph(self, element, prefix: str = "", inline: bool = False) -> None:
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise InputError(f"{self.name}: more than {MAX_PARAGRAPHS} paragraphs; not a manuscript refgraph can check")
        level = self._heading_level(element)
        if not inline:
            self.builder.anchor(f"paragraph {self.paragraphs}")
        start = self.builder.length
        # Word draws a numbered list's labels itself; they are written out ("12. ").
        label = self.numbering.label(element) if not inline else ""
        self.builder.write(prefix + ("#" * level + " " if level else "") + label)
        prefix += label
        state = {"fields": [], "superscript": False}
        self.runs(element, state)
        self._close_superscript(state)
        if not inline:
            if self.builder.length == start + len(prefix) + (level + 1 if level else 0):
                if label:
                    self._truncate(start)  # an empty numbered paragraph leaves no stray label
                return  # an empty paragraph
            self.builder.end_block()

    def table(self, element) -> None:
        for row in element.iter(W + "tr"):
            self.builder.anchor(f"paragraph {self.paragraphs + 1}")
            self.builder.write("| ")
            for cell in row.findall(W + "tc"):
                for index, paragraph in enumerate(cell.iter(W + "p")):
                    self.paragraph(paragraph, prefix=" " if index else "", inline=True)
                self.builder.write(" | ")
            self.builder.write("\n")
        self.builder.end_block()

    def _heading_level(self, element) -> int:
        style = element.find(f"{W}pPr/{W}pStyle")
        if style is None:
            return 0
        value = style.get(W + "val") or ""
        try:
            name = self.document.styles.get_by_id(value, 1).name if self.document is not None else value
        except Exception:
            name = value
        if name in ("Title",):
            return 1
        match = _HEADING.match(name or "") or re.match(r"^Heading(\d)$", value)
        return min(int(match.group(1)), 6) if match else 0

    # ---------------------------------------------------------------- runs
    def runs(self, element, state) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self.run(child, state)
            elif tag in (W + "hyperlink", W + "smartTag", W + "customXml", W + "moveTo", W + "fldSimple"):
                if tag == W + "fldSimple":
                    self._field_begin(state)
                    state["fields"][-1]["instr"] = child.get(W + "instr") or ""
                    state["fields"][-1]["display"] = True
                    self.runs(child, state)
                    self._field_end(state)
                    continue
                link = self._link_target(child) if tag == W + "hyperlink" else ""
                before = self.builder.length
                self.runs(child, state)
                shown = self.builder.text()[before:]
                if link and link not in shown and re.search(r"doi\.org/|^https?://", link):
                    self.builder.write(f" {link}")  # a DOI behind a link keeps its address
            elif tag == W + "ins":
                self.tracked = True
                self.runs(child, state)
            elif tag in (W + "del", W + "moveFrom"):
                self.tracked = True  # deleted text is not read (changes are read as accepted)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.runs(content, state)

    def run(self, element, state) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self._field_begin(state)
                elif kind == "separate" and state["fields"]:
                    state["fields"][-1]["display"] = True
                elif kind == "end" and state["fields"]:
                    self._field_end(state)
            elif tag == W + "instrText":
                if state["fields"]:
                    state["fields"][-1]["instr"] += child.text or ""
            elif tag in (W + "t", W + "tab", W + "br", W + "noBreakHyphen", W + "softHyphen"):
                if state["fields"] and (not state["fields"][-1]["display"] or state["fields"][-1]["hidden"]):
                    continue
                text = {W + "tab": "\t", W + "br": " ", W + "noBreakHyphen": "-", W + "softHyphen": ""}.get(tag, child.text or "")
                self._write_run_text(element, text, state)
            elif tag == W + "footnoteReference" or tag == W + "endnoteReference":
                # A note's mark, as Pandoc writes one ("[^4]"; endnotes "[^e4]"): the
                # note's text is laid out after the body, where a notes style's citations are.
                self._close_superscript(state)
                self.builder.write(f"[^{'' if tag == W + 'footnoteReference' else 'e'}{child.get(W + 'id')}]")

    def _write_run_text(self, run, text: str, state) -> None:
        superscript = self._superscript(run)
        if superscript != state["superscript"]:
            self._close_superscript(state)
            if superscript:
                self.builder.write("<sup>")
            state["superscript"] = superscript
        self.builder.write(text)

    def _close_superscript(self, state) -> None:
        if state["superscript"]:
            self.builder.write("</sup>")
            state["superscript"] = False

    def _superscript(self, run) -> bool:
        align = run.find(f"{W}rPr/{W}vertAlign")
        if align is not None:
            return align.get(W + "val") == "superscript"
        style = run.find(f"{W}rPr/{W}rStyle")
        if style is not None and self.document is not None:
            try:
                return bool(self.document.styles.get_by_id(style.get(W + "val"), 2).font.superscript)
            except Exception:
                return False
        return False

    def _link_target(self, hyperlink) -> str:
        rid = hyperlink.get(R_ID)
        if rid and rid in self.links:
            return getattr(self.links[rid], "target_ref", "") or ""
        return ""

    # ---------------------------------------------------------------- fields
    def _field_begin(self, state) -> None:
        state["fields"].append({"instr": "", "display": False, "start": self.builder.length, "hidden": False})

    def _field_end(self, state) -> None:
        field = state["fields"].pop()
        instr = field["instr"]
        if state["fields"] and not state["fields"][-1]["display"]:
            return
        citation = _CITATION_FIELD.match(instr)
        if citation:
            self._csl_citation(citation.group("json"), field["start"])
        elif _ENDNOTE_FIELD.match(instr):
            self._endnote_citation(instr, field["start"])
        elif _BIBLIOGRAPHY_FIELD.match(instr) and (self.items or self.endnote):
            # The field's rendered list repeats what the exact records give: drop it.
            self._truncate(field["start"])

    def _truncate(self, start: int) -> None:
        text = self.builder.text()[:start]
        self.builder = _rebuilt(self.builder, text)

    def _csl_citation(self, payload: str, start: int) -> None:
        try:
            data = json.loads(payload)
        except json.JSONDecodeError:
            return
        keys = []
        for item in data.get("citationItems", []):
            key = str(item.get("id") or (item.get("itemData") or {}).get("id") or "")
            if key:
                keys.append(key)
                if isinstance(item.get("itemData"), dict):
                    self.items.setdefault(key, item["itemData"])
        self._explicit_callout(start, keys, "word field")

    def _endnote_citation(self, instr: str, start: int) -> None:
        records = re.findall(r"<Cite>(.*?)</Cite>", instr, re.S)
        keys = []
        for cite in records:
            number = re.search(r"<RecNum>(\d+)</RecNum>", cite)
            if number:
                keys.append(number.group(1))
                self.endnote.setdefault(number.group(1), _endnote_fields(cite))
        self._explicit_callout(start, keys, "endnote field")

    def _explicit_callout(self, start: int, keys: list[str], notation: str) -> None:
        if not keys:
            return
        from ..document import ExplicitCallout

        self.explicit = True
        end = self.builder.length
        if end > start:
            self.builder.callouts.append(ExplicitCallout(start, end, tuple(keys), notation))


def _rebuilt(old: TextBuilder, text: str) -> TextBuilder:
    builder = TextBuilder()
    builder.write(text)
    builder.anchors = [a for a in old.anchors if a[0] <= len(text)]
    builder.callouts = [c for c in old.callouts if c.end <= len(text)]
    return builder


def _endnote_fields(cite: str) -> dict:
    from ..references.people import parse_person

    def tag(name: str) -> str:
        found = re.search(rf"<{name}>(?:<style[^>]*>)?(.*?)(?:</style>)?</{name}>", cite, re.S)
        return re.sub(r"<[^>]+>", "", found.group(1)).strip() if found else ""

    authors = tuple(filter(None, (parse_person(re.sub(r"<[^>]+>", "", a)) for a in re.findall(r"<author>(.*?)</author>", cite, re.S))))
    return {k: v for k, v in {
        "kind": "article" if tag("secondary-title") else "book", "authors": authors, "title": tag("title"),
        "journal": tag("secondary-title"), "year": tag("year")[:4], "volume": tag("volume"), "issue": tag("number"),
        "pages": tag("pages"), "doi": tag("electronic-resource-num"), "publisher": tag("publisher"), "place": tag("pub-location"),
    }.items() if v}


_CSL_KINDS = {"article-journal": "article", "article": "article", "book": "book", "chapter": "chapter",
              "paper-conference": "proceedings", "report": "report", "thesis": "thesis", "webpage": "online",
              "post-weblog": "online", "dataset": "dataset", "software": "software", "article-magazine": "article",
              "article-newspaper": "article"}


def csl_fields(item: dict) -> dict:
    """CSL-JSON (Zotero, Mendeley, pandoc) → refgraph fields, exactly as given."""
    from ..references.model import Author
    from ..references.people import initials_of

    def names(role):
        out = []
        for person in item.get(role) or []:
            if person.get("literal"):
                out.append(Author(literal=person["literal"]))
            else:
                family = " ".join(x for x in (person.get("non-dropping-particle"), person.get("family")) if x)
                out.append(Author(family=family, initials=initials_of(person.get("given", "")), suffix=person.get("suffix", "")))
        return tuple(out)

    issued = (item.get("issued") or {}).get("date-parts") or [[]]
    year = str(issued[0][0]) if issued and issued[0] else ""
    kind = _CSL_KINDS.get(item.get("type", ""), "misc")
    container = item.get("container-title", "")
    fields = {
        "kind": kind, "authors": names("author"), "editors": names("editor"), "title": item.get("title", ""),
        "journal": container if kind not in ("chapter", "proceedings") else "",
        "booktitle": container if kind in ("chapter", "proceedings") else "", "year": year,
        "volume": str(item.get("volume", "")), "issue": str(item.get("issue", "")), "pages": str(item.get("page", "")).replace("–", "-"),
        "doi": item.get("DOI", ""), "pmid": str(item.get("PMID", "")), "url": item.get("URL", ""),
        "publisher": item.get("publisher", ""), "place": item.get("publisher-place", ""), "edition": str(item.get("edition", "")),
    }
    return {k: v for k, v in fields.items() if v not in ("", (), None)} | {"kind": kind}


def read_docx(target: Path, path) -> Document:
    name = str(path) if path is not None else target.name
    from ..read import open_input

    open_input(target, name, peek=True)  # existence, size and file-type checks
    check_package(target, name)
    try:
        from docx import Document as open_word
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(f"{name}: reading .docx needs python-docx") from None
    try:
        word = open_word(str(target))
    except Exception as error:  # a corrupt package: one line
        raise InputError(f"{name}: not a readable Word document ({error.__class__.__name__})") from None
    reader = _Reader(word)
    reader.name = name
    reader.body(word.element.body)
    _notes(reader, word)
    builder = reader.builder
    notes = ["tracked changes were read as accepted (insertions kept, deletions skipped)"] if reader.tracked else []
    from ..source import SourceText

    if reader.explicit:
        body_end = builder.length
        order = list(dict.fromkeys(k for c in builder.callouts for k in c.keys))
        records = []
        for key in order:
            fields = csl_fields(reader.items[key]) if key in reader.items else reader.endnote.get(key, {})
            records.append(Record(key=key, fields=fields, origin=f"citation field {key}"))
        spans = lay_out(builder, records)
        source = SourceText(builder.text(), name=name, encoding="docx")
        return Document(source=source, format="docx", references=reference_list(source, spans, body_end),
                        callouts=tuple(builder.callouts), anchors=tuple(builder.anchors), notes=tuple(notes))
    source = SourceText(builder.text(), name=name, encoding="docx")
    return Document(source=source, format="docx", anchors=tuple(builder.anchors), notes=tuple(notes))


def _notes(reader: _Reader, word) -> None:
    """Footnotes and endnotes, after the body, written as Pandoc's note definitions
    ("[^4]: …", each after its mark's id): beside a reference list a notes style's
    citations are read from them; without one, under a heading of their own, the notes
    may be the references (references/notes_list.py)."""
    from lxml import etree

    for part_name, heading, prefix in (("footnotes", "Footnotes", ""), ("endnotes", "Endnotes", "e")):
        for rel in word.part.rels.values():
            if rel.reltype.endswith("/" + part_name):
                root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
                notes = [n for n in root if n.get(W + "type") not in ("separator", "continuationSeparator")]
                if notes and any("".join(n.itertext()).strip() for n in notes):
                    references = re.search(r"^#{1,6}\s*(?:references|bibliography|referências|referencias)\s*$",
                                           reader.builder.text(), re.I | re.M)
                    if references is None:
                        reader.builder.block(f"## {heading}")
                    for note in notes:
                        mark = f"[^{prefix}{note.get(W + 'id')}]: "
                        for index, paragraph in enumerate(note.iter(W + "p")):
                            reader.paragraph(paragraph, prefix=mark if index == 0 else "    ")
