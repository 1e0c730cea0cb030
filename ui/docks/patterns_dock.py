"""The Patterns dock: the pair's reading, a filter box and the counted swaps.

Content patterns come first and formatting ones in a group apart, each under a heading row
(see `PatternsModel`).
Selecting a pattern, by click or arrow keys, reports it so the view can emphasise all its
places and go to the first; Enter steps to the next place, Shift+Enter to the previous.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model import Comparison, Pattern, Profile
from ui.docks.list_table import set_up_list
from ui.docks.patterns_model import Column, PatternsModel


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
        self.view = _PatternTable()
        self._build()

    def _build(self) -> None:
        self.profile.setObjectName("profileLine")
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.hide()
        self.filter.setPlaceholderText("Filter patterns…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip("Show the patterns whose words hold this (Ctrl+Alt+F)")
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self._build_table()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.profile)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

    def _build_table(self) -> None:
        self.view.setModel(self.model)
        set_up_list(self.view, Column.SWAP,
                    ((Column.COUNT, "0000"), (Column.CATEGORY, "punctuation")))
        self.model.modelReset.connect(self._on_model_reset)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.stepped.connect(self.pattern_stepped)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show the patterns of ``comparison`` (none for None); nothing stays selected."""
        self.model.set_comparison(comparison)
        profile = comparison.profile if comparison is not None else None
        self.profile.setText(profile_html(profile) if profile is not None else "")
        self.profile.setVisible(profile is not None)

    def set_show_formatting(self, show: bool) -> None:
        self.model.set_show_formatting(show)

    def select_row(self, group: int, row: int) -> Pattern | None:
        """Select the ``row``-th pattern of group ``group`` (0 content, 1 formatting)."""
        headings = self.model.heading_rows()
        if group >= len(headings):
            return None
        index = self.model.index(headings[group] + 1 + row, 0)
        pattern = self.model.pattern_at(index)
        if pattern is not None:
            self.view.setCurrentIndex(index)
        return pattern

    def _on_model_reset(self) -> None:
        self.view.clearSpans()
        for row in self.model.heading_rows():
            self.view.setSpan(row, Column.SWAP, 1, 2)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.pattern_selected.emit(self.model.pattern_at(current))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        # A click on the pattern already current starts again from its first place.
        if index == self.view.currentIndex() and self.model.pattern_at(index) is not None:
            self.pattern_selected.emit(self.model.pattern_at(index))

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filter(text)


def profile_html(profile: Profile) -> str:
    """The pair's reading, then the three shares of the spin profile; headed "Spin
    profile" only when the reading is of a spun copy."""
    heading = "Spin profile" if profile.kind == "spun" else "Reading"
    return (f"<b>{heading}:</b> {html.escape(profile.reading)}<br>"
            f"<span style='color:#555'>substituted {profile.substituted_share:.0%} of words · "
            f"synonyms {profile.synonym_share:.0%} of swaps · "
            f"consistency {profile.consistency:.0%}</span>")


class _PatternTable(QTableView):
    """The pattern list; Enter and Shift+Enter step through the selected pattern's places."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if backwards else 1)
            event.accept()
            return
        super().keyPressEvent(event)
