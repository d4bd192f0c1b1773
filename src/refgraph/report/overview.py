"""The first view of a large graph: one node per group instead of thousands.

Claims are grouped by their top-level section, references by the section that cites
them first. The page starts with the groups (placed where their members will appear)
and the links between them; opening a group adds its members, already laid out, a
thousand at a time. So the browser never holds, draws or lays out 16k nodes before
the reader asks for them.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict


def group_key(node: dict) -> str:
    return ("claims" if node["kind"] == "claim" else "references") + ":" + (node.get("group") or "")


def assign_reference_groups(nodes: list[dict]) -> None:
    """Give each reference node the section of the first claim (in text order) citing it."""
    first_section: dict[int, str] = {}
    for node in nodes:
        if node["kind"] == "claim":
            for number in node["refs"]:
                first_section.setdefault(number, node["group"])
    for node in nodes:
        if node["kind"] == "reference":
            node["group"] = first_section.get(node["number"], "")


def collapse(nodes: list[dict], edges: list[dict], placed: dict[str, tuple[int, int]],
             colours: dict[str, str]) -> tuple[list[dict], list[dict], list[dict]]:
    """(group nodes, group edges, groups with their member ids) in vis-network's terms."""
    members: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        members[group_key(node)].append(node["id"])
    keys = sorted(members)
    ids = {key: f"group-{index}" for index, key in enumerate(keys)}
    group_nodes, groups = [], []
    for key in keys:
        kind, _, section = key.partition(":")
        inside = members[key]
        x = round(sum(placed[m][0] for m in inside) / len(inside))
        y = round(sum(placed[m][1] for m in inside) / len(inside))
        claims = kind == "claims"
        group_nodes.append({
            "id": ids[key], "shape": "dot" if claims else "box", "physics": False, "x": x, "y": y,
            "size": round(12 + 2 * math.sqrt(len(inside))), "font": {"size": 16},
            # Manuscript text (the section title) reaches the canvas only as a label string.
            "label": f"{len(inside)} {'claims' if claims else 'references'} · {section or '(no section)'}",
            "color": {"background": colours.get(section, "#cbd2d9"), "border": "#52606d"} if claims
            else {"background": "#fff7e6", "border": "#8c6d1f"},
        })
        groups.append({"id": ids[key], "members": inside})
    group_of = {member: ids[key] for key in keys for member in members[key]}
    links = Counter((group_of[e["from"]], group_of[e["to"]]) for e in edges)
    group_edges = [{"from": a, "to": b, "count": n, "width": round(1 + math.log(n), 2), "color": "#9aa5b1", "arrows": "to",
                    "title": f"{n} citations"} for (a, b), n in sorted(links.items())]
    return group_nodes, group_edges, groups
