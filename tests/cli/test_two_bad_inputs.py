"""When both inputs are bad, both are named: one line each, OLD's first, exit status 2.

Issue 12 (point 5) found that only OLD's error was printed, so a user fixed one file only to
meet the next error.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.report.test_files import fingerprint

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "01-original.txt"


def _binary(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00" * 40)
    return path


def _good(path: Path) -> Path:
    path.write_bytes(SAMPLE.read_bytes())
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(("make_old", "make_new", "said"), [
    pytest.param(lambda p: p, lambda p: p, ["old.txt: no such file", "new.txt: no such file"],
                 id="both missing"),
    pytest.param(lambda p: p, _binary, ["old.txt: no such file", "new.txt: not a text document"],
                 id="one missing, one a program"),
    pytest.param(_folder, _binary, ["old.txt: is a folder", "new.txt: not a text document"],
                 id="a folder and a program"),
    pytest.param(_good, lambda p: p, ["new.txt: no such file"], id="only NEW bad: one line"),
    pytest.param(_binary, _good, ["old.txt: not a text document"], id="only OLD bad: one line"),
])
def test_every_bad_input_is_named(tmp_path: Path, make_old, make_new, said: list[str]) -> None:
    old, new = make_old(tmp_path / "old.txt"), make_new(tmp_path / "new.txt")
    kept = [fingerprint(path) for path in (old, new) if path.is_file()]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", "old.txt", "new.txt", "--format",
         "json"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(said), result.stderr
    for line, expected in zip(lines, said, strict=True):
        assert line.startswith(f"palimpsest: {expected}"), line
    assert result.stdout == ""
    assert [fingerprint(path) for path in (old, new) if path.is_file()] == kept
