"""The ``refgraph`` command line: a thin layer over the library (imports stay lazy)."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

MANUSCRIPT = click.argument("manuscript", required=False, type=click.Path(dir_okay=True, path_type=Path))
FROM = click.option("--from", "fmt", type=click.Choice(["markdown", "text", "docx", "pdf", "latex", "jats", "bibtex"]),
                    default=None, help="Read the input as this format (default: from its content and suffix).")


def handles_input_errors(function):
    """Bad input → one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        from .errors import InputError

        try:
            return function(*args, **kwargs)
        except InputError as error:
            click.echo(f"refgraph: error: {error}", err=True)
            sys.exit(2)
        except (OSError, ValueError) as error:
            click.echo(f"refgraph: error: {error}", err=True)
            sys.exit(2)

    return wrapper


def _analyse(manuscript, fmt=None):
    from .pipeline import analyse

    return analyse(manuscript, fmt)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        from .io import atomic_write

        atomic_write(output, text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="refgraph")
def main():
    """Check the references of a manuscript with numbered citations, and link claims to sources.

    Every command takes an optional MANUSCRIPT (Markdown, plain text or .docx); without one it
    runs on the bundled sample (Shin & Kim, Psychiatry Investig 2020, CC BY-NC 4.0).
    """


@main.command()
@MANUSCRIPT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--format", "out_fmt", type=click.Choice(["bibtex", "csl-json"]), default="bibtex", show_default=True)
@FROM
@handles_input_errors
def bib(manuscript, output, out_fmt, fmt):
    """Parse the reference list into BibTeX (or CSL-JSON)."""
    from .pipeline import read_references

    references = read_references(manuscript, fmt)
    if out_fmt == "bibtex":
        from .exports.bibtex import to_bibtex

        text = to_bibtex(references)
    else:
        from .exports.csl import to_csl_json

        text = to_csl_json(references)
    _emit(text, output)
    for ref in references.failed:
        click.echo(f"refgraph: warning: reference {ref.number} (line {ref.line}) could not be parsed: {ref.error}", err=True)


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@FROM
@handles_input_errors
def references(manuscript, out_fmt, fmt):
    """List the parsed references with every field."""
    from .contracts import references_payload

    analysis = _analyse(manuscript, fmt)
    payload = references_payload(analysis)
    if out_fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for ref in payload["references"]:
            authors = "; ".join(a["name"] for a in ref["authors"]) + ("; et al." if ref["et_al"] else "")
            click.echo(f"{ref['number']:>4}  L{ref['line']:<5} {authors} | {ref['title']} | {ref['journal']} {ref['year']};{ref['volume']}"
                       + (f"({ref['issue']})" if ref["issue"] else "") + (f":{ref['pages']}" if ref["pages"] else "")
                       + (f"  [{ref['status']}]" if ref["status"] else "") + (f"  ERROR: {ref['error']}" if ref["error"] else ""))


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@FROM
@handles_input_errors
def citations(manuscript, out_fmt, fmt):
    """List citation callouts in document order, each with its claim."""
    from .contracts import citations_payload

    payload = citations_payload(_analyse(manuscript, fmt))
    if out_fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for c in payload["citations"]:
            click.echo(f"{c['line']}:{c['column']}  [{c['text']}] → {','.join(map(str, c['references']))}  {c['claim']}")


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--uncited", is_flag=True, help="Only references no callout cites.")
@click.option("--top", type=int, default=0, help="Only the N most cited references.")
@click.option("--sort", "sort_by", type=click.Choice(["number", "cited", "first"]), default="number", show_default=True)
@FROM
@handles_input_errors
def sources(manuscript, out_fmt, uncited, top, sort_by, fmt):
    """Each reference with times cited, its first citation and the claims citing it."""
    from .contracts import sources_payload

    payload = sources_payload(_analyse(manuscript, fmt))
    rows = payload["sources"]
    if uncited:
        rows = [r for r in rows if r["times_cited"] == 0]
    if sort_by == "cited" or top:
        rows = sorted(rows, key=lambda r: (-r["times_cited"], r["number"]))
    elif sort_by == "first":
        rows = sorted(rows, key=lambda r: (r["first_citation"]["line"] if r["first_citation"] else 10**9, r["number"]))
    if top:
        rows = rows[:top]
    if out_fmt == "json":
        click.echo(json.dumps({"sources": rows}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'ref':>4} {'cited':>5} {'first':>6}  reference")
    for r in rows:
        first = r["first_citation"]["line"] if r["first_citation"] else "-"
        click.echo(f"{r['number']:>4} {r['times_cited']:>5} {first:>6}  {r['text'][:100]}")


@main.command()
@MANUSCRIPT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.graphml"),
              show_default=True, help="Suffix chooses the format: .graphml, .gexf or .json (node-link).")
@handles_input_errors
def graph(manuscript, output):
    """Export the citation graph (GraphML, GEXF or node-link JSON)."""
    from .graph import write_graph

    analysis = _analyse(manuscript)
    write_graph(analysis.graph, output)
    click.echo(f"wrote {output} ({analysis.graph.number_of_nodes()} nodes, {analysis.graph.number_of_edges()} edges)", err=True)


@main.command()
@click.argument("manuscripts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True)
@click.option("--select", multiple=True, help="Only these rules (codes, code prefixes or names; repeatable or comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Always exit 0 (report without failing).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@handles_input_errors
def check(manuscripts, fmt, select, ignore, fail_on, exit_zero, output):
    """Lint references and citations. Exit 1 when findings reach --fail-on, 2 on bad input."""
    from .checks import run_checks
    from .checks.config import load_config
    from .checks.registry import rule_by_key
    from .checks.run import at_or_above
    from .pipeline import analyse
    from .read import SAMPLE_NAME
    from .render import RENDERERS

    split = lambda values: tuple(v for value in values for v in value.split(",") if v.strip())
    from .checks.registry import RULES

    for key in split(select) + split(ignore):
        if rule_by_key(key) is None and not any(rule.code.startswith(key.strip().upper()) for rule in RULES):
            raise click.UsageError(f"unknown rule {key!r} (see 'refgraph rules')")
    results = []
    todo = manuscripts or (None,)
    show_progress = len(todo) > 1 and sys.stderr.isatty()
    for index, manuscript in enumerate(todo, 1):
        if show_progress:
            click.echo(f"\rrefgraph: checking {index}/{len(todo)} {manuscript}", err=True, nl=False)
        config = load_config(manuscript).with_overrides(select=split(select), ignore=split(ignore), fail_on=fail_on)
        analysis = analyse(manuscript)
        results.append((str(manuscript) if manuscript else SAMPLE_NAME, analysis, run_checks(analysis, config)))
    if show_progress:
        click.echo("", err=True)
    _emit(RENDERERS[fmt](results), output)
    failing = [f for _, _, findings in results for f in at_or_above(findings, config.fail_on)]
    sys.exit(0 if exit_zero or not failing else 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt):
    """List every rule: code, name, severity, summary and a bad/good example."""
    from .checks.registry import RULES

    if fmt == "json":
        payload = [{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary,
                    "bad": r.examples()[0], "good": r.examples()[1]} for r in RULES]
        click.echo(json.dumps({"rules": payload}, ensure_ascii=False, indent=2))
        return
    for r in RULES:
        bad, good = r.examples()
        click.echo(f"{r.code} {r.name} ({r.severity})\n    {r.summary}\n    bad:  {bad}\n    good: {good}\n")


@main.command()
@MANUSCRIPT
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the report files (default: ./output).")
@click.option("--bib", "bib_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the BibTeX (default: refs.bib beside the output folder).")
@handles_input_errors
def report(manuscript, output_dir, bib_path):
    """The main job: refs.bib plus graph.html, report.html, findings and exports in output/."""
    from .report.build import write_report

    output_dir = output_dir or Path("output")
    bib_path = bib_path or output_dir.resolve().parent / "refs.bib"
    written = write_report(manuscript, output_dir, bib_path, progress=sys.stderr.isatty())
    for path in written:
        click.echo(f"wrote {path}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
