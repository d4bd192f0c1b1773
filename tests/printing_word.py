"""Word files as real authors' tools write them: Zotero fields, EndNote links, tracked changes."""
from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.oxml import parse_xml

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
SUP = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'


def para(inner: str):
    return parse_xml(f"<w:p {NS}>{inner}</w:p>")


def run(text: str, sup: bool = False) -> str:
    return "<w:r>" + (SUP if sup else "") + f'<w:t xml:space="preserve">{text}</w:t></w:r>'


def field(instr: str, display: str, sup: bool = False) -> str:
    instr = instr.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(display, sup)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _item(key: str, family: str, title: str, year: int, container: str) -> dict:
    return {"id": key, "itemData": {"id": key, "type": "article-journal", "title": title, "author": [{"family": family, "given": "John A."}],
                                    "container-title": container, "issued": {"date-parts": [[year]]}, "volume": "12", "page": "1-10",
                                    "DOI": f"10.1000/{key}"}}


def zotero_document(path: Path) -> Path:
    """Citations as Zotero fields (CSL-JSON inside), one tracked insertion and one deletion."""
    document = docx.Document()
    document.add_heading("A Word manuscript", 1)
    document.add_heading("Introduction", 2)
    body = document.element.body
    first = json.dumps({"citationItems": [_item("k1", "Smith", "Ketamine works", 2019, "J Psych")]})
    second = json.dumps({"citationItems": [_item("k2", "Jones", "It lasts", 2020, "Lancet"), _item("k1", "Smith", "Ketamine works", 2019, "J Psych")]})
    body.insert(len(body) - 1, para(run("Ketamine acts fast") + field("ADDIN ZOTERO_ITEM CSL_CITATION " + first, "1", True)
                                    + run(". The effect lasts") + field("ADDIN ZOTERO_ITEM CSL_CITATION " + second, "1,2", True) + run(".")))
    body.insert(len(body) - 1, para(run("A sentence with ") + '<w:ins w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z">'
                                    + run("inserted words") + "</w:ins>" + '<w:del w:id="2" w:author="A" w:date="2020-01-01T00:00:00Z">'
                                    "<w:r><w:delText>deleted words</w:delText></w:r></w:del>" + run(" and an end.")))
    document.save(str(path))
    return path


def endnote_document(path: Path) -> Path:
    """Citations as EndNote's hyperlinks to the list, a table cell with two paragraphs, and a
    reference whose DOI is only behind a link."""
    document = docx.Document()
    document.add_heading("EndNote links", 1)
    body = document.element.body
    body.insert(len(body) - 1, para(run("Depression is common") + '<w:hyperlink w:anchor="_ENREF_1">' + run("1", True) + "</w:hyperlink>"
                                    + run(" and costly") + '<w:hyperlink w:anchor="_ENREF_2">' + run("2,3", True) + "</w:hyperlink>" + run(".")))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("First para")
    table.cell(0, 0).add_paragraph("Second para of the cell")
    table.cell(0, 1).paragraphs[0].add_run("x")
    document.add_heading("References", 2)
    document.add_paragraph("1. Smith J. Ketamine works. J Psych 2019;12:1-10.")
    document.add_paragraph("2. Jones K. It lasts. Lancet 2020;12:1-10.")
    last = document.add_paragraph("3. Lee D. Costs. BMJ 2021;3:4-5. ")
    rid = document.part.relate_to("https://doi.org/10.1136/bmj.x123",
                                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    last._p.append(parse_xml(f'<w:hyperlink {NS} r:id="{rid}">{run("Full text")}</w:hyperlink>'))
    document.save(str(path))
    return path


def add_footnotes(document, notes: dict[str, str]) -> None:
    """A footnotes part, as Word writes one, holding ``notes`` (id → text); the marks are
    ``footnote_mark(id)`` runs in the body."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from xml.sax.saxutils import escape

    separator = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = "".join(f'<w:footnote w:id="{key}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   f'{run(" " + escape(text))}</w:p></w:footnote>' for key, text in notes.items())
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>{separator}{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_mark(key: str) -> str:
    return f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{key}"/></w:r>'
