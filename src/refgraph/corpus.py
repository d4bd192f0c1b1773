"""Many manuscripts as one graph: the same work cited by several manuscripts is one node.

Each manuscript is reduced to plain, picklable rows (:func:`manuscript_rows`) on whatever
engine runs it; the corpus is assembled here, in a fixed order, so every engine gives the
same graph and tables. A work is identified by its DOI, else its PMID, else its
normalised title, first author and year; an entry with none of these stays its
manuscript's own.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CitedEntry:
    position: int
    number: int
    work: str  # the identity shared across manuscripts
    title: str
    year: str
    first_author: str
    doi: str
    pmid: str
    authors: tuple[tuple[str, str], ...]  # (family, initials)
    times_cited: int
    text: str


@dataclass(frozen=True)
class ManuscriptRows:
    name: str
    entries: tuple[CitedEntry, ...] = ()
    error: str = ""  # why it could not be read (then no entries)


@dataclass(frozen=True)
class Corpus:
    manuscripts: tuple[ManuscriptRows, ...]
    works: dict = field(default_factory=dict)  # work id → {"title", "year", "first_author", "doi", "pmid", "cited_by": [names]}

    def shared_works(self, minimum: int = 2) -> list[tuple[str, dict]]:
        """Works cited by at least ``minimum`` manuscripts, most cited first."""
        rows = [(work, info) for work, info in self.works.items() if len(info["cited_by"]) >= minimum]
        return sorted(rows, key=lambda item: (-len(item[1]["cited_by"]), item[0]))

    def shared_sources(self, limit_per_work: int = 200) -> list[tuple[str, str, int]]:
        """(manuscript, manuscript, works both cite), most shared first. A work cited by more
        than ``limit_per_work`` manuscripts adds no pairs: it is shared by nearly everyone."""
        pairs: Counter = Counter()
        for info in self.works.values():
            names = sorted(set(info["cited_by"]))
            if 2 <= len(names) <= limit_per_work:
                for i, a in enumerate(names):
                    for b in names[i + 1:]:
                        pairs[(a, b)] += 1
        return sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda row: (-row[2], row[0], row[1]))

    def author_variants(self) -> list[dict]:
        """One person written differently in different manuscripts: the same initials and a
        surname that differs only by accents, spacing, case or a typing slip."""
        from .checks.rules_authors import COMMON_SURNAMES, fold, typing_slip

        forms: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for manuscript in self.manuscripts:
            for entry in manuscript.entries:
                for family, initials in entry.authors:
                    if family and initials:
                        forms[(fold(family), initials)][family].add(manuscript.name)
        variants = []
        for (key, initials), written in sorted(forms.items()):
            if len(written) > 1 and len({n for names in written.values() for n in names}) > 1:
                variants.append({"initials": initials, "forms": {w: sorted(n) for w, n in sorted(written.items())}})
        # Typing slips between different folded keys, through a deletion index (no all pairs).
        index: dict[str, set] = defaultdict(set)
        for key, initials in forms:
            if key not in COMMON_SURNAMES and len(key) > 3 and len(initials) >= 2:
                for i in range(len(key)):
                    index[(key[:i] + key[i + 1:], initials)].add(key)
                index[(key, initials)].add(key)
        seen = set()
        for (_, initials), keys in sorted(index.items()):
            for a in sorted(keys):
                for b in sorted(keys):
                    if a < b and (a, b, initials) not in seen and typing_slip(a, b):
                        seen.add((a, b, initials))
                        written = {**forms[(a, initials)], **forms[(b, initials)]}
                        if len({n for names in written.values() for n in names}) > 1:  # across manuscripts
                            variants.append({"initials": initials, "forms": {w: sorted(n) for w, n in sorted(written.items())}})
        return variants


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def work_identity(ref, manuscript: str) -> str:
    if ref.doi:
        return "doi:" + ref.doi.lower().rstrip(".")
    if ref.pmid:
        return "pmid:" + ref.pmid
    first = ref.first_author
    family = _normal(first.family or first.literal) if first else ""
    if ref.title and family and ref.year:
        return f"work:{_normal(ref.title)}|{family}|{ref.year[:4]}"
    return f"entry:{manuscript}#{ref.position}"


def manuscript_rows(path: str | None, fmt: str | None = None, display: str | None = None) -> ManuscriptRows:
    """One manuscript as rows for the corpus (runs on any engine; never raises for bad input)."""
    from .errors import InputError
    from .pipeline import analyse
    from .read import SAMPLE_NAME

    name = display or (path if path is not None else SAMPLE_NAME)
    try:
        analysis = analyse(path, fmt)
    except InputError as error:
        return ManuscriptRows(name=name, error=str(error))
    cited = Counter(p for c in analysis.callouts for p in c.targets)
    entries = tuple(
        CitedEntry(position=ref.position, number=ref.number, work=work_identity(ref, name), title=ref.title, year=ref.year,
                   first_author=ref.first_author.display if ref.first_author else "", doi=ref.doi, pmid=ref.pmid,
                   authors=tuple((a.family, a.initials) for a in ref.authors if not a.is_group),
                   times_cited=cited.get(ref.position, 0), text=ref.text)
        for ref in analysis.references)
    return ManuscriptRows(name=name, entries=entries)


def assemble(rows: list[ManuscriptRows]) -> Corpus:
    works: dict[str, dict] = {}
    for manuscript in sorted(rows, key=lambda r: r.name):
        for entry in manuscript.entries:
            info = works.setdefault(entry.work, {"title": entry.title, "year": entry.year, "first_author": entry.first_author,
                                                 "doi": entry.doi, "pmid": entry.pmid, "cited_by": []})
            if manuscript.name not in info["cited_by"]:
                info["cited_by"].append(manuscript.name)
    return Corpus(manuscripts=tuple(sorted(rows, key=lambda r: r.name)), works=dict(sorted(works.items())))


def corpus_graph(corpus: Corpus):
    """Manuscript and work nodes; a ``cites`` edge per entry (with its number and times cited)."""
    import networkx as nx

    graph = nx.MultiDiGraph(name="refgraph corpus")
    for manuscript in corpus.manuscripts:
        graph.add_node(f"m:{manuscript.name}", kind="manuscript", label=manuscript.name, error=manuscript.error)
    for work, info in corpus.works.items():
        graph.add_node(work, kind="work", label=info["title"][:80], title=info["title"], year=info["year"],
                       first_author=info["first_author"], doi=info["doi"], pmid=info["pmid"], cited_by=len(info["cited_by"]))
    for manuscript in corpus.manuscripts:
        for entry in manuscript.entries:
            graph.add_edge(f"m:{manuscript.name}", entry.work, kind="cites", number=entry.number, times_cited=entry.times_cited)
    return graph


def tables(corpus: Corpus) -> dict[str, dict[str, list]]:
    """Node and edge tables (column → values) for Parquet: manuscripts, works, citations."""
    manuscripts = {"manuscript": [m.name for m in corpus.manuscripts], "references": [len(m.entries) for m in corpus.manuscripts],
                   "error": [m.error for m in corpus.manuscripts]}
    works = {"work": [], "title": [], "year": [], "first_author": [], "doi": [], "pmid": [], "cited_by": []}
    for work, info in corpus.works.items():
        works["work"].append(work)
        for column in ("title", "year", "first_author", "doi", "pmid"):
            works[column].append(info[column])
        works["cited_by"].append(len(info["cited_by"]))
    citations = {"manuscript": [], "number": [], "position": [], "work": [], "times_cited": [], "text": []}
    for manuscript in corpus.manuscripts:
        for entry in manuscript.entries:
            for column, value in (("manuscript", manuscript.name), ("number", entry.number), ("position", entry.position),
                                  ("work", entry.work), ("times_cited", entry.times_cited), ("text", entry.text)):
                citations[column].append(value)
    return {"manuscripts": manuscripts, "works": works, "citations": citations}


def parquet_files(corpus: Corpus) -> dict[str, bytes]:
    """manuscripts.parquet, works.parquet and citations.parquet, as bytes."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - the corpus extra is not installed
        from .errors import InputError

        raise InputError("Parquet export needs pyarrow: pip install 'refgraph[corpus]'") from None
    files = {}
    for name, columns in tables(corpus).items():
        sink = pa.BufferOutputStream()
        pq.write_table(pa.table(columns), sink, compression="zstd")
        files[f"{name}.parquet"] = sink.getvalue().to_pybytes()
    return files


def summary(corpus: Corpus, top: int = 20) -> dict:
    """The corpus report as plain data (the JSON contract of ``refgraph corpus``)."""
    return {
        "manuscripts": [{"manuscript": m.name, "references": len(m.entries), "error": m.error} for m in corpus.manuscripts],
        "works": len(corpus.works),
        "shared_works": [{"work": w, "title": i["title"], "year": i["year"], "first_author": i["first_author"],
                          "cited_by": sorted(i["cited_by"])} for w, i in corpus.shared_works()[:top]],
        "shared_sources": [{"manuscripts": [a, b], "works": n} for a, b, n in corpus.shared_sources()[:top]],
        "author_variants": corpus.author_variants()[:top],
    }
