"""The window at normal sizes: nothing cut without a sign, nothing hidden behind », 1024 × 700.

Issue 16: at 1280 px the pane headers were cut ("…Russia's Foreig") and Versions showed 4½
of 5 versions; at 1024 px the Inline and Formatting buttons hid behind » and the legend
wrapped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ui.app import parse_size
from ui.main_window import MainWindow
from ui.view.legend_bar import LegendBar

from .conftest import open_and_wait


def _toolbar_buttons_hidden(window: MainWindow) -> list[str]:
    bar = window.pair_bar
    hidden = [action.iconText() for action in bar.actions()
              if not action.isSeparator() and bar.widgetForAction(action) is not None
              and not bar.widgetForAction(action).isVisible()]
    extension = [button for button in bar.findChildren(QToolButton)
                 if button.objectName() == "qt_toolbar_ext_button" and button.isVisible()]
    return hidden + (["»"] if extension else [])


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1280, 800)])
def test_the_window_works_at_normal_sizes(qtbot: QtBot, window: MainWindow,
                                          seeds: list[Path], width: int, height: int) -> None:
    open_and_wait(qtbot, window, seeds)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    assert _toolbar_buttons_hidden(window) == [], "every toolbar button in sight"
    strip = window.view.findChild(LegendBar)
    assert isinstance(strip, LegendBar)
    assert strip.height() < strip.fontMetrics().height() * 2, "the legend is one line"


def test_five_versions_are_shown_whole_at_1280_by_800(qtbot: QtBot, window: MainWindow,
                                                     seeds: list[Path]) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, seeds)
    view = window.versions_dock.view
    last = view.visualRect(window.versions_model.index(len(seeds) - 1, 0))
    assert view.viewport().rect().contains(last), "the fifth version whole, not in half"


def test_long_headers_are_cut_with_an_ellipsis_and_told_whole(
        qtbot: QtBot, window: MainWindow, seeds: list[Path]) -> None:
    open_and_wait(qtbot, window, seeds)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    header = window.view.frames[0].header
    comparison = window.view.comparison
    assert comparison is not None
    assert header.full_text() == f"OLD · {comparison.old.name} — {comparison.old.title}"
    assert header.text().endswith("…"), "cut, and seen to be"
    assert header.toolTip() == header.full_text(), "the whole header in the tooltip"
    assert header.fontMetrics().horizontalAdvance(header.text()) <= header.width()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1024x700", (1024, 700), id="as given"),
        pytest.param("1280×800", (1280, 800), id="with a multiplication sign"),
        pytest.param("1024X700", (1024, 700), id="any case"),
    ],
)
def test_screenshot_sizes(text: str, expected: tuple[int, int]) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("1024", "not a size", id="one number"),
        pytest.param("axb", "not a size", id="not numbers"),
        pytest.param("320x200", "at least", id="too small to show anything"),
    ],
)
def test_bad_screenshot_sizes_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_size(text)
