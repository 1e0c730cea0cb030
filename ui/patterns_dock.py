"""The Patterns dock: the spin-profile line, a filter box and the counted swaps.

Content patterns come first and formatting ones in a group apart (see `PatternsModel`).
Selecting a pattern, by click or arrow keys, reports it so the view can emphasise all its
places and go to the first; Enter steps to the next place, Shift+Enter to the previous.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.model import Comparison, Pattern, Profile
from ui.patterns_model import Column, PatternsModel


class PatternsDock(QDockWidget):
    """Shows the patterns of the comparison on screen and reports the one selected."""

    pattern_selected = Signal(object)  # a Pattern, or None
    pattern_stepped = Signal(int)  # +1 or -1: the selected pattern's next or previous place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Patterns", parent)
        self.setObjectName("patternsDock")
        self.model = PatternsModel(self)
        self.profile = QLabel()
        self.filter = QLineEdit()
        self.view = _PatternTree()
        self._build()

    def _build(self) -> None:
        self.profile.setObjectName("profileLine")
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.hide()
        self.filter.setPlaceholderText("Filter patterns…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setRootIsDecorated(True)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SWAP, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing columns to their contents reads every row of a long list.
        metrics = self.view.fontMetrics()
        for column, sample in ((Column.COUNT, "0000"), (Column.CATEGORY, "punctuation")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.stepped.connect(self.pattern_stepped)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.profile)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show the patterns of ``comparison`` (none for None); nothing stays selected."""
        self.model.set_comparison(comparison)
        self._expand_groups()
        profile = comparison.profile if comparison is not None else None
        self.profile.setText(profile_html(profile) if profile is not None else "")
        self.profile.setVisible(profile is not None)

    def set_show_formatting(self, show: bool) -> None:
        self.model.set_show_formatting(show)
        self._expand_groups()

    def select_row(self, group: int, row: int) -> Pattern | None:
        """Select the ``row``-th pattern in group ``group`` as shown; return it."""
        index = self.model.index(row, 0, self.model.index(group, 0))
        if not index.isValid():
            return None
        self.view.setCurrentIndex(index)
        return self._pattern(index)

    def _expand_groups(self) -> None:
        # Only the group rows have children; expandAll would visit every pattern.
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))

    def _pattern(self, index: QModelIndex) -> Pattern | None:
        return self.model.pattern_at(index)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.pattern_selected.emit(self._pattern(current))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        # A click on the pattern already current starts again from its first place.
        if index == self.view.currentIndex() and self._pattern(index) is not None:
            self.pattern_selected.emit(self._pattern(index))

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._expand_groups()


def profile_html(profile: Profile) -> str:
    """The spin-profile line: its reading, then the three shares."""
    return (f"<b>Spin profile:</b> {html.escape(profile.reading)}<br>"
            f"<span style='color:#555'>substituted {profile.substituted_share:.0%} of words · "
            f"synonyms {profile.synonym_share:.0%} of swaps · "
            f"consistency {profile.consistency:.0%}</span>")


class _PatternTree(QTreeView):
    """The pattern list; Enter and Shift+Enter step through the selected pattern's places."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if backwards else 1)
            event.accept()
            return
        super().keyPressEvent(event)
