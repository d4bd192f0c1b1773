"""Citations by label (BibTeX's alpha style): the sample rewritten with "[BCA+00]" labels,
as mathematics and computer science journals print them."""
from __future__ import annotations

import re
from collections import Counter

from conftest import analyse_text


def _alpha_label(ref) -> str:
    """BibTeX's alpha label: three letters of one author's surname, the initials of up
    to four, or three and "+" for more; then the year's last two digits."""
    names = [re.sub(r"[^A-Za-z]", "", a.family or a.literal) or "X" for a in ref.authors] or ["Anon"]
    if ref.et_al or len(names) > 4:
        head = "".join(n[0] for n in names[:3]) + "+"
    elif len(names) == 1:
        head = names[0][:3]
    else:
        head = "".join(n[0] for n in names)
    return head + (ref.year or "0000")[-2:]


def _as_alpha(sample, sample_text: str) -> tuple[str, dict[int, str]]:
    labels: dict[int, str] = {}
    seen: Counter = Counter()
    for ref in sample.references:
        label = _alpha_label(ref)
        seen[label] += 1
        labels[ref.number] = label + ("abcdefgh"[seen[label] - 2] if seen[label] > 1 else "")
    body = sample_text[:sample.references.body_end]
    out, last = [], 0
    for callout in sample.callouts:
        out += [body[last:callout.span.start], "[" + ", ".join(labels[n] for n in callout.numbers) + "]"]
        last = callout.span.end
    out.append(body[last:])
    entries = sorted((f"[{labels[r.number]}] " + re.sub(r"\s+", " ", r.raw) for r in sample.references), key=str.lower)
    return "".join(out).rstrip() + "\n\n## References\n\n" + "\n\n".join(entries) + "\n", labels


def test_alpha_labels_cite_their_entries(sample, sample_text, tmp_path):
    text, labels = _as_alpha(sample, sample_text)
    assert "[BCA+00]" in text
    analysis = analyse_text(text, tmp_path)
    assert analysis.style == "label"
    assert sorted(r.title for r in analysis.references) == sorted(r.title for r in sample.references)
    cited = lambda a: [tuple(sorted(a.references.by_position()[p].title for p in c.targets)) for c in a.callouts]
    assert cited(analysis) == cited(sample)
    assert [s.text for s in analysis.claims] == [s.text for s in sample.claims]
    # The findings are the sample's, less those about numbers (ranges, order of first use):
    # an alpha list is sorted by BibTeX's key, which neither rule can check.
    from refgraph.checks import run_checks
    from refgraph.checks.config import Config

    codes = lambda a: Counter(f.rule for f in run_checks(a, Config()) if f.rule not in ("RG104", "RG105"))
    assert codes(analysis) == codes(sample)
    assert not [f for f in run_checks(analysis, Config()) if f.rule == "RG104"]


def test_a_bracket_that_is_not_all_labels_cites_nothing(sample, sample_text, tmp_path):
    """"[Table 2]", "[sic]" and a label beside words are no citations; "[Mur13, p. 4]" is."""
    text, labels = _as_alpha(sample, sample_text)
    label = labels[sample.references.references[0].number]
    text = text.replace("\n\n## References", f" A note [sic] and [Table 2] and [see {label} and others]."
                                              f" As shown [{label}, p. 4].\n\n## References")
    analysis = analyse_text(text, tmp_path)
    assert sum(1 for c in analysis.callouts if c.notation == "label") == len(sample.callouts) + 1
    assert analysis.callouts[-1].text == f"{label}, p. 4"
