"""How a dock's list looks and reads: the Patterns and Changes docks show theirs alike."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# Points beside a sample text's width, for the cell's margins.
_PADDING = 16


def set_up_list(view: QTableView, stretch: int, widths: Sequence[tuple[int, str]],
                resizable: bool = False) -> None:
    """Rows selected whole and one at a time, one line each, no grid; ``stretch`` takes the
    room left; the ``widths`` columns are as wide as their sample text (sizing columns to
    their contents would read every row of a long list), ``resizable`` by the reader."""
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    mode = QHeaderView.ResizeMode.Interactive if resizable else QHeaderView.ResizeMode.Fixed
    metrics = view.fontMetrics()
    for column, sample in widths:
        header.setSectionResizeMode(column, mode)
        header.resizeSection(column, metrics.horizontalAdvance(sample) + _PADDING)
