"""Stage 4: the citation graph (a networkx MultiDiGraph) and queries over it.

Nodes carry ``kind`` = manuscript | section | claim | reference | author; edges carry
``kind`` = contains | cites | authored. Node ids are strings: ``ref:35``, ``claim:12``,
``section:INTRODUCTION > …``, ``author:zarate|ca``. Attribute values are plain
strings and numbers so GraphML and GEXF keep them.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import networkx as nx

from .exports.keys import citation_keys


def reference_id(position: int) -> str:
    return f"ref:{position}"


def missing_id(number: int) -> str:
    """A number that callouts cite but no entry carries."""
    return f"ref:missing:{number}"


def claim_id(index: int) -> str:
    return f"claim:{index}"


def author_id(author) -> str:
    if author.is_group:
        return f"author:{author.literal.lower()}"
    return f"author:{author.family.lower()}|{author.initials.lower()}"


def build_graph(analysis) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name=analysis.source.name)
    root = "manuscript"
    graph.add_node(root, kind="manuscript", label=analysis.source.name)
    keys = citation_keys(analysis.references)
    by_position = analysis.references.by_position()
    for ref in analysis.references:
        node = reference_id(ref.position)
        graph.add_node(
            node, kind="reference", number=ref.number, position=ref.position, citekey=keys[ref.position],
            label=str(ref.number), text=ref.text, line=ref.line, entry_type=ref.kind,
            first_author=ref.first_author.display if ref.first_author else "", title=ref.title,
            journal=ref.journal, year=ref.year, volume=ref.volume, issue=ref.issue, pages=ref.pages,
            status=ref.status, doi=ref.doi, url=ref.url, error=ref.error,
        )
        graph.add_edge(root, node, kind="contains")
        for order, author in enumerate(ref.authors):
            person = author_id(author)
            if person not in graph:
                graph.add_node(person, kind="author", label=author.display, family=author.family or author.literal,
                               initials=author.initials)
            graph.add_edge(node, person, kind="authored", position=order)
    for sentence in analysis.claims:
        section = "section:" + (sentence.section_path or "(front matter)")
        if section not in graph:
            graph.add_node(section, kind="section", label=sentence.section_path or "(front matter)")
            graph.add_edge(root, section, kind="contains")
        node = claim_id(sentence.index)
        graph.add_node(node, kind="claim", index=sentence.index, text=sentence.text, line=sentence.line,
                       end_line=sentence.end_line, section=sentence.section_path, claim_type=sentence.kind,
                       table=sentence.table, label=f"L{sentence.line}")
        graph.add_edge(section, node, kind="contains")
        for callout in sentence.callouts:
            hidden = callout.hidden_by_range()
            for position in callout.targets:
                number = by_position[position].number
                graph.add_edge(node, reference_id(position), kind="cites", line=callout.line, column=callout.column,
                               callout=callout.text, in_range=number in hidden)
            if not callout.items:
                resolved = {by_position[p].number for p in callout.targets}
                for number in callout.numbers:
                    if number in resolved:
                        continue
                    target = missing_id(number)  # a callout to a number with no entry
                    if target not in graph:
                        graph.add_node(target, kind="reference", number=number, position=0, citekey="", label=str(number),
                                       text="", line=0, error="no such entry in the reference list")
                    graph.add_edge(node, target, kind="cites", line=callout.line, column=callout.column,
                                   callout=callout.text, in_range=number in hidden)
    return graph


# ---------------------------------------------------------------- queries
# References are named by position in the list (their identity); for a numbered list
# without gaps or repeats, that is the printed number.
def _cites(graph, node=None):
    edges = graph.in_edges(node, data=True, keys=True) if node else graph.edges(data=True, keys=True)
    return [(u, v, k, d) for u, v, k, d in edges if d.get("kind") == "cites"]


def citing_claims(graph, position: int) -> list[str]:
    """Claim nodes that cite the entry at ``position``, in document order (no repeats)."""
    claims = dict.fromkeys(u for u, _, _, _ in _cites(graph, reference_id(position)))
    return sorted(claims, key=lambda n: graph.nodes[n]["index"])


def references_of_claim(graph, index: int) -> list[int]:
    return sorted({graph.nodes[v]["position"] for _, v, d in graph.out_edges(claim_id(index), data=True)
                   if d["kind"] == "cites" and graph.nodes[v]["position"]})


def times_cited(graph) -> Counter:
    """Reference position → number of callouts citing it."""
    counts = Counter({d["position"]: 0 for _, d in graph.nodes(data=True) if d.get("kind") == "reference" and d["position"]})
    for _, v, _, _ in _cites(graph):
        if graph.nodes[v]["position"]:
            counts[graph.nodes[v]["position"]] += 1
    return counts


def first_citation(graph, position: int) -> dict | None:
    """The first callout citing the entry at ``position``: its line, column and claim."""
    edges = _cites(graph, reference_id(position))
    if not edges:
        return None
    u, _, _, data = min(edges, key=lambda e: (e[3]["line"], e[3]["column"]))
    return {"line": data["line"], "column": data["column"], "claim": graph.nodes[u]["text"], "section": graph.nodes[u]["section"]}


def co_citations(graph) -> Counter:
    """(a, b) → how many claims cite both positions a and b (pairs of each claim's own
    references only: linear in claims × references per claim)."""
    pairs: Counter = Counter()
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "claim":
            refs = sorted({graph.nodes[v]["position"] for _, v, d in graph.out_edges(node, data=True)
                           if d["kind"] == "cites" and graph.nodes[v]["position"]})
            pairs.update(combinations(refs, 2))
    return pairs


def cited_only_in_ranges(graph) -> list[int]:
    """Positions of references whose every citation is implied by a range (``35-37`` → 36)."""
    result = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "reference" or not data["position"]:
            continue
        edges = _cites(graph, node)
        if edges and all(d.get("in_range") for _, _, _, d in edges):
            result.append(data["position"])
    return sorted(result)


def write_graph(graph, path) -> None:
    """GraphML, GEXF or node-link JSON, chosen by the file suffix."""
    from .io import atomic_write

    atomic_write(path, graph_text(graph, path))


def _xml_safe(graph):
    """A copy whose text attributes hold only characters XML 1.0 allows."""
    import re

    illegal = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
    clean = lambda value: illegal.sub(" ", value) if isinstance(value, str) else value  # noqa: E731
    safe = graph.__class__(name=clean(graph.graph.get("name", "")))
    safe.add_nodes_from((clean(node), {k: clean(v) for k, v in data.items()}) for node, data in graph.nodes(data=True))
    if graph.is_multigraph():
        safe.add_edges_from((clean(u), clean(v), key, {k: clean(x) for k, x in data.items()}) for u, v, key, data in graph.edges(keys=True, data=True))
    else:
        safe.add_edges_from((clean(u), clean(v), {k: clean(x) for k, x in data.items()}) for u, v, data in graph.edges(data=True))
    return safe


def graph_text(graph, path) -> str:
    """The graph serialised in the format its file suffix names."""
    import json
    from pathlib import Path

    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        from .exports.graphml import graphml_text

        text = graphml_text(graph)
    elif suffix == ".gexf":
        text = "\n".join(nx.generate_gexf(_xml_safe(graph))) + "\n"
    elif suffix == ".json":
        text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    else:
        raise ValueError(f"unknown graph format {suffix!r}: use .graphml, .gexf or .json")
    return text
