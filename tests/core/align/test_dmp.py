"""The diff-match-patch wrapper: settings pinned, opcodes complete, word mode symbols."""

from __future__ import annotations

import pytest

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
