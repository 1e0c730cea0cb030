"""Sentences as token ranges: the units that alignment pairs and moves are made of.

A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets after it) when
white space follows, and at every line break. A point after a title ("Mr.", "Dr."), an
initial ("V.") or inside an abbreviation ("U.S.") ends nothing. Each sentence range takes
the white space after it, so the ranges cover the whole token sequence, in order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress, count

from core.model import Range
from core.text.tokens import TokenKind, is_word, kind_of

_ENDS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"”", "’", '"', "'", ")", "]", "»"})
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "vol", "fig", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "rev", "hon", "messrs", "pres", "supt", "dept", "univ", "approx", "etc",
})



def split_sentences(tokens: Sequence[str]) -> list[Range]:
    """Return ``[start, end)`` token ranges of the sentences of ``tokens``, covering all."""
    ranges: list[Range] = []
    start = 0
    n = len(tokens)
    for i in _may_end(tokens):
        if i < start:
            continue  # inside the white space the last sentence took
        end = _sentence_end(tokens, i)
        if end is None:
            continue
        while end < n and kind_of(tokens[end]) is TokenKind.SPACE:
            end += 1
        ranges.append(Range(start, end))
        start = end
    if start < n:
        ranges.append(Range(start, n))
    return ranges


def _may_end(tokens: Sequence[str]) -> Iterator[int]:
    """The indexes of the tokens a sentence may end at: an end mark, or white space with a
    line break. Each distinct token is judged once and the list is scanned by the
    interpreter's own loops: a book has millions of tokens and a few thousand sentences."""
    marks = {token for token in set(tokens)
             if token in _ENDS or (token[0].isspace() and "\n" in token)}
    return compress(count(), map(marks.__contains__, tokens))


def _sentence_end(tokens: Sequence[str], i: int) -> int | None:
    """If a sentence ends at token ``i``, the index just after its last non-space token."""
    token = tokens[i]
    if token[0].isspace():
        return i if "\n" in token and i > 0 else None
    if token not in _ENDS:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j] in _CLOSERS:
        j += 1
    if j < len(tokens) and not tokens[j][0].isspace():
        return None  # "U.S" or "3.5" or "end.Next": no space after the point
    if token == "." and _is_abbreviation(tokens, i):
        return None
    return j


def _is_abbreviation(tokens: Sequence[str], i: int) -> bool:
    """True when the point at ``i`` closes a title, an initial or a dotted abbreviation."""
    if i == 0:
        return False
    word = tokens[i - 1]
    # a title ("Mr."), or a single capital: an initial ("Sergey V. Lavrov") or "U.S."
    return word.casefold() in _TITLES or (len(word) == 1 and word.isupper())


def words_of(tokens: Sequence[str], start: int, end: int) -> list[str]:
    """The folded words of ``tokens[start:end]``, for comparing sentences by content."""
    return list(filter(None, map(_folded, tokens[start:end])))


def folded_word(word: str) -> str:
    """A word folded for comparing sentences by content (as `words_of` folds each)."""
    return word.casefold().replace("’", "'")


@lru_cache(maxsize=1 << 16)  # each distinct token folded once: sentences repeat their words
def _folded(token: str) -> str:
    """A word folded for comparing ("" for a token that is no word: `words_of` drops it)."""
    return folded_word(token) if is_word(token) else ""


def overlapping(ranges: list[Range], starts: list[int], lo: int, hi: int) -> list[int]:
    """The indexes of the ``ranges`` (in order, covering, with ``starts`` their starts) that
    overlap ``[lo, hi)``."""
    k = max(0, bisect_right(starts, lo) - 1)
    found = []
    while k < len(ranges) and ranges[k][0] < hi:
        found.append(k)
        k += 1
    return found
