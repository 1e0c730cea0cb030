"""Pane layout: spans mark exactly the changes, the redline rebuilds both versions, positions map.

Last, the inline redline as the PDF shows it (issue 16, items 6, 7, 9): a substitution reads
"old → new", a moved passage carries the report's labels at both ends, a quotation mark
that went stays visible when formatting is hidden, and ignored changes are plain text.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from core.align.sentences import PAIR_SIMILARITY
from core.changes.ignoring import rules_of
from core.compare import compare
from core.load.loader import load
from core.model import (
    Category,
    Change,
    ChangeKind,
    CompareOptions,
    Comparison,
    Counts,
    Document,
    Move,
    MoveEdit,
    Pattern,
    Place,
    Side,
)
from core.report.html_text import move_labels
from tests.ui.conftest import open_and_wait
from ui.main_window import MainWindow
from ui.view.presentation import (
    Occurrence,
    PositionMap,
    inline_pane,
    occurrences,
    prepare,
    side_pane,
    style_of,
)

WORDS = st.sampled_from(["the", "council", "city", "voted", "said", "stated", "bridge",
                         "two", "2", "people", "“quoted”", '"quoted"', "River", "river", ","])
TEXTS = st.lists(WORDS, max_size=25).map(" ".join)


def _doc(text: str, name: str) -> Document:
    return Document(path=name, title="", text=text)


def _compare(old: str, new: str) -> Comparison:
    return compare(_doc(old, "old.txt"), _doc(new, "new.txt"))


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(text[at:start])
        at = end
    return "".join(kept) + text[at:]


def _old_as_shown(comparison: Comparison) -> str:
    """OLD as the redline holds it: a formatting-only change shows NEW's text, as the PDF's
    redline does (an omission's OLD text, white space NEW's)."""
    parts, at = [], 0
    for change in comparison.changes:
        parts.append(comparison.old.text[at:change.old_start])
        formatting = change.category.is_formatting and change.kind is not ChangeKind.OMISSION
        parts.append(change.new_text if formatting else change.old_text)
        at = change.old_end
    return "".join(parts) + comparison.old.text[at:]


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_redline_holds_both_versions(old: str, new: str) -> None:
    # Without its own marks (arrows, labels, ¶), dropping the NEW parts of the redline gives
    # OLD back (formatting as NEW has it), dropping the OLD parts gives NEW.
    comparison = _compare(old, new)
    pane = inline_pane(comparison)
    marks = [(start, end) for start, end in pane.marks]
    old_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.OLD
                 and (s.start, s.end) not in marks]
    # a formatting change's NEW text stands for OLD too (`_old_as_shown`): not a NEW part here
    new_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.NEW
                 and s.style != "formatting" and (s.start, s.end) not in marks]
    assert _without(pane.text, new_parts + marks) == _old_as_shown(comparison)
    assert _without(pane.text, old_parts + marks) == new


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_redline_without_formatting_is_new_where_formatting_changed(old: str, new: str) -> None:
    comparison = _compare(old, new)
    pane = inline_pane(comparison, show_formatting=False)
    old_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.OLD]
    assert _without(pane.text, old_parts + list(pane.marks)) == new
    assert all(s.style != "formatting" for s in pane.spans)


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_side_spans_cover_exactly_the_changed_text(old: str, new: str) -> None:
    comparison = _compare(old, new)
    for side, text in ((Side.OLD, old), (Side.NEW, new)):
        pane = side_pane(comparison, side)
        assert pane.text == text
        for span in pane.spans + pane.insertions:
            change = comparison.changes[span.change]
            expected = change.old_text if side is Side.OLD else change.new_text
            assert text[span.start:span.end] == expected
            assert span.style == style_of(change)


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_position_map_pairs_equal_text(old: str, new: str) -> None:
    # Outside the changes the two texts are equal, so mapped characters are the same.
    comparison = _compare(old, new)
    mapping = PositionMap(comparison.changes)
    changed = {p for c in comparison.changes for p in range(c.old_start, c.old_end)}
    for position in range(len(old)):
        if position not in changed:
            assert new[mapping.to_new(position)] == old[position]
            assert mapping.to_old(mapping.to_new(position)) == position


def test_pattern_occurrences_are_its_swaps(samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[1]))
    assert comparison.patterns, "the spun sample has swap patterns"
    for pattern in comparison.patterns:
        places = occurrences(pattern)
        assert len(places) == pattern.count
        for place in places:
            old_text = comparison.old.text[place.old_start:place.old_end]
            new_text = comparison.new.text[place.new_start:place.new_end]
            assert (old_text.casefold(), new_text.casefold()) == (
                pattern.old.casefold(), pattern.new.casefold())


def _moved() -> Comparison:
    """"A B C" → "B C A"-like: the first sentence moved to the end, with one word edited."""
    old = "Alpha beta gamma. Delta epsilon."
    new = "Delta epsilon. Alpha beta kappa."
    edit = MoveEdit("gamma", "kappa", 11, 16, 26, 31, Category.SYNONYM)
    changes = (
        Change(0, ChangeKind.OMISSION, Category.CONTENT, 0, 18, 0, 0, "Alpha beta gamma. ", "",
               move=0),
        Change(1, ChangeKind.ADDITION, Category.CONTENT, 32, 32, 14, 32, "",
               " Alpha beta kappa.", move=0),
    )
    return Comparison(
        old=_doc(old, "old.txt"), new=_doc(new, "new.txt"), changes=changes,
        moves=(Move(0, 0, 18, 15, 32, 0.9, (edit,)),),
        patterns=(Pattern("gamma", "kappa", 1, Category.SYNONYM, (1,),
                          (Place(11, 16, 26, 31),)),),
        similarity=0.5, old_words=5, new_words=5, counts=Counts.of(changes),
        same_sentence_similarity=PAIR_SIMILARITY,
    )


@pytest.mark.parametrize(
    ("side", "marks", "reason"),
    [
        (Side.OLD, [(0, 18)], "OLD marks the passage where it stood"),
        (Side.NEW, [(15, 32)], "NEW marks it where it went"),
    ],
)
def test_moves_are_marked_at_their_end(side: Side, marks: list[tuple[int, int]],
                                       reason: str) -> None:
    pane = side_pane(_moved(), side)
    assert [(m.start, m.end) for m in pane.moves] == marks, reason
    overlay = pane.overlays[0]
    assert pane.text[overlay.start:overlay.end] == ("gamma" if side is Side.OLD else "kappa")


def test_redline_marks_both_ends_of_a_move() -> None:
    comparison = _moved()
    pane = inline_pane(comparison)
    ends = [pane.text[m.start:m.end] for m in pane.moves]
    assert ends == ["⇄1 moved from here Alpha beta gamma. ⇄1", "⇄1 moved to here Alpha beta kappa. ⇄1"]
    assert {pane.text[o.start:o.end] for o in pane.overlays} == {"gamma", "kappa"}
    places = occurrences(comparison.patterns[0])
    assert places == [Occurrence(11, 16, 26, 31, 1)], "a swap inside a move is found there"


def test_prepare_lays_out_both_sides(samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[1]))
    prepared = prepare(comparison)
    assert prepared.comparison is comparison
    assert (prepared.old.text, prepared.new.text) == (comparison.old.text, comparison.new.text)


def test_empty_comparison_has_no_marks() -> None:
    pane = inline_pane(_compare("", ""))
    assert (pane.text, pane.spans, pane.moves) == ("", [], [])
    assert PositionMap(()).to_new(5) == 5



@pytest.mark.parametrize(
    ("side", "phrase", "note", "reason"),
    [
        (Side.NEW, "stated that", "Same sentence, reworded", "a reworded sentence has its pair"),
        (Side.NEW, "spokesman", "New sentence: nothing like it in OLD", "an added sentence"),
        (Side.OLD, "asked about", "Dropped sentence: nothing like it in NEW", "a dropped one"),
    ],
)
def test_sentence_notes(side: Side, phrase: str, note: str, reason: str) -> None:
    old = ("The council met on Monday to discuss the new bridge over the river.\n\n"
           "The mayor said the bridge would reopen in the spring of next year.\n\n"
           "The mayor was asked about the cost of the work and the time it would take.\n")
    new = ("The council met on Monday to discuss the new bridge over the river.\n\n"
           "The mayor stated that the bridge would reopen next spring.\n\n"
           "A spokesman for the river authority declined to comment on the plans.\n")
    comparison = _compare(old, new)
    pane = side_pane(comparison, side)
    position = pane.text.index(phrase)
    assert pane.sentence_note(position).startswith(note), reason
    assert pane.sentence_note(pane.text.index("council")) == "", "an unchanged sentence"


@pytest.mark.parametrize(
    ("above", "note"),
    [
        pytest.param(False, "Same sentence, reworded", id="at the model's threshold: the same"),
        pytest.param(True, "A different sentence", id="below the model's threshold: another"),
    ],
)
def test_sentence_notes_read_the_threshold_from_the_model(above: bool, note: str) -> None:
    old = "The mayor said the bridge would reopen in the spring of next year.\n"
    new = "The mayor stated that the bridge would reopen next spring.\n"
    comparison = _compare(old, new)
    (pair,) = comparison.sentence_pairs
    threshold = pair.similarity + 0.01 if above else pair.similarity
    pane = side_pane(replace(comparison, same_sentence_similarity=threshold), Side.NEW)
    assert pane.sentence_note(pane.text.index("stated")).startswith(note)


def _inline_text(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> str:
    open_and_wait(qtbot, window, paths)
    window.commands.inline.trigger()
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
