"""`ui.view.highlighting`: the legend's formats, laid on a pane's blocks only when seen.

The document is a bare QTextDocument of three paragraphs, so each row says which characters
of which block get which format (a shown comparison: `tests.ui.view.test_comparison_view`).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextDocument

from core.model import Side
from core.report.legend import LEGEND
from ui.view.highlighting import ChangeHighlighter, span_format
from ui.view.presentation import Span

DOTTED = QTextCharFormat.UnderlineStyle.DotLine


@pytest.mark.parametrize(
    ("style", "side", "struck", "underlined", "background"),
    [
        pytest.param("omission", Side.OLD, True, False, True, id="OLD text of an omission: struck"),
        pytest.param("addition", Side.NEW, False, True, True,
                     id="NEW text of an addition: underlined"),
        pytest.param("substitution", Side.OLD, True, False, True, id="a substitution's OLD: struck"),
        pytest.param("substitution", Side.NEW, False, True, True, id="its NEW: underlined"),
        pytest.param("move", Side.OLD, False, False, True,
                     id="a move: its colour (its ends are marked in the margin)"),
        pytest.param("formatting", Side.NEW, False, True, False,
                     id="formatting only: dotted underline, no background"),
    ],
)
def test_span_format(qapp: object, style: str, side: Side, struck: bool, underlined: bool,
                     background: bool) -> None:
    found = span_format(style, side)
    assert found.foreground().color().name() == LEGEND[style].foreground
    assert (found.fontStrikeOut(), found.fontUnderline() or found.underlineStyle() == DOTTED) == (
        struck, underlined)
    assert (found.background().color().name() == LEGEND[style].background) is background
    assert (found.underlineStyle() == DOTTED) is (style == "formatting")


def _formats(document: QTextDocument) -> list[list[tuple[int, int, bool]]]:
    """Per block: (start in block, length, struck) of each formatted stretch."""
    found = []
    block = document.firstBlock()
    while block.isValid():
        found.append([(r.start, r.length, r.format.fontStrikeOut())
                      for r in block.layout().formats()])
        block = block.next()
    return found


@pytest.fixture
def document(qapp: object) -> QTextDocument:
    return QTextDocument("first line\nsecond line\nthird line")  # blocks at 0, 11, 23


_SPANS = [Span(0, 5, "omission", Side.OLD), Span(18, 27, "formatting", Side.NEW),
          Span(27, 31, "omission", Side.OLD)]


def test_blocks_are_formatted_only_when_asked_and_once(document: QTextDocument) -> None:
    highlighter = ChangeHighlighter(document)
    highlighter.set_spans(_SPANS, ())
    document.setPlainText(document.toPlainText())  # replaced text: every block plain
    assert _formats(document) == [[], [], []]
    assert highlighter.highlight_blocks([document.findBlockByNumber(1)]) == 1
    assert _formats(document) == [[], [(7, 4, False)], []], "the seen block only"
    blocks = [document.findBlockByNumber(number) for number in range(3)]
    assert highlighter.highlight_blocks(blocks) == 2, "the seen block is not done again"
    assert _formats(document) == [[(0, 5, True)], [(7, 4, False)], [(0, 4, False), (4, 4, True)]]


def test_hiding_formatting_leaves_its_spans_plain(document: QTextDocument) -> None:
    highlighter = ChangeHighlighter(document)
    highlighter.set_spans(_SPANS, ())
    highlighter.set_show_formatting(False)
    blocks = [document.findBlockByNumber(number) for number in range(3)]
    assert highlighter.highlight_blocks(blocks) == 3
    assert _formats(document) == [[(0, 5, True)], [], [(4, 4, True)]]
