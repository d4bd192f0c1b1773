"""A content-hash cache for ``refgraph check``: an unchanged manuscript is not analysed again.

The key is a SHA-256 over everything a result depends on: the file's bytes, the format it
is read as, the name it is reported under, the configuration, and refgraph itself (its
version and a fingerprint of its installed files, so an upgrade or an edited rule never
serves a stale result). Entries are small JSON files written atomically; a damaged or
unreadable entry is a miss, never an error. Only clean results are kept: an unreadable
input or an internal error is always checked again.

The cache lives in ``$REFGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/refgraph``, else
``~/.cache/refgraph``; ``refgraph check --no-cache`` bypasses it.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

_FORMAT = 1  # bump when the entry layout changes


def cache_dir() -> Path:
    if os.environ.get("REFGRAPH_CACHE_DIR"):
        return Path(os.environ["REFGRAPH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "refgraph"


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """refgraph's version and the size and time of every installed file of the package."""
    from . import __version__

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def key_for(path: str | None, fmt: str | None, name: str, config) -> str | None:
    """The cache key of checking ``path`` (the bundled sample when ``None``; ``None`` when
    it is not a regular file)."""
    if path is None:
        from .read import sample_path

        path = str(sample_path())
    if not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    for part in (str(_FORMAT), _fingerprint(), fmt or "", name, repr(config)):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load(key: str, name: str):
    """The cached FileResult for ``key``, or ``None``."""
    from .batch import FileResult
    from .checks.model import Finding

    try:
        entry = json.loads((cache_dir() / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        findings = tuple(Finding(**{**f, "references": tuple(f["references"])}) for f in entry["findings"])
        return FileResult(name=name, findings=findings, summary=entry["summary"], fail_on=entry["fail_on"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key: str, result) -> None:
    """Keep a clean result; a cache that cannot be written is silently skipped."""
    if result.internal or result.unreadable:
        return
    from .errors import OutputError
    from .io import atomic_write

    entry = {"findings": [f.as_dict() for f in result.findings], "summary": result.summary, "fail_on": result.fail_on}
    try:
        atomic_write(cache_dir() / key[:2] / f"{key}.json", json.dumps(entry, ensure_ascii=False))
    except OutputError:
        pass  # a cache that cannot be written only costs time
