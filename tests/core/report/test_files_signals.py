"""`core.report.files` and signals: a write cut short by a termination signal leaves the old
file and no temporary file behind, and the write's own handlers are gone afterwards (the
rest of the writer: `tests.core.report.test_files`)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.report.files import write_atomically
from tests.core.report.test_files import ROOT, leftovers


def test_handlers_are_restored_after_a_write(tmp_path: Path) -> None:
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    write_atomically(tmp_path / "out.json", b"data")
    assert {number: signal.getsignal(number) for number in before} == before


# A write interrupted by a signal between writing and renaming, in a child process: the
# signal is sent from inside fsync, the last step before the rename.
_INTERRUPTED = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {root!r})
import core.report.files
target, name, disposition = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
number = getattr(signal, name)
if disposition == "default":  # as in a terminal: a background job may start with SIGINT ignored
    signal.signal(number, signal.default_int_handler if name == "SIGINT" else signal.SIG_DFL)
elif disposition == "ignored":
    signal.signal(number, signal.SIG_IGN)
elif disposition == "handled":
    signal.signal(number, lambda *_: print("handler ran"))
real_fsync = os.fsync
def fsync(descriptor):
    real_fsync(descriptor)
    if not os.path.isdir(f"/proc/self/fd/{{descriptor}}"):
        os.kill(os.getpid(), number)
os.fsync = fsync
try:
    core.report.files.write_atomically(target, b"new")
except InterruptedError as error:
    print("write called off:", error.strerror)
print("went on")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize(("name", "disposition", "status", "content", "said"), [
    pytest.param("SIGTERM", "default", -signal.SIGTERM, b"old", "", id="kill: removed, then dies"),
    pytest.param("SIGINT", "default", -signal.SIGINT, b"old", "",
                 id="Ctrl+C: KeyboardInterrupt, removed"),
    pytest.param("SIGHUP", "default", -signal.SIGHUP, b"old", "", id="the terminal closed"),
    pytest.param("SIGTERM", "ignored", 0, b"new", "went on",
                 id="an ignored signal stays ignored (nohup)"),
    pytest.param("SIGTERM", "handled", 0, b"old", "write called off: interrupted by a signal",
                 id="a handler that returns: the write is called off"),
])
def test_a_signal_during_the_write_removes_the_temporary_file(
        tmp_path: Path, name: str, disposition: str, status: int, content: bytes,
        said: str) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED.format(root=str(ROOT)), str(target), name,
         disposition], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == status, result.stderr
    assert target.read_bytes() == content
    assert leftovers(tmp_path) == []
    assert said in result.stdout
