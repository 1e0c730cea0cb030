"""The Versions dock: every loaded version, with the pair being compared marked OLD and NEW.

Clicking a version (or pressing Enter on it) compares it with the current OLD; the context
menu makes it OLD or NEW, or closes it. Each row shows the title, then the file name and
word count, and an OLD or NEW badge.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.docks.versions_model import DETAIL_ROLE, PAIR_ROLE, VersionsModel

BADGE_COLOURS = {"OLD": "#8a1c1c", "NEW": "#176b2c"}


class VersionsDock(QDockWidget):
    """A list of the loaded versions; reports which one the user picked and for what."""

    old_requested = Signal(int)
    new_requested = Signal(int)  # a click: compare this row with the current OLD
    close_requested = Signal(int)

    def __init__(self, model: VersionsModel, parent: QWidget | None = None) -> None:
        super().__init__("Versions", parent)
        self.setObjectName("versionsDock")
        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(_VersionDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.setWidget(self.view)

    def height_for(self, rows: int) -> int:
        """The dock's height that shows ``rows`` versions whole, its title bar included."""
        chrome = self.height() - self.view.viewport().height()  # once laid out
        if not self.isVisible() or chrome <= 0:
            chrome = self.fontMetrics().height() + 10 + 2 * self.view.frameWidth()
        return rows * _row_height(self.view.fontMetrics().height()) + chrome

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.new_requested.emit(index.row())

    def _on_view_context_menu_requested(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            index = self.view.currentIndex()  # the menu key: the current version
        if not index.isValid():
            return
        row = index.row()
        menu = QMenu(self)
        menu.addAction("Compare as OLD", lambda *_: self.old_requested.emit(row))
        menu.addAction("Compare as NEW", lambda *_: self.new_requested.emit(row))
        menu.addSeparator()
        menu.addAction("Close Version", lambda *_: self.close_requested.emit(row))
        menu.exec(self.view.viewport().mapToGlobal(point))


class _VersionDelegate(QStyledItemDelegate):
    """Two lines per version (title; file name and words) and the OLD or NEW badge."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, _row_height(option.fontMetrics.height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        rect: QRect = option.rect
        badge = str(index.data(PAIR_ROLE) or "")
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = rect.adjusted(8, 6, -(52 if badge else 8), -6)
        half = text_rect.height() // 2
        title_font = QFont(option.font)
        title_font.setBold(bool(badge))
        painter.setFont(title_font)
        painter.setPen(option.palette.color(role))
        metrics = painter.fontMetrics()
        painter.drawText(text_rect.adjusted(0, 0, 0, -half), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(text_rect.adjusted(0, half, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideMiddle,
                                                          text_rect.width()))
        if badge:
            _paint_badge(painter, QRect(rect.right() - 46, rect.center().y() - 10, 40, 20), badge)
        painter.restore()


def _row_height(font_height: int) -> int:
    """A version's row: two lines of text and their padding."""
    return font_height * 2 + 14


def _paint_badge(painter: QPainter, rect: QRect, label: str) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_COLOURS.get(label, "#444444")))
    painter.drawRoundedRect(rect, 4, 4)
    font = painter.font()
    font.setBold(True)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
