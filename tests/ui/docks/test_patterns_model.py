"""`ui.docks.patterns_model`: the Patterns list, a Qt model that passes pytest-qt's model
tester; content and formatting apart, the filter, invisible text made visible."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from core.compare import compare
from core.load.loader import load
from core.model import Category, Comparison, Pattern, PatternGroup, Place
from ui.docks.patterns_model import PATTERN_ROLE, PatternsModel, shown

# Where the hand-made patterns below were counted: the model lists them, never goes there.
_PLACE = (Place(0, 1, 0, 1),)


@pytest.fixture
def comparison(samples: list[Path]) -> Comparison:
    return compare(load(samples[0]), load(samples[2]))


def test_patterns_model(qtmodeltester: ModelTester, comparison: Comparison) -> None:
    model = PatternsModel()
    qtmodeltester.check(model)  # empty
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    assert model.index(0, 0).data().startswith("Content"), "content patterns come first"
    assert model.pattern_at(model.index(0, 0)) is None, "a heading row is no pattern"
    first = model.index(1, 0)
    pattern = first.data(PATTERN_ROLE)
    assert isinstance(pattern, Pattern) and not pattern.category.is_formatting
    assert first.data() == f"{pattern.old} → {pattern.new}"


def test_patterns_model_lists_the_groups_in_order(qtmodeltester: ModelTester,
                                                  comparison: Comparison) -> None:
    patterns = (Pattern("30", "40", 1, Category.FIGURE, (0,), _PLACE),
                Pattern("unto", "to", 5, Category.REWORDING, (1,), _PLACE),
                Pattern("a", "the", 2, Category.REWORDING, (2,), _PLACE, PatternGroup.MINOR),
                Pattern("'", "’", 3, Category.QUOTE_STYLE, (3,), _PLACE))
    model = PatternsModel()
    model.set_comparison(_with_patterns(comparison, patterns))
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in model.heading_rows()] == [
        "Figures changed (1)", "Content (1)", "Minor (1)", "Formatting (1)"]
    assert model.pattern_count() == 4


def test_patterns_model_groups_formatting_apart(qtmodeltester: ModelTester,
                                                comparison: Comparison) -> None:
    formatting = Pattern("'", "’", 3, Category.QUOTE_STYLE, (0,), _PLACE)
    content = Pattern("visit", "go to", 2, Category.SYNONYM, (1,), _PLACE)
    model = PatternsModel()
    model.set_comparison(_with_patterns(comparison, (formatting, content)))
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(4)] == [
        "Content (1)", "visit → go to", "Formatting (1)", "' → ’"]
    assert model.index(3, 0).data(PATTERN_ROLE) == formatting
    assert model.heading_rows() == [0, 2]
    model.set_show_formatting(False)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.pattern_count() == 1


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("VISIT", 1, "any case"),
        ("synonym", 1, "the category counts"),
        ("→ go", 1, "the arrow form of the swap"),
        ("nothing like it", 0, "no match leaves no groups"),
        ("", 2, "an empty filter shows all"),
    ],
)
def test_patterns_filter(qtmodeltester: ModelTester, comparison: Comparison, text: str,
                         expected: int, reason: str) -> None:
    model = PatternsModel()
    model.set_comparison(_with_patterns(comparison, (
        Pattern("visit", "go to", 2, Category.SYNONYM, (1,), _PLACE),
        Pattern("said", "told", 1, Category.REWORDING, (2,), _PLACE),
    )))
    model.set_filter(text)
    qtmodeltester.check(model)
    assert model.pattern_count() == expected, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [("word", "word"), ("", "∅"), (" ", "·"), ("a\u00a0b", "a⍽b"), ("a\nb", "a¶b")],
)
def test_shown_makes_invisible_text_visible(text: str, expected: str) -> None:
    assert shown(text) == expected


def test_header_labels() -> None:
    model = PatternsModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Swap", "×", "Category"]


def _with_patterns(comparison: Comparison, patterns: tuple[Pattern, ...]) -> Comparison:
    return replace(comparison, patterns=patterns)
