"""Words quoted inside an unquoted title: "… populations of the rare “copper moss,”
Scopelophila cataractae (Pottiaceae). Syst. Bot. 18: 525–537". American punctuation puts
the comma inside the closing quote, where a quoted title would end, so a reading can stop
the title there and take the rest of its sentence for the journal's first words."""

from __future__ import annotations

import re

_OPENING = "“\"«„"
# After the title as read: the rest of the quoted words' punctuation, the closing quote,
# and the title's words up to its sentence's end.
_CLOSING_THEN_WORDS = re.compile(r"(?P<close>[,.;]?\s*[”\"»“][,.;]?)\s+(?P<words>[^.?!”\"»]{2,200}?[^\s.A-Z])[.?!](?=\s)")


def quoted_words_ending_title(fields: dict, text: str) -> dict:
    """The title read to its sentence's end when the reading stopped it inside quoted words
    (the title has words before the quote opens, and no quote closes in it), taking the
    words back from the journal that begins with them."""
    title = fields.get("title") or ""
    journal = fields.get("journal") or ""
    opened = max(title.rfind(mark) for mark in _OPENING)
    if opened < 3 or not title[opened - 1].isspace() or not journal or re.search(r"[”»\"]", title[opened + 1:]):
        return fields  # (a quote that opens after a space, and no quote closes after it)
    at = text.find(title)
    if at < 0:
        return fields
    run_on = _CLOSING_THEN_WORDS.match(text, at + len(title))
    if not run_on or not journal.startswith(run_on.group("words")):
        return fields
    rest = journal[len(run_on.group("words")):].lstrip(" .").strip()
    if len(rest) < 2:
        return fields
    return {**fields, "title": text[at:run_on.end("words")], "journal": rest}


# British Harvard quotes a title in single marks: "(2010) 'State of the Art …', Forschungsforum
# …"; IEEE in straight double ones, the stop inside: "J. Smith. "Ketamine dataset." Kaggle.".
# A closing mark is a quote only before a separator (an apostrophe sits inside words).
_SINGLE_CLOSE = re.compile(r"[,.]?['’\"”][,.]?\s+")


def single_quoted_title_run_on(fields: dict, text: str) -> dict:
    """A title in quotes that a reading ran on past its closing mark into the body
    that issued it, with nothing else read after it: the title ends at the mark, and the
    rest (no number in it) is the source."""
    title = fields.get("title") or ""
    if any(fields.get(f) for f in ("journal", "booktitle", "publisher", "volume", "pages")):
        return fields
    at = text.find(title)
    if at < 1 or text[at - 1] not in "'‘\"“":
        return fields
    close = _SINGLE_CLOSE.search(title)
    rest = title[close.end():].strip(" .") if close else ""
    if not close or len(title[: close.start()].split()) < 2 or not rest[:1].isupper() or re.search(r"\d", rest) \
            or len(rest.split()) > 12:
        return fields
    # After double quotes (American) a magazine, site or meeting; after single ones (British
    # Harvard, "'Title', Forschungsforum …") the body that issued the work.
    return {**fields, "title": title[: close.start()], ("journal" if text[at - 1] in "\"“" else "publisher"): rest}
