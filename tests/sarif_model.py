"""SARIF 2.1.0 structure, checked against Microsoft's object model (sarif-om, MIT).

sarif-om's classes were generated from the SARIF 2.1.0 schema: each names its
properties as the schema spells them and marks the required ones (no default). This
walks a log through them: every key must be a property of its object (the schema
allows no others), every required property must be there, and the enumerated and
formatted values the spec constrains must hold. The nesting (which object a property
holds) is the schema's, written out below for the parts of SARIF a linter uses.
"""
from __future__ import annotations

import re

import attr
import sarif_om

# property → class of its value (a list's items); the rest of the schema is not used here.
NESTED = {
    "SarifLog": {"runs": "Run"},
    "Run": {"tool": "Tool", "results": "Result", "artifacts": "Artifact", "invocations": "Invocation"},
    "Tool": {"driver": "ToolComponent", "extensions": "ToolComponent"},
    "ToolComponent": {"rules": "ReportingDescriptor", "shortDescription": "MultiformatMessageString",
                      "fullDescription": "MultiformatMessageString"},
    "ReportingDescriptor": {"shortDescription": "MultiformatMessageString", "fullDescription": "MultiformatMessageString",
                            "help": "MultiformatMessageString", "defaultConfiguration": "ReportingConfiguration"},
    "Result": {"message": "Message", "locations": "Location", "relatedLocations": "Location", "fixes": "Fix"},
    "Location": {"physicalLocation": "PhysicalLocation", "message": "Message"},
    "PhysicalLocation": {"artifactLocation": "ArtifactLocation", "region": "Region", "contextRegion": "Region"},
    "Region": {"message": "Message", "snippet": "ArtifactContent"},
    "Artifact": {"location": "ArtifactLocation"},
    "ArtifactLocation": {"description": "Message"},
}
LEVELS = {"none", "note", "warning", "error"}
KINDS = {"notApplicable", "pass", "fail", "review", "open", "informational"}
# RFC 3986 URI reference: unreserved, reserved and percent-escapes only.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def problems(log: dict) -> list[str]:
    """Everything in ``log`` that SARIF 2.1.0 does not allow; empty when valid."""
    found: list[str] = []
    if log.get("version") != "2.1.0":
        found.append(f"version is {log.get('version')!r}, not '2.1.0'")
    _walk(log, "SarifLog", "$", found)
    return found


def _walk(value, class_name: str, path: str, found: list[str]) -> None:
    if not isinstance(value, dict):
        found.append(f"{path}: expected an object ({class_name})")
        return
    fields = attr.fields(getattr(sarif_om, class_name))
    names = {f.metadata["schema_property_name"]: f for f in fields}
    for key in value:
        if key not in names:
            found.append(f"{path}.{key}: not a property of {class_name}")
    for name, field in names.items():
        if field.default is attr.NOTHING and name not in value:
            found.append(f"{path}: {class_name} requires {name!r}")
    for key, item in value.items():
        where = f"{path}.{key}"
        nested = NESTED.get(class_name, {}).get(key)
        if nested:
            for index, element in enumerate(item if isinstance(item, list) else [item]):
                _walk(element, nested, f"{where}[{index}]" if isinstance(item, list) else where, found)
        if key == "level" and item not in LEVELS:
            found.append(f"{where}: level {item!r} is not one of {sorted(LEVELS)}")
        if key == "kind" and class_name == "Result" and item not in KINDS:
            found.append(f"{where}: kind {item!r}")
        if key in ("uri", "informationUri") and not (isinstance(item, str) and URI_REFERENCE.fullmatch(item)):
            found.append(f"{where}: {item!r} is not a URI reference")
        if key in ("startLine", "startColumn", "endLine", "endColumn") and not (isinstance(item, int) and item >= 1):
            found.append(f"{where}: {item!r} must be an integer ≥ 1")
        if key == "text" and not isinstance(item, str):
            found.append(f"{where}: text must be a string")
