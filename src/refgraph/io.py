"""Writing outputs atomically: a reader never sees a half-written file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path, text: str) -> None:
    from .errors import OutputError

    try:
        _atomic_write(Path(path), text)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = _stage(target, text.encode("utf-8"))
    try:
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# The mark refgraph leaves on what it writes: a manifest of each file's SHA-256. A file may
# be replaced only when it is still exactly what refgraph wrote (or what it would write
# now); anything else — the author's own refs.bib, or refgraph's output edited by hand —
# is kept unless the user passes --force.
MANIFEST = ".refgraph-manifest.json"


class WouldOverwrite(Exception):
    def __init__(self, paths):
        self.paths = paths
        names = ", ".join(str(p) for p in paths)
        super().__init__(f"would overwrite {names}, not written by refgraph (or edited since); "
                         "use --force to replace, or -o/--bib to write elsewhere")


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _manifest(folder: Path) -> dict:
    import json

    try:
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return files if isinstance(files, dict) else {}


def _recorded_beside(path: Path) -> bool:
    """Whether another refgraph output folder beside ``path`` recorded it as it is now: a
    second report with ``-o other`` may replace the refs.bib the first one wrote."""
    digest = None
    try:
        folders = [child for child in path.parent.iterdir() if (child / MANIFEST).is_file()][:50]
    except OSError:
        return False
    for child in sorted(folders):
        recorded = _manifest(child).get(os.path.relpath(path, child).replace(os.sep, "/"))
        if recorded:
            digest = digest or _digest(path.read_bytes())
            if recorded == digest:
                return True
    return False


def write_output_set(files: dict, folder: Path, force: bool = False) -> None:
    """Write every file of one run, or none: all are staged first, then moved into place.

    ``files`` maps each target path to its text (or bytes); ``folder`` holds the manifest. A lock on
    the folder keeps two runs from mixing their outputs.
    """
    from .errors import OutputError

    try:
        _write_output_set(files, Path(folder), force)
    except OSError as error:
        raise OutputError(f"cannot write to {getattr(error, 'filename', None) or folder}: {error.strerror or error}") from None


def _write_output_set(files: dict, folder: Path, force: bool) -> None:
    import json

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    encoded = {Path(path): text if isinstance(text, bytes) else text.encode("utf-8") for path, text in files.items()}
    with _locked(folder):
        for path in [*encoded, folder / MANIFEST]:
            _remove_stale_stages(Path(path))
        known = _manifest(folder)
        record = {os.path.relpath(path, folder).replace(os.sep, "/"): _digest(data) for path, data in encoded.items()}
        if not force:
            blocked = []
            for path, data in encoded.items():
                key = os.path.relpath(path, folder).replace(os.sep, "/")
                if (path.is_file() and path.read_bytes() != data and known.get(key) != _digest(path.read_bytes())
                        and not _recorded_beside(path)):
                    blocked.append(path)
                elif path.exists() and not path.is_file():
                    blocked.append(path)
            if blocked:
                raise WouldOverwrite(blocked)
        staged = []
        try:
            for path, data in encoded.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                staged.append((_stage(path, data), path))
            manifest = json.dumps({"generator": "refgraph", "files": {**known, **record}}, indent=1, sort_keys=True) + "\n"
            staged.append((_stage(folder / MANIFEST, manifest.encode("utf-8")), folder / MANIFEST))
        except BaseException:
            for temporary, _ in staged:
                Path(temporary).unlink(missing_ok=True)
            raise
        with _signals_deferred():  # renames only, and not interrupted: the set is all old or all new
            for temporary, path in staged:
                os.replace(temporary, path)


def _remove_stale_stages(target: Path) -> None:
    """Staged copies of ``target`` a killed run left behind (``.refs.bib.k3j9x2ab.tmp``);
    under the lock no other run is staging. Nothing else is touched."""
    import re

    pattern = re.compile(re.escape(f".{target.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
    if target.parent.is_dir():
        for leftover in target.parent.glob(f".{target.name}.*.tmp"):
            if pattern.fullmatch(leftover.name) and leftover.is_file():
                leftover.unlink(missing_ok=True)


def _stage(target: Path, data: bytes) -> str:
    """``data`` in a hidden file beside ``target`` (same filesystem: renaming is atomic)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary files
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


class _locked:
    """An exclusive lock on the folder itself for one run, so no lock file is left behind
    (advisory; a no-op where flock or directory handles are missing)."""

    def __init__(self, folder: Path):
        self.folder, self.handle = Path(folder), None

    def __enter__(self):

        try:
            import fcntl

            self.handle = os.open(self.folder, os.O_RDONLY)
            fcntl.flock(self.handle, fcntl.LOCK_EX)
        except (ImportError, OSError):  # pragma: no cover - Windows
            pass
        return self

    def __exit__(self, *exc):

        if self.handle is not None:
            os.close(self.handle)


class _signals_deferred:
    """Hold SIGINT and SIGTERM while the staged files are renamed into place (a few
    microseconds), then deliver them: an interrupted run never leaves a mixed set."""

    SIGNALS = ("SIGINT", "SIGTERM")

    def __enter__(self):
        import signal
        import threading

        self.received, self.previous = [], {}
        if threading.current_thread() is not threading.main_thread():
            return self  # only the main thread may set handlers; workers are not signalled
        for name in self.SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self.previous[number] = signal.signal(number, lambda sig, frame: self.received.append(sig))
        return self

    def __exit__(self, *exc):
        import signal

        for number, handler in self.previous.items():
            signal.signal(number, handler)
        for number in self.received:
            os.kill(os.getpid(), number)
