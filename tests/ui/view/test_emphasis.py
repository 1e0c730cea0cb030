"""The selected pattern's colour stays itself at the current place, which is framed, not tinted.

Issue 16: the current place's translucent blue turned the pattern's amber grey. Now the
current place is a frame, and the pattern's places keep their colour and their line above.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from core.report.colour_vision import distance
from core.report.legend import EMPHASIS
from ui.main_window import MainWindow
from ui.view.highlighting import found_format, pattern_format
from ui.view.pane import DiffPane

from ..conftest import open_and_wait


def test_the_pattern_is_marked_by_more_than_colour() -> None:
    emphasis = pattern_format()
    assert emphasis.fontOverline(), "a line above the words, which no change uses"
    assert emphasis.background().color().name() == EMPHASIS["pattern"].colour
    assert found_format().background().color().name() == EMPHASIS["found"].colour


def _commonest_colour(pane: DiffPane, start: int, end: int) -> str:
    """The commonest colour along a row just inside the top of ``[start, end)``'s line."""
    image = pane.viewport().grab().toImage()
    left, right = pane.rect_of(start), pane.rect_of(end)
    y = left.top() + 3
    colours = Counter(QColor(image.pixel(x, y)).name()
                      for x in range(left.left() + 2, max(left.left() + 3, right.left() - 2)))
    return colours.most_common(1)[0][0]


def test_the_current_pattern_place_keeps_the_pattern_colour(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    dock = window.patterns_dock
    pattern = dock.select_row(0, 0)
    assert pattern is not None
    pane = window.view.new_pane
    assert pane.current_range is not None, "the first place is the current place"
    assert not pane.textCursor().hasSelection(), "framed: no selection's fill over it"
    start, end = pane.current_range
    qtbot.wait(20)
    seen = _commonest_colour(pane, start, end)
    assert distance(seen, EMPHASIS["pattern"].colour) < 3, \
        f"{seen}: the pattern's colour, not tinted by the current place"


def test_the_users_own_selection_is_filled_and_drops_the_frame(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    pane = window.view.new_pane
    window.view.step_change(1)
    assert pane.current_range is not None
    cursor = pane.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert pane.current_range is None and pane.textCursor().hasSelection()
