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

from core.changes.swap_shapes import GROUP_WORD_PENALTY, MAX_DROPPED_WORDS, Group
from core.lexicon.word_forms import fold
from core.model import ChangeKind
from core.spans import Block, Piece
from core.text.tokens import TokenKind, TokenPair, is_word, kind_of

# What an edge group joining the word outside into a known expression scores: less than
# any swap, more than a word added or dropped inside a run (0.3 - 2.8 = -2.5, see
# `core.changes.swap_shapes`). So it wins only where it lets the rest of the run cut into
# kin swaps ("eight → 8", not "eight → 8 calendar"), never against the run's own evidence:
# "pushing back against" → "pushing again in opposition to" keeps back → again though
# "push back" is a known expression.
KNOWN_EXPANSION_SCORE = -1.0

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


def expansions_of(pair: TokenPair, piece: Piece, swap: tuple[str, str]
                  ) -> list[tuple[str, str]]:
    """An insertion or deletion of a word or two, ``swap`` (folded), read as the expansion
    of the unchanged word before it and of the one after it: "along" added before "with"
    is also "with" → "along with"."""
    words = swap[0] or swap[1]  # the words inserted or deleted: one side is empty
    if piece.kind is ChangeKind.SUBSTITUTION or len(words.split()) > MAX_DROPPED_WORDS:
        return []
    outside = outside_words(pair, Block(piece.a0, piece.a1, piece.b0, piece.b1))
    found = []
    for word, expanded in ((outside.before, f"{outside.before} {words}"),
                           (outside.after, f"{words} {outside.after}")):
        if word:
            found.append((word, expanded) if swap[1] else (expanded, word))
    return found


def anchored_groups(outside: Outside, olds: list[list[str]], news: list[list[str]],
                    claims: Callable[[str, str], bool], kin: Callable[[str, str], float]
                    ) -> dict[Group, float]:
    """The edge groups that drop or add words the word outside the run ``claims`` (a
    known expression, or that expansion seen elsewhere: see `_Scores.claims` in
    `core.changes.swaps`), with what each scores before what its cuts cost. ``olds`` and
    ``news`` are the run's folded phrases, [start][size]. A word kin to a word across the
    run (``kin``, old then new) belongs to that word's swap, not to the word outside: "go
    up" → "are going up" is go → are going, though "going up" is a known expression."""
    n, m = len(olds) - 1, len(news) - 1
    old_words, new_words = [row[1] for row in olds[:n]], [row[1] for row in news[:m]]
    found: dict[Group, float] = {}
    before, after = outside.before, outside.after
    # a side gives words away only where it has more than the other: with as many words on
    # both sides, a word claimed at the edge would leave another without a partner
    for size in range(1, MAX_DROPPED_WORDS + 1):
        candidates = []  # (group, the swap of the outside word it would make)
        if before and m - n >= size:
            candidates.append(((0, 0, 0, size), (before, f"{before} {news[0][size]}")))
        if before and n - m >= size:
            candidates.append(((0, size, 0, 0), (f"{before} {olds[0][size]}", before)))
        if after and m - n >= size:
            candidates.append(((n, n, m - size, m), (after, f"{news[m - size][size]} {after}")))
        if after and n - m >= size:
            candidates.append(((n - size, n, m, m), (f"{olds[n - size][size]} {after}", after)))
        for group, swap in candidates:
            if claims(*swap) and not _kin_across(group, old_words, new_words, kin):
                found[group] = KNOWN_EXPANSION_SCORE - GROUP_WORD_PENALTY * (size - 1)
    return found


def _kin_across(group: Group, old_words: list[str], new_words: list[str],
                kin: Callable[[str, str], float]) -> bool:
    """True when a word of the dropped or added ``group`` is kin to a word across the run."""
    i0, i1, j0, j1 = group
    if i0 == i1:
        return any(kin(old, new) for new in new_words[j0:j1] for old in old_words)
    return any(kin(old, new) for old in old_words[i0:i1] for new in new_words)
