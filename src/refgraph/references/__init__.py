"""Stage 2: the reference list → structured, immutable :class:`Reference` records."""
from .model import Author, Reference, ReferenceList
from .extract import extract_references

__all__ = ["Author", "Reference", "ReferenceList", "extract_references"]
