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


SEVERITY_COLOUR = {"error": "#d62728", "warning": "#e08a00", "info": "#2563eb"}
_RANK = {"error": 0, "warning": 1, "info": 2}


def short_label(text: str, limit: int = 28) -> str:
    """A claim's first words, enough to tell it from its neighbours."""
    words, label = text.split(), ""
    for word in words:
        if len(label) + len(word) + 1 > limit:
            return (label or word[:limit]).rstrip(",;:") + "…"
        label = f"{label} {word}".strip()
    return label


def _finding_json(f) -> dict:
    from .page import finding_anchor

    return {"rule": f.rule, "name": f.name, "severity": f.severity, "message": f.message, "anchor": finding_anchor(f)}


def _worst(items) -> str:
    return min((i["severity"] for i in items), key=_RANK.__getitem__, default="")


def graph_data(analysis, findings) -> dict:
    """Nodes and edges for the page; plain data, testable without a browser."""
    from .context import Contexts

    counts = Counter(p for c in analysis.callouts for p in c.targets)
    number_of = {ref.position: ref.number for ref in analysis.references}
    contexts = Contexts(analysis)
    by_ref, by_node = defaultdict(list), defaultdict(list)
    for f in findings:
        for n in f.references:
            by_ref[n].append(f)
        node = contexts.of(f).node
        if node.startswith("c"):
            by_node[node].append(f)
    top_sections = []
    for sentence in analysis.sentences:
        if sentence.callouts or f"c{sentence.index}" in by_node:
            top = sentence.section[0] if sentence.section else "(front matter)"
            if top not in top_sections:
                top_sections.append(top)
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(top_sections)}
    nodes, edges = [], []
    for sentence in analysis.sentences:
        node_id = f"c{sentence.index}"
        # Claims carry callouts; a sentence without one still appears when a rule found
        # something in it (an unsupported claim), so every finding is reachable here.
        if not sentence.callouts and node_id not in by_node:
            continue
        top = sentence.section[0] if sentence.section else "(front matter)"
        numbers = [number_of[p] for p in sentence.targets]
        issues = sorted((_finding_json(f) for f in set(by_node.get(node_id, ()))), key=lambda i: (_RANK[i["severity"]], i["rule"], i["message"]))
        nodes.append({"id": node_id, "kind": "claim", "label": short_label(sentence.text), "section": sentence.section_path or top,
                      "group": top, "color": colour[top], "text": sentence.text, "line": sentence.line,
                      "table": sentence.table, "findings": issues, "severity": _worst(issues), "refs": numbers,
                      "uncited": not sentence.callouts})
        for position in sentence.targets:
            edges.append({"from": node_id, "to": f"r{position}"})
        resolved = set(numbers)
        for number in sentence.numbers if not any(c.items for c in sentence.callouts) else ():
            if number not in resolved:
                edges.append({"from": node_id, "to": f"m{number}"})
    from ..exports.keys import citation_keys

    keys = citation_keys(analysis.references)
    for ref in analysis.references:
        issues = sorted((_finding_json(f) for f in set(by_ref.get(ref.number, ()))), key=lambda i: (_RANK[i["severity"]], i["rule"], i["message"]))
        nodes.append({"id": f"r{ref.position}", "kind": "reference", "label": str(ref.number), "number": ref.number,
                      "key": keys[ref.position], "text": ref.text, "cited": counts.get(ref.position, 0), "line": ref.line,
                      "findings": issues, "severity": _worst(issues)})
    for missing in sorted({e["to"] for e in edges if e["to"].startswith("m")}, key=lambda m: int(m[1:])):
        issues = sorted((_finding_json(f) for f in set(by_ref.get(int(missing[1:]), ()))), key=lambda i: (_RANK[i["severity"]], i["rule"]))
        nodes.append({"id": missing, "kind": "reference", "label": missing[1:], "number": int(missing[1:]), "key": "",
                      "text": "(no such entry in the reference list)", "cited": sum(1 for e in edges if e["to"] == missing),
                      "line": 0, "findings": issues, "severity": _worst(issues) or "error"})
    rules = sorted({(f.rule, f.name) for f in findings})
    return {"nodes": nodes, "edges": edges, "sections": [[s, colour[s]] for s in top_sections],
            "rules": [list(r) for r in rules]}


def _pyvis_network():
    """pyvis's ``Network``, imported without IPython when no notebook has loaded it.
    pyvis imports ``IPython.display.IFrame`` at its top for ``Network.show`` in a
    notebook, which refgraph never calls; importing IPython costs a third of a second,
    about a fifth of a report on the sample. A stand-in module serves that one import
    and is withdrawn at once, so a later ``import IPython`` loads the real one."""
    import sys
    import types

    if "pyvis.network" in sys.modules or "IPython" in sys.modules:
        from pyvis.network import Network

        return Network
    display = types.ModuleType("IPython.display")
    display.IFrame = None  # (what ``Network.show`` would embed in a notebook)
    package = types.ModuleType("IPython")
    package.display = display
    sys.modules.update({"IPython": package, "IPython.display": display})
    try:
        from pyvis.network import Network
    finally:
        for name in ("IPython", "IPython.display"):
            if sys.modules.get(name) in (package, display):
                del sys.modules[name]
    return Network


def build_graph_page(analysis, findings, title: str) -> str:
    Network = _pyvis_network()

    from .layout import LARGE_GRAPH, positions
    from .overview import assign_reference_groups, collapse

    data = graph_data(analysis, findings)
    large = len(data["nodes"]) > LARGE_GRAPH
    data["large"] = large
    placed = positions(data["nodes"], data["edges"]) if large else {}
    net = Network(height="calc(100vh - 120px)", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    visual_nodes = [_visual_node(net, node, placed.get(node["id"])) for node in data["nodes"]]
    visual_edges = [_visual_edge(net, edge) for edge in data["edges"]]
    if large:
        # The page opens on the overview; members come from the data blob on demand.
        assign_reference_groups(data["nodes"])
        net.nodes, net.edges, data["groups"] = collapse(data["nodes"], data["edges"], placed, dict(data["sections"]))
        data["overview"] = {"nodes": net.nodes, "edges": net.edges}
        data["visual"] = {"nodes": visual_nodes, "edges": visual_edges}
    else:
        net.nodes, net.edges = visual_nodes, visual_edges
    net.node_ids = [node["id"] for node in net.nodes]
    net.node_map = {node["id"]: node for node in net.nodes}
    # A small graph settles under vis's force layout, then physics is switched off (see
    # graph.js) so dragging and zooming stay fluid. A large one arrives laid out.
    net.set_options(LARGE_OPTIONS if large else OPTIONS)
    page = strip_external(net.generate_html(notebook=False))
    page = page.replace("<head>", f"<head>\n<title>{esc(title)} · refgraph graph</title>", 1)
    controls = _controls(esc(title), _legend(data))
    page = page.replace("<body>", "<body>\n" + controls, 1)
    visual = data.pop("visual", None)
    if large:  # read by the page in chunks after its first view (graph.js: readChunk)
        data["count"] = len(data["nodes"])
        node_chunks = _chunks(data.pop("nodes"), data.pop("edges"))
        visual_chunks = _chunks(visual["nodes"], visual["edges"])
    script = f'<script id="refgraph-data" type="application/json">{script_json(data)}</script>\n'
    if large:
        for kind, chunks in (("nodes", node_chunks), ("visual", visual_chunks)):
            script += "".join(f'<script id="refgraph-{kind}-{index}" type="application/json">{script_json(chunk)}</script>\n'
                              for index, chunk in enumerate(chunks))
    script += f'<script>{_asset("graph.js")}</script>\n'
    return page.replace("</body>", script + "</body>", 1)


# Nodes per chunk of a large graph's data: each chunk is parsed in a task of its own, a few
# milliseconds long (the whole 16k-reference blob took 300 ms, the page frozen meanwhile).
CHUNK_NODES = 1000


def _chunks(nodes: list, edges: list) -> list[dict]:
    """Nodes and edges cut into chunks of CHUNK_NODES nodes, the edges shared out evenly."""
    count = max(1, -(-len(nodes) // CHUNK_NODES))
    per_chunk = -(-len(edges) // count)
    return [{"nodes": nodes[i * CHUNK_NODES:(i + 1) * CHUNK_NODES], "edges": edges[i * per_chunk:(i + 1) * per_chunk]}
            for i in range(count)]


def _visual_node(net, node: dict, where: tuple[int, int] | None) -> dict:
    """A node's vis-network options, shaped by pyvis's ``Node``. Labels are added in the
    page from the escaped data blob: manuscript text never passes through pyvis. The
    border shows the worst finding's severity. (Not ``Network.add_node``: its duplicate
    check scans every node added so far, quadratic at 16k nodes; ids here are unique.)"""
    from pyvis.node import Node

    border = SEVERITY_COLOUR.get(node["severity"])
    fixed = {"x": where[0], "y": where[1], "physics": False} if where else {}
    if node["kind"] == "claim":
        # No vis "group": its own palette would override the section colours.
        return Node(node["id"], CLAIM_SHAPE, label=" ", font_color=net.font_color, size=11,
                    color={"background": node["color"], "border": border or node["color"]},
                    borderWidth=3 if border else 1, font={"size": 11, "color": "#52606d"},
                    shapeProperties={"borderDashes": [4, 3]} if node["uncited"] else {}, **fixed).options
    return Node(node["id"], REFERENCE_SHAPE, label=node["label"], font_color=net.font_color,
                color={"background": "#fff7e6" if not border else "#ffe5e5", "border": border or "#8c6d1f"},
                borderWidth=3 if border else 1, font={"size": 14 + min(node["cited"], 6) * 4},
                mass=1 + node["cited"], **fixed).options


def _visual_edge(net, edge: dict) -> dict:
    from pyvis.edge import Edge

    return Edge(edge["from"], edge["to"], net.directed, color="#9aa5b1", arrows="to", width=1).options


def _fill(template: str, **values: str) -> str:
    """Placeholders filled in one pass: a title that contains "__LEGEND__" stays text."""
    import re

    return re.sub(r"__([A-Z]+)__", lambda m: values.get(m.group(1), m.group(0)), template)


def _legend(data) -> str:
    sections = "".join(f'<span class="sw" style="background:{c}"></span>{esc(s)} ' for s, c in data["sections"])
    severities = "".join(f'<span class="sw ring" style="border-color:{c}"></span>{s} ' for s, c in SEVERITY_COLOUR.items())
    return (f'<span class="sw dot"></span>claim (colour = section; dashed: no citation) <span class="sw box"></span>reference (size = times cited) '
            f'&nbsp;|&nbsp; worst finding: {severities}&nbsp;|&nbsp; {sections}')


OPTIONS = """{
 "layout": {"randomSeed": 7, "improvedLayout": false},
 "physics": {"solver": "forceAtlas2Based", "forceAtlas2Based": {"gravitationalConstant": -35, "centralGravity": 0.02, "springLength": 40, "avoidOverlap": 0.2},
             "stabilization": {"enabled": true, "iterations": 250, "fit": true}},
 "interaction": {"hover": true, "tooltipDelay": 120, "navigationButtons": false},
 "edges": {"smooth": false}
}"""

LARGE_OPTIONS = """{
 "layout": {"improvedLayout": false},
 "physics": {"enabled": false},
 "interaction": {"hover": true, "tooltipDelay": 120, "navigationButtons": false, "hideEdgesOnDrag": true, "hideEdgesOnZoom": true},
 "edges": {"smooth": false}
}"""

CONTROLS = """<style>__STYLE__</style>
<div id="rg-bar"><h1>__TITLE__</h1>
<label>Find <input id="rg-search" type="search" placeholder="word, reference number, author…"></label>
<label>Section <select id="rg-section"><option value="">all sections</option></select></label>
<label>References <input id="rg-ref" type="text" inputmode="numeric" placeholder="e.g. 12, 35" style="width:7em"></label>
<label>Finding <select id="rg-rule"><option value="">any or none</option></select></label>
<label>Severity <select id="rg-severity"><option value="">any</option><option value="error">error</option>
<option value="warning">warning or worse</option><option value="info">any finding</option></select></label>
<button id="rg-reset" type="button">reset</button> <span id="rg-count"></span>
<a id="rg-report" href="report.html">report</a></div>
<div id="rg-legend">__LEGEND__</div>
<aside id="rg-panel" hidden><button id="rg-close" type="button" aria-label="close">×</button><div id="rg-panel-body"></div></aside>
"""


def _asset(name: str) -> str:
    from importlib import resources

    return (resources.files("refgraph.report") / "assets" / name).read_text(encoding="utf-8")


def _controls(title: str, legend: str) -> str:
    return _fill(CONTROLS, STYLE=_asset("graph.css"), TITLE=title, LEGEND=legend)
