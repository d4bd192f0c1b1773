"""Markdown and PDF-conversion debris removed from reference strings."""
from __future__ import annotations

import html
import re

from ..chemistry import ELEMENTS
from .cjk import HAN, KANA
from .identifiers import MONTH_NAME
from .patterns import OTHER_VOLUME_LABEL, YEAR
from .vocabulary import scholarly_lists

_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
# (A link's address may hold one level of parentheses: "https://doi.org/10.1016/s0006-3223(99)00230-9".)
_MD_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?|ftp)://(?:[^()\s]|\([^()\s]*\))+)\)")
# The service links that publishers' and PubMed Central's pages print after each entry,
# "[[DOI](…)] [[PubMed](…)] [[Google Scholar](…)]", Springer's "Article CAS PubMed Google
# Scholar", Wiley's "Wiley Online Library CAS PubMed Web of Science® Google Scholar",
# ScienceDirect's "View PDF View article View in Scopus Google Scholar", Cell's and The
# Lancet's "View in Article Scopus (12) PubMed Crossref Google Scholar" (the count of
# citing works in brackets is no issue number), OUP's "Google
# Scholar Crossref Search ADS PubMed WorldCat": the identifiers they carry are kept (as the
# entry would print them), the search links dropped. One list of their names serves the
# Markdown cleaner here and the HTML reader. Some names are only ever a service's; the
# generic ones ("Article", "Abstract", "Link") count only as link text or in a run that
# names Google Scholar ("[abstract]" in an entry says what the work is).
_SPECIFIC_SERVICES = (r"DOI|PubMed(?: Central)?|PMC free article|Europe PMC|(?:Search in )?Google Scholar|Cross ?[Rr]ef|"
                      r"Web of Science ?®?|(?:View in )?Scopus(?: \(\d+\))?|CAS|ISI|(?:Search )?ADS|(?:Search )?(?:INSPIRE|inSPIRE)|MathSciNet|Math Reviews|zbMATH|"
                      r"Medline|Semantic Scholar|WorldCat|Wiley Online Library|Taylor & Francis Online")
_SERVICES = _SPECIFIC_SERVICES + r"|PMC|MATH|Article|Abstract|Full Text(?: \(PDF\))?|Free Full Text|View PDF|View (?:in )?[Aa]rticle|Link|Ref list|Open in a new tab"
SERVICE_NAME = re.compile(rf"\s*(?:{_SERVICES})\s*", re.I)
_SERVICE_LINK = re.compile(
    rf"\[?\[(?P<label>{_SERVICES})\]\((?P<url>(?:https?|ftp)://(?:[^()\s]|\([^()\s]*\))+)\)\]?")
# Their labels alone, as text copied from such a page keeps them: "… 2000;47:351–4. [DOI] [PubMed] [Google Scholar]".
_SERVICE_LABELS = re.compile(rf"(?:\s*\[(?:{_SPECIFIC_SERVICES})\](?!\())+")
# Or unbracketed, ending the entry; only a run that names Google Scholar is one (an entry
# may end with the word "Article"). Frontiers parts them with bars: "PubMed Abstract |
# CrossRef Full Text | Google Scholar".
_SERVICE_TAIL = re.compile(rf"(?:[\s,;|]*\[?(?:{_SERVICES})\]?){{2,12}}[\s,;|]*$")
_PUBMED_ID = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|[?&]list_uids=)(\d{4,9})")
_PMC_ID = re.compile(r"/(PMC\d{4,})")


def service_identifier(label: str, url: str) -> str:
    """What a service link carries that the entry needs ("https://doi.org/…", "PMID: 1234",
    "PMCID: PMC5678"), or "" for a search link."""
    pubmed, pmc = _PUBMED_ID.search(url), _PMC_ID.search(url)
    if label.upper() == "DOI" or "doi.org/10." in url:
        return url
    if pubmed:
        return f"PMID: {pubmed.group(1)}"
    if pmc:
        return f"PMCID: {pmc.group(1)}"
    return ""


def _service_link(match: re.Match) -> str:
    return f" {service_identifier(match.group('label'), match.group('url'))} "
# An emphasised run is bounded (500 characters): an unclosed "*" must not make every later
# "*" scan to the end of the text, which made long runs of "*a " quadratic.
# (An opening run must be followed by text, not only by more marks: "_______." is the rule a
# list prints for "the same names as before", not an emphasised underscore.)
# (An asterisk may close emphasis before a digit, as CommonMark reads it: "*Psychother
# Psychosom*83: 298" is italics before the volume — not before a letter: "*a STAR*D
# report*" is one run; an underscore never inside a word: "snake_case_name".)
_EMPHASIS = re.compile(r"(?<![\\\w*])(\*{1,3}|_{1,3})(?=[^\s*_]|[*_]+[\"'“‘(\[]?[^\W_])(.{1,500}?)(?<=\S)\1(?!\*)(?!(?<=_)\w)(?![^\W\d_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SPACES = re.compile(r"[ \t\u00a0]+")
# Markdown's hard line break, a backslash that ends a line (Pandoc writes them for Word's).
_HARD_BREAK = re.compile(r"(?<!\\)\\(?=\n|$)")
# Inline markup a conversion leaves in a title: HTML sub/superscripts and styling, and
# Pandoc's ~sub~ and ^sup^ ("CO<sub>2</sub>", "CO~2~" are "CO2").
_INLINE_TAG = re.compile(r"</?(?:sub|sup|i|b|em|strong|span|small|sc|u)(?:\s[^<>]{0,200})?>", re.I)
_PANDOC_SCRIPT = re.compile(r"(?<=\w)([~^])([^\s~^]{1,12})\1")


# Inline math as PDF-to-Markdown converters write it in titles ("$\mathrm{CO}_{2}$",
# "H$_2$O", "\(\alpha\)"), by Pandoc's rule: no space inside either "$", none straight after
# the closing one is a digit (so "$5 and $6" is money, not math).
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?=[^\s$])(?P<dollar>[^$\n]{1,300}?)(?<=[^\s\\])\$(?![\d$])|\\\((?P<paren>[^\n]{1,300}?)\\\)")


def math_to_text(text: str) -> str:
    """Inline LaTeX math as the text it prints: "$\\mathrm{CO}_{2}$" → "CO2",
    "$\\alpha$-synuclein" → "α-synuclein", "$^{13}$C" → "13C" (pylatexenc)."""
    if "$" not in text and "\\(" not in text:
        return text

    def plain(match: re.Match) -> str:
        from pylatexenc.latex2text import LatexNodes2Text

        latex = match.group("dollar") if match.group("dollar") is not None else match.group("paren")
        try:
            printed = LatexNodes2Text(math_mode="text").latex_to_text(latex.replace("%", "\\%"))
        except Exception:  # pylatexenc's own parse errors: the text stays as printed
            return match.group(0)
        return re.sub(r"[_^]", "", printed).strip()

    return _INLINE_MATH.sub(plain, text)


def remove_comments(text: str) -> str:
    """HTML comments replaced by a space, in one pass: an unclosed ``<!--`` ends the search
    (a regular expression would rescan the rest of the text from every later ``<!--``)."""
    if "<!--" not in text:
        return text
    pieces, position = [], 0
    while True:
        start = text.find("<!--", position)
        end = text.find("-->", start + 4) if start >= 0 else -1
        if start < 0 or end < 0:
            pieces.append(text[position:])
            return "".join(pieces)
        pieces.append(text[position:start] + " ")
        position = end + 3


def without_service_links(text: str, keep=_service_link) -> str:
    """``text`` without a web page's service links: linked ones give what ``keep`` makes
    of them (the identifier they carry), labels alone are dropped."""
    text = _SERVICE_LINK.sub(keep, text) if "](" in text else text
    text = _SERVICE_LABELS.sub(" ", text) if "[" in text else text
    tail = _SERVICE_TAIL.search(text) if "Google Scholar" in text else None
    return text[:tail.start()] if tail and "Google Scholar" in tail.group(0) else text


def only_service_links(text: str) -> bool:
    """Whether a line holds nothing but a web page's service links ("Article CAS PubMed
    Google Scholar", "[[DOI](…)] [[PubMed](…)]")."""
    return ("Google Scholar" in text or "[" in text) and not without_service_links(text, " ").strip(" .,;")


def _unemphasised(match: re.Match) -> str:
    # (Italics closed against the next word kept it apart: "*Psychother Psychosom*83".)
    return match.group(2) + (" " if match.string[match.end():match.end() + 1].isalnum() else "")


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown fragment: emphasis, escapes, autolinks and comments removed."""
    text = math_to_text(remove_comments(text))
    text = without_service_links(text)
    # (Each pattern runs only where its marks occur: this is called for every sentence
    # and every entry, and most hold none of them.)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} {m.group(2)}", text)
    if "://" in text:
        text = _ANGLE_URL.sub(r"\1", text)
    if "*" in text or "_" in text:
        for _ in range(4):  # nested emphasis such as *__x__* unwraps in turns (bounded: linear cost)
            previous, text = text, _EMPHASIS.sub(_unemphasised, text)
            if text == previous:
                break
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", _HARD_BREAK.sub("", text))
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    if "~" in text or "^" in text:
        text = _PANDOC_SCRIPT.sub(r"\2", text)
    text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


_SYMBOLS = re.compile(r"[A-Z][a-z]?")
# "CO 2", "Fe 2 O 3", "SO 3 H", "ZrO 2-based": subscripts that a PDF conversion set apart.
_FORMULA_RUN = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]?)+(?: [2-9](?: ?(?:[A-Z][a-z]?)+(?= [2-9]|[^\w]|$))?)+(?![\w]|\.\d)")


def _formula(run: str) -> str | None:
    joined = run.replace(" ", "")
    symbols = _SYMBOLS.findall(joined)
    if len(symbols) < 2 or not joined.strip("IV0123456789") or "".join(symbols) != re.sub(r"\d", "", joined) or not all(s in ELEMENTS for s in symbols):
        return None
    return joined


def join_formula_subscripts(text: str) -> str:
    """Chemical formulas with their subscripts joined again: "CO 2" → "CO2", "Fe 2 O 3" →
    "Fe2O3". Only runs of real element symbols (two or more) with one-digit counts from
    2, so "HIV 1", "Type 2", "COVID 19" and "PM 2.5" stay as printed."""
    if not re.search(r"[A-Za-z] [2-9]", text):
        return text
    return _FORMULA_RUN.sub(lambda m: _formula(m.group()) or m.group(), text)


# "Jul1994", "Sept.2012": a month glued to its year where PDF text lost the space (not
# inside an address or identifier: "/Mar2016").
_GLUED_MONTH_YEAR = re.compile(r"(?<![\w/.\-])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?=(?:1[5-9]|20)\d\d\b)")


# IOP's unpunctuated list from a PDF, its spaces lost around the year: "Tisserand P2015
# ApJL 806 L16" (an initial glued to the year), "Yamamoto H 2013Interferometer design …"
# (the year glued to the title's first word). Only between spaces and a name's single
# capital or a capitalised word, so "H2O", "COVID-2019" and "1995Fe" stay as printed.
_INITIAL_GLUED_TO_YEAR = re.compile(r"(?<=\s[A-Z])(?=(?:19|20)\d\d\s)")
_YEAR_GLUED_TO_WORD = re.compile(r"(?<=\s)((?:19|20)\d\d)(?=[A-Z][a-z]{2,})")


# APA's date of a talk, a post or a news item: "(2023, September 1)", "(2020, Spring)",
# "(2023, 1º de setembro)". The year is the work's date; the day is kept by no field, and,
# left in place, both readers took it for the title's first words ("September 1). The …").
_DAY_AFTER_YEAR = re.compile(
    rf"\((?P<year>{YEAR})(?P<letter>[a-z]?),\s*(?:{MONTH_NAME}(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
    rf"|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:º|°|o|er)?\s+(?:de\s+)?{MONTH_NAME}|Spring|Summer|Fall|Autumn|Winter)\)", re.I)


def year_without_day(text: str) -> str:
    """``text`` with APA's "(2023, September 1)" read as "(2023)"."""
    return _DAY_AFTER_YEAR.sub(r"(\g<year>\g<letter>)", text) if "(" in text else text


def unglue_month_year(text: str) -> str:
    return _GLUED_MONTH_YEAR.sub(r"\1 ", text)


# A journal's name glued to its volume and bracketed issue: "Heringeriana9(2): 131-201" (a
# word in lower case of three letters or more, so "CD4(+)" and "IL6(1)" stay as printed).
# Physics' "Nature510, 229 (2014)" and "AIP Conf. Proc.1894, 020027 (2017)", as text copied
# from a page that set the volume in bold leaves them: the volume, the page and the bracketed year.
_VOLUME_GLUED_TO_JOURNAL = re.compile(r"(?<=[a-zà-ÿ]{3})(?=\d{1,4}\s?\(\d{1,4}\)\s?[:,]\s?\d)"
                                      r"|(?:(?<=[a-zà-ÿ]{3})|(?<=[A-Za-z][a-z]{2}\.))(?=\d{1,4},\s?[A-Za-z]?\d[\w–-]*\s?\((?:1[5-9]|20)\d\d\))")


# A year glued after a word in lower case, before the stop that ends it: "Current
# Protocols in Cell Biology2006. p. 3.22.1" (not "COVID2019", nor a number inside a word).
_YEAR_GLUED_AFTER_WORD = re.compile(r"(?<=[a-zà-ÿ]{4})(?=(?:19|20)\d\d[.,;](?:\s|$))")


def unglue_year(text: str) -> str:
    """``text`` with a year parted from the initial or the word it was glued to, and a
    volume from its journal."""
    text = _YEAR_GLUED_AFTER_WORD.sub(" ", _VOLUME_GLUED_TO_JOURNAL.sub(" ", text))
    return _YEAR_GLUED_TO_WORD.sub(r"\1 ", _INITIAL_GLUED_TO_YEAR.sub(" ", text))


# A word a converter left broken where its line ended: "depres- sion", "placebo- controlled".
_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[^\W\d_]{2,})-[ \t]+(?P<tail>[a-z][^\W\d_]+)")
# "pre- and post-treatment", "inter- or intra-": the hyphen hangs, waiting for its word.
_HANGING_BEFORE = frozenset("and or nor to und oder et ou e y bis zu versus vs".split())
# A word's ending, never a compound's second word: "Disposi- tion", "manage- ment".
_ENDING = re.compile(r"(?:tions?|sions?|ments?|ness|ity|ities|ical|ically|ally|ence|ences|ance|ances|ous|ive|ives|ing|ings"
                     r"|ture|tures|ism|isms|ist|ists|ogy|ies|ated|ation|ations|ible|able)")


def join_broken_words(text: str) -> str:
    """``text`` with words broken at a line end whole again, by the scholarly word list: a
    word it knows whole ("depression") or a word's ending ("-tion") is joined, two words it
    knows that make compounds ("placebo", "controlled") keep their hyphen; anything else
    stays as printed."""
    if "- " not in text:
        return text
    words, opens, closes = scholarly_lists()

    def mend(match: re.Match) -> str:
        head, tail = match.group("head"), match.group("tail")
        if tail in _HANGING_BEFORE:
            return match.group()
        if (head + tail).lower() in words or _ENDING.fullmatch(tail):
            return head + tail
        if tail.lower() in words and head.lower() in words and (head.lower() in opens or tail.lower() in closes):
            return f"{head}-{tail}"
        return match.group()

    return _BROKEN_WORD.sub(mend, text)


# "… in Hong Kong.Child Health …", "… development.Gene Expression 2002;10:32", "Johanson
# WG Jr.Multiple organ …": a stop glued to the next sentence where PDF text lost the space
# (after a word in lower case, a capitalised word too long for an abbreviation, "et al." or
# a name's "Jr."/"Sr." — never after "Phys.Rev.Lett", "Nat.Commun", which physics prints
# without spaces; nor inside an address or identifier, "www.Nature.com").
_GLUED_STOP = re.compile(r"(?:(?<=\b[a-z]{3})|(?<=[a-z]{4})|(?<=\bal)|(?<=\bJr)|(?<=\bSr))(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z][a-z]{4})(?<!\b[A-Z][a-z]{5})(?<!\b[A-Z][a-z]{6})"
                         r"\.(?=[A-Z][a-z]{2})")
_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.|doi:|\b10\.\d{4,9}/|[\w.+-]{1,64}@)\S*", re.I)


def unglue_sentence_stops(text: str) -> str:
    """``text`` with a space after each full stop glued to the next sentence's capital."""
    if "." not in text or not _GLUED_STOP.search(text):
        return text
    pieces, last = [], 0
    for address in _ADDRESS.finditer(text):
        pieces.append(_GLUED_STOP.sub(". ", text[last:address.start()]))
        pieces.append(address.group())
        last = address.end()
    pieces.append(_GLUED_STOP.sub(". ", text[last:]))
    return "".join(pieces)


# "Nucl .Phys .A 81 ( 1966)1 .", "G. Roati,M .Inguscio ,G .Modugno ,Nat .Phys .5": some
# PDF text puts the space before a stop or comma instead of after it. A stop moves only
# before a capital ("Phys .Rev", "in vivo .III"), before a small letter after an initial or
# an abbreviation that takes one ("C .elegans", "egg vs .oocyte"), or before the number an
# abbreviation ends with ("Lett .103", "vol .97", not "at .05", nor the decimal point of
# "2 .76"); a comma, semicolon or colon before any letter or number ("8 ,755").
# (Tried only where a word starts: a long run of letters is not rescanned from each of them.)
_SPACE_BEFORE_MARK = re.compile(r"(?<![^\W_])(?P<word>[^\W_]+)[ \t]+(?P<mark>[.,;:])(?=(?P<next>[^\W_][^\W_]?[^\W_]?))")
# A space before a comma that has its own space after it: "Clarin , Argentina" (a typing
# slip that makes the name "Clarin ," and hides the place after it). Not before a
# semicolon or colon, which French typography spaces on purpose ("sous-titre ; Paris").
_SPACE_BEFORE_SPACED_COMMA = re.compile(r"(?<=[^\W_])[ \t]+(?=,[ \t])")
_LOWER_CASE_AFTER = frozenset("vs sp spp nt al ca cf eg ie var subsp ssp et no".split())
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,5}|vol|no|nr|pp?|ch|sec|art")
# "(Addison-Wesley,New York ,1994 )": a comma glued to the next word's capital, after a
# word (not "N,N-Dimethyl…", whose comma joins two locants).
_GLUED_COMMA = re.compile(r"(?<=[a-z]{2}),(?=[A-Z][a-z])")
_SPACE_INSIDE_BRACKET = re.compile(r"(?:(?<=^\()|(?<=\s\())[ \t]+(?=\d)|(?<=\d)[ \t]+(?=\))")


# German and Austrian print quotation marks pointing in ("»Titel«", "›Wort‹"); French,
# Italian and Swiss point them out ("«Titre»"), the way every quote reader here expects.
# Turned only where they quote a whole part of the entry (after its start or a stop, comma
# or colon; before one, or "in"), when the entry's first guillemet opens inward: "La
# »Civil conversazione« in Germania" quotes words inside a title, which keeps them as printed,
# and in "«A» und «B»" the span "» und «" between two quotes must stay as it is.
_INWARD_GUILLEMETS = {"»": ("«", "»"), "›": ("‹", "›")}
_INWARD_QUOTE = re.compile(r"(?:^|(?<=[.,:;]\s))\s*(?:»(?P<double>[^«»\n]{1,400}?)«|›(?P<single>[^‹›\n]{1,400}?)‹)"
                           r"(?=\s*(?:[.,:;]|$)|\s+[Ii]n\b)")


def guillemets_turned_out(text: str) -> str:
    """``text`` with German quotes "»…«" and "›…‹" around a part of the entry written the
    French way round."""
    first = re.search(r"[«»‹›]", text)
    if not first or first.group() not in _INWARD_GUILLEMETS:
        return text

    def turned(match: re.Match) -> str:
        opening, closing = _INWARD_GUILLEMETS["»" if match.group("double") is not None else "›"]
        lead = match.group()[: len(match.group()) - len(match.group().lstrip())]
        return f"{lead}{opening}{match.group('double') or match.group('single')}{closing}"

    return _INWARD_QUOTE.sub(turned, text)


# Two single quotes typed for a double one: "‘‘Title’’" (Spanish house styles as citeproc and
# Word print them) and LaTeX's "``Title''"; only as a pair around a span, so an apostrophe
# stays one.
_DOUBLED_SINGLE_QUOTES = re.compile(r"‘‘(?P<curly>[^‘’\n]{1,400}?)’’|``(?P<latex>[^`'\n]{1,400}?)''")


def doubled_quotes_joined(text: str) -> str:
    """``text`` with a pair of doubled single quotes around a span written as one double quote."""
    if "‘‘" not in text and "``" not in text:
        return text
    return _DOUBLED_SINGLE_QUOTES.sub(lambda match: f"“{match.group('curly') or match.group('latex')}”", text)


# A volume's label in another language, after a comma and before its number, read as the
# English one every reader knows: "Neuropharmacology, årg. 102, s. 72–79".
_OTHER_VOLUME_LABEL = re.compile(rf"(?<=,\s){OTHER_VOLUME_LABEL}\.\s*(?=\d)")


def volume_labels_in_english(text: str) -> str:
    """``text`` with a volume's label printed in another language written "vol."."""
    return _OTHER_VOLUME_LABEL.sub("vol. ", text)


# Italian humanities set the title in italics and quote the journal in guillemets: "*Title*,
# «Psychol Med», 43 (2013)". Written the other way round, as the rest of the world does
# ("“Title”, *Psychol Med*"), every reader knows where each begins.
_ITALIC_TITLE_QUOTED_JOURNAL = re.compile(r"(?<![\w*_])(?P<mark>\*|_)(?P<title>[^*_«»\n]{3,400}?)(?P=mark)\s*,\s*«\s*(?P<journal>[^«»\n]{2,200}?)\s*»")


def quoted_journal_in_italics(markdown: str) -> str:
    """``markdown`` with an italic title and a journal in guillemets written "“Title”, *Journal*"."""
    if "«" not in markdown:
        return markdown
    return _ITALIC_TITLE_QUOTED_JOURNAL.sub(lambda m: f"“{m['title']}”, *{m['journal']}*", markdown)


_HAN_OR_KANA = re.compile(f"[{HAN}{KANA}]")
# The year after the pages, as older medical styles and Japanese medical journals print it:
# "Am J Psychiatry, 150: 1731-1733, 1993.", "精神医学, 43: 471-481, 2013." — written in the
# Vancouver order every reader knows, "Am J Psychiatry 1993;150:1731-1733.".
_YEAR_AFTER_VOLUME_PAGES = re.compile(
    r"(?<=[^\d\s,.])\.?\s*,?\s+(?P<volume>\d{1,4})(?P<issue>\(\w{1,6}\))?\s*:\s*"
    r"(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?)\s*,\s*(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\s*\.?\s*$")


def year_after_pages_moved(text: str) -> str:
    """``text`` with "volume: pages, year" at its end written "year;volume:pages", in an
    entry written in Chinese or Japanese (the tagger reads the Latin ones as printed; told
    them in another order, it reads their names another way)."""
    if not _HAN_OR_KANA.search(text):
        return text
    return _YEAR_AFTER_VOLUME_PAGES.sub(lambda m: f" {m['year']};{m['volume']}{m['issue'] or ''}:{m['pages']}.", text)


# "et al." in square brackets, as Italian humanities and some ABNT lists print it: "L. R.
# Fenton, [et al.], *Title*".
# (Not a place's "Opladen [et al.]: Budrich", the other towns of a publisher.)
_BRACKETED_ET_AL = re.compile(r"\[\s*(et\s+al(?:ii)?\.?)\s*\](?!\s*:)")


def et_al_unbracketed(text: str) -> str:
    """``text`` with "[et al.]" written "et al."."""
    return _BRACKETED_ET_AL.sub(r"\1", text) if "[" in text else text


# Vienna's business-education style parts volume, issue and pages with slashes, a dash for
# an issue it lacks: "In: Psychol Med, 43/-/471–481", "Mol Psychiatry, 7/Suppl 1/S23–S28".
# (Only a page range last: "12/05/2019" is a date.)
_SLASHED_NUMBERS = re.compile(r"(?<=,\s)(?P<volume>\d{1,5})/(?P<issue>-|\d{1,4}|Suppl\.?\s?\d{0,3})/"
                              r"(?P<pages>[A-Za-z]?\d{1,6}\s?[–-]\s?[A-Za-z]?\d{1,6})(?=[\s.,;]|$)")


# German Harvard's "volume/issue:pages", the issue perhaps left empty: "*Lancet Psychiatry* 4/2:409–418", "19/:179–200".
_VOLUME_SLASH_ISSUE = re.compile(r"(?<=\s)(?P<volume>\d{1,5})/(?P<issue>\d{1,4})?:(?=\s?[A-Za-z]?\d)")


def slashed_numbers_parted(text: str) -> str:
    """``text`` with "volume/issue/pages" written as "volume(issue), pages", and
    "volume/issue:pages" as "volume(issue):pages"."""
    if "/" not in text:
        return text
    text = _SLASHED_NUMBERS.sub(lambda m: m["volume"] + (f"({m['issue']})" if m["issue"] != "-" else "") + f", {m['pages']}", text)
    # (Not a double volume: "Florestais 41/42: 83-93" is volumes 41 and 42.)
    return _VOLUME_SLASH_ISSUE.sub(lambda m: m.group() if m["issue"] and int(m["issue"]) == int(m["volume"]) + 1 else
                                   m["volume"] + (f"({m['issue']})" if m["issue"] else "") + ":", text)


def unspace_marks(text: str) -> str:
    """``text`` with a space that stands before a stop or comma moved after it, one after a
    comma glued to the next word, and none inside a bracket around a number ("( 2009)")."""
    pieces, last = [], 0
    for address in _ADDRESS.finditer(text):
        pieces.append(_unspaced(text[last:address.start()]))
        pieces.append(address.group())
        last = address.end()
    pieces.append(_unspaced(text[last:]))
    return "".join(pieces)


def _unspaced(text: str) -> str:
    def moved(match: re.Match) -> str:
        word, mark, following = match.group("word", "mark", "next")
        if mark == "." and word[-1].isdigit():
            return match.group()  # "2 .76 TeV": a decimal point, spaced
        abbreviated = len(word) == 1 and word.isupper() or word in _LOWER_CASE_AFTER  # "C .elegans", "vs .oocyte"
        if mark == "." and not (following[0].isupper() or following[0].isdigit() and _ABBREVIATION.fullmatch(word)
                                or following[0].islower() and abbreviated):
            return match.group()
        return f"{word}{mark} "

    return _GLUED_COMMA.sub(", ", _SPACE_INSIDE_BRACKET.sub("", _SPACE_BEFORE_SPACED_COMMA.sub("", _SPACE_BEFORE_MARK.sub(moved, text))))


def emphasised(text: str) -> list[str]:
    """The emphasised (italic/bold) runs of a Markdown fragment, as plain text."""
    text = remove_comments(text)
    return [strip_markdown(m.group(2)) for m in _EMPHASIS.finditer(text)]

