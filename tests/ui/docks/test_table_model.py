"""`ui.docks.table_model`: the flat table every model of the window builds on.

A two-column subclass made here passes pytest-qt's model tester (the window's own models:
`test_versions_model`, `test_patterns_model`).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from ui.docks.table_model import Index, TableModel


class _Words(TableModel):
    HEADERS = ("Word", "Length")

    def __init__(self, words: list[str]) -> None:
        super().__init__()
        self.words = words

    def row_total(self) -> int:
        return len(self.words)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        word = self.words[index.row()]
        return word if index.column() == 0 else len(word)


@pytest.mark.parametrize("words", [[], ["visit", "go to"]], ids=["empty", "two rows"])
def test_a_flat_table_passes_the_model_tester(qtmodeltester: ModelTester, words: list[str]
                                              ) -> None:
    model = _Words(words)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (len(words), 2)
    parent = model.index(0, 0) if words else QModelIndex()
    assert (model.rowCount(parent), model.columnCount(parent)) == (
        (0, 0) if words else (len(words), 2)), "no row has children"


@pytest.mark.parametrize(
    ("section", "orientation", "role", "header"),
    [
        pytest.param(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole, "Word",
                     id="the first column's name"),
        pytest.param(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole, "Length",
                     id="the second's"),
        pytest.param(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole, None,
                     id="no third column"),
        pytest.param(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole, None,
                     id="rows have no headers"),
        pytest.param(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole, None,
                     id="only the displayed name"),
    ],
)
def test_headers(section: int, orientation: Qt.Orientation, role: int, header: str | None
                 ) -> None:
    assert _Words([]).headerData(section, orientation, role) == header


def test_the_base_knows_no_rows() -> None:
    with pytest.raises(NotImplementedError):
        TableModel().rowCount()
