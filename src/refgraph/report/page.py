"""report.html: one self-contained page an editor can read top to bottom."""
from __future__ import annotations

from collections import Counter

from .safe import esc
from .svg import bar_chart, hbar_chart, order_chart

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1180px;padding:18px 24px;color:#1f2933}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d9e2ec;padding-bottom:4px}
.meta{color:#52606d;font-size:12px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}.card{background:#f5f7fa;border-radius:6px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card.error b{color:#b91c1c}.card.warning b{color:#b45309}.card.info b{color:#1d4ed8}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f5f7fa;position:sticky;top:0}th:after{content:" ⇅";color:#9aa5b1}
.sev{font-weight:600}.sev.error{color:#b91c1c}.sev.warning{color:#b45309}.sev.info{color:#1d4ed8}
input[type=search]{font:inherit;padding:4px 8px;width:320px;margin-bottom:6px}
.chart{background:#fff;border:1px solid #e4e7eb;border-radius:4px}.fix{color:#52606d}
.num{text-align:right}.muted{color:#9aa5b1}
table.lines code{white-space:pre-wrap;font-size:12px;color:#334e68}:target{background:#fff3c4}
"""

SCRIPT = r"""
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows), asc = th.dataset.asc !== '1';
      th.dataset.asc = asc ? '1' : '0';
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v || a.cells[col].textContent, y = b.cells[col].dataset.v || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
document.querySelectorAll('input[data-filter]').forEach(function (input) {
  input.addEventListener('input', function () {
    var q = input.value.toLowerCase(), table = document.getElementById(input.dataset.filter);
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) { r.hidden = q && r.textContent.toLowerCase().indexOf(q) < 0; });
  });
});
"""


def build_report_page(analysis, findings, title: str, sample_note: str = "") -> str:
    from ..checks.rules_citations import first_citation_order
    from ..contracts import sources_payload
    from ..graph import co_citations
    from ..render import summary

    counts = summary(findings)
    sources = sources_payload(analysis)["sources"]
    by_ref: dict[int, list] = {}
    for f in findings:
        for n in f.references:
            by_ref.setdefault(n, []).append(f)
    cards = [("references", len(analysis.references)), ("callouts", len(analysis.callouts)),
             ("citation links", sum(len(c.numbers) for c in analysis.callouts)), ("claims", len(analysis.claims))]
    html = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)} · refgraph report</title>",
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{STYLE}</style></head><body>",
            f"<h1>{esc(title)}</h1><div class=\"meta\">refgraph report · {esc(analysis.source.name)} · <a href=\"graph.html\">interactive graph</a>"
            + (f" · {esc(sample_note)}" if sample_note else "") + "</div>", '<div class="cards">']
    html += [f'<div class="card"><b>{v}</b>{esc(k)}</div>' for k, v in cards]
    html += [f'<div class="card {s}"><b>{counts[s]}</b>{s}{"s" if s != "info" else ""}</div>' for s in ("error", "warning", "info")]
    html.append("</div>")

    html.append(f'<h2>Findings ({len(findings)})</h2><input type="search" data-filter="findings" placeholder="filter findings…">')
    html.append('<table id="findings" class="sortable"><thead><tr><th>line</th><th>severity</th><th>rule</th><th>message and fix</th><th>refs</th></tr></thead><tbody>')
    order = {"error": 0, "warning": 1, "info": 2}
    for f in findings:
        links = ", ".join(f'<a href="#ref-{n}">{n}</a>' for n in f.references)
        html.append(f'<tr id="f-{f.line}-{f.column}-{esc(f.rule)}"><td class="num" data-v="{f.line}"><a href="#L{f.line}">{f.line}:{f.column}</a></td>'
                    f'<td class="sev {f.severity}" data-v="{order[f.severity]}">{f.severity}</td><td>{esc(f.rule)} {esc(f.name)}</td>'
                    f'<td>{esc(f.message)}<div class="fix">{esc(f.suggestion)}</div></td>'
                    f'<td>{links}</td></tr>')
    html.append("</tbody></table>")

    html.append("<h2>Charts</h2>")
    uncited = {str(s["number"]) for s in sources if s["times_cited"] == 0}
    html.append("<h3>Citations per reference</h3>" + bar_chart([(str(s["number"]), s["times_cited"]) for s in sources],
                                                              "Citations per reference", highlight=uncited))
    per_section = Counter()
    for sentence in analysis.claims:
        per_section[sentence.section_path or "(front matter)"] += sum(len(c.numbers) for c in sentence.callouts)
    # Deepest heading as the label (the full path is in the tooltip) keeps the chart readable.
    labelled = [(path, n) for path, n in sorted(per_section.items(), key=lambda kv: (-kv[1], kv[0]))]
    html.append("<h3>Citations per section</h3>" + hbar_chart(labelled, "Citations per section", short_label=lambda p: p.split(" > ")[-1]))
    _, sequence, in_order = first_citation_order(analysis)
    out = set(sequence) - in_order
    html.append("<h3>Order of first citation</h3><p class=\"muted\">A list numbered by first citation is a rising diagonal; red points break the order (tables count at their first mention).</p>"
                + order_chart(sequence, out, "Order of first citation"))
    pairs = co_citations(analysis.graph).most_common(15)
    html.append("<h3>Most frequent co-citations</h3>" + hbar_chart([(f"{a} + {b}", n) for (a, b), n in pairs], "Co-cited reference pairs"))

    html.append(f'<h2>References ({len(sources)})</h2><input type="search" data-filter="references" placeholder="filter references…">')
    html.append('<table id="references" class="sortable"><thead><tr><th>#</th><th>cited</th><th>first cited</th><th>reference</th><th>claims</th><th>findings</th></tr></thead><tbody>')
    for s in sources:
        first_line = s["first_citation"]["line"] if s["first_citation"] else ""
        claims = "".join(f"<li>L{c['line']}: {esc(c['text'])}</li>" for c in s["claims"][:5])
        more = f"<li class=\"muted\">… {len(s['claims']) - 5} more</li>" if len(s["claims"]) > 5 else ""
        issues = "".join(f"<div class=\"sev {f.severity}\" title=\"{esc(f.message)}\"><a href=\"#f-{f.line}-{f.column}-{esc(f.rule)}\">{esc(f.rule)} {esc(f.name)}</a></div>"
                         for f in by_ref.get(s["number"], []))
        html.append(f'<tr id="ref-{s["number"]}"><td class="num" data-v="{s["number"]}">{s["number"]}</td><td class="num">{s["times_cited"]}</td>'
                    f'<td class="num" data-v="{first_line or 999999}">{first_line}</td><td>{esc(s["text"])}</td>'
                    f'<td><ul>{claims}{more}</ul></td><td>{issues}</td></tr>')
    html.append("</tbody></table>")
    html.append("<h2>Manuscript lines with findings</h2><table class=\"lines\"><tbody>")
    for line in sorted({f.line for f in findings}):
        text = analysis.source.line_text(line)
        text = text if len(text) <= 400 else text[:399] + "…"
        html.append(f'<tr id="L{line}"><td class="num">{line}</td><td><code>{esc(text)}</code></td></tr>')
    html.append(f"</tbody></table><script>{SCRIPT}</script></body></html>\n")
    return "\n".join(html)
