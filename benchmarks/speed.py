"""Time refgraph on the sample and on a synthetic manuscript N times its size.

Run ``python benchmarks/speed.py [--scale 10] [--repeat 3]``. The large manuscript is the
sample's body and reference list repeated, with reference numbers shifted per copy, so
its callouts, authors and claims grow in proportion. Results go to the docs table in
the README (Benchmarks).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def scaled_manuscript(scale: int) -> str:
    from refgraph.read import read_manuscript

    text = read_manuscript().text
    body, refs = text.split("#### REFERENCES")
    entries = [line for line in refs.split("\n") if line.strip()]
    bodies, lists = [], []
    for copy in range(scale):
        shift = copy * 115
        def bump(match, shift=shift):
            return "<sup>" + re.sub(r"\d+", lambda n: str(int(n.group(0)) + shift), match.group(1)) + "</sup>"

        bodies.append(re.sub(r"<sup>([\d,\-–\s]+)</sup>", bump, body if copy == 0 else body.split("## INTRODUCTION", 1)[1]))
        number = shift
        for line in entries:
            match = re.match(r"^\s*(?:-|\d+\.)\s+(.*)$", line)
            if match and not (match.group(1)[:1].islower() or re.match(r"^\d+:|Am J Psychiatry 2018", match.group(1))):
                number += 1
                lists.append(f"{number}. {match.group(1)}")
            elif match:
                lists[-1] += " " + match.group(1)
    return "\n\n## INTRODUCTION\n".join(bodies) + "\n\n## References\n\n" + "\n".join(lists) + "\n"


def timed(command: list[str], repeat: int, cache: str | None = None) -> float:
    """Median wall time; with ``cache`` the runs share that result cache (the first fills it)."""
    runs = []
    env = {**os.environ, "REFGRAPH_CACHE_DIR": cache} if cache else None
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--growth", default="", help="scales for a growth table, e.g. 9,140 (1k and 16k references)")
    args = parser.parse_args(argv)
    if args.growth:
        return growth([int(s) for s in args.growth.split(",")])
    cli = [sys.executable, "-m", "refgraph.cli"]
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / f"sample-x{args.scale}.md"
        big.write_text(scaled_manuscript(args.scale), encoding="utf-8")
        rows = [
            ("`refgraph --help`", timed(cli + ["--help"], args.repeat)),
            ("`refgraph check` (sample: 115 refs, 110 callouts)", timed(cli + ["check", "--exit-zero", "--no-cache"], args.repeat)),
            ("`refgraph report` (sample)", timed(cli + ["report", "-o", f"{folder}/out1", "--bib", f"{folder}/a.bib", "--exit-zero", "--force"], args.repeat)),
            (f"`refgraph check` (sample x{args.scale}: {115 * args.scale} refs)", timed(cli + ["check", str(big), "--exit-zero", "--no-cache"], args.repeat)),
            (f"`refgraph check` (sample x{args.scale}, unchanged: from the cache)",
             timed(cli + ["check", str(big), "--exit-zero"], args.repeat, cache=f"{folder}/cache")),
            (f"`refgraph report` (sample x{args.scale})", timed(cli + ["report", str(big), "-o", f"{folder}/out2", "--bib", f"{folder}/b.bib", "--exit-zero", "--force"], args.repeat)),
        ]
    print("| command | median seconds |")
    print("|---|---|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.2f} |")
    return 0


def growth(scales: list[int]) -> int:
    """check and report at each scale (one run each, smallest first), with the peak
    memory of the largest process so far and the growth exponent between the ends."""
    import math
    import resource

    cli = [sys.executable, "-m", "refgraph.cli"]
    print("| references | `check` seconds | `report` seconds | peak memory (MB) |\n|---|---|---|---|")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in sorted(scales):
            paper = Path(folder) / f"x{scale}.md"
            paper.write_text(scaled_manuscript(scale), encoding="utf-8")
            check = timed(cli + ["check", str(paper), "--exit-zero", "--no-cache"], 1)
            report = timed(cli + ["report", str(paper), "-o", f"{folder}/o{scale}", "--bib", f"{folder}/{scale}.bib",
                                  "--exit-zero", "--force"], 1)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            times.append((115 * scale, check, report))
            print(f"| {115 * scale} | {check:.1f} | {report:.1f} | {peak:.0f} |", flush=True)
    (n1, c1, r1), (n2, c2, r2) = times[0], times[-1]
    k = lambda a, b: math.log(b / a) / math.log(n2 / n1)
    print(f"\ngrowth exponent from {n1} to {n2} references: check {k(c1, c2):.2f}, report {k(r1, r2):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
