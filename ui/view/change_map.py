"""The change map beside a pane's scroll bar: where the changes stand in the whole text.

As WinMerge's location pane and Meld's and Beyond Compare's overviews: the map's height is
the whole text, and each change is a tick at its lines. Kinds are told apart by place as well
as by colour, for readers who do not see the colours: each kind has its lane, left to right
omissions, substitutions, additions, moves, formatting (`LANES`, in the legend's text
colours), and the map's tooltip names them. The part in sight is framed. A click goes to the
change under the pointer, or else brings that part of the text into sight.

Changes close together in a lane are merged into runs of text once per text (`lane_runs`);
the runs are put on lines from the pane's line estimate once per width (`set_marks`), and
merged into runs of pixel rows once per height (`pixel_runs`), so a repaint on scrolling
draws a few hundred rectangles at most, however many thousand changes a book has. A click
on a run goes to its first change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from core.report.legend import LEGEND
from ui.view.presentation import Span

LANES = ("omission", "substitution", "addition", "move", "formatting")
LANE_WIDTH = 3
MAP_WIDTH = LANE_WIDTH * len(LANES) + 4
CLICK_SLACK = 3  # pixels: a click this close to a tick goes to its change
TOOLTIP = ("Change map: the whole text, top to bottom. Lanes, left to right: omissions, "
           "substitutions, additions, moves, formatting. Click to go there.")


class MapMark(NamedTuple):
    """One change in the map: its first and last line (wrapped lines), lane and change id
    (a tuple: a book has thousands, made at each new width)."""

    top: float
    bottom: float
    lane: int
    change: int


def lane_runs(spans: Iterable[Span], lane_of: Mapping[str, int],
              gap: int) -> list[tuple[int, int, int, int]]:
    """(lane, start, end, first change) runs of text: the spans of one lane, in order, whose
    gap is at most ``gap`` characters, merged. A book's thousands of changes become a few
    hundred runs, none shorter than the map can show apart anyway."""
    runs: list[list[int]] = []
    last: dict[int, list[int]] = {}
    for span in spans:
        lane = lane_of.get(span.style)
        if lane is None:
            continue
        run = last.get(lane)
        if run is not None and 0 <= span.start - run[2] <= gap:
            run[2] = max(run[2], span.end)
        else:
            run = last[lane] = [lane, span.start, span.end, span.change]
            runs.append(run)
    return [(lane, start, end, change) for lane, start, end, change in runs]


def pixel_runs(marks: Iterable[MapMark], total: float, height: int) -> list[tuple[int, int, int]]:
    """(lane, first row, last row) runs covering the marks on a map ``height`` pixels high,
    for a text of ``total`` lines: every mark at least one row, touching rows merged."""
    rows: dict[int, list[tuple[int, int]]] = {}
    scale = height / total if total > 0 else 0.0
    for mark in marks:
        first = min(height - 1, int(mark.top * scale))
        last = max(first, min(height - 1, int(mark.bottom * scale)))
        rows.setdefault(mark.lane, []).append((first, last))
    runs = []
    for lane, spans in sorted(rows.items()):
        spans.sort()
        start, end = spans[0]
        for first, last in spans[1:]:
            if first <= end + 1:
                end = max(end, last)
            else:
                runs.append((lane, start, end))
                start, end = first, last
        runs.append((lane, start, end))
    return runs


class ChangeMap(QWidget):
    """The ticks of one pane's changes over the pane's whole height, and what is in sight."""

    change_clicked = Signal(int)  # a change id
    share_clicked = Signal(float)  # how far down the text was clicked, 0 to 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[MapMark] = []
        self._total = 0.0
        self._runs: list[tuple[int, int, int]] | None = None
        self._sight = (0.0, 0.0)
        self.setFixedWidth(MAP_WIDTH)
        self.setToolTip(TOOLTIP)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(MAP_WIDTH, 100)

    def set_marks(self, marks: Sequence[MapMark], total_lines: float) -> None:
        """Show these marks (sorted by ``top``) on a text of ``total_lines`` lines."""
        self._marks = sorted(marks)  # by top line first
        self._total = total_lines
        self._runs = None
        self.update()

    def set_sight(self, top: float, bottom: float) -> None:
        """Frame the part in sight: its top and bottom as shares of the text's height."""
        if (top, bottom) != self._sight:
            self._sight = (top, bottom)
            self.update()

    def marks(self) -> list[MapMark]:
        return list(self._marks)

    def sight(self) -> tuple[float, float]:
        """The part framed as in sight: top and bottom shares of the text's height."""
        return self._sight

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f5f7"))
        height = self.height()
        if self._runs is None:
            self._runs = pixel_runs(self._marks, self._total, height)
        colours = [QColor(LEGEND[lane].foreground) for lane in LANES]
        for lane, first, last in self._runs:
            painter.fillRect(2 + lane * LANE_WIDTH, first, LANE_WIDTH, last - first + 1,
                             colours[lane])
        top, bottom = self._sight
        if bottom > top:
            sight = QRect(0, int(top * height), MAP_WIDTH - 1,
                          max(3, int((bottom - top) * height)))
            painter.fillRect(sight, QColor(30, 40, 60, 28))
            painter.setPen(QColor("#5c6370"))
            painter.drawRect(sight.adjusted(0, 0, 0, -1))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._runs = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.height() <= 0:
            return super().mousePressEvent(event)
        y = event.position().y()
        mark = self.mark_near(y, int((event.position().x() - 2) // LANE_WIDTH))
        if mark is not None:
            self.change_clicked.emit(mark.change)
        else:
            self.share_clicked.emit(min(1.0, max(0.0, y / self.height())))
        return None

    def mark_near(self, y: float, lane: int = -1) -> MapMark | None:
        """The mark drawn nearest row ``y``, if one is within `CLICK_SLACK` pixels, one in
        ``lane`` first at equal distance (a scan: a click is rare, and a move's tick may span
        many rows)."""
        if not self._marks or self._total <= 0:
            return None
        scale = self.height() / self._total
        best: tuple[float, bool, MapMark] | None = None
        for mark in self._marks:
            distance = max(0.0, mark.top * scale - y, y - mark.bottom * scale - 1)
            key = (distance, mark.lane != lane)
            if distance <= CLICK_SLACK and (best is None or key < best[:2]):
                best = (*key, mark)
        return best[2] if best is not None else None
