"""Where a stretch of OLD stands in NEW, read off a comparison's edit script.

The edit script lists the changes in document order, and the text between two changes is
the same in both versions, so a position in unchanged text moves by the length difference
of the changes before it. A position inside a change goes to that change's edge; one inside
a moved passage follows the passage to where it now stands.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from core.model import Change, ChangeKind, Comparison


class OffsetMap:
    """Maps character ranges of a comparison's OLD onto its NEW (of its NEW onto its OLD
    with ``backwards``: the edit script read the other way is one too)."""

    def __init__(self, comparison: Comparison, backwards: bool = False) -> None:
        changes = comparison.changes
        moves = comparison.moves
        if backwards:
            changes = tuple(_reversed_change(change) for change in changes)
            moves = tuple(replace(move, old_start=move.new_start, old_end=move.new_end,
                                  new_start=move.old_start, new_end=move.old_end)
                          for move in moves)
        self._changes = changes
        self._starts = [change.old_start for change in changes]
        self._moves = {move.id: move for move in moves}
        target = comparison.old if backwards else comparison.new
        self._new_length = len(target.text)

    def range(self, start: int, end: int) -> tuple[int, int]:
        """The range of NEW that ``[start, end)`` of OLD became (perhaps empty)."""
        moved = self._moved(start, end)
        if moved is not None:
            return moved
        new_start = self._point(start, at_end=False)
        return new_start, max(new_start, self._point(end, at_end=True))

    def _point(self, offset: int, at_end: bool) -> int:
        # The end of a range stops before a change that starts there; its start follows
        # an addition made there.
        index = (bisect_left if at_end else bisect_right)(self._starts, offset) - 1
        if index < 0:
            return min(offset, self._new_length)
        change = self._changes[index]
        if offset >= change.old_end:
            return change.new_end + offset - change.old_end
        return change.new_end if at_end else change.new_start

    def _moved(self, start: int, end: int) -> tuple[int, int] | None:
        """The range in NEW when ``[start, end)`` lies in a moved passage; None otherwise."""
        index = bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        change = self._changes[index]
        if change.kind is not ChangeKind.OMISSION or change.move is None or end > change.old_end:
            return None
        move = self._moves.get(change.move)
        if move is None:
            return None
        shift = move.new_start - move.old_start
        return (min(move.new_end, max(move.new_start, start + shift)),
                min(move.new_end, max(move.new_start, end + shift)))


_OPPOSITE = {ChangeKind.OMISSION: ChangeKind.ADDITION, ChangeKind.ADDITION: ChangeKind.OMISSION,
             ChangeKind.SUBSTITUTION: ChangeKind.SUBSTITUTION}


def _reversed_change(change: Change) -> Change:
    return replace(change, kind=_OPPOSITE[change.kind], old_start=change.new_start,
                   old_end=change.new_end, new_start=change.old_start,
                   new_end=change.old_end, old_text=change.new_text, new_text=change.old_text)
