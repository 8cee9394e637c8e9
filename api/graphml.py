"""A subgraph as GraphML (Gephi, Cytoscape, yEd, `networkx.read_graphml`), with the standard library's xml.

Why GraphML: the one graph format all those tools read. GraphML attributes are
typed scalars, so list properties (aliases, evidence, article ids) are written
as text joined with " | ", and each attribute key gets the type its values share
(string when they disagree).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from api.models import GraphEdge, GraphNode

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
LIST_SEPARATOR = " | "
_INVALID_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value


def _type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _INVALID_XML.sub("", str(value))


def _attributes(kind: str, records: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """attribute name -> (key id, GraphML type) over every record of one kind."""
    types: dict[str, set[str]] = {}
    for record in records:
        for name, value in record.items():
            if value is not None:
                types.setdefault(name, set()).add(_type(value))
    return {
        name: (f"{kind[0]}_{index}", found.pop() if len(found) == 1 else "string")
        for index, (name, found) in enumerate(sorted(types.items()))
    }


def to_graphml(nodes: list[GraphNode], edges: list[GraphEdge]) -> bytes:
    """The GraphML document (UTF-8) of a directed multigraph; node ids are the entity ids."""
    node_records = [
        {
            "labels": ":".join(node.labels),
            "name": node.name,
            **{k: _scalar(v) for k, v in node.properties.items() if k not in ("labels", "name")},
        }
        for node in nodes
    ]
    edge_records = [
        {
            "type": edge.type,
            "evidence": LIST_SEPARATOR.join(entry.sentence for entry in edge.evidence) or None,
            **{k: _scalar(v) for k, v in edge.properties.items() if k not in ("type", "evidence")},
        }
        for edge in edges
    ]
    node_keys = _attributes("node", node_records)
    edge_keys = _attributes("edge", edge_records)

    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}graphml")
    for kind, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key_id, graphml_type) in keys.items():
            ET.SubElement(
                root, f"{{{NAMESPACE}}}key", {"id": key_id, "for": kind, "attr.name": name, "attr.type": graphml_type}
            )
    graph = ET.SubElement(root, f"{{{NAMESPACE}}}graph", {"id": "edkg", "edgedefault": "directed"})
    for node, record in zip(nodes, node_records, strict=True):
        element = ET.SubElement(graph, f"{{{NAMESPACE}}}node", {"id": node.id})
        _data(element, record, node_keys)
    for edge, record in zip(edges, edge_records, strict=True):
        element = ET.SubElement(
            graph, f"{{{NAMESPACE}}}edge", {"id": edge.id, "source": edge.source, "target": edge.target}
        )
        _data(element, record, edge_keys)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def _data(element: ET.Element, record: dict[str, Any], keys: dict[str, tuple[str, str]]) -> None:
    for name, value in record.items():
        if value is not None:
            ET.SubElement(element, f"{{{NAMESPACE}}}data", {"key": keys[name][0]}).text = _text(value)
