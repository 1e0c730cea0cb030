"""Paragraph numbers in the gutter, and locking or unlocking synced scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.text.paragraphs import paragraphs
from ui import settings as keys
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.view.gutter import MOVE_AREA
from ui.view.presentation import PositionMap

from ..conftest import open_and_wait


@pytest.mark.parametrize("side", ["old_pane", "new_pane"])
def test_every_paragraph_has_its_number(qtbot: QtBot, window: MainWindow,
                                        samples: list[Path], side: str) -> None:
    open_and_wait(qtbot, window, samples[:2])
    pane = getattr(window.view, side)
    found = paragraphs(pane.pane.text)
    assert len(found) > 5
    for number, paragraph in enumerate(found, start=1):
        assert pane.paragraph_at(paragraph.start) == number
        assert pane.paragraph_at(paragraph.end - 1) == number, "to its last character"
    gap = found[0].end  # the blank line after the first paragraph
    assert pane.paragraph_at(gap) == 1, "a blank line belongs to the paragraph above"


def test_the_gutter_makes_room_for_the_numbers(qtbot: QtBot, window: MainWindow,
                                               samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    pane = window.view.new_pane
    digits = len(str(len(paragraphs(pane.pane.text))))
    room = pane.viewportMargins().left()
    assert room >= MOVE_AREA + digits * 4, "numbers and the move marks fit left of the text"


def _facing(window: MainWindow) -> int:
    """How far NEW's top is from where OLD's top maps to."""
    view = window.view
    assert view.comparison is not None
    mapping = PositionMap(view.comparison.changes)
    return abs(view.new_pane.top_position() - mapping.to_new(view.old_pane.top_position()))


def test_unlocked_panes_scroll_on_their_own(qtbot: QtBot, window: MainWindow,
                                            samples: list[Path], settings: Settings) -> None:
    open_and_wait(qtbot, window, samples[:2])
    window.resize(900, 420)
    qtbot.wait(20)
    assert window.commands.lock_scrolling.isChecked(), "locked by default"
    old, new = window.view.old_pane, window.view.new_pane
    qtbot.keyClick(new, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.commands.lock_scrolling.isChecked()
    assert settings.get(keys.SYNC_SCROLLING) is False, "remembered"
    before = new.verticalScrollBar().value()
    old.verticalScrollBar().setValue(old.verticalScrollBar().maximum() // 2)
    assert new.verticalScrollBar().value() == before, "NEW stays where it was"
    window.commands.lock_scrolling.trigger()
    assert _facing(window) < 150, "locked again, NEW faces OLD at once"
    old.verticalScrollBar().setValue(0)
    assert new.verticalScrollBar().value() == 0, "and follows it"


def test_the_lock_is_remembered(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    window.commands.lock_scrolling.trigger()
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert not again.commands.lock_scrolling.isChecked()
    assert not again.view.scroll_sync.enabled
    view_menu = next(action.menu() for action in again.menuBar().actions()
                     if action.text() == "&View")
    assert again.commands.lock_scrolling in view_menu.actions(), "a View menu action"
