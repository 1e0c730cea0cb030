"""Export a comparison to a file whose format follows from its extension: the one export path.

`export` is what the command line and the window both call. It checks the target, turns the
comparison into the format's bytes (`render`) and writes them with
`core.report.files.write_atomically`: whole or not at all, and never over one of the
comparison's own files (`sources`) or any other file the caller protects (``inputs``: the
window passes every version it has open). HTML, JSON and CSV are made here. A PDF is the
HTML report printed by the `PrintPdf` the caller passes in (``ui.export.pdf_printer.print_pdf``,
which needs Qt), so that this module, like all of ``core``, never imports Qt.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.model import Comparison, Progress
from core.report.csv_format import to_csv
from core.report.files import check_writable, write_atomically
from core.report.html import to_html
from core.report.json_format import to_json
from core.report.page import FULL_REPORT, Layout, PageSize, ReportOptions


class ExportFormat(enum.Enum):
    """The formats a comparison can be exported to, by file extension."""

    PDF = ".pdf"
    HTML = ".html"
    JSON = ".json"
    CSV = ".csv"


_EXTENSIONS = {".htm": ExportFormat.HTML, **{f.value: f for f in ExportFormat}}


@dataclass(frozen=True)
class PdfSetup:
    """What a PDF printer needs besides the report's HTML.

    ``title`` is the document's title, ``running_head`` the line at the top left of every
    page and ``label`` the one at its top right,
    ``text_bookmark`` the bookmark of a comparison's annotated text (the summary's come from
    its headings); a report without one (the overview's) gets a bookmark per heading.
    """

    page_size: PageSize
    title: str
    running_head: str
    text_bookmark: str | None = None
    label: str = "Palimpsest comparison report"

    @classmethod
    def of(cls, comparison: Comparison, layout: Layout, page_size: PageSize) -> PdfSetup:
        return cls(page_size, f"Palimpsest: {comparison.old.name} → {comparison.new.name}",
                   f"OLD {comparison.old.name}   →   NEW {comparison.new.name}",
                   f"Annotated text ({layout.value})")


# Prints the report's HTML into the bytes of a PDF, with bookmarks. It reports the share done
# to the `Progress` (which may raise `core.model.Cancelled`); raises `OSError` if it fails.
PrintPdf = Callable[[str, PdfSetup, Progress], bytes]


class UnknownFormat(ValueError):
    """The file name's extension names no export format."""


def format_of(path: str | os.PathLike[str]) -> ExportFormat:
    """Return the export format that ``path``'s extension names (case-insensitive).

    Raises `UnknownFormat` for any other extension.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise UnknownFormat(
            f"{os.fspath(path)}: unknown export format {suffix or '(no extension)'};"
            " use .pdf, .html, .json or .csv")
    return _EXTENSIONS[suffix]


def sources(comparison: Comparison) -> tuple[str, str]:
    """The files ``comparison`` was made from: no export may write over them."""
    return comparison.old.path, comparison.new.path


def render(comparison: Comparison, export_format: ExportFormat,
           layout: Layout = Layout.REDLINE, page_size: PageSize = PageSize.A4,
           print_pdf: PrintPdf | None = None, progress: Progress | None = None,
           report: ReportOptions = FULL_REPORT) -> bytes:
    """Return the bytes of ``comparison`` in ``export_format`` (text formats in UTF-8).

    ``layout``, ``page_size`` and ``report`` shape the report (the JSON and the CSV hold
    every change, whatever ``report`` says); a PDF is the HTML report printed by
    ``print_pdf``, which is given ``progress``. Raises `ValueError` for PDF without a
    printer.
    """
    if export_format is ExportFormat.JSON:
        return to_json(comparison).encode("utf-8")
    if export_format is ExportFormat.CSV:
        return to_csv(comparison).encode("utf-8")
    html = to_html(comparison, layout, page_size, report)
    if export_format is ExportFormat.HTML:
        return html.encode("utf-8")
    if print_pdf is None:
        raise ValueError("a PDF needs a printer: pass print_pdf (ui.export.pdf_printer)")
    return print_pdf(html, PdfSetup.of(comparison, layout, page_size), progress or _ignore)


def export(comparison: Comparison, path: str | os.PathLike[str],
           layout: Layout = Layout.REDLINE, page_size: PageSize = PageSize.A4, *,
           print_pdf: PrintPdf | None = None, inputs: Sequence[str | os.PathLike[str]] = (),
           progress: Progress | None = None, report: ReportOptions = FULL_REPORT) -> None:
    """Write ``comparison`` to ``path`` in the format its extension names.

    The target is checked before any work: never one of the comparison's files nor of
    ``inputs``, never a read-only or special file. ``progress``, when given, is called with
    the share done (0.0 to 1.0); it may raise `core.model.Cancelled`, which propagates and
    leaves no file written. ``report`` says what a PDF or HTML report holds (`render`).
    Raises `UnknownFormat` for an unknown extension, `ValueError` for ``.pdf`` without
    ``print_pdf``, and `OSError` when the file cannot or may not be written
    (`core.report.files.RefusedTarget`: an input, read-only, not a file).
    """
    export_format = format_of(path)
    protected = (*sources(comparison), *inputs)
    check_writable(path, protected)
    step = progress or _ignore
    step(0.0)
    data = render(comparison, export_format, layout, page_size, print_pdf, step, report)
    write_atomically(Path(path), data, protected)
    step(1.0)


def _ignore(share: float) -> None:
    """The progress callback when none is given."""
