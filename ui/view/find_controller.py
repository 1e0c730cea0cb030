"""Searching the panes in sight from the find bar: matches laid over the text, one current.

A new search starts from what is in sight (the first match at or below the top of the text
shown), as browsers do; next and previous walk the matches of both versions in reading order
(`ui.view.text_search`) and go round at the ends, saying so. Every match is laid over the
text in the find colour and the current one is framed, like the current change. When what is
shown changes (another pair, inline or side by side) an open bar searches again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ui.view.find_bar import FindBar
from ui.view.pane import DiffPane
from ui.view.text_search import Match, SearchResults


class Searchable(Protocol):
    """What the finder needs of the view."""

    def panes(self) -> list[DiffPane]: ...

    def reading_order(self) -> Sequence[Callable[[int], int]]: ...

    def show_match(self, pane: DiffPane, start: int, end: int) -> None: ...


class FindController(QObject):
    """The find bar's searches over the view's panes."""

    notice = Signal(str)  # "Wrapped to the first match", for the status bar

    def __init__(self, bar: FindBar, view: Searchable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self._view = view
        self._results = SearchResults([], "")
        self._searched: list[DiffPane] = []
        bar.search_changed.connect(self._on_bar_search_changed)
        bar.stepped.connect(self.step)
        bar.closed.connect(self.clear)

    @property
    def results(self) -> SearchResults:
        return self._results

    def search(self, text: str, match_case: bool = False) -> Match | None:
        """Find ``text`` in the panes in sight and go to the first match from the top in
        sight; None when there is none."""
        self._clear_emphasis()
        panes = self._view.panes()
        reading = self._view.reading_order()
        self._results = SearchResults([pane.pane.text for pane in panes], text, match_case,
                                      reading)
        self._searched = panes
        for index, pane in enumerate(panes):
            pane.set_found_ranges(self._results.ranges_in(index))
        top = reading[-1](panes[-1].top_position()) if panes and reading else 0
        match = self._results.start_from(top) if text else None
        self._show(match)
        return match

    def step(self, delta: int) -> Match | None:
        """Go to the next (``delta`` 1) or previous (-1) match, round at the ends."""
        if self._bar.text() and self._results.needle != self._bar.text():
            return self.search(self._bar.text(), self._bar.match_case.isChecked())
        match = self._results.step(delta)
        if match is not None and self._results.wrapped:
            self.notice.emit(f"Wrapped to the {'first' if delta > 0 else 'last'} match")
        self._show(match)
        return match

    def refresh(self) -> None:
        """Search again in what is now shown, if the bar is open; else forget the search."""
        if self._bar.isVisible() and self._bar.text():
            self.search(self._bar.text(), self._bar.match_case.isChecked())
        else:
            self.clear()

    def clear(self) -> None:
        self._clear_emphasis()
        self._results = SearchResults([], "")
        self._bar.show_count(None, 0)

    def _clear_emphasis(self) -> None:
        for pane in self._searched:
            pane.set_found_ranges([])
        self._searched = []

    def _show(self, match: Match | None) -> None:
        self._bar.show_count(self._results.current if match is not None else None,
                             len(self._results))
        if match is not None and match.pane < len(self._searched):
            self._view.show_match(self._searched[match.pane], match.start, match.end)

    def _on_bar_search_changed(self, text: str, match_case: bool) -> None:
        self.search(text, match_case)
