"""The toolbar's pair pickers: "Compare [OLD ▾] with [NEW ▾]" and the swap button.

Both pickers show the file names of the Versions model; choosing in either reports the row,
and the session decides (choosing NEW's file as OLD swaps the two). `show_pair` sets the
pickers from the session's pair without reporting it back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from ui.docks.versions_model import Column, VersionsModel


class PairToolBar(QToolBar):
    """Compare [OLD ▾] with [NEW ▾] [⇄ Swap]."""

    old_chosen = Signal(int)
    new_chosen = Signal(int)

    def __init__(self, model: VersionsModel, swap_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__("Compare", parent)
        self.setObjectName("pairToolBar")
        self.setMovable(False)
        self.old_picker = _picker(model, "The earlier or reference version (OLD)")
        self.new_picker = _picker(model, "The version compared with it (NEW)")
        self._following = False
        self.addWidget(QLabel(" Compare "))
        self.addWidget(self.old_picker)
        self.addWidget(QLabel(" with "))
        self.addWidget(self.new_picker)
        self.addAction(swap_action)
        self.old_picker.activated.connect(self._on_old_picker_activated)
        self.new_picker.activated.connect(self._on_new_picker_activated)

    def show_pair(self, old: int | None, new: int | None) -> None:
        """Show the session's pair in the pickers (None shows an empty picker)."""
        self._following = True
        try:
            self.old_picker.setCurrentIndex(-1 if old is None else old)
            self.new_picker.setCurrentIndex(-1 if new is None else new)
        finally:
            self._following = False

    def _on_old_picker_activated(self, row: int) -> None:
        if not self._following and row >= 0:
            self.old_chosen.emit(row)

    def _on_new_picker_activated(self, row: int) -> None:
        if not self._following and row >= 0:
            self.new_chosen.emit(row)


def _picker(model: VersionsModel, tip: str) -> QComboBox:
    picker = QComboBox()
    picker.setModel(model)
    picker.setModelColumn(Column.FILE)
    picker.setToolTip(tip)
    picker.setMinimumContentsLength(20)  # the toolbar fits a 1024-pixel window
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return picker
