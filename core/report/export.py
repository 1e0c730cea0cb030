"""Export a comparison to a file whose format follows from its extension.

HTML, JSON and CSV are written here, with no Qt; PDF needs Qt to print and is written by
``ui.export.pdf_printer.export_pdf``, which takes the same arguments. Every file is written by
`core.report.files.write_atomically`: whole or not at all, and never over one of the comparison's
own files (`sources`).
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from core.model import Comparison
from core.report.csv_format import to_csv
from core.report.files import write_atomically
from core.report.html import Layout, PageSize, to_html
from core.report.json_format import to_json


class ExportFormat(enum.Enum):
    """The formats a comparison can be exported to, by file extension."""

    PDF = ".pdf"
    HTML = ".html"
    JSON = ".json"
    CSV = ".csv"


_EXTENSIONS = {".htm": ExportFormat.HTML, **{f.value: f for f in ExportFormat}}


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
           layout: Layout = Layout.REDLINE, page_size: PageSize = PageSize.A4) -> bytes:
    """Return the bytes of ``comparison`` as HTML, JSON or CSV (UTF-8).

    ``layout`` and ``page_size`` shape the HTML report. Raises `ValueError` for PDF,
    which ``ui.export.pdf_printer`` prints.
    """
    if export_format is ExportFormat.HTML:
        return to_html(comparison, layout, page_size).encode("utf-8")
    if export_format is ExportFormat.JSON:
        return to_json(comparison).encode("utf-8")
    if export_format is ExportFormat.CSV:
        return to_csv(comparison).encode("utf-8")
    raise ValueError("PDF export needs Qt: use ui.export.pdf_printer.export_pdf")


def export(comparison: Comparison, path: str | os.PathLike[str],
           layout: Layout = Layout.REDLINE, page_size: PageSize = PageSize.A4) -> None:
    """Write ``comparison`` to ``path`` as HTML, JSON or CSV, chosen by the extension.

    Raises `UnknownFormat` for an unknown extension, `ValueError` for ``.pdf`` (use
    ``ui.export.pdf_printer.export_pdf``) and `OSError` when the file cannot or may not be written
    (`core.report.files.RefusedTarget`: one of the two files compared, read-only, not a file).
    """
    data = render(comparison, format_of(path), layout, page_size)
    write_atomically(Path(path), data, sources(comparison))
