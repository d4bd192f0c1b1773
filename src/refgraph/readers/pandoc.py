"""Pandoc Markdown citations: ``[@smith2019; @lee2020, p. 4]`` and ``@smith2019`` with the
bibliography named in the YAML front matter (``bibliography: refs.bib``)."""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document
from ..source import SourceText

_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n(?:---|\.\.\.)\n", re.S)
_BIBLIOGRAPHY = re.compile(r"^bibliography:\s*(?P<value>.+?)\s*$|^\s*-\s*(?P<item>\S+\.bib)\s*$", re.M)
_GROUP = re.compile(r"\[(?P<body>[^\[\]]*?-?@[\w:.#$%&+?<>~/-]+[^\[\]]*)\]")
_KEY = re.compile(r"(?<![\w@])-?@(?P<key>[\w:.#$%&+?<>~/-]*[\w])")


def pandoc_citations(source: SourceText, target: Path) -> Document | None:
    """A Document with exact references and callouts, when the manuscript is pandoc's kind."""
    front = _FRONT_MATTER.match(source.text)
    if not front:
        return None
    files = [m.group("value") or m.group("item") for m in _BIBLIOGRAPHY.finditer(front.group("yaml"))]
    files = [f.strip("\"'[] ") for value in files for f in value.split(",") if f.strip("\"'[] ")]
    if not files:
        return None
    from ..document import ExplicitCallout, TextBuilder
    from .bibliography import lay_out, reference_list
    from .latex import bib_records

    paths = [target.parent / f for f in files]
    notes = tuple(f"bibliography file {p.name} not found" for p in paths if not p.is_file())
    records = [record for path in paths if path.is_file() for record in bib_records(path)]
    builder = TextBuilder()
    builder.write(source.text)
    body_end = builder.length
    spans = lay_out(builder, records)
    source = SourceText(builder.text(), name=source.name, encoding=source.encoding)
    references = reference_list(source, spans, body_end)
    callouts = []
    taken = []
    body = source.text[:body_end]
    for group in _GROUP.finditer(body):
        keys = tuple(m.group("key") for m in _KEY.finditer(group.group("body")))
        if keys:
            callouts.append(ExplicitCallout(group.start(), group.end(), keys, "pandoc"))
            taken.append((group.start(), group.end()))
    for key in _KEY.finditer(body, front.end()):
        if not any(a <= key.start() < b for a, b in taken) and not _in_email(source.text, key.start()):
            callouts.append(ExplicitCallout(key.start(), key.end(), (key.group("key"),), "pandoc narrative"))
    callouts.sort(key=lambda c: c.start)
    return Document(source=source, format="markdown", references=references, callouts=tuple(callouts), notes=notes,
                    anchors=((0, ""), *builder.anchors))


def _in_email(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._-")
