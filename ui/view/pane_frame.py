"""A pane as the view shows it: its header above, the pane, and its change map at the right.

The header names the version ("OLD · file.txt — Title"); a long one is cut with an ellipsis
and read whole in its tooltip, so a title never widens its pane nor is cut mid-word without
a sign. The map (`ui.view.change_map`) is refreshed when the pane's lines move (a new text,
width or font) and follows the pane's scrolling; a click on it goes to a change
(`change_clicked`) or scrolls the pane there.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.elided_label import ElidedLabel
from ui.view.change_map import LANES, ChangeMap, MapMark, lane_runs
from ui.view.pane import DiffPane

# Changes closer than this share of the text merge into one run of the map: far below a pixel.
MERGE_SHARE = 1 / 1200


def text_runs(pane: DiffPane) -> list[tuple[int, int, int, int]]:
    """The runs of changes of ``pane``'s text by lane: its marked spans, then its insertions
    (each list in order), formatting left out while it is hidden."""
    lane_of = {style: lane for lane, style in enumerate(LANES)}
    if not pane.show_formatting:
        del lane_of["formatting"]
    gap = int(len(pane.pane.text) * MERGE_SHARE)
    return (lane_runs(pane.pane.spans, lane_of, gap)
            + lane_runs(pane.pane.insertions, lane_of, gap))


def pane_marks(pane: DiffPane, runs: list[tuple[int, int, int, int]]) -> list[MapMark]:
    """The change map's marks of ``pane``: each run of changes at its lines."""
    tops = pane.lines_of(start for _, start, _, _ in runs)
    bottoms = pane.lines_of(end for _, _, end, _ in runs)
    return [MapMark(top, bottom, lane, change)
            for (lane, _, _, change), top, bottom in zip(runs, tops, bottoms, strict=True)]


class PaneFrame(QWidget):
    """Header, pane and change map, as one column of the view."""

    change_clicked = Signal(int)  # a change id, clicked in the map

    def __init__(self, pane: DiffPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.header = ElidedLabel()
        self.header.setObjectName("paneHeader")
        # A long title is cut rather than widening its pane.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.map = ChangeMap()
        self._runs: tuple[object, bool, list[tuple[int, int, int, int]]] | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)  # after the text is shown: opening a book stalls less
        self._refresh.timeout.connect(self.refresh_map)
        self._build()
        pane.lines_changed.connect(self._refresh.start)
        pane.scrolled.connect(self._on_pane_scrolled)
        pane.resized.connect(self._on_pane_scrolled)
        self.map.change_clicked.connect(self.change_clicked)
        self.map.share_clicked.connect(pane.scroll_to_share)

    def _build(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.pane, 1)
        row.addWidget(self.map)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(row, 1)

    def set_map_visible(self, visible: bool) -> None:
        self.map.setVisible(visible)
        if visible:
            self.refresh_map()

    def refresh_map(self) -> None:
        """Place the marks anew (the text, its width or what is shown changed)."""
        self._refresh.stop()
        if not self.map.isVisible():
            return
        text, formatting = self.pane.pane, self.pane.show_formatting
        if self._runs is None or self._runs[0] is not text or self._runs[1] != formatting:
            self._runs = (text, formatting, text_runs(self.pane))  # once per text shown
        self.map.set_marks(pane_marks(self.pane, self._runs[2]), self.pane.line_total())
        self._on_pane_scrolled()

    def _on_pane_scrolled(self) -> None:
        if self.map.isVisible():
            self.map.set_sight(*self.pane.visible_share())
