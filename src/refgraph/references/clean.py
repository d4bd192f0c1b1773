"""Markdown and PDF-conversion debris removed from reference strings."""
from __future__ import annotations

import html
import re

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?|ftp)://[^)\s]+)\)")
_EMPHASIS = re.compile(r"(?<![\\\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SPACES = re.compile(r"[ \t\u00a0]+")


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown fragment: emphasis, escapes, autolinks and comments removed."""
    text = _COMMENT.sub(" ", text)
    text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} {m.group(2)}", text)
    text = _ANGLE_URL.sub(r"\1", text)
    previous = None
    while previous != text:  # nested emphasis such as ***x*** unwraps in turns
        previous = text
        text = _EMPHASIS.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def emphasised(text: str) -> list[str]:
    """The emphasised (italic/bold) runs of a Markdown fragment, as plain text."""
    text = _COMMENT.sub(" ", text)
    return [strip_markdown(m.group(2)) for m in _EMPHASIS.finditer(text)]

