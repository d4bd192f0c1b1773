"""Escaping manuscript text for HTML and for JSON inside <script>."""
from __future__ import annotations

import html
import json
import re


def esc(text) -> str:
    return html.escape(str(text), quote=True)


def script_json(data) -> str:
    """JSON that cannot close its <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_EXTERNAL = re.compile(r"<link\b[^>]*href=\"https?://[^>]*>\s*|<script\b[^>]*src=\"https?://[^>]*>\s*</script>\s*", re.I)


def strip_external(page: str) -> str:
    """Remove every stylesheet or script fetched from the network (pyvis adds Bootstrap)."""
    return _EXTERNAL.sub("", page)
