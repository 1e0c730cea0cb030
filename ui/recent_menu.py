"""File ▸ Open Recent: the files opened lately, newest first, from the settings.

The menu is filled each time it is about to show, so it always matches the settings, which
other windows or a failed load may have changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMenu, QWidget

from ui.settings import RECENT_FILES, Settings


class RecentFilesMenu(QMenu):
    """Choosing an entry calls ``open_files`` with that one path."""

    def __init__(self, settings: Settings, open_files: Callable[[Sequence[str]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__("Open &Recent", parent)
        self._settings = settings
        self._open_files = open_files
        self.aboutToShow.connect(self._on_about_to_show)

    def _on_about_to_show(self) -> None:
        self.clear()
        recent = self._settings.get(RECENT_FILES)
        for path in recent:
            self.addAction(path, lambda *_, chosen=path: self._open_files([chosen]))
        if not recent:
            self.addAction("(none)").setEnabled(False)
        self.addSeparator()
        self.addAction("Clear Menu", lambda *_: self._settings.set(RECENT_FILES, []))
