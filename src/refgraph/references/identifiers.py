"""Identifiers, links, access dates and publication status, lifted out of a reference string.

They are removed before the bibliographic part is parsed, because their punctuation
(``doi:10.1016/S0140-6736(10)…``, ``Accessed March 05, 2019``) confuses field splitting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "enero", "janeiro", "janvier"),
            ("feb", "february", "febrero", "fevereiro", "février"),
            ("mar", "march", "marzo", "março", "mars"),
            ("apr", "april", "abril", "avril"),
            ("may", "mayo", "maio", "mai"),
            ("jun", "june", "junio", "junho", "juin"),
            ("jul", "july", "julio", "julho", "juillet"),
            ("aug", "august", "agosto", "août"),
            ("sep", "sept", "september", "septiembre", "setembro", "septembre"),
            ("oct", "october", "octubre", "outubro", "octobre"),
            ("nov", "november", "noviembre", "novembro", "novembre"),
            ("dec", "december", "diciembre", "dezembro", "décembre"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAME = r"(?:%s)\.?" % "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
# "In press" as English, Portuguese, Spanish and German print it (shared with the citations,
# where it stands for the year: "(Pletsch, no prelo)").
IN_PRESS_WORDS = r"in\s+press|forthcoming|no\s+prelo|en\s+prensa|im\s+Druck"

_DOI = re.compile(
    r"(?:\bdoi\s*:?\s*|(?:https?://)?(?:dx\.)?doi\.org/)?\b(10\.\d{3,9}/[^\s,;<>\"]*[^\s,;<>\".)\]])",
    re.I,
)
_DOI_LABEL = re.compile(r"(?:\bdoi\s*:?\s*(?:(?:https?://)?(?:dx\.)?doi\.org/)?|(?:https?://)?(?:dx\.)?doi\.org/)\s*$", re.I)
_URL_DOI_LABEL = re.compile(r"\bdoi\s*:?\s*$", re.I)
# (Its subject class may follow in brackets: "arXiv:1402.6956 [nucl-ex]", "[physics.ins-det]".)
_ARXIV = re.compile(r"\barXiv\s*:?\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)\b\.?"
                    r"(?:\s*\[[a-z-]+(?:\.[a-z-]+)?\])?", re.I)
_PMID = re.compile(r"\b(?:PubMed\s+)?PMID\s*:?\s*(\d{4,9})\b\.?", re.I)
# A PubMed ID printed bare at the entry's end, as PubMed-fed exports add it after the DOI
# or the pages ("…:769–74. 19065994; PubMed Central PMCID: …", "doi: … 22248573;"): seven or
# eight digits after a stop, a semicolon or a lifted identifier, with nothing after them.
_BARE_PMID_AT_END = re.compile(r"(?:(?<=[.;]\s)|(?<=\x00\s)|(?<=\x00))(?P<pmid>\d{7,8})\s*[;.]?\s*(?:\x00[\s.;]*)*$")
_NUMBER_WORD_BEFORE = re.compile(r"\b(?:No|Nr|n|nº|Vol|vol|v|p|pp|Report|ISSN|ISBN)\.?\s*\x00?\s*$", re.I)
_PMCID = re.compile(r"(?:\bPubMed\s+Central\s+)?\bPMCID\s*:?\s*(?:PMC)?(PMC\d+)\b\.?|\b(PMC\d{4,})\b\.?", re.I)
# "Epub 2012/07/27." or "Epub 2012 Jul 27." records when the online version appeared; it
# is not a status (the final citation is printed too), so it is dropped from the fields.
# (BMJ's "Published Online First: 12 March 2019" likewise.)
_PUBLISHED_ONLINE = re.compile(r"\b(?:Published [Oo]nline(?: [Ff]irst)?|First [Pp]ublished(?: [Oo]nline)?|Online(?: [Ff]irst)?)(?P<ahead> ahead of print)?\s*:?\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\.?")
_EPUB_DATE = re.compile(r"\bEpub\s+(?:1[89]|20)\d\d\s*(?:/\s*\d{1,2}\s*/\s*\d{1,2}|\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)\.?")
# (French lists print where and when they read it as "[en ligne (12 janvier 2016) : URL]".)
# (MDPI prints "Available online: URL (accessed on 10 January 2022)", with no "at".)
_URL = re.compile(r"(?:(?:Available|Disponible|Disponível)(?:(?:\s+online)?\s+(?:at|from|en|em)|\s+online)\s*:?\s*"
                  r"|\[\s*en ligne\s*(?:\((?P<read>[^()]{4,40})\))?\s*:\s*)?(?:URL:?\s*)?<?((?:https?|ftp)://[^\s<>\x00]+?|(?<![\w./@])www\.[\w-]+\.[^\s<>\x00]+?)>?(?=[.,;)]?(?:\s|\x00|$))", re.I)
# (A date never runs into the address after it: "Retrieved Nov. 13, 2014, from http://…"
# keeps its address, and the "from" goes with the date.)
_NOT_ADDRESS = r"(?!(?:https?|ftp)://|www\.)"
# The words that date the day a page was read, in the languages lists are printed in.
# (English translations of ABNT print "Last access: Jan. 14, 2024." and "Access on: 12 Aug.
# 2021."; a bare "Access" is a title's word, so it counts only before "on:"/"in:". Harvard's
# "[viewed 29 April 2021]" is bracketed.)
ACCESS_WORDS = (r"Accessed|Accessed on|Cited|Acceso|Acesso|Acessado|Consultado|Last accessed|Retrieved"
                r"|Last access|Date (?:of access|accessed)|Access date|Access(?=\s*(?:on|in)\s*:)|(?<=\[)viewed"
                r"|Consulté|Zugriff|[Aa]bgerufen|Zugegriffen|Consultato|Recuperado|Accedido")
_ACCESSED = re.compile(
    # (The day a page was read, as lists in other languages print it: "Consulté le",
    # "Zugriff am", "abgerufen am", "Acessado em", "Consultato il", "Recuperado el".)
    # (The date is a few words at most: the word in a title, "El acceso abierto y …", once
    # took the whole title, up to the next year, as the date the page was read.)
    rf"\[?\(?\b(?:{ACCESS_WORDS})\b\s*(?:\b(?:le|am|em|el|il|en|on)\b)?\s*:?\s*"
    rf"(?P<date>(?:{_NOT_ADDRESS}[^\]\)]){{0,30}}?\d{{4}}(?:{_NOT_ADDRESS}[^\]\).;])*?|(?:{_NOT_ADDRESS}[^\]\).;])*?)"
    r"(?:,?\s*(?:from|unter|sur|em|en|at|in)\s*:?(?=\s*(?:(?:https?|ftp)://|www\.))"
    r"|\s*[\]\)]?\s*(?=[.;]|$|\s*(?:(?:https?|ftp)://|www\.)))",
    re.I,
)
_AMS_CITED = re.compile(r"(?<=,)\s*cited\s+(?P<year>(?:1[89]|20)\d\d)\s*:")


def ams_cited_year(text: str) -> tuple[str, str]:
    """AMS dates a page by the year it was read, where the year stands: "Yee, T. W., cited
    2006: A user's guide …" is Yee 2006, read in 2006. (The text with its year as any
    other entry prints it, and that year; or the text as it was and "".)"""
    ams = _AMS_CITED.search(text)
    if not ams:
        return text, ""
    return text[:ams.start()] + f" {ams.group('year')}:" + text[ams.end():], ams.group("year")


_STATUS = [
    (re.compile(r"\[?\(?\bE-?pub(?:lished)?\s+ahead\s+of\s+print\b\)?\]?\.?", re.I), "epub-ahead-of-print"),
    # APA's "Journal. Advance online publication." is the same state: online, no issue yet.
    (re.compile(r"\bAdvance\s+online\s+publication\b\.?", re.I), "epub-ahead-of-print"),
    # (CSE prints "[published online ahead of print]" where the volume will be.)
    # (AMA 10 dates it: "Title [published online ahead of print March 3, 2015]. JAMA".)
    (re.compile(r"\[?\(?\b(?:published\s+(?:online\s+)?)?ahead\s+of\s+print\b"
                r"(?:\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)(?:19|20)\d\d)?\)?\]?\.?", re.I),
     "epub-ahead-of-print"),
    # "in press" as English, French, Portuguese, Spanish and German lists print it — as a
    # status, not as a title's words ("Warning of a Forthcoming Collapse", "Exaggeration in
    # press releases"), which a word goes on after.
    (re.compile(rf"\[?\(?(?:\b(?:{IN_PRESS_WORDS})\b|(?<!\w)[àa]\s+para[iî]tre\b)"
                r"(?!\s+[^\W\d_])\)?\]?\.?", re.I),
     "in-press"),
]


@dataclass(frozen=True)
class Identifiers:
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    url: str = ""
    accessed: str = ""
    status: str = ""
    online_year: str = ""  # from "Published online March 3, 2021", when that is all the date there is
    arxiv: str = ""  # "2101.12345" from "arXiv:2101.12345"


def iso_date(text: str) -> str:
    """``March 05, 2019`` / ``2022 Mar 5`` / ``12 enero 2018`` → ``2019-03-05`` (or ``yyyy-mm``);
    a date already so written stays as it is."""
    iso = re.search(r"\b(?:1[89]|20)\d\d-[01]\d(?:-[0-3]\d)?\b", text)
    if iso:
        return iso.group(0)
    dotted = re.search(r"\b([0-3]?\d)\.([01]?\d)\.((?:1[89]|20)\d\d)\b", text)  # German "12.03.2020"
    if dotted and 1 <= int(dotted.group(1)) <= 31 and 1 <= int(dotted.group(2)) <= 12:
        return f"{dotted.group(3)}-{int(dotted.group(2)):02d}-{int(dotted.group(1)):02d}"
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    if not year:
        return ""
    month = next(
        (_MONTHS[w.lower().rstrip(".")] for w in re.findall(r"[^\W\d_]+\.?", text) if w.lower().rstrip(".") in _MONTHS),
        None,
    )
    if month is None:
        return year.group(1)
    rest = text.replace(year.group(1), " ")
    day = re.search(r"\b([0-3]?\d)\b", rest)
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"
    return f"{year.group(1)}-{month:02d}"


def notice_spans(text: str) -> list[tuple[int, int]]:
    """Where the string says something about the record rather than being part of it:
    "Published online ahead of print March 3, 2021", "[Epub ahead of print]", "Accessed …"."""
    spans = []
    for pattern in (_PUBLISHED_ONLINE, _EPUB_DATE, _ACCESSED, *(p for p, _ in _STATUS)):
        spans.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    return sorted(spans)


# A DOI the line wrapping of PDF text or a converter broke: "https:// doi.org/…", "doi.
# org/…", "10.1038/ nature14956", "10.1016/j.jad.2018.01. 012", "S0140- 6736". A DOI never
# ends in "/", "-" or "_", so a space after one is a line break; after a ".", only when the
# chunk that follows carries a digit, at once or after one more dot ("10.1016/j.
# memsci.2011.11.020"; ". Epub 2015" ends the DOI).
_WRAPPED_DOI = re.compile(
    r"(?<=https://)\s+(?=(?:dx\.)?doi\.)|(?<=\bdoi\.)\s+(?=org/)"
    r"|(?<=10\.\d{4}/)\s+(?=[A-Za-z0-9(])|(?<=10\.\d{5}/)\s+(?=[A-Za-z0-9(])")
_DOI_BREAK = re.compile(r"(\b10\.\d{4,9}/[^\s,;<>\"]*?(?:[/_-]|\.(?=\s+[A-Za-z]*\.?\d)))\s+(?=[A-Za-z0-9(])")


def _rejoin_wrapped_doi(text: str) -> str:
    if "10." not in text:
        return text
    text = _WRAPPED_DOI.sub("", text)
    for _ in range(3):  # a long DOI may be broken more than once (bounded: linear)
        joined = _DOI_BREAK.sub(r"\1", text)
        if joined == text:
            break
        text = joined
    return text


# An ISO date in brackets straight after an address is the day it was read: "Available
# from: https://www.who.int/… (2022-01-10)."
# (APSA prints it with the month's name: "… /fda-approves-new (March 5, 2019).")
_DATE_AFTER_URL = re.compile(r"\x00\s*\(\s*(?P<date>(?:1[89]|20)\d\d-[01]\d-[0-3]\d"
                             rf"|(?i:{MONTH_NAME})\s+[0-3]?\d,\s+(?:1[89]|20)\d\d|[0-3]?\d\s+(?i:{MONTH_NAME})\s+(?:1[89]|20)\d\d)\s*\)\.?")
# A conversion's space after the scheme: "https:// www.R-project.org/" is one address.
_URL_SCHEME_SPACE = re.compile(r"\b((?:https?|ftp)://)\s+(?=[\w-]+\.[\w.-]+)")
# An address wrapped inside its query ("…/dataAccessMatrix.htm?" / "mode=ApplyFilter&…"):
# after "?", "&" or "=" the next chunk carries "=" or "&" too. ("…/lecture/ acessado em"
# is an address and a word.)
_URL_QUERY_BREAK = re.compile(r"(\b(?:https?|ftp)://[^\s<>\"]*[?&=])\s+(?=[^\s<>\"]*[=&])")


# arXiv's own address of an e-print names its number: ".../abs/1706.03762v2", ".../pdf/hep-th/9901001".
_ARXIV_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\.pdf)?/?$", re.I)


def lift_identifiers(text: str) -> tuple[str, Identifiers]:
    """Remove identifiers from ``text``; return what is left and what was found."""
    found: dict[str, str] = {}
    text = _URL_QUERY_BREAK.sub(r"\1", _URL_SCHEME_SPACE.sub(r"\1", _rejoin_wrapped_doi(text)))

    def cut(start: int, end: int) -> None:
        nonlocal text
        text = text[:start] + "\x00" + text[end:]

    # Cheap tests for what each identifier must contain: most entries carry none, and the
    # patterns open with optional parts that defeat the regex engine's own prefix scan.
    # (Cutting only removes text, so a test passed by none of the original holds after.)
    lower = text.lower()
    maybe = {"doi": "10." in text, "pmcid": "pmc" in lower, "pmid": "pmid" in lower, "arxiv": "arxiv" in lower,
             "url": "://" in text or "www." in lower}

    def take(pattern: re.Pattern[str], key: str) -> None:
        match = maybe[key] and pattern.search(text)
        if match:
            found[key] = next(g for g in match.groups() if g)
            cut(match.start(), match.end())

    accessed = _ACCESSED.search(text)
    if accessed and re.search(r"\d{4}", accessed.group("date") or ""):
        found["accessed"] = iso_date(accessed.group("date"))
        cut(accessed.start(), accessed.end())
    doi = maybe["doi"] and _DOI.search(text)
    if doi:
        found["doi"] = doi.group(1)
        label = _DOI_LABEL.search(text[: doi.start(1)])
        cut(label.start() if label else doi.start(), doi.end())
    take(_PMCID, "pmcid")
    epub = _EPUB_DATE.search(text)
    if epub:
        # The year the work appeared, where the entry prints no other ("Neuron. Epub 2020
        # Jan 3. doi:…"); with a final citation's date the fields keep that one.
        found["online_year"] = re.search(r"(?:1[89]|20)\d\d", epub.group(0)).group(0)
        cut(epub.start(), epub.end())
    online = _PUBLISHED_ONLINE.search(text)
    if online:
        if online.group("ahead"):
            found["status"] = "epub-ahead-of-print"
        found["online_year"] = re.search(r"(?:1[89]|20)\d\d", online.group(0)).group(0)
        cut(online.start(), online.end())
    take(_PMID, "pmid")
    if "pmid" not in found:
        bare = _BARE_PMID_AT_END.search(text)
        if bare and not _NUMBER_WORD_BEFORE.search(text, 0, bare.start()):
            found["pmid"] = bare.group("pmid")
            cut(bare.start("pmid"), bare.end())
    take(_ARXIV, "arxiv")
    url = maybe["url"] and _URL.search(text)
    if url:
        found["url"] = url.group(2)
        if url.group("read") and "accessed" not in found and re.search(r"\d{4}", url.group("read")):
            found["accessed"] = iso_date(url.group("read"))
        while found["url"].endswith(")") and found["url"].count(")") > found["url"].count("("):
            found["url"] = found["url"][:-1]  # "(https://www.R-project.org/)." closes the bracket
        while found["url"].endswith(("]", ".]")) and found["url"].count("]") > found["url"].count("["):
            found["url"] = found["url"].removesuffix("]").removesuffix(".")  # AMS's "[Available online at URL.]"
        start, end = url.start(), url.end()
        bracket = re.search(r"\[\s*$", text[:start])
        closing = re.match(r"\.?\]", text[end:])
        if bracket and (closing or url.group(2).endswith("]")):
            start, end = bracket.start(), end + (closing.end() if closing else 0)  # "[Available online at URL.]"
        label = _URL_DOI_LABEL.search(text, 0, start)
        if label:
            start = label.start()  # a shortDOI's address under the DOI's label: "DOI: https://doi.org/bvc6px."
        cut(start, end)
        listed = "arxiv" not in found and _ARXIV_ADDRESS.search(found["url"])
        if listed:
            found["arxiv"] = listed.group("id")  # "https://arxiv.org/abs/1706.03762": its e-print's number
        dated = _DATE_AFTER_URL.search(text)
        if dated and "accessed" not in found:
            found["accessed"] = iso_date(dated.group("date"))  # "URL (2022-01-10)": when it was read
            cut(dated.start(), dated.end())
    for pattern, status in _STATUS:
        match = pattern.search(text)
        if match:
            found.setdefault("status", status)
            dated = re.search(r"(?:19|20)\d\d", match.group())
            if dated and not found.get("online_year"):
                found["online_year"] = dated.group()  # the notice's own date ("… ahead of print March 3, 2015")
            bracketed = re.fullmatch(r"\(.*\)\.?", match.group())
            if status == "in-press" and bracketed and text[match.end():].strip():
                # "Jones, B. (in press). Title": the status stands where the year would,
                # and the names end at it as at "(2021)"; "(n.d.)" keeps that shape.
                text = text[: match.start()] + "(n.d.). " + text[match.end():].lstrip(". ")
            else:
                cut(match.start(), match.end())
            break
    return _close_gaps(text), Identifiers(**found)


def _close_gaps(text: str) -> str:
    """Mend the punctuation around removed pieces (marked NUL): "52. \0., \0" → "52.",
    "29 \0;3(1)" → "29;3(1)". Punctuation elsewhere ("Jr., S.") is left as printed."""

    def mend(match: re.Match[str]) -> str:
        before = match.group("before")
        if before:
            return before + " "
        after = re.search(r"[.,;:]", match.group("after"))
        return (after.group(0) if after else "") + " "

    text = re.sub(r"(?P<before>[.,;:]?)[ \t]*\x00(?P<after>[\s\x00.,;:]*)", mend, text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    return re.sub(r"[\s,;:]+$", "", text).strip()


# PubMed's notes after an article's pages: the records linked to it ("Erratum in: Arch Gen
# Psychiatry. 2005;62(7):768.", "Retraction in: …", "Comment in: …", "Update of: …") and
# the language of a translated article ("German."). They describe other records, or the
# text, not this work's source. (Only after the pages' stop: a letter may be titled
# "Comment on: …".)
_PUBMED_NOTE = re.compile(
    r"(?<=[\d)]\.)\s+(?:(?:Erratum|Retraction|Retracted|Comment|Update|Corrected\s+and\s+republished|Republished|"
    r"Expression\s+of\s+concern)\s+(?:in|for|of|from|on|to)\s*:\s*(?:(?!\b(?:doi|PMID|PMCID)\b|https?://).)*"
    r"|(?:German|French|Spanish|Italian|Portuguese|Russian|Chinese|Japanese|Korean|Polish|Dutch|Czech|Hungarian|Turkish"
    r"|Danish|Swedish|Norwegian|Finnish|Greek|Hebrew|Persian|Croatian|Serbian|Slovak|Romanian|Ukrainian)\.(?=\s|$))", re.I)


def without_pubmed_notes(text: str) -> str:
    """The entry without PubMed's linked-record notes and language tag."""
    # (A space stays where a note was: "…593. Erratum in: …768. PMID: 1593" must not glue
    # the DOI before it to "PMID".)
    return re.sub(r"[ \t]{2,}", " ", _PUBMED_NOTE.sub(" ", text)).strip()
