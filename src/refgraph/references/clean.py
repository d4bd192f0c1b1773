"""Markdown and PDF-conversion debris removed from reference strings."""
from __future__ import annotations

import html
import re

_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?|ftp)://[^)\s]+)\)")
# An emphasised run is bounded (500 characters): an unclosed "*" must not make every later
# "*" scan to the end of the text, which made long runs of "*a " quadratic.
_EMPHASIS = re.compile(r"(?<![\\\w*])(\*{1,3}|_{1,3})(?=\S)(.{1,500}?)(?<=\S)\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SPACES = re.compile(r"[ \t\u00a0]+")


def remove_comments(text: str) -> str:
    """HTML comments replaced by a space, in one pass: an unclosed ``<!--`` ends the search
    (a regular expression would rescan the rest of the text from every later ``<!--``)."""
    if "<!--" not in text:
        return text
    pieces, position = [], 0
    while True:
        start = text.find("<!--", position)
        end = text.find("-->", start + 4) if start >= 0 else -1
        if start < 0 or end < 0:
            pieces.append(text[position:])
            return "".join(pieces)
        pieces.append(text[position:start] + " ")
        position = end + 3


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown fragment: emphasis, escapes, autolinks and comments removed."""
    text = remove_comments(text)
    text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} {m.group(2)}", text)
    text = _ANGLE_URL.sub(r"\1", text)
    for _ in range(4):  # nested emphasis such as *__x__* unwraps in turns (bounded: linear cost)
        previous, text = text, _EMPHASIS.sub(r"\2", text)
        if text == previous:
            break
    text = _ESCAPE.sub(r"\1", text)
    text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def emphasised(text: str) -> list[str]:
    """The emphasised (italic/bold) runs of a Markdown fragment, as plain text."""
    text = remove_comments(text)
    return [strip_markdown(m.group(2)) for m in _EMPHASIS.finditer(text)]

