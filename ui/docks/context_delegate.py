"""Drawing a change in its context in a narrow column: the change always in sight.

A plain cell cuts its text at the right, so in a narrow dock "…the words before [old → new]"
loses the change itself. This delegate gives the words before at most a third of the cell
(cut from the left), then the change in bold (cut at its end only if it alone is too wide),
then as many words after as fit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.view.change_context import InContext

BEFORE_SHARE = 0.34  # of the cell's width, at most, for the words before the change
PADDING = 4


class ContextDelegate(QStyledItemDelegate):
    """Paints an `InContext` given by ``role`` of the index."""

    def __init__(self, role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        context = index.data(self._role)
        if not isinstance(context, InContext):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        _draw(painter, option.rect.adjusted(PADDING, 0, -PADDING, 0), option.font, context)
        painter.restore()


def _draw(painter: QPainter, rect: QRect, font: QFont, context: InContext) -> None:
    plain = QFontMetrics(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    before = f"…{context.before} " if context.before else ""
    after = f" {context.after}…" if context.after else ""
    width = rect.width()
    change_width = min(bold.horizontalAdvance(context.change), width)
    room = max(0, min(int(width * BEFORE_SHARE), width - change_width))
    if plain.horizontalAdvance(before) + change_width + plain.horizontalAdvance(after) <= width:
        room = plain.horizontalAdvance(before)
    before = plain.elidedText(before, Qt.TextElideMode.ElideLeft, room) if before else ""
    x = rect.left()
    for text, metrics, face in ((before, plain, font), (context.change, bold, bold_font),
                                (after, plain, font)):
        left = rect.right() - x
        if left <= 0 or not text:
            continue
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, left)
        painter.setFont(face)
        painter.drawText(QRect(x, rect.top(), left, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        x += metrics.horizontalAdvance(shown)
