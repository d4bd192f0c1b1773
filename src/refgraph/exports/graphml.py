"""A networkx graph → GraphML text, in one pass and without building an element tree.

The layout is networkx's own (``nx.generate_graphml``: keys first, newest first; two-space
indents; a graph's own data after its edges; US-ASCII with character references), so files
written before and after read the same, byte for byte, wherever the text holds no carriage
return (networkx writes it raw, then splits its output into lines and joins them with
``\\n``, so a ``\\r`` inside a title came back as a line break; here it is ``&#13;`` and
comes back). networkx builds an ElementTree of every node and edge and then pretty-prints
it, which took 7 s and most of a gigabyte for a 16k-reference manuscript; this writes each
line as it goes.

Every value passes through the escapes ElementTree uses (``&``, ``<``, ``>``; in attributes
``"`` and the whitespace controls too; ``\\r`` in text as well), after characters XML 1.0
forbids are replaced by a space, so no manuscript text can end an element or an attribute
early.
"""
from __future__ import annotations

import re

_NAMESPACES = ('xmlns="http://graphml.graphdrawing.org/xmlns" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
               'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"')

# The types networkx writes for Python values (its reader maps them back).
_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A raw carriage return in element text reads back as a line feed (XML's end-of-line rule):
# written as a reference it reads back as itself. ElementTree leaves it raw.
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                    "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"})


def xml_legal(value: str) -> str:
    """``value`` with every character XML 1.0 cannot hold replaced by a space."""
    return _NOT_IN_XML.sub(" ", value) if _NOT_IN_XML.search(value) else value


def _text(value) -> str:
    return xml_legal(str(value)).translate(_TEXT_ESCAPES)


def _attribute(value) -> str:
    return xml_legal(str(value)).translate(_ATTRIBUTE_ESCAPES)


class _Keys:
    """GraphML ``<key>`` ids, numbered in the order networkx meets them."""

    def __init__(self):
        self.ids: dict[tuple[str, str, str], str] = {}

    def data_lines(self, scope: str, data: dict, indent: str) -> list[str]:
        lines = []
        for name, value in data.items():
            xml_type = _XML_TYPES.get(type(value))
            if xml_type is None:
                raise TypeError(f"GraphML does not support type {type(value)} as data values.")
            key = (str(name), xml_type, scope)
            key_id = self.ids.setdefault(key, f"d{len(self.ids)}")
            text = _text(value)
            lines.append(f'{indent}<data key="{key_id}">{text}</data>' if text else f'{indent}<data key="{key_id}" />')
        return lines

    def lines(self) -> list[str]:
        return [f'  <key id="{key_id}" for="{scope}" attr.name="{_attribute(name)}" attr.type="{xml_type}" />'
                for (name, xml_type, scope), key_id in reversed(self.ids.items())]


def _element(opening: str, data_lines: list[str], indent: str, tag: str) -> list[str]:
    if not data_lines:
        return [f"{indent}<{opening} />"]
    return [f"{indent}<{opening}>", *data_lines, f"{indent}</{tag}>"]


def graphml_text(graph) -> str:
    """The graph as GraphML, laid out as ``"\\n".join(nx.generate_graphml(graph)) + "\\n"``."""
    keys = _Keys()
    graph_data = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default", "id")}
    # networkx numbers keys in the order it adds data: the graph's, then each node's, then each edge's.
    graph_data_lines = keys.data_lines("graph", graph_data, "    ")
    body = []
    for node, data in graph.nodes(data=True):
        body += _element(f'node id="{_attribute(node)}"', keys.data_lines("node", data, "      "), "    ", "node")
    if graph.is_multigraph():
        edges = ((u, v, f' id="{_attribute(key)}"', data) for u, v, key, data in graph.edges(keys=True, data=True))
    else:
        edges = ((u, v, "", data) for u, v, data in graph.edges(data=True))
    for u, v, edge_id, data in edges:
        opening = f'edge source="{_attribute(u)}" target="{_attribute(v)}"{edge_id}'
        body += _element(opening, keys.data_lines("edge", data, "      "), "    ", "edge")
    body += graph_data_lines
    graph_id = f' id="{_attribute(graph.graph["id"])}"' if graph.graph.get("id") is not None else ""
    direction = "directed" if graph.is_directed() else "undirected"
    lines = [f"<graphml {_NAMESPACES}>", *keys.lines(),
             *_element(f'graph edgedefault="{direction}"{graph_id}', body, "  ", "graph"), "</graphml>"]
    # ElementTree writes US-ASCII, every other character as a character reference: so do we.
    return ("\n".join(lines) + "\n").encode("ascii", "xmlcharrefreplace").decode("ascii")
