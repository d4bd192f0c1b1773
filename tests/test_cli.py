"""The command line: every command runs on the bundled sample, contracts are stable."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from refgraph.checks import RULES
from sarif_model import problems as sarif_problems


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
    assert sarif_problems(sarif) == []
    run_ = sarif["runs"][0]
    assert run_["tool"]["driver"]["name"] == "refgraph" and len(run_["tool"]["driver"]["rules"]) == len(RULES) + 1  # + RG000
    assert run_["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] > 0
    github = run("check", "--format", "github", "--exit-zero").stdout.splitlines()
    assert github and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in github)


def test_text_output_is_one_sorted_line_per_finding():
    lines = run("check", "--exit-zero").stdout.splitlines()
    assert "ketamine-mdd-review.md:258:7: RG201 [author-spelling]" in "\n".join(lines)
    places = [tuple(map(int, line.split(":")[1:3])) for line in lines[:-1]]
    assert places == sorted(places) and all(line.startswith("ketamine-mdd-review.md:") for line in lines[:-1])
    assert lines[-1] == "Found 23 findings (16 warnings, 7 info) in 1 file."
    assert "\x1b[" not in "".join(lines)  # no colour in a pipe
    coloured = run("check", "--exit-zero", "--color", "always").stdout
    assert "\x1b[" in coloured


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
    assert len(rules) == len(RULES) + 1 and all(r["bad"] and r["good"] and r["summary"] for r in rules)
    assert rules[0]["code"] == "RG000" and rules[0]["name"] == "unreadable-input"


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


# --- many files, like a linter ---------------------------------------------------------

def test_a_missing_file_is_a_finding_and_the_others_are_still_checked(tmp_path, sample_text):
    (tmp_path / "a.md").write_text(sample_text)
    result = run("check", tmp_path / "a.md", tmp_path / "missing.md", "--format", "json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"refgraph: error: {tmp_path / 'missing.md'}: no such file"]
    checked, missing = json.loads(result.stdout)
    assert checked["summary"]["warning"] > 0
    assert [(f["rule"], f["name"], f["message"]) for f in missing["findings"]] == [("RG000", "unreadable-input", "no such file")]


def test_fail_on_applies_to_every_file_whatever_the_order(tmp_path, sample_text):
    (tmp_path / "pyproject.toml").write_text('[tool.refgraph]\nselect = ["RG101"]\n')  # numbering only: the sample is clean
    (tmp_path / "quiet.md").write_text(sample_text)
    (tmp_path / "warned.md").write_text(sample_text.replace("  40. Boulos LJ", "  41. Boulos LJ"))
    assert run("check", tmp_path / "quiet.md").returncode == 0
    forward = run("check", tmp_path / "warned.md", tmp_path / "quiet.md")
    backward = run("check", tmp_path / "quiet.md", tmp_path / "warned.md")
    assert forward.returncode == backward.returncode == 1, (forward.stdout, backward.stdout)


def test_folders_and_globs_expand_to_manuscripts(tmp_path, sample_text):
    folder = tmp_path / "papers"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.md").write_text(sample_text)
    (folder / "sub" / "two.md").write_text(sample_text)
    (folder / "notes.png").write_bytes(b"\x89PNG")
    payload = json.loads(run("check", folder, "--format", "json", "--exit-zero").stdout)
    assert [p["manuscript"] for p in payload] == [str(folder / "one.md"), str(folder / "sub" / "two.md")]
    globbed = json.loads(run("check", str(folder / "**" / "*.md"), "--format", "json", "--exit-zero").stdout)
    assert {p["manuscript"] for p in globbed} == {str(folder / "one.md"), str(folder / "sub" / "two.md")}


def test_stdin_with_a_filename(tmp_path, sample_text):
    (tmp_path / "pyproject.toml").write_text('[tool.refgraph]\nselect = ["author-spelling"]\n')
    result = subprocess.run([sys.executable, "-m", "refgraph.cli", "check", "-", "--stdin-filename", str(tmp_path / "draft.md"),
                             "--format", "json"], input=sample_text, capture_output=True, text=True)
    payload = json.loads(result.stdout)
    assert payload["manuscript"] == str(tmp_path / "draft.md")
    assert {f["name"] for f in payload["findings"]} == {"author-spelling"}  # the configuration beside the named file
    empty = subprocess.run([sys.executable, "-m", "refgraph.cli", "check", "-"], input="", capture_output=True, text=True)
    assert empty.returncode == 2 and "empty" in empty.stderr


def test_version_flag():
    from refgraph import __version__

    for flag in ("-V", "--version"):
        assert __version__ in run(flag).stdout


@pytest.mark.parametrize(
    "config, message",
    [('select = "RG1"', "'select' must be a list"),
     ('fail-on = "loud"', "'fail-on' must be one of error, warning, info"),
     ('colour = "red"', "unknown key 'colour'"),
     ('ignore = ["RG999"]', "unknown rule 'RG999'"),
     ('overcited-min = "4"', "'overcited-min' must be a number"),
     ("select = [", "not valid TOML")],
)
def test_bad_configuration_is_one_clear_line(tmp_path, sample_text, config, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.refgraph]\n{config}\n")
    (tmp_path / "paper.md").write_text(sample_text)
    for command in ("check", "report"):
        result = run(command, tmp_path / "paper.md", cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and "pyproject.toml" in lines[0], lines
    assert not (tmp_path / "output").exists()


def test_an_internal_error_is_not_called_bad_input(tmp_path, sample_text):
    """A failure inside refgraph names the file and stage and exits 3, traceback on request."""
    (tmp_path / "paper.md").write_text(sample_text)
    code = ("import sys, refgraph.checks.run as r; from refgraph.cli import main\n"
            "def broken(*a, **k): raise ValueError('boom')\n"
            "r.run_checks = broken; import refgraph.checks as c; c.run_checks = broken\n"
            "sys.argv = ['refgraph', 'check', sys.argv[1]] + sys.argv[2:]; main()")
    quiet = subprocess.run([sys.executable, "-c", code, str(tmp_path / "paper.md")], capture_output=True, text=True)
    assert quiet.returncode == 3
    assert "internal error while running the checks: ValueError: boom" in quiet.stderr and "Traceback" not in quiet.stderr
    loud = subprocess.run([sys.executable, "-c", code, str(tmp_path / "paper.md"), "--verbose"], capture_output=True, text=True)
    assert loud.returncode == 3 and "Traceback" in loud.stderr


# --- report: never lose the user's work ------------------------------------------------

def test_report_keeps_a_refs_bib_it_did_not_write(tmp_path):
    own = tmp_path / "refs.bib"
    own.write_text("@article{mine, title={My own library}}\n")
    refused = run("report", cwd=tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stderr and "refs.bib" in refused.stderr
    assert own.read_text() == "@article{mine, title={My own library}}\n" and not (tmp_path / "output" / "report.html").exists()
    forced = run("report", "--force", "--exit-zero", cwd=tmp_path)
    assert forced.returncode == 0 and sum(line.startswith("@") for line in own.read_text().splitlines()) == 115


def test_report_rewrites_its_own_files_but_not_edited_ones(tmp_path):
    first = run("report", "--exit-zero", cwd=tmp_path)
    assert first.returncode == 0
    assert first.stderr.strip().splitlines()[-1] == ("ketamine-mdd-review.md: 23 findings (16 warnings, 7 info); "
                                                     "wrote refs.bib and 7 files in output/")
    before = {p.name: p.read_bytes() for p in (tmp_path / "output").iterdir()}
    assert run("report", "--exit-zero", cwd=tmp_path).returncode == 0  # its own files: replaced silently
    assert {p.name: p.read_bytes() for p in (tmp_path / "output").iterdir()} == before  # byte-identical
    page = tmp_path / "output" / "report.html"
    page.write_text(page.read_text() + "<!-- my notes -->")
    assert run("report", "--exit-zero", cwd=tmp_path).returncode == 2
    assert page.read_text().endswith("<!-- my notes -->")


def test_report_exit_status_follows_fail_on(tmp_path):
    assert run("report", cwd=tmp_path).returncode == 1  # the sample has warnings
    assert run("report", "--fail-on", "error", cwd=tmp_path).returncode == 0
    assert run("report", "--exit-zero", cwd=tmp_path).returncode == 0


def test_jsonl_streams_one_line_per_file(tmp_path, sample_text):
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(sample_text)
    result = run("check", tmp_path, "--format", "jsonl", "--exit-zero")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["manuscript"] for line in lines] == [str(tmp_path / n) for n in ("a.md", "b.md", "c.md")]
    assert all(json.loads(line)["summary"]["total"] == 23 for line in lines)
    combined = json.loads(run("check", tmp_path, "--format", "sarif", "--exit-zero").stdout)
    assert sarif_problems(combined) == [] and len(combined["runs"][0]["results"]) == 3 * 23


def test_check_reuses_an_unchanged_files_result_and_only_that(tmp_path, sample_text):
    import os

    cache = tmp_path / "cache"
    env = {**os.environ, "REFGRAPH_CACHE_DIR": str(cache)}
    paper = tmp_path / "paper.md"
    paper.write_text(sample_text, encoding="utf-8")
    run = lambda *extra: subprocess.run([sys.executable, "-m", "refgraph.cli", "check", str(paper), "--format", "json", *extra],  # noqa: E731
                                        capture_output=True, text=True, env=env)
    first = run()
    entries = sorted(cache.rglob("*.json"))
    assert first.returncode == 1 and len(entries) == 1
    # A result served from the cache is the result: byte for byte.
    assert run().stdout == first.stdout
    # It really is served from the cache: a doctored entry comes back (and a damaged one is a miss).
    doctored = json.loads(entries[0].read_text(encoding="utf-8"))
    doctored["findings"] = doctored["findings"][:1]
    entries[0].write_text(json.dumps(doctored), encoding="utf-8")
    assert len(json.loads(run().stdout)["findings"]) == 1
    entries[0].write_text("{not json", encoding="utf-8")
    assert run().stdout == first.stdout
    # An edit, another configuration or --no-cache is analysed afresh.
    paper.write_text(sample_text.replace("Murrrough", "Murrough"), encoding="utf-8")
    edited = run()
    assert edited.stdout != first.stdout and len(list(cache.rglob("*.json"))) == 2
    assert run("--select", "RG201").stdout != edited.stdout and len(list(cache.rglob("*.json"))) == 3
    entries = list(cache.rglob("*.json"))
    assert run("--no-cache").stdout == edited.stdout and len(list(cache.rglob("*.json"))) == len(entries)


def test_a_cached_result_loads_neither_the_parser_nor_the_rules(tmp_path):
    """The bundled sample is cached like any file, and a result served from the cache
    never imports the reference parser or the rules (what makes a repeated check fast)."""
    import os

    env = {**os.environ, "REFGRAPH_CACHE_DIR": str(tmp_path / "cache")}
    code = ("import sys; from refgraph.cli import main\n"
            "try:\n    main(['check', '--format', 'json'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('refgraph.references', 'refgraph.checks.r'))), file=sys.stderr)")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    assert second.stdout == first.stdout and json.loads(second.stdout)["summary"]["references"] == 115
    assert "refgraph.references.parse" in first.stderr and "refgraph.checks.registry" in first.stderr
    assert second.stderr.strip() == "[]", second.stderr


def test_a_second_report_into_another_folder_replaces_the_refs_bib_refgraph_wrote(tmp_path, sample_text):
    assert run("report", "--exit-zero", cwd=tmp_path).returncode == 0
    (tmp_path / "revised.md").write_text(sample_text.replace("*Psychol Med* 2013;43:471-481.", "*Psychol Med* 2014;43:471-481."))
    second = run("report", "revised.md", "--exit-zero", "-o", "other", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    (tmp_path / "refs.bib").write_text("@article{mine, title={Edited by hand}}\n")  # now the user's
    third = run("report", "revised.md", "--exit-zero", "-o", "third", cwd=tmp_path)
    assert third.returncode == 2 and "refs.bib" in third.stderr


@pytest.mark.parametrize("command", [["citations"], ["references", "--format", "json"]])
def test_a_reader_that_stops_reading_is_no_failure(command):
    """"refgraph citations | head -1": the pipe closes early; no "internal error", status 141.
    The reader leaves before refgraph writes: a reader that leaves later may find the
    whole output already in the pipe's buffer, and then exit 0 is right (the test was
    flaky that way)."""
    process = subprocess.Popen([sys.executable, "-m", "refgraph.cli", *command], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.close()
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 141, errors
    assert b"error" not in errors
