"""The diff-match-patch wrapper: settings pinned, opcodes complete, word mode symbols."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.align import dmp as diffing
from core.spans import Opcode, Tag


def test_settings_are_explicit() -> None:
    matcher = diffing._new_matcher()
    assert matcher.Diff_Timeout == 0.0, "no deadline, so results never depend on speed"
    assert matcher.Diff_EditCost == 4


@pytest.mark.parametrize("accelerated", [False, True])
def test_semantic_cleanup_merges_small_equalities(
    monkeypatch: pytest.MonkeyPatch, accelerated: bool
) -> None:
    if not accelerated:
        monkeypatch.setattr(diffing, "fast_dmp", None)
    elif diffing.fast_dmp is None:
        pytest.skip("fast-diff-match-patch is not installed")
    # "the cat sat" vs "a dog ran": the lone equal spaces are swallowed into one replacement
    old, new = diffing.encode(["the", " ", "cat", " ", "sat"], ["a", " ", "dog", " ", "ran"])
    assert diffing.diff_symbols(old, new) == [Opcode(Tag.REPLACE, 0, 5, 0, 5)]


@pytest.mark.parametrize("accelerated", [False, True])
def test_opcodes_cover_both_sides(monkeypatch: pytest.MonkeyPatch, accelerated: bool) -> None:
    if not accelerated:
        monkeypatch.setattr(diffing, "fast_dmp", None)
    elif diffing.fast_dmp is None:
        pytest.skip("fast-diff-match-patch is not installed")
    old, new = diffing.encode(["a", "b", "c", "d", "e", "f"], ["a", "x", "c", "d", "y", "f", "z"])
    opcodes = diffing.diff_symbols(old, new)
    assert opcodes[0][1] == 0 and opcodes[0][3] == 0
    assert opcodes[-1][2] == len(old) and opcodes[-1][4] == len(new)
    for tag, i1, i2, j1, j2 in opcodes:
        if tag is Tag.EQUAL:
            assert old[i1:i2] == new[j1:j2]


def test_encode_shares_symbols_between_sequences() -> None:
    old, new = diffing.encode(["a", "b", "a"], ["b", "c"])
    assert old[0] == old[2] and old[1] == new[0] and new[1] not in old
    assert len({diffing.symbol(i) for i in range(70000)}) == 70000


TOKENS = st.lists(st.sampled_from(["the", " ", "king", ",", "said", "\n", "unto", "to", "Lord"]),
                  max_size=40)


@pytest.mark.parametrize("accelerated", [False, True])
@given(old=TOKENS, new=TOKENS, cuts=st.lists(st.integers(0, 40), min_size=4, max_size=4))
def test_slices_of_texts_encoded_once_diff_as_encoded_alone(
        accelerated: bool, old: list[str], new: list[str], cuts: list[int]) -> None:
    """What the word alignment relies on: a stretch of both texts, encoded once as a whole,
    diffs as the stretch encoded on its own (only equality and one character class count)."""
    if accelerated and diffing.fast_dmp is None:
        pytest.skip("fast-diff-match-patch is not installed")
    a0, a1 = sorted(min(cut, len(old)) for cut in cuts[:2])
    b0, b1 = sorted(min(cut, len(new)) for cut in cuts[2:])
    encoded = diffing.encode_once(old, new)
    assert encoded is not None
    alone = diffing.encode(old[a0:a1], new[b0:b1])
    saved = diffing.fast_dmp
    try:
        if not accelerated:
            diffing.fast_dmp = None
        assert diffing.diff_symbols(encoded[0][a0:a1], encoded[1][b0:b1], a0, b0) == [
            Opcode(tag, a0 + i1, a0 + i2, b0 + j1, b0 + j2)
            for tag, i1, i2, j1, j2 in diffing.diff_symbols(*alone)]
    finally:
        diffing.fast_dmp = saved


@pytest.mark.parametrize(
    ("distinct", "encoded"),
    [
        pytest.param(diffing.PLANE_SYMBOLS, True, id="every symbol in the plane: encoded once"),
        pytest.param(diffing.PLANE_SYMBOLS + 1, False, id="past the plane: stretch by stretch"),
    ],
)
def test_texts_are_encoded_once_only_within_the_plane(distinct: int, encoded: bool) -> None:
    tokens = [str(number) for number in range(distinct)]
    assert (diffing.encode_once(tokens, tokens[:10]) is not None) is encoded


@given(st.lists(TOKENS, max_size=4))
def test_encode_gives_symbols_in_the_order_first_seen(sequences: list[list[str]]) -> None:
    table: dict[str, str] = {}
    expected = ["".join(table.setdefault(token, diffing.symbol(len(table))) for token in tokens)
                for tokens in sequences]
    assert diffing.encode(*sequences) == expected
