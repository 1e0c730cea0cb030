"""The main window: the comparison view in the middle; the Versions, Patterns and Changes docks.

`MainWindow.__init__` reads as a table of contents. The window only wires things together:
the `Session` loads and compares (through the worker), the `ComparisonView` shows a
comparison and steps through it, the Overview tab relates all the versions, the docks list
versions, patterns and changes, the actions and menus are made in `ui.window_actions` (the
ignore rules in `ui.ignore_menu`), and settings keep the window's geometry, dock
layout, recent files and view options between runs. The Changes dock shares its place with
Patterns (tabs), so Versions keeps room for five versions at 800 pixels high.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.load.loader import READERS
from ui import settings as keys
from ui.docks.changes_dock import ChangesDock
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
from ui.window_actions import WindowActions, add_menus, fill_toolbar
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
    """Versions, the comparison of the chosen pair, its changes and its patterns."""

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
        self._create_docks()
        self.commands = WindowActions(self)
        self._create_toolbar()
        self._create_menus()
        self._create_central_area()
        self._create_status_bar()
        self._connect_view()
        self._connect_session()
        self._restore_settings()
        self.setAcceptDrops(True)
        self._update_title()

    # --- building ----------------------------------------------------------------------------

    def _create_toolbar(self) -> None:
        self.pair_bar = PairToolBar(self.versions_model, self.commands.swap, self)
        self.pair_bar.old_chosen.connect(self.session.set_old)
        self.pair_bar.new_chosen.connect(self.session.set_new)
        fill_toolbar(self.pair_bar, self.commands)
        self.addToolBar(self.pair_bar)

    def _create_menus(self) -> None:
        self._recent_menu = RecentFilesMenu(self.settings, self.open_files, self)
        self.ignore_menu = session_ignore_menu(self.settings, self.session, self)
        add_menus(self, self.commands, [self._recent_menu, self.ignore_menu],
                  [self.versions_dock, self.patterns_dock, self.changes_dock])

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
        self.changes_dock = ChangesDock(self)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(area, self.versions_dock)
        self.addDockWidget(area, self.patterns_dock)
        self.splitDockWidget(self.versions_dock, self.patterns_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.patterns_dock, self.changes_dock)
        self.patterns_dock.raise_()
        docks: list[tuple[QDockWidget, str]] = [
            (self.versions_dock, "Ctrl+Shift+V"), (self.patterns_dock, "Ctrl+Shift+P"),
            (self.changes_dock, "Ctrl+Shift+C")]
        for dock, key in docks:
            dock.toggleViewAction().setShortcut(key)

    def _create_status_bar(self) -> None:
        self.status = ComparisonStatusBar(self)
        self.status.cancel_requested.connect(self.session.cancel)
        self.setStatusBar(self.status)

    def _connect_view(self) -> None:
        view = self.view
        view.position_changed.connect(self.status.show_position)
        view.notice.connect(self.status.show_notice)
        view.change_selected.connect(self.changes_dock.show_change)
        self.changes_dock.change_selected.connect(view.go_to_change)
        self.patterns_dock.pattern_selected.connect(view.select_pattern)
        self.patterns_dock.pattern_selected.connect(self.changes_dock.set_pattern)
        self.patterns_dock.pattern_stepped.connect(view.step_pattern)

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
        self._docks_sized = not state.isEmpty() and self.restoreState(state)
        a = self.commands
        inline = self.settings.get(keys.INLINE_MODE)
        (a.inline if inline else a.side_by_side).setChecked(True)
        self.view.set_inline(inline)
        for action, setting, apply in (
                (a.formatting, keys.SHOW_FORMATTING, self._apply_show_formatting),
                (a.lock_scrolling, keys.SYNC_SCROLLING, self.view.set_scroll_locked),
                (a.change_maps, keys.SHOW_CHANGE_MAPS, self.view.set_change_maps_visible)):
            action.setChecked(self.settings.get(setting))
            apply(action.isChecked())
        self._apply_font_size(self._font_size)
        a.moves.setChecked(self.settings.get(keys.DETECT_MOVES))
        self.session.set_options(replace(self.session.options,
                                         detect_moves=a.moves.isChecked()))

    def save_settings(self) -> None:
        a = self.commands
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.INLINE_MODE, self.view.inline)
        self.settings.set(keys.SHOW_FORMATTING, a.formatting.isChecked())
        self.settings.set(keys.SYNC_SCROLLING, a.lock_scrolling.isChecked())
        self.settings.set(keys.SHOW_CHANGE_MAPS, a.change_maps.isChecked())
        self.settings.set(keys.FONT_SIZE, self._font_size)
        self.settings.set(keys.DETECT_MOVES, a.moves.isChecked())
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

    def close_version(self) -> None:
        row = self.versions_dock.current_row()
        if row is None:
            row = self.session.pair[1]
        if row is not None:
            self.session.close_version(row)

    def export(self) -> None:
        if self.view.comparison is not None and not self.exporter.busy():
            self.exporter.export(self.view.comparison, self.view.inline,
                                 self.commands.formatting.isChecked())

    def _on_exporter_exported(self, path: str) -> None:
        self.status.showMessage(f"Exported to {path}", 10_000)

    def toggle_overview(self) -> None:
        showing = self.tabs.currentWidget() is self.overview_view
        self.tabs.setCurrentWidget(self.view if showing else self.overview_view)

    # --- view options ---------------------------------------------------------------------------

    def set_inline(self, inline: bool) -> None:
        self.view.set_inline(inline)
        self.settings.set(keys.INLINE_MODE, inline)

    def toggle_formatting(self) -> None:
        show = self.commands.formatting.isChecked()
        self._apply_show_formatting(show)
        self.settings.set(keys.SHOW_FORMATTING, show)

    def _apply_show_formatting(self, show: bool) -> None:
        self.view.set_show_formatting(show)
        self.patterns_dock.set_show_formatting(show)
        self.changes_dock.set_show_formatting(show)

    def toggle_lock_scrolling(self) -> None:
        locked = self.commands.lock_scrolling.isChecked()
        self.view.set_scroll_locked(locked)
        self.settings.set(keys.SYNC_SCROLLING, locked)
        self.status.show_notice("Scrolling locked: OLD and NEW face each other" if locked
                                else "Scrolling unlocked: each pane scrolls on its own")

    def toggle_change_maps(self) -> None:
        visible = self.commands.change_maps.isChecked()
        self.view.set_change_maps_visible(visible)
        self.settings.set(keys.SHOW_CHANGE_MAPS, visible)

    def toggle_moves(self) -> None:
        detect = self.commands.moves.isChecked()
        self.session.set_options(replace(self.session.options, detect_moves=detect))
        self.settings.set(keys.DETECT_MOVES, detect)

    def zoom(self, step: int) -> None:
        self._apply_font_size(keys.FONT_SIZE.default if step == 0 else self._font_size + step)
        self.settings.set(keys.FONT_SIZE, self._font_size)

    def _apply_font_size(self, size: int) -> None:
        self._font_size = max(MIN_FONT, min(MAX_FONT, size))
        self.view.set_font_size(self._font_size)

    # --- session events -----------------------------------------------------------------------------

    def _on_session_pair_changed(self) -> None:
        self.pair_bar.show_pair(*self.session.pair)
        self.commands.close_version.setEnabled(bool(self.session.versions))
        self._update_title()

    def _on_session_comparison_started(self) -> None:
        self.status.start_progress()
        self.status.showMessage("Comparing…")

    def _on_session_comparison_ready(self, prepared: Prepared) -> None:
        comparison = prepared.comparison
        self.status.end_progress()
        self.status.clearMessage()
        self.view.show_comparison(prepared)
        self.commands.export.setEnabled(True)
        self.patterns_dock.set_comparison(comparison)
        self.changes_dock.set_comparison(comparison)
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
        self.commands.export.setEnabled(False)
        self.view.clear(message or EMPTY_TEXT)
        self.patterns_dock.set_comparison(None)
        self.changes_dock.set_comparison(None)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # the first time, with no layout saved: a layout that fits
            self._docks_sized = True
            self._size_docks()

    def _size_docks(self) -> None:
        """Room for five versions whole above the patterns and changes, and a side column
        that leaves the panes most of a 1024-pixel window."""
        self.resizeDocks([self.versions_dock], [self.versions_dock.height_for(5)],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.patterns_dock], [340], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings and stop the work; a thread stuck in a library call is left
        behind after a second (`ui.app.run` then ends the process without it)."""
        self.save_settings()
        self.worker.shutdown()
        super().closeEvent(event)

