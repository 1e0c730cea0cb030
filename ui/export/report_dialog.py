"""The export dialog's options for a PDF or HTML report: what the report holds.

Asked after the file is chosen (File ▸ Export…): the pattern tables (on by default),
formatting-only changes (as the window shows them: on when they are shown, off when hidden),
a date and the editor's note for the summary page. The answer is a
`core.report.page.ReportOptions`.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from core.report.page import ReportOptions


class ReportOptionsDialog(QDialog):
    """Asks what the report holds; `options` is the answer."""

    def __init__(self, formatting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report Options")
        self.pattern_tables = QCheckBox("Include the &pattern tables")
        self.pattern_tables.setChecked(True)
        self.formatting = QCheckBox("Include &formatting-only changes")
        self.formatting.setChecked(formatting)
        self.formatting.setToolTip("Spaces, punctuation, quote style and case: as the window "
                                   "shows them now")
        self.date = QLineEdit(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.date.setPlaceholderText("no date")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("An editor's note for the summary page (optional)")
        self.note.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.pattern_tables)
        layout.addRow(self.formatting)
        layout.addRow("&Date:", self.date)
        layout.addRow("Editor's &note:", self.note)
        layout.addRow(buttons)

    def options(self) -> ReportOptions:
        return ReportOptions(pattern_tables=self.pattern_tables.isChecked(),
                             formatting=self.formatting.isChecked(),
                             date=self.date.text().strip(),
                             note=self.note.toPlainText().strip())
