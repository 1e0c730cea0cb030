"""File ▸ Export follows the window (issue 16, item 15): the report asks what it holds, its
formatting changes as the window shows them, and the view's ignore rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.load.loader import load
from core.model import Category
from core.report.page import ReportOptions
from tests.ui.conftest import WAIT_MS, open_and_wait, wait_idle
from ui.export.report_dialog import ReportOptionsDialog
from ui.main_window import MainWindow


@pytest.mark.parametrize("formatting", [True, False], ids=["shown", "hidden"])
def test_the_dialog_starts_from_the_window(qtbot: QtBot, formatting: bool) -> None:
    dialog = ReportOptionsDialog(formatting)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.pattern_tables, "the pattern tables by default"
    assert options.formatting is formatting
    assert options.date, "today's date, which the editor may clear"
    dialog.date.clear()
    dialog.note.setPlainText("  Checked with the desk.  ")
    dialog.pattern_tables.setChecked(False)
    assert dialog.options() == ReportOptions(pattern_tables=False, formatting=formatting,
                                             date="", note="Checked with the desk.")


def _export(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
            target: Path) -> list[bool]:
    """Export to ``target``, answering the dialog with a note; what the dialog was told."""
    asked: list[bool] = []

    def answer(formatting: bool) -> ReportOptions:
        asked.append(formatting)
        return ReportOptions(formatting=formatting, note="Seen by the desk")

    monkeypatch.setattr(window.exporter, "choose_path", lambda comparison: str(target))
    monkeypatch.setattr(window.exporter, "choose_report_options", answer)
    with qtbot.waitSignal(window.exporter.exported, timeout=WAIT_MS):
        window.commands.export.trigger()
    return asked


def test_the_report_hides_what_the_window_hides(qtbot: QtBot, window: MainWindow,
                                                samples: list[Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[2]])
    window.commands.formatting.trigger()  # hide formatting changes
    target = tmp_path / "report.html"
    assert _export(qtbot, window, monkeypatch, target) == [False]
    html = target.read_text(encoding="utf-8")
    assert "Seen by the desk" in html
    assert 'class="fmt-new"' not in html and 'id="formatting-patterns"' not in html


def test_the_pdf_follows_the_ignore_rules(qtbot: QtBot, window: MainWindow,
                                          samples: list[Path], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[2]])
    for category in (Category.PUNCTUATION, Category.WHITESPACE, Category.QUOTE_STYLE):
        window.ignore_menu.actions_by_category[category].trigger()
        wait_idle(qtbot, window)
    comparison = window.session.comparison
    assert comparison is not None and comparison.counts.formatting == 0
    target = tmp_path / "report.pdf"
    _export(qtbot, window, monkeypatch, target)
    text = " ".join(load(target).text.split())
    assert "Ignored: punctuation, quote-style, whitespace." in text
    assert "0 formatting-only changes" in text.replace("0\nformatting", "0 formatting")
