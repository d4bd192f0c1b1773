"""The JSON contracts of the command line, built from an analysis (documented in the README)."""
from __future__ import annotations



def references_payload(analysis) -> dict:
    from .exports.keys import citation_keys

    keys = citation_keys(analysis.references)
    out = []
    for ref in analysis.references:
        out.append({
            "number": ref.number, "key": keys[ref.position], "line": ref.line, "type": ref.kind,
            "authors": [{"family": a.family, "initials": a.initials, "suffix": a.suffix, "literal": a.literal, "name": a.display}
                        for a in ref.authors],
            "et_al": ref.et_al, "title": ref.title, "journal": ref.journal, "year": ref.year, "volume": ref.volume,
            "issue": ref.issue, "pages": ref.pages, "status": ref.status, "doi": ref.doi, "pmid": ref.pmid,
            "pmcid": ref.pmcid, "url": ref.url, "accessed": ref.accessed, "publisher": ref.publisher,
            "place": ref.place, "booktitle": ref.booktitle, "edition": ref.edition, "error": ref.error, "text": ref.text,
            # Added in 0.2: identity, the letter of "2019a", and how sure the parser is.
            "position": ref.position, "year_suffix": ref.year_suffix, "arxiv": ref.arxiv, "genre": ref.genre,
            "parts": ref.parts, "parser": ref.parser, "certainty": ref.certainty, "confidence": dict(ref.confidence),
            # Added after 0.2.0 (additive): "editor" when the names are an edited book's editors.
            "names_role": ref.names_role,
        })
    return {"references": out}


def citations_payload(analysis) -> dict:
    rows = []
    by_position = analysis.references.by_position()
    for sentence in analysis.sentences:
        for callout in sentence.callouts:
            rows.append({
                "line": callout.line, "column": callout.column, "text": callout.text,
                "references": list(callout.numbers), "claim": sentence.text, "section": sentence.section_path,
                "notation": callout.notation,
                "works": [{"text": w.text, "names": list(w.names), "year": w.year + w.suffix, "locator": w.locator,
                           "references": [by_position[p].number for p in w.targets]} for w in callout.items],
            })
    rows.sort(key=lambda r: (r["line"], r["column"]))
    return {"style": analysis.style, "citations": rows}


def sources_payload(analysis) -> dict:
    from .graph import citing_claims, first_citation, times_cited

    graph = analysis.graph
    counts = times_cited(graph)
    rows = []
    for ref in analysis.references:
        claims = citing_claims(graph, ref.position)
        rows.append({
            "number": ref.number, "text": ref.text, "times_cited": counts.get(ref.position, 0),
            "first_citation": first_citation(graph, ref.position),
            "claims": [{"line": graph.nodes[c]["line"], "text": graph.nodes[c]["text"]} for c in claims],
        })
    return {"sources": rows}
