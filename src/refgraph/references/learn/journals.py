"""Build the bundled journal list: ``python -m refgraph.references.learn.journals DIR``.

DIR is the ``journals/`` folder of a checkout of https://github.com/JabRef/abbrv.jabref.org
(CC0 1.0; the bundled list was built from commit
a6879a86014356ced6b1b705f5ee24eb1d173950). Every CSV row gives a journal's full title and
its abbreviations; each is written in :func:`refgraph.references.journals.journal_key`
form, one per line, sorted, gzipped with no timestamp, so the same lists give the same
bytes.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from ..journals import LIST_NAME, journal_key
from .train import write_list


def journal_keys(folder: Path) -> list[str]:
    keys: set[str] = set()
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for name in row[:3]:  # title, abbreviation, shortest abbreviation
                    name = name.strip().strip('"')
                    if name and not name.startswith("#"):  # (IEEE's BibTeX string names)
                        key = journal_key(name)
                        if len(key) >= 2:
                            keys.add(key)
    return sorted(keys)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    write_list(LIST_NAME, journal_keys(Path(args[0])), "journal names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
