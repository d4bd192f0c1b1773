"""Fixed positions for large graphs, so the browser draws a first view at once and never
runs a force layout over thousands of nodes.

Each connected component is laid out on its own, in time linear in its nodes and edges:
its references on a circle in the order of first citation, and each claim inside the
circle at the mean angle of the references it cites, so a claim sits between its
sources. Components are then packed in rows, largest first. No randomness: the same
graph gives the same coordinates, and so a byte-identical page.
"""
from __future__ import annotations

import math

# Below this many nodes the page keeps vis-network's force layout (it settles in about a
# second and reads better); above it, positions come from here.
LARGE_GRAPH = 1000
_SPACING = 16  # pixels of circle per reference
_GAP = 40  # between packed components


def positions(nodes: list[dict], edges: list[dict]) -> dict[str, tuple[int, int]]:
    """Node id → (x, y) for every node, in page pixels."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(node["id"] for node in nodes)
    graph.add_edges_from((edge["from"], edge["to"]) for edge in edges)
    order = {node["id"]: index for index, node in enumerate(nodes)}
    kinds = {node["id"]: node["kind"] for node in nodes}
    components = sorted(([*sorted(c, key=order.__getitem__)] for c in nx.connected_components(graph)),
                        key=lambda c: (-len(c), order[c[0]]))
    laid = [_component(c, graph, kinds) for c in components]
    return _pack(laid)


def _component(members: list[str], graph, kinds: dict[str, str]) -> tuple[dict[str, tuple[float, float]], float]:
    """(positions around (0, 0), radius) of one component."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}, 10.0
    references = [m for m in members if kinds[m] == "reference"]
    claims = [m for m in members if kinds[m] != "reference"]
    radius = max(40.0, _SPACING * len(references) / (2 * math.pi))
    angle = {ref: 2 * math.pi * i / max(len(references), 1) for i, ref in enumerate(references)}
    placed = {ref: (radius * math.cos(a), radius * math.sin(a)) for ref, a in angle.items()}
    for index, claim in enumerate(claims):
        cited = [angle[n] for n in graph.neighbors(claim) if n in angle]
        if cited:  # the circular mean: a claim citing refs at 350° and 10° sits at 0°
            mean = math.atan2(sum(map(math.sin, cited)), sum(map(math.cos, cited)))
        else:
            mean = 2 * math.pi * index / len(claims)
        # Rings at 45–80 % of the radius keep claims that cite the same sources apart.
        ring = radius * (0.45 + 0.07 * (index % 6))
        placed[claim] = (ring * math.cos(mean), ring * math.sin(mean))
    return placed, radius


def _pack(laid: list[tuple[dict, float]]) -> dict[str, tuple[int, int]]:
    """Components in rows (shelf packing), the largest first, rows about as wide as the
    whole is tall."""
    area = sum((2 * r + _GAP) ** 2 for _, r in laid)
    row_width = max(math.sqrt(area) * 1.2, max((2 * r + _GAP for _, r in laid), default=0))
    out: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for placed, radius in laid:
        size = 2 * radius + _GAP
        if x and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for node, (px, py) in placed.items():
            out[node] = (round(cx + px), round(cy + py))
        x += size
        row_height = max(row_height, size)
    return out
