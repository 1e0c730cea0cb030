"""What a pane paints over its text: the insertion carets and the frame of the current place.

A caret (a wedge under the line) marks where the other side has text this side lacks. The
current place — the change, the pattern's place or the match being shown — is framed rather
than filled, so the colours beneath it stay what they are: a translucent fill turned the
selected pattern's colour grey. A place of no width gets a narrow frame round the caret.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from core.report.legend import EMPHASIS, LEGEND

if TYPE_CHECKING:
    from ui.view.pane import DiffPane

FRAME_WIDTH = 2


def paint_carets(pane: DiffPane, painter: QPainter, first: int, last: int) -> None:
    """A caret at each insertion point between positions ``first`` and ``last``."""
    insertions = pane.pane.insertions
    index = bisect_left(insertions, first, key=lambda span: span.start)
    for span in insertions[index:]:
        if span.start > last:
            break
        if span.style == "formatting" and not pane.show_formatting:
            continue
        _paint_caret(painter, pane.rect_of(span.start), LEGEND[span.style].foreground)


def paint_frame(pane: DiffPane, painter: QPainter, start: int, end: int) -> None:
    """A frame round ``[start, end)`` where it is in sight."""
    path = QPainterPath()
    for rect in _line_rects(pane, start, end):
        path.addRect(rect.adjusted(-FRAME_WIDTH, 0, FRAME_WIDTH, 0))
    if path.isEmpty():
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(EMPHASIS["current"].colour), FRAME_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path.simplified())


def _line_rects(pane: DiffPane, start: int, end: int) -> Iterator[QRectF]:
    """The rectangle of ``[start, end)`` on each of its lines in sight (viewport
    coordinates); a thin one at the caret for a place of no width."""
    first, last = pane.visible_range()
    start, end = max(start, first - 1), min(end, last + 1)
    if start > end:
        return
    if start == end:
        caret = pane.rect_of(start)
        yield QRectF(caret.left() - 1, caret.top(), 3, caret.height())
        return
    block = pane.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        origin = pane.blockBoundingGeometry(block).translated(pane.contentOffset()).topLeft()
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            a = max(start, block.position() + line.textStart())
            b = min(end, block.position() + line.textStart() + line.textLength())
            if a < b:
                left = _x(line.cursorToX(a - block.position()))
                right = _x(line.cursorToX(b - block.position()))
                yield QRectF(left, line.y(), max(2.0, right - left),
                             line.height()).translated(origin)
        block = block.next()


def _x(found: object) -> float:
    """PySide gives ``QTextLine.cursorToX`` as (x, position); the x alone."""
    return float(found[0]) if isinstance(found, tuple) else float(found)  # type: ignore[arg-type]


def _paint_caret(painter: QPainter, rect: QRect, colour: str) -> None:
    """A small wedge under the line at ``rect``: text stands here on the other side."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    x, bottom = rect.left(), rect.bottom()
    painter.drawRect(x - 1, rect.top() + 2, 2, rect.height() - 3)
    painter.drawPolygon([QPoint(x - 4, bottom + 1), QPoint(x + 4, bottom + 1),
                         QPoint(x, bottom - 3)])
