"""The main window: the comparison view in the middle, the Versions and Patterns docks.

`MainWindow.__init__` reads as a table of contents. The window only wires things together:
the `Session` loads and compares (through the worker), the `ComparisonView` shows a
comparison and steps through it, the docks list versions and patterns, and settings keep
the window's geometry, dock layout, recent files and view options between runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.load.loader import READERS
from ui import settings as keys
from ui.actions import Shortcut, make_action
from ui.docks.patterns_dock import PatternsDock
from ui.docks.versions_dock import VersionsDock
from ui.docks.versions_model import VersionsModel
from ui.export.controller import ExportController
from ui.ignore_menu import session_ignore_menu
from ui.notice_bar import NoticeBar
from ui.overview.controller import OverviewController
from ui.overview.opener import PlaceOpener
from ui.overview.overview_view import OverviewView
from ui.pair_toolbar import PairToolBar
from ui.recent_menu import RecentFilesMenu
from ui.session import LoadFailure, Session
from ui.settings import Settings
from ui.status_bar import ComparisonStatusBar
from ui.view.comparison_view import EMPTY_TEXT, ComparisonView
from ui.view.presentation import Prepared
from ui.worker import Worker

APP_NAME = "Palimpsest"
FILE_FILTER = ";;".join([
    "Articles (" + " ".join(f"*{extension}" for extension in READERS) + ")",
    "Text and Markdown (*.txt *.text *.md *.markdown)", "Word and OpenDocument (*.docx *.odt)",
    "PDF (*.pdf)", "Web pages (*.html *.htm *.xhtml *.mhtml *.mht)", "RTF (*.rtf)",
    "All files (*)",
])
MIN_FONT, MAX_FONT = 7, 32


class MainWindow(QMainWindow):
    """Versions, the comparison of the chosen pair, and its patterns."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.worker = Worker(self)
        self.session = Session(self.worker, self)
        self.versions_model = VersionsModel(self.session, self)
        self.view = ComparisonView()
        self.notice = NoticeBar()
        self.exporter = ExportController(self.worker, self, self.session)
        self._font_size = self.settings.get(keys.FONT_SIZE)
        self._create_overview()
        self._create_actions()
        self._create_docks()
        self._create_central_area()
        self._create_toolbar()
        self._create_menus()
        self._create_status_bar()
        self._connect_session()
        self._restore_settings()
        self.setAcceptDrops(True)
        self._update_title()

    # --- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], *shortcuts: Shortcut,
                checkable: bool = False, tip: str = "") -> QAction:
        return make_action(self, text, slot, *shortcuts, checkable=checkable, tip=tip)

    def _create_actions(self) -> None:
        keys_ = QKeySequence.StandardKey
        self._open_action = self._action("&Open…", self.choose_files, "Ctrl+O", keys_.Open,
                                         tip="Open one or more versions")
        self._close_version_action = self._action("&Close Version", self._close_version,
                                                  "Ctrl+W", keys_.Close)
        self._export_action = self._action("&Export…", self._on_export_triggered, "Ctrl+E",
                                           tip="Export the comparison")
        self._export_action.setEnabled(False)
        self._quit_action = self._action("&Quit", self.close, "Ctrl+Q", keys_.Quit)
        self._swap_action = self._action("⇄ S&wap", self.session.swap, "Ctrl+Shift+W",
                                         tip="Swap OLD and NEW")
        self._compare_again_action = self._action("Compare &Again", self.session.refresh, "F5")
        self._overview_action = self._action("&Overview", self._toggle_overview, "F6",
                                             tip="The overview of all versions, or back")
        self._create_view_actions()
        self._create_go_actions()

    def _create_view_actions(self) -> None:
        self._side_by_side_action = self._action("&Side by Side", lambda: self._set_inline(False),
                                                 "Ctrl+1", checkable=True)
        self._inline_action = self._action("&Inline Redline", lambda: self._set_inline(True),
                                           "Ctrl+2", checkable=True)
        group = QActionGroup(self)
        group.addAction(self._side_by_side_action)
        group.addAction(self._inline_action)
        self._formatting_action = self._action(
            "Show &Formatting Changes", self._on_formatting_toggled, "Ctrl+Shift+F",
            checkable=True, tip="Spaces, punctuation, quote style and case: dimmed, or hidden")
        self._zoom_in_action = self._action("Zoom &In", lambda: self._zoom(1),
                                            QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        self._zoom_out_action = self._action("Zoom &Out", lambda: self._zoom(-1),
                                             QKeySequence.StandardKey.ZoomOut)
        self._zoom_reset_action = self._action("&Actual Size", lambda: self._zoom(0), "Ctrl+0")
        self._moves_action = self._action(
            "Detect &Moved Passages", self._on_moves_toggled, checkable=True,
            tip="Report a passage that changed place as a move, not an omission and an addition")
        self.ignore_menu = session_ignore_menu(self.settings, self.session, self)

    def _create_go_actions(self) -> None:
        view = self.view
        self._next_action = self._action("&Next Change", lambda: view.step_change(1),
                                         "F7", "Alt+Down")
        self._previous_action = self._action("&Previous Change", lambda: view.step_change(-1),
                                             "Shift+F7", "Alt+Up")
        self._next_kind_action = self._action("Next Change of &Same Kind",
                                              lambda: view.step_change(1, same_kind=True),
                                              "Ctrl+F7", "Ctrl+Alt+Down")
        self._previous_kind_action = self._action("Previous Change of Same &Kind",
                                                  lambda: view.step_change(-1, same_kind=True),
                                                  "Ctrl+Shift+F7", "Ctrl+Alt+Up")
        self._next_place_action = self._action("Next Place of &Pattern",
                                               lambda: view.step_pattern(1), "F8")
        self._previous_place_action = self._action("Previous Place of Pa&ttern",
                                                   lambda: view.step_pattern(-1), "Shift+F8")
        self._move_end_action = self._action("Other &End of Moved Passage",
                                             view.show_other_end_of_move, "Ctrl+M")
        self._choose_old_action = self._action(
            "Choose &OLD Version…", lambda: _pop_up(self.pair_bar.old_picker), "Ctrl+Shift+O")
        self._choose_new_action = self._action(
            "Choose NE&W Version…", lambda: _pop_up(self.pair_bar.new_picker), "Ctrl+Shift+N")
        self._focus_actions = [
            self._action("Go to &Versions", lambda: _focus(self.versions_dock.view), "Alt+1"),
            self._action("Go to &Patterns", lambda: _focus(self.patterns_dock.view), "Alt+2"),
            self._action("Go to &Text", lambda: _focus(self.view.panes()[-1]), "Alt+3"),
            self._action("&Filter Patterns", lambda: _focus(self.patterns_dock.filter), "Ctrl+F"),
        ]

    def _create_menus(self) -> None:
        self._recent_menu = RecentFilesMenu(self.settings, self.open_files, self)
        self._add_menu("&File", [self._open_action, self._recent_menu, self._close_version_action,
                                 None, self._export_action, None, self._quit_action])
        self._add_menu("&View", [
            self.versions_dock.toggleViewAction(), self.patterns_dock.toggleViewAction(), None,
            *self._focus_actions, None, self._overview_action, None, self._side_by_side_action,
            self._inline_action, None, self._formatting_action, self._moves_action,
            self.ignore_menu, None, self._zoom_in_action, self._zoom_out_action,
            self._zoom_reset_action])
        self._add_menu("&Go", [
            self._next_action, self._previous_action, self._next_kind_action,
            self._previous_kind_action, None, self._next_place_action,
            self._previous_place_action, self._move_end_action, None, self._choose_old_action,
            self._choose_new_action, self._swap_action, self._compare_again_action])

    def _add_menu(self, title: str, items: Sequence[QAction | QMenu | None]) -> None:
        menu = self.menuBar().addMenu(title)
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)

    def _create_toolbar(self) -> None:
        self.pair_bar = PairToolBar(self.versions_model, self._swap_action, self)
        self.pair_bar.old_chosen.connect(self.session.set_old)
        self.pair_bar.new_chosen.connect(self.session.set_new)
        self.pair_bar.addSeparator()
        for action in (self._previous_action, self._next_action):
            self.pair_bar.addAction(action)
        self.pair_bar.addSeparator()
        for action in (self._side_by_side_action, self._inline_action, self._formatting_action):
            self.pair_bar.addAction(action)
        self.addToolBar(self.pair_bar)

    def _create_central_area(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, "Comparison")
        self.tabs.addTab(self.overview_view, "Overview")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _create_overview(self) -> None:
        self.overview_view = OverviewView()
        self.overview = OverviewController(self.session, self.worker, self.overview_view, self)
        self.overview.overview_failed.connect(self.show_error)
        self.place_opener = PlaceOpener(self.session, self.overview_view, self)
        self.place_opener.attach(self.view)
        self.place_opener.opening.connect(lambda: self.tabs.setCurrentWidget(self.view))

    def _create_docks(self) -> None:
        self.versions_dock = VersionsDock(self.versions_model, self)
        self.versions_dock.old_requested.connect(self.session.set_old)
        self.versions_dock.new_requested.connect(self.session.set_new)
        self.versions_dock.close_requested.connect(self.session.close_version)
        self.patterns_dock = PatternsDock(self)
        self.patterns_dock.pattern_selected.connect(self.view.select_pattern)
        self.patterns_dock.pattern_stepped.connect(self.view.step_pattern)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(area, self.versions_dock)
        self.addDockWidget(area, self.patterns_dock)
        self.splitDockWidget(self.versions_dock, self.patterns_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.versions_dock, self.patterns_dock], [235, 560],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.patterns_dock], [350], Qt.Orientation.Horizontal)
        self.versions_dock.toggleViewAction().setShortcut("Ctrl+Shift+V")
        self.patterns_dock.toggleViewAction().setShortcut("Ctrl+Shift+P")

    def _create_status_bar(self) -> None:
        self.status = ComparisonStatusBar(self)
        self.status.cancel_requested.connect(self.session.cancel)
        self.view.position_changed.connect(self.status.show_position)
        self.setStatusBar(self.status)

    def _connect_session(self) -> None:
        session = self.session
        session.versions_changed.connect(self._on_session_pair_changed)
        session.pair_changed.connect(self._on_session_pair_changed)
        session.loading_started.connect(self.status.show_loading)
        session.loading_progressed.connect(self.status.show_loading_progress)
        session.loading_cancelled.connect(self._on_session_loading_cancelled)
        session.loading_finished.connect(self.status.end_loading)
        session.comparison_started.connect(self._on_session_comparison_started)
        session.comparison_progressed.connect(self.status.set_progress)
        self.exporter.exported.connect(self._on_exporter_exported)
        self.exporter.failed.connect(self.show_error)
        session.comparison_ready.connect(self._on_session_comparison_ready)
        session.comparison_cleared.connect(self._on_session_comparison_cleared)
        session.comparison_cancelled.connect(self._on_session_comparison_cancelled)
        session.comparison_failed.connect(self._on_session_comparison_failed)
        session.load_failed.connect(self._on_session_load_failed)

    # --- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        inline = self.settings.get(keys.INLINE_MODE)
        (self._inline_action if inline else self._side_by_side_action).setChecked(True)
        self.view.set_inline(inline)
        show = self.settings.get(keys.SHOW_FORMATTING)
        self._formatting_action.setChecked(show)
        self._apply_show_formatting(show)
        self._apply_font_size(self._font_size)
        self._moves_action.setChecked(self.settings.get(keys.DETECT_MOVES))
        self.session.set_options(replace(self.session.options,
                                         detect_moves=self._moves_action.isChecked()))

    def save_settings(self) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.INLINE_MODE, self.view.inline)
        self.settings.set(keys.SHOW_FORMATTING, self._formatting_action.isChecked())
        self.settings.set(keys.FONT_SIZE, self._font_size)
        self.settings.set(keys.DETECT_MOVES, self._moves_action.isChecked())
        self.settings.sync()

    # --- files ------------------------------------------------------------------------------------

    def open_files(self, paths: Sequence[str]) -> None:
        """Open ``paths`` as versions (in the background); each is remembered as recent."""
        paths = [str(Path(path).absolute()) for path in paths]
        for path in paths:
            self.settings.add_recent_file(path)
        if paths:
            self.session.open_paths(paths)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open Versions", "", FILE_FILTER)
        self.open_files(paths)

    def show_error(self, message: str) -> None:
        """Tell the user something failed, without blocking (tests may replace this)."""
        self.notice.show_message(message)
        self.status.showMessage(message, 10_000)

    def _close_version(self) -> None:
        row = self.versions_dock.current_row()
        if row is None:
            row = self.session.pair[1]
        if row is not None:
            self.session.close_version(row)

    def _on_export_triggered(self) -> None:
        if self.view.comparison is not None and not self.exporter.busy():
            self.exporter.export(self.view.comparison, self.view.inline,
                                 self._formatting_action.isChecked())

    def _on_exporter_exported(self, path: str) -> None:
        self.status.showMessage(f"Exported to {path}", 10_000)

    # --- the overview -----------------------------------------------------------------------

    def _toggle_overview(self) -> None:
        showing = self.tabs.currentWidget() is self.overview_view
        self.tabs.setCurrentWidget(self.view if showing else self.overview_view)

    # --- view options ---------------------------------------------------------------------------

    def _set_inline(self, inline: bool) -> None:
        self.view.set_inline(inline)
        self.settings.set(keys.INLINE_MODE, inline)

    def _on_formatting_toggled(self) -> None:
        show = self._formatting_action.isChecked()
        self._apply_show_formatting(show)
        self.settings.set(keys.SHOW_FORMATTING, show)

    def _apply_show_formatting(self, show: bool) -> None:
        self.view.set_show_formatting(show)
        self.patterns_dock.set_show_formatting(show)

    def _on_moves_toggled(self) -> None:
        detect = self._moves_action.isChecked()
        self.session.set_options(replace(self.session.options, detect_moves=detect))
        self.settings.set(keys.DETECT_MOVES, detect)

    def _zoom(self, step: int) -> None:
        self._apply_font_size(keys.FONT_SIZE.default if step == 0 else self._font_size + step)
        self.settings.set(keys.FONT_SIZE, self._font_size)

    def _apply_font_size(self, size: int) -> None:
        self._font_size = max(MIN_FONT, min(MAX_FONT, size))
        self.view.set_font_size(self._font_size)

    # --- session events -----------------------------------------------------------------------------

    def _on_session_pair_changed(self) -> None:
        self.pair_bar.show_pair(*self.session.pair)
        self._close_version_action.setEnabled(bool(self.session.versions))
        self._update_title()

    def _on_session_comparison_started(self) -> None:
        self.status.start_progress()
        self.status.showMessage("Comparing…")

    def _on_session_comparison_ready(self, prepared: Prepared) -> None:
        comparison = prepared.comparison
        self.status.end_progress()
        self.status.clearMessage()
        self.view.show_comparison(prepared)
        self._export_action.setEnabled(True)
        self.patterns_dock.set_comparison(comparison)
        self.status.show_comparison(comparison)
        self._update_title()

    def _on_session_comparison_cleared(self) -> None:
        self._show_no_comparison()

    def _on_session_comparison_cancelled(self) -> None:
        self._show_no_comparison("The comparison was cancelled.\n"
                                 "Press F5 (Go ▸ Compare Again) to run it again.")

    def _on_session_comparison_failed(self, message: str) -> None:
        self._show_no_comparison(message)
        self.show_error(message)

    def _on_session_loading_cancelled(self, skipped: int) -> None:
        self.status.showMessage(
            f"Loading cancelled: {skipped} file{'s' if skipped != 1 else ''} not opened", 10_000)

    def _on_session_load_failed(self, failure: LoadFailure) -> None:
        self.show_error(f"Could not open {failure}")
        recent = [p for p in self.settings.get(keys.RECENT_FILES) if p != failure.path]
        self.settings.set(keys.RECENT_FILES, recent)

    def _show_no_comparison(self, message: str | None = None) -> None:
        self.status.end_progress()
        self._export_action.setEnabled(False)
        self.view.clear(message or EMPTY_TEXT)
        self.patterns_dock.set_comparison(None)
        self.status.clear_comparison()
        self._update_title()

    def _update_title(self) -> None:
        comparison = self.view.comparison
        if comparison is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{comparison.old.name} → {comparison.new.name} — {APP_NAME}")

    # --- Qt overrides -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings and stop the work; a thread stuck in a library call is left
        behind after a second (`ui.app.run` then ends the process without it)."""
        self.save_settings()
        self.worker.shutdown()
        super().closeEvent(event)


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
