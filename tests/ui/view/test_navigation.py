"""Stepping through changes and through a pattern's places."""

from __future__ import annotations

import pytest

from core.align.sentences import PAIR_SIMILARITY
from core.model import Category, Change, ChangeKind, Comparison, Counts, Document
from ui.view.navigation import ChangeNavigator, OccurrenceStepper
from ui.view.presentation import Occurrence, Side, side_pane

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


def _comparison() -> Comparison:
    # old: "a b c d e" ; new: "a X c e Y" with a quote-style formatting change in between.
    changes = (
        Change(0, SUB, Category.SYNONYM, 2, 3, 2, 3, "b", "X"),
        Change(1, SUB, Category.QUOTE_STYLE, 4, 5, 4, 5, "c", "c"),
        Change(2, OMIT, Category.CONTENT, 6, 8, 6, 6, "d ", ""),
        Change(3, ADD, Category.CONTENT, 9, 9, 7, 9, "", " Y"),
    )
    old = Document("old.txt", "", "a b c d e")
    new = Document("new.txt", "", "a X c e Y")
    return Comparison(old, new, changes, (), (), 0.5, 5, 5, counts=Counts.of(changes),
                      same_sentence_similarity=PAIR_SIMILARITY)


@pytest.mark.parametrize(
    ("show_formatting", "steps", "expected", "reason"),
    [
        (True, [1, 1, 1, 1], [0, 1, 2, 3], "every change in document order"),
        (False, [1, 1, 1], [0, 2, 3], "formatting-only changes are skipped while hidden"),
        (True, [-1], [3], "previous from nowhere starts at the end"),
        (True, [1, 1, -1], [0, 1, 0], "previous goes back"),
        (True, [1, 1, 1, 1, 1], [0, 1, 2, 3, 0], "past the last change, round to the first"),
        (True, [-1, 1], [3, 0], "past the last change from the end"),
        (False, [-1, -1, -1, -1], [3, 2, 0, 3], "before the first, round to the last"),
    ],
)
def test_step(show_formatting: bool, steps: list[int], expected: list[int], reason: str) -> None:
    navigator = ChangeNavigator(_comparison(), show_formatting)
    seen = []
    for delta in steps:
        navigator.step(delta)
        assert navigator.change is not None
        seen.append(navigator.change.id)
    assert seen == expected, reason


@pytest.mark.parametrize(
    ("start", "delta", "expected", "wrapped", "reason"),
    [
        (3, 1, 0, True, "F7 on the last change goes round to the first, and says so"),
        (0, -1, 3, True, "Shift+F7 on the first goes round to the last"),
        (1, 1, 2, False, "an ordinary step is no wrap"),
        (None, -1, 3, False, "from nowhere, previous starts at the end: no wrap"),
    ],
)
def test_stepping_round_the_ends(start: int | None, delta: int, expected: int, wrapped: bool,
                                 reason: str) -> None:
    navigator = ChangeNavigator(_comparison())
    if start is not None:
        navigator.go_to_id(start)
    change = navigator.step(delta)
    assert change is not None and change.id == expected, reason
    assert navigator.wrapped is wrapped, reason


def test_same_kind_goes_round_to_the_only_other_of_its_kind() -> None:
    comparison = _comparison()
    changes = (*comparison.changes,
               Change(4, OMIT, Category.CONTENT, 9, 9, 9, 9, "", ""))  # a second omission
    navigator = ChangeNavigator(Comparison(
        comparison.old, comparison.new, changes, (), (), 0.5, 5, 5, counts=Counts.of(changes),
        same_sentence_similarity=PAIR_SIMILARITY))
    navigator.go_to_id(4)
    change = navigator.step(1, same_kind=True)
    assert change is not None and change.id == 2 and navigator.wrapped, \
        "round the end to the other omission"


def test_same_kind_skips_other_kinds() -> None:
    navigator = ChangeNavigator(_comparison())
    navigator.go_to_id(0)  # a substitution (synonym)
    assert navigator.step(1, same_kind=True) is None, "no other content substitution after it"
    navigator.go_to_id(1)  # formatting
    assert navigator.step(-1, same_kind=True) is None
    navigator.go_to_id(2)  # omission
    assert navigator.step(1, same_kind=True) is None
    assert navigator.step(-1, same_kind=False) is not None


def test_place_before_a_click() -> None:
    comparison = _comparison()
    navigator = ChangeNavigator(comparison)
    navigator.place_before(5, side_pane(comparison, Side.NEW))
    change = navigator.step(1)
    assert change is not None and change.id == 2, "next goes to the first change after the click"


def test_empty_navigator() -> None:
    navigator = ChangeNavigator(None)
    assert len(navigator) == 0
    assert navigator.step(1) is None and navigator.change is None


def test_occurrences_wrap_round() -> None:
    places = [Occurrence(i, i + 1, i, i + 1, i) for i in range(3)]
    stepper = OccurrenceStepper(places)
    assert stepper.place == places[0]
    assert [stepper.step(1) for _ in range(3)] == [places[1], places[2], places[0]]
    assert stepper.wrapped, "the third step went round"
    assert stepper.step(-1) == places[2] and stepper.wrapped
    assert stepper.step(-1) == places[1] and not stepper.wrapped
    assert OccurrenceStepper().step(1) is None
