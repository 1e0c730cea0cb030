"""`ui.actions`: the window's actions, each shortcut once, working while menus are hidden."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.actions import key_sequences, make_action


@pytest.mark.parametrize(
    ("shortcuts", "expected"),
    [
        pytest.param([], [], id="none"),
        pytest.param(["F7", "Alt+Down"], ["F7", "Alt+Down"], id="explicit keys, in order"),
        pytest.param(["F7", "F7"], ["F7"], id="each once"),
        pytest.param([""], [], id="an empty key binds nothing"),
        pytest.param([QKeySequence("Ctrl+O"), "Ctrl+O"], ["Ctrl+O"],
                     id="a sequence and its text are one shortcut"),
    ],
)
def test_key_sequences(shortcuts: list[QKeySequence | str], expected: list[str]) -> None:
    assert [sequence.toString() for sequence in key_sequences(shortcuts)] == expected


def test_a_standard_key_brings_its_platform_s_bindings_once() -> None:
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    found = key_sequences([QKeySequence.StandardKey.Open, "Ctrl+O"])
    assert found[:len(bindings)] == bindings
    assert [sequence.toString() for sequence in found].count("Ctrl+O") == 1


def test_make_action(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    called: list[str] = []
    action = make_action(owner, "&Next Change", lambda: called.append("next"), "F7",
                         checkable=True, tip="Go to the next change")
    assert action in owner.actions(), "owned by the widget: works while a menu is hidden"
    assert ([s.toString() for s in action.shortcuts()], action.isCheckable(),
            action.statusTip()) == (["F7"], True, "Go to the next change")
    action.trigger()
    assert called == ["next"]
