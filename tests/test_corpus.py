"""Many manuscripts: the corpus graph and its tables, and the same results on every engine."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CORPUS, needs_corpus

DEV = CORPUS.parent / "corpus-dev" / "cases"
pytest.importorskip("pyarrow")


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "refgraph.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@needs_corpus()
def test_corpus_finds_works_cited_by_several_articles_and_writes_parquet(tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "corpus"
    result = run("corpus", CORPUS / "cases", DEV, "-o", out, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    shared = {(w["first_author"], w["year"]): w["cited_by"] for w in report["shared_works"]}
    lozier = shared[("Lozier MS", "2019")]  # one work, printed in two house styles
    assert [name.split("/")[-2] for name in lozier] == ["natcommun_2024_51777", "sciadv_2024_adr3243"]
    top = report["shared_sources"][0]
    assert [name.split("/")[-2] for name in top["manuscripts"]] == ["natcommun_2024_51777", "sciadv_2024_adr3243"]
    # The pair's count is the number of shared works that both of them cite (Lozier, Weijer,
    # Liu and Chafik when each of their entries parses the same in the two house styles).
    assert top["works"] == sum(set(top["manuscripts"]) <= set(w["cited_by"]) for w in report["shared_works"]) >= 3
    manuscripts = pq.read_table(out / "manuscripts.parquet").to_pydict()
    citations = pq.read_table(out / "citations.parquet").to_pydict()
    works = pq.read_table(out / "works.parquet").to_pydict()
    assert len(manuscripts["manuscript"]) == 29 and len(citations["work"]) == sum(manuscripts["references"])
    assert len(works["work"]) == report["works"] == len(set(citations["work"]))
    assert max(works["cited_by"]) == 2
    assert (out / "corpus.graphml").read_text().count('<node id="m:') == 29


def test_corpus_runs_on_the_sample_without_arguments(tmp_path):
    result = run("corpus", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "output" / "corpus" / "corpus.json").read_text())["works"] == 115


@needs_corpus()
def test_dask_gives_the_local_results_byte_for_byte(tmp_path):
    pytest.importorskip("distributed")
    inputs = [CORPUS / "cases", DEV, tmp_path / "sample.md"]
    from refgraph.read import sample_path

    (tmp_path / "sample.md").write_bytes(sample_path().read_bytes())
    local = run("check", *inputs, "--format", "json", "--exit-zero", "-j", "2")
    dask = run("check", *inputs, "--format", "json", "--exit-zero", "--engine", "dask", "-j", "2")
    assert local.returncode == dask.returncode == 0, dask.stderr
    assert local.stdout == dask.stdout and len(json.loads(local.stdout)) == 30
    for engine in ("local", "dask"):
        assert run("corpus", *inputs, "-o", tmp_path / engine, "--engine", engine, "-j", "2").returncode == 0
    for name in ("corpus.json", "corpus.graphml", "works.parquet", "citations.parquet", "manuscripts.parquet"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
