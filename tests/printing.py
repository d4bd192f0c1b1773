"""Real files made by the tests: manuscripts printed to PDF by headless Chromium, and
Word files with fields, links and tracked changes written with python-docx."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def manuscript_parts(markdown: str) -> tuple[list[tuple], list]:
    """The body of a test manuscript as blocks (``("heading", level, text)``,
    ``("paragraph", text)``, ``("row", cells)``), and its reference entries: what each
    printer lays out in its own way."""
    from refgraph.references.extract import find_reference_section, split_entries
    from refgraph.source import SourceText

    source = SourceText(markdown)
    start, end, _, body_end = find_reference_section(source)
    blocks: list[tuple] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for line in markdown[:body_end].split("\n"):
        heading = re.match(r"^(#{1,6})\s+(.*)", line)
        if heading:
            flush()
            blocks.append(("heading", len(heading.group(1)), heading.group(2).strip()))
        elif "\t" in line or re.match(r"^\s*\|.*\|\s*$", line):
            flush()
            if not re.match(r"^\s*\|?[\s:|-]+\|?\s*$", line):
                blocks.append(("row", [c.strip() for c in re.split(r"\t|(?<!^)\|(?!$)", line.strip().strip("|"))]))
        elif not line.strip():
            flush()
        else:
            paragraph.append(line.strip())
    flush()
    return blocks, split_entries(source, start, end)


def markdown_to_html(markdown: str, columns: int = 1, header: str = "") -> str:
    """The Markdown of refgraph's test manuscripts as a printable page: headings,
    paragraphs, <sup> callouts, and the reference list: one numbered item per entry, or for an
    unnumbered (author-date) list one paragraph per entry with a hanging indent."""
    # Pandoc notes print as a word processor's endnotes: note numbers raised in the text,
    # the notes numbered under "Notes" before the references.
    notes = re.findall(r"^\[\^(\d+)\]: (.*)$", markdown, re.M)
    markdown = re.sub(r"\[\^(\d+)\](?!:)", r"<sup>\1</sup>", re.sub(r"^\[\^\d+\]: .*$\n?", "", markdown, flags=re.M))
    blocks, entries = manuscript_parts(markdown)

    def inline(text: str) -> str:
        text = html.escape(text, quote=False).replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
        text = re.sub(r"\^([^^\s]+)\^", r"<sup>\1</sup>", text)
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        return re.sub(r"(?<![\w*\\])\*(?!\s)(.+?)(?<![\s\\])\*", r"<i>\1</i>", text).replace("\\*", "*")

    out: list[str] = []
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            out.append('<table border="1" style="font-size:8pt;border-collapse:collapse">' + "".join(
                "<tr>" + "".join(f"<td>{inline(cell)}</td>" for cell in row) + "</tr>" for row in rows) + "</table>")
            rows.clear()

    for block in blocks:
        if block[0] == "row":
            rows.append(block[1])
            continue
        table()
        if block[0] == "heading":
            level = min(block[1], 3)
            out.append(f"<h{level}>{inline(block[2])}</h{level}>")
        else:
            out.append("<p>" + inline(block[1]) + "</p>")
    table()
    if notes:
        out.append("<h2>Notes</h2><ol>" + "".join(f'<li value="{n}">{inline(text)}</li>' for n, text in notes) + "</ol>")
    if any(e.number for e in entries):
        out.append("<h2>References</h2><ol>" + "".join(
            f'<li value="{e.number}">{inline(e.text)}</li>' if e.number else f"<li>{inline(e.text)}</li>" for e in entries) + "</ol>")
    else:  # an author-date list is printed as journals print it: unnumbered, hanging indents
        out.append("<h2>References</h2>" + "".join(f'<p class="ref">{inline(e.text)}</p>' for e in entries))
    css = ("body{font-family:serif;font-size:10pt;line-height:1.3} p{margin:0 0 6pt;text-align:justify} h1{font-size:17pt}"
           "h2,h3{font-size:12pt} sup{font-size:65%} li{margin-bottom:3pt}"
           ".ref{padding-left:1.5em;text-indent:-1.5em;text-align:left;margin-bottom:3pt}")
    if columns == 2:
        css += " .cols{column-count:2;column-gap:18pt}"
    # The running head is the page's title: the browser prints it in the top margin of
    # every page, beside the date, with the file's address and "3/12" at the foot.
    title = f"<title>{html.escape(header)}</title>" if header else ""
    return (f'<html><head><meta charset="utf-8">{title}<style>{css}</style></head><body><div class="cols">'
            + "\n".join(out) + "</div></body></html>")


def print_pdf(markdown: str, path: Path, columns: int = 1, header: str = "") -> Path:
    page = path.with_suffix(".html")
    page.write_text(markdown_to_html(markdown, columns, header), encoding="utf-8")
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--disable-component-update", "--disable-sync", f"--user-data-dir={path.parent / 'profile'}",
                    f"--print-to-pdf={path}", *([] if header else ["--no-pdf-header-footer"]), str(page)],
                   capture_output=True, timeout=120, check=True)
    return path
