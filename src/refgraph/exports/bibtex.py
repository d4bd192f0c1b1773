"""References → BibTeX text, written by bibtexparser 2, readable by biber and pybtex."""
from __future__ import annotations

import re

from ..references.model import Author, Reference
from ..source import printable
from .keys import citation_keys

ENTRY_TYPES = {
    "article": "article",
    "online": "online",
    "book": "book",
    "chapter": "incollection",
    "proceedings": "inproceedings",
    "report": "techreport",
    "thesis": "phdthesis",
    "preprint": "misc",
    "dataset": "dataset",
    "software": "software",
    "misc": "misc",
}
STATUS_NOTES = {"epub-ahead-of-print": "Epub ahead of print", "in-press": "In press"}
STATUS_PUBSTATE = {"epub-ahead-of-print": "prepublished", "in-press": "inpress"}
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile("|".join(re.escape(c) for c in _LATEX_SPECIALS))


def verbatim_safe(text: str) -> str:
    """A DOI or URL for a verbatim field: braces and backslashes percent-encoded, so a
    manuscript's "10.1/x}, @preamble{…" can neither close the field nor add an entry."""
    return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def latex_escape(text: str) -> str:
    """Escape the characters BibTeX/LaTeX treat specially; Unicode stays (biber reads UTF-8)."""
    return _SPECIAL.sub(lambda m: _LATEX_SPECIALS[m.group(0)], text)


_CAPITAL = re.compile(r"[A-Z]")
_CASED_WORD = re.compile(r"(?<![\\{\w])[^\s{}\\]*[A-Za-z][^\s{}\\]*")


def _brace(match: re.Match[str]) -> str:
    word = match.group(0)
    if _CAPITAL.search(word, 1) or (word[:1].islower() and _CAPITAL.search(word)):
        return "{" + word + "}"
    return word


def protect_case(text: str) -> str:
    """Brace words whose capitals must survive title-casing styles (NMDA, GluN2B, mTOR)."""
    return _CASED_WORD.sub(_brace, text)


def bibtex_name(author: Author) -> str:
    """``Zarate CA Jr`` → ``Zarate, Jr, C. A.``; group authors are braced whole."""
    if author.is_group:
        return "{" + latex_escape(printable(author.literal)) + "}"
    family = latex_escape(printable(author.family))
    if " " in author.family and not re.match(r"^(?:[a-z]+\s)+", author.family):
        family = "{" + family + "}"  # "Diaz Granados", "Vande Voort": one surname, not first+last
    given = " ".join(f"{latex_escape(letter)}." for letter in printable(author.initials).replace(" ", "")) if author.initials else ""
    parts = [family]
    if author.suffix:
        parts.append(latex_escape(printable(author.suffix)))
    if given:
        parts.append(given)
    return ", ".join(parts) if len(parts) > 1 else family


def bibtex_names(authors: tuple[Author, ...], et_al: bool) -> str:
    names = [bibtex_name(a) for a in authors]
    if et_al:
        names.append("others")
    return " and ".join(names)


def entry_fields(ref: Reference) -> list[tuple[str, str]]:
    """The BibTeX fields of one reference, in a fixed order."""
    fields: list[tuple[str, str]] = []

    def add(name: str, value: str, *, escape: bool = True, title: bool = False) -> None:
        value = printable(value).replace("\f", " ").strip() if value else value
        if value:
            value = latex_escape(value) if escape else value
            fields.append((name, protect_case(value) if title else value))

    if ref.authors:
        # (An edited book's names are its editors: "Schatzberg AF, Nemeroff CB, editors.")
        add("editor" if ref.names_role == "editor" else "author", bibtex_names(ref.authors, ref.et_al), escape=False)
    if ref.editors:
        add("editor", bibtex_names(ref.editors, False), escape=False)
    add("title", ref.title, title=True)
    # A dataset's or program's "container" is its repository ("Zenodo", "CRAN").
    add("journal", ref.journal if ref.kind not in ("preprint", "dataset", "software", "online") else "")
    if ref.kind in ("dataset", "software", "online") and ref.journal and not ref.publisher:
        add("publisher" if ref.kind != "online" else "organization", ref.journal)
    add("booktitle", ref.booktitle, title=True)
    add("series", ref.series, title=True)
    add("edition", ref.edition)
    add("version", ref.version)
    add("year", ref.year)
    add("volume", ref.volume)
    kind_of_report, report_number = ref.report_type_and_number
    add("type", kind_of_report or (ref.genre if ref.kind == "thesis" else ""))
    # (A patent's statement, "US Patent 9,123,456", is how a @misc was published.)
    add("howpublished", ref.genre if ref.is_patent else "")
    add("number", ref.issue or report_number)
    add("pages", ref.pages.replace("-", "--"))
    add({"report": "institution", "thesis": "school"}.get(ref.kind, "publisher"), ref.publisher)
    add("address", ref.place)
    add("doi", verbatim_safe(ref.doi), escape=False)
    add("pmid", ref.pmid)
    if ref.arxiv:
        fields += [("eprint", latex_escape(ref.arxiv)), ("eprinttype", "arxiv")]
    elif ref.pmcid:
        fields += [("eprint", latex_escape(ref.pmcid)), ("eprinttype", "pmcid")]
    if ref.kind == "preprint" and not ref.arxiv:
        add("howpublished", ref.journal or "Preprint")
    add("url", verbatim_safe(ref.url), escape=False)
    add("urldate", ref.accessed)
    add("pubstate", STATUS_PUBSTATE.get(ref.status, ""))
    # What the work is, where no field of its kind says it ("TV series", "ClinicalTrials.gov
    # NCT01234567"), with its state of publication: one note.
    described = ref.genre if ref.kind not in ("report", "thesis") and not ref.is_patent else ""
    add("note", "; ".join(part for part in (described, STATUS_NOTES.get(ref.status, "")) if part))
    if ref.error:
        add("note", f"refgraph could not parse this entry ({ref.error}): {ref.text}")
    return fields


def to_bibtex(references) -> str:
    """The whole reference list as BibTeX, one entry per reference, in list order."""
    import bibtexparser
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field

    keys = citation_keys(references)
    library = Library()
    for ref in references:
        fields = [Field(name, value) for name, value in entry_fields(ref)]
        kind = ENTRY_TYPES.get(ref.kind, "misc")
        if kind == "phdthesis" and re.search(r"master|mestrado|MSc|MA thesis", ref.genre + " " + ref.text, re.I):
            kind = "mastersthesis"
        library.add(Entry(kind, keys[ref.position], fields))
    from bibtexparser.middlewares import AddEnclosingMiddleware

    style = bibtexparser.BibtexFormat()
    style.indent = "  "
    style.block_separator = "\n"
    # The library is ours and thrown away: enclosing values in place spares the default
    # stack's deep copy of every entry (bibtexparser warns about it for large libraries).
    enclose = AddEnclosingMiddleware(allow_inplace_modification=True, default_enclosing="{",
                                     reuse_previous_enclosing=False, enclose_integers=True)
    return bibtexparser.write_string(library, unparse_stack=[enclose], bibtex_format=style)
