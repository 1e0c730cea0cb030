"""Substitution patterns: the swaps between two versions, counted and classified.

Every substitution is a candidate; substitutions that are the same swap, ignoring letter
case, are one pattern, shown in its most common spelling and listed with its change ids.
Patterns come most frequent first, ties in document order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.model import Change, ChangeKind, Pattern


def find_patterns(changes: Sequence[Change]) -> tuple[Pattern, ...]:
    """Group the substitutions among ``changes`` into counted patterns."""
    groups: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        if change.kind is ChangeKind.SUBSTITUTION:
            key = (change.old_text.casefold(), change.new_text.casefold())
            groups.setdefault(key, []).append(change)
    found = [_pattern(members) for members in groups.values()]
    order = {id(pattern): index for index, pattern in enumerate(found)}
    found.sort(key=lambda pattern: (-pattern.count, order[id(pattern)]))
    return tuple(found)


def _pattern(members: list[Change]) -> Pattern:
    spelling = Counter((change.old_text, change.new_text) for change in members)
    (old, new), _ = spelling.most_common(1)[0]
    return Pattern(
        old=old,
        new=new,
        count=len(members),
        category=members[0].category,
        changes=tuple(change.id for change in members),
    )
