"""Atomic swaps: cutting substituted runs into the swaps that made them.

A spinner swaps words and phrases one at a time, but when two swaps stand side by side the
diff sees one run: "visit came just" → "go to got here simply". This module cuts such runs
into the swaps an editor would name (visit → go to, came → got here, just → simply) by
dynamic programming over word groups, scoring each candidate swap with the document's own
evidence (the same swap seen elsewhere on its own), the thesaurus and word-form rules.

It also reads a word or two inserted or deleted beside an unchanged word as a rewording of
that word ("Chinese" → "Chinese language", "use" → "make use of"): an anchored expansion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from core.model import ChangeKind
from core.refine import Piece
from core.tokens import TokenKind, is_word, kind_of
from core.word_forms import fold

# Runs with more words than this on a side are rewrites, not swaps: left as they are.
MAX_RUN_WORDS = 12
# The largest number of words on one side of an atomic swap.
MAX_GROUP_WORDS = 3

# What each word beyond one-for-one costs a candidate swap: splitting wins without evidence.
GROUP_WORD_PENALTY = 0.4

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION

class SwapScore(Protocol):
    """Scores a candidate swap (old phrase, new phrase), both folded; higher is likelier.

    A score is ``base`` (cheap: evidence, case) plus ``kinship`` (dearer: what the words
    themselves say), which never exceeds ``KINSHIP_MAX``.
    """

    KINSHIP_MAX: float

    def __call__(self, old: str, new: str) -> float: ...

    def base(self, old: str, new: str) -> float: ...

    def kinship(self, old: str, new: str) -> float: ...

    def excluding(self, swap: tuple[str, str]) -> SwapScore:
        """The same scorer, not counting one sighting of ``swap`` as evidence."""
        ...


@dataclass(frozen=True)
class Tokens:
    """The two token sequences the pieces index into."""

    old: Sequence[str]
    new: Sequence[str]


def atomic_pieces(tokens: Tokens, runs: list[list[Piece]], score: SwapScore) -> list[Piece]:
    """Return the pieces of ``runs`` (see `group_runs`) with substituted runs cut into
    atomic swaps.

    ``score`` also rates lone insertions and deletions, as ("", phrase) and (phrase, "").
    """
    result: list[Piece] = []
    solved: dict[tuple[object, ...], list[Group]] = {}  # long texts repeat their runs
    for run in runs:
        if len(run) == 1 and run[0].kind is not SUB:
            result.append(run[0])
        else:
            result.extend(_segment_run(tokens, run, score, solved))
    return _merged_touching(result)


def evidence(tokens: Tokens, runs: list[list[Piece]]) -> Counter[tuple[str, str]]:
    """Swaps, insertions and deletions of a few words seen on their own, with unchanged text
    on both sides: the document's own evidence of what its editor (or spinner) does."""
    seen: Counter[tuple[str, str]] = Counter()
    for run in runs:
        if len(run) == 1:
            piece = run[0]
            old = _words(tokens.old, piece.a0, piece.a1)
            new = _words(tokens.new, piece.b0, piece.b1)
            if len(old) <= MAX_GROUP_WORDS and len(new) <= MAX_GROUP_WORDS and (old or new):
                seen[(_phrase(tokens.old, old), _phrase(tokens.new, new))] += 1
    return seen


def _merged_touching(pieces: list[Piece]) -> list[Piece]:
    """Touching additions are one addition, touching omissions one omission. Substitutions
    keep their own categories ("While" → "while", "\n\n" → "\n"), an addition next to a
    substitution stays apart ("language " + "companies → firms"), and so does a dropped
    passage next to an added one."""
    merged: list[Piece] = []
    for piece in pieces:
        if (merged and merged[-1].a1 == piece.a0 and merged[-1].b1 == piece.b0
                and merged[-1].kind is piece.kind is not SUB):
            last = merged.pop()
            piece = Piece(piece.kind, last.a0, piece.a1, last.b0, piece.b1)
        merged.append(piece)
    return merged


def group_runs(tokens: Tokens, pieces: list[Piece]) -> list[list[Piece]]:
    """Group changes separated only by identical white space (or nothing) when a
    substitution is among them: "And he" → "He" is a substitution and a dropped word that
    may regroup. Other changes stand alone."""
    runs: list[list[Piece]] = []
    previous_words = 0
    for piece in pieces:
        previous = runs[-1][-1] if runs else None
        words = _words_in(tokens, piece)
        if (previous is not None and SUB in (previous.kind, piece.kind)
                and words <= MAX_GROUP_WORDS and previous_words <= MAX_RUN_WORDS
                and _only_same_space(tokens, previous, piece)):
            runs[-1].append(piece)
        else:
            runs.append([piece])
        previous_words = words
    return runs


def _words_in(tokens: Tokens, piece: Piece) -> int:
    return max(len(_words(tokens.old, piece.a0, piece.a1)),
               len(_words(tokens.new, piece.b0, piece.b1)))


def _only_same_space(tokens: Tokens, left: Piece, right: Piece) -> bool:
    old_gap = tokens.old[left.a1:right.a0]
    new_gap = tokens.new[left.b1:right.b0]
    return list(old_gap) == list(new_gap) and all(
        kind_of(token) is TokenKind.SPACE for token in old_gap
    )


def _words(side: Sequence[str], start: int, end: int) -> list[int]:
    return [index for index in range(start, end) if is_word(side[index])]


def _phrase(side: Sequence[str], word_indexes: list[int]) -> str:
    return fold(" ".join(side[index] for index in word_indexes))


def _segment_run(tokens: Tokens, run: list[Piece], score: SwapScore,
                 solved: dict[tuple[object, ...], list[Group]]) -> list[Piece]:
    a0, a1, b0, b1 = run[0].a0, run[-1].a1, run[0].b0, run[-1].b1
    old_words = _words(tokens.old, a0, a1)
    new_words = _words(tokens.new, b0, b1)
    if (not old_words or not new_words or max(len(old_words), len(new_words)) > MAX_RUN_WORDS
            or _one_for_one(tokens, run)):
        return run
    key = (len(run) == 1, *(tokens.old[i] for i in old_words), None,
           *(tokens.new[j] for j in new_words))
    groups = solved.get(key)
    if groups is None:
        if len(run) == 1:  # the run was counted as evidence: not for itself
            score = score.excluding((_phrase(tokens.old, old_words),
                                     _phrase(tokens.new, new_words)))
        groups = solved[key] = _best_groups(tokens, old_words, new_words, score)
    return _pieces_from_groups(tokens, groups, old_words, new_words, (a0, a1, b0, b1))


def _one_for_one(tokens: Tokens, run: list[Piece]) -> bool:
    """True when every piece of the run swaps one word for one word: nothing to re-cut."""
    return all(
        piece.kind is SUB
        and len(_words(tokens.old, piece.a0, piece.a1)) == 1
        and len(_words(tokens.new, piece.b0, piece.b1)) == 1
        for piece in run
    )


Group = tuple[int, int, int, int]  # word index ranges: old_words[i0:i1] → new_words[j0:j1]


def _best_groups(tokens: Tokens, old_words: list[int], new_words: list[int],
                 score: SwapScore) -> list[Group]:
    """The segmentation of both word lists into aligned groups with the best total score."""
    n, m = len(old_words), len(new_words)
    old_phrases = _window_phrases(tokens.old, old_words)
    new_phrases = _window_phrases(tokens.new, new_words)
    best: dict[tuple[int, int], tuple[float, Group]] = {(0, 0): (0.0, (0, 0, 0, 0))}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) != (0, 0):
                best[(i, j)] = _best_step(i, j, best, old_phrases, new_phrases, score)
    groups = []
    cell = (n, m)
    while cell != (0, 0):
        group = best[cell][1]
        groups.append(group)
        cell = (group[0], group[2])
    return groups[::-1]


def _best_step(i: int, j: int, best: dict[tuple[int, int], tuple[float, Group]],
               old_phrases: dict[tuple[int, int], str], new_phrases: dict[tuple[int, int], str],
               score: SwapScore) -> tuple[float, Group]:
    """The best last group for cell (i, j). Branch and bound: candidates are ranked by what
    they could reach with the most kinship, and kinship is only looked up while a candidate
    can still beat the best found."""
    bounds = []
    for p in range(min(MAX_GROUP_WORDS, i) + 1):
        for q in range(min(MAX_GROUP_WORDS, j) + 1):
            if (p, q) == (0, 0) or (p > 1 and q > 1):
                continue  # phrase for phrase: one-word swaps side by side instead
            old, new = old_phrases[(i - p, p)], new_phrases[(j - q, q)]
            cheap = best[(i - p, j - q)][0] + score.base(old, new) - _penalty(p, q)
            upper = cheap + (score.KINSHIP_MAX if p and q and old != new else 0.0)
            bounds.append((upper, cheap, old, new, (i - p, i, j - q, j)))
    bounds.sort(key=lambda b: -b[0])
    top: tuple[float, Group] | None = None
    for upper, cheap, old, new, group in bounds:
        if top is not None and upper <= top[0]:
            break
        total = cheap + (score.kinship(old, new) if upper > cheap else 0.0)
        if top is None or total > top[0]:
            top = (total, group)
    assert top is not None
    return top


def _penalty(old_size: int, new_size: int) -> float:
    if not old_size or not new_size:
        # a word dropped or added inside a run: unlikely, unless seen on its own elsewhere
        return 2.3 + 0.5 * (old_size + new_size)
    return GROUP_WORD_PENALTY * (old_size + new_size - 2)


def _window_phrases(side: Sequence[str], words: list[int]) -> dict[tuple[int, int], str]:
    """The folded phrase of every window of up to MAX_GROUP_WORDS words: (start, size)."""
    phrases = {}
    for start in range(len(words) + 1):
        for size in range(min(MAX_GROUP_WORDS, len(words) - start) + 1):
            phrases[(start, size)] = _phrase(side, words[start:start + size])
    return phrases


def _pieces_from_groups(tokens: Tokens, groups: list[Group], old_words: list[int],
                        new_words: list[int], bounds: tuple[int, int, int, int]
                        ) -> list[Piece]:
    """Pieces for each group and for any differing text between groups."""
    a0, a1, b0, b1 = bounds
    pieces: list[Piece] = []
    old_at, new_at = a0, b0  # token positions reached so far
    for i0, i1, j0, j1 in groups:
        start_old = old_words[i0] if i0 < i1 else _gap_end(old_words, i0, a1)
        start_new = new_words[j0] if j0 < j1 else _gap_end(new_words, j0, b1)
        pieces.extend(_piece_if_different(tokens, old_at, start_old, new_at, start_new))
        end_old = old_words[i1 - 1] + 1 if i0 < i1 else start_old
        end_new = new_words[j1 - 1] + 1 if j0 < j1 else start_new
        pieces.extend(_piece_if_different(tokens, start_old, end_old, start_new, end_new))
        old_at, new_at = end_old, end_new
    pieces.extend(_piece_if_different(tokens, old_at, a1, new_at, b1))
    return pieces


def _gap_end(words: list[int], index: int, end: int) -> int:
    """Where an empty group at word ``index`` sits: at the next word, or the run's end."""
    return words[index] if index < len(words) else end


def _piece_if_different(tokens: Tokens, a0: int, a1: int, b0: int, b1: int) -> list[Piece]:
    if list(tokens.old[a0:a1]) == list(tokens.new[b0:b1]):
        return []
    if a0 == a1:
        return [Piece(ADD, a0, a1, b0, b1)]
    if b0 == b1:
        return [Piece(OMIT, a0, a1, b0, b1)]
    return [Piece(SUB, a0, a1, b0, b1)]
