"""The comparison view: OLD and NEW side by side, scrolling together, or one redline pane.

The view turns a `Comparison` into `PaneText`s (see `ui.view.presentation`) and shows them in
`DiffPane`s, each with its header and change map (`ui.view.pane_frame`). Side by side, the
panes follow each other (`ui.view.scroll_sync`) unless the user unlocks them. The view also
owns stepping: the current change (F7 and friends, a click in the change list or the map),
the selected pattern's places, jumping to the other end of a moved passage
(`ui.view.places`), and the find bar's matches (`ui.view.find_controller`). The status bar
hears one thing at a time, named: the current change, or the place of the selected pattern,
whichever was stepped through last; going round an end is told apart (`notice`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from core.model import Change, Comparison, Pattern
from core.report.legend import LEGEND
from ui.view.find_bar import FindBar
from ui.view.find_controller import FindController
from ui.view.legend_bar import LegendBar
from ui.view.line_estimate import WordWidths
from ui.view.navigation import ChangeNavigator, OccurrenceStepper
from ui.view.pane import DiffPane
from ui.view.pane_frame import PaneFrame
from ui.view.places import Places
from ui.view.presentation import Occurrence, PositionMap, Prepared, Span, inline_pane, style_of
from ui.view.scroll_sync import ScrollSync

READING_FONTS = ("Source Serif 4", "Georgia", "Noto Serif", "Liberation Serif", "DejaVu Serif")
EMPTY_TEXT = ("Open two or more versions of an article to compare them:\n"
              "File ▸ Open…, or drop files on this window.")
_PAGE_PANES, _PAGE_INLINE, _PAGE_EMPTY = 0, 1, 2


class ComparisonView(QWidget):
    """Shows one comparison, side by side or inline, and steps through it."""

    position_changed = Signal(str)  # "Change 3 of 50" and the like, for the status bar
    change_selected = Signal(int)  # the id of the change now current (-1: none)
    notice = Signal(str)  # "Wrapped to the first change" and the like, for a moment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        widths = WordWidths()  # measured once for the three panes
        self.old_pane, self.new_pane, self.inline_pane = (
            DiffPane(widths=widths), DiffPane(widths=widths), DiffPane(widths=widths))
        self.frames = [PaneFrame(pane) for pane in self.all_panes()]
        self.find_bar = FindBar()
        self.finder = FindController(self.find_bar, self, self)
        self._empty = QLabel(EMPTY_TEXT)
        self._stack = QStackedWidget()
        self._inline = False
        self._show_formatting = True
        self._inline_stale = True
        self._positions = PositionMap(())
        self.places = Places()
        self.scroll_sync = ScrollSync(self.old_pane, self.new_pane, self)
        self._build()
        self._connect_panes()
        self.set_font_size(11)

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        splitter.addWidget(self.frames[0])
        splitter.addWidget(self.frames[1])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._stack.addWidget(splitter)
        self._stack.addWidget(self.frames[2])
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("emptyHint")
        self._stack.addWidget(self._empty)
        self._stack.setCurrentIndex(_PAGE_EMPTY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(LegendBar())
        # Escape closes the find bar from the text too, as in a browser.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self,
                           context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape_activated)

    def _connect_panes(self) -> None:
        for pane in self.all_panes():
            pane.describe = self._describe
            pane.move_activated.connect(self._on_pane_move_activated)
            pane.cursor_moved.connect(self._on_pane_cursor_moved)
        for frame in self.frames:
            frame.change_clicked.connect(self.go_to_change)
        self.finder.notice.connect(self.notice)
        self.find_bar.closed.connect(self._on_find_bar_closed)

    # --- what is shown ------------------------------------------------------------------------

    def show_comparison(self, prepared: Prepared) -> None:
        """Show a prepared comparison from its start; the pattern selection is dropped."""
        comparison = prepared.comparison
        self.comparison = comparison
        self._positions = PositionMap(comparison.changes)
        self.scroll_sync.set_map(self._positions)
        self.places = Places(comparison, self._show_formatting)
        old, new = comparison.old, comparison.new
        self.frames[0].header.set_full_text(_header_text("OLD", old.name, old.title))
        self.frames[1].header.set_full_text(_header_text("NEW", new.name, new.title))
        self.frames[2].header.set_full_text(_header_text(
            "REDLINE", f"{old.name} → {new.name}", "OLD struck through, NEW underlined"))
        with self.scroll_sync.paused():
            self.old_pane.set_pane(prepared.old)
            self.new_pane.set_pane(prepared.new)
        self._inline_stale = True
        self._show_page()
        self.finder.refresh()
        self._report_position()
        self.change_selected.emit(-1)

    def clear(self, message: str = EMPTY_TEXT) -> None:
        """Show no comparison, only ``message``."""
        self.comparison = None
        self.scroll_sync.active = False
        self.places = Places()
        self.finder.clear()
        self._empty.setText(message)
        self._stack.setCurrentIndex(_PAGE_EMPTY)
        self.position_changed.emit("")
        self.change_selected.emit(-1)

    @property
    def inline(self) -> bool:
        return self._inline

    def set_inline(self, inline: bool) -> None:
        """Show one redline pane (True) or OLD and NEW side by side (False)."""
        self._inline = inline
        if self.comparison is not None:
            self._show_page()
            self.finder.refresh()
            self._show_current()

    def set_show_formatting(self, show: bool) -> None:
        """Dim formatting-only changes (True) or hide them (False)."""
        if show == self._show_formatting:
            return
        self._show_formatting = show
        for pane in self.all_panes():
            pane.set_show_formatting(show)
        for frame in self.frames:
            frame.refresh_map()
        if self.comparison is not None:
            self.places.set_show_formatting(show)
            self._inline_stale = True
            if self._inline:
                self._show_page()
                self.finder.refresh()
            self._report_position()

    def set_font_size(self, points: int) -> None:
        font = QFont(reading_family(), points)
        for pane in self.all_panes():
            pane.set_text_font(font)
        self.scroll_sync.realign()  # lines wrap anew: face the panes again

    def set_change_maps_visible(self, visible: bool) -> None:
        for frame in self.frames:
            frame.set_map_visible(visible)

    def set_scroll_locked(self, locked: bool) -> None:
        """Keep the side-by-side panes facing each other (True), or free each (False)."""
        self.scroll_sync.set_enabled(locked)

    def all_panes(self) -> list[DiffPane]:
        return [self.old_pane, self.new_pane, self.inline_pane]

    def panes(self) -> list[DiffPane]:
        """The panes in sight."""
        return [self.inline_pane] if self._inline else [self.old_pane, self.new_pane]

    def reading_order(self) -> list[Callable[[int], int]]:
        """For each pane in sight, its positions' place in reading order (NEW's positions)."""
        if self._inline:
            return [_same]
        return [self._positions.to_new, _same]

    def _show_page(self) -> None:
        if self._inline and self._inline_stale and self.comparison is not None:
            self.inline_pane.set_pane(inline_pane(self.comparison, self._show_formatting))
            self._inline_stale = False
            self._apply_pattern_ranges()
        self._stack.setCurrentIndex(_PAGE_INLINE if self._inline else _PAGE_PANES)
        self.scroll_sync.active = not self._inline and self.comparison is not None

    # --- stepping -------------------------------------------------------------------------------

    @property
    def navigator(self) -> ChangeNavigator:
        return self.places.navigator

    @property
    def stepper(self) -> OccurrenceStepper:
        return self.places.stepper

    def step_change(self, delta: int, same_kind: bool = False) -> Change | None:
        """Go to the next (``delta`` 1) or previous (-1) change, round at the ends; None when
        there is none (other of the kind)."""
        step = self.places.step_change(delta, same_kind)
        if step.notice:
            self.notice.emit(step.notice)
        if isinstance(step.place, Change):
            self._show_change(step.place)
            return step.place
        return None

    def go_to_change(self, change_id: int) -> Change | None:
        """Make the change with ``change_id`` current and show it in the panes in sight."""
        change = self.places.go_to_change(change_id)
        if change is not None:
            self._show_change(change)
        return change

    def _show_change(self, change: Change) -> None:
        self._show_place(change)
        self._report_position()
        self.change_selected.emit(change.id)

    def select_pattern(self, pattern: Pattern | None) -> None:
        """Emphasise every place of ``pattern`` in the panes and go to the first."""
        first = self.places.select_pattern(pattern)
        self._apply_pattern_ranges()
        if first is not None:
            self._show_place(first)
        self._report_position()

    def step_pattern(self, delta: int) -> Occurrence | None:
        """Go to the selected pattern's next (or previous) place, wrapping round."""
        step = self.places.step_pattern(delta)
        if step.notice:
            self.notice.emit(step.notice)
        if isinstance(step.place, Occurrence):
            self._show_place(step.place)
        self._report_position()
        return step.place if isinstance(step.place, Occurrence) else None

    def show_other_end_of_move(self) -> bool:
        """From the current change of a moved passage, go to its other end."""
        change = self.navigator.change
        if change is None or change.move is None:
            return False
        return self._go_to_move_end(change.move, change)

    def _go_to_move_end(self, move_id: int, here: Change | None) -> bool:
        """Go to the end of move ``move_id`` that is not ``here``; side by side, show both."""
        if self.comparison is None:
            return False
        ends = [c for c in self.comparison.changes if c.move == move_id]
        target = next((c for c in ends if here is None or c.id != here.id), None)
        if target is None:
            return False
        self.navigator.go_to_id(target.id)
        move = next((m for m in self.comparison.moves if m.id == move_id), None)
        place: Occurrence | Change = target
        if move is not None and not self._inline:
            place = Occurrence(move.old_start, move.old_end, move.new_start, move.new_end,
                               target.id)
        self.places.on_pattern = False
        self._show_place(place)
        self._report_position()
        self.change_selected.emit(target.id)
        return True

    def show_match(self, pane: DiffPane, start: int, end: int) -> None:
        """Frame a match of the find bar in ``pane``; the other pane follows it."""
        for other in self.panes():
            if other is not pane:
                other.current_range = None
                other.viewport().update()
        pane.select_range(start, end)

    def _apply_pattern_ranges(self) -> None:
        for pane in self.all_panes():
            ranges = [pane.pane.range_of(place) for place in self.stepper.places]
            pane.set_pattern_ranges([r for r in ranges if r is not None])

    def _show_current(self) -> None:
        place = self.navigator.change or self.stepper.place
        if place is not None:
            self._show_place(place)

    def _show_place(self, place: Occurrence | Change) -> None:
        """Frame ``place`` in each pane in sight and bring it to the middle."""
        with self.scroll_sync.paused():
            for pane in self.panes():
                where = pane.pane.range_of(place)
                if where is not None:
                    pane.select_range(*where)

    def _report_position(self) -> None:
        self.position_changed.emit(self.places.position_text())

    # --- slots ------------------------------------------------------------------------------------

    def _on_pane_move_activated(self, move_id: int, position: int) -> None:
        pane = self.sender()
        if self.comparison is None or not isinstance(pane, DiffPane):
            return
        here = None
        for change in self.comparison.changes:
            where = pane.pane.range_of(change) if change.move == move_id else None
            if where is not None and where[0] <= position < where[1]:
                here = change
        self._go_to_move_end(move_id, here)

    def _on_pane_cursor_moved(self, position: int) -> None:
        """A click in a change makes it current (the list follows); elsewhere, "next" goes
        on from the click."""
        pane = self.sender()
        if not isinstance(pane, DiffPane):
            return
        span = pane.span_at(position)
        self.places.on_pattern = False
        if span is not None and self.navigator.go_to_id(span.change) is not None:
            self.change_selected.emit(span.change)
        else:
            self.navigator.place_before(position, pane.pane)
        self._report_position()

    def _on_escape_activated(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.close_bar()

    def _on_find_bar_closed(self) -> None:
        """The keyboard goes back to the text, where the current match stays framed."""
        panes = self.panes()
        framed = [pane for pane in panes if pane.current_range is not None]
        (framed or panes)[-1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self, span: Span) -> str:
        change = self.places.change(span.change)
        if change is None:
            return ""
        label = LEGEND[style_of(change)].label
        old, new = _quoted(change.old_text), _quoted(change.new_text)
        return f"{label} ({change.category.value}): {old} → {new}"


@cache  # listing the installed families is slow, and they stay put while the app runs
def reading_family() -> str:
    """A serif family for reading prose, the first one installed of `READING_FONTS`."""
    installed = set(QFontDatabase.families())
    return next((family for family in READING_FONTS if family in installed),
                QFont().defaultFamily())


def _same(position: int) -> int:
    return position


def _header_text(role: str, name: str, title: str) -> str:
    return f"{role} · {name}" + (f" — {title}" if title else "")


def _quoted(text: str) -> str:
    shown = text if len(text) <= 60 else text[:57] + "…"
    return f"“{shown}”" if text else "(nothing)"
