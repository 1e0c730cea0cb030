"""Making the window's actions: text, shortcuts (each once), a slot and a status tip.

Standard keys bring their platform's bindings; explicit ones are added besides, because some
platforms bind nothing to a standard key (the offscreen one binds only Ctrl+F4 to Close).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(owner: QWidget, text: str, slot: Callable[[], object], *shortcuts: Shortcut,
                checkable: bool = False, tip: str = "") -> QAction:
    """An action of ``owner`` whose shortcuts work even while its menu or dock is hidden."""
    action = QAction(text, owner)
    action.setShortcuts(key_sequences(shortcuts))
    action.setCheckable(checkable)
    action.setStatusTip(tip)
    action.triggered.connect(lambda *_: slot())
    owner.addAction(action)
    return action


def key_sequences(shortcuts: Sequence[Shortcut]) -> list[QKeySequence]:
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
