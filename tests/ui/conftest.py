"""Fixtures for the window's tests: isolated settings, a shown window, waiting for work.

No test reads or writes the user's real settings: every test gets its own settings folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.settings import SETTINGS_DIR_VARIABLE, Settings

# Comparing in a worker thread takes a moment, more on a slow CI machine.
WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def widgets_deleted_at_teardown(qapp: object) -> Iterator[None]:
    """Delete the widgets pytest-qt closed, now, while their Python side is whole.

    pytest-qt only calls deleteLater(), which processEvents() does not run: the widgets lived
    on until a later test's event loop, and a garbage collection in between could clear a
    pane's attributes under a paint event Qt still sent it ("'DiffPane' object has no
    attribute 'pane'" in an unrelated test).
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "settings"
    monkeypatch.setenv(SETTINGS_DIR_VARIABLE, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def settings(settings_folder: Path) -> Settings:
    return Settings()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    shown = MainWindow(settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()  # cancels and waits for the worker's threads


def open_and_wait(qtbot: QtBot, window: MainWindow, paths: Sequence[Path | str]) -> None:
    """Open ``paths`` and wait until they are loaded and the pair is compared."""
    window.open_files([str(path) for path in paths])
    wait_idle(qtbot, window)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT_MS)
