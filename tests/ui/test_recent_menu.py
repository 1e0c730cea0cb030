"""`ui.recent_menu`: File ▸ Open Recent, filled from the settings each time it shows."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from ui.recent_menu import RecentFilesMenu
from ui.settings import RECENT_FILES, Settings


def _menu(qtbot: QtBot, settings: Settings) -> tuple[RecentFilesMenu, list[list[str]]]:
    opened: list[list[str]] = []

    def open_files(paths: Sequence[str]) -> None:
        opened.append(list(paths))

    menu = RecentFilesMenu(settings, open_files)
    qtbot.addWidget(menu)
    return menu, opened


def _entries(menu: RecentFilesMenu) -> list[tuple[str, bool]]:
    menu.aboutToShow.emit()
    return [(action.text(), action.isEnabled()) for action in menu.actions()
            if not action.isSeparator()]


def test_the_files_newest_first_then_clear(qtbot: QtBot, settings: Settings) -> None:
    settings.set(RECENT_FILES, ["/b.txt", "/a.txt"])
    menu, opened = _menu(qtbot, settings)
    assert _entries(menu) == [("/b.txt", True), ("/a.txt", True), ("Clear Menu", True)]
    menu.actions()[1].trigger()
    assert opened == [["/a.txt"]], "an entry opens its one file"


def test_the_menu_follows_the_settings(qtbot: QtBot, settings: Settings) -> None:
    menu, _ = _menu(qtbot, settings)
    assert _entries(menu) == [("(none)", False), ("Clear Menu", True)]
    settings.set(RECENT_FILES, ["/c.txt"])  # changed meanwhile, by another window say
    assert _entries(menu)[0] == ("/c.txt", True)


def test_clear_menu_empties_the_settings(qtbot: QtBot, settings: Settings) -> None:
    settings.set(RECENT_FILES, ["/a.txt"])
    menu, opened = _menu(qtbot, settings)
    _entries(menu)
    [clear] = [action for action in menu.actions() if action.text() == "Clear Menu"]
    clear.trigger()
    assert settings.get(RECENT_FILES) == [] and opened == []
