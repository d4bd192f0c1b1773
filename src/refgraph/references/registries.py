"""Trial registrations, cited by the register's record: AMA's "Ketamine for depression.
ClinicalTrials.gov identifier: NCT01234567. Updated March 3, 2020. Accessed May 1, 2021.
https://…", NLM's "ClinicalTrials.gov [Internet]. Bethesda (MD): National Library of
Medicine (US). 2000 Feb 29 - . Identifier NCT00287391, Ketamine in depression; 2006 Feb 3
[cited 2009 Jun 5]; …". The register is the site the record is on (the container, as a
web page's site is), the trial's title is the title, and the registration number is kept
as the record's genre — no word of the title, no publisher's name."""

from __future__ import annotations

import re

from .patterns import YEAR

_REGISTER = (r"ClinicalTrials\.gov|ISRCTN(?:\s+[Rr]egistry)?|EU Clinical Trials Register|ANZCTR"
             r"|Australian New Zealand Clinical Trials Registry|Chinese Clinical Trial Regist(?:ry|er)|ChiCTR"
             r"|German Clinical Trials Register|DRKS|Clinical Trials Registry[- ]India|CTRI|UMIN(?:-CTR)?"
             r"|Netherlands Trial Register|Pan African Clinical Trials Registry|PACTR|ReBEC")
_NUMBER = (r"NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR[-\w]{6,20}|DRKS\d{8}|CTRI/\d{4}/\d+/\d+|UMIN\d{9}|PACTR\d{15}"
           r"|EudraCT\s*(?:[Nn]o\.?|[Nn]umber)?:?\s*\d{4}-\d{6}-\d{2}|RBR-\w{6,8}")
_REGISTRATION = re.compile(rf"(?P<register>{_REGISTER})?\s*(?:[Ii]dentifier|[Rr]egistration(?: [Nn]umber)?|ID)?:?\s*"
                           rf"(?P<number>{_NUMBER})")
# The register's name as a sentence of its own, where names stand ("ClinicalTrials.gov [Internet].")
_REGISTER_SENTENCE = re.compile(rf"(?:^|(?<=[.;]\s))(?:{_REGISTER})(?:\s*\[Internet\])?\.\s*")
# NLM's "Identifier NCT00287391, Ketamine in depression; 2006 Feb 3": the title after the number.
_NLM_TITLE = re.compile(rf"[Ii]dentifier:?\s*(?:{_NUMBER}),\s*(?P<title>[^;]{{3,400}});")
_DATE_WORDS = re.compile(rf"\b(?:Updated|Last updated|First posted|Posted|Registered)\s+(?:on\s+)?[^.;]*?\b(?P<year>{YEAR})\b")


# A registration number says where the record is, as a DOI says where an article is.
REGISTRATION_NUMBER = re.compile(_NUMBER)


def trial_registration(fields: dict, text: str) -> dict:
    """The record read as one, where the string names a register's number (a number read
    as the pages, "… ClinicalTrials.gov. 2019. NCT01234567.", is the record's)."""
    # (The number alone first: the whole pattern, its register and label optional, is
    # tried at every position of every entry, and almost none cites a register.)
    found = _REGISTRATION.search(text) if REGISTRATION_NUMBER.search(text) else None
    if not found or fields.get("volume") or fields.get("pages") not in (None, "", found.group("number")):
        return fields
    register = found.group("register") or next(iter(re.findall(_REGISTER, text)), "")
    if not register:
        return fields
    number = re.sub(r"\s+", " ", found.group("number"))
    nlm = _NLM_TITLE.search(text)
    if nlm:
        title = nlm.group("title").strip()
    else:
        title = fields.get("title") or ""
        title = _REGISTER_SENTENCE.sub("", title)
        title = re.sub(rf"[.,;]?\s*(?:{_REGISTER})?\s*(?:[Ii]dentifier|[Rr]egistration(?: [Nn]umber)?|ID)?:?\s*(?:{_NUMBER})\.?",
                       "", title)
        title = re.sub(r"\s*(?:\(\s*\)|\[\s*\])", "", title).strip(" .;,")  # the number's brackets, left empty
    ending_year = re.search(rf"\s+(?P<year>{YEAR})$", title)  # "… (UNITI-1) 2015 [Available from: …]"
    if ending_year:
        title = title[: ending_year.start()]
    if len(title.split()) < 2:
        return fields
    dated = _DATE_WORDS.search(text)
    year = fields.get("year") or (ending_year or dated or {"year": ""})["year"]
    return {**fields, "title": title, "journal": register, "booktitle": "", "publisher": "", "place": "", "pages": "",
            "kind": "online", "genre": f"{register} {number}" if register not in number else number, "year": year}
