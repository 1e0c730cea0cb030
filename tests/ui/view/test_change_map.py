"""The change map beside each pane's scroll bar: where the changes are, by kind, click to go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from core.compare import compare
from core.load.loader import load
from core.model import Side
from ui.view.change_map import LANE_WIDTH, LANES, ChangeMap, MapMark, lane_runs, pixel_runs
from ui.view.comparison_view import ComparisonView
from ui.view.presentation import Span, prepare


@pytest.mark.parametrize(
    ("marks", "total", "height", "expected", "reason"),
    [
        ([MapMark(10, 10.2, 0, 1)], 100, 50, [(0, 5, 5)], "a one-line change is one row"),
        ([MapMark(10, 12, 1, 1), MapMark(13, 14, 1, 2)], 100, 50, [(1, 5, 7)],
         "touching rows of a lane merge"),
        ([MapMark(10, 12, 1, 1), MapMark(10, 12, 2, 2)], 100, 50, [(1, 5, 6), (2, 5, 6)],
         "lanes are kept apart"),
        ([MapMark(0, 1, 0, 1), MapMark(90, 91, 0, 2)], 100, 50, [(0, 0, 0), (0, 45, 45)],
         "far apart, two runs"),
        ([MapMark(99.9, 100, 3, 1)], 100, 50, [(3, 49, 49)], "the last line stays in the map"),
    ],
)
def test_pixel_runs(marks: list[MapMark], total: float, height: int,
                    expected: list[tuple[int, int, int]], reason: str) -> None:
    assert pixel_runs(marks, total, height) == expected, reason


def test_lane_runs_merge_close_changes_of_a_lane() -> None:
    spans = [Span(0, 5, "omission", Side.OLD, 0), Span(8, 9, "omission", Side.OLD, 1),
             Span(10, 12, "addition", Side.OLD, 2), Span(50, 60, "omission", Side.OLD, 3),
             Span(70, 71, "overlay-only", Side.OLD, 4)]
    lane_of = {"omission": 0, "addition": 2}
    assert lane_runs(spans, lane_of, gap=5) == [(0, 0, 9, 0), (2, 10, 12, 2), (0, 50, 60, 3)]


@pytest.fixture
def view(qtbot: QtBot, samples: list[Path]) -> ComparisonView:
    shown = ComparisonView()
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_comparison(prepare(compare(load(samples[0]), load(samples[1]))))
    qtbot.waitUntil(lambda: bool(shown.frames[1].map.marks()))
    return shown


def test_each_kind_has_its_lane(view: ComparisonView) -> None:
    comparison = view.comparison
    assert comparison is not None
    for frame in view.frames[:2]:
        lanes = {LANES[mark.lane] for mark in frame.map.marks()}
        assert {"substitution", "omission", "addition"} <= lanes, "told apart by place"
        assert frame.map.width() == frame.map.sizeHint().width()
        assert frame.map.width() >= len(LANES) * LANE_WIDTH


def test_the_marks_run_down_the_whole_text(view: ComparisonView) -> None:
    pane, frame = view.new_pane, view.frames[1]
    tops = [mark.top for mark in frame.map.marks()]
    assert min(tops) < 0.2 * pane.line_total() and max(tops) > 0.8 * pane.line_total(), \
        "the samples change from top to bottom, and so does the map"


def test_a_click_on_a_mark_goes_to_its_change(qtbot: QtBot, view: ComparisonView) -> None:
    frame = view.frames[1]
    mark = frame.map.marks()[len(frame.map.marks()) // 2]
    y = round(mark.top / view.new_pane.line_total() * frame.map.height())
    x = 2 + mark.lane * LANE_WIDTH + 1
    with qtbot.waitSignal(view.change_selected) as heard:
        qtbot.mouseClick(frame.map, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    change = view.navigator.change
    assert change is not None and change.id == mark.change, "the mark in the lane clicked"
    assert heard.args == [change.id], "the change list hears of it"
    assert view.new_pane.current_range == (change.new_start, change.new_end), \
        "shown in NEW"
    assert view.old_pane.current_range == (change.old_start, change.old_end), "and in OLD"


def test_a_click_away_from_the_marks_scrolls_there(qtbot: QtBot) -> None:
    shown = ChangeMap()
    qtbot.addWidget(shown)
    shown.resize(shown.sizeHint().width(), 200)
    shown.set_marks([MapMark(0, 1, 0, 7)], 100)
    with qtbot.waitSignal(shown.share_clicked) as heard:
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=QPoint(4, 150))
    assert heard.args[0] == pytest.approx(0.75, abs=0.01)
    with qtbot.waitSignal(shown.change_clicked) as near:
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=QPoint(4, 2))
    assert near.args == [7], "within a few pixels of a mark, its change"


def test_the_map_frames_what_is_in_sight(qtbot: QtBot, view: ComparisonView) -> None:
    frame, pane = view.frames[0], view.old_pane
    top_before = frame.map.sight()[0]
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    top, bottom = frame.map.sight()
    assert top > top_before and bottom == pytest.approx(1.0, abs=0.02)


def test_the_maps_can_be_hidden(view: ComparisonView) -> None:
    view.set_change_maps_visible(False)
    assert not any(frame.map.isVisible() for frame in view.frames)
    view.set_change_maps_visible(True)
    assert view.frames[0].map.isVisible() and view.frames[0].map.marks()


@pytest.mark.parametrize(
    ("lane", "expected"),
    [
        pytest.param(0, 1, id="the omission's lane: the omission"),
        pytest.param(2, 2, id="the addition's lane, on the same row: the addition"),
        pytest.param(4, 1, id="an empty lane: the first mark on the row"),
    ],
)
def test_a_click_goes_to_the_mark_in_its_lane(qtbot: QtBot, lane: int, expected: int) -> None:
    shown = ChangeMap()
    qtbot.addWidget(shown)
    shown.resize(shown.sizeHint().width(), 100)
    shown.set_marks([MapMark(50, 51, 0, 1), MapMark(50, 51, 2, 2)], 100)
    with qtbot.waitSignal(shown.change_clicked) as heard:
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton,
                         pos=QPoint(2 + lane * LANE_WIDTH + 1, 50))
    assert heard.args == [expected]
