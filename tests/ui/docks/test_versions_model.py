"""`ui.docks.versions_model`: the Versions list, a Qt model that passes pytest-qt's model
tester."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WAIT_MS
from ui.docks.versions_model import PAIR_ROLE, Column, VersionsModel
from ui.session import Session
from ui.worker import Worker


def test_versions_model(qtbot: QtBot, qtmodeltester: ModelTester, samples: list[Path]) -> None:
    worker = Worker()
    session = Session(worker)
    model = VersionsModel(session)
    qtmodeltester.check(model)  # empty
    session.open_paths([str(path) for path in samples])
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    qtmodeltester.check(model)
    assert model.rowCount() == len(samples)
    assert model.index(0, Column.FILE).data() == samples[0].name
    assert [model.index(row, 0).data(PAIR_ROLE) for row in range(model.rowCount())] == [
        "OLD", "NEW", "", ""]
    session.swap()
    assert model.index(0, 0).data(PAIR_ROLE) == "NEW"
    session.close_version(0)
    qtmodeltester.check(model)
    assert model.rowCount() == len(samples) - 1
    worker.shutdown()
