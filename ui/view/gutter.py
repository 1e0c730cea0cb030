"""A pane's left margin: paragraph numbers, and a bar with ⇄ along each moved passage.

Paragraphs are numbered as `core.text.paragraphs` finds them (runs of text between newlines
holding something visible), one number at the first line of each, so an editor can say "the
twelfth paragraph" and find it in either version. Moved passages get a bar along their lines
and ⇄ at their first; clicking the mark reports the move, so the view shows its other end.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QWidget

from core.report.legend import LEGEND
from core.text.paragraphs import paragraphs
from ui.view.presentation import MoveMark

if TYPE_CHECKING:
    from ui.view.pane import DiffPane

MOVE_AREA = 18  # the strip next to the text with the move bars and marks
NUMBER_COLOUR = "#8a8f98"
MOVE_COLOUR = LEGEND["move"].foreground


class Gutter(QWidget):
    """Paragraph numbers and move marks beside the lines of one pane."""

    def __init__(self, pane: DiffPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._starts: list[int] = []  # where each paragraph starts, in order
        self._number_width = 0
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_text(self, text: str) -> None:
        """Number the paragraphs of ``text`` (the pane's text, just set)."""
        self._starts = [paragraph.start for paragraph in paragraphs(text)]
        self.fit_font()

    def fit_font(self) -> None:
        """Make room for the largest paragraph number in the pane's font (after a zoom)."""
        digits = len(str(len(self._starts))) if self._starts else 0
        metrics = QFontMetrics(self._number_font())
        self._number_width = metrics.horizontalAdvance("0" * digits) + 8 if digits else 0
        self.update()

    def paragraph_at(self, position: int) -> int | None:
        """The number (from 1) of the paragraph holding ``position``; None in a blank line."""
        index = bisect_left(self._starts, position + 1) - 1
        return index + 1 if index >= 0 else None

    def total_width(self) -> int:
        return self._number_width + MOVE_AREA

    def sizeHint(self) -> QSize:
        return QSize(self.total_width(), 0)

    def _number_font(self) -> QFont:
        font = QFont(self._pane.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._paint_numbers(painter)
        self._paint_moves(painter)
        painter.end()

    def _paint_numbers(self, painter: QPainter) -> None:
        if not self._starts:
            return
        painter.setFont(self._number_font())
        painter.setPen(QColor(NUMBER_COLOUR))
        for block in self._pane.visible_blocks():
            index = bisect_left(self._starts, block.position())
            if index < len(self._starts) and self._starts[index] == block.position():
                line = self._pane.rect_of(block.position())
                painter.drawText(QRect(0, line.top(), self._number_width - 4, line.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(index + 1))

    def _paint_moves(self, painter: QPainter) -> None:
        first, last = self._pane.visible_range()
        colour = QColor(MOVE_COLOUR)
        painter.setFont(self._pane.font())
        painter.setPen(colour)
        left = self._number_width
        for mark in self._pane.pane.moves:
            if mark.end < first or mark.start > last:
                continue
            top, bottom = self._extent(mark)
            painter.fillRect(left + MOVE_AREA - 5, top, 3, bottom - top, colour)
            painter.drawText(QRect(left, top, MOVE_AREA - 6, 18), Qt.AlignmentFlag.AlignCenter,
                             LEGEND["move"].mark)

    def _extent(self, mark: MoveMark) -> tuple[int, int]:
        """Top and bottom of a moved passage in the viewport, trailing blank lines left out."""
        text = self._pane.pane.text[mark.start:mark.end]
        last = mark.start + max(1, len(text.rstrip())) - 1
        return self._pane.rect_of(mark.start).top(), self._pane.rect_of(last).bottom()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        y = int(event.position().y())
        for mark in self._pane.pane.moves:
            top, bottom = self._extent(mark)
            if top <= y <= bottom:
                self._pane.move_activated.emit(mark.move, mark.start)
                return
        super().mousePressEvent(event)
