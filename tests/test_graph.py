"""The citation graph, its queries and its exports."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from refgraph import graph as g


def test_node_and_edge_kinds(sample):
    graph = sample.graph
    kinds = {}
    for _, data in graph.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    assert kinds["manuscript"] == 1 and kinds["reference"] == 115 and kinds["claim"] == len(sample.claims)
    assert kinds["section"] >= 10 and kinds["author"] > 400
    cites = [d for _, _, d in graph.edges(data=True) if d["kind"] == "cites"]
    assert len(cites) == 140
    assert {d["kind"] for _, _, d in graph.edges(data=True)} == {"contains", "cites", "authored"}


def test_queries(sample):
    graph = sample.graph
    assert g.times_cited(graph)[28] == 4
    first = g.first_citation(graph, 23)
    assert first["claim"].startswith("After the study demonstrating that a subanesthetic dose of ketamine")
    claims = g.citing_claims(graph, 35)
    assert len(claims) == 4  # "35", "35-37", "35,42,43", "35,42,44"
    assert g.references_of_claim(graph, graph.nodes[claims[0]]["index"]) == [35]
    assert g.co_citations(graph)[(28, 29)] == 2
    assert g.cited_only_in_ranges(graph) == [9, 16, 17, 36, 53]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_exports_read_back_without_loss(sample, tmp_path, suffix):
    path = tmp_path / f"graph{suffix}"
    g.write_graph(sample.graph, path)
    if suffix == ".graphml":
        back = nx.read_graphml(path, force_multigraph=True)
    elif suffix == ".gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
    assert back.number_of_nodes() == sample.graph.number_of_nodes()
    assert back.number_of_edges() == sample.graph.number_of_edges()
    ref = back.nodes["ref:23"]
    assert ref["kind"] == "reference" and ref["citekey"] == "berman2000antidepressant" and str(ref["year"]) == "2000"
