"""Settings are declared once, read back with their type, and kept out of the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from ui import settings as keys
from ui.settings import MAX_RECENT_FILES, Setting, Settings


@pytest.mark.parametrize(
    ("setting", "value", "reason"),
    [
        (keys.INLINE_MODE, True, "a bool survives the INI file"),
        (keys.SHOW_FORMATTING, False, "False is not read back as the string 'false'"),
        (keys.FONT_SIZE, 14, "an int survives"),
        (keys.RECENT_FILES, ["/a.txt"], "a one-item list does not come back as a string"),
        (keys.RECENT_FILES, ["/a.txt", "/b.txt"], "a list keeps its order"),
        (keys.GEOMETRY, QByteArray(b"\x01\x02\x00"), "bytes survive"),
    ],
)
def test_round_trip(settings: Settings, setting: Setting[object], value: object,
                    reason: str) -> None:
    settings.set(setting, value)
    settings.sync()
    assert Settings().get(setting) == value, reason


@pytest.mark.parametrize("setting", [keys.INLINE_MODE, keys.SHOW_FORMATTING, keys.FONT_SIZE,
                                     keys.RECENT_FILES, keys.GEOMETRY, keys.DETECT_MOVES])
def test_default_when_unset(settings: Settings, setting: Setting[object]) -> None:
    assert settings.get(setting) == setting.default


@pytest.mark.parametrize(
    ("setting", "stored", "reason"),
    [
        (keys.SHOW_FORMATTING, "banana", "not a bool"),
        (keys.FONT_SIZE, "large", "not an int"),
    ],
)
def test_bad_value_reads_as_default(settings: Settings, setting: Setting[object], stored: str,
                                    reason: str) -> None:
    settings.set(setting, stored)  # type: ignore[arg-type]  # as a hand-edited file might
    assert settings.get(setting) == setting.default, reason


def test_recent_files_are_unique_newest_first_and_bounded(settings: Settings) -> None:
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(f"/v{number}.txt")
    recent = settings.add_recent_file("/v5.txt")
    assert recent[0] == "/v5.txt"
    assert len(recent) == MAX_RECENT_FILES
    assert len(set(recent)) == len(recent)
    assert settings.get(keys.RECENT_FILES) == recent


def test_settings_live_in_the_test_folder(settings: Settings, settings_folder: Path) -> None:
    settings.set(keys.FONT_SIZE, 13)
    settings.sync()
    assert Path(settings.file_name).is_relative_to(settings_folder)
    assert Path(settings.file_name).is_file()
