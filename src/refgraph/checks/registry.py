"""The explicit list of rules. A rule that is not listed here does not run."""
from __future__ import annotations

from . import rules_authordate, rules_authors, rules_citations, rules_claims, rules_list, rules_naming
from .model import Rule

RULES: tuple[Rule, ...] = (
    rules_authordate.citations_not_recognised,
    rules_list.reference_numbering,
    rules_citations.undefined_citation,
    rules_citations.uncited_reference,
    rules_citations.citation_order,
    rules_citations.citation_range,
    rules_citations.overcited_reference,
    rules_authordate.ambiguous_citation,
    rules_authors.author_spelling,
    rules_authors.author_initials,
    rules_naming.et_al_usage,
    rules_naming.named_author_mismatch,
    rules_naming.year_mismatch,
    rules_authordate.citation_form,
    rules_list.duplicate_reference,
    rules_list.incomplete_reference,
    rules_list.epub_ahead_of_print,
    rules_list.uncertain_reference,
    rules_claims.unsupported_claim,
    rules_claims.conflicting_facts,
)


def rule_by_key(key: str) -> Rule | None:
    """A rule by code (``RG201``) or name (``author-spelling``)."""
    key = key.strip()
    return next((r for r in RULES if key.upper() == r.code or key.lower() == r.name), None)


def rules_matching(key: str) -> tuple[Rule, ...]:
    """The rules a user's key names: one by code or name, or every rule a code prefix
    (``RG2``) covers; empty for an unknown key."""
    exact = rule_by_key(key)
    if exact is not None:
        return (exact,)
    prefix = key.strip().upper()
    return tuple(r for r in RULES if prefix and r.code.startswith(prefix))
