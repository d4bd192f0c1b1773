"""Pieces of reference grammar shared by the parsers: years, volumes, pages, titles, places."""
from __future__ import annotations

import re

from .identifiers import MONTH_NAME

# Latin letters that no Unicode decomposition takes to ASCII ("Łukasiewicz" files under L).
UNDECOMPOSED = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe",
                              "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"})

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Words that mark names as editors ("(eds.)", ", editors", "(Hrsg.)", "organizadores"),
# matched case by case so that the initials "ED" of "Siggia ED" are none.
# (French "éd." and "dir." — "sous la direction de" — mark editors too; Spanish "comp."
# and "compiladores", its compilers.)
EDITOR_WORDS = (r"[EeÉé]ds?|[Dd]ir|[Ee]dited(?:\s+by)?|[Ee]ditors?|[Ee]ditor(?:e?s)?|[Hh]rsg|[Hh]g|[Oo]rgs?|[Oo]rganizador(?:es|as|a)?"
                r"|[Cc]oords?|[Cc]oordenador(?:es|as|a)?|[Cc]oordinador(?:es|as|a)?|[Cc]omps?|[Cc]ompilador(?:es|as|a)?")
# "and" between names in the other languages lists are written in: German "u." (never
# "u. a.", their "et al."), Dutch "en", Swedish "och", Danish and Norwegian "og", Turkish
# "ve", Russian "и"; as CSL's locales print it, Czech and Slovak "a" (before a capital
# only: "L. JIANG a A. BLACK", never English's article), Hungarian "és", Finnish and
# Estonian "ja", Romanian "și", Lithuanian "ir", Indonesian and Malay "dan"; Slovenian "in"
# and Polish, Croatian and Serbian "i" only after an initial's stop and before a capital
# ("Jiang, L. in Black, A."), never English's preposition or Catalan's "Puig i Cadafalch".
# Latvian "un" and Tagalog "at" likewise; Basque "eta", Greek "και", Ukrainian "і". (English,
# Romance "e"/"y"/"et" and German "und" each reader spells with its own care for case.)
OTHER_AND = (r"u\.(?!\s?a\b)|en|och|og|ve(?!\s+diğerleri)|и(?!\s+остали)|és|ja|și|şi|ir|dan|eta|και|і"
             r"|và(?!\s+(?:cộng\s+sự|cs\b|c\.\s?s\.))|a(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
             r"|(?:(?<=\.\s)|(?<=\.,\s)|(?<=\bJr\s)|(?<=\bJr,\s))(?:in|i(?!\s+ostali)|un|at)(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])")
# A work with no date as styles and languages print "n.d.": Harvard's "no date", German
# "o. J.", Spanish "s.f." / "sin fecha", Portuguese "sem data".
# (In words, as CSL's locales print it in the other languages: "sans date", "bez datuma", …)
NO_DATE_WORDS = (r"no\s+date|o\.\s?J\.|s\.\s?f\.|sin\s+fecha|sem\s+data|sen\s+data|sense\s+data|sans\s+date|sine\s+(?:data|anno)"
                 r"|ohne\s+Datum|bez\s+datuma|brak\s+daty|tarih\s+yok|tanpa\s+tanggal|zonder\s+datum|sonder\s+jaar|utan\s+årtal"
                 r"|uden\s+år|uten\s+dato|utan\s+dato|fără\s+dată|без\s+даты|без\s+дати|без\s+дата|nedatováno")
# The word a group of people is named by: "GBD 2017 Collaborators", "1000 Genomes Project Consortium".
GROUP_WORD = r"(?:Consortium|Collaborat\w+|Group|Team|Investigators|Network)"
# Capitals an initial may be, for a character class: "Ö.", "Ł.", Greek and Cyrillic ("Иванов И.И.").
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΫЀ-Я"
# Initials that transliterated Slavic names print as two letters: "E. Kh. Akhmedov",
# "D.Yu. Vodolazov", "Smirnov A. Yu.".
# A name's suffix as lists print it: "Zarate CA Jr", "ZARATE (C. A.) Jr", "Smith JA III".
NAME_SUFFIX = r"(?:Jr|Sr|2nd|3rd|4th|II|III|IV)\.?"
TWO_LETTER_INITIAL = "Kh|Zh|Sh|Ch|Ts|Ya|Yu|Yo|Ye|Ju|Ja|Dj|Lj|Nj"
# A title's part: "Part I", "Parte 2", "Partie III", "Teil 1".
TITLE_PART = r"(?:Part|Parte|Partie|Teil)\s+(?:[IVX]+|\d+)\b"
# BibTeX's alpha label: letters (a "+" for more authors), then the year's digits ("BCA+00", "Knu84").
ALPHA_LABEL = r"[A-Za-z][A-Za-z+.\-]{0,9}\d{2}(?:\d{2})?[a-z]?"
# Words that join a journal's capitalised words: "Journal of Climate", "Science & Technology",
# "Ensino em Re-Vista", "Revista de la Sociedad".
JOURNAL_JOINERS = frozenset("of and & the for in on de des du da do em e la le et y di der und für".split())
# A meeting's words: what makes a source a proceedings volume rather than a book.
PROCEEDINGS = re.compile(r"\b(?:proc(?:eedings)?\.?|conference|conf\.|symposium|workshop|congress|meeting|anais|actas)\b", re.I)
# The servers a preprint is posted on, as they name themselves in a reference.
PREPRINT_SERVER = (r"(?:bioRxiv|medRxiv|arXiv|ChemRxiv|PsyArXiv|SocArXiv|EarthArXiv|engrXiv|EdArXiv|SportRxiv|"
                   r"Research\s+Square|Preprints(?:\.org)?|SSRN|OSF\s+Preprints|Authorea|TechRxiv|Qeios|SciELO\s+Preprints|"
                   r"ESS\s+Open\s+Archive|PeerJ\s+Preprints|JMIR\s+Preprints|Cambridge\s+Open\s+Engage)")
# The word a volume's number follows, in the languages lists are printed in (use with re.I).
VOLUME_WORD = r"(?:vol|volume|bd|band|tome|т)"
SUPPLEMENT = r"(?:Suppl(?:ement)?\.?\s*\w*|Supl(?:emento)?\.?\s*\w*|Spec\s*(?:No|Iss)\.?\s*\w*|Pt\.?\s*\w+)"
VOLUME = rf"(?P<volume>[A-Za-z]?\d+[A-Za-z]?(?:[-–]\d+)?(?:\s+{SUPPLEMENT})?)"
ISSUE = r"(?:\s*\((?P<issue>[^()]{1,25})\))"
PAGE = r"[A-Za-z]{0,5}\d+[A-Za-z]?(?:\.\s?e\d+)?"
# (Pages in pieces, "12-15, 19", never a year after them: "45-67, 2016.")
PAGES = rf"(?P<pages>{PAGE}(?:\s*[-–—]\s*(?:{PAGE})?)?(?:\s*,\s*(?!{YEAR}\b(?!\s*[-–])){PAGE}(?:\s*[-–]\s*{PAGE})?)*)"
DATE_TAIL = rf"(?:\s+{MONTH_NAME}(?:\s*[-/]\s*{MONTH_NAME})?(?:\s+\d{{1,2}}(?:\s*-\s*\d{{1,2}})?)?|\s+\d{{1,2}}\s+{MONTH_NAME}|\s+(?:Spring|Summer|Fall|Autumn|Winter))?"
# A note's definition, as Pandoc writes it (and the readers write Word's notes): "[^4]: …".
# The reference list ends where the notes begin; citations/notes.py reads them.
NOTE_DEFINITION = re.compile(r"^\[\^(?P<id>[^\]\s]{1,40})\]:[ \t]*", re.M)
# German journals' year run (Jahrgang), their volume: "31. Jg.", "Jg. 31", "Jahrgang 31".
YEAR_RUN = r"(?:Jg|Jahrg|Jahrgang)"
# A volume's label in the other languages, as CSL's locales and house styles print it before
# the number, in lower case ("Neuropharmacology, årg. 102, s. 72–79"): Swedish "årg.",
# Czech "roč.", Hungarian "köt." and "évf.", Slovak "zv.", Croatian "sv.", Slovenian "let.",
# Malay "jil.", Latvian "sēj.", Danish and Norwegian "bd.", Serbian "tom", Russian "том",
# Greek "τ.", Polish, Latin and Lithuanian "t.".
OTHER_VOLUME_LABEL = r"(?:årg|årgång|roč|köt|évf|zv|sv|let|jil|sēj|bd|tom|том|τ|t)"
PP = re.compile(rf"[.,]?\s*\b(?:pp?\.?|pages?|[sS]\.|str\.)\s*{PAGES}\.?\s*$")


def clean_title(text: str) -> str:
    """A title without its closing period or separator; Vancouver's [translated title] unbracketed."""
    text = text.strip().rstrip(",;:").strip()
    if text.startswith("[") and text.rstrip(".").endswith("]") and text.count("[") == 1:
        text = text.rstrip(".")[1:-1]  # a translated title, bracketed by Vancouver convention
    # (Two initials at the end say enough; "{2,}" tried from every letter of a long
    # "A.A.A.…" run before a last word, rescanning the run each time.)
    if text.endswith(".") and not re.search(r"\b(?:[A-Za-z]\.){2}$", text):
        text = text[:-1]
    return text.strip()


def capitalised(text: str) -> bool:
    """Whether every word is capitalised, a number or a joining word, as the names of
    bodies, presses and journals are printed ("GBD 2017 … Collaborators", "Foundation for
    Statistical Computing") and a sentence-case title is not."""
    # (An acronym in brackets and a dash are a body's too: "United Nations Population Fund
    # (UNFPA)", "SFB - Serviço Florestal Brasileiro".)
    words = [w.lstrip("([") for w in text.split() if w not in ("-", "–", "—", "&")]
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in JOURNAL_JOINERS for w in words)


# The nouns that make a name a body's, not a title's ("World Health Statistics: …" is a
# title; "World Meteorological Organization: …" a body).
BODY_NOUN = re.compile(
    r"\b(?:organi[sz]ation|association|society|institute|institut|university|universit[äa]t|hochschule|agency|"
    r"ministry|ministerium|department|council|commission|committee|office|bureau|services?|survey|foundation|"
    r"consortium|network|collaboration|panel|programme|laborator(?:y|ies)|observatory|centres?|centers?|bundesamt"
    # (…as Spanish, Portuguese, French and Italian name them: "Federación Internacional de
    # Diabetes", "Sociedade Brasileira de Diabetes", "Ministério da Saúde".)
    r"|federaci[óo]n|federa[çc][ãa]o|f[ée]d[ée]ration|federazione|sociedad|sociedade|soci[ée]t[ée]|societ[àa]"
    r"|asociaci[óo]n|associa[çc][ãa]o|associazione|instituto|istituto|minist[ée]rio|minist[èe]re|ministero"
    r"|secretar[ií]a|fundaci[óo]n|funda[çc][ãa]o|fondation|fondazione|organizaci[óo]n|organiza[çc][ãa]o"
    r"|organizzazione|comisi[óo]n|comiss[ãa]o|universidad|universidade|universit[ée]|universit[àa]|consejo"
    r"|conselho|conseil|consiglio|ag[êe]ncia|agence|agenzia|departamento|d[ée]partement|academia|acad[ée]mie"
    r"|akademie|gesellschaft|verband|stiftung|coordena[çc][ãa]o|coordinaci[óo]n|empresa|companhia|compa[ñn][íi]a"
    # (…and a town's or a province's government: "Alcaldía de Medellín", "Prefeitura
    # Municipal de Campinas", "Ayuntamiento de Madrid"; not "Programa", which opens titles.)
    r"|alcald[íi]a|prefeitura|ayuntamiento|municipalidad|gobernaci[óo]n)\b"
    r"|\b\w*(?:dienst|anstalt|behörde)\b", re.I)  # (German compounds: "Deutscher Wetterdienst")


def is_place(text: str) -> bool:
    """"New York, NY", "Brasília (DF)", "Washington, D.C." — not "Tumor Vaccines as Drugs"."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1] == "(" or w in {"de", "da", "do", "of", "upon", "am", "sur", "on"} for w in words)


# The rule a bibliography prints for "the same names as the entry before": Chicago's
# three-em dash ("———. 1916."), MLA's three hyphens in plain text ("---."), underscores
# from a typewriter ("_____."), or a dash character made for it (U+2E3A, U+2E3B).
SAME_NAMES = re.compile(r"(?:[—―]{2,}|–{3,}|-{3,}|_{3,}|[⸺⸻])\s*(?=[.,:(]|\s(?:ed|eds|trans)\b)")

# Words only a publisher's name carries: "Harvard University Press", "Éditions du Seuil".
PUBLISHER_WORD = re.compile(r"\b(?:Press|Publish\w*|Verlag|Editora|Editorial|[ÉE]ditions|Books)\b")


# A newspaper or magazine: no volume, the issue's day instead — ABNT's "Folha de S. Paulo,
# São Paulo, p. 5, 9 abr. 2017a." (the months as ABNT and the Spanish styles cut them),
# "Expresso, 06 de junho de 2020.", "The New York Times, Aug. 31, 2023." The day may
# follow a stop where the source is a sentence of its own ("Portal Gelédes. 5 de março de 2021.").
SHORT_MONTH = r"(?:jan|fev|feb|ene|mar|abr|apr|maio|may|jun|jul|ago|aug|set|sep|sept|out|oct|nov|dez|dic|dec)\."

# (The day may be an ordinal, "1º de setembro", or a week's span, "19 a 25 de agosto de
# 1970", "5-11 May"; or the whole date in figures, "03-06-2020", "03/06/2020".)
_DAY = r"\d{1,2}(?:[º°]|st|nd|rd|th)?(?:\s*(?:[-–]|a|e|al|y|to)\s*\d{1,2}(?:[º°]|st|nd|rd|th)?)?"
_DAY_THEN_MONTH = (rf"(?:{_DAY}\s+(?:de\s+)?(?:{SHORT_MONTH}|{MONTH_NAME}),?\s*(?:de\s+)?"
                   r"|(?:0?[1-9]|[12]\d|3[01])(?:-(?:0?[1-9]|1[0-2])-|/(?:0?[1-9]|1[0-2])/))")
_MONTH_THEN_DAY = rf"(?:{SHORT_MONTH}|{MONTH_NAME})\s*\d{{1,2}},\s*"
# ABNT's marks for a place and a publisher nobody knows: "[S.l.]" (sine loco), "[s.n.]"
# (sine nomine), together "[S.l.: s.n.]".
SINE_LOCO = r"\[\s*[Ss]\.\s?l\.\s*\]"
SINE_NOMINE = r"\[\s*[Ss]\.\s?n\.\s*\]"
# ABNT names the newspaper's section (and page) after the day: "… 12 mar. 2015. Caderno
# Cotidiano, p. 4.", "… 3 sep. 2017. Economia."
_SECTION_AFTER_DAY = (rf"(?:\.\s+(?-i:[A-ZÀ-Ý])[^\d.;:()\[\]]{{1,40}}?"
                      rf"(?:,\s*p\.\s*(?P<section_pages>{PAGE}(?:\s*[-–]\s*{PAGE})?))?)?")
DATED_ISSUE_OPENS = re.compile(rf"[,.]\s*(?=(?:pp?\.\s*\d[\w–-]*\s*,\s*)?(?:{_DAY_THEN_MONTH}|{_MONTH_THEN_DAY})"
                               rf"{YEAR}[a-z]?{_SECTION_AFTER_DAY}\s*\.?\s*$)", re.I)
# The issue's day anywhere (an access note or a URL may follow it).
ISSUE_DAY = re.compile(rf"(?:{_DAY_THEN_MONTH}|{_MONTH_THEN_DAY}){YEAR}\b", re.I)
DATED_ISSUE_TAIL = re.compile(rf"(?:pp?\.\s*(?P<pages>{PAGE}(?:\s*[-–—]\s*{PAGE})?)\s*,\s*)?(?:{_DAY_THEN_MONTH}|{_MONTH_THEN_DAY})"
                              rf"(?P<year>{YEAR})(?P<suffix>[a-z]?){_SECTION_AFTER_DAY}\s*\.?\s*$", re.I)
