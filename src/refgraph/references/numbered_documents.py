"""Documents named by a number of their own: reports ("(Report No. WHO/MSD/MER/2017.2)"),
standards ("ISO 9001:2015") and patents ("US Patent 9,123,456").

Readings take such a number for a journal and its volume, or keep it in the title. Each
mend here finds the printed statement, makes it the entry's genre (exported as BibTeX's
``type``/``number`` or ``howpublished`` and CSL's ``number``) and clears what was read
out of it.
"""
from __future__ import annotations

import re


# APA's report number in brackets after the title: "(Report No. WHO/MSD/MER/2017.2)",
# "(NIH Publication No. 15-4321)", "(Working Paper No. 13987)".
_BRACKETED_REPORT = re.compile(
    r"\s*\((?P<genre>(?:[A-Z][\w.&/-]*\s+){0,4}(?:Report|Paper|Publication|Brief|Note|Bulletin|Series|Document|Standard)\s+"
    r"(?:No\.?\s*|Number\s+)[^()]{1,40})\)")


def bracketed_report_number(fields: dict, text: str) -> dict:
    """The report's number in brackets after its title, which a reading ran into the title
    ("… estimates (Report No. WHO/MSD/MER/2017") and cut into numbers (issue "2"): the
    title ends at the bracket, the bracket is the report's genre and number, and no
    number read inside it is the work's."""
    title = fields.get("title") or ""
    bracket = _BRACKETED_REPORT.search(text) if "(" in text else None
    at = text.find(title[:30]) if title else -1
    # (The title may end just before it too, "… in 2011. (Report No. DOT HS 811 719)", with
    # the bracket's numbers read as a volume and pages.)
    if not bracket or at < 0 or at >= bracket.start():
        return fields
    gap = text[at + len(title): bracket.start()] if at + len(title) < bracket.start() else ""
    if gap.strip(" .") and (". " in gap or len(gap) > 80):
        return fields  # (a title's own words may lie between: "… systems — Requirements (ISO Standard No. …)")
    inside = bracket.group(0)
    fields = {**fields, "title": text[at: bracket.start()].strip(" ."), "genre": bracket.group("genre").strip(), "kind": "report"}
    for name in ("journal", "booktitle", "volume", "issue", "pages"):
        if fields.get(name) and (fields[name].strip(" .()") in inside or fields[name] in text[at: bracket.end()]):
            fields[name] = ""
    return fields


# A standard's designation opening the entry: "ISO 9001:2015", "ASTM D638-14", "IEC
# 60601-1:2005", "DIN EN ISO 14971:2020-07", "BS EN 1992-1-1:2004", "GB/T 7714-2015",
# "ABNT NBR 6023:2018", "ГОСТ Р 7.0.5-2008", "IEEE Std 802.11-2020", "ANSI/ASHRAE 55-2017".
_STANDARDS_BODY = (r"(?:ISO|IEC|EN|DIN|BS|ASTM|ANSI|ASHRAE|IEEE(?:\s+Std)?|NF|UNE|GB/T|GB|JIS|AS/NZS|AS|CSA|ABNT\s+NBR|NBR"
                   r"|ГОСТ(?:\s+Р)?|GOST(?:\s+R)?|SAE|API|ASME|ITU-T|ITU-R|CLSI|USP|OIML|VDI)")
_STANDARD = re.compile(rf"^(?P<designation>{_STANDARDS_BODY}(?:[/\s]+{_STANDARDS_BODY})*\s+[A-Z]?\s?\d[\w.\-–/]*"
                       r"(?::\s?\d{4}(?:[-–]\d{2})?)?(?:/(?:Amd|AMD|A|Cor|COR)\.?\s?\d+(?::\d{4})?)*)(?=[.,:;]?\s)[.,:;]?\s+(?P<rest>\S.*)$")
_STANDARD_TITLE_END = re.compile(r"(?<=[^\s.])\.\s+(?=[A-Z])|,\s+(?=(?:[A-Z][\w&-]*\s+){0,4}(?:International|Institute|Institution"
                                 r"|Organization|Organisation|Association|Society|Commission|Committee|Standards)\b)")


def standard_designation(fields: dict, text: str) -> dict:
    """A standard cited by its designation ("ISO 9001:2015. Quality management systems —
    Requirements. Geneva: ISO; 2015."), which readings take for names, a journal and its
    numbers ("ISO", volume 9001, pages 2015): the designation names the document (kept
    as its genre, a report's number), and the title is what follows it."""
    standard = _STANDARD.match(text)
    if not standard:
        return fields
    designation = standard.group("designation")
    rest = standard.group("rest")
    end = _STANDARD_TITLE_END.search(rest)
    title = (rest[: end.start()] if end else rest).strip(" .,;")
    if title[:1] in "\"“«" and title[-1:] in "\"”»":
        title = title[1:-1].strip(" .,;")
    fields = {**fields, "title": title, "genre": designation, "kind": "report"}
    if end and end.group(0).startswith(",") and not fields.get("publisher"):
        fields["publisher"] = rest[end.end():].split(",")[0].strip(" .")  # "…, ASTM International, West Conshohocken"
    if len(title.split()) < 2:
        return fields
    for name in ("journal", "volume", "issue", "pages"):
        if fields.get(name) and fields[name].strip(" .") in designation:
            fields[name] = ""
    if any((a.literal or a.family) and (a.literal or a.family) in designation for a in fields.get("authors") or ()):
        fields["authors"] = ()
    if fields.get("publisher", "").startswith(title[:20]):
        fields["publisher"] = ""
    return fields


# NLM's patent: "Smith J, Jones K, inventors; Acme Corp, assignee. Title. United States
# patent US 9,123,456. 2015 Sep 1." The roles are no names, the assignee no author.
_PATENT_ROLES = re.compile(r",\s*inventors?\s*(?:;\s*[^.;]{2,120}?,\s*assignees?\s*)?(?=\.)", re.I)
_PATENT = re.compile(
    r"(?P<genre>(?:(?:United\s+States|U\.\s?S\.(?:\s?A\.)?|[A-Z][a-z]+|[A-Z]{2,3})\s+)?"
    r"[Pp]atent(?:\s+[Aa]pplication)?(?:\s+(?:No\.?|Number))?\s*:?\s*(?:[A-Z]{2}\s?)?"
    r"\d+(?:[,/.-]\d+)*(?:\s\d+(?:[,/.-]\d+)*)*(?:\s?[A-Z]\d?\b)?)")


def without_patent_roles(text: str) -> str:
    """The entry with NLM's inventor and assignee roles taken out of its names."""
    return _PATENT_ROLES.sub("", text, count=1) if "nventor" in text else text


def patent_statement(fields: dict, text: str) -> dict:
    """A patent's statement ("United States patent US 9,123,456", "US Patent 9,123,456",
    "U.S. Patent 9 123 456") names the document, as a report's number does: it is the
    entry's genre, not the title's last sentence or a journal with a volume."""
    statement = _PATENT.search(text) if "atent" in text else None
    if not statement or fields.get("kind") not in (None, "misc", "article", "book", "report", "online"):
        return fields
    # (A statement the reading already holds is kept: "Provisional patent PT10607USP1".)
    genre = fields["genre"] if "atent" in fields.get("genre", "") else statement.group("genre").strip(" .,")
    fields = {**fields, "genre": genre, "kind": "misc"}
    title = fields.get("title") or ""
    head, stop, tail = title.rpartition(". ")
    if stop and tail and tail.replace(" ", "") in genre.replace(" ", ""):
        fields["title"] = head
    for name in ("journal", "volume", "issue", "pages"):
        value = (fields.get(name) or "").replace(" ", "")
        if value and value in genre.replace(" ", ""):
            fields[name] = ""
    return fields


# NLM's report number after the imprint: "Geneva: WHO; 2017. Report No.: WHO/MSD/MER/2017.2."
_LABELLED_REPORT_NUMBER = re.compile(
    r"(?:^|(?<=\.\s))(?P<genre>(?:[A-Z][\w-]*\s+){0,3}(?:Report|Publication|Paper|Document)\s+No\.?:\s*\S+?)\.?(?=\s|$)")


def labelled_report_number(fields: dict, text: str) -> dict:
    """The report's number NLM prints after its imprint, which readings keep as the genre
    "Report" alone (or as an issue): the whole statement is the genre."""
    statement = _LABELLED_REPORT_NUMBER.search(text) if "No" in text else None
    if not statement or fields.get("journal") or fields.get("kind") not in (None, "misc", "book", "report"):
        return fields
    genre = statement.group("genre")
    fields = {**fields, "genre": genre, "kind": "report"}
    for name in ("volume", "issue", "pages"):
        if fields.get(name) and fields[name] in genre:
            fields[name] = ""
    return fields
