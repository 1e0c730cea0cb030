"""`core.overview.unmarked.find_unmarked`: a quotation's words found where its quote marks
were lost. The search scores only the runs near the quotation's rarest words; a plain
sliding window over every word, written here, is the reference it must agree with."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.overview.unmarked import (
    MIN_SHARED,
    SAME_SHARE,
    SHORT,
    SHORT_SHARE,
    WordPlaces,
    find_unmarked,
)

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
    assert find_unmarked(WordPlaces(_spans(text)), wanted.split()) == expected


def _reference_find(spans: Spans, wanted: list[str]) -> tuple[int, int, float] | None:
    """What `find_unmarked` must give, from the reference window."""
    best, best_at = _reference_window(spans, wanted)
    width = len(wanted)
    least = max(MIN_SHARED + 1, (SHORT_SHARE if width <= SHORT else SAME_SHARE) * width)
    if best < least:
        return None
    window = spans[max(0, best_at - width + 1):best_at + 1]
    first = [span for span in window if span[2] in wanted[:3]]
    last = [span for span in window if span[2] in wanted[-3:]]
    if not first or not last or last[-1][1] <= first[0][0]:
        return None
    return first[0][0], last[-1][1], best / width


# Words of very different frequencies, as in a book: "a" is everywhere, "f" is rare; "z"
# is in quotations only.
TEXT = st.lists(st.sampled_from("aaaaaaabbbbccdef"), max_size=120)
QUOTE = st.lists(st.sampled_from("aabcdefz"), min_size=1, max_size=14)


@settings(max_examples=600, deadline=None)
@given(TEXT, QUOTE)
def test_agrees_with_every_window_looked_at(text: list[str], wanted: list[str]) -> None:
    spans = _spans(" ".join(text))
    assert find_unmarked(WordPlaces(spans), wanted) == _reference_find(spans, wanted)


@settings(max_examples=200, deadline=None)
@given(TEXT, QUOTE, st.integers(min_value=0, max_value=120))
def test_agrees_where_the_quotation_stands_whole(text: list[str], wanted: list[str],
                                                 at: int) -> None:
    words = text[:at] + wanted + text[at:]  # the quotation in the text, marks lost
    spans = _spans(" ".join(words))
    assert find_unmarked(WordPlaces(spans), wanted) == _reference_find(spans, wanted)
