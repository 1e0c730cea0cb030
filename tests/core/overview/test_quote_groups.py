"""`core.overview.quote_groups.find_unmarked`: a quotation's words found where its quote marks
were lost. The search visits only the places where a wanted word comes or goes; a plain
sliding window over every word, written here, is the reference it must agree with."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.overview.quote_groups import find_unmarked

Spans = list[tuple[int, int, str]]


def _spans(words: str) -> Spans:
    found, at = [], 0
    for word in words.split():
        found.append((at, at + len(word), word))
        at += len(word) + 1
    return found


def _reference_window(spans: Spans, wanted: list[str]) -> tuple[int, int]:
    """(words held, end index) of the best window, every window looked at."""
    need, width = Counter(wanted), len(wanted)
    best, best_at = 0, -1
    for end in range(len(spans)):
        held = Counter(word for _, _, word in spans[max(0, end - width + 1):end + 1])
        score = sum(min(held[word], times) for word, times in need.items())
        if score >= best and score:
            best, best_at = score, end
    return best, best_at


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    pytest.param("he said there is no place for them here", "there is no place for them",
                 (8, 34, 1.0), id="the words standing whole, quote marks lost"),
    pytest.param("he said there is no room for them here", "there is no place for them",
                 (8, 33, 5 / 6), id="one word changed (shorter): most of them still held"),
    pytest.param("there is a place and no room for them", "no place for us at all",
                 None, id="a few of the words scattered: a coincidence"),
    pytest.param("", "any words at all", None, id="an empty text"),
])
def test_find_unmarked(text: str, wanted: str, expected: tuple[int, int, float] | None
                       ) -> None:
    assert find_unmarked(_spans(text), wanted.split()) == expected


WORDS = st.lists(st.sampled_from("abcdef"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.lists(st.sampled_from("abcdefz"), min_size=1, max_size=12))
def test_agrees_with_every_window_looked_at(text: list[str], wanted: list[str]) -> None:
    spans = _spans(" ".join(text))
    found = find_unmarked(spans, wanted)
    best, best_at = _reference_window(spans, wanted)
    if found is not None:  # the run it gives ends inside the reference's best window
        assert found[2] == best / len(wanted)
        assert spans[max(0, best_at - len(wanted) + 1)][0] <= found[0] < found[1] <= \
            spans[best_at][1]
