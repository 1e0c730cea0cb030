"""``main.py compare OLD NEW --export FILE``: every format, atomic writes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "01-original.txt", SAMPLES / "02-spun.txt"


def _run(*arguments: str | Path, env: dict[str, str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", *map(str, arguments)],
        capture_output=True, text=True, cwd=ROOT, check=False, env=env, timeout=300,
    )


def _pdf_text(reader: PdfReader) -> str:
    """The PDF's text, white space collapsed (Qt positions words instead of writing spaces)."""
    return " ".join(" ".join(page.extract_text(extraction_mode="layout").split())
                    for page in reader.pages)


def _no_display_env() -> dict[str, str]:
    """The environment of a headless server: no display, no Qt platform chosen."""
    return {key: value for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_pdf_on_a_headless_machine(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    result = _run(OLD, NEW, "--export", target, env=_no_display_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout == "", "--export alone prints nothing"
    reader = PdfReader(target)
    text = _pdf_text(reader)
    assert "metropolis" in text and "Comparison report" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1), "A4 by default"


@pytest.mark.parametrize(
    ("arguments", "width", "heading", "reason"),
    [
        (("--page-size", "Letter"), 612, "Annotated text: redline", "US Letter"),
        (("--page-size", "letter", "--layout", "side-by-side"), 612,
         "Annotated text: side by side", "case-insensitive paper, two columns"),
    ],
)
def test_pdf_options(tmp_path: Path, arguments: tuple[str, ...], width: float, heading: str,
                     reason: str) -> None:
    target = tmp_path / "report.pdf"
    result = _run(OLD, NEW, "--export", target, *arguments)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    assert reader.pages[0].mediabox.width == pytest.approx(width, abs=1), reason
    assert heading in _pdf_text(reader), reason


def test_html_export_is_standalone(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert _run(OLD, NEW, "--export", target, "--layout", "side-by-side").returncode == 0
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert 'class="side-by-side"' in html and "metropolis" in html


def test_json_export_is_the_json_format(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    assert _run(OLD, NEW, "--export", target).returncode == 0
    printed = _run(OLD, NEW, "--format", "json").stdout
    assert target.read_text(encoding="utf-8") == printed
    assert json.loads(printed)["schema"] == 1


def test_csv_export_has_a_row_per_change(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    assert _run(OLD, NEW, "--export", target).returncode == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    changes = json.loads(_run(OLD, NEW, "--format", "json").stdout)["changes"]
    assert [row["id"] for row in rows] == [str(change["id"]) for change in changes]
    assert [row["new_text"] for row in rows] == [change["new_text"] for change in changes]


def test_export_with_format_does_both(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    result = _run(OLD, NEW, "--export", target, "--format", "json")
    assert result.returncode == 0 and target.is_file()
    assert json.loads(result.stdout)["schema"] == 1


def test_export_replaces_a_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous", encoding="utf-8")
    assert _run(OLD, NEW, "--export", target).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(os.listdir(tmp_path)) == ["report.html"], "no temporary file left"


@pytest.mark.parametrize(
    ("make_target", "reason"),
    [
        (lambda d: d / "no" / "such" / "folder" / "report.pdf", "cannot write"),
        (lambda d: d / "folder.pdf", "cannot write"),
        (lambda d: d / "report.docx", "unknown export format"),
        (lambda d: d / "report", "unknown export format"),
    ],
)
def test_bad_export_path_is_one_line_and_exit_2(tmp_path: Path, make_target: object,
                                                reason: str) -> None:
    (tmp_path / "folder.pdf").mkdir()
    assert callable(make_target)
    target = make_target(tmp_path)
    result = _run(OLD, NEW, "--export", target)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(target) in lines[0] and reason in lines[0]
    assert sorted(os.listdir(tmp_path)) == ["folder.pdf"], "nothing written"


def test_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        result = _run(OLD, NEW, "--export", folder / "report.pdf")
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr and "report.pdf" in result.stderr
