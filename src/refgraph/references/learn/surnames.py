"""The frequent surnames the author rules weigh: ``python -m refgraph.references.learn.surnames``.

From the US Census Bureau's 1990 name frequency study (public domain), as the ``names``
package ships it (``pip install names``; needed only to rebuild the list): every surname
found in at least 0.003% of the population, lower-cased and sorted, one per line.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .train import PACKAGE_DATA

SURNAMES_NAME = "us-census-1990-surnames.txt"
_HEADER = "# US Census 1990 surnames with at least 0.003% of the population (public domain; see NOTICE.md)"


def frequent_surnames(table: Path, share: float = 0.003) -> list[str]:
    """The surnames of ``dist.all.last`` (name, percent, cumulative percent, rank) at or
    above ``share`` percent."""
    names = []
    for line in table.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) == 4 and float(fields[1]) >= share:
            names.append(fields[0].lower())
    return sorted(names)


def main() -> int:
    import names

    surnames = frequent_surnames(Path(names.__file__).parent / "dist.all.last")
    path = PACKAGE_DATA / SURNAMES_NAME
    path.write_text("\n".join([_HEADER, *surnames]) + "\n", encoding="utf-8")
    print(f"{len(surnames)} surnames → {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
