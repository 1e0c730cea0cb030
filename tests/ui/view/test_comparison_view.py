"""The comparison view: panes that scroll together, lazy highlights, moves, zoom, tooltips."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.compare import compare
from core.load.loader import load
from core.model import Comparison, Document, Side
from ui.view.comparison_view import ComparisonView
from ui.view.presentation import PositionMap, prepare, side_pane


@pytest.fixture
def view(qtbot: QtBot) -> ComparisonView:
    shown = ComparisonView()
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _long_pair() -> Comparison:
    """Sixty paragraphs; NEW swaps some words and lengthens every fifth paragraph."""
    rng = random.Random(7)
    words = ["council", "bridge", "river", "voted", "repair", "people", "school", "money",
             "county", "mayor", "plan", "crossing", "week", "said", "residents", "grant"]
    old_paragraphs, new_paragraphs = [], []
    for number in range(60):
        sentence = " ".join(rng.choice(words) for _ in range(60)) + "."
        old_paragraphs.append(f"Paragraph {number}: {sentence}")
        changed = sentence.replace("said", "stated")
        if number % 5 == 0:
            changed += " " + " ".join(rng.choice(words) for _ in range(80)) + "."
        new_paragraphs.append(f"Paragraph {number}: {changed}")
    return compare(Document("old.txt", "", "\n\n".join(old_paragraphs)),
                   Document("new.txt", "", "\n\n".join(new_paragraphs)))


def test_panes_scroll_together_so_paragraphs_face_each_other(qtbot: QtBot,
                                                             view: ComparisonView) -> None:
    comparison = _long_pair()
    view.show_comparison(prepare(comparison))
    mapping = PositionMap(comparison.changes)
    for target in (30, 45, 12):
        position = comparison.old.text.index(f"Paragraph {target}:")
        view.old_pane.scroll_to_top(position)
        expected = mapping.to_new(view.old_pane.top_position())
        new_top = view.new_pane.top_position()
        new_block = view.new_pane.document().findBlock(new_top)
        assert new_block.text().startswith(f"Paragraph {target}:"), "the same paragraph faces"
        assert abs(new_top - expected) < 120, "and the same line of it, give or take one"
    view.new_pane.scroll_to_top(comparison.new.text.index("Paragraph 50:"))
    assert view.old_pane.document().findBlock(view.old_pane.top_position()).text().startswith(
        "Paragraph 50:"), "NEW leads as well as OLD"


def test_only_blocks_in_sight_are_highlighted(qtbot: QtBot, view: ComparisonView) -> None:
    comparison = _long_pair()
    view.show_comparison(prepare(comparison))
    document = view.new_pane.document()
    last = document.lastBlock()
    assert last.layout().formats() == [], "a block far below is not formatted yet"
    assert document.firstBlock().layout().formats() or document.findBlockByNumber(
        2).layout().formats(), "blocks in sight are"
    view.new_pane.scroll_to_top(last.position())
    view.new_pane.highlight_visible()
    assert last.layout().formats(), "scrolled into sight, it is formatted"


def test_a_move_links_its_two_ends(qtbot: QtBot, view: ComparisonView,
                                   samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[3]))  # the edit moves a paragraph
    if not comparison.moves:
        pytest.skip("the engine reports no moved passage for the edited sample")
    move = comparison.moves[0]
    view.show_comparison(prepare(comparison))
    mark = view.old_pane.pane.moves[0]
    assert (mark.start, mark.end) == (move.old_start, move.old_end)
    view.new_pane.move_activated.emit(move.id, move.new_start)  # as a double-click does
    assert view.old_pane.current_range == (move.old_start, move.old_end)
    assert view.new_pane.current_range == (move.new_start, move.new_end)
    current = view.navigator.change
    assert current is not None and current.move == move.id and current.old_end > \
        current.old_start, "from NEW's end, the current change is OLD's end"
    assert view.show_other_end_of_move()
    other = view.navigator.change
    assert other is not None and other.move == move.id and other.id != current.id


def test_inline_moves_jump_within_the_pane(qtbot: QtBot, view: ComparisonView,
                                           samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[3]))
    if not comparison.moves:
        pytest.skip("the engine reports no moved passage for the edited sample")
    view.set_inline(True)
    view.show_comparison(prepare(comparison))
    marks = view.inline_pane.pane.moves
    assert len(marks) == 2, "both ends of the move are in the redline"
    view.inline_pane.move_activated.emit(marks[0].move, marks[0].start)
    assert view.inline_pane.current_range == (marks[1].start, marks[1].end)


def test_zoom_changes_every_pane(view: ComparisonView) -> None:
    view.set_font_size(15)
    assert {pane.font().pointSize() for pane in (view.old_pane, view.new_pane,
                                                  view.inline_pane)} == {15}


def test_tooltip_describes_the_change(view: ComparisonView, samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[1]))
    view.show_comparison(prepare(comparison))
    span = next(s for s in side_pane(comparison, Side.NEW).spans if s.style == "substitution")
    change = comparison.changes[span.change]
    text = view._describe(span)
    assert text.startswith("Substitution (")
    assert f"“{change.old_text}” → “{change.new_text}”" in text


def test_clear_shows_the_message(view: ComparisonView, samples: list[Path]) -> None:
    view.show_comparison(prepare(compare(load(samples[0]), load(samples[1]))))
    view.clear("Nothing to compare")
    assert view.comparison is None and view.step_change(1) is None
    assert view._empty.isVisible() and view._empty.text() == "Nothing to compare"


def test_at_the_top_both_panes_show_their_beginnings(qtbot: QtBot,
                                                     view: ComparisonView) -> None:
    long_text = "\n\n".join(f"Paragraph {n}: the council met about the bridge again."
                            for n in range(80))
    comparison = compare(Document("old.txt", "", ""), Document("new.txt", "", long_text))
    view.show_comparison(prepare(comparison))
    view.new_pane.scroll_to_top(long_text.index("Paragraph 60:"))
    view.old_pane.scroll_to_top(0)
    view.scroll_sync.realign()
    assert view.new_pane.top_position() == 0, "an empty OLD at the top faces NEW's top"


def test_a_change_tooltip_tells_a_new_sentence_from_a_reworded_one(
        qtbot: QtBot, view: ComparisonView) -> None:
    from PySide6.QtGui import QTextCursor

    old = ("The council met on Monday to discuss the new bridge over the river.\n\n"
           "The mayor said the bridge would reopen in the spring of next year.\n")
    new = ("The council met on Monday to discuss the new bridge over the river.\n\n"
           "The mayor stated that the bridge would reopen next spring.\n\n"
           "A spokesman for the river authority declined to comment on the plans.\n")
    view.show_comparison(prepare(compare(Document("o", "", old), Document("n", "", new))))
    pane = view.new_pane

    def tooltip_at(phrase: str) -> str:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.pane.text.index(phrase) + 2)
        return pane._tooltip_at(pane.cursorRect(cursor).center())

    assert "Same sentence, reworded" in tooltip_at("stated")
    assert "New sentence: nothing like it in OLD" in tooltip_at("spokesman")
