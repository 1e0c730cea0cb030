"""The scroll bar is right from the start: line counts estimated before Qt lays a text out.

Issue 16: in Mark the OLD pane's scroll range started at 143 lines and grew to 1,218 as
chapters were laid out, so 55% of the bar was chapter 1. Now the range must be within 2% of
its final value from the moment the pane is shown.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from core.compare import compare
from core.load.loader import load
from core.model import Document
from tests.conftest import BENCH
from ui.main_window import MainWindow
from ui.view.comparison_view import ComparisonView
from ui.view.line_estimate import line_starts, wrapped_lines
from ui.view.pane import DiffPane
from ui.view.presentation import prepare

from ..conftest import WAIT_MS

WITHIN = 0.02  # the range at first sight may be off its final value by this share at most


def _greedy(words: list[float], width: float, space: float) -> int:
    """Word-by-word greedy wrapping, the plain way: the reference for `wrapped_lines`."""
    lines, x = 1, 0.0
    for length in words:
        if x > 0 and x + length > width:
            lines, x = lines + 1, 0.0
        if length > width:
            lines += int(length // width)
            length %= width
        x += length + space
    return lines


@pytest.mark.parametrize(
    ("text", "width", "expected", "reason"),
    [
        ("", 100, 1, "an empty paragraph is one line"),
        ("aa bb cc", 100, 1, "what fits stays on one line"),
        ("aa bb cc", 35, 2, "the word that does not fit goes down"),
        ("aa bb", 25, 1, "the space after the last word hangs: 10+5+10 = 25 fits"),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", 50, 3, "a word wider than the line is broken anywhere"),
        ("aa    bb", 30, 2, "a run of spaces takes room where it stands"),
    ],
)
def test_wrapped_lines(text: str, width: float, expected: int, reason: str) -> None:
    widths = {word: 5.0 * len(word) for word in text.split(" ")}
    assert wrapped_lines(text, width, widths, 5.0) == expected, reason


@given(st.lists(st.text(alphabet="abcdefgh", max_size=12), max_size=60),
       st.floats(min_value=5, max_value=300))
def test_wrapped_lines_is_greedy_wrapping(words: list[str], width: float) -> None:
    text = " ".join(words)
    widths = {word: 3.0 * len(word) + 0.5 * word.count("a") for word in text.split(" ")}
    expected = _greedy([widths[word] for word in text.split(" ")], width, 3.0) if text else 1
    assert wrapped_lines(text, width, widths, 3.0) == expected


def test_line_starts() -> None:
    assert line_starts([3, 1, 2]) == [0, 3, 4, 6]


def _final_range(pane: DiffPane) -> int:
    """The scroll range once every block is laid out for real."""
    layout = pane.document().documentLayout()
    block = pane.document().firstBlock()
    while block.isValid():
        layout.blockBoundingRect(block)
        block = block.next()
    pane.verticalScrollBar().setValue(0)  # makes Qt count its scroll bar again
    return pane.verticalScrollBar().maximum()


def _book(paragraphs: int = 30, words: int = 600) -> Document:
    """Chapters of a book, each one long paragraph, as the Bible texts are."""
    rng = random.Random(16)
    vocabulary = ["and", "the", "multitude", "came", "unto", "him", "saying", "Jerusalem",
                  "disciples", "a", "of", "straightway", "wilderness", "bread"]
    chapters = [" ".join(rng.choice(vocabulary) for _ in range(words))
                for _ in range(paragraphs)]
    return Document("book.txt", "", "\n\n".join(chapters))


@pytest.mark.parametrize(("width", "points"), [(1000, 11), (700, 15)],
                         ids=["the usual width and font", "narrower and zoomed in"])
def test_the_scroll_range_is_right_before_the_text_is_laid_out(
        qtbot: QtBot, width: int, points: int) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.set_font_size(points)
    view.show()
    qtbot.waitExposed(view)
    old = _book()
    view.show_comparison(prepare(compare(old, Document("new.txt", "", old.text + " amen"))))
    bar = view.old_pane.verticalScrollBar()
    first = bar.maximum()
    final = _final_range(view.old_pane)
    assert final > 300, "the chapters wrap to many lines"
    assert abs(first - final) <= WITHIN * final, (first, final)


def test_the_range_stays_right_after_a_resize(qtbot: QtBot) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    old = _book()
    view.show_comparison(prepare(compare(old, Document("new.txt", "", old.text + " amen"))))
    view.resize(640, 600)  # Qt counts every block as one line again at a new width
    qtbot.wait(10)
    first = view.old_pane.verticalScrollBar().maximum()
    final = _final_range(view.old_pane)
    assert abs(first - final) <= WITHIN * final, (first, final)


@pytest.fixture
def mark() -> list[Path]:
    files = [BENCH / "bible" / "Mark.kjv.txt", BENCH / "bible" / "Mark.web.txt"]
    if not all(path.is_file() for path in files):
        pytest.skip("../shared/bench is not present (a user's clone has none)")
    return files


def test_marks_old_pane_is_right_from_the_moment_it_is_shown(
        qtbot: QtBot, window: MainWindow, mark: list[Path]) -> None:
    window.resize(1280, 800)
    seen: list[int] = []
    bar = window.view.old_pane.verticalScrollBar()
    # heard right after the window has shown the comparison, before anything is painted
    window.session.comparison_ready.connect(lambda _prepared: seen.append(bar.maximum()))
    window.open_files([str(path) for path in mark])
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    final = _final_range(window.view.old_pane)
    assert final > 1000, "Mark's OLD pane is a long text"
    assert abs(seen[0] - final) <= WITHIN * final, (seen[0], final)


def test_the_estimate_keeps_what_qt_laid_out(qtbot: QtBot, samples: list[Path]) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_comparison(prepare(compare(load(samples[0]), load(samples[1]))))
    document = view.old_pane.document()
    block = document.firstBlock()
    while block.isValid():
        if block.layout().lineCount():
            assert block.lineCount() == block.layout().lineCount(), "Qt's own count stands"
        block = block.next()
