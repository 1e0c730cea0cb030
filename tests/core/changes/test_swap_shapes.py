"""`core.changes.swap_shapes`: the shapes a swap may take, in the order ties are settled."""

from __future__ import annotations

import pytest

from core.changes.swap_shapes import (
    MAX_DROPPED_WORDS,
    MAX_GROUP_TOTAL,
    PUNCTUATION_COST,
    SHAPES,
    cut_costs,
    penalty,
)


@pytest.mark.parametrize(("smaller", "larger", "reason"), [
    pytest.param((1, 1), (1, 2), "without evidence, one for one beats one for two"),
    pytest.param((2, 2), (1, 3), "of two shapes of four words, the even one costs less"),
    pytest.param((1, 1), (0, 1), "a word dropped inside a run costs more than a swap"),
])
def test_penalty_orders_shapes(smaller: tuple[int, int], larger: tuple[int, int],
                               reason: str) -> None:
    assert penalty(*smaller) < penalty(*larger), reason


def test_shapes_are_bounded_and_smaller_first() -> None:
    sizes = [(p, q) for _, p, q, _ in SHAPES]
    assert all(0 < p + q <= MAX_GROUP_TOTAL for p, q in sizes)
    assert all(p and q or p + q <= MAX_DROPPED_WORDS for p, q in sizes), "drops stay short"
    assert [p + q for p, q in sizes] == sorted(p + q for p, q in sizes)
    assert (1, 4) in sizes and (4, 1) in sizes, "after → in the wake of"


def _nothing_known(phrase: str) -> bool:
    return False


@pytest.mark.parametrize(("marked", "end", "size", "cost", "reason"), [
    pytest.param((2,), 3, 2, PUNCTUATION_COST, "words 1-2 hold the mark between 1 and 2"),
    pytest.param((2,), 2, 2, 0.0, "words 0-1 end at the mark: nothing held"),
    pytest.param((2,), 3, 1, 0.0, "one word holds no punctuation"),
    pytest.param((1, 2), 3, 3, PUNCTUATION_COST, "two marks inside cost the same as one"),
    pytest.param((), 3, 3, 0.0, "no punctuation, no cost"),
])
def test_a_group_holding_punctuation_pays_for_it(marked: tuple[int, ...], end: int, size: int,
                                                  cost: float, reason: str) -> None:
    costs = cut_costs(["old", "bottles", "burst"], _nothing_known, marked)
    assert costs[end][size] == cost, reason
