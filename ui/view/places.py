"""Where the view stands in a comparison, and what the status bar says of it (pure Python).

Two things can be stepped through: the changes (F7 and friends, `ChangeNavigator`) and the
selected pattern's places (F8, `OccurrenceStepper`). The status bar tells one of them at a
time, named, whichever was stepped through last: "Change 100 of 5,612" or "Pattern “visit →
go to”: place 1 of 156", never both run together. Going round an end gives a notice for a
moment ("Wrapped to the first change"), as editors do for find.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Change, Comparison, Pattern
from ui.view.navigation import ChangeNavigator, OccurrenceStepper
from ui.view.presentation import Occurrence, occurrences


@dataclass(frozen=True)
class Step:
    """Where a step went (None: nowhere), and what to tell of it ("" for nothing)."""

    place: Change | Occurrence | None
    notice: str = ""


class Places:
    """The current change and the selected pattern's places of one comparison."""

    def __init__(self, comparison: Comparison | None = None, show_formatting: bool = True
                 ) -> None:
        self.comparison = comparison
        self.navigator = ChangeNavigator(comparison, show_formatting)
        self.stepper = OccurrenceStepper()
        self.pattern: Pattern | None = None
        self.on_pattern = False  # the status bar tells the pattern's place, not the change

    def set_show_formatting(self, show: bool) -> None:
        """Step through formatting changes too (True) or not; the current change is kept."""
        current = self.navigator.change
        self.navigator = ChangeNavigator(self.comparison, show)
        if current is not None:
            self.navigator.go_to_id(current.id)

    def change(self, change_id: int) -> Change | None:
        """The change with ``change_id``: at its place in the edit script, as the engine
        numbers them (looked for when a hand-made comparison numbers them otherwise)."""
        changes = self.comparison.changes if self.comparison is not None else ()
        if 0 <= change_id < len(changes) and changes[change_id].id == change_id:
            return changes[change_id]
        return next((change for change in changes if change.id == change_id), None)

    def step_change(self, delta: int, same_kind: bool = False) -> Step:
        """The next (``delta`` 1) or previous (-1) change, round at the ends."""
        change = self.navigator.step(delta, same_kind)
        of_kind = " of this kind" if same_kind else ""
        if change is None:
            return Step(None, f"No other change{of_kind}" if len(self.navigator)
                        else "No changes to step through")
        self.on_pattern = False
        end = "first" if delta > 0 else "last"
        return Step(change, f"Wrapped to the {end} change{of_kind}"
                    if self.navigator.wrapped else "")

    def go_to_change(self, change_id: int) -> Change | None:
        """Make the change with ``change_id`` current (it is shown even while it is not a
        stop, a formatting change with formatting hidden)."""
        change = self.change(change_id)
        if change is not None:
            self.navigator.go_to_id(change_id)
            self.on_pattern = False
        return change

    def select_pattern(self, pattern: Pattern | None) -> Occurrence | None:
        """Select ``pattern`` (None: none); its first place, to go to."""
        self.pattern = pattern if self.comparison is not None else None
        self.stepper = OccurrenceStepper(occurrences(self.pattern) if self.pattern else [])
        self.on_pattern = self.stepper.place is not None
        return self.stepper.place

    def step_pattern(self, delta: int) -> Step:
        """The selected pattern's next (or previous) place, round at the ends."""
        place = self.stepper.step(delta)
        if place is None:
            return Step(None)
        self.on_pattern = True
        end = "first" if delta > 0 else "last"
        return Step(place, f"Wrapped to the {end} place of the pattern"
                    if self.stepper.wrapped else "")

    def position_text(self) -> str:
        """One thing, named: the selected pattern's place, or the current change."""
        if self.comparison is None:
            return ""
        if self.on_pattern and self.pattern is not None and self.stepper.current is not None:
            return (f"Pattern “{self.pattern.old} → {self.pattern.new}”: place "
                    f"{self.stepper.current + 1:,} of {len(self.stepper.places):,}")
        total = len(self.navigator)
        if self.navigator.current is not None:
            return f"Change {self.navigator.current + 1:,} of {total:,}"
        return f"{total:,} change{'' if total == 1 else 's'}"
