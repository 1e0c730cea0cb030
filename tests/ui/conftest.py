"""Fixtures for the window's tests: isolated settings, a shown window, waiting for work.

No test reads or writes the user's real settings: every test gets its own settings folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.settings import SETTINGS_DIR_VARIABLE, Settings

# Comparing in a worker thread takes a moment, more on a slow CI machine.
WAIT_MS = 60_000


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
