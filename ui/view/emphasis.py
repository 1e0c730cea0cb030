"""The emphasis laid over a pane's text: the selected pattern's places and a search's matches.

Both are Qt extra selections in the colours of `core.report.legend.EMPHASIS`, and only those
in and near sight are laid: Qt draws every extra selection of a block each time it paints the
block, and a search for "t" in a book's chapter finds thousands (painting them all took half
a second). They are laid again when what is in sight leaves the stretch laid, and when the
ranges change.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ui.view.highlighting import found_format, pattern_format

Ranges = list[tuple[int, int]]
REACH = 2000  # characters laid beyond what is in sight, at least, on either side


class Emphasis:
    """The ranges of each emphasis of one pane, laid near what is in sight."""

    def __init__(self, pane: QPlainTextEdit) -> None:
        self._pane = pane
        self._ranges: dict[str, Ranges] = {"pattern": [], "found": []}
        self._formats = {"pattern": pattern_format(), "found": found_format()}
        self._laid: tuple[int, int] | None = None  # the stretch laid over

    def clear(self) -> None:
        """No emphasis (the pane's text was replaced)."""
        self._ranges = {key: [] for key in self._ranges}
        self._laid = None
        self._pane.setExtraSelections([])

    def ranges(self, key: str) -> Ranges:
        return list(self._ranges[key])

    def set_ranges(self, key: str, ranges: Ranges) -> None:
        self._ranges[key] = sorted(ranges)
        self.apply(again=True)

    def apply(self, again: bool = False) -> None:
        """Lay the emphasis near what is in sight, unless that is laid already (``again``:
        lay it whatever was laid)."""
        pane = self._pane
        if not pane.isVisible():
            self._laid = None
            return
        viewport = pane.viewport()
        first = pane.cursorForPosition(viewport.rect().topLeft()).position()
        last = pane.cursorForPosition(viewport.rect().bottomRight()).position()
        if not again and self._laid is not None and (
                self._laid[0] <= first and last <= self._laid[1]):
            return
        reach = max(REACH, last - first)
        low, high = first - reach, last + reach
        selections = []
        for key, ranges in self._ranges.items():
            index = max(0, bisect_left(ranges, (low, -1)) - 1)
            for start, end in ranges[index:]:
                if start >= high:
                    break
                if end > low:
                    selections.append(_selection(pane.document(), start, end,
                                                 self._formats[key]))
        self._laid = (low, high)
        pane.setExtraSelections(selections)


def _selection(document: QTextDocument, start: int, end: int,
               emphasis: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(document)
    selection.cursor.setPosition(start)
    selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.format = emphasis
    return selection
