"""Word manuscripts (.docx) → the Markdown refgraph reads.

Superscript runs become ``<sup>…</sup>`` (so callouts are found as in Markdown),
heading styles become ``#`` headings, tables become tab-separated rows under their
caption, and every paragraph is its own block. Line numbers in findings refer to
this converted text.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError


def _runs_text(paragraph) -> str:
    parts: list[str] = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        if run.font.superscript:
            parts.append(f"<sup>{text}</sup>")
        elif run.font.subscript:
            parts.append(f"<sub>{text}</sub>")
        else:
            parts.append(text)
    # Word splits one superscript across runs ("1", "-", "3"): join adjacent ones.
    return re.sub(r"</sup><sup>", "", "".join(parts)).replace("</sub><sub>", "")


def _heading_level(paragraph) -> int:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name == "Title":
        return 1
    match = re.match(r"Heading\s+(\d)", name)
    return int(match.group(1)) if match else 0


def docx_to_markdown(path: Path) -> str:
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(f"{path}: reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = Document(str(path))
    except Exception as error:  # a corrupt or non-Word zip: say so in one line
        raise InputError(f"{path}: not a readable Word document ({error.__class__.__name__})") from None
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = _runs_text(paragraph).strip()
            if not text:
                continue
            level = _heading_level(paragraph)
            blocks.append(f"{'#' * level} {text}" if level else text)
        elif tag == "tbl":
            table = Table(child, document)
            rows = ["\t".join(_runs_text(cell.paragraphs[0]).strip() if cell.paragraphs else "" for cell in row.cells)
                    for row in table.rows]
            blocks.append("\n".join(rows))
    return "\n\n".join(blocks) + "\n"
