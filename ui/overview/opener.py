"""Opening a place the Overview names: the pair compared, then the view at that place.

The comparison may take a moment (or come from the cache at once), so the place waits
until the session shows that very pair; then the comparison view steps to the first change
at or after the place, in NEW (or OLD), which selects it and brings it into sight.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from core.model import Document
from ui.overview.overview_view import OverviewView
from ui.session import Session
from ui.view.comparison_view import ComparisonView

Pending = tuple[Document, Document, int | None, bool]


class PlaceOpener(QObject):
    """Turns the Overview's clicks into the comparison of that pair, at that place."""

    opening = Signal()  # a pair is being opened: the comparison should come into view

    def __init__(self, session: Session, overview: OverviewView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: Pending | None = None
        self._view: ComparisonView | None = None
        overview.place_requested.connect(self.open_place)
        # queued: the window shows the comparison first, then the place is found in it
        session.comparison_ready.connect(self._on_session_comparison_ready,
                                         Qt.ConnectionType.QueuedConnection)

    def attach(self, view: ComparisonView) -> None:
        """The comparison view to go to the place in."""
        self._view = view

    def open_place(self, old: Document, new: Document, position: int | None,
                   in_new: bool) -> None:
        """Compare ``old`` with ``new`` and, once shown, go to ``position``."""
        rows = [self._session.index_of(document.path) for document in (old, new)]
        if rows[0] is None or rows[1] is None:
            return
        self._pending = (old, new, position, in_new)
        self.opening.emit()
        self._session.set_pair(rows[0], rows[1])
        self._go()

    def _on_session_comparison_ready(self, _prepared: object) -> None:
        self._go()

    def _go(self) -> None:
        view, pending = self._view, self._pending
        comparison = view.comparison if view is not None else None
        if view is None or comparison is None or pending is None or (
                comparison.old, comparison.new) != (pending[0], pending[1]):
            return
        self._pending = None
        _, _, position, in_new = pending
        if position is not None:
            pane = view.new_pane if in_new else view.old_pane
            view.navigator.place_before(position, pane.pane)
            view.step_change(1)
