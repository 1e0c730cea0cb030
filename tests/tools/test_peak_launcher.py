"""`tools/peak_launcher.py` through `bench.run_once`: each command's own time and peak
memory, and its outcome, whatever the size of the process that measures it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from bench import run_once

PYTHON = sys.executable


@pytest.mark.parametrize(("argv", "timeout", "error"), [
    pytest.param([PYTHON, "-c", "pass"], 30, None, id="a command that succeeds"),
    pytest.param([PYTHON, "-c", "raise SystemExit(3)"], 30, "exit 3",
                 id="its exit code, as the command gave it"),
    pytest.param([PYTHON, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"],
                 30, "exit -15", id="killed by a signal: the same signal"),
    pytest.param(["no-such-tool-anywhere"], 30, "exit 127", id="a command not found"),
    pytest.param(["sleep", "10"], 0.5, "timeout", id="over its time: killed, launcher and all"),
])
def test_outcomes(tmp_path: Path, argv: list[str], timeout: float, error: str | None) -> None:
    measured = run_once(argv, tmp_path, (0,), timeout)
    assert measured.error == error
    assert measured.ok is (error is None)


def test_the_peak_is_the_commands_own_not_the_measuring_process(tmp_path: Path) -> None:
    held = bytearray(300 * 1024 * 1024)
    held[::4096] = b"x" * len(held[::4096])  # touched: resident in this process
    small = run_once([PYTHON, "-c", "pass"], tmp_path, (0,), 30)
    grown = run_once([PYTHON, "-c", "b = bytearray(120 * 2**20); b[::4096] = b'x' * (len(b) // 4096)"],
                     tmp_path, (0,), 30)
    del held
    assert small.peak_mb is not None and small.peak_mb < 100
    assert grown.peak_mb is not None and 120 < grown.peak_mb < 250
