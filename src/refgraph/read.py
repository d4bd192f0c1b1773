"""Stage 1: bytes on disk → :class:`SourceText`, or a clear :class:`InputError`."""
from __future__ import annotations

import codecs
from importlib import resources
from pathlib import Path

from .errors import InputError
from .source import SourceText, as_read

SAMPLE_NAME = "ketamine-mdd-review.md"
SAMPLE_LICENCE = (
    "Sample manuscript: Shin C, Kim YK. Ketamine in Major Depressive Disorder: Mechanisms "
    "and Future Perspectives. Psychiatry Investig 2020;17(3):181-192. "
    "Licensed CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/)."
)

PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sample_path() -> Path:
    """The bundled sample manuscript (the default input of every command)."""
    return Path(str(resources.files("refgraph") / "data" / SAMPLE_NAME))


def decode(data: bytes, name: str = "<bytes>") -> SourceText:
    """Decode manuscript bytes: BOM first, then UTF-8, then a confident detection."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _source(data.decode(encoding), name, encoding)
    if b"\x00" in data[:8192]:
        encoding = _utf16_without_bom(data[:8192])
        if encoding:
            try:
                return _source(data.decode(encoding), name, encoding)
            except UnicodeDecodeError:
                pass
        raise InputError(f"{name}: looks like a binary file, not a text manuscript")
    try:
        return _source(data.decode("utf-8"), name, "utf-8")
    except UnicodeDecodeError:
        pass
    # Only non-UTF-8 legacy text gets here; a detector is better at this than guessing.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or matches[0].chaos > 0.2:
        raise InputError(f"{name}: cannot decode the text (not UTF-8, and no other encoding fits)")
    # Equally good candidates are common for mostly-ASCII text; Windows-1252 is by far the
    # likeliest legacy encoding of a Western manuscript, so it wins ties.
    # Language coherence separates "English in some Latin code page" from "two bytes of
    # Shift-JIS"; among equally coherent code pages, Windows-1252 is the likeliest.
    plausible = [m for m in matches if m.chaos <= 0.2]
    best = min(plausible, key=lambda m: (-round(m.coherence, 2), m.encoding not in PREFERRED_LEGACY, m.chaos))
    return _source(str(best), name, best.encoding)


def _utf16_without_bom(head: bytes) -> str:
    """'utf-16-le'/'utf-16-be' when the NULs fall on one side of every character pair, as
    in Latin-script text saved as UTF-16 without a byte-order mark; else ''."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 16:
        return ""
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return ""


def _source(text: str, name: str, encoding: str) -> SourceText:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = as_read(text)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\t\f")
    if controls > max(8, len(text[:20000]) // 200):
        raise InputError(f"{name}: looks like a binary file, not a text manuscript")
    return SourceText(text=text, name=name, encoding=encoding)


# Larger inputs are refused unless the user raises the limit (``--max-size``): a manuscript
# of 50 MB is already extraordinary, and reading blindly is how a stray device or a
# multi-gigabyte file exhausts memory.
MAX_SIZE = 50 * 1024 * 1024
PEEK = 8192


def size_limit() -> int:
    """The largest input read, in bytes: ``--max-size`` (via REFGRAPH_MAX_SIZE, so worker
    processes see it too), else MAX_SIZE."""
    import os

    value = os.environ.get("REFGRAPH_MAX_SIZE", "")
    return int(float(value) * 1024 * 1024) if value.replace(".", "", 1).isdigit() else MAX_SIZE


def open_input(target: Path, name: str | None = None, peek: bool = False, max_size: int | None = None) -> bytes:
    """The bytes of an input file (its first 8 KB with ``peek``), or a clear InputError."""
    import stat

    name = name or (SAMPLE_NAME if target == sample_path() else str(target))
    try:
        info = target.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a manuscript file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: not a regular file (a device, pipe or socket); save the manuscript to a file first")
    limit = max_size if max_size is not None else size_limit()
    if info.st_size > limit:
        raise InputError(f"{name}: {info.st_size / 1048576:.3g} MB is over the {limit / 1048576:.3g} MB limit (raise it with --max-size)")
    try:
        with open(target, "rb") as stream:
            data = stream.read(PEEK if peek else limit + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    if not peek and len(data) > limit:
        raise InputError(f"{name}: over the {limit / 1048576:.3g} MB limit (raise it with --max-size)")
    return data


def read_manuscript(path: str | Path | None = None) -> SourceText:
    """The text of a manuscript in any supported format (``None``: the bundled sample)."""
    from .readers import read_document

    return read_document(path).source
