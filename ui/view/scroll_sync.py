"""Synced scrolling: the two side-by-side panes keep facing each other.

When one pane scrolls, the position at its top is mapped through the edit script (a
`PositionMap`: between two changes the texts are equal, so OLD and NEW offsets differ by a
constant there) to the same place in the other pane, which scrolls to put it at its top. So
corresponding paragraphs face each other at any width and any zoom. The sync follows only
what the user does: while the view itself moves both panes (`paused`), or while it shows one
inline pane (`active` off), nothing follows. The user can unlock the panes to read each on
its own (`enabled`, View ▸ Lock Scrolling); locking them again brings NEW back to face OLD.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject

from ui.view.pane import DiffPane
from ui.view.presentation import PositionMap


class ScrollSync(QObject):
    """Makes ``new_pane`` follow ``old_pane`` and the other way round."""

    def __init__(self, old_pane: DiffPane, new_pane: DiffPane,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._old, self._new = old_pane, new_pane
        self._map = PositionMap(())
        self._following = False  # a follower's own scrolling must not lead back
        self.active = False  # only while a comparison is shown side by side
        self.enabled = True  # the user's choice: the panes locked together
        old_pane.scrolled.connect(self._on_old_pane_scrolled)
        new_pane.scrolled.connect(self._on_new_pane_scrolled)
        old_pane.resized.connect(self._on_old_pane_scrolled)

    def set_map(self, positions: PositionMap) -> None:
        """Map positions through this edit script from now on."""
        self._map = positions

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Move the panes without either following the other."""
        was, self._following = self._following, True
        try:
            yield
        finally:
            self._following = was

    def set_enabled(self, enabled: bool) -> None:
        """Lock the panes together (True) or let each scroll on its own (False)."""
        self.enabled = enabled
        if enabled:
            self.realign()

    def realign(self) -> None:
        """Make NEW face OLD again (after the lines wrapped anew)."""
        self._on_old_pane_scrolled()

    def _on_old_pane_scrolled(self) -> None:
        self._follow(self._old, self._new, self._map.to_new)

    def _on_new_pane_scrolled(self) -> None:
        self._follow(self._new, self._old, self._map.to_old)

    def _follow(self, leader: DiffPane, follower: DiffPane, mapping: Callable[[int], int]) -> None:
        if self._following or not (self.active and self.enabled):
            return
        with self.paused():
            top = leader.top_position()
            # at the very top both panes show their beginnings, text added there included
            follower.scroll_to_top(0 if top == 0 else mapping(top))
