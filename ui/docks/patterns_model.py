"""The substitution patterns as a Qt table model, by group: figures, content, minor, formatting.

Rows are a heading row per group — "Figures changed (n)", "Content (n)", "Minor (n)",
"Formatting (n)" — each followed by its patterns, in the order the comparison gives them
(`core.patterns.counting`: changed values first, systematic swaps first among the content,
incidental function-word swaps and formatting after); a group with no pattern has no row.
A pattern row reads "old → new", its count and its category; `PATTERN_ROLE` hands the
`Pattern` itself to the view; heading rows are not selectable. Formatting patterns can be
left out while formatting changes are hidden, and a filter keeps the patterns whose text,
category or group holds a given string. It is a flat table on purpose: a
book has thousands of patterns, and a table view only ever asks for the rows in sight.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from core.model import Comparison, Pattern, PatternGroup
from ui.docks.table_model import Index, TableModel
from ui.view.change_context import shown

PATTERN_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    SWAP = 0
    COUNT = 1
    CATEGORY = 2


_HEADER_OF = {Column.SWAP: "Swap", Column.COUNT: "×", Column.CATEGORY: "Category"}
# The heading of each group, in the order the groups are listed.
_GROUP_NAMES = {PatternGroup.FIGURES: "Figures changed", PatternGroup.CONTENT: "Content",
                PatternGroup.MINOR: "Minor", PatternGroup.FORMATTING: "Formatting"}


class _Heading:
    """A group's heading row: its name and its patterns."""

    def __init__(self, name: str, patterns: list[Pattern]) -> None:
        self.name = name
        self.patterns = patterns


class PatternsModel(TableModel):
    """Heading rows and pattern rows, in one table."""

    HEADERS = tuple(_HEADER_OF[column] for column in Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patterns: tuple[Pattern, ...] = ()
        self._show_formatting = True
        self._filter = ""
        self._rows: list[_Heading | Pattern] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._patterns = comparison.patterns if comparison is not None else ()
        self._regroup()

    def set_show_formatting(self, show: bool) -> None:
        if show != self._show_formatting:
            self._show_formatting = show
            self._regroup()

    def set_filter(self, text: str) -> None:
        """Keep only patterns whose swap or category contains ``text`` (any case)."""
        text = text.strip().casefold()
        if text != self._filter:
            self._filter = text
            self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        kept = [p for p in self._patterns if not self._filter or self._filter in _searchable(p)]
        self._rows = []
        for group, name in _GROUP_NAMES.items():
            patterns = [p for p in kept if p.group is group]
            if group is PatternGroup.FORMATTING and not self._show_formatting:
                patterns = []
            if patterns:
                self._rows += [_Heading(name, patterns), *patterns]
        self.endResetModel()

    def pattern_count(self) -> int:
        return sum(1 for row in self._rows if isinstance(row, Pattern))

    def heading_rows(self) -> list[int]:
        return [number for number, row in enumerate(self._rows) if isinstance(row, _Heading)]

    def pattern_at(self, index: Index) -> Pattern | None:
        """The pattern of a pattern row; None for a heading row or an invalid index."""
        row = self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) \
            else None
        return row if isinstance(row, Pattern) else None

    # --- the table -------------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.pattern_at(index) is None:
            return Qt.ItemFlag.NoItemFlags  # headings are skipped by the keyboard too
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if isinstance(row, _Heading):
            return _heading_data(row, column, role)
        return _pattern_data(row, column, role)


def _searchable(pattern: Pattern) -> str:
    return (f"{pattern.old} → {pattern.new} {pattern.category.value} "
            f"{pattern.group.value}").casefold()


def _heading_data(heading: _Heading, column: Column, role: int) -> object:
    if role == Qt.ItemDataRole.DisplayRole:
        if column is Column.SWAP:
            return f"{heading.name} ({len(heading.patterns)})"
        return str(sum(p.count for p in heading.patterns)) if column is Column.COUNT else ""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor("#222222")  # not greyed out like other disabled rows
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor("#e9edf2")
    if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.COUNT:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def _pattern_data(pattern: Pattern, column: Column, role: int) -> object:
    if role == Qt.ItemDataRole.DisplayRole:
        if column is Column.SWAP:
            return f"{shown(pattern.old)} → {shown(pattern.new)}"
        if column is Column.COUNT:
            return str(pattern.count)
        return pattern.category.value
    if role == Qt.ItemDataRole.ToolTipRole:
        return (f"“{pattern.old}” → “{pattern.new}”: {pattern.count}× "
                f"({pattern.category.value}). Click to see every place; Enter steps on.")
    if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.COUNT:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == PATTERN_ROLE:
        return pattern
    return None
