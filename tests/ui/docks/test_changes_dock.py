"""The Changes dock in the window: a row shows its change in both panes, and follows F7."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.model import CountedAs, counted_as
from ui.docks.changes_model import CHANGE_ROLE, Column
from ui.main_window import MainWindow

from ..conftest import open_and_wait


def _show_list(window: MainWindow) -> None:
    """Bring the Changes tab to the front, as a click on its tab does."""
    window.changes_dock.raise_()
    QApplication.processEvents()


def _current_id(window: MainWindow) -> int | None:
    index = window.changes_dock.view.currentIndex()
    return index.data(CHANGE_ROLE) if index.isValid() else None


def test_clicking_a_row_shows_the_change_in_both_panes(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    dock = window.changes_dock
    dock.raise_()
    comparison = window.view.comparison
    assert comparison is not None
    assert dock.model.rowCount() == len(comparison.changes)
    row = dock.model.row_of(comparison.changes[5].id)
    assert row is not None
    table = dock.view
    index = dock.model.index(row, Column.CONTEXT)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    change = comparison.changes[5]
    assert window.view.old_pane.current_range == (change.old_start, change.old_end)
    assert window.view.new_pane.current_range == (change.new_start, change.new_end)
    assert window.view.navigator.change == change
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrow keys walk the list and the text
    following = comparison.changes[6]
    assert window.view.new_pane.current_range == (following.new_start, following.new_end)


def test_the_list_follows_the_current_change(qtbot: QtBot, window: MainWindow,
                                             samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    _show_list(window)
    heard: list[int] = []
    window.changes_dock.change_selected.connect(heard.append)
    for _ in range(3):
        qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F7)
    change = window.view.navigator.change
    assert change is not None and _current_id(window) == change.id
    assert heard == [], "followed, not reported back to the view"


def test_a_click_in_a_change_in_the_text_selects_its_row(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    _show_list(window)
    comparison = window.view.comparison
    assert comparison is not None
    change = next(c for c in comparison.changes if c.new_end - c.new_start > 3)
    pane = window.view.new_pane
    pane.scroll_to_top(change.new_start)
    point = pane.rect_of(change.new_start + 1).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert _current_id(window) == change.id
    assert window.status.position.full_text().startswith("Change ")


def test_filtering_by_kind_and_by_the_selected_pattern(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    _show_list(window)
    dock = window.changes_dock
    comparison = window.view.comparison
    assert comparison is not None
    kind = dock.kind.findData(CountedAs.ADDITION)
    assert kind > 0 and dock.kind.itemText(kind).startswith("+ Addition (")
    dock.kind.setCurrentIndex(kind)
    dock.kind.activated.emit(kind)
    additions = [c for c in comparison.changes if counted_as(c) is CountedAs.ADDITION]
    assert dock.model.rowCount() == len(additions)
    assert dock.count.text() == f"{len(additions)} of {len(comparison.changes)} changes"
    dock.kind.setCurrentIndex(0)
    dock.kind.activated.emit(0)
    assert not dock.only_pattern.isEnabled(), "no pattern selected yet"
    pattern = window.patterns_dock.select_row(0, 0)
    assert pattern is not None and dock.only_pattern.isEnabled()
    dock.only_pattern.setChecked(True)
    assert {dock.model.index(r, 0).data(CHANGE_ROLE)
            for r in range(dock.model.rowCount())} == set(pattern.changes)


def test_searching_the_list_has_its_key(qtbot: QtBot, window: MainWindow,
                                        samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = window.changes_dock
    assert dock.search.hasFocus() and dock.isVisible()
    qtbot.keyClicks(dock.search, "bridge")
    assert 0 < dock.model.rowCount() < dock.model.total()


def test_a_new_pair_lists_its_own_changes(qtbot: QtBot, window: MainWindow,
                                          samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    _show_list(window)
    window.session.set_pair(0, 3)
    qtbot.waitUntil(lambda: not window.session.busy)
    comparison = window.view.comparison
    assert comparison is not None
    assert window.changes_dock.model.rowCount() == len(comparison.changes)
    assert _current_id(window) is None, "nothing current in a fresh pair"


def test_the_list_is_filled_once_in_sight(qtbot: QtBot, window: MainWindow,
                                          samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    dock = window.changes_dock
    assert not dock.in_sight(), "behind the Patterns tab at first"
    assert dock.model.rowCount() == 0, "not listed while out of sight: opening costs nothing"
    for _ in range(2):
        qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F7)
    change = window.view.navigator.change
    assert change is not None
    _show_list(window)
    comparison = window.view.comparison
    assert comparison is not None and dock.model.rowCount() == len(comparison.changes)
    assert _current_id(window) == change.id, "the current change is selected once listed"
