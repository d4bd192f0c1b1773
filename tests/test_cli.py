"""The command line: every command runs on the bundled sample, contracts are stable."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from refgraph.checks import RULES


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "refgraph.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("command", [["bib"], ["references"], ["citations"], ["sources"], ["rules"], ["check", "--exit-zero"], ["--help"]])
def test_every_command_runs_without_arguments(command, tmp_path):
    result = run(*command, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_citations_json_contract():
    payload = json.loads(run("citations", "--format", "json").stdout)
    rows = payload["citations"]
    assert len(rows) == 110
    # The contract only grows: the original fields are all there, with any added ones.
    assert {"line", "column", "text", "references", "claim", "section"} <= set(rows[0])
    assert payload["style"] == "numbered" and rows[0]["works"] == [] and rows[0]["notation"] == "superscript"
    scaling = next(r for r in rows if r["text"] == "35-37")
    assert scaling["references"] == [35, 36, 37]
    assert scaling["claim"].startswith("Activation of extrasynaptic GluN2B-selective NMDA receptors occurs")
    assert scaling["section"].startswith("THE MECHANISM OF ACTION OF KETAMINE AS AN ANTIDEPRESSANT > ")
    assert [(r["line"], r["column"]) for r in rows] == sorted((r["line"], r["column"]) for r in rows)


def test_sources_contract_and_options():
    payload = json.loads(run("sources", "--format", "json").stdout)["sources"]
    assert len(payload) == 115 and set(payload[0]) == {"number", "text", "times_cited", "first_citation", "claims"}
    top = json.loads(run("sources", "--format", "json", "--top", "2").stdout)["sources"]
    assert [s["number"] for s in top] == [28, 35] and top[0]["times_cited"] == 4
    assert json.loads(run("sources", "--format", "json", "--uncited").stdout)["sources"] == []


def test_check_json_contract_and_exit_codes():
    result = run("check", "--format", "json")
    assert result.returncode == 1  # warnings present, default --fail-on warning
    payload = json.loads(result.stdout)
    assert payload["manuscript"] == "ketamine-mdd-review.md"
    assert set(payload["summary"]) >= {"total", "error", "warning", "info"}
    finding = payload["findings"][0]
    assert {"rule", "name", "severity", "message", "references", "line", "column", "suggestion"} <= set(finding)  # grows only
    assert run("check", "--fail-on", "error").returncode == 0
    assert run("check", "--exit-zero").returncode == 0
    assert run("check", "--select", "nonsense-rule").returncode == 2


def test_check_sarif_and_github_formats():
    sarif = json.loads(run("check", "--format", "sarif", "--exit-zero").stdout)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    assert run_["tool"]["driver"]["name"] == "refgraph" and len(run_["tool"]["driver"]["rules"]) == len(RULES)
    assert run_["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] > 0
    github = run("check", "--format", "github", "--exit-zero").stdout.splitlines()
    assert github and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in github)


def test_text_output_is_grouped_by_severity():
    text = run("check", "--exit-zero").stdout
    assert text.index("WARNING (") < text.index("INFO (")
    assert "ketamine-mdd-review.md:258:1: RG201 [author-spelling]" in text


def test_config_from_pyproject_is_found_walking_up(tmp_path, sample_text):
    (tmp_path / "pyproject.toml").write_text('[tool.refgraph]\nignore = ["author-initials", "RG105"]\nfail-on = "error"\n')
    folder = tmp_path / "papers" / "draft"
    folder.mkdir(parents=True)
    (folder / "paper.md").write_text(sample_text)
    result = run("check", folder / "paper.md", "--format", "json")
    assert result.returncode == 0  # fail-on error from the config
    names = {f["name"] for f in json.loads(result.stdout)["findings"]}
    assert "author-initials" not in names and "citation-range" not in names and "author-spelling" in names


def test_several_manuscripts_at_once(tmp_path, sample_text):
    (tmp_path / "a.md").write_text(sample_text)
    (tmp_path / "b.md").write_text(sample_text.replace("Sos et al.<sup>70</sup>", "Sos et al.<sup>71</sup>"))
    payload = json.loads(run("check", tmp_path / "a.md", tmp_path / "b.md", "--format", "json").stdout)
    assert [p["manuscript"] for p in payload] == [str(tmp_path / "a.md"), str(tmp_path / "b.md")]
    assert any(f["name"] == "named-author-mismatch" for f in payload[1]["findings"])


def test_rules_lists_every_rule_with_examples():
    rules = json.loads(run("rules", "--format", "json").stdout)["rules"]
    assert len(rules) == len(RULES) and all(r["bad"] and r["good"] and r["summary"] for r in rules)


def test_graph_command_writes_the_chosen_format(tmp_path):
    for suffix in (".graphml", ".gexf", ".json"):
        assert run("graph", "-o", tmp_path / f"g{suffix}").returncode == 0
        assert (tmp_path / f"g{suffix}").stat().st_size > 1000
    assert run("graph", "-o", tmp_path / "g.txt").returncode == 2


def test_bib_csl_json():
    items = json.loads(run("bib", "--format", "csl-json").stdout)
    assert len(items) == 115


@pytest.mark.parametrize(
    "args, heavy",
    [(["--help"], ("networkx", "pyvis", "bibtexparser", "pysbd", "rapidfuzz")),
     (["check", "--exit-zero"], ("networkx", "pyvis", "bibtexparser", "docx"))],
)
def test_fast_commands_do_not_import_heavy_libraries(args, heavy):
    code = ("import sys; from click.testing import CliRunner; from refgraph.cli import main; "
            f"CliRunner().invoke(main, {args!r}); "
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    assert out == "[]"
