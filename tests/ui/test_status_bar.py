"""`ui.status_bar`: the comparison's figures, the position, and progress with Cancel.

No timing is asserted: the progress bar's delay is a timer the test fires itself.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.model import Category
from tests.report_examples import CONTENT, SYN, Piece, build, same
from ui.status_bar import ComparisonStatusBar, counts_text


@pytest.fixture
def bar(qtbot: QtBot) -> ComparisonStatusBar:
    shown = ComparisonStatusBar()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.mark.parametrize(
    ("pieces", "text"),
    [
        pytest.param([same("a")], "0 substitutions · 0 omissions · 0 additions · 0 moves",
                     id="nothing changed"),
        pytest.param([Piece("a ", "", CONTENT, move=0), same("b "),
                      Piece("", "a ", CONTENT, move=0), Piece("c", "d", SYN)],
                     "1 substitution · 0 omissions · 0 additions · 1 move",
                     id="a moved passage is one move, not an omission and an addition"),
        pytest.param([Piece(".", "!", Category.PUNCTUATION)],
                     "0 substitutions · 0 omissions · 0 additions · 0 moves · "
                     "1 formatting change", id="formatting changes named when there are some"),
    ],
)
def test_counts_text(pieces: list[Piece], text: str) -> None:
    assert counts_text(build(pieces)) == text


def test_a_comparison_shown_then_cleared(bar: ComparisonStatusBar) -> None:
    bar.show_comparison(build([same("The "), Piece("city", "metropolis", SYN)],
                              old_name="a.txt", new_name="b.txt", similarity=0.94))
    bar.show_position("Change 1 of 1")
    # the file names, counts and position are cut to fit the bar (whole in their tooltips)
    assert [bar.files.full_text(), bar.similarity.text(), bar.counts.full_text(),
            bar.position.full_text()] == [
        "a.txt → b.txt", "Similarity 94%",
        "1 substitution · 0 omissions · 0 additions · 0 moves", "Change 1 of 1"]
    bar.clear_comparison()
    assert [bar.files.full_text(), bar.similarity.text(), bar.counts.full_text(),
            bar.position.full_text()] == ["", "", "", ""]


def test_progress_shows_only_after_the_delay_and_cancel_reports(
        qtbot: QtBot, bar: ComparisonStatusBar) -> None:
    bar.start_progress()
    assert bar.progress.isHidden() and bar.cancel.isHidden(), "quick work does not flicker"
    bar._delay.timeout.emit()  # the delay is over
    assert bar.progress.isVisible() and bar.cancel.isVisible()
    bar.set_progress(0.426)
    assert bar.progress.value() == 43
    with qtbot.waitSignal(bar.cancel_requested, timeout=1000):
        bar.cancel.click()
    bar.end_progress()
    assert bar.progress.isHidden() and bar.cancel.isHidden()
    assert not bar._delay.isActive()


def test_loading_says_which_file_until_it_ends(bar: ComparisonStatusBar) -> None:
    bar.show_loading(2)
    assert bar.currentMessage() == "Opening 2 files…"
    bar.show_loading_progress("Loading 2 of 2: b.pdf", 0.5)
    assert (bar.currentMessage(), bar.progress.value()) == ("Loading 2 of 2: b.pdf", 50)
    bar.end_loading()
    assert bar.currentMessage() == "" and bar.progress.isHidden()


def test_a_message_shown_since_loading_is_kept(bar: ComparisonStatusBar) -> None:
    bar.show_loading(1)
    bar.showMessage("Could not open c.txt")
    bar.end_loading()
    assert bar.currentMessage() == "Could not open c.txt"


def test_a_comparison_takes_the_bar_over_from_a_load(bar: ComparisonStatusBar) -> None:
    bar.show_loading(1)
    bar.start_progress()  # the comparison starts before the load says it ended
    bar.show_loading_progress("Loading 1 of 1: a.txt", 0.9)
    assert bar.progress.value() == 0, "the load no longer moves the bar"
    bar.end_loading()
    assert bar._delay.isActive(), "the comparison's progress is left running"
