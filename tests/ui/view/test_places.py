"""Where the view stands, and the status bar's one labelled thing; going round an end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.align.sentences import PAIR_SIMILARITY
from core.model import Category, Change, ChangeKind, Comparison, Counts, Document, Pattern, Place
from ui.main_window import MainWindow
from ui.view.places import Places

from ..conftest import open_and_wait

SUB, OMIT = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION


def _comparison() -> Comparison:
    changes = (
        Change(0, SUB, Category.SYNONYM, 2, 3, 2, 3, "b", "X"),
        Change(1, OMIT, Category.CONTENT, 4, 6, 4, 4, "c ", ""),
        Change(2, SUB, Category.SYNONYM, 8, 9, 6, 7, "b", "X"),
    )
    pattern = Pattern("b", "X", 2, Category.SYNONYM, (0, 2), (Place(2, 3, 2, 3),
                                                            Place(8, 9, 6, 7)))
    return Comparison(Document("old.txt", "", "a b c d b"), Document("new.txt", "", "a X d X"),
                      changes, (), (pattern,), 0.5, 5, 4, counts=Counts.of(changes),
                      same_sentence_similarity=PAIR_SIMILARITY)


@pytest.mark.parametrize(
    ("actions", "expected", "reason"),
    [
        ([], "3 changes", "nothing current: how many"),
        (["change"], "Change 1 of 3", "a change stepped to"),
        (["pattern"], "Pattern “b → X”: place 1 of 2", "a pattern selected: its place only"),
        (["pattern", "change"], "Change 1 of 3", "the last thing stepped through is told"),
        (["change", "pattern", "place"], "Pattern “b → X”: place 2 of 2",
         "F8 tells the pattern's place, not the change besides"),
    ],
)
def test_the_status_bar_tells_one_thing(actions: list[str], expected: str,
                                        reason: str) -> None:
    comparison = _comparison()
    places = Places(comparison)
    for action in actions:
        if action == "change":
            places.step_change(1)
        elif action == "pattern":
            places.select_pattern(comparison.patterns[0])
        else:
            places.step_pattern(1)
    assert places.position_text() == expected, reason
    assert "·" not in places.position_text(), "never two things run together"


@pytest.mark.parametrize(
    ("start", "delta", "same_kind", "notice", "reason"),
    [
        (2, 1, False, "Wrapped to the first change", "F7 on the last change"),
        (0, -1, False, "Wrapped to the last change", "Shift+F7 on the first"),
        (1, 1, False, "", "an ordinary step says nothing"),
        (2, 1, True, "Wrapped to the first change of this kind", "Ctrl+F7 round the end"),
        (1, 1, True, "No other change of this kind", "the only omission"),
    ],
)
def test_stepping_round_an_end_is_told(start: int, delta: int, same_kind: bool, notice: str,
                                       reason: str) -> None:
    places = Places(_comparison())
    places.go_to_change(start)
    assert places.step_change(delta, same_kind).notice == notice, reason


def test_a_pattern_round_its_end_is_told() -> None:
    comparison = _comparison()
    places = Places(comparison)
    places.select_pattern(comparison.patterns[0])
    assert places.step_pattern(1).notice == ""
    assert places.step_pattern(1).notice == "Wrapped to the first place of the pattern"


def test_nothing_to_step_through() -> None:
    assert Places().step_change(1).notice == "No changes to step through"
    assert Places().position_text() == ""


def test_f7_on_the_last_change_goes_round_and_says_so(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples[:2])
    stops = window.view.navigator.stops
    pane = window.view.new_pane
    qtbot.keyClick(pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)  # to the last
    assert window.view.navigator.change == stops[-1]
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    assert window.view.navigator.change == stops[0], "round to the first change"
    assert window.status.currentMessage() == "Wrapped to the first change"
    assert window.status.position.full_text() == f"Change 1 of {len(stops)}"
