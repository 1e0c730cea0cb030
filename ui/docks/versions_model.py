"""The loaded versions as a Qt table model: title, file name and word count, OLD and NEW marked.

The model reads the `Session` and follows its signals; it never changes the session itself.
The Versions dock shows the title column; the toolbar's OLD and NEW pickers show file names.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from ui.docks.table_model import Index, TableModel
from ui.session import Session, Version

# Extra data roles, read by the Versions dock's delegate.
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # "OLD", "NEW" or ""
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # "file.txt · 612 words"


class Column(enum.IntEnum):
    TITLE = 0
    FILE = 1
    WORDS = 2


_HEADER_OF = {Column.TITLE: "Title", Column.FILE: "File", Column.WORDS: "Words"}


class VersionsModel(TableModel):
    """One row per loaded version, in the order they were opened."""

    HEADERS = tuple(_HEADER_OF[column] for column in Column)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._versions: tuple[Version, ...] = session.versions
        session.versions_changed.connect(self._on_session_versions_changed)
        session.pair_changed.connect(self._on_session_pair_changed)

    def row_total(self) -> int:
        return len(self._versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        version = self._versions[index.row()]
        document = version.document
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {Column.TITLE: document.title or document.name,
                    Column.FILE: document.name,
                    Column.WORDS: f"{version.words:,}"}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = ", ".join(d for d in (document.source_format, document.encoding) if d)
            return (f"{document.path}\n{version.words:,} words · {details}"
                    + (f"\n{document.notice}" if document.notice else ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.pair_label(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return self._extra(index.row(), version, role)

    def _extra(self, row: int, version: Version, role: int) -> object:
        if role == PAIR_ROLE:
            return self.pair_label(row)
        if role == DETAIL_ROLE:
            return f"{version.document.name} · {version.words:,} words"
        return None

    def pair_label(self, row: int) -> str:
        old, new = self._session.pair
        return "OLD" if row == old else "NEW" if row == new else ""

    def _on_session_versions_changed(self) -> None:
        self.beginResetModel()
        self._versions = self._session.versions
        self.endResetModel()

    def _on_session_pair_changed(self) -> None:
        if self._versions:
            last = self.index(len(self._versions) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
