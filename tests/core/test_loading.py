"""Loading files into Documents: encodings, newlines, titles and clear errors."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from core.loading import LoadError, load

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
        (lambda d: _write(d / "latin1.txt", "café".encode("latin-1")), "cannot be decoded"),
        (lambda d: _write(d / "nul.txt", b"abc\x00def"), "not a text document"),
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
