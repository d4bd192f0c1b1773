"""Manuscripts typeset by LaTeX, as most journals' PDFs are: two columns, justified text
hyphenated at line ends, ligatures, superscript callouts, a running head with the page
number, and the reference list in a smaller type (numbered, or unnumbered with hanging
indents for author–date lists).

Chromium's print (tests/printing.py) breaks no word across lines and sets no ligatures;
pdflatex does both, so reading its PDFs tests what a publisher's PDF asks of the reader.
Needs ``pdflatex`` and the Latin Modern fonts (Debian: texlive-latex-base,
texlive-latex-recommended, texlive-fonts-recommended, lmodern); the tests and the benchmark
skip these rows without them.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

_SPECIAL = {"\\": r"\textbackslash{}", "#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&", "~": r"\textasciitilde{}",
            "_": r"\_", "^": r"\textasciicircum{}", "{": r"\{", "}": r"\}", "<": r"\textless{}", ">": r"\textgreater{}"}
# What T1 fonts and textcomp print directly; everything else is spelled out below.
_TYPESET = {"–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''", "…": r"\dots{}", "±": r"\textpm{}",
            "×": r"\texttimes{}", "°": r"\textdegree{}", "·": r"\textperiodcentered{}", "≤": r"\ensuremath{\leq}",
            "≥": r"\ensuremath{\geq}", "≈": r"\ensuremath{\approx}", "→": r"\ensuremath{\rightarrow}",
            "−": "-", "‐": "-", "‑": "-", "\u00a0": "~", "\u2009": r"\,", "′": "'", "″": "''", "∼": r"\textasciitilde{}",
            "µ": r"\ensuremath{\mu}", "©": r"\textcopyright{}", "®": r"\textregistered{}", "™": r"\texttrademark{}",
            "€": "EUR", "£": r"\pounds{}", "§": r"\S{}", "•": r"\textbullet{}", "√": r"\ensuremath{\surd}"}


@lru_cache(maxsize=1)
def pdflatex() -> str | None:
    """pdflatex's path, when it can typeset these documents (they use lmodern.sty)."""
    found = shutil.which("pdflatex")
    if not found or not shutil.which("kpsewhich"):
        return None
    styled = subprocess.run(["kpsewhich", "lmodern.sty"], capture_output=True, text=True)
    return found if styled.stdout.strip() else None


def _char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch in _TYPESET:
        return _TYPESET[ch]
    if ord(ch) < 0x250:  # Latin-1 and Latin Extended: inputenc's utf8 with T1 fonts
        return ch
    name = unicodedata.name(ch, "")
    greek = re.fullmatch(r"GREEK (SMALL|CAPITAL) LETTER (\w+)", name)
    if greek:
        letter = greek.group(2).lower()
        letter = {"lamda": "lambda"}.get(letter, letter)
        if greek.group(1) == "CAPITAL":
            letter = letter.capitalize()
            if letter in ("Alpha", "Beta", "Epsilon", "Zeta", "Eta", "Iota", "Kappa", "Mu", "Nu", "Omicron", "Rho", "Tau", "Chi"):
                return letter[0]  # no capital of its own in TeX: it looks like the Latin one
        return rf"\ensuremath{{\{letter}}}"
    plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
    return "".join(_char(c) for c in plain) if plain else "?"


def escape(text: str) -> str:
    return "".join(_char(ch) for ch in text)


_URL = re.compile(r"(?:https?://|doi\.org/|www\.)\S+?(?=[.,;)]?(?:\s|$))")


def _inline(text: str) -> str:
    """Markdown inline markup → LaTeX: <sup> and ^x^ callouts, *italic*, **bold**, links."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # a link keeps its text
    out, position = [], 0
    pattern = re.compile(r"<sup>(?P<sup>.*?)</sup>|\^(?P<pandoc>[^^\s]+)\^|\*\*(?P<bold>.+?)\*\*"
                         r"|(?<![\w*\\])\*(?!\s)(?P<italic>.+?)(?<![\s\\])\*|" + _URL.pattern)
    for match in pattern.finditer(text):
        out.append(escape(text[position:match.start()]))
        if match.group("sup") is not None or match.group("pandoc") is not None:
            out.append(r"\textsuperscript{" + escape(match.group("sup") or match.group("pandoc")) + "}")
        elif match.group("bold") is not None:
            out.append(r"\textbf{" + escape(match.group("bold")) + "}")
        elif match.group("italic") is not None:
            out.append(r"\emph{" + escape(match.group("italic")) + "}")
        else:  # a URL or DOI may break at its slashes, as journals set them
            out.append(r"\url{" + match.group(0).replace("%", r"\%").replace("#", r"\#") + "}")
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out).replace("\\*", "*")


def markdown_to_latex(markdown: str, header: str = "") -> str:
    """The Markdown of a test manuscript as a two-column LaTeX article. Table rows become
    small paragraphs (cells joined by a dash): LaTeX tables would not fit a column."""
    from printing import manuscript_parts

    blocks, entries = manuscript_parts(markdown)
    body = []
    for block in blocks:
        if block[0] == "heading":
            command = "section" if block[1] <= 2 else "subsection"
            body.append(f"\\{command}*{{{_inline(block[2])}}}\n")
        elif block[0] == "row":
            cells = [c for c in block[1] if c]
            body.append("{\\footnotesize\\noindent " + _inline(" -- ".join(cells)) + "\\par}\n")
        else:
            body.append(_inline(block[1]) + "\n")
    if any(e.number for e in entries):
        items = "".join(f"\\item[{e.number}.] {_inline(e.text)}\n" for e in entries)
        references = f"\\begin{{enumerate}}\\setlength{{\\itemsep}}{{1pt}}\n{items}\\end{{enumerate}}\n"
    else:
        references = "".join(f"\\noindent\\hangindent=1.5em\\hangafter=1 {_inline(e.text)}\\par\n" for e in entries)
    return (
        "\\documentclass[twocolumn,10pt]{article}\n"
        "\\usepackage[utf8]{inputenc}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage{textcomp}\n"
        "\\usepackage{url}\\urlstyle{same}\n"
        "\\setlength{\\textwidth}{7in}\\setlength{\\oddsidemargin}{-0.25in}\\setlength{\\evensidemargin}{-0.25in}\n"
        "\\setlength{\\textheight}{9in}\\setlength{\\topmargin}{-0.5in}\\setlength{\\columnsep}{0.25in}\n"
        "\\sloppy\\pagestyle{myheadings}\\markright{" + escape(header) + "}\n"
        "\\begin{document}\n" + "\n".join(body)
        + "\\section*{References}\n{\\footnotesize\n" + references + "}\n\\end{document}\n"
    )


def typeset_pdf(markdown: str, path: Path, header: str = "") -> Path:
    """``path`` (a .pdf) typeset by pdflatex from the manuscript's Markdown."""
    tex = path.with_suffix(".tex")
    tex.write_text(markdown_to_latex(markdown, header), encoding="utf-8")
    for _ in range(2):  # twice, as LaTeX settles page marks
        subprocess.run([pdflatex(), "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={path.parent}",
                        str(tex)], capture_output=True, timeout=300, check=True, cwd=path.parent)
    return path
