"""File ▸ Export… in the window: the file is written in the background, cancel leaves none,
and a failure is a message while the window stays up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from core.report.html import Layout, PageSize
from tests.ui.conftest import WAIT_MS, open_and_wait
from ui.main_window import MainWindow


def _export_to(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(window.exporter, "choose_path", lambda comparison: str(path))
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
