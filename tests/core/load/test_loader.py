"""`core.load.loader`: loading files into Documents: encodings, newlines (every Unicode line
break becomes LF), titles and clear errors."""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.load import loader as loading
from core.load.loader import MAX_FILE_BYTES, MAX_TEXT_BYTES, LoadError, load, normalise_newlines

ROOT = Path(__file__).resolve().parents[3]

BODY = "Headline here\r\n\r\nFirst “paragraph” — naïve café.\rSecond line\n"
NORMALISED = "Headline here\n\nFirst “paragraph” — naïve café.\nSecond line\n"


@pytest.mark.parametrize(
    ("data", "encoding", "reason"),
    [
        (BODY.encode("utf-8"), "utf-8", "plain UTF-8"),
        (codecs.BOM_UTF8 + BODY.encode("utf-8"), "utf-8-sig", "UTF-8 with a BOM"),
        (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16", "UTF-16 LE with a BOM"),
        (codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16", "UTF-16 BE with a BOM"),
    ],
)
def test_decodes_and_normalises(tmp_path: Path, data: bytes, encoding: str, reason: str) -> None:
    path = tmp_path / "version.txt"
    path.write_bytes(data)
    document = load(path)
    assert document.text == NORMALISED, reason
    assert document.encoding == encoding, reason
    assert document.title == "Headline here"
    assert document.mtime == pytest.approx(path.stat().st_mtime)


def test_markdown_title_drops_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("\n\n# A *Markdown* story\n\nBody.\n", encoding="utf-8")
    document = load(path)
    assert document.title == "A *Markdown* story"
    assert document.source_format == "markdown"


def test_empty_file_loads_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    document = load(path)
    assert document.text == ""
    assert "empty" in document.notice


@pytest.mark.parametrize(
    ("make", "reason_part"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: _write(d / "odd.txt", codecs.BOM_UTF16_LE + b"\xfa"), "cannot be decoded"),
        (lambda d: _write(d / "nul.txt", b"abc\x00d\x00e\x00f\x00g\x00h"), "not a text document"),
    ],
)
def test_errors_name_the_file_and_reason(tmp_path: Path, make, reason_part: str) -> None:
    path = make(tmp_path)
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message and reason_part in message
    assert "\n" not in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.txt", b"text")
    path.chmod(0)
    with pytest.raises(LoadError, match="permission denied"):
        load(path)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_short_latin1_text_is_decoded_not_refused(tmp_path: Path) -> None:
    # Before issue 7 this was "cannot be decoded"; legacy encodings are now detected.
    path = _write(tmp_path / "latin1.txt", "café".encode("latin-1"))
    document = load(path)
    assert document.text == "café" and document.encoding == "cp1252"


@pytest.mark.parametrize(
    ("name", "data", "source_format", "reason"),
    [
        ("story.txt", b"{\\rtf1\\ansi Headline\\par Body.\\par}", "rtf",
         "RTF saved under .txt is read as RTF, not shown as markup"),
        ("story", b"{\\rtf1\\ansi Headline\\par Body.\\par}", "rtf",
         "no extension: known by its first bytes"),
        ("story.download", b"<!DOCTYPE html><html><body><h1>Headline</h1></body></html>",
         "html", "unknown extension, HTML by its first bytes"),
        ("source.txt", b"<!DOCTYPE html>\n<h1>Headline</h1>", "text",
         "HTML source named .txt stays text: it may be the source an editor compares"),
        ("notes.log", b"Headline\n\nBody.\n", "text", "unknown extension, plain text"),
    ],
)
def test_format_by_extension_then_first_bytes(tmp_path: Path, name: str, data: bytes,
                                              source_format: str, reason: str) -> None:
    document = load(_write(tmp_path / name, data))
    assert document.source_format == source_format, reason
    assert "Headline" in document.text, reason


@pytest.mark.parametrize(
    ("name", "size", "reason_part", "reason"),
    [
        ("big.txt", MAX_TEXT_BYTES + 1, f"over the {MAX_TEXT_BYTES // 2**20} MB limit",
         "a text file one byte over the limit"),
        ("big.md", 60 * 2**20, "60.0 MB", "the size is said"),
        ("big.pdf", MAX_FILE_BYTES + 1, f"over the {MAX_FILE_BYTES // 2**20} MB limit",
         "other formats have their own, larger limit"),
    ],
)
def test_oversized_files_are_refused_unread(tmp_path: Path, name: str, size: int,
                                            reason_part: str, reason: str) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: no disk used, and nothing read before refusing
    with pytest.raises(LoadError, match=re.escape(reason_part)):
        load(path)


def test_text_taken_from_a_file_has_the_same_limit(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "MAX_TEXT_BYTES", 10)
    path = _write(tmp_path / "story.rtf", b"{\\rtf1\\ansi A headline longer than ten\\par}")
    with pytest.raises(LoadError, match="more text than"):
        load(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(LoadError, match="not a regular file"):
        load(pipe)  # reading would wait for a writer forever


@pytest.mark.parametrize(
    ("data", "outcome", "reason"),
    [
        (b"{\\rtf1\\ansi Headline\\par}", "rtf", "Word saves RTF under .doc"),
        (b"<html><body><h1>Headline</h1><p>Body text.</p></body></html>", "html",
         "Word saves web pages under .doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as .docx",
         "a real old Word file is refused with what to do"),
        (b"just some words", "not a Word document", "neither old nor new Word"),
    ],
)
def test_doc_files(tmp_path: Path, data: bytes, outcome: str, reason: str) -> None:
    path = _write(tmp_path / "story.doc", data)
    try:
        assert load(path).source_format == outcome, reason
    except LoadError as error:
        assert outcome in str(error), reason


def test_message_is_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines\u2028.txt"
    with pytest.raises(LoadError) as caught:
        load(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value) and "\u2028" not in str(caught.value)
    assert "two\\nlines\\u2028.txt: no such file" in str(caught.value)


def test_format_modules_import_no_qt() -> None:
    script = (
        "import importlib, sys, pkgutil, core.load\n"
        "for info in pkgutil.iter_modules(core.load.__path__):\n"
        "    importlib.import_module('core.load.' + info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    ("text", "title", "reason"),
    [
        ("[ad_1]\nChina’s high chief met him.\n", "China’s high chief met him.", "ad marker"),
        ("\n\n## Heading\nBody", "Heading", "Markdown marks and blank lines"),
        ("[Updated] Talks resume in Geneva\n", "[Updated] Talks resume in Geneva", "a real title"),
    ],
)
def test_title_of(text: str, title: str, reason: str) -> None:
    from core.load.loader import title_of

    assert title_of(text) == title, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a\r\nb", "a\nb", id="CRLF"),
        pytest.param("a\rb", "a\nb", id="CR"),
        pytest.param("a\x0bb", "a\nb", id="vertical tab"),
        pytest.param("a\x0cb", "a\nb", id="form feed"),
        pytest.param("a\x85b", "a\nb", id="NEL"),
        pytest.param("a\u2028b", "a\nb", id="line separator"),
        pytest.param("a\u2029b", "a\nb", id="paragraph separator"),
        pytest.param("a\r\n\r\nb", "a\n\nb", id="CRLF twice is a blank line"),
        pytest.param("a\n\rb", "a\n\nb", id="LF then CR is two breaks"),
        pytest.param("a\tb\u00a0c", "a\tb\u00a0c", id="a tab and a no-break space are no breaks"),
    ],
)
def test_every_line_break_becomes_lf(text: str, expected: str) -> None:
    assert normalise_newlines(text) == expected


def test_a_file_with_unicode_line_breaks_loads_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "breaks.txt"
    path.write_text("Title\x85First line.\u2028Second line.\x0cThird.\n", encoding="utf-8")
    document = load(path)
    assert document.text == "Title\nFirst line.\nSecond line.\nThird.\n"
    assert document.title == "Title"


def test_a_file_broken_into_lines_by_nel_alone_loads(tmp_path: Path) -> None:
    # NEL is a line break, not a stray control character: a file of a hundred lines broken
    # by NEL alone must not be refused as "full of control characters"
    path = tmp_path / "nel.txt"
    path.write_text("\x85".join(f"Line {n}." for n in range(100)), encoding="utf-8")
    document = load(path)
    assert document.text.count("\n") == 99
    assert document.notice == ""
