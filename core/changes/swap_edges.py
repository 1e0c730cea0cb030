"""The words just outside a run of swaps, and the edge groups that belong to them.

"eight months" → "8 calendar months": the diff sees "eight" → "8 calendar" beside the
unchanged "months", yet "calendar" belongs to "months" — "calendar months" is a known
expression, and the spinner swapped "months" for it. So a word or two that a run adds (or
drops) at its very edge, and that make a known expression with the unchanged word just
outside the run, are cut off as an addition of their own, which `core.changes.expansions`
then joins to that word: "eight → 8" and "months → calendar months", never "eight → 8
calendar". The same holds at a run's start ("first complained" → "first gear sounded off").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.changes.swap_shapes import GROUP_WORD_PENALTY, MAX_DROPPED_WORDS
from core.lexicon.word_forms import fold
from core.spans import Block
from core.text.tokens import TokenKind, TokenPair, is_word, kind_of

# What an edge group joining the word outside into a known expression scores: less than
# any swap, more than a word added or dropped inside a run (0.3 - 2.8 = -2.5, see
# `core.changes.swap_shapes`). So it wins only where it lets the rest of the run cut into
# kin swaps ("eight → 8", not "eight → 8 calendar"), never against the run's own evidence:
# "pushing back against" → "pushing again in opposition to" keeps back → again though
# "push back" is a known expression.
KNOWN_EXPANSION_SCORE = -1.0

Group = tuple[int, int, int, int]  # word index ranges: old_words[i0:i1] → new_words[j0:j1]


@dataclass(frozen=True)
class Outside:
    """The folded unchanged word just before and just after a run ("" when there is none):
    the same word on both sides, across at most one space and no line break."""

    before: str
    after: str


def outside_words(pair: TokenPair, bounds: Block) -> Outside:
    """The unchanged words around the run of tokens ``bounds``."""
    a0, a1, b0, b1 = bounds
    old, new = pair.old.tokens, pair.new.tokens
    before = _same_word(old, new, a0 - 1, b0 - 1, -1)
    after = _same_word(old, new, a1, b1, +1)
    return Outside(before, after)


def _same_word(old: Sequence[str], new: Sequence[str], i: int, j: int, step: int) -> str:
    if 0 <= i < len(old) and 0 <= j < len(new) and kind_of(old[i]) is TokenKind.SPACE:
        if "\n" in old[i] or old[i] != new[j]:
            return ""
        i, j = i + step, j + step
    if 0 <= i < len(old) and 0 <= j < len(new) and old[i] == new[j] and is_word(old[i]):
        return fold(old[i])
    return ""


def anchored_groups(outside: Outside, olds: list[list[str]], news: list[list[str]],
                    known: Callable[[str], bool], kin: Callable[[str, str], float]
                    ) -> dict[Group, float]:
    """The edge groups that drop or add words making a known expression with a word
    outside the run, with what each scores (before what its cuts cost). ``olds`` and
    ``news`` are the run's folded phrases, [start][size] (see `core.changes.swaps`). A word
    kin to a word across the run (``kin``, old then new) belongs to that word's swap, not
    to the word outside: "go up" → "are going up" is go → are going, though "going up" is
    a known expression."""
    n, m = len(olds) - 1, len(news) - 1
    old_words, new_words = [row[1] for row in olds[:n]], [row[1] for row in news[:m]]
    found: dict[Group, float] = {}
    for size in range(1, MAX_DROPPED_WORDS + 1):
        candidates = []  # (group, the expression it would make with the word outside)
        if outside.before and size <= m:
            candidates.append(((0, 0, 0, size), f"{outside.before} {news[0][size]}"))
        if outside.before and size <= n:
            candidates.append(((0, size, 0, 0), f"{outside.before} {olds[0][size]}"))
        if outside.after and size <= m:
            candidates.append(((n, n, m - size, m), f"{news[m - size][size]} {outside.after}"))
        if outside.after and size <= n:
            candidates.append(((n - size, n, m, m), f"{olds[n - size][size]} {outside.after}"))
        for group, expression in candidates:
            if known(expression) and not _kin_across(group, old_words, new_words, kin):
                found[group] = KNOWN_EXPANSION_SCORE - GROUP_WORD_PENALTY * (size - 1)
    return found


def _kin_across(group: Group, old_words: list[str], new_words: list[str],
                kin: Callable[[str, str], float]) -> bool:
    """True when a word of the dropped or added ``group`` is kin to a word across the run."""
    i0, i1, j0, j1 = group
    if i0 == i1:
        return any(kin(old, new) for new in new_words[j0:j1] for old in old_words)
    return any(kin(old, new) for old in old_words[i0:i1] for new in new_words)
