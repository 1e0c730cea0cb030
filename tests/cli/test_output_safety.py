"""Every writer of the command line refuses to destroy a file (issue 12, points 1 and 2).

``-o`` (JSON and text), each ``--export`` format and ``--screenshot`` are run as the user
runs them, as a subprocess. A refused target ends with exit status 2 and exactly one line on
standard error, and the inputs keep their bytes, mtime and inode. Device nodes are replicas
in a temporary folder (made only as root); the real ``/dev`` is written only at ``/dev/null``.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.core.load.test_formats import make_docx, make_html
from tests.core.report.test_files import IS_ROOT, fingerprint, leftovers, make_device, needs_root

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def run(*arguments: str | Path, cwd: Path, **options: object) -> subprocess.CompletedProcess[str]:
    """``main.py ARGUMENTS`` in ``cwd``, headless."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, arguments)], cwd=cwd, env=environment,
        capture_output=True, text=True, check=False, timeout=300, **options,  # type: ignore
    )


def _texts(folder: Path, old_name: str = "a.txt") -> tuple[Path, Path]:
    old, new = folder / old_name, folder / "b.txt"
    old.write_bytes((SAMPLES / "01-original.txt").read_bytes())
    new.write_bytes((SAMPLES / "02-spun.txt").read_bytes())
    return old, new


def _pages(folder: Path) -> tuple[Path, Path]:
    return make_html(folder / "x.html"), make_html(folder / "y.html")


def _word_files(folder: Path) -> tuple[Path, Path]:
    return (make_docx(folder / "d.docx"),
            make_docx(folder / "e.docx", ["A headline", "A body that differs."]))


def _shot_inputs(folder: Path) -> tuple[Path, Path]:
    old, new = _texts(folder)
    return old.rename(folder / "v00.txt"), new.rename(folder / "in.png")


def _refused(result: subprocess.CompletedProcess[str], target: str, reason: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"palimpsest: {target}: cannot write (") and reason in lines[0]


# The four cases measured in issue 12, point 1, as the issue ran them.
@pytest.mark.parametrize(("make_inputs", "arguments", "target", "reason"), [
    pytest.param(_texts, ("compare", "a.txt", "b.txt", "--format", "text", "-o", "a.txt"),
                 "a.txt", "it is the input file a.txt", id="text -o onto OLD"),
    pytest.param(_pages, ("compare", "x.html", "y.html", "--export", "y.html"), "y.html",
                 "it is the input file y.html", id="an HTML export onto NEW"),
    pytest.param(_word_files, ("compare", "d.docx", "e.docx", "--format", "json", "-o", "e.docx"),
                 "e.docx", "it is the input file e.docx", id="JSON -o onto a Word NEW"),
    pytest.param(_shot_inputs, ("--screenshot", "in.png", "v00.txt", "in.png"), "in.png",
                 "it is the input file in.png", id="a screenshot onto a text input"),
])
def test_an_input_is_never_overwritten(tmp_path: Path, make_inputs, arguments: Sequence[str],
                                       target: str, reason: str) -> None:
    inputs = make_inputs(tmp_path)
    kept = [fingerprint(path) for path in inputs]
    _refused(run(*arguments, cwd=tmp_path), target, reason)
    assert [fingerprint(path) for path in inputs] == kept
    assert leftovers(tmp_path) == []


WRITERS = [
    pytest.param(("--format", "json", "-o"), id="JSON -o"),
    pytest.param(("--format", "text", "-o"), id="text -o"),
    pytest.param(("--export",), id="--export (format by name)"),
    pytest.param(("--screenshot",), id="--screenshot"),
]


def _arguments(writer: tuple[str, ...], target: Path, old: Path, new: Path) -> list[str | Path]:
    if writer == ("--screenshot",):
        return ["--screenshot", target, old, new]
    return ["compare", old, new, *writer, target]


MakeTarget = Callable[[Path, tuple[Path, Path]], Path]


def _link_to(source_index: int, hard: bool, suffix: str) -> MakeTarget:
    def make(folder: Path, inputs: tuple[Path, Path]) -> Path:
        link = folder / f"link{suffix}"
        if hard:
            os.link(inputs[source_index], link)
        else:
            link.symlink_to(inputs[source_index])
        return link
    return make


def _read_only(suffix: str) -> MakeTarget:
    def make(folder: Path, inputs: tuple[Path, Path]) -> Path:
        path = folder / f"read-only{suffix}"
        path.write_text("an earlier report", encoding="utf-8")
        path.chmod(0o444)
        return path
    return make


def _fifo(folder: Path, inputs: tuple[Path, Path]) -> Path:
    os.mkfifo(folder / "pipe.json")
    return folder / "pipe.json"


# Each writer × each way a target can be refused; the export rows name a target of each
# format in turn, so every --export format is covered.
TARGETS = [
    pytest.param(lambda d, inputs: inputs[0], "it is the input file", id="OLD itself"),
    pytest.param(_link_to(1, hard=False, suffix=".json"), "it is the input file",
                 id="a symlink to NEW"),
    pytest.param(_link_to(0, hard=True, suffix=".html"), "it is the input file",
                 id="a hard link to OLD"),
    pytest.param(_read_only(".csv"), "it is read-only", id="a read-only file (0444)"),
    pytest.param(_read_only(".pdf"), "it is read-only", id="a read-only PDF"),
    pytest.param(_fifo, "it is a named pipe that no one reads",
                 id="a named pipe no one reads (writing would hang)"),
]


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize(("make_target", "reason"), TARGETS)
def test_every_writer_refuses_every_unsafe_target(tmp_path: Path, writer: tuple[str, ...],
                                                  make_target, reason: str) -> None:
    old, new = _texts(tmp_path, "a.json")  # OLD may be the target of an export too
    target = make_target(tmp_path, (old, new))
    kept = [fingerprint(path) for path in (old, new)]
    target_kept = target.lstat()
    _refused(run(*_arguments(writer, target, old, new), cwd=tmp_path), str(target), reason)
    assert [fingerprint(path) for path in (old, new)] == kept
    assert (target.lstat().st_ino, target.lstat().st_mode) == (target_kept.st_ino,
                                                                target_kept.st_mode)
    assert leftovers(tmp_path) == []


def test_a_symlink_target_is_followed(tmp_path: Path) -> None:
    old, new = _texts(tmp_path)
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "real.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "out"
    link.symlink_to(real)
    result = run("compare", old, new, "--format", "json", "-o", link, cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == run("compare", old, new, "--format", "json",
                                    cwd=tmp_path).stdout.encode("utf-8")
    assert leftovers(tmp_path, tmp_path / "reports") == []


@pytest.mark.parametrize("arguments", [
    pytest.param(("--format", "json", "-o"), id="JSON -o"),
    pytest.param(("--format", "text", "-o"), id="text -o"),
])
def test_dev_null_is_written_into(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    old, new = _texts(tmp_path)
    before = os.stat("/dev/null")
    result = run("compare", old, new, *arguments, "/dev/null", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@needs_root
@pytest.mark.parametrize(("minor", "status", "said"), [
    pytest.param(3, 0, "", id="a /dev/null replica takes the output"),
    pytest.param(7, 2, "cannot write (No space left on device)",
                 id="a /dev/full replica: one line, and it stays a device"),
])
@pytest.mark.parametrize("writer", [
    pytest.param(("--format", "json", "-o"), id="JSON -o"),
    pytest.param(("--screenshot",), id="--screenshot"),
])
def test_a_character_device_is_written_into(tmp_path: Path, minor: int, status: int, said: str,
                                            writer: tuple[str, ...]) -> None:
    old, new = _texts(tmp_path)
    device = make_device(tmp_path / "device", minor)
    kept = [fingerprint(path) for path in (old, new)]
    result = run(*_arguments(writer, device, old, new), cwd=tmp_path)
    assert result.returncode == status, result.stderr
    assert len(result.stderr.splitlines()) == (1 if said else 0), result.stderr
    assert said in result.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert [fingerprint(path) for path in (old, new)] == kept
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt", "device"]


def test_a_read_only_target_is_refused_for_root_too(tmp_path: Path) -> None:
    """Root may write any file; the mode bits are what say "leave it"."""
    old, new = _texts(tmp_path)
    target = _read_only(".json")(tmp_path, (old, new))
    if not IS_ROOT:
        assert not os.access(target, os.W_OK)
    _refused(run("compare", old, new, "--format", "json", "-o", target, cwd=tmp_path),
             str(target), "it is read-only")
    assert target.read_text(encoding="utf-8") == "an earlier report"


# The command line killed between writing and renaming: the signal is sent from inside the
# fsync that precedes the rename.
_KILLED = """
import os, signal, sys
sys.path.insert(0, {root!r})
from cli.entry import main
signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, not a background job
real_fsync = os.fsync
def fsync(descriptor):
    real_fsync(descriptor)
    os.kill(os.getpid(), signal.{name})
os.fsync = fsync
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(("name", "status"), [
    pytest.param("SIGTERM", -15, id="killed: the temporary file is removed"),
    pytest.param("SIGINT", 130, id="Ctrl+C: removed, and a quiet exit"),
])
@pytest.mark.parametrize("writer", [
    pytest.param(("--format", "json", "-o"), id="JSON -o"),
    pytest.param(("--export",), id="--export"),
])
def test_a_write_killed_before_the_rename_leaves_nothing(tmp_path: Path, name: str,
                                                         status: int,
                                                         writer: tuple[str, ...]) -> None:
    old, new = _texts(tmp_path)
    target = tmp_path / "report.json"
    target.write_text("an earlier report", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", _KILLED.format(root=str(ROOT), name=name), "compare", str(old),
         str(new), *writer, str(target)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == status, result.stderr
    assert result.stderr == ""
    assert target.read_text(encoding="utf-8") == "an earlier report"
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt", "report.json"]


def test_a_wrong_target_fails_before_the_work(tmp_path: Path) -> None:
    """The target is refused before the inputs are even read: a missing input is not named."""
    target = _read_only(".pdf")(tmp_path, (tmp_path, tmp_path))
    result = run("compare", tmp_path / "missing.txt", tmp_path / "also-missing.txt",
                 "--export", target, cwd=tmp_path)
    _refused(result, str(target), "it is read-only")
