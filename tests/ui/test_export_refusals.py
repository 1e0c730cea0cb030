"""File ▸ Export… never writes over a file on screen or a read-only one: a message instead.

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


@pytest.mark.parametrize(("make_target", "reason"), [
    pytest.param(lambda d, inputs: inputs[0], "it is the input file", id="OLD as a JSON export"),
    pytest.param(lambda d, inputs: inputs[1], "it is the input file", id="NEW as an HTML export"),
    pytest.param(_hard_link, "it is the input file", id="a hard link to NEW"),
    pytest.param(_read_only, "it is read-only", id="a read-only PDF"),
])
def test_an_unsafe_target_is_a_message(qtbot: QtBot, window: MainWindow, samples: list[Path],
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       make_target, reason: str) -> None:
    inputs = _copies(samples, tmp_path)
    open_and_wait(qtbot, window, inputs)
    target = make_target(tmp_path, inputs)
    kept = [fingerprint(path) for path in (*inputs, target)]
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", messages.append)
    window.exporter.failed.disconnect()
    window.exporter.failed.connect(window.show_error)
    monkeypatch.setattr(window.exporter, "choose_path", lambda comparison: str(target))
    with qtbot.waitSignal(window.exporter.failed, timeout=WAIT_MS):
        window._export_action.trigger()
    assert len(messages) == 1 and messages[0].startswith(f"Could not export to {target}: {reason}")
    assert not window.exporter.busy() and window.isVisible()
    assert [fingerprint(path) for path in (*inputs, target)] == kept
    assert leftovers(tmp_path) == []
