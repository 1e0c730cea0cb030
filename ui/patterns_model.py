"""The substitution patterns as a Qt tree model: content swaps first, formatting apart.

Two group rows, "Content" and "Formatting", hold the patterns in the order the comparison
gives them (most frequent first). Each pattern row reads "old → new", its count and its
category; `PATTERN_ROLE` hands the `Pattern` itself to the view. Formatting patterns can be
left out while formatting changes are hidden, and a filter keeps the patterns whose text or
category holds a given string (filtering here is cheap; a proxy model would visit every row).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from core.model import Comparison, Pattern

Index = QModelIndex | QPersistentModelIndex

PATTERN_ROLE = Qt.ItemDataRole.UserRole + 1

# Characters that would be invisible in a list: shown as visible stand-ins.
_VISIBLE = str.maketrans({"\n": "¶", "\t": "⇥", "\u00a0": "⍽", "\u2009": "⍽", "\u202f": "⍽"})


class Column(enum.IntEnum):
    SWAP = 0
    COUNT = 1
    CATEGORY = 2


_HEADERS = {Column.SWAP: "Swap", Column.COUNT: "×", Column.CATEGORY: "Category"}


def shown(text: str) -> str:
    """``text`` with invisible characters made visible, for one line of a list."""
    if not text:
        return "∅"
    if not text.strip(" "):
        return "·" * len(text)
    return text.translate(_VISIBLE)


class PatternsModel(QAbstractItemModel):
    """Group rows at the top level, patterns beneath them.

    A pattern's index carries its group's row + 1 as internal id; a group's carries 0.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patterns: tuple[Pattern, ...] = ()
        self._show_formatting = True
        self._filter = ""
        self._groups: list[tuple[str, list[Pattern]]] = []

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
        shown = [p for p in self._patterns if self._filter in _searchable(p)]
        content = [p for p in shown if not p.category.is_formatting]
        formatting = [p for p in shown if p.category.is_formatting]
        self._groups = [("Content", content)] if content else []
        if formatting and self._show_formatting:
            self._groups.append(("Formatting", formatting))
        self.endResetModel()

    def pattern_count(self) -> int:
        return sum(len(patterns) for _, patterns in self._groups)

    # --- the tree ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        group = parent.row() + 1 if parent.isValid() else 0
        return self.createIndex(row, column, group)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return _HEADERS[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        pattern = self.pattern_at(index)
        return None if pattern is None else _pattern_data(pattern, Column(index.column()), role)

    def pattern_at(self, index: Index) -> Pattern | None:
        """The pattern of a pattern row; None for a group row or an invalid index."""
        group = int(index.internalId()) - 1 if index.isValid() else -1
        if not 0 <= group < len(self._groups):
            return None
        patterns = self._groups[group][1]
        return patterns[index.row()] if 0 <= index.row() < len(patterns) else None

    def _group_data(self, index: Index, role: int) -> object:
        if not 0 <= index.row() < len(self._groups):
            return None
        name, patterns = self._groups[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.SWAP:
                return f"{name} ({len(patterns)})"
            if column is Column.COUNT:
                return str(sum(p.count for p in patterns))
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _searchable(pattern: Pattern) -> str:
    return f"{pattern.old} → {pattern.new} {pattern.category.value}".casefold()


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
