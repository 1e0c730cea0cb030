"""Writing output files safely, and showing file names safely.

Every file Palimpsest writes (``-o``, each ``--export`` format, the window's export, the
screenshot) is checked by `check_writable` before the work and written by `write_atomically`
after it, under one set of rules:

- a target that is one of the inputs (the same device and inode, whether named directly or
  through a symlink or a hard link) is refused; so is a read-only one (judged by its mode
  bits, so also for root) and one that exists but is neither a regular file, a character
  device nor a pipe (a folder, a socket, a block device);
- a character device (``/dev/null``, a terminal's ``/dev/stdout``) is written into directly,
  and so is a pipe that a reader holds open (``-o /dev/stdout | less``); a named pipe that
  no one reads is refused, since writing into it would wait for ever;
- anything else is written whole or not at all: into ``.NAME.palimpsest-XXXXXXXX.tmp`` beside
  the file (beside the end of the symlinks that lead to it, so a symlink stays a symlink),
  synced to disk, renamed over the file, and the folder synced. The temporary file is
  removed on any error, and on SIGINT, SIGTERM or SIGHUP during the write.

`shown` turns a file name into text fit to print or embed: the bytes a file name may hold
that do not decode (``os.fsdecode``'s surrogate escapes) become ``\\xff``, and control
characters escapes such as ``\\n``, so that a name never breaks an encoder or a line.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

PathLike = str | os.PathLike[str]

# A temporary file's name is ".NAME.palimpsest-XXXXXXXX.tmp"; NAME is cut so that the
# whole stays under the 255 bytes most file systems allow.
TEMPORARY_MARK = ".palimpsest-"
_NAME_KEPT = 120
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                 if hasattr(signal, name))
_KINDS = {stat.S_IFSOCK: "a socket", stat.S_IFBLK: "a block device"}
# Written into as they are, never replaced: character devices and pipes.
_STREAMS = (stat.S_IFCHR, stat.S_IFIFO)


class RefusedTarget(OSError):
    """A target Palimpsest will not write; ``strerror`` says why in a few words."""


@dataclass(frozen=True)
class _Target:
    """Where a write goes: the file itself (symlinks followed) and how to write it."""

    path: Path
    device: bool  # a character device or a pipe: written into, never replaced
    mode: int  # the permission bits a replacement file gets


def check_writable(path: PathLike, inputs: Sequence[PathLike] = ()) -> None:
    """Raise `OSError` now if `write_atomically` would refuse or fail to write ``path``.

    Long work calls this first, so that a wrong target fails in a moment, not after the
    work. Raises `RefusedTarget` for a target the rules above refuse.
    """
    target = _target(path, inputs)
    if target.device:
        os.close(_open_stream(Path(path)))  # a pipe has a reader
    else:
        handle, temporary = _temporary_beside(target.path)  # the folder takes a new file
        os.close(handle)
        os.unlink(temporary)


def write_atomically(path: PathLike, data: bytes, inputs: Sequence[PathLike] = ()) -> None:
    """Write ``data`` to ``path``, whole or not at all, by the rules above.

    ``inputs`` are the files the output was made from: ``path`` may not be any of them.
    Raises `RefusedTarget` for a refused target and `OSError` when the write fails; the
    temporary file is removed on any failure.
    """
    target = _target(path, inputs)
    if target.device:
        _write_into_device(Path(path), data)
    else:
        _replace(target, data)


def escape_undecodable(text: str) -> str:
    """``text`` with the surrogate escapes of undecodable bytes written as ``\\xff``.

    The result always encodes as UTF-8; text without such escapes is returned unchanged.
    """
    return _SURROGATE.sub(_escape, text)


def shown(text: str) -> str:
    """``text`` (a file name, or a message naming one) fit to print on one line or embed.

    Undecodable bytes become ``\\xff`` and control characters escapes such as ``\\n``.
    """
    return _UNPRINTABLE.sub(_escape, text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte that os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")


def _target(path: PathLike, inputs: Sequence[PathLike]) -> _Target:
    """Check ``path`` against the rules; say where and how to write it."""
    if not os.fspath(path):  # "" would resolve to the working folder
        raise FileNotFoundError(errno.ENOENT, "no file name given", "")
    try:
        status = os.stat(path)  # follows symlinks, /dev/stdout included
    except FileNotFoundError:  # a new file (or a dangling symlink's target)
        return _Target(Path(os.path.realpath(path)), False, 0o666 & ~_umask())
    name = os.fspath(path)
    for source in inputs:
        if _same_file(status, source):
            raise RefusedTarget(errno.EEXIST, f"it is the input file {shown(os.fspath(source))}",
                                name)
    kind = stat.S_IFMT(status.st_mode)
    if kind == stat.S_IFDIR:
        raise IsADirectoryError(errno.EISDIR, "is a folder", name)
    if kind != stat.S_IFREG and kind not in _STREAMS:
        description = _KINDS.get(kind, "a special file")
        raise RefusedTarget(errno.EINVAL, f"it is {description}, not a regular file", name)
    if _read_only(status):
        raise RefusedTarget(errno.EACCES, "it is read-only", name)
    return _Target(Path(os.path.realpath(path)), kind in _STREAMS,
                   stat.S_IMODE(status.st_mode))


def _same_file(status: os.stat_result, source: PathLike) -> bool:
    try:
        other = os.stat(source)
    except (OSError, ValueError):  # an input that is gone cannot be overwritten
        return False
    return (status.st_dev, status.st_ino) == (other.st_dev, other.st_ino)


def _read_only(status: os.stat_result) -> bool:
    """Whether the write bit that applies to this process is clear.

    Root is judged as the file's owner, so a file made read-only is refused even for root,
    although root could write it.
    """
    if not hasattr(os, "geteuid"):  # Windows: the read-only attribute clears S_IWRITE
        return not status.st_mode & stat.S_IWRITE
    user = os.geteuid()
    if user in (0, status.st_uid):
        bit = stat.S_IWUSR
    elif status.st_gid in (os.getegid(), *os.getgroups()):
        bit = stat.S_IWGRP
    else:
        bit = stat.S_IWOTH
    return not status.st_mode & bit


def _replace(target: _Target, data: bytes) -> None:
    """Write ``data`` beside ``target``, sync it, rename it over ``target``, sync the folder."""
    with _removed_on_signals():
        handle, temporary = _temporary_beside(target.path)
        try:
            try:
                _write_all(handle, data)
                os.fsync(handle)
            finally:
                os.close(handle)
            os.chmod(temporary, target.mode)  # mkstemp makes the file private (0600)
            os.replace(temporary, target.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    _sync_folder(target.path.parent)


def _temporary_beside(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=f".{path.name[:_NAME_KEPT]}{TEMPORARY_MARK}",
                            suffix=".tmp", dir=path.parent)


def _write_into_device(path: Path, data: bytes) -> None:
    """Write ``data`` into the device or pipe at ``path`` (no temporary file, no rename)."""
    descriptor = _open_stream(path)
    try:
        _write_all(descriptor, data)
    finally:
        os.close(descriptor)


def _open_stream(path: Path) -> int:
    """Open the character device or pipe at ``path`` for writing, blocking once open.

    It is opened without blocking, so that a named pipe with no reader fails at once
    (ENXIO) instead of waiting for one for ever.
    """
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise RefusedTarget(errno.ENXIO, "it is a named pipe that no one reads",
                                str(path)) from None
        raise
    if stat.S_IFMT(os.fstat(descriptor).st_mode) not in _STREAMS:
        os.close(descriptor)
        raise RefusedTarget(errno.EINVAL, "it is no longer a device or a pipe", str(path))
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return descriptor


def _write_all(descriptor: int, data: bytes) -> None:
    """Write every byte of ``data``: a write may take only part (a disk filling up)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; some systems cannot open or sync a folder, and need not."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers


class _Interrupted(BaseException):
    """A termination signal arrived during a write; carried out once the file is gone."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@contextmanager
def _removed_on_signals() -> Iterator[None]:
    """Turn SIGINT, SIGTERM and SIGHUP into an exception for the duration of a write.

    The exception unwinds through the write's cleanup, which removes the temporary file;
    then the previous handlers are restored and the signal delivered again, so it has its
    usual effect. Signals that were ignored stay ignored. Only the main thread may set
    handlers; a write on another thread (the window's export) holds its temporary file for
    the few milliseconds of writing, syncing and renaming only.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(number: int, frame: FrameType | None) -> None:
        raise _Interrupted(number)

    previous = {number: signal.getsignal(number) for number in _SIGNALS}
    caught: dict[int, _Handler] = {number: handler for number, handler in previous.items()
                                   if handler is not None and handler != signal.SIG_IGN}
    for number in caught:
        signal.signal(number, on_signal)
    try:
        yield
    except _Interrupted as interrupted:
        _restore(caught)
        signal.raise_signal(interrupted.number)
        # The previous handler returned instead of ending the process: the write is off.
        raise InterruptedError(errno.EINTR, "interrupted by a signal") from None
    finally:
        _restore(caught)


def _restore(handlers: dict[int, _Handler]) -> None:
    for number, handler in handlers.items():
        signal.signal(number, handler)


def _umask() -> int:
    # Reading the umask by setting it is process-wide; Linux can tell it without that.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
