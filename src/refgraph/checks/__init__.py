"""Stage 5: lint rules over an :class:`~refgraph.pipeline.Analysis`."""
from .model import Finding, Rule
from .registry import RULES, rule_by_key
from .run import run_checks

__all__ = ["Finding", "Rule", "RULES", "rule_by_key", "run_checks"]
