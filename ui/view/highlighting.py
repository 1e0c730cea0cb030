"""Drawing the marked spans of a pane: text formats from the legend, applied lazily.

Formats come from `core.report.legend.LEGEND`, so the screen and the printed report agree, and no
kind is told by colour alone: OLD text of omissions and substitutions is struck through, NEW
text of additions and substitutions underlined, formatting-only changes dimmed with a dotted
underline, moves marked ⇄ in the pane's margin; the selected pattern's places get a line
above the words besides their colour (`core.report.legend.EMPHASIS`). A book-length
comparison has thousands of spans; formatting them all at once would freeze the window, so
`ChangeHighlighter` formats a block only when it is about to be seen (`highlight_blocks`)
and forgets all blocks whenever what is shown changes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from core.model import Side
from core.report.legend import EMPHASIS, LEGEND
from ui.view.presentation import Span


@cache
def span_format(style: str, side: Side) -> QTextCharFormat:
    """The text format of ``style`` on the OLD or the NEW side (cached: formats are values)."""
    legend = LEGEND[style]
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(legend.foreground))
    if style != "formatting":
        text_format.setBackground(QColor(legend.background))
    if side is Side.OLD and legend.strike_old:
        text_format.setFontStrikeOut(True)
    if side is Side.NEW and legend.underline_new:
        text_format.setFontUnderline(True)
        text_format.setUnderlineColor(QColor(legend.foreground))
    if style == "formatting":
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        text_format.setUnderlineColor(QColor(legend.foreground))
    return text_format


def pattern_format() -> QTextCharFormat:
    """The emphasis of the selected pattern's places, over their change format: its colour
    and a line above the words (a mark no change uses), the strike or underline kept."""
    text_format = QTextCharFormat()
    text_format.setBackground(QColor(EMPHASIS["pattern"].colour))
    text_format.setForeground(QColor("#000000"))
    text_format.setFontOverline(True)
    return text_format


def found_format() -> QTextCharFormat:
    """The emphasis of a search's matches, over their change format."""
    text_format = QTextCharFormat()
    text_format.setBackground(QColor(EMPHASIS["found"].colour))
    text_format.setForeground(QColor("#000000"))
    return text_format


class _SpanIndex:
    """Sorted spans, found by the range they overlap."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = list(spans)
        self._ends = [span.end for span in self._spans]
        # Spans in one list never overlap, so their ends are sorted like their starts.
        self._sorted = all(a <= b for a, b in pairwise(self._ends))

    def overlapping(self, start: int, end: int) -> Iterable[Span]:
        index = bisect_right(self._ends, start) if self._sorted else 0
        for span in self._spans[index:]:
            if span.start >= end:
                break
            if span.end > start:
                yield span


class ChangeHighlighter(QSyntaxHighlighter):
    """Formats the spans of one pane, block by block, when the pane asks for them."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans = _SpanIndex(())
        self._overlays = _SpanIndex(())
        self._show_formatting = True
        self._done: set[int] = set()
        self._wanted = False

    def set_spans(self, spans: Sequence[Span], overlays: Sequence[Span]) -> None:
        """Use these spans from now on (call before the pane's text is replaced)."""
        self._spans = _SpanIndex(spans)
        self._overlays = _SpanIndex(overlays)
        self._done.clear()

    def set_show_formatting(self, show: bool) -> None:
        if show != self._show_formatting:
            self._show_formatting = show
            self._done.clear()

    def highlight_blocks(self, blocks: Iterable[QTextBlock]) -> int:
        """Format each of ``blocks`` not formatted yet; return how many were formatted."""
        count = 0
        for block in blocks:
            if block.blockNumber() in self._done:
                continue
            self._done.add(block.blockNumber())
            self._wanted = True
            try:
                self.rehighlightBlock(block)
            finally:
                self._wanted = False
            count += 1
        return count

    def highlightBlock(self, text: str) -> None:
        # Qt also calls this when the text is replaced: those blocks stay plain until seen.
        if not self._wanted:
            return
        start = self.currentBlock().position()
        end = start + len(text)
        for index in (self._spans, self._overlays):
            for span in index.overlapping(start, end):
                if span.style == "formatting" and not self._show_formatting:
                    continue
                first = max(span.start, start)
                self.setFormat(first - start, min(span.end, end) - first,
                               span_format(span.style, span.side))
