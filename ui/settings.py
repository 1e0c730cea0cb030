"""Every persistent setting of the window, declared once with its type and default.

Settings live in an INI file under the organisation and application names below, in the
user's configuration folder. ``PALIMPSEST_SETTINGS_DIR`` (or ``QSettings.setPath`` for the
INI format and user scope) moves that folder: tests and the screenshot mode use it so they
never read or write the user's real settings. The core never reads settings; the window turns
them into options values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Palimpsest"
APPLICATION = "Palimpsest"
SETTINGS_DIR_VARIABLE = "PALIMPSEST_SETTINGS_DIR"
MAX_RECENT_FILES = 10

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the file, its Python type and its default value."""

    key: str
    type: type[T]
    default: T


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
RECENT_FILES = Setting("files/recent", list, [])
INLINE_MODE = Setting("view/inline", bool, False)
SHOW_FORMATTING = Setting("view/show_formatting", bool, True)
FONT_SIZE = Setting("view/font_size", int, 11)
SYNC_SCROLLING = Setting("view/sync_scrolling", bool, True)
SHOW_CHANGE_MAPS = Setting("view/change_maps", bool, True)
DETECT_MOVES = Setting("compare/detect_moves", bool, True)
# The ignore rules (`core.model.IgnoreRules`): category values, and line patterns.
IGNORE_CATEGORIES = Setting("compare/ignore", list, [])
IGNORE_LINES = Setting("compare/ignore_lines", list, [])


def open_qsettings() -> QSettings:
    """The application's settings store, honouring ``PALIMPSEST_SETTINGS_DIR``."""
    folder = os.environ.get(SETTINGS_DIR_VARIABLE)
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


class Settings:
    """Typed access to the declared settings; values of the wrong type read as the default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_qsettings()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        value = _convert(raw, setting.type)
        return _copy(setting.default) if value is None else value  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files (once); return the new list."""
        recent = [path, *(item for item in self.get(RECENT_FILES) if item != path)]
        recent = recent[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, recent)
        return recent


def _copy(value: T) -> T:
    # Defaults are shared declarations: hand out copies of the mutable ones.
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value


def _convert(raw: object, kind: type) -> object | None:
    """``raw`` as read from the INI file, turned into ``kind``; None when it cannot be."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return {"true": True, "1": True, "false": False, "0": False}.get(text)
    if kind is int:
        try:
            return int(str(raw))
        except ValueError:
            return None
    if kind is list:
        # An INI list of one item reads back as a plain string.
        items = raw if isinstance(raw, list) else [raw]
        return [str(item) for item in items if str(item)]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else None
    return raw if isinstance(raw, kind) else None
