"""The inline redline as the PDF shows it (issue 16, items 6, 7, 9): a substitution reads
"old → new", a moved passage carries the report's labels at both ends, a quotation mark
that went stays visible when formatting is hidden, and ignored changes are plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.changes.ignoring import rules_of
from core.compare import compare
from core.load.loader import load
from core.model import ChangeKind, CompareOptions, Document, Side
from core.report.html_text import move_labels
from tests.ui.conftest import open_and_wait
from ui.main_window import MainWindow
from ui.view.presentation import inline_pane, side_pane


def _inline_text(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> str:
    open_and_wait(qtbot, window, paths)
    window._inline_action.trigger()
    qtbot.waitUntil(lambda: window.view.inline_pane.toPlainText() != "")
    return window.view.inline_pane.toPlainText()


def test_a_changed_number_reads_old_then_new(qtbot: QtBot, window: MainWindow,
                                             samples: list[Path]) -> None:
    text = _inline_text(qtbot, window, [samples[0], samples[3]])
    assert "down 30 → 40 percent" in text, "not “down 3040 percent”"
    assert "quoted at $2.9 → $3.1 million" in text
    assert "3040" not in text and "$2.9$3.1" not in text


def test_a_moved_passage_is_labelled_at_both_ends(qtbot: QtBot, window: MainWindow,
                                                  samples: list[Path]) -> None:
    text = _inline_text(qtbot, window, [samples[0], samples[3]])
    for side in Side:
        opening, closing = move_labels(0, side)  # the PDF's own labels
        assert f"{opening} Of the total cost" in text
        assert f"by a significant amount. {closing}" in text
    ends = window.view.inline_pane.pane.moves
    assert [text[mark.start:mark.end].split(" Of")[0] for mark in ends] == [
        "⇄1 moved to here", "⇄1 moved from here"]


@pytest.mark.parametrize("show_formatting", [True, False], ids=["formatting shown",
                                                                "formatting hidden"])
def test_a_dropped_quotation_mark_is_never_hidden(show_formatting: bool) -> None:
    comparison = compare(Document("a", "", "Lavrov said “the West’s plans” failed."),
                         Document("b", "", "Lavrov said the West's plans failed."))
    pane = inline_pane(comparison, show_formatting)
    styles = {pane.text[span.start:span.end]: span.style for span in pane.spans}
    assert styles["“"] == styles["”"] == "omission", "content, drawn as an omission"
    if show_formatting:
        assert styles["West's"] == "formatting", "an apostrophe's style is formatting"
    else:
        assert "West's" not in styles
    old = side_pane(comparison, Side.OLD)
    assert sum(span.style == "omission" for span in old.spans) == 2


def test_the_seed_001_quotation_marks_show_when_formatting_is_hidden(seeds: list[Path]) -> None:
    comparison = compare(load(seeds[0]), load(seeds[1]))
    pane = inline_pane(comparison, show_formatting=False)
    dropped = [change for change in comparison.changes
               if change.kind is ChangeKind.OMISSION and change.old_text == "“"]
    shown = {span.change: span.style for span in pane.spans}
    assert dropped and all(shown[change.id] == "omission" for change in dropped)


def test_ignored_changes_are_plain_text() -> None:
    old, new = "The Visit went well, he said.", "The visit went well he said."
    options = CompareOptions(ignore=rules_of(["case", "punctuation"]))
    comparison = compare(Document("a", "", old), Document("b", "", new), options)
    assert all(change.ignored for change in comparison.changes)
    for pane in (inline_pane(comparison), side_pane(comparison, Side.OLD),
                 side_pane(comparison, Side.NEW)):
        assert pane.spans == [] and pane.insertions == []
    assert inline_pane(comparison).text == new
