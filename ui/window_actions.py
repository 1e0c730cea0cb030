"""The main window's actions, menus and toolbar: every command once, with its keys.

`WindowActions` makes each action of the window (File, View, Go) with its shortcuts and the
slot it calls, so the window's `__init__` stays a table of contents. `add_menus` lays them out
in the menu bar, the docks' toggles in View; `fill_toolbar` puts the stepping and view
buttons beside the pair pickers, with short toolbar texts so the bar fits a 1024-pixel
window. The keys are listed in the README's table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QMenu, QToolBar, QWidget

from ui.actions import Shortcut, make_action

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Keys = QKeySequence.StandardKey


class WindowActions:
    """Every action of the main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._file_actions()
        self._view_actions()
        self._find_actions()
        self._go_actions()

    def _action(self, text: str, slot: Callable[[], object], *shortcuts: Shortcut,
                checkable: bool = False, tip: str = "", short: str = "") -> QAction:
        action = make_action(self._window, text, slot, *shortcuts, checkable=checkable, tip=tip)
        if short:
            action.setIconText(short)  # the toolbar's text
        return action

    def _file_actions(self) -> None:
        w = self._window
        self.open = self._action("&Open…", w.choose_files, "Ctrl+O", Keys.Open,
                                 tip="Open one or more versions")
        self.close_version = self._action("&Close Version", w.close_version, "Ctrl+W",
                                          Keys.Close)
        self.export = self._action("&Export…", w.export, "Ctrl+E",
                                   tip="Export the comparison")
        self.export.setEnabled(False)
        self.quit = self._action("&Quit", w.close, "Ctrl+Q", Keys.Quit)

    def _view_actions(self) -> None:
        w = self._window
        self.side_by_side = self._action("&Side by Side", lambda: w.set_inline(False),
                                         "Ctrl+1", checkable=True)
        self.inline = self._action("&Inline Redline", lambda: w.set_inline(True), "Ctrl+2",
                                   checkable=True, short="Inline")
        group = QActionGroup(w)
        group.addAction(self.side_by_side)
        group.addAction(self.inline)
        self.formatting = self._action(
            "Show &Formatting Changes", w.toggle_formatting, "Ctrl+Shift+F", checkable=True,
            tip="Spaces, punctuation, quote style and case: dimmed, or hidden",
            short="Formatting")
        self.lock_scrolling = self._action(
            "&Lock Scrolling", w.toggle_lock_scrolling, "Ctrl+Shift+S", checkable=True,
            tip="Keep OLD and NEW facing each other as either scrolls")
        self.change_maps = self._action(
            "Change &Maps", w.toggle_change_maps, checkable=True,
            tip="Beside each scroll bar, where the changes are in the whole text")
        self.zoom_in = self._action("Zoom &In", lambda: w.zoom(1), Keys.ZoomIn, "Ctrl+=")
        self.zoom_out = self._action("Zoom &Out", lambda: w.zoom(-1), Keys.ZoomOut)
        self.zoom_reset = self._action("&Actual Size", lambda: w.zoom(0), "Ctrl+0")
        self.moves = self._action(
            "Detect &Moved Passages", w.toggle_moves, checkable=True,
            tip="Report a passage that changed place as a move, not an omission and an addition")

    def _find_actions(self) -> None:
        w = self._window
        finder = w.view.finder
        self.find = self._action("&Find…", w.view.find_bar.open_bar, Keys.Find, "Ctrl+F",
                                 tip="Find words in both versions")
        self.find_next = self._action("Find &Next", lambda: finder.step(1), Keys.FindNext,
                                      "F3")
        self.find_previous = self._action("Find Pre&vious", lambda: finder.step(-1),
                                          Keys.FindPrevious, "Shift+F3")
        self.filter_patterns = self._action("Filter &Patterns…",
                                            lambda: _focus(w.patterns_dock.filter),
                                            "Ctrl+Alt+F")
        self.search_changes = self._action("Search the &Change List…",
                                           w.changes_dock.focus_search, "Ctrl+Shift+L")

    def _go_actions(self) -> None:
        w, view = self._window, self._window.view
        self.next = self._action("&Next Change", lambda: view.step_change(1), "F7",
                                 "Alt+Down", short="▼ Next")
        self.previous = self._action("&Previous Change", lambda: view.step_change(-1),
                                     "Shift+F7", "Alt+Up", short="▲ Previous")
        self.next_kind = self._action("Next Change of &Same Kind",
                                      lambda: view.step_change(1, same_kind=True),
                                      "Ctrl+F7", "Ctrl+Alt+Down")
        self.previous_kind = self._action("Previous Change of Same &Kind",
                                          lambda: view.step_change(-1, same_kind=True),
                                          "Ctrl+Shift+F7", "Ctrl+Alt+Up")
        self.next_place = self._action("Next Place of &Pattern", lambda: view.step_pattern(1),
                                       "F8")
        self.previous_place = self._action("Previous Place of Pa&ttern",
                                           lambda: view.step_pattern(-1), "Shift+F8")
        self.move_end = self._action("Other &End of Moved Passage",
                                     view.show_other_end_of_move, "Ctrl+M")
        self.choose_old = self._action("Choose &OLD Version…",
                                       lambda: _pop_up(w.pair_bar.old_picker), "Ctrl+Shift+O")
        self.choose_new = self._action("Choose NE&W Version…",
                                       lambda: _pop_up(w.pair_bar.new_picker), "Ctrl+Shift+N")
        self.swap = self._action("⇄ S&wap", w.session.swap, "Ctrl+Shift+W",
                                 tip="Swap OLD and NEW")
        self.compare_again = self._action("Compare &Again", w.session.refresh, "F5")
        self.overview = self._action("&Overview", w.toggle_overview, "F6",
                                     tip="The overview of all versions, or back")
        self.focus = [
            self._action("Go to &Versions", lambda: _focus(w.versions_dock.view), "Alt+1"),
            self._action("Go to &Patterns", lambda: _focus(w.patterns_dock.view), "Alt+2"),
            self._action("Go to &Text", lambda: _focus(view.panes()[-1]), "Alt+3"),
            self._action("Go to the &Change List", lambda: _focus(w.changes_dock.view),
                         "Alt+4"),
        ]


def add_menus(window: MainWindow, actions: WindowActions, menus: Sequence[QMenu],
              docks: Sequence[QDockWidget]) -> None:
    """File, View (the docks' toggles first), Find and Go; ``menus`` are File ▸ Open Recent
    and View ▸ Ignore."""
    a = actions
    recent, ignore = menus
    _add_menu(window, "&File", [a.open, recent, a.close_version, None, a.export, None, a.quit])
    _add_menu(window, "&View", [
        *(dock.toggleViewAction() for dock in docks), None, *a.focus, None, a.overview, None,
        a.side_by_side, a.inline, None, a.formatting, a.moves, ignore, None, a.lock_scrolling,
        a.change_maps, None, a.zoom_in, a.zoom_out, a.zoom_reset])
    _add_menu(window, "F&ind", [a.find, a.find_next, a.find_previous, None, a.filter_patterns,
                                a.search_changes])
    _add_menu(window, "&Go", [
        a.next, a.previous, a.next_kind, a.previous_kind, None, a.next_place,
        a.previous_place, a.move_end, None, a.choose_old, a.choose_new, a.swap,
        a.compare_again])


def _add_menu(window: MainWindow, title: str, items: Sequence[QAction | QMenu | None]) -> None:
    menu = window.menuBar().addMenu(title)
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def fill_toolbar(bar: QToolBar, actions: WindowActions) -> None:
    """After the pair pickers: previous and next change, then the view's modes."""
    for group in ((actions.previous, actions.next),
                  (actions.side_by_side, actions.inline, actions.formatting)):
        bar.addSeparator()
        for action in group:
            bar.addAction(action)


def _focus(widget: QWidget) -> None:
    """Show ``widget`` (and the dock it sits in) and give it the keyboard."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.show()
        parent.raise_()
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _pop_up(picker: QComboBox) -> None:
    picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
    picker.showPopup()
