"""One read-only, soft-wrapped text pane of the comparison view, with its gutter.

The pane shows a `PaneText`: it formats only the blocks in sight (see `ChangeHighlighter`),
draws a caret where the other side has text this side lacks, numbers its paragraphs and marks
each moved passage in its gutter (`ui.view.gutter`); clicking the mark, or double-clicking the
passage, reports the move so the view can show its other end. The current place (a change, a
pattern's place, a match) is framed, not filled, so the colours under it stay what they are;
the selected pattern's places and a search's matches are laid over the text as emphasis
(`core.report.legend.EMPHASIS`). Line counts are estimated before Qt lays the text out
(`ui.view.line_estimate`), so the scroll bar and the change map are right from the start.
Positions given to and reported by the pane are positions in its own text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from ui.view.emphasis import Emphasis, Ranges
from ui.view.gutter import Gutter
from ui.view.highlighting import ChangeHighlighter
from ui.view.line_estimate import LineEstimate, WordWidths, line_starts
from ui.view.pane_painting import paint_carets, paint_frame
from ui.view.presentation import MoveMark, PaneKind, PaneText, Span


class DiffPane(QPlainTextEdit):
    """A pane showing one `PaneText` with its changes marked."""

    scrolled = Signal()
    resized = Signal()
    lines_changed = Signal()  # the line of each position moved (new text, width or font)
    cursor_moved = Signal(int)  # a position, after the user moved the cursor
    move_activated = Signal(int, int)  # a move id and a position: show the move's other end

    def __init__(self, parent: QWidget | None = None, widths: WordWidths | None = None) -> None:
        super().__init__(parent)
        self.pane = PaneText(PaneKind.NEW, "")
        self.describe: Callable[[Span], str] | None = None
        self.current_range: tuple[int, int] | None = None  # framed: the place shown
        self._show_formatting = True
        self._programmatic = False
        self._highlighter = ChangeHighlighter(self.document())
        self._gutter = Gutter(self)
        self._estimate = LineEstimate(widths)
        self._estimated_width = -1
        self._block_starts: list[int] = [0]
        self._line_starts: list[int] = [0, 0]
        self._emphasis = Emphasis(self)
        self._configure()
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        self.updateRequest.connect(self._on_update_requested)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    def _configure(self) -> None:
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(10)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            # A translucent selection keeps the change's own marks readable beneath it.
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(40, 110, 230, 70))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.setPalette(palette)
        self._fit_gutter()

    # --- content ----------------------------------------------------------------------------

    def set_pane(self, pane: PaneText) -> None:
        """Show ``pane``: its text, spans, insertion carets and moves."""
        self.pane = pane
        self.current_range = None
        self._highlighter.set_spans(pane.spans, pane.overlays)
        self._block_starts = [0, *accumulate(len(line) + 1 for line in pane.text.split("\n"))]
        self._programmatic = True
        try:
            self.setPlainText(pane.text)
            self._emphasis.clear()
        finally:
            self._programmatic = False
        self._gutter.set_text(pane.text)
        self._fit_gutter()
        self._estimated_width = -1
        self._estimate_lines()
        self.highlight_visible()

    def set_show_formatting(self, show: bool) -> None:
        self._show_formatting = show
        self._highlighter.set_show_formatting(show)
        self.highlight_visible()
        self.viewport().update()

    @property
    def show_formatting(self) -> bool:
        return self._show_formatting

    def set_text_font(self, font: QFont) -> None:
        self.setFont(font)  # Qt lays the text out anew: every block is one line again
        self._gutter.fit_font()
        self._fit_gutter()
        self._estimated_width = -1
        self._estimate_lines()
        self.highlight_visible()

    def highlight_visible(self) -> None:
        """Format the blocks in sight (cheap when they already are).

        A hidden pane has nothing in sight: laying it out at its unshown size would only
        format blocks it will not show; it catches up when it is shown and sized.
        """
        if self.isVisible():
            self._highlighter.highlight_blocks(self.visible_blocks())
            self._gutter.update()

    def visible_blocks(self) -> Iterator[QTextBlock]:
        """The blocks in sight, top to bottom."""
        viewport = self.viewport()
        last = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
        block = self.firstVisibleBlock()
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            yield block
            block = block.next()

    # --- lines: the scroll bar's and the change map's ----------------------------------------------

    def _estimate_lines(self) -> None:
        """Give the blocks not laid out yet their line counts at this width (once per width)."""
        width = self.viewport().width()
        if width != self._estimated_width and self._estimate.apply(self, self.pane.text):
            self._estimated_width = width
            self._line_starts = line_starts(self._estimate.counts)
            self.lines_changed.emit()

    def lines_of(self, positions: Iterable[int]) -> list[float]:
        """The line each of ``positions`` stands on, in wrapped lines from the top, estimated
        (within a paragraph, in proportion to its characters); all 0 before it is shown.
        Positions in order are found in one walk down the paragraphs (the map's thousands)."""
        if self._estimated_width < 0:
            return [0.0 for _ in positions]
        blocks, lines = self._block_starts, self._line_starts
        last = len(lines) - 2
        scale = [(lines[b + 1] - lines[b]) / max(1, blocks[b + 1] - blocks[b])
                 for b in range(last + 1)]
        found = []
        block = 0
        for position in positions:
            if position < blocks[block]:  # out of order: look it up
                block = max(0, bisect_right(blocks, position) - 1)
            while block < last and blocks[block + 1] <= position:
                block += 1
            found.append(lines[block] + (position - blocks[block]) * scale[block])
        return found

    def line_total(self) -> int:
        """How many wrapped lines the whole text takes (estimated; 0 before it is shown)."""
        return self._line_starts[-1] if self._estimated_width >= 0 else 0

    def visible_share(self) -> tuple[float, float]:
        """Top and bottom of what is in sight, as shares of the whole text's height."""
        bar = self.verticalScrollBar()
        total = max(1, bar.maximum() + bar.pageStep())
        return bar.value() / total, min(1.0, (bar.value() + bar.pageStep()) / total)

    def scroll_to_share(self, share: float) -> None:
        """Bring the place ``share`` down the text into the middle of the pane."""
        bar = self.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        bar.setValue(round(share * total - bar.pageStep() / 2))

    # --- positions and scrolling ----------------------------------------------------------------

    def top_position(self) -> int:
        """Position of the first character on the top line in sight."""
        return self.cursorForPosition(QPoint(0, 0)).position()

    def visible_range(self) -> tuple[int, int]:
        viewport = self.viewport()
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        return self.top_position(), bottom.position()

    def scroll_to_top(self, position: int) -> None:
        """Scroll so that the line holding ``position`` is the top line."""
        block = self.document().findBlock(max(0, min(position, len(self.pane.text))))
        if not block.isValid():
            return
        self.blockBoundingRect(block)  # lays the block out, so its lines are known
        line = block.layout().lineForTextPosition(position - block.position())
        number = line.lineNumber() if line.isValid() else 0
        self.verticalScrollBar().setValue(block.firstLineNumber() + number)

    def select_range(self, start: int, end: int) -> None:
        """Frame ``[start, end)`` as the current place, put the cursor there and bring it to
        the middle. The frame leaves the colours beneath it as they are (a selection's fill
        would tint them); the user's own selections are filled as usual."""
        length = len(self.pane.text)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, length))
        self._programmatic = True
        try:
            self.setTextCursor(cursor)
            self.centerCursor()
        finally:
            self._programmatic = False
        self.current_range = (min(start, length), min(max(start, end), length))
        self.highlight_visible()
        self.viewport().update()

    def current_text(self) -> str:
        """The text of the current place ("" when none)."""
        if self.current_range is None:
            return ""
        return self.pane.text[self.current_range[0]:self.current_range[1]]

    def set_pattern_ranges(self, ranges: Ranges) -> None:
        """Lay the pattern emphasis over each range (an empty list removes it)."""
        self._emphasis.set_ranges("pattern", ranges)

    def set_found_ranges(self, ranges: Ranges) -> None:
        """Lay the emphasis of a search's matches over each range (empty: none)."""
        self._emphasis.set_ranges("found", ranges)

    def emphasis(self, key: str) -> Ranges:
        """The ranges under the emphasis ``key`` ("pattern" or "found"), in order."""
        return self._emphasis.ranges(key)

    def move_at(self, position: int) -> MoveMark | None:
        return next((mark for mark in self.pane.moves
                     if mark.start <= position < mark.end), None)

    def span_at(self, position: int) -> Span | None:
        """The marked span holding ``position``, if any."""
        spans = self.pane.spans
        index = bisect_right(spans, position, key=lambda span: span.start) - 1
        if 0 <= index < len(spans) and spans[index].start <= position < spans[index].end:
            return spans[index]
        return None

    def rect_of(self, position: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, len(self.pane.text))))
        return self.cursorRect(cursor)

    # --- Qt overrides -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # a new width: Qt counts every block as one line again
        self._place_gutter()
        self._estimate_lines()
        self.highlight_visible()
        self._emphasis.apply(again=True)
        self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._estimate_lines()
        self.highlight_visible()
        self._emphasis.apply(again=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        first, last = self.visible_range()
        paint_carets(self, painter, first, last)
        if self.current_range is not None:
            paint_frame(self, painter, *self.current_range)
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.cursorForPosition(event.position().toPoint()).position()
        mark = self.move_at(position)
        if mark is not None:
            self.move_activated.emit(mark.move, position)
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self._tooltip_at(event.pos()), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip_at(self, point: QPoint) -> str:
        if self.describe is None:
            return ""
        position = self.cursorForPosition(point).position()
        span = self.span_at(position)
        text = self.describe(span) if span is not None else ""
        if self.move_at(position) is not None:
            text += ("\n" if text else "") + "Moved passage ⇄ — double-click for its other end"
        elif span is not None and self.pane.kind is not PaneKind.INLINE:
            note = self.pane.sentence_note(position)
            text += ("\n" if text and note else "") + note
        return text

    # --- the gutter -----------------------------------------------------------------------------------

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self._gutter.total_width(), 0, 0, 0)
        self._place_gutter()

    def _place_gutter(self) -> None:
        contents = self.contentsRect()
        self._gutter.setGeometry(QRect(contents.left(), contents.top(),
                                       self._gutter.total_width(), contents.height()))

    def paragraph_at(self, position: int) -> int | None:
        """The number of the paragraph holding ``position`` in this pane's text."""
        return self._gutter.paragraph_at(position)

    # --- slots --------------------------------------------------------------------------------------

    def _on_scroll_bar_value_changed(self) -> None:
        self.highlight_visible()
        self._emphasis.apply()
        self.scrolled.emit()

    def _on_update_requested(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        self._gutter.update(0, rect.y(), self._gutter.total_width(), rect.height())

    def _on_cursor_position_changed(self) -> None:
        if not self._programmatic:
            if self.current_range is not None:
                self.current_range = None  # the user's own place now
                self.viewport().update()
            self.cursor_moved.emit(self.textCursor().position())
