"""File ▸ Export…: the comparison on screen written as PDF, HTML, JSON or CSV.

The user picks a file (the dialog asks before overwriting one); the format follows the
extension, the layout follows the view (inline → redline, else side by side), the paper the
locale. A PDF or HTML report then asks what it holds (`ui.export.report_dialog`: the pattern
tables, formatting-only changes as the window shows them, a date, the editor's note). The
comparison on screen is the one exported, so the report follows the view's ignore rules.
The target is checked first, by the rules every output follows (`core.report.files`: never
one of the versions open in the window, never a read-only or special file), so a wrong one
is refused at once with a message. The file is written by the one export path
(`core.report.export.export`, with `ui.export.pdf_printer.print_pdf` for a PDF) on the
worker, off the GUI thread, with a progress dialog whose Cancel stops the export and leaves
no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from core.model import Comparison, Progress
from core.report.export import ExportFormat, UnknownFormat, export, format_of, sources
from core.report.files import check_writable, shown
from core.report.page import FULL_REPORT, Layout, PageSize, ReportOptions
from ui.export.pdf_printer import print_pdf
from ui.export.report_dialog import ReportOptionsDialog
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

    def export(self, comparison: Comparison, inline: bool, formatting: bool = True) -> None:
        """Ask where to write ``comparison`` (and, for a report, what it holds: formatting
        changes as ``formatting`` says the window shows them), then write it in the
        background; never over a version open in the window."""
        path = self.choose_path(comparison)
        if not path or self._refused(comparison, Path(path)):
            return  # a wrong target is refused at once, before any question
        report = FULL_REPORT
        if _is_report(path):
            chosen = self.choose_report_options(formatting)
            if chosen is None:
                return
            report = chosen
        layout = Layout.REDLINE if inline else Layout.SIDE_BY_SIDE
        self.start(comparison, Path(path), layout, default_page_size(), report)

    def choose_report_options(self, formatting: bool) -> ReportOptions | None:
        """What the report holds, or None when the user cancels (tests replace this)."""
        dialog = ReportOptionsDialog(formatting, self._window)
        return dialog.options() if dialog.exec() == ReportOptionsDialog.DialogCode.Accepted \
            else None

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
              page_size: PageSize, report: ReportOptions = FULL_REPORT) -> Job | None:
        """Write ``comparison`` to ``path`` in the background, never over a version open in
        the window (the two compared among them); None if refused at once."""
        if self._refused(comparison, path):
            return None
        inputs = [version.document.path for version in self._session.versions]

        def task(progress: Progress) -> str:
            export(comparison, path, layout, page_size, print_pdf=print_pdf, inputs=inputs,
                   progress=progress, report=report)
            return str(path)

        self._job = self._worker.submit(task)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.succeeded.connect(self._on_job_succeeded)
        self._job.failed.connect(lambda error: self._on_job_failed(path, error))
        self._job.finished.connect(self._on_job_finished)
        self._show_progress(path)
        return self._job

    def _refused(self, comparison: Comparison, path: Path) -> bool:
        """Whether ``path`` may not be written (then the user is told why)."""
        inputs = [version.document.path for version in self._session.versions]
        try:
            format_of(path)
            check_writable(path, (*sources(comparison), *inputs))
        except UnknownFormat as error:
            self.failed.emit(shown(str(error)))
            return True
        except OSError as error:
            self._on_job_failed(path, error)
            return True
        return False

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


def _is_report(path: str) -> bool:
    """Whether ``path`` names a PDF or HTML report (the JSON and CSV hold every change)."""
    return format_of(path) in (ExportFormat.PDF, ExportFormat.HTML)


def default_page_size() -> PageSize:
    """Letter where the locale measures in inches (the US), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return PageSize.LETTER if imperial else PageSize.A4
