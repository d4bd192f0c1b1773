"""``[tool.refgraph]`` in the nearest pyproject.toml, walking up from the manuscript."""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    overcited_factor: float = 5.0  # times the median citations of cited references
    overcited_min: int = 8  # never flag fewer callouts than this
    section_share: float = 0.5  # one source carrying more than this share of a section
    section_min: int = 4
    et_al_threshold: int = 0  # 0: learn the list's own convention (Vancouver: 6)
    source: str = ""  # the pyproject.toml the values came from

    def with_overrides(self, **values) -> "Config":
        return replace(self, **{k: v for k, v in values.items() if v not in (None, (), "")})


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
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("refgraph", {})
    except (OSError, tomllib.TOMLDecodeError):
        return Config()
    known = {f for f in Config.__dataclass_fields__ if f != "source"}
    values = {k.replace("-", "_"): v for k, v in data.items() if k.replace("-", "_") in known}
    for key in ("select", "ignore"):
        if key in values:
            values[key] = tuple(values[key])
    return Config(source=str(path), **values)
