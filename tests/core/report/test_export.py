"""`core.report.export`: exporting by file extension through the one export path (writing
files whole or not at all: `tests.core.report.test_files`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.model import Progress
from core.report.csv_format import COLUMNS
from core.report.export import (
    ExportFormat,
    PdfSetup,
    UnknownFormat,
    export,
    format_of,
    render,
)
from core.report.files import RefusedTarget
from core.report.html import to_html
from core.report.page import Layout, PageSize
from tests.report_examples import bridge_story


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("report.pdf", ExportFormat.PDF, "pdf"),
        ("report.HTML", ExportFormat.HTML, "extensions are case-insensitive"),
        ("report.htm", ExportFormat.HTML, "the short HTML extension"),
        ("a.b/report.json", ExportFormat.JSON, "dots in folder names do not count"),
        ("changes.csv", ExportFormat.CSV, "csv"),
    ],
)
def test_format_of(name: str, expected: ExportFormat, reason: str) -> None:
    assert format_of(name) is expected, reason


@pytest.mark.parametrize("name", ["report.docx", "report", "report.pdf.bak"])
def test_unknown_format_names_the_file(name: str) -> None:
    with pytest.raises(UnknownFormat, match=f"^{name}: unknown export format"):
        format_of(name)


@pytest.mark.parametrize(
    ("extension", "check"),
    [
        (".html", lambda data: data.startswith(b"<!DOCTYPE html>") and b"02-spun.txt" in data),
        (".json", lambda data: json.loads(data)["schema"] == 1),
        (".csv", lambda data: data.startswith(",".join(COLUMNS).encode())),
    ],
)
def test_export_writes_the_format_of_the_extension(tmp_path: Path, extension: str,
                                                   check: object) -> None:
    target = tmp_path / f"out{extension}"
    export(bridge_story(), target)
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "UTF-8 without a byte-order mark"
    assert callable(check) and check(data)
    assert os.listdir(tmp_path) == [target.name], "no temporary file left behind"


def test_layout_and_page_size_reach_the_html(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    export(bridge_story(), target, Layout.SIDE_BY_SIDE, PageSize.LETTER)
    html = target.read_text(encoding="utf-8")
    assert 'class="side-by-side"' in html and "size: Letter" in html


def test_pdf_is_not_written_by_the_core(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ui.export.pdf_printer"):
        render(bridge_story(), ExportFormat.PDF)
    with pytest.raises(ValueError):
        export(bridge_story(), tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


class _Printer:
    """A stand-in for the Qt printer: records what it is given, returns fixed bytes."""

    def __init__(self) -> None:
        self.given: list[tuple[str, PdfSetup]] = []

    def __call__(self, html: str, setup: PdfSetup, progress: Progress) -> bytes:
        self.given.append((html, setup))
        progress(0.5)
        return b"%PDF-printed"


def test_a_pdf_is_the_html_report_printed_by_the_printer_given(tmp_path: Path) -> None:
    comparison, printer, shares = bridge_story(), _Printer(), []
    target = tmp_path / "out.pdf"
    export(comparison, target, Layout.SIDE_BY_SIDE, PageSize.LETTER, print_pdf=printer,
           progress=shares.append)
    assert target.read_bytes() == b"%PDF-printed"
    assert printer.given == [(to_html(comparison, Layout.SIDE_BY_SIDE, PageSize.LETTER),
                              PdfSetup(PageSize.LETTER, "Palimpsest: 01-original.txt → 02-spun.txt",
                                       "OLD 01-original.txt   →   NEW 02-spun.txt",
                                       "Annotated text (side-by-side)"))]
    assert shares == [0.0, 0.5, 1.0], "the export's progress runs through the printer's"


@pytest.mark.parametrize(
    ("name", "inputs"),
    [
        pytest.param("other.pdf", ("other.pdf",), id="a PDF over a file the caller protects"),
        pytest.param("other.csv", ("x.txt", "other.csv"),
                     id="a CSV over a version open but not compared"),
    ],
)
def test_export_never_writes_over_the_inputs(tmp_path: Path, name: str,
                                             inputs: tuple[str, ...]) -> None:
    for input_name in inputs:
        (tmp_path / input_name).write_text("a version", encoding="utf-8")
    printer = _Printer()
    with pytest.raises(RefusedTarget):
        export(bridge_story(), tmp_path / name, print_pdf=printer,
               inputs=[str(tmp_path / input_name) for input_name in inputs])
    assert printer.given == [], "refused before any work"
    assert (tmp_path / name).read_text(encoding="utf-8") == "a version"
