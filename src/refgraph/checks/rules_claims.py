"""Rules about what the claims say: results without sources, one source with two sets of numbers."""
from __future__ import annotations

import re
from collections import defaultdict

from .model import rule

# Numbers that report a result: percentages, sample sizes, "30 out of 47 patients".
_RESULT = re.compile(
    r"\b\d+(?:\.\d+)?\s?%|\(\s*n\s*=\s*\d+|\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+(?:patients|participants|subjects)"
    r"|\b\d+(?:\.\d+)?-fold\b|\bp\s*[<=]\s*0?\.\d+",
    re.I,
)
# The sentence must be about someone else's study: the manuscript's own results
# ("we found", Results sections) need no citation.
_OTHER_STUDY = re.compile(
    r"\b(?:a|an|the|one|another|this|that|previous|prior|recent|earlier|first|large|later|subsequent)\s+"
    r"(?:[\w-]+\s+){0,4}(?:study|studies|trial|trials|RCT|meta-analysis|survey|cohort|series|investigators|authors)\b",
    re.I,
)
_OWN_WORK = re.compile(r"\b(?:we|our|us|this (?:study|paper|review|article))\b", re.I)
_OWN_SECTIONS = re.compile(r"\b(?:abstract|summary|methods?|materials|results|statistical|participants|procedures?|measures|data|conclusions?)\b", re.I)
_POINTER = re.compile(r"\((?:see\s+)?(?:Table|Figure|Fig\.?|Supplementary)\b", re.I)


@rule("RG401", "unsupported-claim", "A sentence reports a study's result with no citation in it or around it.", "info")
def unsupported_claim(analysis, config):
    """Results (percentages, sample sizes, "a study found") need a source.

    Bad: ``In the first open-label study, 70.8% of patients responded.`` in a paragraph with no citation.
    Good: ``In the first open-label study, 70.8% of patients responded.<sup>12</sup>``
    """
    by_paragraph = defaultdict(list)
    for sentence in analysis.sentences:
        if sentence.kind == "paragraph" or sentence.kind == "sentence":
            by_paragraph[sentence.paragraph].append(sentence)
    for sentences in by_paragraph.values():
        if not sentences[0].section or any(_OWN_SECTIONS.search(h) for h in sentences[0].section):
            continue  # front matter, abstract, methods and results report the paper's own work
        if any(s.callouts for s in sentences):
            continue  # a cited paragraph usually describes the cited study throughout
        for sentence in sentences:
            if not _RESULT.search(sentence.text) or not _OTHER_STUDY.search(sentence.text):
                continue
            if not (_OWN_WORK.search(sentence.text) or _POINTER.search(sentence.text)):
                yield unsupported_claim.finding(
                    sentence.line, sentence.span.column,
                    f"This sentence reports a result but neither it nor its paragraph cites a source: \"{_short(sentence.text)}\"",
                    (), "Cite the study that reported this result.")


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_DOSE = re.compile(r"(?:(?P<drug1>[a-z][a-z-]{3,})\s+(?:dose\s+of\s+)?)?(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>mg/kg|mg|µg/kg|mcg)(?:\s+(?:of\s+)?(?P<drug2>[a-z][a-z-]{3,}))?", re.I)
_SAMPLE = re.compile(r"\b(?:in|of)\s+(?P<n1>\d{2,5})\s+(?:\w+\s){0,2}(?:patients|participants|subjects|adults|individuals)\b|\(\s*n\s*=\s*(?P<n2>\d{2,5})\s*\)\s+who|RCT\s+\(\s*n\s*=\s*(?P<n3>\d{2,5})\s*\)|patients with \w+ \(\s*n\s*=\s*(?P<n4>\d{2,5})\s*\)")
_NOT_DRUG = {"dose", "doses", "infusion", "over", "with", "placebo", "total", "each", "were", "active", "and", "daily", "weekly"}


_DOSE_UNIT = re.compile(r"mg|µg|mcg", re.I)


def _facts(text: str) -> tuple[set[int], dict[str, set[str]]]:
    sizes = {int(next(g for g in m.groups() if g)) for m in _SAMPLE.finditer(text)}
    doses: dict[str, set[str]] = defaultdict(set)
    previous_drug, previous_end = "", -1
    # (Most text names no dose: the dose pattern, which tries every word as a drug's name,
    # runs only where a unit stands.)
    for m in _DOSE.finditer(text) if _DOSE_UNIT.search(text) else ():
        drug = (m.group("drug1") or m.group("drug2") or "").lower()
        if drug in _NOT_DRUG:
            drug = ""
        if not drug and previous_drug and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[previous_end:m.start()]):
            drug = previous_drug  # "ketamine 0.1 mg/kg, 0.2 mg/kg, and 0.5 mg/kg"
        if drug:
            doses[f"{drug} ({m.group('unit')})"].add(m.group("value"))
        previous_drug, previous_end = drug, m.end()
    return sizes, doses


@rule("RG402", "conflicting-facts", "One source is described with different numbers in different places.", "warning")
def conflicting_facts(analysis, config):
    """Sample sizes and doses given for one source should agree between text and tables.

    Bad: ``Phillips et al.<sup>79</sup> found that, in 46 patients…`` and Table 1 gives 41 for reference 79.
    Good: the same sample size (and the same doses) wherever reference 79 is described.
    """
    descriptions: dict[int, list] = defaultdict(list)
    by_paragraph = defaultdict(list)
    for sentence in analysis.sentences:
        by_paragraph[sentence.paragraph].append(sentence)
    for sentences in by_paragraph.values():
        context = []
        for sentence in sentences:
            context.append(sentence)
            if len(sentence.numbers) == 1:
                # The uncited sentences leading up to a single-source claim describe that source.
                text = " ".join(s.text for s in context)
                if sentence.kind == "table-row":
                    cells = sentence.text.split(" | ")
                    sizes = {int(c) for c in cells if re.fullmatch(r"\d{2,5}", c.strip())}
                    _, doses = _facts(sentence.text)
                else:
                    sizes, doses = _facts(text)
                descriptions[sentence.numbers[0]].append((sentence, sizes, doses))
            if sentence.callouts:
                context = []
    # Each place is compared with the first that gives the same kind of fact for the source,
    # not with every other place (linear in the places: a source cited in hundreds of
    # claims must not cost the square of them). Two table rows are not compared.
    for number, described in sorted(descriptions.items()):
        first: dict[str, tuple] = {}  # "sample size" or "<drug> (<unit>) dose" → (place, values)
        for b, sizes_b, doses_b in described:
            facts = ([("sample size", sizes_b)] if sizes_b else []) + [(f"{drug} dose", doses_b[drug]) for drug in sorted(doses_b)]
            for what, values_b in facts:
                if what not in first:
                    first[what] = (b, values_b)
                    continue
                a, values_a = first[what]
                if not a.kind == b.kind == "table-row" and not values_a & values_b:
                    yield _conflict(number, a, b, what, values_a, values_b)


def _conflict(number, a, b, what, values_a, values_b):
    where = lambda s: f"{s.table} (line {s.line})" if s.table else f"line {s.line}"
    fmt = lambda values: ", ".join(str(v) for v in sorted(values, key=float))
    return conflicting_facts.finding(
        b.line, b.span.column,
        f"Reference {number} is described with {what} {fmt(values_a)} at {where(a)} but {fmt(values_b)} at {where(b)}.",
        [number], "Check the source and make the numbers agree.")
