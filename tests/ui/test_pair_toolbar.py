"""`ui.pair_toolbar`: "Compare [OLD] with [NEW]": a choice reports its row, the session's pair
is shown without being reported back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WAIT_MS
from ui.docks.versions_model import VersionsModel
from ui.pair_toolbar import PairToolBar
from ui.session import Session
from ui.worker import Worker


@pytest.fixture
def bar(qtbot: QtBot, samples: list[Path]) -> Iterator[PairToolBar]:
    worker = Worker()
    session = Session(worker)
    session.open_paths([str(path) for path in samples])
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    shown = PairToolBar(VersionsModel(session), QAction("Swap"))
    qtbot.addWidget(shown)
    yield shown
    worker.shutdown()


def test_the_pickers_list_the_versions(bar: PairToolBar, samples: list[Path]) -> None:
    for picker in (bar.old_picker, bar.new_picker):
        assert [picker.itemText(row) for row in range(picker.count())] == [
            path.name for path in samples]


def test_showing_the_pair_reports_nothing(qtbot: QtBot, bar: PairToolBar) -> None:
    chosen: list[tuple[str, int]] = []
    bar.old_chosen.connect(lambda row: chosen.append(("old", row)))
    bar.new_chosen.connect(lambda row: chosen.append(("new", row)))
    bar.show_pair(2, 3)
    bar.show_pair(None, 1)
    assert (bar.old_picker.currentIndex(), bar.new_picker.currentIndex()) == (-1, 1)
    assert chosen == []


@pytest.mark.parametrize(
    ("picker", "row", "reported"),
    [
        pytest.param("old", 2, [("old", 2)], id="a choice of OLD reports its row"),
        pytest.param("new", 3, [("new", 3)], id="a choice of NEW reports its row"),
        pytest.param("new", -1, [], id="no row chosen: nothing reported"),
    ],
)
def test_a_choice_reports_its_row(bar: PairToolBar, picker: str, row: int,
                                  reported: list[tuple[str, int]]) -> None:
    chosen: list[tuple[str, int]] = []
    bar.old_chosen.connect(lambda number: chosen.append(("old", number)))
    bar.new_chosen.connect(lambda number: chosen.append(("new", number)))
    (bar.old_picker if picker == "old" else bar.new_picker).activated.emit(row)
    assert chosen == reported
