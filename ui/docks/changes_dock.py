"""The Changes dock: every change in a list, filtered by kind, category, pattern and words.

As Word's Reviewing pane: each change on a row with its paragraph, kind and category, and the
words around it (`ChangesModel`). Choosing a row, by click or arrow keys, reports the change
so the view shows it in both panes; the view's current change (F7, a click in a pane or the
change map) is followed here without being reported back. The filters sit above the list:
a kind, a category, "only the selected pattern's changes" (the Patterns dock's selection),
and a search field (Ctrl+Shift+L) matching the change's words or its context. Below, how many
of the changes are listed. The list is filled when the dock is in sight, and then on the
event loop's next turn, after the panes are shown: behind the Patterns tab it only remembers
what to show, so a book's thousands of rows cost nothing when a pair is opened or switched to,
and in sight they do not lengthen the pause while the panes are filled.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model import Category, Comparison, CountedAs, Pattern
from core.report.legend import LEGEND
from ui.docks.changes_model import CONTEXT_ROLE, KIND_SIGNS, ChangesModel, Column
from ui.docks.context_delegate import ContextDelegate
from ui.docks.list_table import set_up_list


class ChangesDock(QDockWidget):
    """The filtered list of changes; reports the one chosen."""

    change_selected = Signal(int)  # a change id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Changes", parent)
        self.setObjectName("changesDock")
        self.model = ChangesModel(self)
        self.kind = QComboBox()
        self.category = QComboBox()
        self.only_pattern = QCheckBox("Selected pattern only")
        self.search = QLineEdit()
        self.view = QTableView()
        self.count = QLabel()
        self._pattern: Pattern | None = None
        self._comparison: Comparison | None = None
        self._stale = False  # the comparison is not listed yet: the dock is out of sight
        self._current = -1  # the view's current change, to select once listed
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._list)
        self._following = False  # showing the view's change: not to be reported back
        self._reported: int | None = None  # by the current row's change, just now
        self._build()
        self._connect()

    def _build(self) -> None:
        self.kind.setToolTip("Show the changes of one kind")
        self.category.setToolTip("Show the changes of one category")
        self.only_pattern.setToolTip("Show only the changes of the pattern selected in the "
                                     "Patterns dock")
        self.only_pattern.setEnabled(False)
        self.search.setPlaceholderText("Search changes…")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("The changes whose words, or the words around them, hold this "
                               "(Ctrl+Shift+L)")
        self.count.setObjectName("changesCount")
        self._build_table()
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind, 0, 0)
        filters.addWidget(self.category, 0, 1)
        filters.addWidget(self.search, 1, 0)
        filters.addWidget(self.only_pattern, 1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setWidget(body)
        self._fill_filters()

    def _build_table(self) -> None:
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(Column.CONTEXT,
                                           ContextDelegate(CONTEXT_ROLE, self.view))
        set_up_list(self.view, Column.CONTEXT,
                    ((Column.PARAGRAPH, "0000"), (Column.KIND, "· unicode-form")),
                    resizable=True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _connect(self) -> None:
        self.kind.activated.connect(self._on_filter_changed)
        self.category.activated.connect(self._on_filter_changed)
        self.only_pattern.toggled.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.visibilityChanged.connect(self._on_visibility_changed)

    # --- what is listed ----------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the changes of ``comparison`` (none for None), now if the dock is in sight,
        else once it is; the filters are kept."""
        self._comparison = comparison
        self._stale = True
        self._current = -1
        if comparison is None:
            self._list()
        elif self.in_sight():
            self._soon.start()

    def set_show_formatting(self, show: bool) -> None:
        self.model.set_show_formatting(show, refilter=not self._stale)
        if not self._stale:
            self._fill_filters()
            self._apply_filter()

    def in_sight(self) -> bool:
        """Whether the list can be seen: shown, and not behind another dock's tab (Qt counts
        a dock behind a tab as visible; nothing of it is in sight)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _list(self) -> None:
        """Fill the list with the comparison's changes and select the current one."""
        self._soon.stop()
        if not self._stale:
            return
        self._stale = False
        self.model.set_comparison(self._comparison, refilter=False)
        self._fill_filters()
        self._apply_filter()
        self.show_change(self._current)

    def set_pattern(self, pattern: Pattern | None) -> None:
        """The pattern selected in the Patterns dock, for "Selected pattern only"."""
        self._pattern = pattern
        self.only_pattern.setEnabled(pattern is not None)
        if self.only_pattern.isChecked():
            self._apply_filter()

    def show_change(self, change_id: int) -> None:
        """Follow the view's current change: select its row (none when it is not listed)."""
        self._current = change_id
        if self._stale:
            return  # selected once listed
        row = self.model.row_of(change_id)
        self._following = True
        try:
            if row is None:
                self.view.selectionModel().clearCurrentIndex()
                self.view.clearSelection()
            else:
                index = self.model.index(row, Column.CONTEXT)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        finally:
            self._following = False

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- filters ------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The kinds and categories of the changes on screen, with how many of each."""
        kind, category = self.kind.currentData(), self.category.currentData()
        _fill(self.kind, "All kinds", [
            (value, f"{KIND_SIGNS[value]} {LEGEND[value.value].label} ({count:,})")
            for value, count in self.model.kinds()], kind)
        _fill(self.category, "All categories", [(value, f"{value.value} ({count:,})")
                                                for value, count in self.model.categories()],
              category)

    def _apply_filter(self) -> None:
        kind, category = self.kind.currentData(), self.category.currentData()
        self.model.set_filter(
            kind if isinstance(kind, CountedAs) else None,
            category if isinstance(category, Category) else None,
            self._pattern if self.only_pattern.isChecked() else None,
            self.search.text())
        listed, total = self.model.rowCount(), self.model.total()
        self.count.setText(f"{listed:,} of {total:,} changes" if listed != total
                           else f"{total:,} change{'' if total == 1 else 's'}")

    def _on_filter_changed(self) -> None:
        self._apply_filter()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._list()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        change = self.model.change_at(current)
        if change is not None and not self._following:
            self._reported = change.id
            self.change_selected.emit(change.id)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        # A click on the row that was current already shows its change again; a click that
        # made the row current has been reported.
        change = self.model.change_at(index)
        if change is None:
            return
        if change.id == self._reported:
            self._reported = None
        else:
            self.change_selected.emit(change.id)


def _fill(box: QComboBox, everything: str, items: list[tuple[object, str]],
          keep: object) -> None:
    """Fill ``box`` with "everything" and ``items`` (data, text), keeping ``keep`` chosen."""
    box.blockSignals(True)
    try:
        box.clear()
        box.addItem(everything, None)
        for data, text in items:
            box.addItem(text, data)
        found = box.findData(keep) if keep is not None else 0
        box.setCurrentIndex(max(0, found))
    finally:
        box.blockSignals(False)
