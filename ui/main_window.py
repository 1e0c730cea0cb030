"""The main window: the comparison view in the middle, the Versions and Patterns docks.

`MainWindow.__init__` reads as a table of contents. The window only wires things together:
the `Session` loads and compares (through the worker), the `ComparisonView` shows a
comparison and steps through it, the docks list versions and patterns, and settings keep
the window's geometry, dock layout, recent files and view options between runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from PySide6.QtWidgets import QFileDialog, QMainWindow, QVBoxLayout, QWidget

from ui import settings as keys
from ui.diff_view import ComparisonView
from ui.notice_bar import NoticeBar
from ui.pair_toolbar import PairToolBar
from ui.patterns_dock import PatternsDock
from ui.presentation import Prepared
from ui.session import LoadFailure, Session
from ui.settings import Settings
from ui.status_bar import ComparisonStatusBar
from ui.versions_dock import VersionsDock
from ui.versions_model import VersionsModel
from ui.worker import Worker

APP_NAME = "Palimpsest"
FILE_FILTER = "Text and Markdown (*.txt *.text *.md *.markdown);;All files (*)"
MIN_FONT, MAX_FONT = 7, 32

Shortcut = QKeySequence | QKeySequence.StandardKey | str


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
        self._font_size = self.settings.get(keys.FONT_SIZE)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_central_area()
        self._create_docks()
        self._create_status_bar()
        self._connect_session()
        self._restore_settings()
        self.setAcceptDrops(True)
        self._update_title()

    # --- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], *shortcuts: Shortcut,
                checkable: bool = False, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts(_key_sequences(shortcuts))
        action.setCheckable(checkable)
        action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)  # shortcuts work even while a dock is hidden
        return action

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

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self._open_action)
        self._recent_menu = file_menu.addMenu("Open &Recent")
        self._recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addAction(self._close_version_action)
        file_menu.addSeparator()
        file_menu.addAction(self._export_action)
        file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        self._view_menu = self.menuBar().addMenu("&View")
        go_menu = self.menuBar().addMenu("&Go")
        for action in (self._next_action, self._previous_action, self._next_kind_action,
                       self._previous_kind_action, None, self._next_place_action,
                       self._previous_place_action, self._move_end_action, None,
                       self._swap_action, self._compare_again_action):
            go_menu.addSeparator() if action is None else go_menu.addAction(action)

    def _fill_view_menu(self, docks: Sequence[QAction]) -> None:
        menu = self._view_menu
        for action in docks:
            menu.addAction(action)
        menu.addSeparator()
        for action in (self._side_by_side_action, self._inline_action, None,
                       self._formatting_action, None, self._zoom_in_action,
                       self._zoom_out_action, self._zoom_reset_action):
            menu.addSeparator() if action is None else menu.addAction(action)

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
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _create_docks(self) -> None:
        self.versions_dock = VersionsDock(self.versions_model, self)
        self.versions_dock.compare_requested.connect(self.session.set_new)
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
        versions_toggle = self.versions_dock.toggleViewAction()
        versions_toggle.setShortcut("Ctrl+Shift+V")
        patterns_toggle = self.patterns_dock.toggleViewAction()
        patterns_toggle.setShortcut("Ctrl+Shift+P")
        focus_filter = self._action("Filter Patterns", self._focus_pattern_filter, "Ctrl+F")
        self._fill_view_menu([versions_toggle, patterns_toggle, focus_filter])

    def _create_status_bar(self) -> None:
        self.status = ComparisonStatusBar(self)
        self.status.cancel_requested.connect(self.session.cancel)
        self.view.position_changed.connect(self.status.show_position)
        self.setStatusBar(self.status)

    def _connect_session(self) -> None:
        session = self.session
        session.versions_changed.connect(self._on_session_pair_changed)
        session.pair_changed.connect(self._on_session_pair_changed)
        session.comparison_started.connect(self._on_session_comparison_started)
        session.comparison_progressed.connect(self.status.set_progress)
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
        self._font_size = max(MIN_FONT, min(MAX_FONT, self._font_size))
        self.view.set_font_size(self._font_size)

    def save_settings(self) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.INLINE_MODE, self.view.inline)
        self.settings.set(keys.SHOW_FORMATTING, self._formatting_action.isChecked())
        self.settings.set(keys.FONT_SIZE, self._font_size)
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
        """Hook for the export issue: write the comparison on screen to a file."""

    def _on_recent_menu_about_to_show(self) -> None:
        self._recent_menu.clear()
        recent = self.settings.get(keys.RECENT_FILES)
        for path in recent:
            self._recent_menu.addAction(path, lambda *_, p=path: self.open_files([p]))
        if not recent:
            self._recent_menu.addAction("(none)").setEnabled(False)
        self._recent_menu.addSeparator()
        self._recent_menu.addAction("Clear Menu",
                                    lambda *_: self.settings.set(keys.RECENT_FILES, []))

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

    def _zoom(self, step: int) -> None:
        size = keys.FONT_SIZE.default if step == 0 else self._font_size + step
        self._font_size = max(MIN_FONT, min(MAX_FONT, size))
        self.view.set_font_size(self._font_size)
        self.settings.set(keys.FONT_SIZE, self._font_size)

    def _focus_pattern_filter(self) -> None:
        self.patterns_dock.show()
        self.patterns_dock.filter.setFocus()
        self.patterns_dock.filter.selectAll()

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

    def _on_session_load_failed(self, failure: LoadFailure) -> None:
        self.show_error(f"Could not open {failure.path}: {failure.reason}")
        recent = [p for p in self.settings.get(keys.RECENT_FILES) if p != failure.path]
        self.settings.set(keys.RECENT_FILES, recent)

    def _show_no_comparison(self, message: str | None = None) -> None:
        self.status.end_progress()
        if message:
            self.view.clear(message)
        else:
            self.view.clear()
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
        self.save_settings()
        self.worker.shutdown()
        super().closeEvent(event)


def _key_sequences(shortcuts: Sequence[Shortcut]) -> list[QKeySequence]:
    """Each shortcut once; a standard key brings its platform's bindings (may be none)."""
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(shortcut)
        else:
            sequences = [QKeySequence(shortcut)]
        found += [sequence for sequence in sequences
                  if not sequence.isEmpty() and sequence not in found]
    return found
