"""Search in the text: Ctrl+F, next and previous, "3 of 17", matches laid over both panes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.view.text_search import Match, SearchResults, find_all

from ..conftest import open_and_wait


@pytest.mark.parametrize(
    ("text", "needle", "match_case", "expected", "reason"),
    [
        ("The the THE", "the", False, [(0, 3), (4, 7), (8, 11)], "any case by default"),
        ("The the THE", "the", True, [(4, 7)], "the case asked for"),
        ("a.b a+b", ".", False, [(1, 2)], "a search string, not a pattern"),
        ("aaaa", "aa", False, [(0, 2), (2, 4)], "matches do not overlap"),
        ("text", "", False, [], "nothing is found for nothing"),
    ],
)
def test_find_all(text: str, needle: str, match_case: bool,
                  expected: list[tuple[int, int]], reason: str) -> None:
    assert find_all(text, needle, match_case) == expected, reason


def test_matches_of_both_sides_are_in_reading_order() -> None:
    # OLD "x a x" and NEW "y y x a x": NEW has two words more at its start
    results = SearchResults(["x a x", "y y x a x"], "x", reading=[lambda p: p + 4,
                                                                  lambda p: p])
    assert [(m.pane, m.start) for m in results.matches] == [
        (0, 0), (1, 4), (0, 4), (1, 8)], "OLD's x faces NEW's; OLD first where they face"


def test_stepping_goes_round_the_ends() -> None:
    results = SearchResults(["a b a", "a"], "a")
    assert results.start_from(3) == Match(4, 0, 4, 5), "from what is in sight down"
    assert results.step(1) == Match(0, 0, 0, 1) and results.wrapped, "round to the first"
    assert results.step(-1) == Match(4, 0, 4, 5) and results.wrapped, "and back to the last"
    assert results.step(-1) == Match(0, 1, 0, 1) and not results.wrapped
    assert results.ranges_in(0) == [(0, 1), (4, 5)] and results.ranges_in(1) == [(0, 1)]


def test_nothing_found() -> None:
    results = SearchResults(["abc"], "z")
    assert len(results) == 0 and results.step(1) is None and results.start_from(0) is None


def _matches(window: MainWindow) -> int:
    return sum(len(pane.emphasis("found")) for pane in window.view.panes())


def test_ctrl_f_finds_in_both_panes(qtbot: QtBot, window: MainWindow,
                                    samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    bar = window.view.find_bar
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "council")
    qtbot.waitUntil(lambda: bar.count.text().startswith("1 of"))
    texts = [window.view.old_pane.pane.text, window.view.new_pane.pane.text]
    total = sum(text.lower().count("council") for text in texts)
    assert total > 2 and bar.count.text() == f"1 of {total}"
    assert _matches(window) == total, "every match laid over its pane"
    assert all(pane.emphasis("found") for pane in window.view.panes()), "both sides"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {total}"
    match = window.view.finder.results.match
    assert match is not None
    pane = window.view.panes()[match.pane]
    assert pane.current_range == (match.start, match.end), "the current match is framed"
    assert pane.current_text().lower() == "council"


def test_f3_steps_from_anywhere_and_says_when_it_goes_round(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    window.commands.find.trigger()
    bar = window.view.find_bar
    bar.field.setText("council")
    qtbot.waitUntil(lambda: bar.count.text().startswith("1 of"))
    total = len(window.view.finder.results)
    pane = window.view.new_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}", "Shift+F3 from the first: the last"
    assert window.status.currentMessage() == "Wrapped to the last match"
    qtbot.keyClick(pane, Qt.Key.Key_F3)
    assert bar.count.text() == f"1 of {total}"
    assert window.status.currentMessage() == "Wrapped to the first match"


def test_escape_closes_the_bar_and_clears_the_matches(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    bar = window.view.find_bar
    bar.open_bar()
    bar.field.setText("bridge")
    qtbot.waitUntil(lambda: _matches(window) > 0)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and _matches(window) == 0
    assert window.view.new_pane.hasFocus() or window.view.old_pane.hasFocus(), \
        "the keyboard goes back to the text"


def test_no_matches_says_so(qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    bar = window.view.find_bar
    bar.open_bar()
    bar.field.setText("zyzzyva")
    qtbot.waitUntil(lambda: bar.count.text() == "No matches")


def test_the_pattern_filter_has_its_own_key(qtbot: QtBot, window: MainWindow,
                                            samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.patterns_dock.filter.hasFocus()
    assert not window.view.find_bar.isVisible(), "Ctrl+Alt+F is not the find bar"
