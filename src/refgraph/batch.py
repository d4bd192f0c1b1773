"""Many manuscripts, like a linter: files, folders and globs; each result on its own.

An unreadable file becomes a finding (``RG000 unreadable-input``, like flake8's E902) and
the others are still checked; refgraph's own failures name the file and the stage. Files
are checked in parallel across cores and results arrive in input order.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

from .checks.model import INPUT_RULE
from .errors import InputError, InternalError

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".docx", ".pdf", ".tex", ".xml", ".nxml", ".bib")


@dataclass(frozen=True)
class FileResult:
    """One manuscript's outcome: its findings and summary, or why it could not be read."""

    name: str
    findings: tuple = ()  # Finding, in line and column order
    summary: dict = field(default_factory=dict)
    internal: str = ""  # an internal error's one-line description
    traceback: str = ""
    fail_on: str = "warning"  # the lowest failing severity, from this file's configuration

    @property
    def unreadable(self) -> bool:
        return any(f.rule == INPUT_RULE.code for f in self.findings)


def expand(arguments: tuple[str, ...]) -> list[str]:
    """Files named, folders walked (manuscripts only), globs expanded; order kept, no repeats."""
    found: list[str] = []
    for argument in arguments:
        text = str(argument)
        if text == "-":
            found.append(text)
        elif any(ch in text for ch in "*?[") and not Path(text).exists():
            found.extend(sorted(glob.glob(text, recursive=True)) or [text])
        elif Path(text).is_dir():
            inside = []
            for root, dirs, files in os.walk(text):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                inside.extend(str(Path(root) / f) for f in sorted(files) if f.lower().endswith(SUFFIXES) and not f.startswith("."))
            found.extend(inside or [text])  # an empty folder is reported, not silently skipped
        else:
            found.append(text)
    return list(dict.fromkeys(found))


def unreadable(name: str, message: str) -> FileResult:
    return FileResult(name=name, findings=(INPUT_RULE.finding(1, 1, message),))


def check_one(path: str | None, overrides: dict, fmt: str | None = None, display: str | None = None,
              verbose: bool = False, config_from: str | None = None, on_stage=None, cache: bool = False) -> FileResult:
    """Read, analyse and check one manuscript; never raises for a bad input. With
    ``cache``, an unchanged file with the same configuration is not analysed again."""
    import traceback

    from . import cache as results_cache
    from .checks.config import load_config
    from .read import SAMPLE_NAME

    name = display or (path if path is not None else SAMPLE_NAME)
    stage = "reading the configuration"
    if on_stage is None:
        on_stage = lambda stage: None  # noqa: E731
    try:
        origin = config_from or path
        config = load_config(Path(origin) if origin else None).with_overrides(**overrides)
        key = results_cache.key_for(path, fmt, name, config) if cache else None
        cached = results_cache.load(key, name) if key else None
        if cached is not None:
            return cached
        # (Imported only now: an unchanged manuscript never loads the parser and the rules.)
        from .checks import run_checks
        from .pipeline import analyse_document
        from .readers import read_document

        stage = "reading the manuscript"
        on_stage(stage)
        document = read_document(path, fmt)
        stage = "analysing the manuscript"
        on_stage(stage)
        analysis = analyse_document(document)
        stage = "running the checks"
        on_stage(stage)
        findings = tuple(run_checks(analysis, config))
    except InputError as error:
        message = str(error)
        for prefix in (str(path) if path else "", name):
            if prefix and message.startswith(prefix + ":"):
                message = message[len(prefix) + 1:].lstrip()
                break
        return unreadable(name, message)
    except Exception as error:  # refgraph's fault, not the input's: say so, with the stage
        internal = InternalError(name, stage, error)
        return FileResult(name=name, internal=str(internal), traceback=traceback.format_exc() if verbose else "")
    result = FileResult(name=name, findings=findings, summary=describe(analysis), fail_on=config.fail_on)
    if key:
        results_cache.store(key, result)
    return result


def describe(analysis) -> dict:
    """What was read, for a result's summary (the finding counts are added when rendered)."""
    return {"references": len(analysis.references), "callouts": len(analysis.callouts),
            "claims": len(analysis.claims), "style": analysis.style, "format": analysis.format}


def check_many(paths: list[str | None], overrides: dict, fmt: str | None = None, jobs: int = 1,
               verbose: bool = False, names: dict | None = None, config_from: dict | None = None,
               engine: str = "local", scheduler: str | None = None, cache: bool = False):
    """Results in input order, from any engine (see :mod:`refgraph.engines`)."""
    from .engines import run_each

    names, config_from = names or {}, config_from or {}
    arguments = [(path, overrides, fmt, names.get(path), verbose, config_from.get(path), None, cache) for path in paths]
    yield from run_each(check_one, arguments, engine, jobs, scheduler, on_failure=_worker_failed)


def _worker_failed(argument, error) -> FileResult:
    path, _, _, display = argument[:4]
    name = display or str(path)
    return FileResult(name=name, internal=f"{name}: internal error while checking in a worker: {type(error).__name__}: {error}")
