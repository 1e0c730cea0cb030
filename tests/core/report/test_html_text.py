"""`core.report.html_text`: the annotated text of the report, redline or side by side.

Each row is a hand-built comparison (`tests.report_examples`) and the exact HTML of its text;
the whole report, with its summary and styles, is pinned by the golden files of
`tests.core.report.test_html`.
"""

from __future__ import annotations

import re

import pytest

from core.model import Category, Side
from core.report.html_text import move_labels, redline, side_by_side
from tests.report_examples import CONTENT, SYN, Piece, build, same

_MOVED = [Piece("x y. ", "", CONTENT, move=0), same("b. "), Piece("", "x y. ", CONTENT, move=0)]


@pytest.mark.parametrize(
    ("pieces", "html"),
    [
        pytest.param([same("The "), Piece("city", "metropolis", SYN), same(" voted.")],
                     '<p class="text">The <span class="sub-old">city</span><span '
                     'class="sub-arrow"> → </span><span class="sub-new">metropolis</span> '
                     "voted.</p>", id="a substitution: old, an arrow, new"),
        pytest.param([same("A "), Piece("old ", "", CONTENT), same("b <&> c")],
                     '<p class="text">A <span class="omission">old </span>b &lt;&amp;&gt; c</p>',
                     id="an omission; all text escaped"),
        pytest.param([same("a\n\nb"), Piece("", "\n\nc", CONTENT)],
                     '<p class="text">a</p>\n<p class="text">b</p>\n'
                     '<p class="text"><span class="addition">c</span></p>',
                     id="one paragraph of the merged text, one <p>"),
        pytest.param([same("a"), Piece("\n\n", " ", Category.WHITESPACE), same("b")],
                     '<p class="text">a<span class="fmt-old">¶</span> b</p>',
                     id="a paragraph break formatting removed: a dimmed ¶"),
        pytest.param(_MOVED,
                     '<p class="text"><span class="move-mark">⇄1 moved from here</span> <span '
                     'class="move-old">x y.</span> <span class="move-mark">⇄1</span> b. <span '
                     'class="move-mark">⇄1 moved to here</span> <span class="move-new">x y.'
                     '</span> <span class="move-mark">⇄1</span> </p>',
                     id="a moved passage labelled at both ends, where it was and where it went"),
    ],
)
def test_redline(pieces: list[Piece], html: str) -> None:
    assert redline(build(pieces)) == html


def _rows(html: str) -> list[tuple[str, str]]:
    """The (OLD cell, NEW cell) of each body row, with the cell's own class."""
    return [(f"{old_class}: {old}", f"{new_class}: {new}") for old_class, old, new_class, new in
            re.findall(r'<tr><td class="(\w+)" width="50%">(.*?)</td>'
                       r'<td class="(\w+)" width="50%">(.*?)</td></tr>', html)]


@pytest.mark.parametrize(
    ("pieces", "rows"),
    [
        pytest.param([same("The "), Piece("city", "metropolis", SYN), same(" voted.")],
                     [('old: <p class="text">The <span class="sub-old">city</span> voted.</p>',
                       ('new: <p class="text">The <span class="sub-new">metropolis</span> '
                        "voted.</p>"))],
                     id="each side shows its own words"),
        pytest.param([same("a\n\nb"), Piece("", "\n\nc", CONTENT)],
                     [('old: <p class="text">a</p>', 'new: <p class="text">a</p>'),
                      ('old: <p class="text">b</p>', 'new: <p class="text">b</p>'),
                      ("absent: ", 'new: <p class="text"><span class="addition">c</span></p>')],
                     id="a new paragraph faces an empty cell"),
    ],
)
def test_side_by_side(pieces: list[Piece], rows: list[tuple[str, str]]) -> None:
    html = side_by_side(build(pieces))
    assert "<th width=\"50%\">OLD · old.txt</th><th width=\"50%\">NEW · new.txt</th>" in html
    assert _rows(html) == rows


@pytest.mark.parametrize(
    ("move", "side", "labels"),
    [
        pytest.param(0, Side.OLD, ("⇄1 moved from here", "⇄1"),
                     id="OLD: where it was; numbered from 1 for readers"),
        pytest.param(2, Side.NEW, ("⇄3 moved to here", "⇄3"), id="NEW: where it went"),
    ],
)
def test_move_labels(move: int, side: Side, labels: tuple[str, str]) -> None:
    assert move_labels(move, side) == labels
