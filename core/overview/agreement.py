"""Which of two close versions a third one sides with, where the two differ.

An edited copy differs from its source in a few words (a figure, a name, a word of a
quote). A version made from either of them carries the words of the one it was made from
at those places: a spun copy of the original keeps the original's figure, a trimmed copy
of the edited one its new figure. Read off the full comparisons (each place of one version
carried onto the third by its edit script), these agreements are the plainest evidence of
who was copied from whom, and the lineage counts them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from core.lexicon.word_forms import fold
from core.model import ChangeKind, Comparison, RelationKind
from core.overview.mapping import OffsetMap
from core.overview.relations import Verdict

Pair = tuple[int, int]
# Two versions this close (in word swaps) are candidates for each other's place.
MAX_SWAPS = 30


def agreements(compared: Mapping[Pair, Comparison], verdicts: Mapping[Pair, Verdict]
               ) -> Counter[Pair]:
    """``(source, copy)`` → how many places ``copy`` has ``source``'s words where
    ``source`` and a close version (an edited copy of it, or its source) differ."""
    counts: Counter[Pair] = Counter()
    versions = sorted({version for pair in compared for version in pair})
    for (first, second), comparison in compared.items():
        verdict = verdicts.get((first, second))
        if verdict is None or verdict.kind not in (RelationKind.EDITED, RelationKind.COPY):
            continue
        swaps = [c for c in comparison.changes if c.kind is ChangeKind.SUBSTITUTION
                 and c.move is None and not c.category.is_formatting]
        if not swaps or len(swaps) > MAX_SWAPS:
            continue
        for third in versions:
            first_map, second_map = _map(compared, first, third), _map(compared, second, third)
            if third in (first, second) or first_map is None or second_map is None:
                continue
            target = (compared[first, third].new.text if (first, third) in compared
                      else compared[third, first].old.text)
            for swap in swaps:
                side = _side(target, first_map.range(swap.old_start, swap.old_end),
                             second_map.range(swap.new_start, swap.new_end),
                             swap.old_text, swap.new_text)
                if side:
                    counts[(first, third) if side == 1 else (second, third)] += 1
    return counts


def _map(compared: Mapping[Pair, Comparison], source: int, target: int) -> OffsetMap | None:
    if (source, target) in compared:
        return OffsetMap(compared[source, target])
    if (target, source) in compared:
        return OffsetMap(compared[target, source], backwards=True)
    return None


def _side(text: str, first: tuple[int, int], second: tuple[int, int], first_words: str,
          second_words: str) -> int:
    """1 when ``text`` has the first version's words at that place, 2 the second's, 0
    when it has neither or both (a third wording, or the place cut)."""
    has_first = fold(text[first[0]:first[1]]) == fold(first_words)
    has_second = fold(text[second[0]:second[1]]) == fold(second_words)
    if has_first == has_second:
        return 0
    return 1 if has_first else 2
