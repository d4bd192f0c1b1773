"""References → CSL-JSON (what Zotero, pandoc and citeproc read)."""
from __future__ import annotations

import json

from .keys import citation_keys

CSL_TYPES = {
    "article": "article-journal",
    "online": "webpage",
    "book": "book",
    "chapter": "chapter",
    "proceedings": "paper-conference",
    "report": "report",
    "thesis": "thesis",
    "preprint": "article",
    "dataset": "dataset",
    "software": "software",
    "misc": "document",
}


def _date(value: str) -> dict | None:
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    return {"date-parts": [parts]} if parts else None


def csl_item(ref, key: str) -> dict:
    item: dict = {"id": key, "type": CSL_TYPES.get(ref.kind, "document"), "citation-number": ref.number}
    names = []
    for author in ref.authors:
        if author.is_group:
            names.append({"literal": author.literal})
        else:
            name = {"family": author.family, "given": " ".join(f"{c}." for c in author.initials)}
            if author.suffix:
                name["suffix"] = author.suffix
            names.append(name)
    if names:
        item["editor" if ref.names_role == "editor" else "author"] = names
    if ref.editors:
        item["editor"] = [{"family": e.family, "given": " ".join(f"{c}." for c in e.initials)} for e in ref.editors]
    simple = {
        "title": ref.title, "container-title": ref.journal or ref.booktitle, "volume": ref.volume,
        "issue": ref.issue, "page": ref.pages, "publisher": ref.publisher, "publisher-place": ref.place, "edition": ref.edition,
        "version": ref.version, "DOI": ref.doi, "PMID": ref.pmid, "PMCID": ref.pmcid, "URL": ref.url,
    }
    item.update({k: v for k, v in simple.items() if v})
    if ref.kind == "report":
        genre, number = ref.report_type_and_number
        item.update({k: v for k, v in (("genre", genre), ("number", number)) if v})
    elif ref.is_patent:
        item.update(type="patent", number=ref.genre)  # "US Patent 9,123,456"
    elif ref.genre:  # "PhD thesis", "Motion picture", "ClinicalTrials.gov NCT01234567"
        item["genre"] = ref.genre
    if ref.series:
        item["collection-title"] = ref.series
    if ref.year and _date(ref.year):
        item["issued"] = _date(ref.year)
    if ref.accessed and _date(ref.accessed):
        item["accessed"] = _date(ref.accessed)
    if ref.status:
        item["status"] = {"epub-ahead-of-print": "Epub ahead of print", "in-press": "in press"}[ref.status]
    if ref.error:
        item["note"] = f"unparsed: {ref.text}"
    return item


def to_csl_json(references) -> str:
    keys = citation_keys(references)
    items = [csl_item(ref, keys[ref.position]) for ref in references]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
