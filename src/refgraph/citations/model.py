"""Immutable records for callouts and the sentences that carry them."""
from __future__ import annotations

from dataclasses import dataclass

from ..source import Span


@dataclass(frozen=True)
class CitedWork:
    """One work named in an author-date group: ``Smith et al., 2019a, p. 4``."""

    text: str
    names: tuple[str, ...]  # surnames as printed ("Smith", "Jones"); one for "Smith et al."
    et_al: bool
    year: str  # "2019", or "in press" / "n.d."
    suffix: str  # "a" of "2019a"
    locator: str  # "p. 4"
    span: Span
    extra_years: tuple[str, ...] = ()  # "2015, 2017b": further works by the same names
    original_years: tuple[str, ...] = ()  # "1975" of "1988 [1975]", for each year ("" where none)
    targets: tuple[int, ...] = ()  # positions it resolves to: none (undefined), one, or several (ambiguous)
    candidates: tuple[int, ...] = ()  # for an unresolved work, the closest entries


@dataclass(frozen=True)
class Callout:
    """One citation callout: ``<sup>35-37</sup>`` → text ``35-37``, numbers (35, 36, 37)."""

    text: str
    markup: str
    numbers: tuple[int, ...]
    span: Span
    notation: str  # superscript | unicode | bracket | parenthesis | reference word | glued …
    ranges: tuple[tuple[int, int], ...] = ()  # the ranges as printed (first, last)
    problems: tuple[str, ...] = ()  # reversed / degenerate / repeated / unsorted
    targets: tuple[int, ...] = ()  # positions of the entries it resolves to (see pipeline.resolve)
    items: tuple["CitedWork", ...] = ()  # author-date: each work the group names
    keep: int = 0  # leading characters that stay in the claim ("Smith et al." of "Smith et al. (2019)")
    keys: tuple[str, ...] = ()  # the keys a format's own callout names (LaTeX, JATS, Word fields)

    @property
    def cut(self) -> str:
        """What the claim loses: the whole callout, or a narrative citation's bracketed year."""
        return self.markup[self.keep:]

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def hidden_by_range(self) -> set[int]:
        """Numbers only implied by a range (not its endpoints)."""
        bounds = [(min(first, last), max(first, last)) for first, last in self.ranges]
        return {n for n in self.numbers if any(low < n < high for low, high in bounds)}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body (or a table row), in plain text, with where it came from."""

    index: int
    text: str
    markdown: str
    span: Span
    end_line: int
    section: tuple[str, ...]
    paragraph: int
    kind: str = "sentence"  # sentence | table-row | caption
    table: str = ""  # "Table 1" for rows and captions of a table
    callouts: tuple[Callout, ...] = ()

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @property
    def numbers(self) -> tuple[int, ...]:
        seen: dict[int, None] = {}
        for callout in self.callouts:
            for number in callout.numbers:
                seen.setdefault(number, None)
        return tuple(seen)

    @property
    def targets(self) -> tuple[int, ...]:
        """Positions of the entries this sentence cites, in order of citation."""
        seen: dict[int, None] = {}
        for callout in self.callouts:
            for position in callout.targets:
                seen.setdefault(position, None)
        return tuple(seen)


# A claim is a sentence or table row that carries at least one callout.
Claim = Sentence
