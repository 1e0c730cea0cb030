"""The Overview tab: its models, its background computation and its clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.load.loader import load
from core.overview.build import overview
from core.overview.model import Overview
from tests.ui.conftest import WAIT_MS, open_and_wait, wait_idle
from ui.main_window import MainWindow
from ui.overview.lineage_view import LineageView
from ui.overview.models import PLACE_ROLE, FactsModel, Place, QuotesModel, SimilarityModel


@pytest.fixture(scope="module")
def sample_overview() -> Overview:
    from tests.conftest import SAMPLES

    return overview([load(path) for path in sorted(SAMPLES.glob("*.txt"))])


def _wait_overview(qtbot: QtBot, window: MainWindow, versions: int) -> Overview:
    def ready() -> bool:
        shown = window.overview_view.overview
        return (not window.overview.busy and shown is not None
                and len(shown.versions) == versions)

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    assert window.overview_view.overview is not None
    return window.overview_view.overview


@pytest.mark.parametrize("model_type", [
    pytest.param(SimilarityModel, id="similarity matrix"),
    pytest.param(QuotesModel, id="quotations"),
    pytest.param(FactsModel, id="facts"),
])
def test_models_pass_the_model_tester(qtmodeltester: ModelTester, sample_overview: Overview,
                                      model_type: type[SimilarityModel | QuotesModel |
                                                        FactsModel]) -> None:
    model = model_type()
    qtmodeltester.check(model)  # empty
    model.set_overview(sample_overview)
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    assert isinstance(model.index(0, 1).data(PLACE_ROLE), Place)
    model.set_overview(None)
    assert model.rowCount() == 0


def test_quotes_altered_inside_marks_come_first(sample_overview: Overview) -> None:
    model = QuotesModel()
    model.set_overview(sample_overview)
    states = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert states[0] == "reference" and "altered" in states[1]


def test_the_overview_follows_the_versions(qtbot: QtBot, window: MainWindow,
                                           samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    shown = _wait_overview(qtbot, window, len(samples))
    assert shown.versions[shown.original or 0].document.name == "01-original.txt"
    assert window.overview_view.similarity_model.rowCount() == len(samples)
    window.session.close_version(3)
    wait_idle(qtbot, window)
    assert len(_wait_overview(qtbot, window, len(samples) - 1).versions) == 3


def test_a_quote_click_opens_that_pair_at_that_place(qtbot: QtBot, window: MainWindow,
                                                     samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    _wait_overview(qtbot, window, len(samples))
    window.tabs.setCurrentWidget(window.overview_view)
    model = window.overview_view.quotes_model
    place = model.index(1, 0).data(PLACE_ROLE)
    assert isinstance(place, Place)
    window.overview_view.quotes.clicked.emit(model.index(1, 0))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.view.comparison is not None and (
        window.view.comparison.new.name == samples[place.new].name), timeout=WAIT_MS)
    assert window.tabs.currentWidget() is window.view
    comparison = window.view.comparison
    assert comparison is not None and comparison.old.name == samples[place.old].name
    qtbot.waitUntil(lambda: window.view.navigator.change is not None, timeout=WAIT_MS)
    change = window.view.navigator.change
    assert change is not None and change.new_end >= (place.position or 0)


def test_a_bad_file_leaves_the_overview_of_the_others(qtbot: QtBot, window: MainWindow,
                                                      samples: list[Path],
                                                      tmp_path: Path) -> None:
    messages: list[str] = []
    window.show_error = messages.append  # type: ignore[method-assign]
    open_and_wait(qtbot, window, [samples[0], tmp_path / "missing.txt", samples[1]])
    shown = _wait_overview(qtbot, window, 2)
    assert [v.document.name for v in shown.versions] == [samples[0].name, samples[1].name]
    assert len(messages) == 1 and "missing.txt" in messages[0]


def test_the_patterns_box_names_spin_only_for_a_spun_pair(qtbot: QtBot, window: MainWindow,
                                                          samples: list[Path]) -> None:
    open_and_wait(qtbot, window, samples)
    assert window.patterns_dock.profile.text().startswith("<b>Spin profile:</b>")
    window.session.set_pair(0, 3)  # the editor's revision
    wait_idle(qtbot, window)
    assert window.patterns_dock.profile.text().startswith("<b>Reading:</b> NEW is an edited")


def test_an_edge_click_reports_its_pair(qtbot: QtBot, sample_overview: Overview) -> None:
    view = LineageView()
    qtbot.addWidget(view)
    view.set_overview(sample_overview)
    view.resize(view.sizeHint())
    edge = sample_overview.lineage[0]
    start, end = view._ends(edge)
    with qtbot.waitSignal(view.edge_clicked) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                         pos=((start + end) / 2).toPoint())
    assert blocker.args == [Place(edge.parent, edge.child)]
    assert view.edge_at(QPointF(-50, -50)) is None
