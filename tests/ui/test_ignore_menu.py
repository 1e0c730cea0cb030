"""View ▸ Ignore: each category on its own, boilerplate lines, remembered, and the comparison
(its counts, its patterns, the session's cache) following them (issue 16, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.model import Category
from tests.ui.conftest import open_and_wait, wait_idle
from ui.ignore_menu import IgnoreLinesDialog, IgnoreMenu
from ui.main_window import MainWindow
from ui.settings import IGNORE_CATEGORIES, IGNORE_LINES, Settings


def _toggle(qtbot: QtBot, window: MainWindow, category: Category) -> None:
    window.ignore_menu.actions_by_category[category].trigger()
    wait_idle(qtbot, window)


def test_the_view_menu_offers_each_category_and_lines(window: MainWindow) -> None:
    view = next(action.menu() for action in window.menuBar().actions()
                if action.text() == "&View")
    assert window.ignore_menu.menuAction() in view.actions()
    texts = [action.text() for action in window.ignore_menu.actions() if action.text()]
    assert texts == ["Letter &Case", "&Punctuation", "&Quote Style", "&White Space",
                     "Ignore &Lines…"]


def test_ignoring_a_category_changes_the_counts_and_patterns(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[2]])
    before = window.session.comparison
    assert before is not None and before.counts.formatting > 0
    _toggle(qtbot, window, Category.WHITESPACE)
    _toggle(qtbot, window, Category.PUNCTUATION)
    after = window.session.comparison
    assert after is not None and after is not before
    assert after.ignore.categories == {Category.WHITESPACE, Category.PUNCTUATION}
    assert after.counts.formatting < before.counts.formatting
    assert not any(p.category in (Category.WHITESPACE, Category.PUNCTUATION)
                   for p in after.patterns)
    assert window.status.counts.text() == " · ".join(after.counts.phrases())
    _toggle(qtbot, window, Category.WHITESPACE)
    _toggle(qtbot, window, Category.PUNCTUATION)
    assert window.session.comparison is before, "the cache keys on the options"


def test_ignore_lines_leaves_the_marker_out(qtbot: QtBot, window: MainWindow,
                                           samples: list[Path],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    open_and_wait(qtbot, window, samples[:2])
    before = window.session.comparison
    assert before is not None
    monkeypatch.setattr(window.ignore_menu, "ask_lines", lambda lines: (r"\[ad_\d+\]",))
    window.ignore_menu.lines_action.trigger()
    wait_idle(qtbot, window)
    after = window.session.comparison
    assert after is not None and after.ignore.lines == (r"\[ad_\d+\]",)
    assert after.counts.additions == before.counts.additions - 1
    assert "1 pattern" in window.ignore_menu.lines_action.text()


def test_the_rules_are_remembered(qtbot: QtBot, settings: Settings) -> None:
    settings.set(IGNORE_CATEGORIES, ["case", "no-such-category"])
    settings.set(IGNORE_LINES, ["Source link", "["])
    menu = IgnoreMenu(settings)
    assert menu.rules.categories == {Category.CASE}, "an unknown name is dropped"
    assert menu.rules.lines == ("Source link",), "a broken pattern is dropped"
    menu.actions_by_category[Category.QUOTE_STYLE].trigger()
    assert settings.get(IGNORE_CATEGORIES) == ["case", "quote-style"]


@pytest.mark.parametrize(
    ("text", "accepted", "lines"),
    [
        pytest.param("\\[ad_\\d+\\]\n\n  Source link  \n", True, ("\\[ad_\\d+\\]", "Source link"),
                     id="blank lines and outer spaces dropped"),
        pytest.param("[", False, ("[",), id="a broken pattern is refused, with its reason"),
    ],
)
def test_the_lines_dialog(qtbot: QtBot, text: str, accepted: bool,
                          lines: tuple[str, ...]) -> None:
    dialog = IgnoreLinesDialog(())
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(text)
    assert dialog.lines() == lines
    dialog.accept()
    assert (dialog.result() == IgnoreLinesDialog.DialogCode.Accepted) is accepted
    assert bool(dialog.error.text()) is not accepted


def test_ignored_changes_are_no_stops(qtbot: QtBot, window: MainWindow,
                                      samples: list[Path]) -> None:
    open_and_wait(qtbot, window, [samples[0], samples[2]])
    stops = len(window.view.navigator)
    _toggle(qtbot, window, Category.PUNCTUATION)
    comparison = window.session.comparison
    assert comparison is not None
    ignored = sum(change.ignored for change in comparison.changes)
    assert ignored and len(window.view.navigator) == len(comparison.changes) - ignored
    assert not any(change.ignored for change in window.view.navigator.stops)
    assert len(window.view.navigator) < stops
