"""`core.report.files`: how file names are shown in messages and embedded in reports (the
writer itself: `tests.core.report.test_files`)."""

from __future__ import annotations

import os

import pytest

from core.report.files import escape_undecodable, shown


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("report.json", "report.json", id="an ordinary name is unchanged"),
    pytest.param("caf\u00e9 \u2192 \u65b0.txt", "caf\u00e9 \u2192 \u65b0.txt",
                 id="decodable non-ASCII is unchanged"),
    pytest.param(os.fsdecode(b"bad\xff\xfename.txt"), "bad\\xff\\xfename.txt",
                 id="undecodable bytes as \\xNN"),
    pytest.param("two\nlines\t.txt", "two\\nlines\\t.txt", id="control characters escaped"),
    pytest.param("a\u2028b", "a\\u2028b", id="a Unicode line separator escaped"),
    pytest.param("\ud800", "\\ud800", id="a surrogate not from a file name"),
])
def test_shown(text: str, expected: str) -> None:
    assert shown(text) == expected
    shown(text).encode("utf-8")  # always encodable


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(os.fsdecode(b"dir/bad\xff.txt"), "dir/bad\\xff.txt", id="undecodable bytes"),
    pytest.param("tab\tname", "tab\tname", id="control characters kept: JSON escapes them"),
])
def test_escape_undecodable(text: str, expected: str) -> None:
    assert escape_undecodable(text) == expected
