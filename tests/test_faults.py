"""An interrupted report leaves the output set all old or all new, with nothing staged left."""
from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path


def _report(manuscript: Path, folder: Path):
    return [sys.executable, "-m", "refgraph.cli", "report", str(manuscript), "-o", str(folder / "out"),
            "--bib", str(folder / "out" / "refs.bib"), "--exit-zero"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "out").iterdir()) if p.is_file()}


def test_interrupted_report_is_all_old_or_all_new(tmp_path, sample_text):
    old_text = tmp_path / "old.md"
    new_text = tmp_path / "new.md"
    old_text.write_text(sample_text)
    new_text.write_text(sample_text.replace("Sutton MA, Ito HT", "Suton MA, Ito HT", 1))
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    subprocess.run(_report(old_text, old_dir), check=True, capture_output=True)
    subprocess.run(_report(old_text, new_dir), check=True, capture_output=True)
    subprocess.run(_report(new_text, new_dir), check=True, capture_output=True)
    old, new = _snapshot(old_dir), _snapshot(new_dir)
    names = set(old) - {".refgraph-manifest.json"}
    assert all(old[n] != new[n] for n in ("refs.bib", "report.html", "findings.json"))
    rng = random.Random(7)
    outcomes = set()
    for trial in range(8):
        work = tmp_path / f"trial{trial}"
        shutil.copytree(old_dir, work)
        process = subprocess.Popen(_report(new_text, work), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        now = _snapshot(work)
        state = {"old" if now[n] == old[n] else "new" if now[n] == new[n] else "other" for n in names}
        assert len(state) == 1 and "other" not in state, (trial, state)
        outcomes |= state
        assert not [p.name for p in (work / "out").iterdir() if p.name.endswith(".tmp")], trial
    assert outcomes  # at least one trial ran to an outcome (typically both old and new occur)
