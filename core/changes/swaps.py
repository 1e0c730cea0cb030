"""Atomic swaps: cutting substituted runs into the swaps that made them.

A spinner swaps words and phrases one at a time, but when two swaps stand side by side the
diff sees one run: "visit came just" → "go to got here simply". This module cuts such runs
into the swaps an editor would name (visit → go to, came → got here, just → simply) by
dynamic programming over word groups — a word or a phrase of up to four words for a word or
a phrase ("after" → "in the wake of", "more than" → "in excess of") — scoring each candidate
swap with the document's own evidence (the same swap seen elsewhere on its own), the words'
own kinship (the thesaurus and word-form rules, see `core.changes.kinship`) and the shape of
its pieces: where a phrase may be cut (`core.lexicon.phrases`: never between "regardless"
and "of", nor after "essential buying and"); the shapes and their costs are
`core.changes.swap_shapes`. Between two cuts that score the same, the one with the groups
more even in size wins, then the one found first. A word or two added beside an unchanged
word is a matter for `core.changes.expansions`, which runs after this; a run leaves such
words at its edge to it when they make a known expression with the unchanged word
(`core.changes.swap_edges`: "eight months" → "8 calendar months").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from typing import Protocol

from core.changes.crossings import crossing
from core.changes.run_pieces import pieces_from_groups, words_apart
from core.changes.swap_edges import anchored_groups, expansions_of, outside_words
from core.changes.swap_shapes import MAX_GROUP_WORDS, SHAPES, Group, cut_costs
from core.interpreter_lock import now_and_then
from core.lexicon.function_words import function_tag, only_function_words
from core.lexicon.phrases import LEANING
from core.lexicon.word_forms import NUMBER_WORDS, fold
from core.model import ChangeKind
from core.spans import Block, Piece
from core.text.tokens import TokenKind, TokenPair, is_character_word, kind_of

# Runs with more words than this on a side are rewrites, not swaps: left as they are.
MAX_RUN_WORDS = 12
SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION

# What a candidate swap (old phrase, new phrase) scores from the document's evidence: a base
# for any pair, a bonus when the pair was seen on its own elsewhere (more for each sighting,
# up to three), much more when the two are the same words but for case.
BASE_SCORE = 0.3
SEEN_SCORES = tuple(BASE_SCORE + (3.0 + 0.5 * times) for times in range(4))  # by sightings
# Function words dropped or added on their own elsewhere say less: they come and go
# everywhere ("on" added once does not make "keep" → "hold on" into "keep" → "hold").
SEEN_FUNCTION_WORDS_SCORES = tuple(BASE_SCORE + (1.0 + 0.25 * times) for times in range(4))
SAME_WORDS_SCORE = BASE_SCORE + 6.0

Evidence = dict[tuple[str, str], int]  # how often each swap was seen on its own


class Kinship(Protocol):
    """What two folded phrases themselves say about being a swap, from 0 to ``MOST``:
    dictionary synonyms, forms of one word, near spellings."""

    MOST: float

    def __call__(self, old: str, new: str) -> float: ...

    def known_phrase(self, phrase: str) -> bool:
        """True when a folded phrase of two words or more is a known expression."""
        ...


def atomic_pieces(pair: TokenPair, runs: list[list[Piece]], seen: Evidence,
                  kinship: Kinship, swapped: Callable[[str, str], bool] | None = None
                  ) -> list[Piece]:
    """Return the pieces of ``runs`` (see `group_runs`) with substituted runs cut into
    atomic swaps, scored by what was ``seen`` (see `evidence`) and by ``kinship``. A run
    that is one swap moved across a word, as ``swapped`` tells (`core.changes.crossings`:
    "are now" → "at the moment are"), stays whole."""
    result: list[Piece] = []
    solved: dict[tuple[object, ...], list[Group]] = {}  # long texts repeat their runs
    for run in runs:
        first = run[0]
        if len(run) == 1 and (first.kind is not SUB or (
                first.a1 - first.a0 == 1 and first.b1 - first.b0 == 1)):
            result.append(first)  # nothing to cut: an insertion, or one token for one
        else:
            result.extend(_segment_run(pair, run, seen, kinship, solved, swapped))
    return _merged_touching(result)


def evidence(pair: TokenPair, runs: list[list[Piece]]) -> Evidence:
    """Swaps, insertions and deletions of a few words seen on their own, with unchanged text
    on both sides: the document's own evidence of what its editor (or spinner) does. An
    insertion or deletion beside an unchanged word counts as that word's expansion too
    ("along" added before "with": "with" → "along with"), see `swap_edges`."""
    seen: Evidence = {}
    old_words, new_words = pair.old.words.words, pair.new.words.words
    for run in runs:
        if len(run) == 1:
            piece = run[0]
            old = old_words(piece.a0, piece.a1)
            if len(old) > MAX_GROUP_WORDS:
                continue
            new = new_words(piece.b0, piece.b1)
            if len(new) <= MAX_GROUP_WORDS and (old or new):
                swap = (_phrase(pair.old.tokens, old), _phrase(pair.new.tokens, new))
                for seen_swap in (swap, *expansions_of(pair, piece, swap)):
                    seen[seen_swap] = seen.get(seen_swap, 0) + 1
    return seen


def _merged_touching(pieces: list[Piece]) -> list[Piece]:
    """Touching additions are one addition, touching omissions one omission. Substitutions
    keep their own categories ("While" → "while", "\n\n" → "\n"), an addition next to a
    substitution stays apart ("language " + "companies → firms"), and so does a dropped
    passage next to an added one."""
    merged: list[Piece] = []
    for piece in pieces:
        if (piece.kind is not SUB and merged and merged[-1].kind is piece.kind
                and merged[-1].a1 == piece.a0 and merged[-1].b1 == piece.b0):
            last = merged.pop()
            piece = Piece(piece.kind, last.a0, piece.a1, last.b0, piece.b1)
        merged.append(piece)
    return merged


def group_runs(pair: TokenPair, pieces: list[Piece],
               passage: Callable[[Piece], bool] | None = None) -> list[list[Piece]]:
    """Group changes separated only by identical white space (or nothing) when a
    substitution is among them: "And he" → "He" is a substitution and a dropped word that
    may regroup. A substitution of more than MAX_GROUP_WORDS words joins a run too ("instead"
    → "as" beside "called" → "an alternative referred to as"), while the run stays within
    MAX_RUN_WORDS a side; a longer insertion or deletion stands alone, as do other changes
    and the pieces ``passage`` tells (a whole sentence added beside a swap)."""
    runs: list[list[Piece]] = []
    count_old, count_new = pair.old.words.count_in, pair.new.words.count_in
    previous: Piece | None = None
    previous_alone = False
    run_words = (0, 0)  # the current run's words, OLD and NEW
    for step, piece in enumerate(pieces):
        now_and_then(step)
        words = (count_old(piece.a0, piece.a1), count_new(piece.b0, piece.b1))
        joined = (run_words[0] + words[0], run_words[1] + words[1])
        alone = passage is not None and piece.kind is not SUB and passage(piece)
        if (previous is not None and not (alone or previous_alone)
                and (previous.kind is SUB or piece.kind is SUB)
                and (max(words) <= MAX_GROUP_WORDS or (
                    piece.kind is SUB and max(joined) <= MAX_RUN_WORDS))
                and max(run_words) <= MAX_RUN_WORDS and _only_same_space(pair, previous, piece)):
            runs[-1].append(piece)
            run_words = joined
        else:
            runs.append([piece])
            run_words = words
        previous, previous_alone = piece, alone
    return runs


def _only_same_space(pair: TokenPair, left: Piece, right: Piece) -> bool:
    # a run of white space is one token, white space throughout (see `core.text.tokens`): a gap
    # of white space alone is at most one token long
    if right.a0 - left.a1 > 1:
        return False
    old_gap = pair.old.tokens[left.a1:right.a0]
    return old_gap == pair.new.tokens[left.b1:right.b0] and all(
        token.isspace() for token in old_gap)


def _phrase(side: Sequence[str], word_indexes: list[int]) -> str:
    """The words folded one by one and joined by single spaces (as `_window_phrases`)."""
    if len(word_indexes) == 1:
        return fold(side[word_indexes[0]])
    return " ".join([fold(side[index]) for index in word_indexes])


def _segment_run(pair: TokenPair, run: list[Piece], seen: Evidence, kinship: Kinship,
                 solved: dict[tuple[object, ...], list[Group]],
                 swapped: Callable[[str, str], bool] | None) -> list[Piece]:
    a0, a1, b0, b1 = run[0].a0, run[-1].a1, run[0].b0, run[-1].b1
    old_words = pair.old.words.words(a0, a1)
    new_words = pair.new.words.words(b0, b1)
    n, m = len(old_words), len(new_words)
    if not n or not m:
        return [apart for piece in run for apart in words_apart(pair, piece)]
    if max(n, m) > MAX_RUN_WORDS or any(
            is_character_word(pair.old.tokens[i]) for i in old_words):
        return run  # (Chinese and Japanese characters have no word groups to cut by)
    if n == m == len(run) and _plain_one_for_one(pair, run, kinship):
        return run
    if swapped is not None and n > 1 and m > 1:
        found = crossing(_phrase(pair.old.tokens, old_words), _phrase(pair.new.tokens, new_words))
        if found is not None and swapped(found[1], found[2]):
            return pieces_from_groups(pair, [(0, n, 0, m)], old_words, new_words,
                                      Block(a0, a1, b0, b1))
    excluded = None
    if len(run) == 1:  # the run was counted as evidence: not for itself
        excluded = (_phrase(pair.old.tokens, old_words), _phrase(pair.new.tokens, new_words))
    scores = _Scores(seen, excluded, kinship)
    olds = _window_phrases(pair.old.tokens, old_words)
    news = _window_phrases(pair.new.tokens, new_words)
    outside = outside_words(pair, Block(a0, a1, b0, b1))
    anchored = anchored_groups(outside, olds, news, scores.claims, kinship) if (
        outside.before or outside.after) else {}
    # the same run with the same edge groups claimed is cut the same way (the words outside
    # change from one occurrence to the next, and seldom claim anything)
    marked = (_marked(pair.old.tokens, old_words), _marked(pair.new.tokens, new_words))
    key = (len(run) == 1, tuple(anchored), marked, *(pair.old.tokens[i] for i in old_words),
           None, *(pair.new.tokens[j] for j in new_words))
    groups = solved.get(key)
    if groups is None:
        groups = solved[key] = _best_groups(olds, news, scores, anchored, marked)
    return pieces_from_groups(pair, groups, old_words, new_words, Block(a0, a1, b0, b1))


def _plain_one_for_one(pair: TokenPair, run: list[Piece], kinship: Kinship) -> bool:
    """True when every piece of the run swaps one word for one word and no grouping could
    score better: no number or contraction among the words (the only kin a phrase of
    unknown words can have), no word leaning on the one before, no word on both sides, and
    no known expression on either side. (Two unknown words for two say no more together
    than one by one.)"""
    old, new = pair.old.tokens, pair.new.tokens
    words = []
    for piece in run:
        if piece.kind is not SUB or piece.a1 - piece.a0 != 1 or piece.b1 - piece.b0 != 1:
            return False  # (one token each: one word each, as the run has n == m words)
        words.append((fold(old[piece.a0]), fold(new[piece.b0])))
    if any(_may_group(word) for pair_words in words for word in pair_words):
        return False
    if {old for old, _ in words} & {new for _, new in words}:
        return False  # a word on both sides, out of step: "While China has" → "Even though China"
    return not any(kinship.known_phrase(f"{a[k]} {b[k]}")
                   for a, b in pairwise(words) for k in (0, 1))


def _may_group(word: str) -> bool:
    """True for a folded word that may make a group of words kin, or cost a cut: a number,
    a contraction, a word that leans on the one before."""
    return (word in LEANING or word in NUMBER_WORDS or "'" in word
            or any(ch.isdigit() for ch in word))




@dataclass(frozen=True)
class _Scores:
    """What the dynamic programme scores candidates with, for one run."""

    seen: Evidence
    excluded: tuple[str, str] | None  # one sighting not to count: the run itself
    kinship: Kinship

    def claims(self, old: str, new: str) -> bool:
        """True when the expansion ``old`` → ``new`` of a word outside a run is a known
        expression on the longer side, a compound preposition ("along with", "out of"), or
        was seen elsewhere (see `swap_edges`)."""
        longer = new if len(new) > len(old) else old
        return ((old, new) in self.seen or self.kinship.known_phrase(longer)
                or _compound_preposition(longer))

    def base(self, old: str, new: str) -> float:
        """What the document's evidence says of the swap ``old`` → ``new``."""
        if old == new:
            return SAME_WORDS_SCORE
        times = self.seen.get((old, new), 0)
        if times and (old, new) == self.excluded:
            times -= 1
        if not times:
            return BASE_SCORE
        if not (old and new) and only_function_words(old or new):
            return SEEN_FUNCTION_WORDS_SCORES[min(times, 3)]
        return SEEN_SCORES[min(times, 3)]


@dataclass(frozen=True)
class _Windows:
    """A run's folded phrases, [start][size], what dropping or adding each scores, and what
    cutting each side where a group starts or ends costs."""

    olds: list[list[str]]
    news: list[list[str]]
    dropped: list[list[float]]
    added: list[list[float]]
    old_costs: list[list[float]]  # [end][size]: what a group ending there costs by its cuts
    new_costs: list[list[float]]
    anchored: dict[Group, float]  # edge groups that belong to a word outside the run


def _best_groups(olds: list[list[str]], news: list[list[str]], scores: _Scores,
                 anchored: dict[Group, float],
                 marked: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())) -> list[Group]:
    """The segmentation of both sides' words, as their window phrases (`_window_phrases`),
    into aligned groups with the best total score (``anchored``: the edge groups the words
    outside the run claim, see `swap_edges`; ``marked``: each side's word boundaries with
    punctuation, see `_marked`)."""
    n, m = len(olds) - 1, len(news) - 1
    known = scores.kinship.known_phrase
    windows = _Windows(olds, news, [[scores.base(old, "") for old in row] for row in olds],
                       [[scores.base("", new) for new in row] for row in news],
                       cut_costs([row[1] for row in olds[:n]], known, marked[0]),
                       cut_costs([row[1] for row in news[:m]], known, marked[1]), anchored)
    totals = [[0.0] * (m + 1) for _ in range(n + 1)]  # best score of old[:i] → new[:j]
    shapes = [[(0, 0)] * (m + 1) for _ in range(n + 1)]  # the last group's shape there
    for i in range(n + 1):
        for j in range(m + 1):
            if i or j:
                totals[i][j], shapes[i][j] = _best_step(i, j, totals, windows, scores)
    groups = []
    i, j = n, m
    while i or j:
        p, q = shapes[i][j]
        groups.append((i - p, i, j - q, j))
        i, j = i - p, j - q
    return groups[::-1]


def _best_step(i: int, j: int, totals: list[list[float]], windows: _Windows,
               scores: _Scores) -> tuple[float, tuple[int, int]]:
    """The best last group for cell (i, j), as (total, shape); on a tie, the one that could
    reach most, then the first shape. Branch and bound: kinship is looked up only while a
    candidate can still reach the best found. (The hottest loop of pattern mining.)"""
    olds, news, seen, most = windows.olds, windows.news, scores.seen, scores.kinship.MOST
    old_costs, new_costs = windows.old_costs, windows.new_costs
    top_total, top_upper, top_index, top_shape = -math.inf, -math.inf, 0, (0, 0)
    pairs = []  # candidates whose words may be kin: (upper bound, score so far, shape)
    for index, p, q, group_penalty in SHAPES:
        if p > i or q > j:
            continue
        penalty = group_penalty + old_costs[i][p] + new_costs[j][q]
        if not p or not q:
            cheap = _one_sided(i - p, i, j - q, j, totals, windows, penalty - group_penalty,
                               group_penalty)
        else:
            old, new = olds[i - p][p], news[j - q][q]
            if old != new:
                # as scores.base(old, new), inline: most pairs were never seen
                base = scores.base(old, new) if (old, new) in seen else BASE_SCORE
                cheap = totals[i - p][j - q] + base - penalty
                pairs.append((cheap + most, cheap, index, p, q))
                continue
            cheap = totals[i - p][j - q] + SAME_WORDS_SCORE - penalty
        if cheap > top_total:
            top_total, top_upper, top_index, top_shape = cheap, cheap, index, (p, q)
    pairs.sort(key=itemgetter(0), reverse=True)  # stable: ties keep the shapes' order
    for upper, cheap, index, p, q in pairs:
        if upper < top_total:
            break
        total = cheap + scores.kinship(olds[i - p][p], news[j - q][q])
        if total > top_total or total == top_total and (
                upper > top_upper or upper == top_upper and index < top_index):
            top_total, top_upper, top_index, top_shape = total, upper, index, (p, q)
    return top_total, top_shape


def _one_sided(i0: int, i1: int, j0: int, j1: int, totals: list[list[float]],
               windows: _Windows, cut_cost: float, group_penalty: float) -> float:
    """The total with a last group that drops old[i0:i1] or adds new[j0:j1]: a plain drop or
    addition, or one that belongs to the word outside the run (`swap_edges`)."""
    if j0 == j1:
        plain = windows.dropped[i0][i1 - i0] - group_penalty
    else:
        plain = windows.added[j0][j1 - j0] - group_penalty
    anchored = windows.anchored.get((i0, i1, j0, j1), plain) if windows.anchored else plain
    return totals[i0][j0] + max(plain, anchored) - cut_cost


def _marked(side: Sequence[str], words: list[int]) -> tuple[int, ...]:
    """The word boundaries ``k`` (1 to n - 1) with punctuation between ``words[k - 1]`` and
    ``words[k]``: what no swap reaches across."""
    return tuple(k for k in range(1, len(words)) if any(
        kind_of(token) is TokenKind.PUNCTUATION for token in side[words[k - 1] + 1:words[k]]))


def _compound_preposition(phrase: str) -> bool:
    """Two prepositions side by side, which make one ("along with", "up until", "out of")."""
    words = phrase.split(" ")
    return len(words) == 2 and all(function_tag(word) in ("IN", "TO") for word in words)


def _window_phrases(side: Sequence[str], words: list[int]) -> list[list[str]]:
    """The folded phrase of every window of up to MAX_GROUP_WORDS words: [start][size]."""
    folded = [fold(side[index]) for index in words]  # folding is word by word
    return [
        ["", *(" ".join(folded[start:start + size])
               for size in range(1, min(MAX_GROUP_WORDS, len(words) - start) + 1))]
        for start in range(len(words) + 1)
    ]
