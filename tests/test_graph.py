"""The citation graph, its queries and its exports."""
from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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



def _networkx_graphml(graph) -> str:
    return "\n".join(nx.generate_graphml(graph)) + "\n"


def test_graphml_is_networkx_layout_byte_for_byte(sample, tmp_path):
    from conftest import CASES
    from refgraph.exports.graphml import graphml_text
    from refgraph.pipeline import analyse

    assert graphml_text(sample.graph) == _networkx_graphml(sample.graph)
    for case in CASES[:3]:  # real articles: other names, scripts and attributes than the sample's
        graph = analyse(case / "manuscript.md").graph
        assert graphml_text(graph) == _networkx_graphml(graph)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.one_of(st.sampled_from(list("&<>\"'\n\r\t\x00\x0b\x1b\x85\u2028\ufffe\ud800")),
                                       st.characters(codec="utf-8")), max_size=40))
def test_graphml_holds_any_text_and_reads_back(text):
    from lxml import etree

    from refgraph.exports.graphml import graphml_text, xml_legal

    graph = nx.MultiDiGraph(name=text)
    graph.add_node(text, kind="claim", text=text, index=3, in_range=True, score=0.5)
    graph.add_node("ref:1", kind="reference", title=text)
    graph.add_edge(text, "ref:1", kind="cites", callout=text)
    written = graphml_text(graph)
    etree.fromstring(written.encode("ascii"))  # well-formed, and pure ASCII
    back = nx.read_graphml(io.BytesIO(written.encode("ascii")), force_multigraph=True)
    legal = xml_legal(text)
    node = back.nodes[legal]
    assert (node["text"], node["index"], node["in_range"], node["score"]) == (legal, 3, True, 0.5)
    assert back.nodes["ref:1"]["title"] == legal and back.graph["name"] == legal
    assert [d["callout"] for _, _, d in back.edges(data=True)] == [legal]

def _repeated_sample(text: str, copies: int) -> str:
    """The sample's body and list repeated with shifted numbers (as benchmarks/speed.py)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from speed import scaled_manuscript

    return scaled_manuscript(copies)


def test_large_graph_is_laid_out_in_python_and_opens_on_groups(tmp_path, sample_text):
    from refgraph.pipeline import analyse
    from refgraph.report.graph_page import graph_data
    from refgraph.report.layout import LARGE_GRAPH, positions
    from refgraph.report.overview import assign_reference_groups, collapse

    paper = tmp_path / "large.md"
    paper.write_text(_repeated_sample(sample_text, 6), encoding="utf-8")
    data = graph_data(analyse(paper), [])
    assert len(data["nodes"]) > LARGE_GRAPH
    placed = positions(data["nodes"], data["edges"])
    assert set(placed) == {n["id"] for n in data["nodes"]}
    assert placed == positions(data["nodes"], data["edges"])  # no randomness
    # Each copy of the sample is its own component; packed, their circles do not overlap.
    graph = nx.Graph([(e["from"], e["to"]) for e in data["edges"]])
    boxes = []
    for component in nx.connected_components(graph):
        xs, ys = [placed[n][0] for n in component], [placed[n][1] for n in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    assert len(boxes) >= 6 and not overlapping
    assign_reference_groups(data["nodes"])
    groups_nodes, group_edges, groups = collapse(data["nodes"], data["edges"], placed, dict(data["sections"]))
    assert sum(len(g["members"]) for g in groups) == len(data["nodes"])
    assert len(groups_nodes) == len(groups) < 40 and group_edges
    # Every citation link is counted once between the groups of its ends.
    assert sum(e["count"] for e in group_edges) == len(data["edges"])


def test_large_graph_page_carries_its_data_in_chunks(tmp_path, sample_text):
    """A large graph's nodes and drawing options come as script elements of at most
    CHUNK_NODES nodes each, which together hold every node and edge exactly once."""
    import re

    from refgraph.pipeline import analyse
    from refgraph.report.graph_page import CHUNK_NODES, build_graph_page, graph_data

    paper = tmp_path / "large.md"
    paper.write_text(_repeated_sample(sample_text, 20), encoding="utf-8")
    analysis = analyse(paper)
    expected = graph_data(analysis, [])
    page = build_graph_page(analysis, [], "T")
    for kind in ("nodes", "visual"):
        chunks = [json.loads(m.group(1)) for m in re.finditer(
            rf'<script id="refgraph-{kind}-\d+" type="application/json">(.*?)</script>', page)]
        ids = [n["id"] for c in chunks for n in c["nodes"]]
        assert len(chunks) > 1 and all(len(c["nodes"]) <= CHUNK_NODES for c in chunks)
        assert ids == [n["id"] for n in expected["nodes"]]
        assert sum(len(c["edges"]) for c in chunks) == len(expected["edges"])
    assert 'id="refgraph-nodes"' not in page and 'id="refgraph-visual"' not in page
