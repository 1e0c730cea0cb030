"""Substitution patterns: what the spinner (or translator, or editor) swapped, counted.

Substitutions (each already given its category by `core.patterns.categories`) that are the
same swap, ignoring case, become one pattern shown in its most common spelling, with its
change ids and the place of each (moved text included). Content patterns come first, most
frequent first, ties in document order; formatting patterns follow, apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from core.lexicon.word_forms import fold
from core.model import Category, Change, ChangeKind, Move, Pattern, Place


class _Swap(NamedTuple):
    """One substitution to count: from a change, or from inside a moved passage. (A named
    tuple: a long text has thousands, and they live only while patterns are counted.)"""

    position: int  # in OLD, for document order
    change_id: int
    old: str
    new: str
    category: Category
    place: Place


def find_patterns(changes: Sequence[Change], moves: Sequence[Move] = ()
                  ) -> tuple[Pattern, ...]:
    """Group the substitutions among ``changes``, and inside ``moves``, into patterns.

    A substitution inside a moved passage counts under the id of the move's addition.
    """
    spellings: dict[tuple[str, str], list[_Swap]] = {}  # the swaps of each exact spelling
    for swap in sorted(_swaps(changes, moves), key=itemgetter(0)):
        members = spellings.get((swap.old, swap.new))
        if members is None:
            spellings[(swap.old, swap.new)] = [swap]
        else:
            members.append(swap)
    groups: dict[tuple[str, str], list[list[_Swap]]] = {}  # spellings of one swap, ignoring case
    for (old, new), members in spellings.items():  # each spelling folded once, not each swap
        groups.setdefault((fold(old), fold(new)), []).append(members)
    found = [_pattern(group) for group in groups.values()]  # in document order
    found.sort(key=lambda p: (p.category.is_formatting, -p.count))  # stable: ties keep it
    return tuple(found)


def swapped_part(old: str, new: str) -> tuple[str, str]:
    """The part of a swap that changed, without the hyphenated parts both sides share:
    "anti-Chinese" → "anti-Chinese language" is the swap "Chinese" → "Chinese language"."""
    if "-" not in old:
        return old, new
    while "-" in old and "-" in new:
        head = old.split("-", 1)[0]
        if not head or head != new.split("-", 1)[0]:
            break
        old, new = old[len(head) + 1:], new[len(head) + 1:]
    return old, new


def _swaps(changes: Sequence[Change], moves: Sequence[Move]) -> list[_Swap]:
    substitution = ChangeKind.SUBSTITUTION
    swaps = [
        _Swap(c.old_start, c.id, *swapped_part(c.old_text, c.new_text), c.category,
              Place(c.old_start, c.old_end, c.new_start, c.new_end))
        for c in changes if c.kind is substitution
    ]
    added = {c.move: c.id for c in changes if c.kind is ChangeKind.ADDITION and c.move is not None}
    for move in moves:
        swaps.extend(
            _Swap(e.old_start, added.get(move.id, -1), *swapped_part(e.old_text, e.new_text),
                  e.category, Place(e.old_start, e.old_end, e.new_start, e.new_end))
            for e in move.substitutions
        )
    return swaps


def _pattern(spellings: list[list[_Swap]]) -> Pattern:
    """One pattern from the swaps of its spellings, each list in document order, the lists
    in the order they first occur."""
    # shown in its most common spelling, the first seen on a tie
    shown = max(spellings, key=len)[0]
    members = spellings[0] if len(spellings) == 1 else sorted(
        [swap for spelling in spellings for swap in spelling], key=itemgetter(0))
    return Pattern(shown.old, shown.new, len(members), members[0].category,
                   tuple([swap.change_id for swap in members]),
                   tuple([swap.place for swap in members]))
