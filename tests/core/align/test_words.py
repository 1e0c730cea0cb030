"""Anchored alignment: opcodes always cover both sequences, equal means equal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.words import align
from core.spans import Opcode, Tag

WORDS = st.sampled_from(["the", " ", "visit", "go", "to", ",", "\n\n", "China", "a", "b"])


def _check(old: list[str], new: list[str]) -> None:
    i = j = 0
    for tag, i1, i2, j1, j2 in align(old, new):
        assert (i1, j1) == (i, j)
        if tag is Tag.EQUAL:
            assert old[i1:i2] == new[j1:j2]
        else:
            assert (i1 < i2) or (j1 < j2)
        i, j = i2, j2
    assert (i, j) == (len(old), len(new))


@settings(max_examples=300)
@given(st.lists(WORDS, max_size=120), st.lists(WORDS, max_size=120))
def test_opcodes_cover_random_pairs(old: list[str], new: list[str]) -> None:
    _check(old, new)


@settings(max_examples=200)
@given(
    st.lists(st.text(min_size=1, max_size=3), min_size=50, max_size=400),
    st.data(),
)
def test_opcodes_cover_long_edited_copies(old: list[str], data: st.DataObject) -> None:
    new = list(old)
    for _ in range(data.draw(st.integers(0, 12))):
        at = data.draw(st.integers(0, len(new)))
        removed = data.draw(st.integers(0, 5))
        inserted = data.draw(st.lists(st.text(min_size=1, max_size=3), max_size=5))
        new[at:at + removed] = inserted
    _check(old, new)


def test_identical_sequences_are_one_equal() -> None:
    tokens = ["a", " ", "b"] * 100
    assert align(tokens, list(tokens)) == [Opcode(Tag.EQUAL, 0, 300, 0, 300)]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(["a", "b", " ", "\n", "c"]), max_size=200),
       st.lists(st.sampled_from(["a", "b", " ", "\n", "d"]), max_size=200))
def test_anchorless_gaps_fall_back_to_lines_and_chunks(old: list[str], new: list[str]) -> None:
    from core.align import words as alignment

    # shrink the thresholds so small inputs take the paths meant for huge repeated text
    original = alignment.LARGE_GAP, alignment.CHUNK, alignment.SMALL_GAP
    alignment.LARGE_GAP, alignment.CHUNK, alignment.SMALL_GAP = 20, 7, 4
    try:
        _check(old, new)
    finally:
        alignment.LARGE_GAP, alignment.CHUNK, alignment.SMALL_GAP = original


def test_repeated_lines_align_line_by_line() -> None:
    from core.align import words as alignment

    line = ["the", " ", "same", " ", "words", "\n"]
    # between the two changed lines: 1,500 repeated lines, no unique word, no common end
    old = line * 500 + ["gone", "\n"] + line * 2000
    new = line * 2000 + ["added", "\n"] + line * 500
    assert 1500 * len(line) > alignment.LARGE_GAP
    opcodes = align(old, new)
    changed = [(op[0], old[op[1]:op[2]], new[op[3]:op[4]]) for op in opcodes if op.tag is not Tag.EQUAL]
    assert [(tag, sorted(a), sorted(b)) for tag, a, b in changed] == [
        (Tag.DELETE, ["\n", "gone"], []), (Tag.INSERT, [], ["\n", "added"])]
