"""`ui.notice_bar`: messages above the comparison, never a dialog, closed by ✕ or Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ui.notice_bar import MAX_MESSAGES, NoticeBar


def _bar(qtbot: QtBot) -> NoticeBar:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    return bar


def test_messages_pile_up_to_the_latest_few(qtbot: QtBot) -> None:
    bar = _bar(qtbot)
    assert bar.isHidden(), "nothing to say: no bar"
    for number in range(MAX_MESSAGES + 2):
        bar.show_message(f"file{number}.txt: no such file")
    assert bar.isVisible()
    assert bar.messages == [f"file{number}.txt: no such file"
                            for number in range(2, MAX_MESSAGES + 2)]
    assert bar.label.text() == "\n".join(bar.messages)


def test_the_close_button_dismisses(qtbot: QtBot) -> None:
    bar = _bar(qtbot)
    bar.show_message("a.txt: no such file")
    bar.findChild(QToolButton).click()
    assert (bar.isHidden(), bar.messages, bar.label.text()) == (True, [], "")


def test_escape_dismisses_once_the_user_is_in_the_bar(qtbot: QtBot) -> None:
    bar = _bar(qtbot)
    with qtbot.waitActive(bar):  # a shortcut works in the active window only
        bar.show_message("a.txt: no such file")
        bar.activateWindow()
    qtbot.mouseClick(bar.label, Qt.MouseButton.LeftButton)  # the selectable text takes focus
    qtbot.keyClick(bar.label, Qt.Key.Key_Escape)
    assert bar.isHidden() and bar.messages == []
