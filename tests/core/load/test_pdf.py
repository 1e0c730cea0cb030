"""`core.load.pdf`: streams cut as pypdf reads them, shared streams, turned text, repeated
pages, PDFs printed by Qt, and loading with progress, cancel and a time limit.

The PDFs are written by hand (`tests.pdf_samples`), so each holds exactly what its row
means (the cutter itself: `tests.core.load.test_pdf_content`). Speed is not asserted here
(`make bench` measures it); the structure that makes reading linear is: a shared content
stream is read once, and the cutter's regular expressions never backtrack without bound (a
row that did would hang).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.align.levenshtein import ratio
from core.load import loader as loading
from core.load import pdf
from core.load.loader import LoadError, load
from core.model import Cancelled
from tests import pdf_samples
from tests.core.load.test_formats import (
    ARTICLE,
    HYPHENATED,
    MINIMUM_SIMILARITY,
    RUNNING_HEAD,
    print_pdf_line_by_line,
    print_pdf_with_qt_pagination,
)

FULL = "A line of the story that runs all the way across to the right margin."
ALSO = "Another line of the story, and it too runs across to the right margin."


def _slow_lines(path: Path) -> list[list[tuple[str, pdf.Start | None]]]:
    """What pypdf's own parser gives the line builder, page by page."""
    lines = []
    for page in PdfReader(path).pages:
        builder = pdf._LineBuilder()
        page.extract_text(visitor_text=builder.visit)
        lines.append(builder.lines())
    return lines


def _fast_lines(path: Path) -> list[list[tuple[str, pdf.Start | None]]]:
    reader = PdfReader(path)
    return [pdf._placed_lines(reader, page, lambda: None, {}) for page in reader.pages]


_HEX = ("q 0 0 1 rg 0 0 595 842 re f Q q 1 0 0 1 0 -20 cm BT /F1 11 Tf 14 TL 40 800 Td "
        "[<4b65726e6564>-120<776f726473>]TJ T* <7365636f6e64206c696e65> Tj ET Q")
_MIXED = ("q 0.5 g 0 0 595 842 re f Q q 1 0 0 1 0 -20 cm BT /F1 11 Tf 40 800 Td "
          "[(Kerned) -300 (words)] TJ T* (second line) ' 2 0 (spaced line) \" ET Q "
          "/Span <</MCID 1>> BDC BT /F1 9 Tf 1 0 0 1 300 60 Tm <48656c6c6f> Tj ET EMC")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: pdf_samples.pages([[FULL, ALSO], [ALSO, "end."]]),
                     id="plain lines on two pages"),
        pytest.param(lambda: pdf_samples.document([_MIXED], [0]),
                     id="kerning, quote operators, colours, marked content, hex strings"),
        pytest.param(lambda: pdf_samples.pages([[FULL, ALSO]], matrix="0 1 -1 0 60 100"),
                     id="text turned a quarter"),
        pytest.param(lambda: pdf_samples.document([_HEX], [0]),
                     id="hex strings only, split at white space"),
        pytest.param(lambda: pdf_samples.document([_HEX.replace("-120", "true")], [0]),
                     id="a word inside an array: the page goes to pypdf's parser"),
    ],
)
def test_cut_streams_read_as_pypdf_reads_them(tmp_path: Path, make: Callable[[], bytes]
                                              ) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(make())
    assert _fast_lines(path) == _slow_lines(path)


def test_a_shared_content_stream_is_read_once(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shared.pdf"
    path.write_bytes(pdf_samples.shared_stream(pdf.MAX_PAGES, [FULL, ALSO, "The end."]))
    calls: list[object] = []
    real = pdf._placed_lines

    def counted(*args: object) -> object:
        calls.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_placed_lines", counted)
    text = load(path).text
    assert len(calls) == 1, "one content stream, read once for its 1,000 pages"
    assert text.count("The end.") == pdf.MAX_PAGES, "every page's text is there"


@pytest.mark.parametrize(
    ("page_count", "copies"),
    [
        pytest.param(2, 2, id="two pages saying the same: text, not running heads"),
        pytest.param(3, 3, id="three pages saying the same: text"),
        pytest.param(6, 6, id="six pages saying only the same: no body differs, text"),
    ],
)
def test_pages_repeating_the_same_text_are_read(tmp_path: Path, page_count: int,
                                               copies: int) -> None:
    path = tmp_path / "same.pdf"
    path.write_bytes(pdf_samples.pages([["Council meets on Tuesday.", FULL]] * page_count))
    assert load(path).text.count("Council meets on Tuesday.") == copies


def test_a_running_head_needs_several_pages_that_differ(tmp_path: Path) -> None:
    path = tmp_path / "heads.pdf"
    path.write_bytes(pdf_samples.pages(
        [["The Daily Courier", f"{FULL} ({n})", f"Paragraph {n} ends."] for n in "abcd"]))
    text = load(path).text
    assert "Daily Courier" not in text and text.count("ends.") == 4


_TURNED = [FULL, f"{ALSO[:-1]}.", "", FULL, "The end."]  # "" leaves a paragraph's gap
_PARAGRAPHS = f"{FULL} {ALSO[:-1]}.\n\n{FULL} The end."


@pytest.mark.parametrize(
    "matrix",
    [
        pytest.param("1 0 0 1 40 800", id="upright"),
        pytest.param("0 1 -1 0 60 100", id="a quarter turn: lines run up, go right"),
        pytest.param("-1 0 0 -1 555 60", id="upside down"),
        pytest.param("0 -1 1 0 535 800", id="three quarters: lines run down, go left"),
    ],
)
def test_turned_text_is_read_in_its_own_frame(tmp_path: Path, matrix: str) -> None:
    path = tmp_path / "turned.pdf"
    path.write_bytes(pdf_samples.pages([_TURNED], matrix=matrix))
    assert load(path).text == _PARAGRAPHS, "the paragraph gap is measured across the lines"


def test_turned_pages_with_the_same_line_are_read(tmp_path: Path) -> None:
    """Like pypdf's sample habibi-rotated.pdf: one line, on four pages shown turned."""
    path = tmp_path / "rotated.pdf"
    stream = pdf_samples.text_stream(["habibi"])
    path.write_bytes(pdf_samples.document([stream], [0, 0, 0, 0], rotations=[90, 180, 270, 0]))
    assert load(path).text.split() == ["habibi"] * 4


# --- loading: progress, cancel, time limits ---------------------------------------------------

def _five_pages(tmp_path: Path) -> Path:
    path = tmp_path / "five.pdf"
    path.write_bytes(pdf_samples.pages([[f"{FULL} {n}", f"Page {n} ends."] for n in range(5)]))
    return path


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    shares: list[float] = []
    load(_five_pages(tmp_path), shares.append)
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert shares == sorted(shares)
    assert len(set(shares)) >= 5 + 2, "a share after each of the five pages"


@pytest.mark.parametrize(
    ("name", "make"),
    [
        pytest.param("five.pdf", _five_pages, id="a PDF, page by page"),
        pytest.param("a.txt", lambda folder: loading.Path(folder / "a.txt"), id="a text file"),
    ],
)
def test_a_cancel_propagates(tmp_path: Path, name: str,
                             make: Callable[[Path], Path]) -> None:
    (tmp_path / "a.txt").write_text("Some words.", encoding="utf-8")
    path = make(tmp_path)
    seen: list[float] = []

    def cancel_soon(share: float) -> None:
        seen.append(share)
        if len(seen) >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        load(path, cancel_soon)


@pytest.mark.parametrize(
    ("suffix", "content", "reason"),
    [
        pytest.param(".pdf", None, "took longer than the 0 s limit for reading a PDF document",
                     id="a PDF is stopped at its first page"),
        pytest.param(".txt", b"Some words.", "took longer than the 0 s limit for reading a "
                     "text file", id="a text file is refused at its end"),
    ],
)
def test_a_file_over_its_time_limit_is_refused(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, suffix: str,
                                               content: bytes | None, reason: str) -> None:
    path = _five_pages(tmp_path) if content is None else tmp_path / f"a{suffix}"
    if content is not None:
        path.write_bytes(content)
    format_ = loading.READERS[suffix]
    monkeypatch.setitem(loading.READERS, suffix, dataclasses.replace(format_, seconds=0.0))
    with pytest.raises(LoadError) as error:
        load(path)
    assert str(error.value) == f"{path}: {reason}"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (print_pdf_line_by_line, "lines drawn one by one: running head, page numbers, hyphen"),
        (print_pdf_with_qt_pagination, "QTextDocument.print_: Qt paginates and numbers pages"),
    ],
)
def test_pdf_printed_by_qt(qapp: object, tmp_path: Path, make: Callable[[Path], Path],
                           reason: str) -> None:
    path = make(tmp_path / "story.pdf")
    document = load(path)
    assert document.source_format == "pdf" and document.encoding == "", reason
    assert ratio(document.text, ARTICLE) >= MINIMUM_SIMILARITY, (reason, document.text)
    assert RUNNING_HEAD not in document.text and "Page 2 of" not in document.text, reason
    assert HYPHENATED in document.text and "extra-" not in document.text, reason
    assert document.text.count("\n\n") == ARTICLE.count("\n\n"), (reason, document.text)
