"""Exports of parsed references: BibTeX (via bibtexparser 2) and CSL-JSON."""
