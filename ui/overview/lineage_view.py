"""The lineage drawn as a small graph: each family a tree from its root down, one box per
version, an arrow from source to copy; a copy's box names its kind and the confidence.

The original's box is outlined in bold; versions derived from no one stand in a row below.
Hovering an arrow or a copy's box shows its reasons; clicking one reports it (`edge_clicked`), so the
window can open that pair in the comparison. A forest wider or taller than the widget is
drawn smaller, to fit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.overview.model import LineageEdge, Overview
from core.report.overview_html import letter
from ui.overview.models import Place

_BOX = QSize(160, 38)
_GAP_X, _GAP_Y = 28, 50
_LEFT = 110  # room for the label of an arrow leaning left
_EDGE_HIT = 6.0
_INK = QColor("#1a2a44")
_LINE = QColor("#3a65ab")
_MUTED = QColor("#666666")


class LineageView(QWidget):
    """Paints the overview's lineage forest and reports a clicked edge."""

    edge_clicked = Signal(object)  # a Place: the edge's parent as OLD, its child as NEW

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview: Overview | None = None
        self._boxes: dict[int, QRectF] = {}
        self.setMouseTracking(True)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_overview(self, overview: Overview | None) -> None:
        self._overview = overview
        self._boxes = _layout(overview) if overview is not None else {}
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if not self._boxes:
            return QSize(320, 140)
        right = max(box.right() for box in self._boxes.values())
        bottom = max(box.bottom() for box in self._boxes.values())
        return QSize(int(right) + 12, int(bottom) + 12)

    def scale(self) -> float:
        """How much the drawing is shrunk to fit the widget (1 when it fits as it is)."""
        hint = self.sizeHint()
        return min(1.0, self.width() / max(1, hint.width()),
                   self.height() / max(1, hint.height()))

    def edge_at(self, point: QPointF) -> LineageEdge | None:
        """The edge drawn nearest ``point`` (in widget coordinates), if within a few pixels,
        or the one into the version whose box is there."""
        if self._overview is None:
            return None
        point = point / self.scale()
        for version, box in self._boxes.items():
            if box.contains(point):
                return self._incoming(version)
        for edge in self._overview.lineage:
            start, end = self._ends(edge)
            if _distance(point, start, end) <= _EDGE_HIT:
                return edge
        return None

    def _ends(self, edge: LineageEdge) -> tuple[QPointF, QPointF]:
        parent, child = self._boxes[edge.parent], self._boxes[edge.child]
        return (QPointF(parent.center().x(), parent.bottom()),
                QPointF(child.center().x(), child.top()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self._overview is None:
            painter.setPen(_MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No overview yet")
            return
        painter.scale(self.scale(), self.scale())
        for edge in self._overview.lineage:
            self._paint_edge(painter, edge)
        for version, box in self._boxes.items():
            self._paint_box(painter, version, box)

    def _paint_edge(self, painter: QPainter, edge: LineageEdge) -> None:
        start, end = self._ends(edge)
        painter.setPen(QPen(_LINE, 1.6))
        painter.drawLine(start, end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF([end] + [QPointF(end.x() - 9 * math.cos(angle + turn),
                                          end.y() - 9 * math.sin(angle + turn))
                                  for turn in (0.4, -0.4)])
        painter.setBrush(_LINE)
        painter.drawPolygon(head)

    def _paint_box(self, painter: QPainter, version: int, box: QRectF) -> None:
        assert self._overview is not None
        original = version == self._overview.original
        painter.setPen(QPen(_INK, 2.4 if original else 1.0))
        painter.setBrush(QColor("#eef1f6" if original else "#f7f8fa"))
        painter.drawRoundedRect(box, 5, 5)
        name = self._overview.versions[version].document.name
        label = f"{letter(version)}  {name}"
        metrics = painter.fontMetrics()
        label = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(box.width()) - 10)
        painter.drawText(box.adjusted(5, 2, -5, -box.height() / 2),
                         Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(_MUTED)
        incoming = self._incoming(version)
        note = "original" if original else (
            f"{incoming.kind.value} · {incoming.confidence:.0%}" if incoming is not None
            else "unrelated" if version in self._overview.unrelated else "")
        note = metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(box.width()) - 8)
        painter.drawText(box.adjusted(5, box.height() / 2, -5, -2),
                         Qt.AlignmentFlag.AlignCenter, note)

    def _incoming(self, version: int) -> LineageEdge | None:
        assert self._overview is not None
        return next((edge for edge in self._overview.lineage if edge.child == version), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        edge = self.edge_at(event.position())
        if edge is not None and event.button() == Qt.MouseButton.LeftButton:
            self.edge_clicked.emit(Place(edge.parent, edge.child))
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            edge = self.edge_at(QPointF(event.pos()))
            if edge is not None:
                QToolTip.showText(event.globalPos(), "; ".join(edge.reasons), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _layout(overview: Overview) -> dict[int, QRectF]:
    """Each version's box: families side by side, each a tree by depth; the rest below."""
    children: dict[int, list[int]] = {}
    has_parent: set[int] = set()
    for edge in overview.lineage:
        children.setdefault(edge.parent, []).append(edge.child)
        has_parent.add(edge.child)
    roots = [v for v in range(len(overview.versions)) if v not in has_parent and v in children]
    roots.sort(key=lambda root: root != overview.original)
    boxes: dict[int, QRectF] = {}
    column = 0

    def place(node: int, depth: int) -> float:
        nonlocal column
        kids = children.get(node, [])
        if kids:
            centres = [place(kid, depth + 1) for kid in kids]
            x = (centres[0] + centres[-1]) / 2
        else:
            x = _LEFT + column * (_BOX.width() + _GAP_X) + _BOX.width() / 2
            column += 1
        boxes[node] = QRectF(x - _BOX.width() / 2, 12 + depth * (_BOX.height() + _GAP_Y),
                             _BOX.width(), _BOX.height())
        return x

    for root in roots:
        place(root, 0)
    top = max((box.bottom() for box in boxes.values()), default=-_GAP_Y / 2) + _GAP_Y / 2 + 12
    alone = [v for v in range(len(overview.versions)) if v not in boxes]
    for number, version in enumerate(alone):
        boxes[version] = QRectF(12 + number * (_BOX.width() + _GAP_X), top, _BOX.width(),
                                _BOX.height())
    return boxes


def _distance(point: QPointF, start: QPointF, end: QPointF) -> float:
    """The distance from ``point`` to the segment from ``start`` to ``end``."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = dx * dx + dy * dy
    share = 0.0 if not length else max(0.0, min(1.0, (
        (point.x() - start.x()) * dx + (point.y() - start.y()) * dy) / length))
    nearest = QPointF(start.x() + share * dx, start.y() + share * dy)
    return math.hypot(point.x() - nearest.x(), point.y() - nearest.y())
