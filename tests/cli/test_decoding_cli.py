"""``main.py compare`` on the files of ``tests/core/load/test_text.py`` and on the NUL-byte
binaries of ``BAD_FILES``: what is read compares equal to its UTF-8 reference, in the JSON;
what is refused gets exit status 2 and one line; no input is ever touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.load.test_bad_files import BAD_FILES
from tests.core.load.test_text import DECLARED, LABELS, NULS, UTF32, Case

ROOT = Path(__file__).resolve().parents[2]
NUL_BINARIES = [pytest.param(name, make, reason_part, id=reason)
                for name, make, reason_part, reason in BAD_FILES if "NUL" in reason_part]


def _compare(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", str(old), str(new), "--format",
         "json"], capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )


def _aged(path: Path, data: bytes | None = None) -> Path:
    """``path`` (written with ``data`` first, if given) dated an hour ago, a time any write
    would replace."""
    if data is not None:
        path.write_bytes(data)
    past = time.time() - 3600
    os.utime(path, (past, past))
    return path


def _fingerprint(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), status.st_mtime_ns, status.st_ino


@pytest.mark.parametrize("case", DECLARED + LABELS + UTF32 + NULS)
def test_what_is_read_compares_equal_to_its_reference(tmp_path: Path, case: Case) -> None:
    old = _aged(tmp_path / case.reference_name, case.reference)
    new = _aged(tmp_path / case.name, case.data)
    before = _fingerprint(old), _fingerprint(new)
    result = _compare(old, new)
    assert (result.returncode, result.stderr) == (0, "")
    report = json.loads(result.stdout)
    assert report["new"]["words"] == report["old"]["words"] > 0
    assert report["new"]["encoding"] == case.encoding
    assert report["changes"] == [] and report["similarity"] == 1.0
    assert (_fingerprint(old), _fingerprint(new)) == before


@pytest.mark.parametrize(("name", "make", "reason_part"), NUL_BINARIES)
def test_binaries_with_nul_bytes_are_refused(tmp_path: Path, name: str,
                                             make: Callable[[Path], Path],
                                             reason_part: str) -> None:
    old = _aged(tmp_path / "old.txt", (ROOT / "resources" / "samples" / "01-original.txt"
                                       ).read_bytes())
    bad = _aged(make(tmp_path / name))
    before = _fingerprint(old), _fingerprint(bad)
    result = _compare(old, bad)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"palimpsest: {bad}: {reason_part}\n"
    assert (_fingerprint(old), _fingerprint(bad)) == before
