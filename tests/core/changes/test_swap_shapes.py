"""`core.changes.swap_shapes`: the shapes a swap may take, in the order ties are settled."""

from __future__ import annotations

import pytest

from core.changes.swap_shapes import MAX_DROPPED_WORDS, MAX_GROUP_TOTAL, SHAPES, penalty


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
