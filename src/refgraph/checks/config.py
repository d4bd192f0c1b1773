"""``[tool.refgraph]`` in the nearest pyproject.toml, walking up from the manuscript.

Every value is validated: an unknown key, a wrong type or a malformed file is one clear
error (exit 2), never a silently different configuration.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SEVERITY_LEVELS = ("error", "warning", "info")


class ConfigError(InputError):
    """A [tool.refgraph] value refgraph cannot use."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    overcited_factor: float = 3.5  # robust z-score above which a source counts as cited too often
    overcited_min: int = 4  # never flag a source cited fewer times than this
    section_share: float = 0.5  # one source carrying more than this share of a section…
    section_min: int = 4  # …with at least this many callouts
    stack_min: int = 8  # a callout of this many references is a long stack…
    et_al_threshold: int = 0  # 0: learn the list's convention (Vancouver: 6)
    source: str = ""  # the pyproject.toml the values came from

    def with_overrides(self, **values) -> "Config":
        return replace(self, **{k: v for k, v in values.items() if v not in (None, (), "")})


_TYPES = {"select": list, "ignore": list, "fail_on": str, "overcited_factor": (int, float), "overcited_min": int,
          "section_share": (int, float), "section_min": int, "stack_min": int, "et_al_threshold": int}


def find_pyproject(start: Path) -> Path | None:
    directory = start if start.is_dir() else start.parent
    for folder in [directory, *directory.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(manuscript: Path | None) -> Config:
    """Read ``[tool.refgraph]``; a missing or section-less pyproject gives the defaults."""
    if manuscript is None:
        return Config()
    path = find_pyproject(Path(manuscript).resolve())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read ({error})") from None
    section = data.get("tool", {}).get("refgraph", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.refgraph] must be a table")
    return Config(source=str(path), **validate(section, str(path)))


def validate(section: dict, where: str = "[tool.refgraph]") -> dict:
    """Keys in kebab-case or snake_case, each of the right type; raises ConfigError."""
    from .registry import rules_matching

    known = {f.name for f in fields(Config) if f.name != "source"}
    values = {}
    for key, value in section.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(f"{where}: unknown key '{key}' in [tool.refgraph] (known: {', '.join(sorted(k.replace('_', '-') for k in known))})")
        expected = _TYPES[name]
        if isinstance(value, bool) or not isinstance(value, expected):
            kind = "a list of rule codes or names" if expected is list else "a number" if expected in ((int, float), int) else "a string"
            raise ConfigError(f"{where}: '{key}' must be {kind}, not {type(value).__name__} {value!r}")
        if expected is list:
            if not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{where}: '{key}' must list rule codes or names as strings")
            for item in value:
                if not rules_matching(item):
                    raise ConfigError(f"{where}: '{key}' names an unknown rule '{item}' (see 'refgraph rules')")
            value = tuple(value)
        if name == "fail_on" and value not in SEVERITY_LEVELS:
            raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITY_LEVELS)}, not {value!r}")
        if expected != list and name != "fail_on" and value < 0:
            raise ConfigError(f"{where}: '{key}' must not be negative")
        values[name] = value
    return values
