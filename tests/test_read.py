"""Reading manuscripts: encodings, and one clear error line for every kind of bad input."""
from __future__ import annotations

import subprocess
import sys

import pytest

from refgraph.errors import InputError
from refgraph.read import decode, read_manuscript, sample_path


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "refgraph.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_sample_ships_with_its_licence_note():
    text = sample_path().read_text(encoding="utf-8")
    assert "Psychiatry Investig 2020;17(3):181-192" in text
    from refgraph.read import SAMPLE_LICENCE

    assert "CC BY-NC 4.0" in SAMPLE_LICENCE and "Shin C, Kim YK" in SAMPLE_LICENCE
    notice = (sample_path().parent / "NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY-NC 4.0" in notice and "Psychiatry Investig 2020;17(3):181-192" in notice


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_other_encodings_are_decoded(sample_text, encoding):
    text = sample_text.replace("Montgomery-Åsberg", "Montgomery-Åsberg").replace("™", "")
    data = text.encode(encoding, errors="strict") if encoding != "latin-1" else text.encode(encoding, errors="ignore")
    decoded = decode(data, "x.md")
    assert "Montgomery-Åsberg Depression Rating Scale" in decoded.text
    assert decoded.text.count("\n") == text.count("\n")


def test_crlf_line_endings_keep_line_numbers(sample_text):
    decoded = decode(sample_text.replace("\n", "\r\n").encode(), "x.md")
    assert decoded.text == sample_text


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060"])
def test_invisible_break_marks_inside_words_are_removed(sample, sample_text, tmp_path, mark):
    # Soft hyphens (publishers' HTML, Word) and zero-width spaces (converters) inside
    # every long word, the reference heading's too: the manuscript reads as without them.
    import re

    from conftest import analyse_text

    marked = re.sub(r"\b([A-Za-z]{4})(?=[A-Za-z]{4})", lambda m: m.group(1) + mark, sample_text)
    assert "REFE" + mark + "RENCES" in marked
    analysis = analyse_text(marked, tmp_path)
    assert [(r.number, r.title, r.journal, r.pages) for r in analysis.references] == [
        (r.number, r.title, r.journal, r.pages) for r in sample.references]
    assert [c.numbers for c in analysis.callouts] == [c.numbers for c in sample.callouts]
    assert [s.text for s in analysis.claims] == [s.text for s in sample.claims]


def write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: write(d / "empty.md", ""), "empty"),
        (lambda d: write(d / "blank.md", "  \n\n "), "empty"),
        (lambda d: write(d / "x.bin", bytes(range(256)) * 40), "binary"),
        (lambda d: write(d / "noref.md", "# Title\n\nJust prose with no list.\n"), "no reference section"),
        (lambda d: write(d / "blank.html", "<!DOCTYPE html><html><head><title>x</title></head><body> </body></html>"), "no text"),
        (lambda d: write(d / "noref.html", "<html><body><p>Just a note.</p></body></html>"), "no reference section"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path, make, message):
    target = make(tmp_path)
    for command in (["check"], ["bib"], ["citations"], ["report", "-o", tmp_path / "out"]):
        result = run(*command[:1], target, *command[1:])
        assert result.returncode == 2, (command, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists(), "no half-written output on bad input"


def test_undecodable_text_is_rejected_clearly(tmp_path):
    path = tmp_path / "garbage.md"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 400 + b"\xff\xfe\xfa" * 300)
    with pytest.raises(InputError):
        read_manuscript(path)


def test_no_output_file_is_left_when_bib_fails(tmp_path):
    target = tmp_path / "refs.bib"
    result = run("bib", tmp_path / "missing.md", "-o", target)
    assert result.returncode == 2 and not target.exists()
    assert not list(tmp_path.glob(".*tmp"))
