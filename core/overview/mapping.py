"""Where a stretch of OLD stands in NEW, read off a comparison's edit script.

The edit script lists the changes in document order, and the text between two changes is
the same in both versions, so a position in unchanged text moves by the length difference
of the changes before it. A position inside a change goes to that change's edge; one inside
a moved passage follows the passage to where it now stands.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from core.model import ChangeKind, Comparison


class OffsetMap:
    """Maps character ranges of a comparison's OLD onto its NEW."""

    def __init__(self, comparison: Comparison) -> None:
        self._changes = comparison.changes
        self._starts = [change.old_start for change in comparison.changes]
        self._moves = {move.id: move for move in comparison.moves}
        self._new_length = len(comparison.new.text)

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
