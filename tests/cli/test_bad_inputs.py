"""``main.py compare A B`` with a bad file as B: exit 2, one line naming it, no traceback.

Also: the files the app opens are never written to — their bytes and modification times are
the same after loading, comparing and exporting them as before.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from core.load.loader import MAX_TEXT_BYTES
from tests.core.load.test_bad_files import BAD_FILES
from tests.core.load.test_formats import (
    make_docx,
    make_html,
    make_odt,
    make_rtf,
    make_simple_pdf,
    make_text,
)

ROOT = Path(__file__).resolve().parents[2]


def _compare(old: Path, new: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", str(old), str(new), *options],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )


@pytest.fixture
def old(tmp_path: Path) -> Path:
    return make_text(tmp_path / "old.txt", "utf-8")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def _locked(path: Path) -> Path:
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    return path


def _pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


GENERAL = [
    ("missing.txt", lambda p: p, "no such file", "a file that is not there"),
    ("folder", lambda p: (p.mkdir(), p)[1], "is a folder", "a folder"),
    ("binary.txt", lambda p: _write(p, b"\x7fELF\x02\x01\x01\x00\x00" * 40), "not a text document",
     "a program: NUL bytes"),
    ("nul.md", lambda p: _write(p, b"a\x00text\x00with\x00NUL\x00bytes\x00between"),
     "not a text document", "NUL bytes throughout: binary (a stray one is dropped)"),
    ("huge.txt", lambda p: _sparse(p, MAX_TEXT_BYTES + 1),
     f"over the {MAX_TEXT_BYTES // 2**20} MB limit", "one byte over the text size limit"),
    ("60mb.txt", lambda p: _sparse(p, 60 * 2**20), "60.0 MB", "the 60 MB case: refused at once"),
]
if os.geteuid() != 0:  # root reads any file
    GENERAL.append(("locked.txt", _locked, "permission denied", "a file without read permission"))
if hasattr(os, "mkfifo"):
    GENERAL.append(("pipe.txt", _pipe, "not a regular file", "a named pipe, which never ends"))


@pytest.mark.parametrize(("name", "make", "reason_part", "reason"), GENERAL + BAD_FILES)
def test_bad_new_version_is_one_line_and_exit_2(old: Path, tmp_path: Path, name: str,
                                                make: Callable[[Path], Path], reason_part: str,
                                                reason: str) -> None:
    bad = make(tmp_path / name)
    result = _compare(old, bad)
    assert result.returncode == 2, (reason, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, (reason, result.stderr)
    assert str(bad) in lines[0] and reason_part in lines[0], (reason, lines[0])
    assert "Traceback" not in result.stderr and result.stdout == "", reason


def test_empty_new_version_is_compared(old: Path, tmp_path: Path) -> None:
    result = _compare(old, _write(tmp_path / "empty.txt", b""), "--format", "json")
    assert result.returncode == 0 and result.stderr == "", result.stderr


BUILDERS = [
    ("story.docx", make_docx), ("story.html", make_html), ("story.odt", make_odt),
    ("story.rtf", make_rtf), ("story.pdf", make_simple_pdf),
    ("story.txt", lambda path: make_text(path, "cp1252")),
]


def _fingerprint(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), status.st_mtime_ns, status.st_mode


def test_files_opened_are_never_written(tmp_path: Path) -> None:
    files = [make(tmp_path / name) for name, make in BUILDERS]
    past = time.time() - 3600  # an old time, which any write would replace
    for path in files:
        os.utime(path, (past, past))
    before = {path: _fingerprint(path) for path in files}
    exports = tmp_path / "exports"
    exports.mkdir()
    for number, new in enumerate(files[1:]):
        result = _compare(files[0], new, "--format", "json")
        assert result.returncode == 0, result.stderr
        report = exports / f"report{number}{('.pdf', '.html', '.csv')[number % 3]}"
        result = _compare(files[0], new, "--export", str(report))
        assert result.returncode == 0 and report.exists(), result.stderr
    assert {path: _fingerprint(path) for path in files} == before
    assert sorted(tmp_path.iterdir()) == sorted([*files, exports]), "nothing created beside them"


@pytest.mark.skipif("PALIMPSEST_BIG" not in os.environ,
                    reason="writes 60 MB of real text; set PALIMPSEST_BIG=1 to run")
def test_60_mb_text_is_refused_within_two_minutes(old: Path, tmp_path: Path) -> None:
    big = tmp_path / "60mb.txt"
    with big.open("w", encoding="utf-8") as handle:
        while handle.tell() < 60 * 2**20:
            handle.write(old.read_text(encoding="utf-8") + "\n\n")
    started = time.monotonic()
    result = _compare(old, big)
    elapsed = time.monotonic() - started
    assert elapsed < 120, elapsed
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "limit" in result.stderr
