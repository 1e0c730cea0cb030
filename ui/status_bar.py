"""The status bar: the files compared, similarity, counts by kind, position, and progress.

While files load or a comparison runs, a progress bar and a Cancel button appear (after a
short delay, so quick work does not flicker); ``cancel_requested`` reports the button.
Loading also says which file it reads ("Loading 2 of 5: a.pdf").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from core.model import Comparison
from ui.elided_label import ElidedLabel

# A comparison that ends sooner than this never shows the progress bar.
PROGRESS_DELAY_MS = 250
NOTICE_MS = 4000


def counts_text(comparison: Comparison) -> str:
    """"47 substitutions · 1 omission · 2 additions · 0 moves · 3 formatting changes": the
    comparison's `core.model.Counts`, as the word diff and the reports give them."""
    return " · ".join(comparison.counts.phrases())


class ComparisonStatusBar(QStatusBar):
    """Figures of the comparison on screen; a progress bar while the next one runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Cut to fit rather than widening the window (the whole text in the tooltip).
        self.files = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.similarity = QLabel()
        self.counts = ElidedLabel()
        self.position = ElidedLabel()
        self.progress = QProgressBar()
        self.cancel = QPushButton("Cancel")
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._on_delay_timeout)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel.clicked.connect(self.cancel_requested)
        for widget in (self.files, self.similarity, self.counts, self.position):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.files)
        self.addWidget(self.similarity)
        self.addWidget(self.counts, 1)
        self.addPermanentWidget(self.position)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel)
        self._loading = False
        self._loading_message = ""
        self.end_progress()

    def show_comparison(self, comparison: Comparison) -> None:
        self.files.set_full_text(f"{comparison.old.name} → {comparison.new.name}")
        self.similarity.setText(f"Similarity {comparison.similarity:.0%}")
        self.counts.set_full_text(counts_text(comparison))

    def clear_comparison(self) -> None:
        for label in (self.files, self.similarity, self.counts, self.position):
            label.clear()

    def show_position(self, text: str) -> None:
        """The one place being shown, named: "Change 3 of 50" or a pattern's place."""
        self.position.set_full_text(text)

    def show_notice(self, text: str) -> None:
        """A passing message, such as "Wrapped to the first change"."""
        self.showMessage(text, NOTICE_MS)

    def start_progress(self) -> None:
        """A comparison started: show progress if it takes a while (it takes the bar over
        from a load)."""
        self._loading = False
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._delay.start()

    def show_loading(self, count: int) -> None:
        """Files are being read: a message, and progress with Cancel if it takes a while."""
        self._show_loading_message(f"Opening {count} file{'s' if count != 1 else ''}…")
        self.start_progress()
        self._loading = True

    def show_loading_progress(self, text: str, share: float) -> None:
        """Which file is being read ("Loading 2 of 5: a.pdf") and the share done."""
        if self._loading:
            self._show_loading_message(text)
            self.set_progress(share)

    def end_loading(self) -> None:
        if self._loading:  # no comparison took the bar over meanwhile
            self._loading = False
            self.end_progress()
        if self.currentMessage() == self._loading_message:  # not a message shown since
            self.clearMessage()

    def _show_loading_message(self, text: str) -> None:
        self._loading_message = text
        self.showMessage(text)

    def set_progress(self, share: float) -> None:
        self.progress.setValue(round(share * 100))

    def end_progress(self) -> None:
        self._delay.stop()
        self.progress.hide()
        self.cancel.hide()

    def _on_delay_timeout(self) -> None:
        self.progress.show()
        self.cancel.show()
