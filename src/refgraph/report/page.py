"""report.html: one self-contained page an editor can read top to bottom."""
from __future__ import annotations

from collections import Counter

from .safe import esc
from .svg import bar_chart, hbar_chart, order_chart

STYLE = """
:root{--fg:#1f2933;--muted:#52606d;--faint:#9aa5b1;--bg:#fff;--panel:#f5f7fa;--line:#e4e7eb;--rule:#d9e2ec;
--error:#b91c1c;--warning:#b45309;--info:#1d4ed8;--hit:#fff3c4;--link:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--fg:#e4e7eb;--muted:#b0bac5;--faint:#7b8794;--bg:#14181d;--panel:#1f2630;--line:#2f3a46;
--rule:#3e4c59;--error:#f87171;--warning:#fbbf24;--info:#93c5fd;--hit:#5c4a12;--link:#93c5fd}}
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1180px;padding:18px 24px;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--rule);padding-bottom:4px}
.meta{color:var(--muted);font-size:12px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}.card{background:var(--panel);border-radius:6px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card.error b{color:var(--error)}.card.warning b{color:var(--warning)}.card.info b{color:var(--info)}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{cursor:pointer;background:var(--panel);position:sticky;top:0;z-index:1;white-space:nowrap}th:after{content:" ⇅";color:var(--faint)}
tr[id]{scroll-margin-top:3.5em}
.sev{font-weight:600}.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
input[type=search]{font:inherit;padding:4px 8px;width:320px;margin-bottom:6px;background:var(--bg);color:var(--fg);border:1px solid var(--rule)}
.chart{background:var(--bg);border:1px solid var(--line);border-radius:4px}.chart text{fill:var(--fg)}.fix{color:var(--muted)}
.num{text-align:right}.muted{color:var(--faint)}.tools{margin:0 0 6px}.tools a{margin-right:12px}
.context{color:var(--fg);font-size:12.5px;margin-top:3px;padding-left:8px;border-left:3px solid var(--rule)}
.context .kind{color:var(--faint);font-size:11px;text-transform:uppercase;letter-spacing:.03em;margin-right:4px}
.cite{color:var(--link);background:none}.cite.hit{background:var(--hit);color:var(--fg);font-weight:700;outline:1px solid var(--warning);border-radius:2px;padding:0 2px}
:target{background:var(--hit)}
@media print{body{max-width:none;padding:0;font-size:11px;color:#000;background:#fff}input,.tools,th:after,.no-print{display:none!important}
th{position:static}tr{break-inside:avoid}a{color:#000;text-decoration:none}h2{break-after:avoid}
.chart{break-inside:avoid}.cite.hit{outline:1px solid #000;background:#eee}}
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
    from ..contracts import sources_payload
    from ..render import summary
    from .context import Contexts

    counts = summary(findings)
    sources = sources_payload(analysis)["sources"]
    contexts = Contexts(analysis)
    by_ref: dict[int, list] = {}
    for f in findings:
        for n in f.references:
            by_ref.setdefault(n, []).append(f)
    cards = [("references", len(analysis.references)), ("callouts", len(analysis.callouts)),
             ("citation links", sum(len(c.numbers) for c in analysis.callouts)), ("claims", len(analysis.claims))]
    html = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)} · refgraph report</title>",
            "<meta name=\"generator\" content=\"refgraph\"><meta name=\"color-scheme\" content=\"light dark\">",
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{STYLE}</style></head><body>",
            f"<h1>{esc(title)}</h1><div class=\"meta\">refgraph report · {esc(analysis.source.name)} · <a href=\"graph.html\">interactive graph</a>"
            + (f" · {esc(sample_note)}" if sample_note else "") + "</div>", '<div class="cards">']
    html += [f'<div class="card"><b>{v}</b>{esc(k)}</div>' for k, v in cards]
    html += [f'<div class="card {s}"><b>{counts[s]}</b>{s}{"s" if s != "info" else ""}</div>' for s in ("error", "warning", "info")]
    html.append("</div>")
    html += _findings_table(findings, contexts)
    html += _most_cited(sources, analysis)
    html += _charts(analysis, sources)
    html += _references_table(sources, by_ref)
    html.append(f"<script>{SCRIPT}</script></body></html>\n")
    return "\n".join(html)


def finding_anchor(f) -> str:
    return f"f-{f.line}-{f.column}-{f.rule}"


def graph_link(f, context) -> str:
    """The graph focused on what the finding is about: its claim, else its references."""
    if context.node.startswith("c"):
        return f"graph.html#node={context.node}"
    if f.references:
        return "graph.html#ref=" + ",".join(map(str, f.references))
    return ""


def _findings_table(findings, contexts) -> list[str]:
    html = [f'<h2 id="findings-title">Findings ({len(findings)})</h2>',
            '<div class="tools no-print"><a href="findings.csv" download>download CSV</a><a href="findings.json">JSON</a>'
            '<a href="findings.sarif">SARIF</a></div>',
            '<input type="search" data-filter="findings" placeholder="filter findings…">',
            '<table id="findings" class="sortable"><thead><tr><th>line</th><th>severity</th><th>rule</th>'
            '<th>finding, where, and fix</th><th>refs</th></tr></thead><tbody>']
    order = {"error": 0, "warning": 1, "info": 2}
    for f in findings:
        context = contexts.of(f)
        links = ", ".join(f'<a href="#ref-{n}">{n}</a>' for n in f.references)
        to_graph = graph_link(f, context)
        graph = f' <a class="no-print" href="{esc(to_graph)}">graph</a>' if to_graph else ""
        place = f"{f.line}:{f.column}" + (f"<div class=\"muted\">{esc(f.where)}</div>" if f.where else "")
        html.append(f'<tr id="{esc(finding_anchor(f))}" data-node="{esc(context.node)}"><td class="num" data-v="{f.line}">{place}</td>'
                    f'<td class="sev {f.severity}" data-v="{order[f.severity]}">{f.severity}</td><td>{esc(f.rule)} {esc(f.name)}</td>'
                    f'<td>{esc(f.message)}<div class="context"><span class="kind">{esc(context.kind.replace("-", " "))}</span>{context.html}</div>'
                    f'<div class="fix">{esc(f.suggestion)}</div></td><td>{links}{graph}</td></tr>')
    html.append("</tbody></table>")
    return html


def _most_cited(sources, analysis, shown: int = 10) -> list[str]:
    from statistics import median

    cited = [s for s in sources if s["times_cited"]]
    if not cited:
        return []
    typical = median(s["times_cited"] for s in cited)
    top = sorted(cited, key=lambda s: (-s["times_cited"], s["number"]))[:shown]
    html = [f'<h2>Most-cited sources</h2><p class="muted">The median cited source is cited {typical:g} '
            f'time{"" if typical == 1 else "s"}; rule RG106 reports sources far above that.</p>',
            '<table id="most-cited"><thead><tr><th>#</th><th>cited</th><th>reference</th></tr></thead><tbody>']
    for s in top:
        html.append(f'<tr><td class="num"><a href="#ref-{s["number"]}">{s["number"]}</a></td><td class="num">{s["times_cited"]}</td>'
                    f'<td>{esc(s["text"])} <a class="no-print" href="graph.html#ref={s["number"]}">graph</a></td></tr>')
    html.append("</tbody></table>")
    return html


def _charts(analysis, sources) -> list[str]:
    from ..checks.rules_citations import first_citation_order
    from ..graph import co_citations

    html = ["<h2>Charts</h2>"]
    uncited = {str(s["number"]) for s in sources if s["times_cited"] == 0}
    html.append("<h3>Citations per reference</h3>" + bar_chart([(str(s["number"]), s["times_cited"]) for s in sources],
                                                              "Citations per reference", highlight=uncited))
    per_section = Counter()
    for sentence in analysis.claims:
        per_section[sentence.section_path or "(front matter)"] += sum(len(c.numbers) for c in sentence.callouts)
    labelled = [(path, n) for path, n in sorted(per_section.items(), key=lambda kv: (-kv[1], kv[0]))]
    html.append("<h3>Citations per section</h3>" + hbar_chart(labelled, "Citations per section", short_label=lambda p: p.split(" > ")[-1]))
    _, sequence, in_order = first_citation_order(analysis)
    out = set(sequence) - in_order
    html.append("<h3>Order of first citation</h3><p class=\"muted\">A list numbered by first citation is a rising diagonal; red points break the order (tables count at their first mention).</p>"
                + order_chart(sequence, out, "Order of first citation"))
    pairs = co_citations(analysis.graph).most_common(15)
    html.append("<h3>Most frequent co-citations</h3>" + hbar_chart([(f"{a} + {b}", n) for (a, b), n in pairs], "Co-cited reference pairs"))
    return html


def _references_table(sources, by_ref) -> list[str]:
    html = [f'<h2>References ({len(sources)})</h2><input type="search" data-filter="references" placeholder="filter references…">',
            '<table id="references" class="sortable"><thead><tr><th>#</th><th>cited</th><th>first cited</th><th>reference</th><th>claims</th><th>findings</th></tr></thead><tbody>']
    for s in sources:
        first_line = s["first_citation"]["line"] if s["first_citation"] else ""
        claims = "".join(f"<li>L{c['line']}: {esc(c['text'])}</li>" for c in s["claims"][:5])
        more = f"<li class=\"muted\">… {len(s['claims']) - 5} more</li>" if len(s["claims"]) > 5 else ""
        issues = "".join(f"<div class=\"sev {f.severity}\" title=\"{esc(f.message)}\"><a href=\"#{esc(finding_anchor(f))}\">{esc(f.rule)} {esc(f.name)}</a></div>"
                         for f in by_ref.get(s["number"], []))
        html.append(f'<tr id="ref-{s["number"]}"><td class="num" data-v="{s["number"]}">{s["number"]}</td><td class="num">{s["times_cited"]}</td>'
                    f'<td class="num" data-v="{first_line or 999999}">{first_line}</td><td>{esc(s["text"])} '
                    f'<a class="no-print" href="graph.html#ref={s["number"]}">graph</a></td>'
                    f'<td><ul>{claims}{more}</ul></td><td>{issues}</td></tr>')
    html.append("</tbody></table>")
    return html
