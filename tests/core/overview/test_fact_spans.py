"""`core.overview.fact_spans`: the figures and names of a text, none overlapping another.

The ranges the figures took are kept sorted and only the nearest is looked at; looking at
every one, as written here, is the reference it must agree with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.overview.fact_spans import Facts, _Taken
from core.overview.model import FactKind


def _any_overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in taken)


RANGES = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=40)


@settings(max_examples=400, deadline=None)
@given(RANGES, st.integers(0, 70), st.integers(0, 8))
def test_taken_agrees_with_looking_at_every_range(ranges: list[tuple[int, int]], start: int,
                                                  length: int) -> None:
    taken, reference = _Taken(), []
    for first, size in ranges:  # added as `_find` adds them: only when free
        if not _any_overlaps(reference, first, first + size):
            reference.append((first, first + size))
            taken.add(first, first + size)
        assert taken.overlaps(first, first + size)
    assert taken.overlaps(start, start + length) == _any_overlaps(reference, start,
                                                                   start + length)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("He paid $5 million for 20 percent of it.",
                 [FactKind.MONEY, FactKind.PERCENT], id="a sum and a share, each once"),
    pytest.param("In 1990 she was thirty; in 2000 she was forty.",
                 [FactKind.DATE, FactKind.NUMBER] * 2,
                 id="a year is a date, not also a number; each figure once, in order"),
    pytest.param("He paid $5 million", [FactKind.MONEY],
                 id="the number inside a sum is not found again on its own"),
])
def test_figures_are_found_once_each(text: str, expected: list[FactKind]) -> None:
    facts = Facts(text).overlapping(0, len(text))
    assert [fact.kind for fact in facts if fact.kind is not FactKind.NAME] == expected
