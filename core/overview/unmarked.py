"""A quotation's words found standing unmarked in a text (a machine translation loses quote
marks): the densest run of them, when it holds most of them.

A book is searched once for each quotation of each other version, so a text is indexed once,
by the places of each of its words (`WordPlaces`), and a search scores only the runs that
hold enough of the quotation's rarest words: a run that holds most of the quotation holds
them, since the commoner words together are too few. Those runs are scored exactly as a
sliding window over every word would score them, so the result is the same, found in time
that grows with the rare words' places rather than with the book.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from core.interpreter_lock import now_and_then

SAME_SHARE = 0.6
MIN_SHARED = 3
# An unmarked run of a quotation this short (in words) must hold this share of its words.
SHORT = 8
SHORT_SHARE = 0.8

Span = tuple[int, int, str]  # a word's character range in the text, and the word folded


class WordPlaces:
    """A text's words in order (`Span`), and the indexes where each distinct word stands."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.words = [word for _, _, word in spans]
        self.at: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            now_and_then(index)
            self.at.setdefault(word, []).append(index)

    def count(self, word: str) -> int:
        return len(self.at.get(word, ()))


def find_unmarked(places: WordPlaces, wanted: list[str]) -> tuple[int, int, float] | None:
    """The character range of the run about as long as ``wanted`` that holds most of its
    words, with the share it holds; None when no run holds most of them."""
    need = Counter(wanted)
    width = len(wanted)
    # a short quotation must stand almost whole: three words of five is a coincidence
    least = max(MIN_SHARED + 1, (SHORT_SHARE if width <= SHORT else SAME_SHARE) * width)
    best, best_at = _best_window(places, need, width, least)
    if best < least:
        return None
    window = places.spans[max(0, best_at - width + 1):best_at + 1]
    # The run starts at one of the quotation's first words and ends at one of its last.
    first = [span for span in window if span[2] in wanted[:3]]
    last = [span for span in window if span[2] in wanted[-3:]]
    if not first or not last or last[-1][1] <= first[0][0]:
        return None
    return first[0][0], last[-1][1], best / width


def _best_window(places: WordPlaces, need: Counter[str], width: int, least: float
                 ) -> tuple[int, int]:
    """How many of the wanted words the best run of ``width`` words holds and where it ends
    (the latest of equal runs), when that is ``least`` or more; else fewer than ``least``."""
    best, best_at = 0, -1
    wanted = dict(need)
    for first_end, last_end in _ends_worth_scoring(places, need, width, least):
        score, at = _best_in(places.words, wanted, width, first_end, last_end)
        if score >= best and score:
            best, best_at = score, at
    return best, best_at


def _ends_worth_scoring(places: WordPlaces, need: Counter[str], width: int, least: float
                        ) -> list[tuple[int, int]]:
    """The ends of every run that may hold ``least`` of the wanted words, as ranges.

    The rarest wanted words, enough that the others together make fewer than ``least``,
    must stand in such a run as often as the others fall short. Of the ways to take them
    (fewer words, or more words that must all stand there), the one leaving fewest runs is
    kept; taking more stops once their places alone outnumber those runs."""
    last = len(places.words) - 1
    others = sum(need.values())
    rarest: list[int] = []
    kept: tuple[list[tuple[int, int]], int] | None = None  # the ranges, and their ends
    for word in sorted(need, key=lambda word: (places.count(word), word)):
        others -= need[word]
        rarest = sorted(rarest + places.at.get(word, []))  # two sorted runs: merged
        held = math.ceil(least - others)
        if held < 1:
            continue
        if kept is not None and (kept[1] == 0 or len(rarest) > kept[1]):
            break
        found = _ends_holding(rarest, held, width, last, kept[1] if kept else None)
        if found is not None:
            kept = found
    return kept[0] if kept is not None else []


def _ends_holding(indexes: list[int], held: int, width: int, last: int, most: int | None
                  ) -> tuple[list[tuple[int, int]], int] | None:
    """The ends of the runs of ``width`` words that hold ``held`` of the sorted ``indexes``,
    as ranges, and how many ends they span: a run ending at ``end`` holds
    ``indexes[i - held + 1:i + 1]`` when it ends at ``indexes[i]`` or later but starts no
    later than ``indexes[i - held + 1]``. Ranges less than a run apart are joined, ends
    between them and all: sliding over the gap costs less than filling a run anew. None once
    they span ``most`` ends or more: another choice of words spans fewer."""
    ranges: list[tuple[int, int]] = []
    count = 0
    for i in range(held - 1, len(indexes)):
        start, end = indexes[i], indexes[i - held + 1] + width - 1
        end = min(end, last)
        if end < start:
            continue
        if ranges and start <= ranges[-1][1] + width:
            first, before = ranges[-1]
            ranges[-1] = (first, end)
            count += end - before
        else:
            ranges.append((start, end))
            count += end - start + 1
        if most is not None and count >= most:
            return None
    return ranges, count


def _best_in(words: list[str], need: dict[str, int], width: int, first_end: int,
             last_end: int) -> tuple[int, int]:
    """The best score of the runs ending from ``first_end`` to ``last_end``, and the latest
    end with it."""
    held: dict[str, int] = {}
    score = 0
    for word in words[max(0, first_end - width + 1):first_end + 1]:
        times = held.get(word, 0)
        if times < need.get(word, 0):
            score += 1
        held[word] = times + 1
    best, best_at = score, first_end
    for end in range(first_end + 1, last_end + 1):
        now_and_then(end)
        word = words[end]
        if word in need:
            times = held.get(word, 0)
            if times < need[word]:
                score += 1
            held[word] = times + 1
        if end >= width:
            gone = words[end - width]
            if gone in need:
                times = held[gone] - 1
                held[gone] = times
                if times < need[gone]:
                    score -= 1
        if score >= best:
            best, best_at = score, end
    return best, best_at
