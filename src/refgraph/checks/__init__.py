"""Stage 5: lint rules over an :class:`~refgraph.pipeline.Analysis`."""
from .model import Finding, Rule

__all__ = ["Finding", "Rule", "RULES", "rule_by_key", "run_checks"]


def __getattr__(name: str):
    # The rules import the parser and the citation readers behind them. Code that only
    # needs the findings' value types (the result cache, the renderers) imports this
    # package too, and must not pay for them: a cached check starts in a fraction of the time.
    if name in ("RULES", "rule_by_key"):
        from . import registry

        return getattr(registry, name)
    if name == "run_checks":
        from .run import run_checks

        return run_checks
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
