"""Output that no locale, file name or pipe can turn into a traceback (issue 12, point 4).

Standard output is UTF-8 bytes whatever the locale; a file name's undecodable bytes are
shown as ``\\xff`` wherever it is printed or embedded; a full disk or a closed standard
output is one line and exit status 2; a reader that has gone away ends the command quietly
with status 141. Every row runs the command line as a subprocess and checks the exit status,
the lines on standard error and that the inputs are untouched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.report.test_files import fingerprint, leftovers, make_device, needs_root

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
BAD_NAME = os.fsdecode(b"bad\xff\xfename.txt")
SHOWN = "bad\\xff\\xfename.txt"


def _command(*arguments: str | Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "compare", *map(str, arguments)]


def _run(*arguments: str | Path, cwd: Path, env: dict[str, str] | None = None,
         **options: object) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(_command(*arguments), cwd=cwd, env=environment,
                          capture_output=True, check=False, timeout=300,
                          **options)  # type: ignore[call-overload]


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_bytes((SAMPLES / "01-original.txt").read_bytes())
    new.write_bytes((SAMPLES / "02-spun.txt").read_bytes())
    return old, new


@pytest.fixture
def bad_name(tmp_path: Path) -> Path:
    path = tmp_path / BAD_NAME
    try:
        path.write_bytes((SAMPLES / "02-spun.txt").read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def _quiet_success(result: subprocess.CompletedProcess[bytes]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""


def _pdf_strings(path: Path) -> str:
    reader = PdfReader(path)
    titles = [str(getattr(item, "title", "")) for item in reader.outline if not isinstance(
        item, list)]
    return " ".join([str(reader.metadata.title), *titles, reader.pages[0].extract_text()])


@pytest.mark.parametrize(("output", "read"), [
    pytest.param("r.html", lambda p: p.read_bytes().decode("utf-8"),
                 id="HTML report (was: UnicodeEncodeError)"),
    pytest.param("r.pdf", _pdf_strings, id="PDF: title, header text (was: in the bookmarks)"),
    pytest.param("r.json", lambda p: json.loads(p.read_bytes().decode("utf-8"))["new"]["path"],
                 id="JSON export: the path stays valid UTF-8"),
    pytest.param("r.csv", lambda p: p.read_bytes().decode("utf-8"), id="CSV export"),
])
def test_an_undecodable_name_is_escaped_in_every_export(
        tmp_path: Path, inputs: tuple[Path, Path], bad_name: Path, output: str, read) -> None:
    kept = fingerprint(bad_name)
    result = _run(inputs[0], bad_name, "--export", output, cwd=tmp_path)
    _quiet_success(result)
    text = read(tmp_path / output)
    if not output.endswith(".csv"):
        assert SHOWN in text
    assert "\udcff" not in text
    assert fingerprint(bad_name) == kept


@pytest.mark.parametrize(("arguments", "expected"), [
    pytest.param(("--format", "json"), f'"path": "{SHOWN.replace(chr(92), chr(92) * 2)}"',
                 id="JSON on stdout: valid UTF-8, the bytes as \\\\xff"),
    pytest.param(("--format", "text"), f"a.txt → {SHOWN}: similarity",
                 id="the word diff's summary line"),
])
def test_an_undecodable_name_is_escaped_on_stdout(tmp_path: Path, inputs: tuple[Path, Path],
                                                  bad_name: Path, arguments: tuple[str, ...],
                                                  expected: str) -> None:
    result = _run("a.txt", bad_name.name, *arguments, cwd=tmp_path)
    _quiet_success(result)
    assert expected in result.stdout.decode("utf-8")


@pytest.mark.parametrize(("arguments", "said"), [
    pytest.param((os.fsdecode(b"gone\xff.txt"),), "palimpsest: gone\\xff.txt: no such file",
                 id="a missing input"),
    pytest.param(("b.txt", "--format", "json", "-o", BAD_NAME),
                 f"palimpsest: {SHOWN}: cannot write (it is the input file {SHOWN})",
                 id="a refused target"),
])
def test_an_undecodable_name_is_escaped_on_stderr(tmp_path: Path, inputs: tuple[Path, Path],
                                                  bad_name: Path, arguments: tuple[str, ...],
                                                  said: str) -> None:
    result = _run(bad_name.name, *arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode("ascii").splitlines() == [said]


@pytest.mark.parametrize(("environment", "arguments"), [
    pytest.param({"PYTHONIOENCODING": "cp1252"}, ("--format", "text"),
                 id="cp1252, as Windows redirects (the → of the summary)"),
    pytest.param({"PYTHONIOENCODING": "ascii"}, ("--format", "json"), id="ASCII"),
    pytest.param({"PYTHONIOENCODING": "ascii:strict"}, ("--format", "text"),
                 id="ASCII with strict errors"),
    pytest.param({"LC_ALL": "C", "PYTHONUTF8": "0"}, ("--format", "text"),
                 id="the C locale without UTF-8 mode"),
    pytest.param({"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
                 ("--format", "json"), id="the C locale, not coerced either"),
])
def test_stdout_is_utf_8_whatever_the_locale(tmp_path: Path, inputs: tuple[Path, Path],
                                             environment: dict[str, str],
                                             arguments: tuple[str, ...]) -> None:
    kept = [fingerprint(path) for path in inputs]
    reference = _run("a.txt", "b.txt", *arguments, cwd=tmp_path,
                     env={"PYTHONIOENCODING": "utf-8"}).stdout
    result = _run("a.txt", "b.txt", *arguments, cwd=tmp_path, env=environment)
    _quiet_success(result)
    assert result.stdout == reference and max(reference) > 127, "non-ASCII text, as UTF-8"
    assert [fingerprint(path) for path in inputs] == kept


def test_a_closed_stdout_is_one_line(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    kept = [fingerprint(path) for path in inputs]
    result = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", *_command(
        "a.txt", "b.txt", "--format", "json")], cwd=tmp_path, capture_output=True, check=False,
        timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "palimpsest: standard output: cannot write (it is closed)"]
    assert [fingerprint(path) for path in inputs] == kept
    assert leftovers(tmp_path) == []


@needs_root
@pytest.mark.parametrize("arguments", [
    pytest.param(("--format", "json"), id="JSON"),
    pytest.param(("--format", "text"), id="the word diff"),
])
def test_a_full_disk_on_stdout_is_one_line(tmp_path: Path, inputs: tuple[Path, Path],
                                           arguments: tuple[str, ...]) -> None:
    full = make_device(tmp_path / "full", 7)  # a /dev/full replica: every write fails
    kept = [fingerprint(path) for path in inputs]
    with full.open("wb") as stdout:
        result = subprocess.run(_command("a.txt", "b.txt", *arguments), cwd=tmp_path,
                                stdout=stdout, stderr=subprocess.PIPE, check=False, timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "palimpsest: standard output: cannot write (No space left on device)"]
    assert [fingerprint(path) for path in inputs] == kept


@pytest.mark.parametrize("arguments", [
    pytest.param(("--format", "json"), id="JSON"),
    pytest.param(("--format", "text"), id="the word diff"),
])
def test_a_broken_pipe_ends_quietly(tmp_path: Path, inputs: tuple[Path, Path],
                                    arguments: tuple[str, ...]) -> None:
    """As ``| head`` does: the reader is gone (here before the first byte, so surely)."""
    reader, writer = os.pipe()
    os.close(reader)
    kept = [fingerprint(path) for path in inputs]
    try:
        result = subprocess.run(_command("a.txt", "b.txt", *arguments), cwd=tmp_path,
                                stdout=writer, stderr=subprocess.PIPE, check=False, timeout=120)
    finally:
        os.close(writer)
    assert result.returncode == 141, "what a shell reports for `yes | head -1`"
    assert result.stderr == b"", "no traceback, no 'Exception ignored'"
    assert [fingerprint(path) for path in inputs] == kept


def test_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """``| head -1`` on an output far larger than a pipe holds."""
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text((SAMPLES / "01-original.txt").read_text(encoding="utf-8") * 40,
                   encoding="utf-8")
    new.write_text((SAMPLES / "02-spun.txt").read_text(encoding="utf-8") * 40, encoding="utf-8")
    process = subprocess.Popen(_command("a.txt", "b.txt", "--format", "json"), cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"{\n"
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=120) == 141
    assert error == b""
