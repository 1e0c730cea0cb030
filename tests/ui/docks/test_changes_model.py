"""The change list's model: every change, its kind as counted, category and context, filtered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from core.compare import compare
from core.load.loader import load
from core.model import Category, CompareOptions, Comparison, CountedAs, IgnoreRules, counted_as
from core.text.paragraphs import paragraphs
from ui.docks.changes_model import CHANGE_ROLE, CONTEXT_ROLE, KIND_SIGNS, ChangesModel, Column
from ui.view.change_context import InContext


@pytest.fixture
def comparison(samples: list[Path]) -> Comparison:
    return compare(load(samples[0]), load(samples[3]))  # the edit: a move, and all kinds


def _ids(model: ChangesModel) -> list[int]:
    return [model.index(row, 0).data(CHANGE_ROLE) for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                           comparison: Comparison) -> None:
    model = ChangesModel()
    qtmodeltester.check(model)  # empty
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    model.set_filter(kind=CountedAs.SUBSTITUTION, search="the")
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_every_change_is_listed_in_order(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    assert _ids(model) == [change.id for change in comparison.changes]
    assert model.columnCount() == len(Column)
    change = comparison.changes[0]
    kind = model.index(0, Column.KIND).data()
    assert kind == f"{KIND_SIGNS[counted_as(change)]} {change.category.value}", \
        "the kind as counted, and the category"
    context = model.index(0, Column.CONTEXT).data(CONTEXT_ROLE)
    assert isinstance(context, InContext) and model.index(0, Column.CONTEXT).data() == \
        context.line()
    assert model.index(0, Column.KIND).data(Qt.ItemDataRole.ToolTipRole).startswith(
        ("Substitution", "Omission", "Addition", "Moved passage", "Formatting only"))


def test_the_paragraph_column(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    starts = [paragraph.start for paragraph in paragraphs(comparison.new.text)]
    for row, change in enumerate(comparison.changes):
        if change.new_text:  # not an omission: NEW's paragraph
            expected = sum(1 for start in starts if start <= change.new_start)
            assert model.index(row, Column.PARAGRAPH).data() == str(expected)


@pytest.mark.parametrize(
    ("kind", "category", "pattern", "search", "keep", "reason"),
    [
        (CountedAs.SUBSTITUTION, None, False, "",
         lambda c: counted_as(c) is CountedAs.SUBSTITUTION, "one kind, as counted"),
        (CountedAs.MOVE, None, False, "", lambda c: c.move is not None,
         "moves: both ends of each moved passage"),
        (None, Category.CONTENT, False, "", lambda c: c.category is Category.CONTENT,
         "one category"),
        (None, None, True, "", None, "the changes counted in one pattern"),
        (None, None, False, "COUNCIL",
         lambda c: "council" in c.old_text.lower() or "council" in c.new_text.lower(),
         "a search in any case (the words matched at least)"),
    ],
)
def test_filters(comparison: Comparison, kind: CountedAs | None, category: Category | None,
                 pattern: bool, search: str, keep: object, reason: str) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    chosen = comparison.patterns[0] if pattern else None
    model.set_filter(kind, category, chosen, search)
    listed = set(_ids(model))
    if chosen is not None:
        assert listed == set(chosen.changes), reason
    elif search:
        assert callable(keep)
        assert {c.id for c in comparison.changes if keep(c)} <= listed, reason
        assert listed, reason
    else:
        assert callable(keep)
        assert listed == {c.id for c in comparison.changes if keep(c)}, reason
    model.set_filter()
    assert model.rowCount() == len(comparison.changes), "no filter: all again"


def test_search_reaches_the_context(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    line = model.index(3, Column.CONTEXT).data()
    word = next(word for word in line.strip("…").split() if "[" not in word and len(word) > 3)
    model.set_filter(search=word)
    assert comparison.changes[3].id in _ids(model), "found by a word around it"


def test_hidden_formatting_changes_are_not_listed(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    model.set_show_formatting(False)
    assert all(not comparison.changes[i].category.is_formatting for i in _ids(model))
    assert CountedAs.FORMATTING not in dict(model.kinds())


def test_row_of_follows_the_filter(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    change = next(c for c in comparison.changes if counted_as(c) is CountedAs.ADDITION)
    assert model.row_of(change.id) == comparison.changes.index(change)
    model.set_filter(kind=CountedAs.OMISSION)
    assert model.row_of(change.id) is None, "filtered out: no row"


def test_kinds_and_categories_are_counted(comparison: Comparison) -> None:
    model = ChangesModel()
    model.set_comparison(comparison)
    kinds = dict(model.kinds())
    assert sum(kinds.values()) == len(comparison.changes)
    assert kinds[CountedAs.MOVE] == 2 * comparison.counts.moves, "both ends of each move"
    assert kinds[CountedAs.SUBSTITUTION] == comparison.counts.substitutions
    assert sum(count for _, count in model.categories()) == len(comparison.changes)


def test_changes_the_ignore_rules_set_aside_are_not_listed(samples: list[Path]) -> None:
    rules = IgnoreRules(frozenset({Category.PUNCTUATION, Category.CASE}))
    comparison = compare(load(samples[0]), load(samples[2]), CompareOptions(ignore=rules))
    ignored = {change.id for change in comparison.changes if change.ignored}
    assert ignored, "the translation changes punctuation"
    model = ChangesModel()
    model.set_comparison(comparison)
    assert not ignored & set(_ids(model)), "as F7 skips them, the list leaves them out"
    assert model.total() == len(comparison.changes) - len(ignored)
    assert CountedAs.IGNORED not in dict(model.kinds())
