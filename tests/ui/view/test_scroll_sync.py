"""`ui.view.scroll_sync`: the two panes follow each other through the edit script.

The panes are stand-ins that record where they were told to scroll, so each row says where
the follower goes (the real panes of a shown comparison: `tests.ui.view.test_comparison_view`).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from core.model import Category, Change, ChangeKind
from ui.view.presentation import PositionMap
from ui.view.scroll_sync import ScrollSync

# NEW adds five characters at the very start, and OLD's 40..50 became 10 characters longer.
_CHANGES = (
    Change(0, ChangeKind.ADDITION, Category.CONTENT, 0, 0, 0, 5, "", "Hey! "),
    Change(1, ChangeKind.SUBSTITUTION, Category.SYNONYM, 40, 50, 45, 65, "x" * 10, "y" * 20),
)


class _Pane(QObject):
    """What ScrollSync asks of a pane: its signals, its top, and scrolling to a place."""

    scrolled = Signal()
    resized = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.top = 0
        self.told: list[int] = []

    def top_position(self) -> int:
        return self.top

    def scroll_to_top(self, position: int) -> None:
        self.told.append(position)
        self.top = position
        self.scrolled.emit()  # a real pane says it scrolled: the sync must not answer it


@pytest.fixture
def panes(qtbot: QtBot) -> tuple[_Pane, _Pane, ScrollSync]:
    old, new = _Pane(), _Pane()
    sync = ScrollSync(old, new)  # type: ignore[arg-type]
    sync.set_map(PositionMap(_CHANGES))
    sync.active = True
    return old, new, sync


@pytest.mark.parametrize(
    ("leader", "top", "told"),
    [
        pytest.param("old", 20, 25, id="OLD leads: NEW goes past the five added characters"),
        pytest.param("old", 60, 75, id="past the longer substitution too"),
        pytest.param("old", 45, 50, id="inside a change: as far into the other side"),
        pytest.param("new", 75, 60, id="NEW leads: OLD follows the other way"),
        pytest.param("old", 0, 0, id="at the very top both show their beginnings"),
        pytest.param("new", 3, 0, id="inside what was added at the start: OLD's beginning"),
    ],
)
def test_the_other_pane_follows(panes: tuple[_Pane, _Pane, ScrollSync], leader: str, top: int,
                                told: int) -> None:
    old, new, _ = panes
    leading, following = (old, new) if leader == "old" else (new, old)
    leading.top = top
    leading.scrolled.emit()
    assert following.told == [told], "once: its own scrolling does not lead back"
    assert leading.told == []


def test_nothing_follows_while_paused_or_inactive(panes: tuple[_Pane, _Pane, ScrollSync]
                                                  ) -> None:
    old, new, sync = panes
    with sync.paused():
        old.top = 20
        old.scrolled.emit()
    sync.active = False
    new.top = 30
    new.scrolled.emit()
    assert (old.told, new.told) == ([], [])


def test_a_resized_old_pane_and_realign_face_the_panes_again(
        panes: tuple[_Pane, _Pane, ScrollSync]) -> None:
    old, new, sync = panes
    old.top = 20
    old.resized.emit()
    old.top = 60
    sync.realign()
    assert new.told == [25, 75]
