"""File ▸ Export… never writes over a version open in the window or a read-only file: a
message instead.

The same rules as the command line's (`core.report.files`), checked before the export starts, so the
refusal is at once; the window stays up and the files keep their bytes, mtime and inode.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.core.test_files import fingerprint, leftovers
from tests.ui.conftest import WAIT_MS, open_and_wait
from ui.main_window import MainWindow


def _copies(samples: list[Path], folder: Path) -> tuple[Path, Path]:
    old, new = folder / "old.json", folder / "new.html"  # names an export could take
    old.write_bytes(samples[0].read_bytes())
    new.write_bytes(samples[1].read_bytes())
    return old, new


def _read_only(folder: Path, inputs: tuple[Path, Path]) -> Path:
    path = folder / "report.pdf"
    path.write_text("an earlier report", encoding="utf-8")
    path.chmod(0o444)
    return path


def _hard_link(folder: Path, inputs: tuple[Path, Path]) -> Path:
    os.link(inputs[1], folder / "link.html")
    return folder / "link.html"


def _open_not_compared(folder: Path, inputs: tuple[Path, Path]) -> Path:
    return folder / "third.csv"  # opened by the test as a third version


def _refused(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
             target: Path) -> list[str]:
    """Export to ``target``; the messages the window showed."""
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", messages.append)
    window.exporter.failed.disconnect()
    window.exporter.failed.connect(window.show_error)
    monkeypatch.setattr(window.exporter, "choose_path", lambda comparison: str(target))
    with qtbot.waitSignal(window.exporter.failed, timeout=WAIT_MS):
        window.commands.export.trigger()
    return messages


@pytest.mark.parametrize(("make_target", "reason"), [
    pytest.param(lambda d, inputs: inputs[0], "it is the input file", id="OLD as a JSON export"),
    pytest.param(lambda d, inputs: inputs[1], "it is the input file", id="NEW as an HTML export"),
    pytest.param(_hard_link, "it is the input file", id="a hard link to NEW"),
    pytest.param(_read_only, "it is read-only", id="a read-only PDF"),
    pytest.param(_open_not_compared, "it is the input file",
                 id="a third version, open in the window but not compared"),
])
def test_an_unsafe_target_is_a_message(qtbot: QtBot, window: MainWindow, samples: list[Path],
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       make_target, reason: str) -> None:
    inputs = _copies(samples, tmp_path)
    third = tmp_path / "third.csv"
    third.write_bytes(samples[2].read_bytes())
    open_and_wait(qtbot, window, (*inputs, third))
    assert window.session.pair == (0, 1), "the third version is open, not compared"
    target = make_target(tmp_path, inputs)
    kept = [fingerprint(path) for path in (*inputs, third, target)]
    messages = _refused(qtbot, window, monkeypatch, target)
    assert len(messages) == 1 and messages[0].startswith(f"Could not export to {target}: {reason}")
    assert not window.exporter.busy() and window.isVisible()
    assert [fingerprint(path) for path in (*inputs, third, target)] == kept
    assert leftovers(tmp_path) == []
