"""The window as an editor uses it: open versions, pick pairs, read and step through changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from ui import settings as keys
from ui.docks.versions_model import PAIR_ROLE
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.view.pane import DiffPane
from ui.view.presentation import occurrences

from .conftest import open_and_wait, wait_idle


def _framed(pane: DiffPane) -> tuple[int, int] | None:
    """The place framed as current in ``pane``."""
    return pane.current_range


def _names(window: MainWindow) -> tuple[str, str]:
    comparison = window.view.comparison
    assert comparison is not None
    return comparison.old.name, comparison.new.name


def test_opening_files_lists_them_and_compares_the_first_two(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    model = window.versions_model
    assert model.rowCount() == len(samples)
    assert [model.index(r, 0).data(PAIR_ROLE) for r in range(model.rowCount())] == [
        "OLD", "NEW", "", ""]
    assert _names(window) == (samples[0].name, samples[1].name)
    assert window.view.old_pane.toPlainText() == samples[0].read_text(encoding="utf-8")
    assert window.view.new_pane.toPlainText() == samples[1].read_text(encoding="utf-8")
    assert window.status.similarity.text().startswith("Similarity ")
    assert "substitutions" in window.status.counts.full_text()
    assert window.status.files.full_text() == f"{samples[0].name} → {samples[1].name}"
    assert samples[1].name in window.windowTitle()
    assert window.pair_bar.old_picker.currentText() == samples[0].name
    assert window.pair_bar.new_picker.currentText() == samples[1].name


def test_choosing_a_pair_in_the_toolbar(qtbot: QtBot, window: MainWindow,
                                        samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    window.pair_bar.new_picker.setCurrentIndex(3)
    window.pair_bar.new_picker.activated.emit(3)
    wait_idle(qtbot, window)
    assert _names(window) == (samples[0].name, samples[3].name)
    window.pair_bar.old_picker.setCurrentIndex(2)
    window.pair_bar.old_picker.activated.emit(2)
    wait_idle(qtbot, window)
    assert _names(window) == (samples[2].name, samples[3].name)


def test_clicking_a_version_compares_it_with_old(qtbot: QtBot, window: MainWindow,
                                                 samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    view = window.versions_dock.view
    rect = view.visualRect(view.model().index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, window)
    assert _names(window) == (samples[0].name, samples[2].name)
    assert window.pair_bar.new_picker.currentText() == samples[2].name


def test_swapping_old_and_new(qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_W,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert _names(window) == (samples[1].name, samples[0].name)
    assert window.versions_model.index(0, 0).data(PAIR_ROLE) == "NEW"
    assert window.pair_bar.old_picker.currentText() == samples[1].name


def test_a_pattern_click_selects_its_places_in_both_panes(qtbot: QtBot, window: MainWindow,
                                                          samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    tree = window.patterns_dock.view
    model = window.patterns_dock.model
    index = model.index(1, 0)  # the most frequent content pattern, under its heading
    pattern = model.pattern_at(index)
    assert pattern is not None and pattern.count > 1
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    comparison = window.view.comparison
    assert comparison is not None
    places = occurrences(pattern)
    for pane, text in ((window.view.old_pane, pattern.old), (window.view.new_pane, pattern.new)):
        emphasised = pane.emphasis("pattern")
        assert len(emphasised) == pattern.count
        assert {pane.toPlainText()[a:b].casefold() for a, b in emphasised} == {text.casefold()}
    first = places[0]
    assert _framed(window.view.old_pane) == (first.old_start, first.old_end)
    assert _framed(window.view.new_pane) == (first.new_start, first.new_end)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter steps on
    second = places[1]
    assert _framed(window.view.new_pane) == (second.new_start, second.new_end)
    qtbot.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _framed(window.view.new_pane) == (first.new_start, first.new_end)
    assert window.status.position.full_text() == (
        f"Pattern “{pattern.old} → {pattern.new}”: place 1 of {len(places)}"), \
        "one thing, named: the pattern's place, not the change besides"


@pytest.mark.parametrize(
    ("key", "modifier", "reason"),
    [
        (Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier, "F7 and Shift+F7"),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier, "Alt+Down and Alt+Up"),
    ],
)
def test_next_and_previous_change_move_the_cursor(
        qtbot: QtBot, window: MainWindow, samples: list[Path], key: Qt.Key,
        modifier: Qt.KeyboardModifier, reason: str) -> None:
    open_and_wait(qtbot, window, samples)
    changes = window.view.navigator.stops
    back = Qt.Key.Key_Up if key == Qt.Key.Key_Down else key
    back_modifier = modifier if key == Qt.Key.Key_Down else Qt.KeyboardModifier.ShiftModifier
    pane = window.view.new_pane
    for change in changes[:3]:
        qtbot.keyClick(pane, key, modifier)
        assert _framed(pane) == (change.new_start, change.new_end), reason
        assert _framed(window.view.old_pane) == (change.old_start,
                                                                 change.old_end)
    qtbot.keyClick(pane, back, back_modifier)
    assert _framed(pane) == (changes[1].new_start, changes[1].new_end), reason
    assert window.status.position.full_text() == f"Change 2 of {len(changes)}"


def test_next_change_of_the_same_kind(qtbot: QtBot, window: MainWindow,
                                      samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    stops = window.view.navigator.stops
    first_addition = next(i for i, c in enumerate(stops) if c.kind.value == "addition")
    window.view.navigator.current = first_addition
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier)
    current = window.view.navigator.change
    assert current is not None and current.kind.value == "addition"
    assert window.view.navigator.current is not None
    assert window.view.navigator.current > first_addition


def test_the_formatting_toggle_hides_formatting_changes(qtbot: QtBot, window: MainWindow,
                                                        samples: list[Path],
                                                        settings: Settings) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[2]])  # the translation: quote style
    comparison = window.view.comparison
    assert comparison is not None
    formatting = [c for c in comparison.changes if c.category.is_formatting]
    assert formatting, "the translated sample changes quote style"
    shown = len(window.view.navigator)
    model = window.patterns_dock.model
    headings = len(model.heading_rows())  # content, maybe minor (function words), formatting
    assert model.index(model.heading_rows()[-1], 0).data().startswith("Formatting")
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.commands.formatting.isChecked()
    assert len(window.view.navigator) == shown - len(formatting)
    assert all(not c.category.is_formatting for c in window.view.navigator.stops)
    assert len(model.heading_rows()) == headings - 1, "the Formatting group is hidden"
    assert settings.get(keys.SHOW_FORMATTING) is False
    _assert_formatted(window, formatting[0].new_start, expected=False)
    window.commands.formatting.trigger()
    assert len(window.view.navigator) == shown
    _assert_formatted(window, formatting[0].new_start, expected=True)


def _assert_formatted(window: MainWindow, position: int, expected: bool) -> None:
    pane = window.view.new_pane
    pane.select_range(position, position)
    block = pane.document().findBlock(position)
    offset = position - block.position()
    formats = [f for f in block.layout().formats() if f.start <= offset < f.start + f.length]
    assert bool(formats) is expected


def test_a_bad_file_leaves_the_window_up_with_a_message(qtbot: QtBot, window: MainWindow,
                                                        samples: list[Path],
                                                        tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF\x00\x01")
    open_and_wait(qtbot, window, [samples[0], missing, binary, samples[1]])
    assert window.isVisible()
    assert window.notice.isVisible()
    text = window.notice.label.text()
    assert f"{missing}: no such file" in text
    assert f"{binary}: not a text document" in text
    assert window.versions_model.rowCount() == 2
    assert window.view.comparison is not None, "the versions that opened are compared"
    assert str(missing) not in window.settings.get(keys.RECENT_FILES)


def test_show_error_can_be_replaced(qtbot: QtBot, window: MainWindow,
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    open_and_wait(qtbot, window, [tmp_path])
    assert shown == [f"Could not open {tmp_path}: is a folder, not a file"]


def test_inline_mode_shows_one_redline_pane(qtbot: QtBot, window: MainWindow,
                                            samples: list[Path], settings: Settings) -> None:
    open_and_wait(qtbot, window, samples)
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.view.inline and window.view.inline_pane.isVisible()
    assert not window.view.old_pane.isVisible()
    text = window.view.inline_pane.toPlainText()
    assert "metropolis" in text and "city" in text, "both sides of a swap are shown"
    qtbot.keyClick(window.view.inline_pane, Qt.Key.Key_F7)
    change = window.view.navigator.change
    assert change is not None
    assert window.view.inline_pane.current_text() == change.old_text + change.new_text
    assert settings.get(keys.INLINE_MODE) is True
    window.commands.side_by_side.trigger()
    assert window.view.old_pane.isVisible()


def test_view_options_and_layout_persist(qtbot: QtBot, window: MainWindow,
                                         samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    window.commands.inline.trigger()
    window.commands.formatting.trigger()
    window.commands.zoom_in.trigger()
    window.patterns_dock.hide()
    window.resize(780, 590)
    size = window.size()
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    again.show()
    assert again.view.inline
    assert not again.commands.formatting.isChecked()
    assert again.view.new_pane.font().pointSize() == keys.FONT_SIZE.default + 1
    assert again.size() == size
    assert not again.patterns_dock.isVisible()
    recent = again.settings.get(keys.RECENT_FILES)
    assert recent[:2] == [str(samples[1].absolute()), str(samples[0].absolute())]
    again.close()


def test_dropping_files_opens_them(qtbot: QtBot, window: MainWindow,
                                   samples: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in samples[:2]])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert window.versions_model.rowCount() == 2
    assert _names(window) == (samples[0].name, samples[1].name)


def test_close_version_closes_new_and_refills_the_pair(qtbot: QtBot, window: MainWindow,
                                                       samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:3])
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.versions_model.rowCount() == 2
    assert _names(window) == (samples[0].name, samples[2].name)


def test_export_waits_for_a_comparison(window: MainWindow) -> None:
    action = window.commands.export
    assert action.text() == "&Export…"
    assert action.shortcut().toString() == "Ctrl+E"
    assert not action.isEnabled(), "nothing to export before a comparison is shown"


def test_cancel_in_the_status_bar_stops_a_long_comparison(
        qtbot: QtBot, window: MainWindow, samples: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import session as session_module

    from .test_session import _slow_compare

    monkeypatch.setattr(session_module, "compare", _slow_compare)
    window.open_files([str(samples[0]), str(samples[1])])
    qtbot.waitUntil(window.status.cancel.isVisible, timeout=10_000)
    qtbot.mouseClick(window.status.cancel, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.view.comparison is None
    assert not window.status.cancel.isVisible()
    assert "cancelled" in window.view._empty.text()


@pytest.mark.parametrize(
    ("key", "target", "reason"),
    [
        (Qt.Key.Key_1, "versions", "Alt+1: the Versions list"),
        (Qt.Key.Key_2, "patterns", "Alt+2: the Patterns list"),
        (Qt.Key.Key_3, "text", "Alt+3: the text"),
    ],
)
def test_every_area_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow, key: Qt.Key,
                                             target: str, reason: str,
                                             samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    window.patterns_dock.hide()
    qtbot.keyClick(window.view.new_pane, key, Qt.KeyboardModifier.AltModifier)
    widget = {"versions": window.versions_dock.view, "patterns": window.patterns_dock.view,
              "text": window.view.new_pane}[target]
    qtbot.waitUntil(widget.hasFocus, timeout=2_000)
    assert widget.isVisible(), reason


def test_a_picker_opens_from_the_keyboard(qtbot: QtBot, window: MainWindow,
                                          samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    picker = window.pair_bar.new_picker
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(picker.view().isVisible, timeout=2_000)
    picker.hidePopup()


def test_the_moves_option_recompares_and_persists(qtbot: QtBot, window: MainWindow,
                                                  samples: list[Path],
                                                  settings: Settings) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[3]])  # the edit moves a paragraph
    assert window.commands.moves.isChecked() and window.session.options.detect_moves
    window.commands.moves.trigger()
    wait_idle(qtbot, window)
    comparison = window.view.comparison
    assert comparison is not None and comparison.moves == ()
    assert not window.session.options.detect_moves
    assert settings.get(keys.DETECT_MOVES) is False


def test_opening_files_says_so_until_they_are_read(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    # The progress bar and Cancel of a slow load: tests/ui/test_session.py.
    with qtbot.waitSignal(window.session.loading_started) as started:
        window.open_files([str(path) for path in samples[:2]])
    assert started.args == [2]
    assert "Opening 2 files" in window.status.currentMessage()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
    assert window.status.progress.maximum() == 100
