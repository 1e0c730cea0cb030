"""`ui.export.controller`: File ▸ Export… in the window.

The file is written in the background, cancel leaves none, and a failure is a message while
the window stays up. It never writes over a version open in the window or a read-only file:
the same rules as the command line's (`core.report.files`), checked before the export starts,
so the refusal is at once; the window stays up and the files keep their bytes, mtime and
inode.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from core.report.page import FULL_REPORT, Layout, PageSize
from tests.core.report.test_files import fingerprint, leftovers
from tests.ui.conftest import WAIT_MS, open_and_wait
from ui.main_window import MainWindow


def _export_to(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(window.exporter, "choose_path", lambda comparison: str(path))
    monkeypatch.setattr(window.exporter, "choose_report_options", lambda formatting: FULL_REPORT)
    window.commands.export.trigger()


@pytest.mark.parametrize(
    ("name", "check", "reason"),
    [
        ("report.pdf", lambda p: "visit" in "".join(
            page.extract_text() for page in PdfReader(p).pages), "a PDF with real text"),
        ("report.html", lambda p: "<html" in p.read_text(encoding="utf-8").lower(), "HTML"),
        ("report.json", lambda p: json.loads(p.read_text(encoding="utf-8"))["schema"] == 1,
         "the comparison format"),
        ("changes.csv", lambda p: p.read_text(encoding="utf-8").startswith("id,"), "CSV"),
    ],
)
def test_export_writes_the_comparison_on_screen(
        qtbot: QtBot, window: MainWindow, samples: list[Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, name: str, check, reason: str) -> None:
    open_and_wait(qtbot, window, samples[:2])
    assert window.commands.export.isEnabled()
    target = tmp_path / name
    with qtbot.waitSignal(window.exporter.exported, timeout=WAIT_MS) as signal:
        _export_to(window, monkeypatch, target)
    assert signal.args == [str(target)]
    assert check(target), reason
    assert not window.exporter.busy()


def test_an_unwritable_path_is_a_message(qtbot: QtBot, window: MainWindow, samples: list[Path],
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    open_and_wait(qtbot, window, samples[:2])
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", messages.append)
    window.exporter.failed.disconnect()
    window.exporter.failed.connect(window.show_error)
    target = tmp_path / "no such folder" / "report.pdf"
    with qtbot.waitSignal(window.exporter.failed, timeout=WAIT_MS):
        _export_to(window, monkeypatch, target)
    assert len(messages) == 1 and str(target) in messages[0]
    assert window.isVisible() and not target.exists()


def test_cancelling_an_export_leaves_no_file(qtbot: QtBot, window: MainWindow,
                                             samples: list[Path], tmp_path: Path) -> None:
    open_and_wait(qtbot, window, samples[:2])
    comparison = window.view.comparison
    assert comparison is not None
    target = tmp_path / "report.pdf"
    job = window.exporter.start(comparison, target, Layout.REDLINE, PageSize.A4)
    assert job is not None
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert not target.exists()
    assert not window.exporter.busy()


# --- refusals: an input or a read-only file is never the target -----------------------------

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
