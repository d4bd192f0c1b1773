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


def reference_id(number: int) -> str:
    return f"ref:{number}"


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
    for ref in analysis.references:
        graph.add_node(
            reference_id(ref.number), kind="reference", number=ref.number, citekey=keys[ref.number],
            label=str(ref.number), text=ref.text, line=ref.line, entry_type=ref.kind,
            first_author=ref.first_author.display if ref.first_author else "", title=ref.title,
            journal=ref.journal, year=ref.year, volume=ref.volume, issue=ref.issue, pages=ref.pages,
            status=ref.status, doi=ref.doi, url=ref.url, error=ref.error,
        )
        graph.add_edge(root, reference_id(ref.number), kind="contains")
        for position, author in enumerate(ref.authors):
            node = author_id(author)
            if node not in graph:
                graph.add_node(node, kind="author", label=author.display, family=author.family or author.literal,
                               initials=author.initials)
            graph.add_edge(reference_id(ref.number), node, kind="authored", position=position)
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
            for number in callout.numbers:
                target = reference_id(number)
                if target not in graph:  # a callout to a number with no entry
                    graph.add_node(target, kind="reference", number=number, citekey="", label=str(number),
                                   text="", line=0, error="no such entry in the reference list")
                graph.add_edge(node, target, kind="cites", line=callout.line, column=callout.column,
                               callout=callout.text, in_range=number in callout.hidden_by_range())
    return graph


# ---------------------------------------------------------------- queries
def _cites(graph, node=None):
    edges = graph.in_edges(node, data=True, keys=True) if node else graph.edges(data=True, keys=True)
    return [(u, v, k, d) for u, v, k, d in edges if d.get("kind") == "cites"]


def citing_claims(graph, number: int) -> list[str]:
    """Claim nodes that cite reference ``number``, in document order (no repeats)."""
    claims = dict.fromkeys(u for u, _, _, _ in _cites(graph, reference_id(number)))
    return sorted(claims, key=lambda n: graph.nodes[n]["index"])


def references_of_claim(graph, index: int) -> list[int]:
    return sorted({graph.nodes[v]["number"] for _, v, d in graph.out_edges(claim_id(index), data=True) if d["kind"] == "cites"})


def times_cited(graph) -> Counter:
    """Reference number → number of callouts citing it."""
    counts = Counter({d["number"]: 0 for _, d in graph.nodes(data=True) if d.get("kind") == "reference"})
    for _, v, _, _ in _cites(graph):
        counts[graph.nodes[v]["number"]] += 1
    return counts


def first_citation(graph, number: int) -> dict | None:
    """The first callout citing ``number``: its line, column and claim."""
    edges = _cites(graph, reference_id(number))
    if not edges:
        return None
    u, _, _, data = min(edges, key=lambda e: (e[3]["line"], e[3]["column"]))
    return {"line": data["line"], "column": data["column"], "claim": graph.nodes[u]["text"], "section": graph.nodes[u]["section"]}


def co_citations(graph) -> Counter:
    """(a, b) → how many claims cite both a and b. Linear in claims × refs per claim."""
    pairs: Counter = Counter()
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "claim":
            refs = sorted({graph.nodes[v]["number"] for _, v, d in graph.out_edges(node, data=True) if d["kind"] == "cites"})
            pairs.update(combinations(refs, 2))
    return pairs


def cited_only_in_ranges(graph) -> list[int]:
    """References whose every citation is implied by a range (``35-37`` → 36)."""
    result = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "reference":
            continue
        edges = _cites(graph, node)
        if edges and all(d.get("in_range") for _, _, _, d in edges):
            result.append(data["number"])
    return sorted(result)


def write_graph(graph, path) -> None:
    """GraphML, GEXF or node-link JSON, chosen by the file suffix."""
    import json
    from pathlib import Path

    from .io import atomic_write

    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        text = "\n".join(nx.generate_graphml(graph)) + "\n"
    elif suffix == ".gexf":
        text = "\n".join(nx.generate_gexf(graph)) + "\n"
    elif suffix == ".json":
        text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    else:
        raise ValueError(f"unknown graph format {suffix!r}: use .graphml, .gexf or .json")
    atomic_write(path, text)
