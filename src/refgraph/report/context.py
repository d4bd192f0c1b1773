"""What a finding is about, as a reader sees it: the claim with its callout highlighted,
or the reference entry, rendered from the manuscript as escaped text.

Both pages use this; neither shows raw Markdown ("&lt;sup&gt;") or a cut-off source line.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .safe import esc

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use markers: survive plain_text, never in a manuscript's meaning


@dataclass(frozen=True)
class Context:
    kind: str  # claim | table-row | reference | line
    html: str  # escaped, with <mark>/<sup> for callouts
    node: str = ""  # the graph node it belongs to ("c12", "r7"), if any


class Contexts:
    """Finds, for any (line, column), the sentence or reference entry that holds it."""

    def __init__(self, analysis):
        self.analysis = analysis
        self.sentences = sorted(analysis.sentences, key=lambda s: s.span.start)
        self.starts = [s.span.start for s in self.sentences]
        self.references = sorted(analysis.references, key=lambda r: r.span.start)
        self.reference_starts = [r.span.start for r in self.references]

    def sentence_at(self, offset: int):
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0:
            sentence = self.sentences[index]
            if sentence.span.start <= offset <= max(sentence.span.end, max((c.span.end for c in sentence.callouts), default=0)):
                return sentence
        return None

    def reference_at(self, offset: int):
        index = bisect.bisect_right(self.reference_starts, offset) - 1
        if index >= 0 and self.references[index].span.start <= offset < self.references[index].span.end + 1:
            return self.references[index]
        return None

    def of(self, finding) -> Context:
        source = self.analysis.source
        offset = source.offset(finding.line, finding.column)
        sentence = self.sentence_at(offset)
        if sentence is not None:
            return Context(sentence.kind if sentence.kind == "table-row" else "claim", claim_html(sentence, offset), f"c{sentence.index}")
        ref = self.reference_at(offset)
        if ref is not None:
            return Context("reference", esc(ref.text), f"r{ref.position}")
        from ..citations.claims import plain_text

        return Context("line", esc(plain_text(source.line_text(finding.line))[:300]))


def claim_html(sentence, offset: int = -1) -> str:
    """The sentence as text, each callout shown in place; the one at ``offset`` highlighted."""
    from ..citations.claims import plain_text

    text = sentence.markdown
    shown = []
    for callout in sorted(sentence.callouts, key=lambda c: c.span.start):
        cut = callout.cut
        at = text.find(cut) if cut else -1
        if at < 0:
            continue
        marker = f"{_OPEN}{len(shown)}{_CLOSE}"
        text = text[:at] + marker + text[at + len(cut):]
        shown.append(callout)
    if sentence.kind == "table-row":  # cells as the claim shows them: "Singh et al. | To assess … | TRD"
        import re

        text = " | ".join(cell.strip() for cell in re.split(r"\t|(?<!^)\|(?!$)", text.strip().strip("|")) if cell.strip())
    html = esc(plain_text(text))
    for index, callout in enumerate(shown):
        hit = callout.span.start <= offset < callout.span.end
        label = esc(plain_text(callout.cut).strip() or callout.text)
        css = "cite hit" if hit else "cite"
        element = f'<sup class="{css}">{label}</sup>' if callout.notation in ("superscript", "unicode") else f'<mark class="{css}">{label}</mark>'
        html = html.replace(f"{_OPEN}{index}{_CLOSE}", (" " if callout.notation not in ("superscript", "unicode") else "") + element, 1)
    return html.replace(_OPEN, "").replace(_CLOSE, "")
