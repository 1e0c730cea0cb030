"""`core.load.pdf`: text layers read through PDFium, line by line; shared streams, turned
text, repeated pages, protection, damage, PDFs printed by Qt, and loading with progress,
cancel, a time limit and several threads.

The PDFs are written by hand (`tests.pdf_samples`), so each holds exactly what its row
means (joining PDFium's runs into lines: `tests.core.load.test_pdf_lines`). Speed is not
asserted here (`make bench` measures it).
"""

from __future__ import annotations

import dataclasses
import io
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from core.align.levenshtein import ratio
from core.load import loader as loading
from core.load import pdf
from core.load.extracted import FormatError
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

_HEX = ("q 0 0 1 rg 0 0 595 842 re f Q q 1 0 0 1 0 -20 cm BT /F1 11 Tf 14 TL 40 800 Td "
        "[<4b65726e6564>-250<776f726473>]TJ T* <7365636f6e64206c696e65> Tj ET Q")
_MIXED = ("q 0.5 g 0 0 595 842 re f Q q 1 0 0 1 0 -20 cm BT /F1 11 Tf 40 800 Td "
          "[(Kerned) -300 (words)] TJ T* (second line) ' 2 0 (spaced line) \" ET Q "
          "/Span <</MCID 1>> BDC BT /F1 9 Tf 1 0 0 1 300 60 Tm <48656c6c6f> Tj ET EMC")
_WORDS = ["unto", "shall", "saith", "straightway", "people", "whosoever"]
# Qt's way with a table: every glyph placed on its own, no spaces drawn. On a page of such
# cells PDFium guesses that the lines run down the page and ends a run at nearly every glyph.
_TABLE = [[str(n), word, "->", f"{3 * n} rewording"] for n, word in enumerate(_WORDS * 6, 1)]
_TABLE_TEXT = " ".join(" ".join(row) for row in _TABLE)
_COLUMNS = [40, 120, 260, 400]
# A foot drawn under the table's last glyph, which PDFium runs on into the foot.
_FOOT = pdf_samples.glyph_by_glyph([["The end"]], [400 + 0.6 * 10 * 10], top=30)
# A font that maps "A" to a character beyond the BMP, and one that maps two codes to glyph
# names of no known character.
_ASTRAL_FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {more} 0 R >>"
_ASTRAL_MAP = pdf_samples.to_unicode({0x41: "\U0001F600", 0x42: "é", 0x78: "x", 0x79: "y",
                                      0x7A: "z"})
_UNNAMED_FONT = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type "
                 "/Encoding /Differences [200 /uniXYZ1 /glyphQ] >> >>")
_OUTSIDE = " BT /F1 11 Tf 40 100 Td (Drawn below the crop box.) Tj ET"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(lambda: pdf_samples.pages([[FULL, ALSO], [ALSO, "end."]]),
                     f"{FULL} {ALSO} {ALSO} end.", id="plain lines on two pages"),
        pytest.param(lambda: pdf_samples.document([_MIXED], [0]),
                     "Kerned words second line spaced line\n\nHello",
                     id="kerning, quote operators, colours, marked content, hex strings"),
        pytest.param(lambda: pdf_samples.document([_HEX], [0]), "Kerned words second line",
                     id="hex strings, a word's gap kerned in an array"),
        pytest.param(lambda: pdf_samples.document([_HEX.replace("-250", "true")], [0]),
                     "Kernedwords second line",
                     id="an operand of the wrong kind in an array: skipped, no gap"),
        pytest.param(lambda: pdf_samples.pages([[FULL, ALSO]], matrix="0 1 -1 0 60 100"),
                     f"{FULL} {ALSO}", id="text turned a quarter"),
        pytest.param(lambda: pdf_samples.document(
            [pdf_samples.glyph_by_glyph(_TABLE, _COLUMNS)], [0], font=pdf_samples.COURIER),
            _TABLE_TEXT, id="a table drawn glyph by glyph: PDFium's runs joined into rows"),
        pytest.param(lambda: pdf_samples.document(
            [f"{pdf_samples.glyph_by_glyph(_TABLE, _COLUMNS)} {_FOOT}"], [0],
            font=pdf_samples.COURIER), f"{_TABLE_TEXT}\n\nThe end",
            id="a run PDFium carries from the last row into the foot: cut at the baseline"),
        pytest.param(lambda: pdf_samples.pages([["A line of the story to an extra-",
                                                  "ordinary end, and a Franco-", "German one."]]),
                     "A line of the story to an extraordinary end, and a Franco-German one.",
                     id="hyphens at lines' ends: PDFium's mark for them read as a hyphen"),
        pytest.param(lambda: pdf_samples.document(["BT /F1 11 Tf 40 800 Td (xAyBz) Tj ET"],
                                                  [0], font=_ASTRAL_FONT, more=[_ASTRAL_MAP]),
                     "x\U0001F600y\u00e9z", id="a character beyond the BMP (a surrogate pair)"),
        pytest.param(lambda: pdf_samples.document(
            ["BT /F1 11 Tf 40 800 Td (Sign \\310\\311 here) Tj ET"], [0], font=_UNNAMED_FONT),
            "Sign here", id="glyphs the font maps to no character are left out"),
        pytest.param(lambda: pdf_samples.document(
            [pdf_samples.text_stream(["Inside the box.", "Also inside."]) + _OUTSIDE], [0],
            crop=[0, 400, 595, 842]), "Inside the box. Also inside.",
            id="a line starting outside the crop box is left out"),
    ],
)
def test_text_layers_are_read_line_by_line(make: Callable[[], bytes], expected: str) -> None:
    assert pdf.read(make()).text == expected


def test_every_page_sharing_one_content_stream_is_read(tmp_path: Path) -> None:
    path = tmp_path / "shared.pdf"
    path.write_bytes(pdf_samples.shared_stream(pdf.MAX_PAGES, [FULL, ALSO, "The end."]))
    assert load(path).text.count("The end.") == pdf.MAX_PAGES, "every page's text is there"


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


@pytest.mark.parametrize(
    ("stream", "words"),
    [
        pytest.param(pdf_samples.text_stream(["habibi"]), ["habibi"], id="one text object"),
        pytest.param("BT /F1 11 Tf 40 800 Td (habibi) Tj ( and) Tj ( friends) Tj ET",
                     ["habibi", "and", "friends"],
                     id="a line of three text objects, which PDFium orders as the page is "
                        "shown: the content's order is kept"),
    ],
)
def test_turned_pages_with_the_same_line_are_read(tmp_path: Path, stream: str,
                                                  words: list[str]) -> None:
    """Like pypdf's sample habibi-rotated.pdf: one line, on four pages shown turned."""
    path = tmp_path / "rotated.pdf"
    path.write_bytes(pdf_samples.document([stream], [0, 0, 0, 0], rotations=[90, 180, 270, 0]))
    assert load(path).text.split() == words * 4, "the same line on every page"


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


# --- protection, damage, threads ------------------------------------------------------------

def _protected(user: str, algorithm: str) -> bytes:
    """A page of text saved by pypdf with ``user`` as the password to open it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_samples.pages([[FULL, "The end."]]))))
    writer.encrypt(user_password=user, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "algorithm",
    [
        pytest.param("RC4-40", id="RC4, 40 bits"),
        pytest.param("RC4-128", id="RC4, 128 bits"),
        pytest.param("AES-128", id="AES, 128 bits (needed the cryptography package with pypdf)"),
        pytest.param("AES-256", id="AES, 256 bits"),
    ],
)
def test_protected_only_against_editing_opens(algorithm: str) -> None:
    assert pdf.read(_protected("", algorithm)).text == f"{FULL} The end."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(_protected("secret", "AES-256"), pdf._ENCRYPTED,
                     id="AES-256 with a password to open it"),
        pytest.param(_protected("secret", "RC4-128"), pdf._ENCRYPTED,
                     id="RC4 with a password to open it"),
        pytest.param(pdf_samples.document([], []), "has no pages", id="a page tree of none"),
        pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 4,
                     "is damaged, or not a PDF document (PDFium: data format error)",
                     id="a header, then garbage"),
        pytest.param(b"%PDF-1.4\n" + pdf_samples.pages([[FULL]])[9:40],
                     "is damaged, or not a PDF document (PDFium: data format error)",
                     id="cut short"),
        pytest.param(b"<html>not a pdf</html>", "not a PDF document (it has no %PDF header)",
                     id="no header"),
        pytest.param(pdf_samples.document(["0 0 m 100 100 l S"], [0]),
                     "no text layer: it needs OCR first", id="drawing, no text"),
    ],
)
def test_unreadable_pdfs_are_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(FormatError) as error:
        pdf.read(data)
    assert error.value.reason == reason


def test_threads_reading_at_once_each_get_their_own_text() -> None:
    """The window reads two files on two threads; PDFium, which is not thread-safe, is
    entered by one at a time (`core.load.pdf._PDFIUM`)."""
    files = [pdf_samples.pages([[f"{FULL} {n}", f"Page {page} of file {n} ends."]
                                for page in range(20)]) for n in range(4)]
    found: dict[int, str] = {}

    def read(number: int) -> None:
        found[number] = pdf.read(files[number]).text

    threads = [threading.Thread(target=read, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == {n: pdf.read(files[n]).text for n in range(4)}
    assert all(found[n].count(f"of file {n} ends.") == 20 for n in range(4))
