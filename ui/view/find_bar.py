"""The find bar under the panes: a search field, the match count, next and previous.

As in editors and browsers: Ctrl+F opens it with the field ready; typing searches as one
types; Enter goes to the next match and Shift+Enter to the previous (F3 and Shift+F3 do too,
from anywhere in the window); "3 of 17" says where one is; Escape closes the bar and puts the
keyboard back in the text. The bar only reports what the user asks for; the view searches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

# Typing a letter searches a book once the typing pauses this long, not at every key.
TYPING_PAUSE_MS = 120


class _FindField(QLineEdit):
    """The search field: Enter and Shift+Enter step, Escape closes."""

    stepped = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if backwards else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Find [text] 3 of 17 [▲] [▼] [Aa] [✕]."""

    search_changed = Signal(str, bool)  # the text, and whether case must match
    stepped = Signal(int)  # +1 next match, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = _FindField()
        self.count = QLabel()
        self.previous = _button("▲", "Previous match (Shift+Enter, Shift+F3)")
        self.next = _button("▼", "Next match (Enter, F3)")
        self.match_case = _button("Aa", "Match case")
        self.match_case.setCheckable(True)
        self.close_button = _button("✕", "Close the find bar (Escape)")
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._build()
        self._connect()
        self.hide()

    def _build(self) -> None:
        self.field.setPlaceholderText("Find in both versions")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(160)
        self.count.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous, self.next, self.match_case, self.close_button):
            layout.addWidget(button)

    def _connect(self) -> None:
        self.field.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self._on_typing_timeout)
        self.match_case.toggled.connect(self._on_typing_timeout)
        self.field.stepped.connect(self._on_field_stepped)
        self.field.escaped.connect(self.close_bar)
        self.previous.clicked.connect(lambda: self._on_field_stepped(-1))
        self.next.clicked.connect(lambda: self._on_field_stepped(1))
        self.close_button.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        """Show the bar with the field ready to type over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def text(self) -> str:
        return self.field.text()

    def show_count(self, current: int | None, total: int) -> None:
        """"3 of 17", "17 matches", "No matches" (nothing when the field is empty)."""
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText("No matches")
        elif current is None:
            self.count.setText(f"{total:,} match{'' if total == 1 else 'es'}")
        else:
            self.count.setText(f"{current + 1:,} of {total:,}")

    def _on_typing_timeout(self) -> None:
        self._typing.stop()
        self.search_changed.emit(self.field.text(), self.match_case.isChecked())

    def _on_field_stepped(self, delta: int) -> None:
        if self._typing.isActive():  # Enter before the pause: find what was typed, first
            self._on_typing_timeout()
            return
        self.stepped.emit(delta)


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
