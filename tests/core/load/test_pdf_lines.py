"""`core.load.pdf_lines`: PDFium's runs of text joined into a page's lines, the runs outside
the crop box left out, positions turned into the frame of the page's text.

Runs are given as `core.load.pdf` makes them (``y`` grows up the page, positions in points);
reading real PDFs is `tests.core.load.test_pdf`.
"""

from __future__ import annotations

import pytest

from core.load.pdf_layout import Line
from core.load.pdf_lines import Box, Run, page_lines

SIZE = 10.0


def _run(text: str, x: float, y: float = 800.0, width: float | None = None,
         angle: float = 0.0) -> Run:
    """A run of upright text whose glyphs advance 0.6 of the type size (Courier)."""
    end = x + (0.6 * SIZE * len(text) if width is None else width)
    return Run(text, x, y, end, y, SIZE, angle)


def _up(text: str, along: float, across: float) -> Run:
    """A run whose baseline runs up the page (turned a quarter), ``across`` to the right."""
    return Run(text, -across, along, -across, along + 0.6 * SIZE * len(text), SIZE, 90.0)


@pytest.mark.parametrize(
    ("runs", "box", "expected"),
    [
        pytest.param([_run("ord", 40), _run("ing", 58)], None, ["ording"],
                     id="glyphs that touch on one baseline: one word"),
        pytest.param([_run("unto", 40), _run("to", 70)], None, ["unto to"],
                     id="a gap wider than a letter's: a space"),
        pytest.param([_run("11", 40), _run("unto", 120), _run("156", 400)], None,
                     ["11 unto 156"], id="a table's cells on one row: one line"),
        pytest.param([_run("one", 40), _run("two", 40, 786)], None, ["one", "two"],
                     id="the next baseline down: another line"),
        pytest.param([_run("x", 40), _run("2", 46, 802)], None, ["x2"],
                     id="a baseline a little higher (a small raise): the same line"),
        pytest.param([_run("left column", 300), _run("right", 40)], None,
                     ["left column", "right"], id="a run that starts back on the line: a new line"),
        pytest.param([_run("across", 40), _run("turned", 76, angle=90.0)], None,
                     ["across", "turned"], id="a run at another angle never joins"),
        pytest.param([Run("unplaced"), _run("placed", 40)], None, ["unplaced", "placed"],
                     id="a run without a position is kept and never joined"),
        pytest.param([_run("seen", 40), _run("hidden", 40, 100)], (0.0, 400.0, 595.0, 842.0),
                     ["seen"], id="a run starting below the crop box is left out"),
        pytest.param([_run("edge", 39, 843)], (40.0, 0.0, 595.0, 842.0), ["edge"],
                     id="a run starting just past the box's edge (2 points) is kept"),
        pytest.param([_up("runs up", 100, 60), _up("the page", 150, 60)], None,
                     ["runs up the page"], id="turned a quarter: joined along its baseline"),
    ],
)
def test_runs_become_lines(runs: list[Run], box: Box | None, expected: list[str]) -> None:
    assert [line.text for line in page_lines(runs, box)] == expected


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        pytest.param([_run("upright", 40, 800)], Line("upright", 40, 800, SIZE),
                     id="upright: positions as they are"),
        pytest.param([_up("turned", 100, 60)], Line("turned", 100, 60, SIZE),
                     id="a quarter turn: up the page is along the line, right is down"),
        pytest.param([Run("upside down", 555, 60, 500, 60, SIZE, 180.0)],
                     Line("upside down", -555, -60, SIZE), id="half a turn: both reversed"),
    ],
)
def test_positions_are_turned_into_the_text_frame(runs: list[Run], expected: Line) -> None:
    (line,) = page_lines(runs, None)
    assert line.text == expected.text and line.size == expected.size
    assert line.x == pytest.approx(expected.x) and line.y == pytest.approx(expected.y)
