"""The ``refgraph`` command line: a thin layer over the library (imports stay lazy)."""
from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from pathlib import Path

import click

MANUSCRIPT = click.argument("manuscript", required=False, type=click.Path(dir_okay=True, path_type=Path))
FROM = click.option("--from", "fmt_in", type=click.Choice(["markdown", "text", "html", "docx", "pdf", "latex", "jats", "bibtex"]),
                    default=None, help="Read the input as this format (default: from its content and suffix).")


def handles_input_errors(function):
    """Bad input → one line on stderr and exit 2; refgraph's own failure → exit 3; never a bare traceback."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        from .errors import InputError

        try:
            return function(*args, **kwargs)
        except InputError as error:
            click.echo(f"refgraph: error: {error}", err=True)
            sys.exit(2)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader stopped reading ("refgraph citations | head"): not a failure. Python's
            # own recipe: point stdout at devnull so that the flush at exit raises nothing.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)  # 128 + SIGPIPE, as a shell reports a process the pipe closed
        except Exception as error:  # refgraph's own failure: name it, distinct status, traceback on request
            if os.environ.get("REFGRAPH_VERBOSE") or "--verbose" in sys.argv:
                import traceback

                traceback.print_exc()
            click.echo(f"refgraph: internal error in '{function.__name__}': {type(error).__name__}: {error} "
                       "(set REFGRAPH_VERBOSE=1 for the traceback)", err=True)
            sys.exit(3)

    return wrapper


def _analyse(manuscript, fmt=None):
    from .pipeline import analyse

    return analyse(manuscript, fmt)


def _exit_cleanly_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C (cleanup runs, staged files are removed), exit 143."""
    import signal

    def stop(number, frame):
        raise SystemExit(128 + number)

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stop)


def _echo(text: str = "") -> None:
    """A line for a terminal: no control characters from the manuscript."""
    from .source import printable

    click.echo(printable(text).replace("\f", " "))


def _emit(text: str, output: Path | None, colour: bool = False) -> None:
    if output is None:
        if not colour:
            from .source import printable

            text = printable(text)
        click.echo(text, nl=False, color=colour or None)  # click strips colour in a pipe unless told
    else:
        from .io import atomic_write

        atomic_write(output, text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "-V", "--version", package_name="refgraph")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=None, metavar="MB",
              help="Refuse inputs larger than this many megabytes (default 50).")
def main(max_size):
    """Check the references of a scholarly manuscript and link its claims to their sources.

    Reads Markdown, plain text, Word (.docx), LaTeX, JATS XML or PDF, with numbered or
    author-date citations. Every command takes an optional MANUSCRIPT; without one it runs
    on the bundled sample (Shin & Kim, Psychiatry Investig 2020, CC BY-NC 4.0).
    """
    if max_size is not None:
        os.environ["REFGRAPH_MAX_SIZE"] = str(max_size)
    _exit_cleanly_on_sigterm()
    # A terminal or pipe in a narrow encoding (Latin-1, ASCII) gets '?' for what it cannot
    # show, never an encoding error halfway through the output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="replace")


@main.command()
@MANUSCRIPT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--format", "out_fmt", type=click.Choice(["bibtex", "csl-json"]), default="bibtex", show_default=True)
@FROM
@handles_input_errors
def bib(manuscript, output, out_fmt, fmt_in):
    """Parse the reference list into BibTeX (or CSL-JSON)."""
    from .pipeline import read_references

    from .source import printable

    references = read_references(manuscript, fmt_in)
    if out_fmt == "bibtex":
        from .exports.bibtex import to_bibtex

        text = to_bibtex(references)
    else:
        from .exports.csl import to_csl_json

        text = to_csl_json(references)
    _emit(text, output)
    for ref in references.failed:
        click.echo(printable(f"refgraph: warning: reference {ref.number} (line {ref.line}) could not be parsed: {ref.error}"), err=True)


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@FROM
@handles_input_errors
def references(manuscript, out_fmt, fmt_in):
    """List the parsed references with every field."""
    from .contracts import references_payload

    analysis = _analyse(manuscript, fmt_in)
    payload = references_payload(analysis)
    if out_fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for ref in payload["references"]:
            authors = "; ".join(a["name"] for a in ref["authors"]) + ("; et al." if ref["et_al"] else "")
            _echo(f"{ref['number']:>4}  L{ref['line']:<5} {authors} | {ref['title']} | {ref['journal']} {ref['year']};{ref['volume']}"
                       + (f"({ref['issue']})" if ref["issue"] else "") + (f":{ref['pages']}" if ref["pages"] else "")
                       + (f"  [{ref['status']}]" if ref["status"] else "") + (f"  ERROR: {ref['error']}" if ref["error"] else ""))


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@FROM
@handles_input_errors
def citations(manuscript, out_fmt, fmt_in):
    """List citation callouts in document order, each with its claim."""
    from .contracts import citations_payload

    payload = citations_payload(_analyse(manuscript, fmt_in))
    if out_fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for c in payload["citations"]:
            _echo(f"{c['line']}:{c['column']}  [{c['text']}] → {','.join(map(str, c['references']))}  {c['claim']}")


@main.command()
@MANUSCRIPT
@click.option("--format", "out_fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--uncited", is_flag=True, help="Only references no callout cites.")
@click.option("--top", type=int, default=0, help="Only the N most cited references.")
@click.option("--sort", "sort_by", type=click.Choice(["number", "cited", "first"]), default="number", show_default=True)
@FROM
@handles_input_errors
def sources(manuscript, out_fmt, uncited, top, sort_by, fmt_in):
    """Each reference with times cited, its first citation and the claims citing it."""
    from .contracts import sources_payload

    payload = sources_payload(_analyse(manuscript, fmt_in))
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
        _echo(f"{r['number']:>4} {r['times_cited']:>5} {first:>6}  {r['text'][:100]}")


@main.command()
@MANUSCRIPT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.graphml"),
              show_default=True, help="Suffix chooses the format: .graphml, .gexf or .json (node-link).")
@FROM
@handles_input_errors
def graph(manuscript, output, fmt_in):
    """Export the citation graph (GraphML, GEXF or node-link JSON)."""
    from .graph import write_graph

    if output.suffix.lower() not in (".graphml", ".gexf", ".json"):
        raise click.BadParameter(f"unknown graph format {output.suffix!r}: use .graphml, .gexf or .json", param_hint="-o")

    analysis = _analyse(manuscript, fmt_in)
    write_graph(analysis.graph, output)
    click.echo(f"wrote {output} ({analysis.graph.number_of_nodes()} nodes, {analysis.graph.number_of_edges()} edges)", err=True)


ENGINE = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                      help="Run files on local cores, or on a Dask cluster (see --scheduler).")
SCHEDULER = click.option("--scheduler", default=None, metavar="ADDRESS",
                         help="A Dask scheduler (tcp://host:8786); without it --engine dask starts a local cluster.")


@main.command()
@click.argument("manuscripts", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "sarif", "github", "csv"]), default="text", show_default=True,
              help="jsonl: one JSON object per file, written as each file is done.")
@click.option("--select", multiple=True, help="Only these rules (codes, code prefixes or names; repeatable or comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on (input and internal errors still fail).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@FROM
@click.option("--stdin-filename", default=None, help="The name of the manuscript read from '-' (for messages, format and configuration).")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output (auto: only on a terminal, and never with NO_COLOR set).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Files checked in parallel (0: one per core when there are many).")
@ENGINE
@SCHEDULER
@click.option("--no-cache", is_flag=True, help="Analyse every file again (by default an unchanged file's result is reused; "
              "the cache is in $REFGRAPH_CACHE_DIR or ~/.cache/refgraph).")
@click.option("-v", "--verbose", is_flag=True, help="Show the traceback of an internal error.")
@handles_input_errors
def check(manuscripts, fmt, select, ignore, fail_on, exit_zero, output, fmt_in, stdin_filename, colour, jobs, engine, scheduler,
          no_cache, verbose):
    """Lint references and citations of MANUSCRIPTS (files, folders, globs; '-' for stdin).

    \b
    Exit status: 0 clean (or --exit-zero), 1 findings at or above --fail-on,
    2 an input that cannot be read (the others are still checked), 3 an internal error.
    """
    from .render import RENDERERS

    split = lambda values: tuple(v.strip() for value in values for v in value.split(",") if v.strip())  # noqa: E731
    for key in split(select) + split(ignore):
        from .checks.registry import rules_matching  # (only here: the rules load the parser)

        if not rules_matching(key):
            raise click.UsageError(f"unknown rule {key!r} (see 'refgraph rules')")
    overrides = dict(select=split(select), ignore=split(ignore), fail_on=fail_on)
    use_colour = colour == "always" or (colour == "auto" and output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    with _inputs(manuscripts, stdin_filename) as (paths, names, config_from):
        results = _check_all(paths, overrides, fmt_in, jobs, verbose, names, config_from, engine, scheduler, not no_cache)
        if fmt == "jsonl":
            outcome = _stream_jsonl(results, output)
        else:
            results = list(results)
            text = RENDERERS[fmt](results, colour=use_colour) if fmt == "text" else RENDERERS[fmt](results)
            _emit(text, output, use_colour)
            outcome = [_outcome(r, verbose) for r in results]
    if any(internal for internal, _, _ in outcome):
        sys.exit(3)
    if any(unreadable for _, unreadable, _ in outcome):
        sys.exit(2)
    sys.exit(1 if any(failing for _, _, failing in outcome) and not exit_zero else 0)


def _outcome(result, verbose: bool) -> tuple[bool, bool, bool]:
    """(internal error, unreadable, findings at --fail-on) of one file, its errors told on stderr."""
    from .checks.model import at_or_above

    for finding in result.findings if result.unreadable else ():
        click.echo(f"refgraph: error: {result.name}: {finding.message}", err=True)
    if result.internal:
        click.echo(f"refgraph: {result.internal}" + ("" if verbose else " (run with --verbose for the traceback)"), err=True)
        if result.traceback:
            click.echo(result.traceback, err=True, nl=False)
    return bool(result.internal), result.unreadable, bool(at_or_above(result.findings, result.fail_on))


def _stream_jsonl(results, output) -> list:
    """One line per file as soon as it is done; only each file's outcome is kept, so memory
    does not grow with the number of files. With -o, the file appears whole at the end."""
    import json
    import tempfile

    from .render import result_document

    outcome = []
    target = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False) if output is None else \
        tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=Path(output).absolute().parent, prefix=f".{Path(output).name}.", suffix=".tmp", delete=False)
    try:
        with target as stream:
            for result in results:
                stream.write(json.dumps(result_document(result), ensure_ascii=False, separators=(",", ":")) + "\n")
                stream.flush()
                outcome.append(_outcome(result, False))
        if output is not None:
            os.replace(target.name, output)
    finally:
        if output is not None and os.path.exists(target.name):
            os.unlink(target.name)
    return outcome


def _check_all(paths, overrides, fmt, jobs, verbose, names, config_from, engine="local", scheduler=None, cache=False):
    """Each file's result in input order, as an iterator (a progress bar on a terminal)."""
    from .batch import check_many, check_one
    from .progress import Progress

    if len(paths) == 1 and engine == "local":  # one manuscript: the progress bar follows its stages
        stages = ["reading the manuscript", "analysing the manuscript", "running the checks"]
        with Progress(len(stages), "refgraph:") as bar:
            path = paths[0]
            yield check_one(path, overrides, fmt, names.get(path), verbose, config_from.get(path), on_stage=bar.advance, cache=cache)
        return
    workers = jobs or (min(os.cpu_count() or 1, 8) if len(paths) >= 4 or engine == "dask" else 1)
    with Progress(len(paths), "refgraph: checking") as bar:
        for result in check_many(paths, overrides, fmt, workers, verbose, names, config_from, engine, scheduler, cache):
            bar.advance(result.name)
            yield result


@contextlib.contextmanager
def _inputs(arguments, stdin_filename):
    """The manuscripts to check: expanded arguments, with '-' saved from stdin to a temporary file."""
    from .batch import expand

    paths = expand(arguments) if arguments else [None]
    names, config_from = {}, {}
    if "-" not in paths:
        yield paths, names, config_from
        return
    import tempfile

    from .read import size_limit

    data = sys.stdin.buffer.read(size_limit() + 1)
    with tempfile.TemporaryDirectory(prefix="refgraph-stdin-") as folder:
        temporary = str(Path(folder) / (Path(stdin_filename).name if stdin_filename else "stdin.md"))
        Path(temporary).write_bytes(data)
        names[temporary] = stdin_filename or "-"
        config_from[temporary] = os.path.abspath(stdin_filename) if stdin_filename else str(Path.cwd() / "stdin.md")
        yield [temporary if p == "-" else p for p in paths], names, config_from


@main.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output/corpus"), show_default=True)
@click.option("--format", "out_fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--force", is_flag=True, help="Replace files refgraph did not write.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Manuscripts read in parallel (0: one per core).")
@ENGINE
@SCHEDULER
@FROM
@handles_input_errors
def corpus(paths, output_dir, out_fmt, force, jobs, engine, scheduler, fmt_in):
    """One graph over many manuscripts (files, folders, globs): works cited by several,
    manuscripts that share sources, author-name variants across them.

    Writes corpus.graphml, corpus.json and Parquet tables (manuscripts, works, citations).
    """
    from .batch import expand
    from .corpus import assemble, corpus_graph, manuscript_rows, parquet_files, summary
    from .engines import run_each
    from .graph import graph_text
    from .io import WouldOverwrite, write_output_set
    from .progress import Progress

    targets = expand(paths) if paths else [None]
    workers = jobs or (min(os.cpu_count() or 1, 8) if len(targets) >= 4 else 1)
    rows = []
    with Progress(len(targets), "refgraph: reading") as bar:
        for row in run_each(manuscript_rows, [(t, fmt_in) for t in targets], engine, workers, scheduler,
                            on_failure=lambda argument, error: _unread(argument[0], error)):
            rows.append(row)
            bar.advance(row.name)
    result = assemble(rows)
    report = summary(result)
    files = {output_dir / "corpus.json": json.dumps(report, ensure_ascii=False, indent=2) + "\n",
             output_dir / "corpus.graphml": graph_text(corpus_graph(result), "corpus.graphml")}
    files.update({output_dir / name: data for name, data in parquet_files(result).items()})
    try:
        write_output_set(files, output_dir, force=force)
    except WouldOverwrite as error:
        from .errors import InputError

        raise InputError(str(error)) from None
    for row in rows:
        if row.error:
            click.echo(f"refgraph: error: {row.error}", err=True)
    if out_fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _corpus_text(report)
    click.echo(f"{len(rows)} manuscripts, {report['works']} works; wrote {len(files)} files in {output_dir}{os.sep}", err=True)
    sys.exit(2 if any(row.error for row in rows) else 0)


def _unread(path, error):
    from .corpus import ManuscriptRows

    return ManuscriptRows(name=str(path), error=f"{path}: internal error while reading in a worker: {type(error).__name__}: {error}")


def _corpus_text(report) -> None:
    _echo(f"Works cited by more than one manuscript ({len(report['shared_works'])} shown):")
    for work in report["shared_works"]:
        _echo(f"  {len(work['cited_by'])}×  {work['first_author']} {work['year']}. {work['title'][:90]}  ({', '.join(work['cited_by'])})")
    _echo("Manuscripts that share sources:")
    for pair in report["shared_sources"]:
        _echo(f"  {pair['works']:>3}  {pair['manuscripts'][0]}  ·  {pair['manuscripts'][1]}")
    _echo("Author names written differently across manuscripts:")
    for variant in report["author_variants"]:
        _echo("  " + " / ".join(f"{form} {variant['initials']} ({', '.join(names)})" for form, names in variant["forms"].items()))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt):
    """List every rule: code, name, severity, summary and a bad/good example."""
    from .checks.model import INPUT_RULE
    from .checks.registry import RULES

    described = (INPUT_RULE, *RULES)
    if fmt == "json":
        payload = [{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary,
                    "bad": r.examples()[0], "good": r.examples()[1]} for r in described]
        click.echo(json.dumps({"rules": payload}, ensure_ascii=False, indent=2))
        return
    for r in described:
        bad, good = r.examples()
        click.echo(f"{r.code} {r.name} ({r.severity})\n    {r.summary}\n    bad:  {bad}\n    good: {good}\n")


@main.command()
@MANUSCRIPT
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the report files (default: ./output).")
@click.option("--bib", "bib_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the BibTeX (default: refs.bib beside the output folder).")
@click.option("--force", is_flag=True, help="Replace files refgraph did not write (or that were edited since).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on.")
@FROM
@handles_input_errors
def report(manuscript, output_dir, bib_path, force, fail_on, exit_zero, fmt_in):
    """The main job: refs.bib plus graph.html, report.html, findings and exports in output/.

    Exit status as for 'check': 1 when findings reach --fail-on (unless --exit-zero).
    """
    from .checks.model import at_or_above
    from .errors import InputError
    from .io import WouldOverwrite
    from .render import counted, summary
    from .report.build import write_report

    output_dir = output_dir or Path("output")
    bib_path = bib_path or Path(os.path.abspath(output_dir)).parent / "refs.bib"  # abspath: no symlink resolution
    try:
        run = write_report(manuscript, output_dir, bib_path, fmt_in, force, dict(fail_on=fail_on), progress=True)
    except WouldOverwrite as error:
        raise InputError(str(error)) from None
    shown = _display_paths([bib_path, output_dir])
    others = len(run.written) - 1
    click.echo(f"{run.result.name}: {counted(summary(run.result.findings))}; wrote {shown[0]} and "
               f"{others} files in {shown[1]}{os.sep}", err=True)
    failing = at_or_above(run.result.findings, run.result.fail_on)
    sys.exit(1 if failing and not exit_zero else 0)


def _display_paths(paths):
    """All relative to the working folder when they all lie under it, else all absolute."""
    absolute = [Path(os.path.abspath(p)) for p in paths]
    here = Path(os.path.abspath(Path.cwd()))
    if all(here == p or here in p.parents for p in absolute):
        return [str(p.relative_to(here)) for p in absolute]
    return [str(p) for p in absolute]


if __name__ == "__main__":  # pragma: no cover
    main()
