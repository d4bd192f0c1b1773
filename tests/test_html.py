"""The HTML reader: a journal's article page gives what its Markdown gives."""
from __future__ import annotations

import html
import re

from printing import manuscript_parts

from refgraph.pipeline import analyse


def _publisher_page(markdown: str) -> str:
    """The manuscript as a publisher's article page (PubMed Central's shape): navigation
    and scripts around the article, callouts as linked superscripts, the table with its
    caption, and each reference with a label and the page's "[DOI] [PubMed] [Google
    Scholar]" links."""
    blocks, entries = manuscript_parts(markdown)

    def inline(text: str) -> str:
        text = html.escape(text, quote=False).replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
        text = re.sub(r"<sup>([^<]+)</sup>", lambda m: "<sup>" + re.sub(
            r"\d+", lambda n: f'<a href="#B{n[0]}" class="bibr">{n[0]}</a>', m.group(1)) + "</sup>", text)
        return re.sub(r"(?<![\w*\\])\*(?!\s)(.+?)(?<![\s\\])\*", r"<em>\1</em>", text).replace("\\*", "*")

    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article</title>',
           "<script>var refs = [1, 2, 3]; document.write('References');</script><style>p{margin:0}</style></head><body>",
           '<nav class="menu"><ul><li><a href="/">Home</a></li><li>References [1]</li></ul></nav>',
           '<div class="article"><div hidden>Cite this article 1. 2. 3.</div>']
    rows: list[list[str]] = []
    caption = ""
    for block in blocks + [("end",)]:
        if block[0] == "row":
            rows.append(block[1])
            continue
        if rows:
            out.append(f'<div class="table-wrap"><table><caption>{inline(caption)}</caption><tbody>' + "".join(
                "<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in rows) + "</tbody></table></div>")
            rows, caption = [], ""
        if block[0] == "heading":
            out.append(f"<h{min(block[1] + 1, 6)}>{inline(block[2])}</h{min(block[1] + 1, 6)}>")
        elif block[0] == "paragraph" and re.match(r"\*\*Table \d", block[1]):
            caption = block[1].replace("**", "")
        elif block[0] == "paragraph":
            out.append(f'<p id="p{len(out)}">{inline(block[1])}</p>')
    out.append('<div class="ref-list"><h2>References</h2><ul>')
    for number, entry in enumerate(entries, 1):
        out.append(f'<li id="B{number}"><span class="label">{number}.</span> <cite>{inline(entry.text)}</cite>'
                   f' [<a href="https://doi.org/10.1000/x{number}">DOI</a>]'
                   f' [<a href="https://pubmed.ncbi.nlm.nih.gov/{10000000 + number}/">PubMed</a>]'
                   f' [<a href="https://scholar.google.com/?q={number}">Google Scholar</a>]</li>')
    out.append('</ul></div></div><footer>© 2020 · Privacy · 1 2 3</footer></body></html>')
    return "\n".join(out)


def test_a_publisher_page_gives_the_manuscripts_references_callouts_and_claims(sample, sample_text, tmp_path):
    path = tmp_path / "article.html"
    path.write_text(_publisher_page(sample_text), encoding="utf-8")
    page = analyse(path)
    assert page.document.format == "html"
    assert [(r.number, r.title, r.journal, r.year, r.volume, r.pages) for r in page.references] == [
        (r.number, r.title, r.journal, r.year, r.volume, r.pages) for r in sample.references]
    # The identifiers the service links carry are the entries' (a DOI printed in the entry comes first).
    assert [(r.doi, r.pmid) for r in page.references] == [
        (r.doi or f"10.1000/x{r.number}", r.pmid or str(10000000 + r.number)) for r in sample.references]
    assert not any("scholar" in r.url or "Scholar" in r.raw or "[DOI" in r.raw for r in page.references)
    assert [c.targets for c in page.callouts] == [c.targets for c in sample.callouts]
    rows = [s for s in page.claims if s.kind == "table-row"]
    assert [r.numbers for r in rows] == [r.numbers for r in sample.claims if r.kind == "table-row"]
    claims = {s.text for s in page.claims if s.callouts}
    assert sum(s.text in claims for s in sample.claims if s.callouts) >= 0.97 * sum(1 for s in sample.claims if s.callouts)
    assert "line" in page.document.where(page.callouts[0].span.start)  # a place in the HTML file
