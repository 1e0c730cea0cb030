"""``main.py compare``: the JSON contract, the text diff, and one-line errors.

The JSON of two of the project's own sample pairs is pinned byte for byte by golden files
(``golden/``), the public contract as scripts read it. After an intended change to the
engine or to the format, regenerate them with
``UPDATE_GOLDEN=1 pytest tests/cli/test_compare_command.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.entry import main
from core.align import dmp
from core.changes.edit_script import rebuild

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"


def _run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", *map(str, arguments)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )


@pytest.fixture
def pair(samples: list[Path]) -> tuple[Path, Path]:
    return samples[0], samples[1]


def test_json_follows_the_contract(pair: tuple[Path, Path]) -> None:
    result = _run(*pair, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert {"schema", "old", "new", "similarity", "changes", "moves", "patterns"} <= set(data)
    for side in ("old", "new"):
        assert {"path", "title", "words", "chars"} <= set(data[side])
    change_keys = {"id", "kind", "category", "old_start", "old_end", "new_start", "new_end",
                   "old_text", "new_text", "move"}
    assert data["changes"] and all(change_keys <= set(c) for c in data["changes"])
    assert {c["kind"] for c in data["changes"]} <= {"substitution", "omission", "addition"}
    assert [c["id"] for c in data["changes"]] == list(range(len(data["changes"])))
    for sentences in data["sentence_pairs"]:
        assert 0.0 <= sentences["similarity"] <= 1.0
        assert sentences["old_start"] < sentences["old_end"]
    for pattern in data["patterns"]:
        assert {"old", "new", "count", "category", "changes"} <= set(pattern)
        assert pattern["count"] == len(pattern["changes"])
    old_text = pair[0].read_text(encoding="utf-8")
    assert rebuild(old_text, data["changes"]) == pair[1].read_text(encoding="utf-8")


def test_output_is_byte_identical(pair: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert _run(*pair, "--format", "json", "-o", first).returncode == 0
    assert _run(*pair, "--format", "json", "-o", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == _run(*pair, "--format", "json").stdout.encode("utf-8")


@pytest.mark.parametrize("accelerated", [True, False], ids=["fast-diff-match-patch", "pure Python"])
@pytest.mark.parametrize(
    ("old", "new", "golden"),
    [
        pytest.param("01-original.txt", "02-spun.txt", "samples-01-02.json",
                     id="the spun copy: twenty swap patterns, no move"),
        pytest.param("01-original.txt", "04-edited.txt", "samples-01-04.json",
                     id="the edited copy: a moved passage, omissions and additions"),
    ],
)
def test_json_of_the_samples_is_the_golden_file(
        monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes],
        old: str, new: str, golden: str, accelerated: bool) -> None:
    """The exact bytes ``main.py compare OLD NEW --format json`` prints, run in-process from
    the repository with relative paths (the "path" fields hold what was typed)."""
    if not accelerated:
        monkeypatch.setattr(dmp, "fast_dmp", None)
    elif dmp.fast_dmp is None:
        pytest.skip("fast-diff-match-patch is not installed")
    monkeypatch.chdir(ROOT)
    samples = Path("resources", "samples")
    status = main(["compare", str(samples / old), str(samples / new), "--format", "json"])
    printed, errors = capsysbinary.readouterr()
    assert (status, errors) == (0, b"")
    path = GOLDEN / golden
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(printed)
    assert printed == path.read_bytes(), f"{golden} differs: UPDATE_GOLDEN=1 if intended"
    assert json.loads(printed)["old"]["path"] == f"resources/samples/{old}"


def test_text_format_marks_changes_without_colour(pair: tuple[Path, Path]) -> None:
    result = _run(*pair, "--format", "text")
    assert result.returncode == 0
    assert "[-" in result.stdout and "{+" in result.stdout
    assert "\x1b[" not in result.stdout, "no colour when stdout is not a terminal"


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: _write(d / "bad.txt", b"\xff\xfe\xfa not utf-8 \xc3"), "cannot be decoded"),
        (lambda d: _write(d / "binary.txt", b"\x7fELF\x00\x00\x01"), "not a text document"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(pair: tuple[Path, Path], tmp_path: Path, make_bad,
                                          reason: str) -> None:
    bad = make_bad(tmp_path)
    result = _run(pair[0], bad)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.stderr


def test_unwritable_output_is_one_line(pair: tuple[Path, Path], tmp_path: Path) -> None:
    result = _run(*pair, "-o", tmp_path / "no" / "such" / "dir" / "out.json")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_window_without_a_display_is_one_line(tmp_path: Path) -> None:
    import os

    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True,
                            text=True, cwd=ROOT, env=environment, check=False, timeout=60)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux tells a missing display by its environment")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "no display" in result.stderr
