"""Entries in Chinese, Japanese and Korean: their full-width punctuation and their volume
and issue marks, read as the Latin forms every pattern downstream is written for, and
whether an entry is written mostly in a script without case.
"""
from __future__ import annotations

import re

# Character ranges for the patterns here and in the name readers.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3040-\u30ff"
HANGUL = "\uac00-\ud7af"

# Chinese and Japanese entries print their punctuation, and often their digits, full width
# ("中华精神科杂志，2015，48(2)：123-126"): read as the ASCII forms every pattern is written for,
# with the space those carry in their own width.
_FULL_WIDTH_FORMS = re.compile("[\uff01-\uff5e\u3001\u3002]")
_HALF_WIDTH = str.maketrans({**{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
                             "，": ", ", "；": "; ", "：": ": ", "．": ". ", "、": ", ", "。": ". ", "（": " (", "）": ") "})

# Volume and issue as Chinese, Japanese and Korean print them: "第57卷", "45巻", "제15권",
# "제29집" (volume); "第5期", "1号", "제1호" (issue); "2017年" (year). Read as "vol. 57", "no. 5".
# (A number is read from its first digit: from each digit of a long run the pattern would
# rescan the rest of it.)
_CJK_NUMBERING = re.compile(rf"(?:(?:第|제)\s?)?(?<!\d)(?P<number>\d+)\s?(?P<mark>卷|巻|권|집|期|号|號|호|年)(?![{KANA}{HAN}{HANGUL}])")
# Both together, "40卷 21期", "48卷(2期)", "제15권 제1호": as Vancouver prints them, "40(21)".
_CJK_VOLUME_AND_ISSUE = re.compile(r"(?:(?:第|제)\s?)?(?<!\d)(?P<volume>\d+)\s?[卷巻권집]\s?,?\s?\(?(?:(?:第|제)\s?)?(?P<issue>\d+)\s?[期号號호]\)?")
_LATIN_OF_MARK = {"卷": "vol. ", "巻": "vol. ", "권": "vol. ", "집": "vol. ", "期": "no. ", "号": "no. ", "號": "no. ", "호": "no. ", "年": ""}


def _numbered_as_latin(match: re.Match) -> str:
    # (Spaced from what went before: "社会科学編 45巻 1号", "2017年第5期".)
    return " " + _LATIN_OF_MARK[match.group("mark")] + match.group("number") + " "


# A year glued to the journal's last character, as Chinese entries print it without a
# space ("疾病監測与控制雜誌2009;8:484-5"): a script without spaces still ends its title there.
_YEAR_GLUED_TO_HAN = re.compile(rf"(?<=[{HAN}{KANA}{HANGUL}])(?=(?:1[89]|20)\d\d\s*[;,.:(])")


# Pages marked as Korean, Chinese and Japanese print them: "127-180쪽", "33-35頁", and
# with the ordinal before them, "第30-32页" ("pages 30 to 32"), "제5쪽".
# (Read from a number's first digit, a range at most: tried from every digit of a long run,
# a pattern that looks ahead for the mark costs the square of the run.)
_PAGE_MARK = re.compile(rf"(?:(?:第|제)\s?)?(?<!\d)(?P<pages>\d+(?:\s?[-–~～]\s?\d+)?)\s?[쪽頁页](?![{KANA}{HAN}{HANGUL}])")
# Japanese quotes an article's title in corner brackets: 「Title」, read as the quotes every
# quote reader knows. (Not 『』, which marks a book's or a journal's name as italics would.)
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”"})


# Japanese lists open with the names in kanji, parted by "・" or "、" (in a title "・" joins
# words: only the entry's opening run of names is read so), and end them with a colon
# (medical journals: "山田太郎, 鈴木花子: Title.") or straight before the quoted title
# ("山田太郎・鈴木花子「Title」"). Written as the names every reader knows: "山田太郎, 鈴木花子. ".
_JAPANESE_NAMES = re.compile(rf"^(?P<names>[{HAN}]{{2,6}}(?:\s*[・、,，]\s*[{HAN}]{{2,6}})*(?:\s*[,，、]?\s*(?:ほか|他))?)"
                             rf"\s*(?:[:：]\s*|(?=「)|(?=[（(]\s*(?:1[6-9]|20)\d\d))")
# 『』 marks a book's or a journal's name, as italics would.
_WHITE_CORNER = re.compile(r"『(?P<name>[^『』\n]{1,200})』")


def japanese_marks_as_latin(markdown: str) -> str:
    """``markdown`` with a Japanese entry's opening names parted by commas and ended by a
    stop, and its 『name』 in italics (the italics readers then find the source by)."""
    if not re.search(r"[『」]|[:：]", markdown) or not re.match(rf"[{HAN}]", markdown):
        return markdown
    names = _JAPANESE_NAMES.match(markdown)
    if names:
        joined = re.sub(r"\s*[・、,，]\s*", ", ", names.group("names"))
        rest = markdown[names.end():]
        markdown = f"{joined} {rest}" if rest.startswith(("(", "（")) else f"{joined}. {rest}"
    # (A comma between the quoted title and the name after it, as a Latin entry prints one.)
    return _WHITE_CORNER.sub(lambda m: f" *{m['name']}* ", re.sub(r"」\s*(?=『)", "」, ", markdown))


def with_latin_marks(text: str) -> str:
    """``text`` with full-width forms and CJK volume, issue and year marks in Latin form
    ("中华精神科杂志，2015，第48卷(第2期)" → "中华精神科杂志, 2015, 48(2)"), and a year
    glued to a journal's name spaced from it ("雜誌2009;8" → "雜誌 2009;8")."""
    text = _PAGE_MARK.sub(r"pp. \g<pages>", _YEAR_GLUED_TO_HAN.sub(" ", text.translate(_CORNER_QUOTES)))
    if _FULL_WIDTH_FORMS.search(text):
        text = re.sub(r"(?<=\S) {2,}| +$", " ", text.translate(_HALF_WIDTH)).strip()
    if _CJK_NUMBERING.search(text):
        text = _CJK_VOLUME_AND_ISSUE.sub(r"\g<volume>(\g<issue>)", text)
        text = re.sub(r" +(?=[,.;:)])|(?<= ) +", "", _CJK_NUMBERING.sub(_numbered_as_latin, text)).strip()
    return text


# Han, kana and Hangul: scripts without case or spaces between words.
_UNCASED_LETTER = re.compile(f"[{KANA}{HAN}{HANGUL}]")


def mostly_uncased(text: str) -> bool:
    """Whether at least half of ``text``'s letters are Han, kana or Hangul."""
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_UNCASED_LETTER.findall(text)) >= 0.5 * letters


# The last piece of a run "Title, Journal" or "Title. Journal" written in these scripts.
_LAST_PIECE = re.compile(r"^(?P<head>.+?[^\s,.])\s*[,.]\s+(?P<tail>[^,.]{2,30})$")
# What opens the numbers after a journal: the volume, its bracketed issue, "Vol.", "No.", "pp.".
_NUMBERS = r"\s*[,.]?\s*(?:\d|\(|[Vv]ol\b|[Nn]o\b|pp?\.)"
# A journal's name printed after the title, before its numbers ("…調査, 东北史地 no. 2").
_JOURNAL_AFTER = re.compile(rf"\s*[,.]\s*(?P<journal>[^\s,.\d(][^,.\d(]{{1,29}}?)(?={_NUMBERS})")
# A volume that took the journal's name ("력사과학 4").
_NAMED_VOLUME = re.compile(rf"(?P<journal>[{HAN}{KANA}{HANGUL}][^\d]*?)\s*(?P<volume>\d+)")


def title_and_journal_parted(fields: dict, text: str) -> dict:
    """An article in Chinese, Japanese or Korean whose title and journal were read as one
    field ("조선시대 … 해석, 보존과학회지" as the title, "東アジア鉛鉱石の鉛同位体比, 考古学雑誌"
    as the journal): these entries part their fields by commas and full stops alone, and a
    journal's name has neither, so the last piece before the volume is the journal — where
    the volume, issue or pages follow it in the entry. A journal the reading left out
    ("…調査, 东北史地 2期") or read into the volume ("력사과학 4") is found the same way."""
    if fields.get("booktitle") or not (fields.get("volume") or fields.get("issue") or fields.get("pages")):
        return fields
    title, journal = fields.get("title", ""), fields.get("journal", "")
    named = _NAMED_VOLUME.fullmatch(fields.get("volume", ""))
    if title and not journal and named:
        return {**fields, "journal": named.group("journal"), "volume": named.group("volume"), "kind": "article"}
    if title and not journal and mostly_uncased(title):
        at = text.find(title)
        after = _JOURNAL_AFTER.match(text, at + len(title)) if at >= 0 else None
        if after and mostly_uncased(after.group("journal")):
            return {**fields, "journal": after.group("journal").strip(), "kind": "article"}
    if bool(title) == bool(journal):
        return fields
    parted = _LAST_PIECE.match(title or journal)
    if not parted or not mostly_uncased(parted.group("tail")) or not mostly_uncased(parted.group("head")):
        return fields
    if not re.search(re.escape(parted.group("tail")) + _NUMBERS, text):
        return fields
    return {**fields, "title": parted.group("head"), "journal": parted.group("tail"), "kind": "article"}
