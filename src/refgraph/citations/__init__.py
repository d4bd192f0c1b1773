"""Stage 3: in-text citation callouts and the claims (sentences, table rows) that carry them."""
from .model import Callout, Claim, Sentence
from .callouts import find_callouts, expand_callout
from .claims import segment_body

__all__ = ["Callout", "Claim", "Sentence", "find_callouts", "expand_callout", "segment_body"]
