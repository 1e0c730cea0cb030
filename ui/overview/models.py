"""The Overview's Qt models: the similarity matrix, the quotations and the changed facts.

Each reads one `core.overview.model.Overview` (none: empty) and names the place a click on
a row or cell opens, as a `Place`: the pair of versions to compare and where to look.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from core.overview.model import Overview
from core.report.overview_html import letter, shade
from ui.docks.table_model import Index, TableModel

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
_ALTERED = QColor("#8a1c1c")
_UNQUOTED = QColor("#7a4b00")
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class Place:
    """Open versions ``old`` and ``new`` compared, at ``position`` of NEW (or of OLD when
    ``in_new`` is False); no position: at the start."""

    old: int
    new: int
    position: int | None = None
    in_new: bool = True


class SimilarityModel(TableModel):
    """Row OLD, column NEW: the similarity as a coloured grid, the relation as a tooltip.

    The cells' texts and brushes are made once per overview: a grid repaints often."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview: Overview | None = None
        self._cells: list[list[tuple[str, QBrush, QBrush]]] = []

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self._overview = overview
        brushes: dict[str, QBrush] = {}
        self._cells = []
        for row in overview.similarity if overview is not None else ():
            cells = []
            for value in row:
                background, foreground = shade(value)
                cells.append((f"{value:.0%}",
                              brushes.setdefault(background, QBrush(QColor(background))),
                              brushes.setdefault(foreground, QBrush(QColor(foreground)))))
            self._cells.append(cells)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.row_total()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._overview is None or not 0 <= section < self.row_total():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return letter(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._overview.versions[section].document.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._overview is None or not index.isValid():
            return None
        old, new = index.row(), index.column()
        text, background, foreground = self._cells[old][new]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return background
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRED
        if role == Qt.ItemDataRole.ToolTipRole and old != new:
            relation = self._overview.relation(old, new)
            return relation.reading if relation is not None else None
        if role == PLACE_ROLE and old != new:
            return Place(old, new)
        return None


class QuoteColumn(enum.IntEnum):
    QUOTE = 0
    VERSION = 1
    STATE = 2
    TEXT = 3


class QuotesModel(TableModel):
    """One row per occurrence of a quotation carried by two versions or more; the groups
    altered inside quote marks first, each starting with its reference."""

    HEADERS = ("Quote", "Version", "State", "Text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, int, Place]] = []

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self._rows = _quote_rows(overview) if overview is not None else []
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        *cells, _finding, place = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (QuoteColumn.STATE,
                                                                      QuoteColumn.TEXT):
            return cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == QuoteColumn.STATE:
            if "altered" in cells[QuoteColumn.STATE]:
                return QBrush(_ALTERED)
            return QBrush(_UNQUOTED) if "lost" in cells[QuoteColumn.STATE] else None
        if role == PLACE_ROLE:
            return place
        return None


def _quote_rows(overview: Overview) -> list[tuple[str, str, str, str, int, Place]]:
    rows = []
    for group in overview.quotes:
        if len(group.occurrences) < 2:
            continue
        reference = group.occurrences[0]
        for number, occurrence in enumerate(group.occurrences):
            label = (f"#{group.id} {group.speaker or ''}".strip()) if number == 0 else ""
            state = "reference" if number == 0 else _state(
                occurrence.quoted, occurrence.altered,
                [(c.old_text.strip(), c.new_text.strip()) for c in occurrence.changes])
            other = group.occurrences[1] if number == 0 else occurrence
            place = Place(reference.version, other.version, other.start)
            rows.append((label, letter(occurrence.version), state,
                         " ".join(occurrence.text.split()), group.finding, place))
    return rows


def _state(quoted: bool, altered: bool, changes: list[tuple[str, str]]) -> str:
    parts = [] if quoted else ["quote marks lost"]
    if altered:
        parts.append("altered: " + ", ".join(f"{old or '∅'} → {new or '∅'}"
                                            for old, new in changes))
    return "; ".join(parts) or "same words"


class FactColumn(enum.IntEnum):
    KIND = 0
    VERSION = 1
    TEXT = 2


class FactsModel(TableModel):
    """One row per place of a fact the versions state differently."""

    HEADERS = ("Fact", "Version", "Says")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, Place]] = []

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self._rows = []
        for group in overview.facts if overview is not None else ():
            first = group.values[0]
            for number, value in enumerate(group.values):
                other = group.values[1] if number == 0 else value
                label = f"#{group.id} {group.kind.value}" if number == 0 else ""
                self._rows.append((label, letter(value.version), value.text,
                                   Place(first.version, other.version, other.start)))
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == PLACE_ROLE:
            return row[3]
        return None
