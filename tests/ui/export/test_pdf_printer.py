"""The PDF export: real text, embedded fonts, header and footer, bookmarks, progress.

Each PDF is written by the one export path (`core.report.export.export`) with the window's
and the command line's printer (`ui.export.pdf_printer.print_pdf`). Every check reads the
written PDF back with pypdf, as a colleague's viewer would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from core.compare import compare
from core.load.loader import load
from core.model import Cancelled, Comparison, Progress
from core.report.export import export
from core.report.legend import LEGEND
from core.report.page import Layout, PageSize
from core.report.pdf_outline import outline
from tests.report_examples import SYN, Piece, bridge_story, build, same
from ui.export.pdf_printer import print_pdf

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "resources" / "samples"
INTERNATIONAL = ("Café", "naïve", "—", "“quoted”", "Ελληνικά", "Кириллица", "中文", "日本語",
                 "한국어")


def _export_pdf(comparison: Comparison, target: Path | str, layout: Layout = Layout.REDLINE,
               page_size: PageSize = PageSize.A4, progress: Progress | None = None) -> None:
    """Export ``comparison`` to ``target`` as a PDF, as the window and the command line do."""
    export(comparison, target, layout, page_size, print_pdf=print_pdf, progress=progress)


def _page_texts(reader: PdfReader) -> list[str]:
    """Each page's text, white space collapsed (Qt positions words instead of writing spaces)."""
    return [" ".join(page.extract_text(extraction_mode="layout").split())
            for page in reader.pages]


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its program is embedded, over all pages."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                name = str(descendant.get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
                fonts[name] = any(key in descriptor
                                  for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def _fill_colours(reader: PdfReader) -> set[tuple[float, float, float]]:
    colours = set()
    for page in reader.pages:
        data = page.get_contents().get_data().decode("latin-1")
        for match in re.finditer(r"([\d.]+) ([\d.]+) ([\d.]+) scn", data):
            colours.add(tuple(round(float(value), 2) for value in match.groups()))
    return colours


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(round(int(colour[i:i + 2], 16) / 255, 2) for i in (1, 3, 5))  # type: ignore[return-value]


@pytest.fixture
def samples_comparison() -> Comparison:
    return compare(load(SAMPLES / "01-original.txt"), load(SAMPLES / "02-spun.txt"))


@pytest.mark.parametrize("layout", list(Layout))
def test_pdf_of_the_samples(qtbot: QtBot, tmp_path: Path, samples_comparison: Comparison,
                            layout: Layout) -> None:
    target = tmp_path / "report.pdf"
    _export_pdf(samples_comparison, target, layout, PageSize.A4)
    reader = PdfReader(target)
    pages = _page_texts(reader)
    count = len(pages)
    assert count >= 2, "summary and text"
    text = " ".join(pages)
    content = [p for p in samples_comparison.patterns if not p.category.is_formatting]
    assert content, "the samples have content patterns"
    for pattern in content:
        assert pattern.old in text and pattern.new in text, pattern
    for index, page in enumerate(pages):
        assert f"page {index + 1} of {count}" in page, "footer"
        assert "01-original.txt" in page and "02-spun.txt" in page, "header"


def test_bookmarks_open_the_summary_and_the_text(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    _export_pdf(bridge_story(), target, Layout.REDLINE)
    pages = _page_texts(PdfReader(target))
    entries = outline(target.read_bytes())
    titles = [(depth, title) for depth, title, _ in entries]
    assert titles == [(0, "Summary"), (1, "Versions"), (1, "Legend"), (1, "Figures changed"),
                      (1, "Content patterns"), (1, "Minor patterns"), (1, "Formatting patterns"),
                      (0, "Annotated text (redline)")]
    headings = {"Summary": "Comparison report", "Annotated text (redline)":
                "Annotated text: redline"}
    for _, title, page in entries:
        assert headings.get(title, title) in pages[page], f"{title} opens its page"
    assert entries[-1][2] > 0, "the text starts on a page of its own"


def test_text_is_real_and_fonts_are_embedded(qtbot: QtBot, tmp_path: Path) -> None:
    comparison = build([same("Café au lait, naïve — “quoted” text: official figures.\n\n"),
                        Piece("Ελληνικά", "Кириллица", SYN),
                        same(" 中文 日本語 한국어 漢字\n")], old_name="ancien.txt",
                       new_name="новый.txt")
    target = tmp_path / "report.pdf"
    _export_pdf(comparison, target)
    reader = PdfReader(target)
    text = " ".join(_page_texts(reader))
    for word in INTERNATIONAL:
        assert word in text, word
    assert "official figures" in text and "ﬁ" not in text, "no ligature glyphs: searchable"
    assert "новый.txt" in text
    fonts = _fonts(reader)
    assert all(fonts.values()), f"every font embedded: {fonts}"
    assert {"DejaVuSans", "DejaVuSans-Bold", "PalimpsestCJKA-Regular"} <= set(fonts)


def test_bundled_fonts_suffice_without_system_fonts(tmp_path: Path) -> None:
    """On a machine with no fonts at all, the report still shows every script."""
    (tmp_path / "no-fonts").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{tmp_path / 'no-fonts'}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
        "</fontconfig>", encoding="utf-8")
    target = tmp_path / "report.pdf"
    script = (
        "import sys\n"
        "from tests.report_examples import SYN, Piece, build, same\n"
        "from core.report.export import export\n"
        "from ui.export.pdf_printer import ensure_application, print_pdf\n"
        "app = ensure_application()\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "assert not {'DejaVu Sans', 'Noto Sans CJK SC'} & set(QFontDatabase.families())\n"
        f"words = {' '.join(INTERNATIONAL)!r}\n"
        "comparison = build([same(words + '\\n'), Piece('a', 'b', SYN), same(' end\\n')])\n"
        "export(comparison, sys.argv[1], print_pdf=print_pdf)\n"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(target)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    text = " ".join(_page_texts(reader))
    for word in INTERNATIONAL:
        assert word in text, word
    assert all(_fonts(reader).values())


def test_colours_of_the_legend_are_painted(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    _export_pdf(bridge_story(), target)
    painted = _fill_colours(PdfReader(target))
    for key, style in LEGEND.items():
        assert _rgb(style.foreground) in painted, f"{key} text colour"
        assert _rgb(style.background) in painted, f"{key} background"


@pytest.mark.parametrize(
    ("page_size", "width", "height"),
    [(PageSize.A4, 595.3, 841.9), (PageSize.LETTER, 612, 792)],
)
def test_page_size(qtbot: QtBot, tmp_path: Path, page_size: PageSize, width: float,
                   height: float) -> None:
    target = tmp_path / "report.pdf"
    _export_pdf(bridge_story(), target, page_size=page_size)
    box = PdfReader(target).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((width, height), abs=1)


def test_progress_rises_to_one(qtbot: QtBot, tmp_path: Path) -> None:
    shares: list[float] = []
    _export_pdf(bridge_story(), tmp_path / "report.pdf", progress=shares.append)
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert shares == sorted(shares) and len(shares) > 3


def test_cancel_leaves_the_old_file(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous")

    def cancel_halfway(share: float) -> None:
        if share > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        _export_pdf(bridge_story(), target, progress=cancel_halfway)
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["report.pdf"], "no temporary file left"


def test_unwritable_path_fails_before_the_work(qtbot: QtBot, tmp_path: Path) -> None:
    shares: list[float] = []
    with pytest.raises(OSError):
        _export_pdf(bridge_story(), tmp_path / "missing" / "report.pdf", progress=shares.append)
    assert shares == []


def test_export_runs_on_a_worker_thread(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    errors: list[Exception] = []

    def work() -> None:
        try:
            _export_pdf(bridge_story(), target, Layout.SIDE_BY_SIDE)
        except Exception as error:  # noqa: BLE001 - reported to the test's thread below
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=120_000)
    assert errors == []
    assert "Annotated text: side by side" in " ".join(_page_texts(PdfReader(target)))


@pytest.mark.parametrize("other", ["02-spun.txt", "03-translated.txt", "04-edited.txt"])
@pytest.mark.parametrize("page_size", list(PageSize))
def test_no_heading_is_left_at_the_foot_of_a_page(qtbot: QtBot, tmp_path: Path, other: str,
                                                  page_size: PageSize) -> None:
    comparison = compare(load(SAMPLES / "01-original.txt"), load(SAMPLES / other))
    target = tmp_path / "report.pdf"
    _export_pdf(comparison, target, page_size=page_size)
    pages = _page_texts(PdfReader(target))
    follows = {"Versions": "Title", "Legend": "Omission", "Figures changed": "OLD",
               "Content patterns": "OLD", "Minor patterns": "OLD", "Formatting patterns": "OLD"}
    for _, title, page in outline(target.read_bytes()):
        if title in follows:
            after = pages[page].split(title, 1)[1]
            assert follows[title] in after or "No " in after, f"{title} stands with its table"


def _export_in_a_new_process(target: Path, env: dict[str, str]) -> None:
    script = ("import sys\n"
              "from tests.report_examples import bridge_story\n"
              "from core.report.export import export\n"
              "from ui.export.pdf_printer import ensure_application, print_pdf\n"
              "app = ensure_application()\n"
              "export(bridge_story(), sys.argv[1], print_pdf=print_pdf)\n")
    result = subprocess.run([sys.executable, "-c", script, str(target)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "two_processes",
    [pytest.param(False, id="twice in one process: fonts subset again"),
     pytest.param(True, id="in two processes: another clock, other random numbers")],
)
def test_source_date_epoch_makes_the_pdf_reproducible(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        two_processes: bool) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    for target in (first, second):
        if two_processes:
            _export_in_a_new_process(target, {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        else:
            _export_pdf(bridge_story(), target)
    assert first.read_bytes() == second.read_bytes()
    reader = PdfReader(first)
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20231114221320Z" == reader.metadata["/ModDate"]
    assert "2023-11-14T22:13:20" in reader.xmp_metadata.rdf_root.toxml()  # type: ignore[union-attr]
    assert outline(first.read_bytes()), "the bookmarks are still there"
