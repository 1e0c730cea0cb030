"""The shapes an atomic swap may take and what each costs before evidence (for
`core.changes.swaps`): how many words a side may hold, what each word beyond one-for-one
costs, and what cutting a side at a word boundary costs (`core.lexicon.phrases`).
"""

from __future__ import annotations

from core.lexicon.phrases import KnownPhrase, cuts

Group = tuple[int, int, int, int]  # word index ranges: old_words[i0:i1] → new_words[j0:j1]

# The largest number of words on one side of an atomic swap, and on both sides together
# ("after" → "in the wake of", "more than" → "in excess of"; two for three at most: a
# longer swap of equal sides counts word by word all the same).
MAX_GROUP_WORDS = 4
MAX_GROUP_TOTAL = 5
# The most words a run may drop or add in one group, between its swaps.
MAX_DROPPED_WORDS = 2

# What each word beyond one-for-one costs a candidate swap: splitting wins without evidence.
GROUP_WORD_PENALTY = 0.4
# What a group's difference in length costs, squared: of two cuts otherwise alike, the one
# with groups more even in size wins ("visit came" → "go to got here" as two for two).
IMBALANCE_PENALTY = 0.02
# What a group pays for holding punctuation between its words ("bottles" → "wineskins; or",
# "the" → "explained everything. On that"): a pattern is words to words, and a spinner
# swaps a phrase inside a clause. More than any kinship, so only evidence could pay it.
PUNCTUATION_COST = 3.0


def cut_costs(words: list[str], known: KnownPhrase, marked: tuple[int, ...] = ()
              ) -> list[list[float]]:
    """What a group of each size ending at each word boundary costs by where it cuts the
    side (`core.lexicon.phrases`), and by the punctuation it would hold (``marked``: the
    word boundaries with punctuation between the words, 1 to n - 1): [end][size], sizes 0
    to MAX_GROUP_WORDS."""
    side = cuts(words, known)
    starts, ends, whole = side.starts, side.ends, side.known
    costs = []
    for end in range(len(words) + 1):
        row = [0.0] * (MAX_GROUP_WORDS + 1)
        if end:
            row[1] = starts[end - 1]
            for size in range(2, min(MAX_GROUP_WORDS, end) + 1):
                start = end - size
                row[size] = starts[start] + (0.0 if (start, end) in whole else ends[end])
                if marked and any(start < mark < end for mark in marked):
                    row[size] += PUNCTUATION_COST
        costs.append(row)
    return costs


def penalty(old_size: int, new_size: int) -> float:
    """What a group of this shape costs before any evidence."""
    if not old_size or not new_size:
        # a word dropped or added inside a run: unlikely, unless seen on its own elsewhere
        return 2.3 + 0.5 * (old_size + new_size)
    return (GROUP_WORD_PENALTY * (old_size + new_size - 2)
            + IMBALANCE_PENALTY * (old_size - new_size) ** 2)


# Every shape a group may take, (rank, old words, new words, penalty), in the order ties
# are settled: the smaller groups first.
SHAPES = tuple(
    (index, p, q, penalty(p, q)) for index, (p, q) in enumerate(sorted(
        ((p, q) for p in range(MAX_GROUP_WORDS + 1) for q in range(MAX_GROUP_WORDS + 1)
         if (p, q) != (0, 0) and p + q <= MAX_GROUP_TOTAL
         and (p and q or p + q <= MAX_DROPPED_WORDS)),
        key=lambda shape: (shape[0] + shape[1], shape)))
)

