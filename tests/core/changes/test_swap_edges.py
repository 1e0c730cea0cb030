"""`core.changes.swap_edges`: the unchanged words around a run, and the edge groups they
claim. (How the cutter uses them is in `test_swaps.py`: "eight months" → "8 calendar
months".)"""

from __future__ import annotations

import pytest

from core.changes.swap_edges import (
    KNOWN_EXPANSION_SCORE,
    Outside,
    anchored_groups,
    expansions_of,
    outside_words,
)
from core.model import ChangeKind
from core.spans import Block, Piece
from core.text.tokens import TokenPair

_KNOWN = {("months", "calendar months"), ("first", "first gear")}


def _claims(old: str, new: str) -> bool:
    return (old, new) in _KNOWN


def _no_kin(old: str, new: str) -> float:
    return 0.0


def _windows(words: list[str]) -> list[list[str]]:
    """The window phrases of a run's words, [start][size], as the cutter makes them."""
    return [["", *(" ".join(words[start:start + size])
                   for size in range(1, min(4, len(words) - start) + 1))]
            for start in range(len(words) + 1)]


@pytest.mark.parametrize(("old", "new", "bounds", "expected"), [
    pytest.param("waited eight months.", "waited 8 calendar months.", Block(2, 3, 2, 5),
                 Outside("waited", "months"), id="the same word on both sides, either way"),
    pytest.param("eight months", "8 calendar months", Block(0, 1, 0, 3), Outside("", "months"),
                 id="nothing before the text's first word"),
    pytest.param("x eight\nmonths", "x 8\nmonths", Block(2, 3, 2, 3), Outside("x", ""),
                 id="never across a line break"),
    pytest.param("a eight, months", "a 8; months", Block(2, 3, 2, 3), Outside("a", ""),
                 id="punctuation after the run: no word there"),
])
def test_outside_words(old: str, new: str, bounds: Block, expected: Outside) -> None:
    assert outside_words(TokenPair.of(old, new), bounds) == expected


@pytest.mark.parametrize(("outside", "old", "new", "expected"), [
    pytest.param(Outside("", "months"), ["eight"], ["8", "calendar"],
                 {(1, 1, 1, 2): KNOWN_EXPANSION_SCORE},
                 id="the last word added makes a known expression with the word after"),
    pytest.param(Outside("first", ""), ["complained"], ["gear", "sounded", "off"],
                 {(0, 0, 0, 1): KNOWN_EXPANSION_SCORE},
                 id="the first word added, with the word before"),
    pytest.param(Outside("", "months"), ["eight", "long"], ["8", "calendar"], {},
                 id="as many words on both sides: none to give away"),
    pytest.param(Outside("", "weeks"), ["eight"], ["8", "calendar"], {},
                 id="no expression with the word outside: nothing claimed"),
])
def test_anchored_groups(outside: Outside, old: list[str], new: list[str],
                         expected: dict[tuple[int, int, int, int], float]) -> None:
    assert anchored_groups(outside, _windows(old), _windows(new), _claims, _no_kin) == expected


def test_a_word_kin_to_one_across_the_run_is_not_given_away() -> None:
    def kin(old: str, new: str) -> float:
        return 2.0 if (old, new) == ("eight", "calendar") else 0.0

    assert anchored_groups(Outside("", "months"), _windows(["eight"]),
                           _windows(["8", "calendar"]), _claims, kin) == {}


@pytest.mark.parametrize(("old", "new", "piece", "swap", "expected"), [
    pytest.param("with him", "along with him", Piece(ChangeKind.ADDITION, 0, 0, 0, 2),
                 ("", "along"), [("with", "along with")],
                 id="an insertion expands the word after it"),
    pytest.param("the big plan", "the plan", Piece(ChangeKind.OMISSION, 2, 4, 2, 2),
                 ("big", ""), [("the big", "the"), ("big plan", "plan")],
                 id="a deletion, both neighbours"),
    pytest.param("the plan", "the new plan", Piece(ChangeKind.SUBSTITUTION, 0, 1, 0, 1),
                 ("the", "the"), [], id="a substitution expands nothing"),
])
def test_expansions_of(old: str, new: str, piece: Piece, swap: tuple[str, str],
                       expected: list[tuple[str, str]]) -> None:
    assert expansions_of(TokenPair.of(old, new), piece, swap) == expected
