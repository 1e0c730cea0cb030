"""`core.report.files`: the one writer every output goes through, and how file names are shown.

Refused targets (an input, read-only, not a regular file), character devices written into,
symlinks followed, temporary files beside the real file, synced, and gone after every error
and every termination signal. Device nodes are replicas made in a temporary folder (only root
may make them); the real ``/dev`` is never written, except ``/dev/null``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import socket
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from core.report.files import (
    RefusedTarget,
    check_writable,
    write_atomically,
)

ROOT = Path(__file__).resolve().parents[3]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(not IS_ROOT, reason="only root can make a device node")
TEMPORARY = re.compile(r"^\..*\.palimpsest-.+\.tmp$")


def fingerprint(path: Path) -> tuple[str, int, int]:
    """What must not change in a file nobody may write: its bytes, mtime and inode."""
    status = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), status.st_mtime_ns, status.st_ino


def leftovers(*folders: Path) -> list[str]:
    """Temporary files of an interrupted write left in ``folders``."""
    return sorted(name for folder in folders for name in os.listdir(folder)
                  if TEMPORARY.match(name))


def make_device(path: Path, minor: int, mode: int = 0o666) -> Path:
    """A replica of /dev/null (minor 3) or /dev/full (minor 7)."""
    os.mknod(path, stat.S_IFCHR | mode, os.makedev(1, minor))
    return path


def _socket(path: Path) -> Path:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
    return path


def _read_only(path: Path) -> Path:
    path.write_text("keep me", encoding="utf-8")
    path.chmod(0o444)
    return path


def _hard_link(source: Path) -> Callable[[Path], Path]:
    return lambda path: (os.link(source, path), path)[1]


def _symlink(source: Path) -> Callable[[Path], Path]:
    return lambda path: (path.symlink_to(source), path)[1]


REFUSED: list[object] = [
    pytest.param(lambda d, source: source, "it is the input file", id="the input's own path"),
    pytest.param(lambda d, source: _symlink(source)(d / "link.txt"), "it is the input file",
                 id="a symlink to the input"),
    pytest.param(lambda d, source: _hard_link(source)(d / "hard.txt"), "it is the input file",
                 id="a hard link to the input"),
    pytest.param(lambda d, source: d / "sub" / ".." / source.name, "it is the input file",
                 id="the input by another spelling of its path"),
    pytest.param(lambda d, source: _read_only(d / "ro.json"), "read-only",
                 id="a read-only file (refused for root too)"),
    pytest.param(lambda d, source: (os.mkfifo(d / "fifo"), d / "fifo")[1],
                 "a named pipe that no one reads", id="a named pipe would hang"),
    pytest.param(lambda d, source: _socket(d / "socket"), "a socket, not a regular file",
                 id="a socket"),
    pytest.param(lambda d, source: (os.mkdir(d / "dir.json"), d / "dir.json")[1], "is a folder",
                 id="a folder"),
]


@pytest.mark.parametrize(("make_target", "reason"), REFUSED)
@pytest.mark.parametrize("call", [
    pytest.param(lambda target, inputs: check_writable(target, inputs), id="check_writable"),
    pytest.param(lambda target, inputs: write_atomically(target, b"new", inputs),
                 id="write_atomically"),
])
def test_refused_targets(tmp_path: Path, make_target, reason: str, call) -> None:
    (tmp_path / "sub").mkdir()
    source = tmp_path / "input.txt"
    source.write_text("the original", encoding="utf-8")
    target = make_target(tmp_path, source)
    kept = fingerprint(source)
    with pytest.raises(OSError, match=reason) as raised:
        call(target, [source])
    assert raised.value.filename == str(target)
    assert fingerprint(source) == kept
    assert leftovers(tmp_path) == []
    if reason == "read-only":
        assert target.read_text(encoding="utf-8") == "keep me" and stat.S_IMODE(
            target.stat().st_mode) == 0o444


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX users and groups")
@pytest.mark.parametrize(("user", "groups", "mode", "refused"), [
    pytest.param("owner", [], 0o644, False, id="the owner may write 0644"),
    pytest.param("owner", [], 0o444, True, id="the owner may not write 0444"),
    pytest.param("root", [], 0o444, True, id="root is judged as the owner: 0444 refused"),
    pytest.param("root", [], 0o604, False, id="root and an owner-writable file"),
    pytest.param("other", [], 0o644, True, id="another user may not write 0644"),
    pytest.param("other", [], 0o646, False, id="another user and a world-writable file"),
    pytest.param("other", ["file's"], 0o664, False, id="a member of the file's group, 0664"),
    pytest.param("other", ["file's"], 0o646, True, id="a member of the group, 0646"),
])
def test_read_only_is_judged_by_the_mode_bits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              user: str, groups: list[str], mode: int,
                                              refused: bool) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(mode)
    owner, group = target.stat().st_uid, target.stat().st_gid
    users = {"owner": owner, "root": 0, "other": owner + 4242 if owner else 4242}
    monkeypatch.setattr(os, "geteuid", lambda: users[user])
    monkeypatch.setattr(os, "getegid", lambda: group + 4242)
    monkeypatch.setattr(os, "getgroups", lambda: [group] if groups else [])
    if refused:
        with pytest.raises(RefusedTarget, match="it is read-only"):
            check_writable(target)
    else:
        check_writable(target)


def test_refusal_is_an_oserror_with_a_reason(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(RefusedTarget) as raised:
        write_atomically(source, b"y", [source])
    assert raised.value.errno == errno.EEXIST
    assert raised.value.strerror == f"it is the input file {source}"


def test_a_new_file_and_a_missing_input_are_fine(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_atomically(target, b"data", [tmp_path / "gone.txt"])
    assert target.read_bytes() == b"data"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()


def test_an_empty_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="no file name given"):
        write_atomically("", b"data")
    assert os.listdir(tmp_path) == [] and leftovers(tmp_path.parent) == []


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("link_folder", [
    pytest.param("", id="a symlink beside its target"),
    pytest.param("elsewhere", id="a symlink in another folder"),
])
def test_a_symlink_is_followed_and_stays_a_symlink(tmp_path: Path, link_folder: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / link_folder / "out.json"
    link.symlink_to(real)
    renamed = _record(monkeypatch, "replace")
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    source, destination = renamed[0]
    assert Path(destination) == real
    assert Path(source).parent == tmp_path, "the temporary file lives beside the real file"
    assert TEMPORARY.match(Path(source).name) and Path(source).name.startswith(".real.json.")
    assert leftovers(tmp_path, tmp_path / "elsewhere") == []


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "new.json")
    write_atomically(link, b"new")
    assert link.is_symlink() and (tmp_path / "new.json").read_bytes() == b"new"


def test_the_file_then_the_folder_are_synced(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        mode = os.fstat(descriptor).st_mode
        synced.append("folder" if stat.S_ISDIR(mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    renamed = _record(monkeypatch, "replace")
    write_atomically(tmp_path / "out.json", b"data")
    assert synced == ["file", "folder"]
    assert len(renamed) == 1


@pytest.mark.parametrize("failing", [
    pytest.param("write", id="the disk fills after a short write"),
    pytest.param("fsync", id="syncing fails"),
    pytest.param("replace", id="the rename fails"),
])
def test_every_error_removes_the_temporary_file(tmp_path: Path, failing: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    real_write = os.write
    calls: list[int] = []

    def fail(*arguments: object) -> int:
        if failing == "write" and not calls:  # the first write takes half, as a filling disk
            descriptor, data = arguments
            assert isinstance(descriptor, int) and isinstance(data, memoryview)
            calls.append(real_write(descriptor, data[:len(data) // 2]))
            return calls[0]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new data")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_dev_null_is_written_into(tmp_path: Path) -> None:
    before = os.stat("/dev/null")
    write_atomically("/dev/null", b"discarded")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@needs_root
@pytest.mark.parametrize(("minor", "error"), [
    pytest.param(3, None, id="a /dev/null replica takes the bytes"),
    pytest.param(7, "No space left", id="a /dev/full replica fails, and stays a device"),
])
def test_a_character_device_is_written_into_not_replaced(tmp_path: Path, minor: int,
                                                         error: str | None) -> None:
    device = make_device(tmp_path / "device", minor)
    inode = device.stat().st_ino
    if error is None:
        write_atomically(device, b"data")
    else:
        with pytest.raises(OSError, match=error):
            write_atomically(device, b"data")
    assert stat.S_ISCHR(device.stat().st_mode) and device.stat().st_ino == inode
    assert sorted(os.listdir(tmp_path)) == ["device"], "no temporary file"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="pseudo-terminals")
def test_a_terminal_is_written_into(tmp_path: Path) -> None:
    controller, terminal = os.openpty()
    try:
        write_atomically(os.ttyname(terminal), b"on screen")
        assert os.read(controller, 100) == b"on screen"
    finally:
        os.close(terminal)
        os.close(controller)


def _record(monkeypatch: pytest.MonkeyPatch, name: str) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    real = getattr(os, name)

    def recording(source: str, destination: str) -> None:
        calls.append((os.fspath(source), os.fspath(destination)))
        real(source, destination)

    monkeypatch.setattr(os, name, recording)
    return calls


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_pipe_with_a_reader_is_written_into(tmp_path: Path) -> None:
    # "-o /dev/stdout | less": standard output is a pipe, and its reader is there
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        check_writable(pipe)
        write_atomically(pipe, b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(os.listdir(tmp_path)) == ["pipe"], "no temporary file"


def test_dev_stdout_into_a_pipe_is_written(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("One two three.\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("One two four.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "main.py", "compare", str(source), str(other), "--format", "json",
         "-o", "/dev/stdout"], capture_output=True, check=False, timeout=120,
        cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"{") and result.stderr == b""


def test_write_atomically_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    previous = os.umask(0o022)
    try:
        write_atomically(target, b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644, "not mkstemp's private 0600"


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.txt"]


@pytest.mark.parametrize(
    ("make_path", "reason"),
    [
        (lambda d: d / "missing" / "out.pdf", "missing folder"),
        (lambda d: d, "a folder"),
    ],
)
def test_check_writable_fails_early(tmp_path: Path, make_path: object, reason: str) -> None:
    assert callable(make_path)
    with pytest.raises(OSError):
        check_writable(make_path(tmp_path))
    assert os.listdir(tmp_path) == [], reason


def test_check_writable_leaves_nothing(tmp_path: Path) -> None:
    check_writable(tmp_path / "out.pdf")
    assert os.listdir(tmp_path) == []
