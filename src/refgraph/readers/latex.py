"""LaTeX projects: ``.tex`` (with ``\\input``/``\\include``), ``\\cite`` and its kin, and the
bibliography from ``.bib`` (via bibtexparser), a ``.bbl`` or ``thebibliography``.

Every paragraph keeps an anchor to the file and line it came from. Citation commands
become explicit callouts with their keys, so a key is never guessed: a key with no entry
is an undefined citation, an entry no key names (and no ``\\nocite``) is uncited.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..document import Document, TextBuilder
from ..errors import InputError
from ..read import decode, open_input
from .bibliography import Record, lay_out, people, reference_list

_CITE = re.compile(
    r"\\(?P<command>(?:[Cc]ite[pt]?|[Pp]arencite|[Tt]extcite|[Aa]utocite|[Ff]ootcite|[Ss]martcite|[Ss]upercite|"
    r"[Cc]ite(?:alp|alt|author|year|yearpar|num|title)|nocite|fullcite)\*?)"
    r"(?P<options>(?:\s*\[[^\]]*\]){0,2})\s*\{(?P<keys>[^{}]*)\}"
)
# biblatex's multicite commands, "\autocites[see][4]{smith}[p.~3]{jones}": each key in its own
# braces, each with its optional notes; read as the one-group command ("\autocite{smith,jones}").
_MULTICITE = re.compile(
    r"\\(?P<command>[Cc]ites|[Pp]arencites|[Tt]extcites|[Aa]utocites|[Ff]ootcites|[Ss]martcites|[Ss]upercites)"
    r"(?:\s*\([^()]*\)){0,2}(?P<groups>(?:\s*(?:\[[^\]]*\]){0,2}\s*\{[^{}]*\}){1,50})")
_GROUP_KEYS = re.compile(r"\{([^{}]*)\}")


def _one_group(match: re.Match) -> str:
    """The one-group command, padded to the multicite's length with its line breaks kept,
    so that every later offset still finds its line in the file."""
    keys = ",".join(k for k in _GROUP_KEYS.findall(match.group("groups")) if k.strip())
    single = f"\\{match.group('command')[:-1]}{{{keys}}}"
    breaks = match.group(0).count("\n")
    return single + "\n" * breaks + " " * (len(match.group(0)) - len(single) - breaks)


_INPUT = re.compile(r"\\(?:input|include|subfile)\s*\{(?P<name>[^{}]+)\}")
_SECTION = re.compile(r"^\\(?P<kind>title|part|chapter|section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?\s*\{(?P<title>.*)\}\s*$", re.S)
_BIB = re.compile(r"\\(?:bibliography|addbibresource)\s*(?:\[[^\]]*\])?\s*\{(?P<files>[^{}]+)\}")
_BIBITEM = re.compile(r"\\bibitem\s*(?:\[(?P<label>[^\]]*)\])?\s*\{(?P<key>[^{}]+)\}")
_LEVEL = {"title": 1, "part": 1, "chapter": 2, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
_MARK = "\ue100{}\ue101"
_MARKED = re.compile("\ue100(\\d+)\ue101")
_DROP_ENVIRONMENTS = re.compile(r"\\begin\{(equation|align|eqnarray|tikzpicture|lstlisting|verbatim|comment)\*?\}.*?\\end\{\1\*?\}", re.S)


def _lines_with_origin(path: Path, seen: set, depth: int = 0) -> list[tuple[str, str, int]]:
    """(line, file name, line number) for a .tex file with its inputs inlined."""
    if depth > 20 or path.resolve() in seen:
        return []
    seen.add(path.resolve())
    text = decode(open_input(path), str(path)).text
    out: list[tuple[str, str, int]] = []
    for number, line in enumerate(text.split("\n"), 1):
        line = _strip_comment(line)
        match = _INPUT.search(line)
        if match:
            name = match.group("name").strip()
            child = path.parent / (name if name.endswith((".tex", ".ltx")) else name + ".tex")
            out.append((line[: match.start()], path.name, number))
            if child.is_file():
                out.extend(_lines_with_origin(child, seen, depth + 1))
            out.append((line[match.end():], path.name, number))
            continue
        out.append((line, path.name, number))
    return out


def _strip_comment(line: str) -> str:
    match = re.search(r"(?<!\\)%", line)
    return line[: match.start()] if match else line


def read_latex(target: Path, path) -> Document:
    if target.suffix.lower() == ".bbl":
        return _from_bbl(target)
    lines = _lines_with_origin(target, set())
    whole = "\n".join(text for text, _, _ in lines)
    if "\\begin{document}" not in whole and "\\section" not in whole and "\\cite" not in whole:
        raise InputError(f"{path}: no LaTeX document body (\\begin{{document}}) found")
    records, notes = _bibliography(target, whole)
    names = {r.key: (_author_phrase(r), r.fields.get("year") or "") for r in records}
    builder = TextBuilder()
    nocite: set[str] = set()
    paragraph: list[tuple[str, str, int]] = []
    in_body = "\\begin{document}" not in whole

    def flush():
        nonlocal paragraph
        if paragraph:
            _render_paragraph(builder, paragraph, names, nocite)
        paragraph = []

    title = re.search(r"\\title\s*(?:\[[^\]]*\])?\s*\{(?P<title>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", whole)
    if title:
        builder.block("# " + _to_text(title.group("title")), f"{target.name}, line 1")
    in_bibliography = False
    for text, name, number in lines:
        if "\\begin{document}" in text:
            in_body = True
            text = text.split("\\begin{document}", 1)[1]
        if "\\begin{thebibliography}" in text:
            flush()
            in_bibliography = True
        if in_bibliography:
            in_bibliography = "\\end{thebibliography}" not in text
            continue
        if "\\end{document}" in text:
            break
        if not in_body or re.match(r"\s*\\(?:maketitle|tableofcontents|bibliographystyle|bibliography|addbibresource|printbibliography|"
                                   r"label|clearpage|newpage|noindent|centering|end\{abstract\})\b", text):
            if in_body and re.match(r"\s*\\(?:bibliography|printbibliography)\b", text):
                flush()
            continue
        heading = _SECTION.match(text.strip()) or (re.match(r"\s*\\begin\{abstract\}", text) and "abstract")
        if heading or not text.strip():
            flush()
            if heading == "abstract":
                builder.block("## Abstract", f"{name}, line {number}")
            elif heading:
                builder.block("#" * _LEVEL[heading.group("kind")] + " " + _to_text(heading.group("title")), f"{name}, line {number}")
            continue
        paragraph.append((text, name, number))
    flush()
    body_end = builder.length
    spans = lay_out(builder, records)
    from ..source import SourceText

    source = SourceText(builder.text(), name=str(path), encoding="latex")
    references = reference_list(source, spans, body_end)
    return Document(source=source, format="latex", references=references, callouts=tuple(builder.callouts),
                    anchors=tuple(builder.anchors), notes=tuple(notes), nocite=frozenset(nocite))


def _author_phrase(record: Record) -> str:
    """"Smith et al." / "Smith and Jones" for \\citet, from the entry's authors."""
    authors = record.fields.get("authors", ())
    if not authors:
        return ""
    family = lambda a: a.family or a.literal
    if len(authors) == 1 and not record.fields.get("et_al"):
        return family(authors[0])
    if len(authors) == 2 and not record.fields.get("et_al"):
        return f"{family(authors[0])} and {family(authors[1])}"
    return f"{family(authors[0])} et al."


def _render_paragraph(builder: TextBuilder, lines, names: dict, nocite: set) -> None:
    if any("\\begin{thebibliography}" in line for line, _, _ in lines):
        return
    anchor = f"{lines[0][1]}, line {lines[0][2]}"
    found: list[tuple[tuple[str, ...], str, str]] = []
    starts = [0]
    for line, _, _ in lines:
        starts.append(starts[-1] + len(line) + 1)

    def mark(match: re.Match) -> str:
        keys = tuple(k.strip() for k in match.group("keys").split(",") if k.strip())
        if match.group("command").lower().startswith("nocite"):
            nocite.update(keys)
            return ""
        row = max(i for i, s in enumerate(starts) if s <= match.start())
        found.append((keys, match.group("command"), f"{lines[min(row, len(lines) - 1)][1]}, line {lines[min(row, len(lines) - 1)][2]}"))
        return _MARK.format(len(found) - 1)

    text = _DROP_ENVIRONMENTS.sub(" ", "\n".join(line for line, _, _ in lines))
    text = _CITE.sub(mark, _MULTICITE.sub(_one_group, text) if "cites" in text else text)
    caption = re.search(r"\\caption\s*(?:\[[^\]]*\])?\s*\{(?P<caption>.*)\}", text, re.S)
    if caption and re.search(r"\\begin\{(?:figure|table)", text):
        kind = "Table" if "\\begin{table" in text else "Figure"
        builder.anchor(anchor)
        _write_with_callouts(builder, f"{kind}. " + _to_text(caption.group("caption")).strip(), found, names)
        builder.end_block()
        return
    plain = re.sub(r"\s*\n\s*", " ", _to_text(text)).strip()
    if plain:
        builder.anchor(anchor)
        _write_with_callouts(builder, plain, found, names)
        builder.end_block()


def _write_with_callouts(builder: TextBuilder, text: str, found, names: dict) -> None:
    position = 0
    for match in _MARKED.finditer(text):
        keys, command, place = found[int(match.group(1))]
        builder.write(text[position: match.start()])
        builder.anchor(place)  # the line of the \cite itself
        # What the command prints that the sentence reads: "\citet" the names ("Smith et al.
        # showed …"), "\citeyear" the year ("… argued this in 2019").
        author, year = names.get(keys[0], ("", ""))
        phrase = (author if command.lower() in ("citet", "textcite", "citeauthor", "citealt")
                  else year if command.lower() in ("citeyear", "citeyearpar") else "")
        printed = f"{phrase} [{', '.join(keys)}]" if phrase else f"[{', '.join(keys)}]"
        builder.callout(printed, keys, notation="latex " + command)
        if phrase:  # the names (or year) stay in the claim
            last = builder.callouts[-1]
            builder.callouts[-1] = replace(last, keep=len(phrase) + 1)
        position = match.end()
    builder.write(text[position:])


def _to_text(latex: str) -> str:
    """LaTeX → plain text with pylatexenc (accents, macros, math), markers kept."""
    from pylatexenc.latex2text import LatexNodes2Text

    try:
        text = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True).latex_to_text(latex)
    except Exception:  # malformed LaTeX in one paragraph: keep its words
        text = re.sub(r"\\[A-Za-z]+\*?|[{}]", " ", latex)
    return re.sub(r"[ \t]+", " ", text)


# ---------------------------------------------------------------- bibliographies
def _bibliography(target: Path, whole: str) -> tuple[list[Record], list[str]]:
    files = [f.strip() for m in _BIB.finditer(whole) for f in m.group("files").split(",") if f.strip()]
    paths = [target.parent / (f if f.endswith(".bib") else f + ".bib") for f in files]
    found = [p for p in paths if p.is_file()]
    notes = [f"bibliography file {p.name} not found" for p in paths if not p.is_file()]
    if found:
        records = []
        for path in found:
            records.extend(bib_records(path))
        return records, notes
    bbl = target.with_suffix(".bbl")
    if bbl.is_file():
        return _bibitems(decode(open_input(bbl), str(bbl)).text, bbl.name), notes + [f"references read from {bbl.name}"]
    if "\\begin{thebibliography}" in whole:
        return _bibitems(whole, target.name), notes
    return [], notes + ["no bibliography found (no .bib, .bbl or thebibliography)"]


def _bibitems(text: str, name: str) -> list[Record]:
    body = text.split("\\begin{thebibliography}", 1)[-1].split("\\end{thebibliography}", 1)[0]
    items = list(_BIBITEM.finditer(body))
    records = []
    for index, item in enumerate(items):
        end = items[index + 1].start() if index + 1 < len(items) else len(body)
        line = text[: text.find(body) + item.start()].count("\n") + 1
        printed = re.sub(r"\s+", " ", _to_text(body[item.end(): end])).strip()
        records.append(Record(key=item.group("key").strip(), fields={}, origin=f"{name}, line {line}", printed=printed))
    return records


def bib_records(path: Path) -> list[Record]:
    """Every entry of a .bib file as a Record; a block bibtexparser could not read is kept
    as a record with its error (never dropped)."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

    text = decode(open_input(path), str(path)).text
    import logging

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # failures are kept as records, not logged
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors(), SplitNameParts()])
    records = [Record(key=entry.key, fields=bib_fields(entry), origin=f"{path.name}, line {entry.start_line + 1}")
               for entry in library.entries]
    for block in library.failed_blocks:
        kind = type(block).__name__
        key = getattr(block, "key", "") or f"block-{block.start_line + 1}"
        error = "" if "Duplicate" in kind else "BibTeX syntax error"  # a repeated key is reference-numbering's
        raw = re.sub(r"\s+", " ", block.raw)[:300]
        fields = bib_fields(block.ignore_error_block) if "Duplicate" in kind and getattr(block, "ignore_error_block", None) else {}
        records.append(Record(key=key, fields=fields, origin=f"{path.name}, line {block.start_line + 1}", printed=raw, error=error))
    records.sort(key=lambda r: int(re.search(r"line (\d+)", r.origin).group(1)))
    return records


_KINDS = {"article": "article", "book": "book", "inbook": "chapter", "incollection": "chapter",
          "inproceedings": "proceedings", "conference": "proceedings", "phdthesis": "thesis", "mastersthesis": "thesis",
          "thesis": "thesis", "techreport": "report", "report": "report", "online": "online", "electronic": "online",
          "www": "online", "dataset": "dataset", "software": "software", "misc": "misc", "unpublished": "misc",
          "manual": "book", "booklet": "book", "proceedings": "book", "collection": "book"}


def bib_fields(entry) -> dict:
    """A BibTeX entry's fields in refgraph's vocabulary, exactly as given."""
    get = lambda name: _plain(str(entry[name])) if name in entry.fields_dict else ""
    kind = _KINDS.get(entry.entry_type.lower(), "misc")
    authors = people(entry["author"]) if "author" in entry.fields_dict else ()
    et_al = any(a.family.lower() == "others" for a in authors)
    authors = tuple(a for a in authors if a.family.lower() != "others")
    year = get("year") or (get("date")[:4] if get("date") else "")
    eprint = get("eprint")
    arxiv = eprint if eprint and get("archiveprefix").lower() in ("arxiv", "") and re.match(r"\d{4}\.\d{4,5}", eprint) else ""
    if arxiv or (kind == "misc" and re.search(r"arxiv|biorxiv|medrxiv|preprint", get("howpublished") + get("note") + get("journal"), re.I)):
        kind = "preprint"
    fields = {
        "kind": kind, "authors": authors, "et_al": et_al, "title": get("title"),
        "journal": get("journal") or get("journaltitle"), "booktitle": get("booktitle"), "year": year,
        "volume": get("volume"), "issue": get("number") or get("issue"),
        "pages": re.sub(r"\s*(?:--|–|—)\s*", "-", get("pages")),
        "doi": get("doi"), "pmid": get("pmid"), "url": get("url"), "arxiv": arxiv,
        "publisher": get("publisher") or get("institution") or get("school") or get("organization"),
        "place": get("address") or get("location"), "edition": get("edition"),
        "editors": people(entry["editor"]) if "editor" in entry.fields_dict else (),
    }
    if fields["kind"] == "misc" and fields["url"]:
        fields["kind"] = "online"
    return {k: v for k, v in fields.items() if v not in ("", (), None)} | {"kind": fields["kind"]}


def _plain(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("{", "").replace("}", "")).strip()


def read_bibtex_file(target: Path, path) -> Document:
    """A .bib file alone: the bibliography rules run on it; there is no text to cite from."""
    builder = TextBuilder()
    builder.block(f"# {target.name}", f"{target.name}, line 1")
    body_end = builder.length
    spans = lay_out(builder, bib_records(target))
    from ..source import SourceText

    source = SourceText(builder.text(), name=str(path), encoding="bibtex")
    return Document(source=source, format="bibtex", references=reference_list(source, spans, body_end), callouts=(),
                    anchors=tuple(builder.anchors))


def _from_bbl(target: Path) -> Document:
    builder = TextBuilder()
    builder.block(f"# {target.name}", f"{target.name}, line 1")
    body_end = builder.length
    spans = lay_out(builder, _bibitems(decode(open_input(target), str(target)).text, target.name))
    from ..source import SourceText

    source = SourceText(builder.text(), name=str(target), encoding="bbl")
    return Document(source=source, format="bibtex", references=reference_list(source, spans, body_end), callouts=(),
                    anchors=tuple(builder.anchors))
