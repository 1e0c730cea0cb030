"""Stepping through a comparison: the current change, and the selected pattern's places.

Pure Python. The stops are the changes in document order, formatting-only ones included only
while they are shown, those the ignore rules set aside never. "Next of the same kind" steps to
the next change drawn in the same style (omission, addition, substitution, move, formatting)
as the current one. Stepping past either end goes round to the other, as editors do for find;
``wrapped`` then says so, for the status bar ("Wrapped to the first change").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from core.model import Change, Comparison
from ui.view.presentation import Occurrence, PaneText, style_of


class ChangeNavigator:
    """The changes one can step through, and which of them is current."""

    def __init__(self, comparison: Comparison | None, show_formatting: bool = True) -> None:
        changes = comparison.changes if comparison is not None else ()
        self.stops: list[Change] = [
            change for change in changes
            if not change.ignored and (show_formatting or not change.category.is_formatting)
        ]
        self.current: int | None = None
        self.wrapped = False  # whether the last step went round an end

    def __len__(self) -> int:
        return len(self.stops)

    @property
    def change(self) -> Change | None:
        return self.stops[self.current] if self.current is not None else None

    def step(self, delta: int, same_kind: bool = False) -> Change | None:
        """Move ``delta`` (+1 or -1) stops on, to a stop of the current kind if asked, going
        round at the ends (`wrapped` tells).

        Returns the new current change, or None (and stays put) when there is no other stop
        (of that kind).
        """
        self.wrapped = False
        if not self.stops:
            return None
        kind = style_of(self.change) if same_kind and self.change is not None else None
        count = len(self.stops)
        start = self._start_index(delta)
        for offset in range(count):
            index = start + offset * delta
            if index % count == self.current:
                break  # round to where it started: no other stop of that kind
            if kind is None or style_of(self.stops[index % count]) == kind:
                self.wrapped = not 0 <= index < count
                self.current = index % count
                return self.stops[self.current]
        return None

    def _start_index(self, delta: int) -> int:
        if self.current is not None:
            return self.current + delta
        return 0 if delta > 0 else len(self.stops) - 1

    def go_to_id(self, change_id: int) -> Change | None:
        """Make the change with ``change_id`` current, if it is a stop."""
        for index, change in enumerate(self.stops):
            if change.id == change_id:
                self.current = index
                return change
        return None

    def place_before(self, position: int, pane: PaneText) -> None:
        """Make "next" go to the first change at or after ``position`` of ``pane``."""

        def start_in_pane(change: Change) -> int:
            where = pane.range_of(change)
            return where[0] if where is not None else -1

        index = bisect_left(self.stops, position, key=start_in_pane)
        self.current = index - 1 if index > 0 else None


class OccurrenceStepper:
    """The places of the selected pattern, and which one is shown."""

    def __init__(self, places: Sequence[Occurrence] = ()) -> None:
        self.places = list(places)
        self.current = 0 if self.places else None
        self.wrapped = False  # whether the last step went round an end

    def step(self, delta: int) -> Occurrence | None:
        """The next (or previous) place, wrapping round at the ends."""
        if not self.places:
            return None
        current = self.current if self.current is not None else -delta
        self.wrapped = not 0 <= current + delta < len(self.places)
        self.current = (current + delta) % len(self.places)
        return self.places[self.current]

    @property
    def place(self) -> Occurrence | None:
        return self.places[self.current] if self.current is not None else None
