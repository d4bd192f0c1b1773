"""graph.html: claims and references as a pyvis network, fully offline, text escaped.

pyvis draws the network; manuscript text never passes through pyvis (its JSON is not
escaped for a <script> context). Tooltips are built in the page from an escaped JSON
blob with ``textContent``, so markup in a claim shows as text and never runs.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .safe import esc, script_json, strip_external

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac", "#e15759"]
CLAIM_SHAPE, REFERENCE_SHAPE = "dot", "box"
FINDING_BORDER = "#d62728"


def graph_data(analysis, findings) -> dict:
    """Nodes and edges for the page; plain data, testable without a browser."""
    counts = Counter(p for c in analysis.callouts for p in c.targets)
    number_of = {ref.position: ref.number for ref in analysis.references}
    by_ref = defaultdict(list)
    by_line = defaultdict(list)
    for f in findings:
        for n in f.references:
            by_ref[n].append(f)
        by_line[f.line].append(f)
    top_sections = []
    for sentence in analysis.claims:
        top = sentence.section[0] if sentence.section else "(front matter)"
        if top not in top_sections:
            top_sections.append(top)
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(top_sections)}
    nodes, edges = [], []
    for sentence in analysis.claims:
        top = sentence.section[0] if sentence.section else "(front matter)"
        numbers = [number_of[p] for p in sentence.targets]
        issues = [f"{f.rule} {f.message}" for line in range(sentence.line, sentence.end_line + 1) for f in by_line.get(line, [])
                  if not f.references or set(f.references) & (set(numbers) | set(sentence.numbers))]
        nodes.append({"id": f"c{sentence.index}", "kind": "claim", "label": f"L{sentence.line}", "section": sentence.section_path or top,
                      "group": top, "color": colour[top], "text": sentence.text, "line": sentence.line,
                      "table": sentence.table, "findings": sorted(set(issues)), "refs": numbers})
        for position in sentence.targets:
            edges.append({"from": f"c{sentence.index}", "to": f"r{position}"})
        resolved = set(numbers)
        for number in sentence.numbers if not any(c.items for c in sentence.callouts) else ():
            if number not in resolved:
                edges.append({"from": f"c{sentence.index}", "to": f"m{number}"})
    from ..exports.keys import citation_keys

    keys = citation_keys(analysis.references)
    for ref in analysis.references:
        nodes.append({"id": f"r{ref.position}", "kind": "reference", "label": str(ref.number), "number": ref.number,
                      "key": keys[ref.position], "text": ref.text, "cited": counts.get(ref.position, 0), "line": ref.line,
                      "findings": sorted({f"{f.rule} {f.message}" for f in by_ref.get(ref.number, [])})})
    for missing in sorted({e["to"] for e in edges if e["to"].startswith("m")}, key=lambda m: int(m[1:])):
        nodes.append({"id": missing, "kind": "reference", "label": missing[1:], "number": int(missing[1:]), "key": "",
                      "text": "(no such entry in the reference list)", "cited": sum(1 for e in edges if e["to"] == missing),
                      "line": 0, "findings": ["undefined citation"]})
    rules = sorted({(f.rule, f.name) for f in findings})
    return {"nodes": nodes, "edges": edges, "sections": [[s, colour[s]] for s in top_sections],
            "rules": [list(r) for r in rules]}


def build_graph_page(analysis, findings, title: str) -> str:
    from pyvis.network import Network

    data = graph_data(analysis, findings)
    net = Network(height="calc(100vh - 120px)", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for node in data["nodes"]:
        flagged = bool(node["findings"])
        if node["kind"] == "claim":
            # No vis "group": its own palette would override the section colours.
            net.add_node(node["id"], label=node["label"], shape=CLAIM_SHAPE, size=11,
                         color={"background": node["color"], "border": FINDING_BORDER if flagged else node["color"]},
                         borderWidth=3 if flagged else 1, font={"size": 11, "color": "#52606d"})
        else:
            net.add_node(node["id"], label=node["label"], shape=REFERENCE_SHAPE,
                         color={"background": "#fff7e6" if not flagged else "#ffe5e5", "border": FINDING_BORDER if flagged else "#8c6d1f"},
                         borderWidth=3 if flagged else 1, font={"size": 14 + min(node["cited"], 6) * 4},
                         mass=1 + node["cited"])
    for edge in data["edges"]:
        net.add_edge(edge["from"], edge["to"], color="#9aa5b1", arrows="to", width=1)
    # Large graphs get fewer layout iterations so the page settles in seconds, then
    # physics is switched off (see SCRIPT) so dragging and zooming stay fluid.
    iterations = 250 if len(data["nodes"]) <= 500 else 60
    net.set_options(OPTIONS.replace('"iterations": 250', f'"iterations": {iterations}'))
    page = strip_external(net.generate_html(notebook=False))
    page = page.replace("<head>", f"<head>\n<title>{esc(title)} · refgraph graph</title>", 1)
    controls = CONTROLS.replace("__TITLE__", esc(title)).replace("__LEGEND__", _legend(data))
    page = page.replace("<body>", "<body>\n" + controls, 1)
    script = f'<script id="refgraph-data" type="application/json">{script_json(data)}</script>\n<script>{SCRIPT}</script>\n'
    return page.replace("</body>", script + "</body>", 1)


def _legend(data) -> str:
    sections = "".join(f'<span class="sw" style="background:{c}"></span>{esc(s)} ' for s, c in data["sections"])
    return (f'<span class="sw dot"></span>claim (colour = section) <span class="sw box"></span>reference (size = times cited) '
            f'<span class="sw flag"></span>has findings &nbsp;|&nbsp; {sections}')


OPTIONS = """{
 "layout": {"randomSeed": 7, "improvedLayout": false},
 "physics": {"solver": "forceAtlas2Based", "forceAtlas2Based": {"gravitationalConstant": -35, "centralGravity": 0.02, "springLength": 40, "avoidOverlap": 0.2},
             "stabilization": {"enabled": true, "iterations": 250, "fit": true}},
 "interaction": {"hover": true, "tooltipDelay": 120, "navigationButtons": false},
 "edges": {"smooth": false}
}"""

CONTROLS = """<style>
body{font:14px system-ui,sans-serif;margin:0;color:#1f2933}
#rg-bar{padding:8px 12px;background:#f5f7fa;border-bottom:1px solid #d9e2ec;display:flex;flex-wrap:wrap;gap:10px;align-items:center}
#rg-bar h1{font-size:16px;margin:0 12px 0 0}
#rg-bar input,#rg-bar select{font:inherit;padding:3px 6px}
#rg-legend{padding:4px 12px;font-size:12px;color:#52606d}
.sw{display:inline-block;width:11px;height:11px;margin:0 4px 0 8px;vertical-align:middle;background:#4e79a7}
.sw.dot{border-radius:50%}.sw.box{background:#fff7e6;border:1px solid #8c6d1f}.sw.flag{background:#fff;border:2px solid #d62728}
.rg-tip{max-width:420px;white-space:normal;font:13px system-ui,sans-serif}
.rg-tip b{display:block;margin-bottom:4px}.rg-tip .f{color:#b91c1c;margin-top:4px}
#rg-count{color:#52606d}
</style>
<div id="rg-bar"><h1>__TITLE__</h1>
<label>Find <input id="rg-search" type="search" placeholder="word, reference number, author…"></label>
<label>Section <select id="rg-section"><option value="">all sections</option></select></label>
<label>Reference <input id="rg-ref" type="number" min="1" placeholder="#" style="width:5em"></label>
<label>Finding <select id="rg-rule"><option value="">any or none</option></select></label>
<label><input id="rg-findings" type="checkbox"> only nodes with findings</label>
<button id="rg-reset" type="button">reset</button> <span id="rg-count"></span></div>
<div id="rg-legend">__LEGEND__</div>
"""

SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById('refgraph-data').textContent);
  var info = {};
  data.nodes.forEach(function (n) { info[n.id] = n; });
  function tip(n) {
    var box = document.createElement('div'); box.className = 'rg-tip';
    var head = document.createElement('b');
    head.textContent = n.kind === 'claim'
      ? 'Claim, line ' + n.line + (n.table ? ' (' + n.table + ')' : '') + ' — ' + n.section
      : 'Reference ' + n.number + (n.key ? ' [' + n.key + ']' : '') + ' — cited ' + n.cited + '×';
    box.appendChild(head);
    var body = document.createElement('div'); body.textContent = n.text; box.appendChild(body);
    n.findings.forEach(function (f) { var d = document.createElement('div'); d.className = 'f'; d.textContent = '⚑ ' + f; box.appendChild(d); });
    return box;
  }
  nodes.update(data.nodes.map(function (n) { return {id: n.id, title: tip(n)}; }));
  var select = document.getElementById('rg-section');
  data.sections.forEach(function (s) { var o = document.createElement('option'); o.value = s[0]; o.textContent = s[0]; select.appendChild(o); });
  var ruleSelect = document.getElementById('rg-rule');
  data.rules.forEach(function (r) { var o = document.createElement('option'); o.value = r[0]; o.textContent = r[0] + ' ' + r[1]; ruleSelect.appendChild(o); });
  function apply() {
    var q = document.getElementById('rg-search').value.toLowerCase().trim();
    var section = select.value, ref = document.getElementById('rg-ref').value, flagged = document.getElementById('rg-findings').checked;
    var rule = ruleSelect.value;
    var keep = {}, shown = 0;
    data.nodes.forEach(function (n) {
      var ok = true;
      if (q) ok = (n.text + ' ' + (n.key || '') + ' ' + n.label).toLowerCase().indexOf(q) >= 0;
      if (ok && section) ok = n.kind === 'reference' || n.group === section;
      if (ok && ref) ok = n.kind === 'reference' ? String(n.number) === ref : n.refs.indexOf(Number(ref)) >= 0;
      if (ok && flagged) ok = n.findings.length > 0;
      if (ok && rule) ok = n.findings.some(function (f) { return f.indexOf(rule + ' ') === 0; });
      keep[n.id] = ok;
    });
    if (section || ref) {  // keep the references those claims cite, and only those
      data.nodes.forEach(function (n) { if (n.kind === 'reference') keep[n.id] = ref ? String(n.number) === ref : false; });
      data.edges.forEach(function (e) { if (keep[e.from] && (!ref || info[e.to].number === Number(ref))) keep[e.to] = true; });
    }
    nodes.update(data.nodes.map(function (n) { if (keep[n.id]) shown++; return {id: n.id, hidden: !keep[n.id]}; }));
    document.getElementById('rg-count').textContent = shown + ' of ' + data.nodes.length + ' nodes shown';
    var visible = data.nodes.filter(function (n) { return keep[n.id]; }).map(function (n) { return n.id; });
    if (visible.length) network.fit({nodes: visible, animation: false});
  }
  ['rg-search', 'rg-section', 'rg-ref', 'rg-findings', 'rg-rule'].forEach(function (id) { document.getElementById(id).addEventListener('input', apply); });
  document.getElementById('rg-reset').addEventListener('click', function () {
    document.getElementById('rg-search').value = ''; select.value = ''; document.getElementById('rg-ref').value = '';
    document.getElementById('rg-findings').checked = false; ruleSelect.value = ''; apply();
  });
  window.refgraph = {data: data, network: network, nodes: nodes, settled: false};
  function settle() {  // freeze the layout once it has settled: dragging and zooming stay fluid
    if (window.refgraph.settled) return;
    network.setOptions({physics: false}); network.fit({animation: false}); window.refgraph.settled = true;
  }
  // The initial stabilisation may finish before this script runs, so besides the events
  // a short poll settles the page once vis reports the layout stable, or after 6 s at most.
  network.once('stabilizationIterationsDone', settle);
  network.once('stabilized', settle);
  var polls = 0, poll = setInterval(function () {
    if (window.refgraph.settled || network.physics.stabilized || ++polls >= 24) { clearInterval(poll); settle(); }
  }, 250);
  apply();
})();
"""
