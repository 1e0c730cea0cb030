"""Every change of the comparison as a Qt table model: where, what kind, and in context.

One row per change, in document order: the paragraph it stands in (of NEW; of OLD for an
omission); its kind as it is counted (`core.model.counted_as`: the headings of the counts),
as a sign in the kind's colour (`KIND_SIGNS`: → substitution, − omission, + addition,
⇄ moved passage, · formatting only), and its category, in one narrow column so the context
has the room; and the change on one line with the words around it
(`ui.view.change_context`). `CHANGE_ROLE` hands the change's id to the view. Rows can be
kept to one kind, one category, the changes of the selected pattern and a search string
(in the change's words or its context); formatting-only changes are left out while the
window hides them, and those the ignore rules set aside always, as the navigator does. It is a flat table on purpose: a book has thousands of changes, and a
table view only asks for the rows in sight. Filtering is one pass over the changes; the
lines of context are made when a row is first shown or searched, and kept.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from core.model import Category, Change, ChangeKind, Comparison, CountedAs, Pattern, counted_as
from core.report.legend import LEGEND
from core.text.paragraphs import paragraphs
from ui.docks.table_model import Index, TableModel
from ui.view.change_context import InContext, in_context

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # the `InContext` of the row's change
E = TypeVar("E", CountedAs, Category)
_NAME = attrgetter("_name_")
_CATEGORY = attrgetter("category")


KIND_SIGNS = {CountedAs.SUBSTITUTION: "→", CountedAs.OMISSION: "−", CountedAs.ADDITION: "+",
              CountedAs.MOVE: "⇄", CountedAs.FORMATTING: "·"}
KIND_TIP = ("The kind, as counted — → substitution, − omission, + addition, ⇄ moved passage, "
            "· formatting only — and the category")


class Column(enum.IntEnum):
    PARAGRAPH = 0
    KIND = 1
    CONTEXT = 2


_HEADER_OF = {Column.PARAGRAPH: "¶", Column.KIND: "Kind", Column.CONTEXT: "Change in context"}


class ChangesModel(TableModel):
    """The comparison's changes, filtered."""

    HEADERS = tuple(_HEADER_OF[column] for column in Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: tuple[Change, ...] = ()
        self._kinds: list[CountedAs] = []  # of each change, as counted
        self._new_text = ""
        self._paragraphs: dict[bool, list[int]] = {True: [], False: []}  # by "on OLD"
        self._contexts: dict[int, InContext] = {}  # index in `_changes` -> its context
        self._searchable: list[str] | None = None
        self._rows: list[int] = []  # indexes into `_changes`
        self._row_of: dict[int, int] = {}  # change id -> row
        self._show_formatting = True
        self.kind: CountedAs | None = None
        self.category: Category | None = None
        self.pattern: frozenset[int] | None = None
        self.search = ""

    def set_comparison(self, comparison: Comparison | None, refilter: bool = True) -> None:
        """List the changes of ``comparison``; ``refilter`` False when `set_filter` follows."""
        changes = comparison.changes if comparison is not None else ()
        self._changes = tuple(change for change in changes if not change.ignored)
        self._kinds = [counted_as(change) for change in self._changes]
        self._new_text = comparison.new.text if comparison is not None else ""
        for on_old, text in ((True, comparison.old.text if comparison else ""),
                             (False, self._new_text)):
            self._paragraphs[on_old] = [paragraph.start for paragraph in paragraphs(text)]
        self._contexts = {}
        self._searchable = None
        if refilter:
            self._refilter()

    def set_show_formatting(self, show: bool, refilter: bool = True) -> None:
        """List formatting-only changes (True) or not; ``refilter`` False when
        `set_comparison` follows."""
        if show != self._show_formatting:
            self._show_formatting = show
            if refilter:
                self._refilter()

    def set_filter(self, kind: CountedAs | None = None, category: Category | None = None,
                   pattern: Pattern | None = None, search: str = "") -> None:
        """Keep the changes of ``kind``, ``category``, counted in ``pattern`` and holding
        ``search`` (any case) in their words or context; None and "" keep all."""
        self.kind, self.category = kind, category
        self.pattern = frozenset(pattern.changes) if pattern is not None else None
        self.search = search.strip().casefold()
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        searchable = self._searchable_lines() if self.search else None
        if searchable is None and self._show_formatting and self.kind is None and (
                self.category is None and self.pattern is None):
            self._rows = list(range(len(self._changes)))  # all: the usual case, and quick
        else:
            self._rows = [number for number, change in enumerate(self._changes)
                          if self._kept(change, self._kinds[number]) and (
                              searchable is None or self.search in searchable[number])]
        self._row_of = {self._changes[number].id: row for row, number in enumerate(self._rows)}
        self.endResetModel()

    def _kept(self, change: Change, kind: CountedAs) -> bool:
        if change.category.is_formatting and not self._show_formatting:
            return False  # as the navigator leaves them out
        if self.kind is not None and kind is not self.kind:
            return False
        if self.category is not None and change.category is not self.category:
            return False
        return self.pattern is None or change.id in self.pattern

    def _searchable_lines(self) -> list[str]:
        if self._searchable is None:
            self._searchable = [
                f"{change.old_text}\n{change.new_text}\n{self._line(number)}".casefold()
                for number, change in enumerate(self._changes)]
        return self._searchable

    def _line(self, number: int) -> str:
        return self._context(number).line()

    def _context(self, number: int) -> InContext:
        found = self._contexts.get(number)
        if found is None:
            found = self._contexts[number] = in_context(self._changes[number], self._new_text)
        return found

    # --- what the dock asks -----------------------------------------------------------------------

    def total(self) -> int:
        """How many changes the comparison has (the ignored ones aside), listed or not."""
        return len(self._changes)

    def row_of(self, change_id: int) -> int | None:
        """The row listing the change ``change_id``; None when it is filtered out."""
        return self._row_of.get(change_id)

    def change_at(self, index: Index) -> Change | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._changes[self._rows[index.row()]]

    def categories(self) -> list[tuple[Category, int]]:
        """Each category the changes have, with how many, in the enum's order."""
        categories: Iterable[Category] = map(_CATEGORY, self._changes)
        if not self._show_formatting:
            categories = (category for category in categories if not category.is_formatting)
        return _counted(Category, categories)

    def kinds(self) -> list[tuple[CountedAs, int]]:
        """Each kind the changes are counted as, with how many rows (a move's two ends)."""
        if self._show_formatting:
            return _counted(CountedAs, self._kinds)
        return _counted(CountedAs, (
            kind for kind, change in zip(self._kinds, self._changes, strict=True)
            if not change.category.is_formatting))

    def paragraph_of(self, change: Change) -> int | None:
        """The paragraph (from 1) the change stands in: of OLD for an omission, else NEW."""
        on_old = change.kind is ChangeKind.OMISSION
        position = change.old_start if on_old else change.new_start
        number = bisect_right(self._paragraphs[on_old], position)
        return number or None

    # --- the table -------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == Column.KIND):
            return KIND_TIP
        return super().headerData(section, orientation, role)

    def row_total(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        change = self.change_at(index)
        if change is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(change, column, self._rows[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(change)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.KIND:
            return QColor(LEGEND[counted_as(change).value].foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHANGE_ROLE:
            return change.id
        if role == CONTEXT_ROLE:
            return self._context(self._rows[index.row()])
        return None

    def _display(self, change: Change, column: Column, number: int) -> str:
        if column is Column.PARAGRAPH:
            paragraph = self.paragraph_of(change)
            return str(paragraph) if paragraph is not None else ""
        if column is Column.KIND:
            return f"{KIND_SIGNS[counted_as(change)]} {change.category.value}"
        return self._line(number)


def _counted(members: type[E], values: Iterable[E]) -> list[tuple[E, int]]:
    """Each of ``members`` (an enum) that occurs in ``values``, with how often, in the enum's
    order. Counted by name, which hashes in C (a member's own hash is a Python call: a book's
    thousands of changes took a noticeable part of showing it)."""
    counts = Counter(map(_NAME, values))
    return [(member, counts[member.name]) for member in members if member.name in counts]


def _tooltip(change: Change) -> str:
    old = f"“{change.old_text}”" if change.old_text else "(nothing)"
    new = f"“{change.new_text}”" if change.new_text else "(nothing)"
    return (f"{LEGEND[counted_as(change).value].label} ({change.category.value}): "
            f"{old} → {new}. Click to show it in both versions.")
