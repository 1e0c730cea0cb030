"""Pane layout: spans mark exactly the changes, the redline rebuilds both versions, positions map."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.sentences import PAIR_SIMILARITY
from core.compare import compare
from core.load.loader import load
from core.model import (
    Category,
    Change,
    ChangeKind,
    Comparison,
    Counts,
    Document,
    Move,
    MoveEdit,
    Pattern,
    Place,
    Side,
)
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


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_redline_holds_both_versions(old: str, new: str) -> None:
    # Dropping the NEW parts of the redline gives OLD back, dropping the OLD parts gives NEW.
    pane = inline_pane(_compare(old, new))
    old_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.OLD]
    new_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.NEW]
    assert _without(pane.text, new_parts) == old
    assert _without(pane.text, old_parts) == new


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS)
def test_redline_without_formatting_is_new_where_formatting_changed(old: str, new: str) -> None:
    comparison = _compare(old, new)
    pane = inline_pane(comparison, show_formatting=False)
    old_parts = [(s.start, s.end) for s in pane.spans if s.side is Side.OLD]
    assert _without(pane.text, old_parts) == new
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
    assert ends == ["Alpha beta gamma. ", " Alpha beta kappa."]
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
