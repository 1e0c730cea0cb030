"""A one-line label that cuts its text with "…" to fit, and gives the whole in its tooltip.

Used where a long text (a title, a pair of file names, the counts) must not widen the window:
the label asks for its whole text's width, takes less when there is less, and never asks for
more than `MINIMUM_WIDTH` as its minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MINIMUM_WIDTH = 40


class ElidedLabel(QLabel):
    """A label showing as much of its text as fits, cut with an ellipsis."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, cut to fit; the tooltip holds it whole when it is cut."""
        self._full = text
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.set_full_text("")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._text_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(MINIMUM_WIDTH, self._text_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _text_width(self) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + 2
        return self.fontMetrics().horizontalAdvance(self._full) + extra

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, width))
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
