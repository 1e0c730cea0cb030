"""File ▸ Export…: the comparison on screen written as PDF, HTML, JSON or CSV.

The user picks a file (the dialog asks before overwriting one); the format follows the
extension, the layout follows the view (inline → redline, else side by side), the paper the
locale. The target is checked first, by the rules every output follows (`core.report.files`:
never one of the versions open in the window, never a read-only or special file), so a wrong
one is refused at once with a message. The file is written by the one export path
(`core.report.export.export`, with `ui.export.pdf_printer.print_pdf` for a PDF) on the
worker, off the GUI thread, with a progress dialog whose Cancel stops the export and leaves
no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from core.model import Comparison, Progress
from core.report.export import UnknownFormat, export, format_of, sources
from core.report.files import check_writable, shown
from core.report.html import Layout, PageSize
from ui.export.pdf_printer import print_pdf
from ui.session import Session
from ui.worker import Job, Worker

FILTERS = {
    "PDF report (*.pdf)": ".pdf",
    "HTML report (*.html)": ".html",
    "Comparison JSON (*.json)": ".json",
    "Changes as CSV (*.csv)": ".csv",
}


class ExportController(QObject):
    """Runs one export at a time for a window; reports through signals and messages."""

    exported = Signal(str)  # the path written
    failed = Signal(str)  # one line naming the file and the reason

    def __init__(self, worker: Worker, parent: QWidget, session: Session) -> None:
        super().__init__(parent)
        self._worker = worker
        self._window = parent
        self._session = session  # every version it holds is safe from an export
        self._job: Job | None = None
        self._dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self._job is not None

    def export(self, comparison: Comparison, inline: bool) -> None:
        """Ask where to write ``comparison``, then write it in the background; never over a
        version open in the window."""
        path = self.choose_path(comparison)
        if path:
            layout = Layout.REDLINE if inline else Layout.SIDE_BY_SIDE
            self.start(comparison, Path(path), layout, default_page_size())

    def choose_path(self, comparison: Comparison) -> str:
        """The file the user picks, or "" when they cancel (tests replace this)."""
        suggested = Path(comparison.old.path).with_name(
            f"{Path(comparison.old.name).stem} vs {Path(comparison.new.name).stem}.pdf")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self._window, "Export Comparison", str(suggested), ";;".join(FILTERS))
        if path and not Path(path).suffix:
            path += FILTERS.get(chosen_filter, ".pdf")
        return path

    def start(self, comparison: Comparison, path: Path, layout: Layout,
              page_size: PageSize) -> Job | None:
        """Write ``comparison`` to ``path`` in the background, never over a version open in
        the window (the two compared among them); None if refused at once."""
        inputs = [version.document.path for version in self._session.versions]
        try:
            format_of(path)
            check_writable(path, (*sources(comparison), *inputs))
        except UnknownFormat as error:
            self.failed.emit(shown(str(error)))
            return None
        except OSError as error:
            self._on_job_failed(path, error)
            return None

        def task(progress: Progress) -> str:
            export(comparison, path, layout, page_size, print_pdf=print_pdf, inputs=inputs,
                   progress=progress)
            return str(path)

        self._job = self._worker.submit(task)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.succeeded.connect(self._on_job_succeeded)
        self._job.failed.connect(lambda error: self._on_job_failed(path, error))
        self._job.finished.connect(self._on_job_finished)
        self._show_progress(path)
        return self._job

    def _show_progress(self, path: Path) -> None:
        dialog = QProgressDialog(f"Exporting {path.name}…", "Cancel", 0, 100, self._window)
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(400)  # quick exports never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._on_dialog_canceled)
        self._dialog = dialog

    def _on_dialog_canceled(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_job_progressed(self, share: float) -> None:
        if self._dialog is not None:
            self._dialog.setValue(round(share * 100))

    def _on_job_succeeded(self, path: str) -> None:
        self.exported.emit(path)

    def _on_job_failed(self, path: Path, error: object) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        self.failed.emit(f"Could not export to {shown(str(path))}: {reason}")

    def _on_job_finished(self) -> None:
        self._job = None
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def default_page_size() -> PageSize:
    """Letter where the locale measures in inches (the US), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return PageSize.LETTER if imperial else PageSize.A4
