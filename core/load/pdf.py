"""PDF files; the one importer of pypdf.

pypdf gives each page's text line by line, and through its visitor the position and type
size where each line starts; `core.load.pdf_layout` turns those lines into paragraphs.
A PDF protected only against editing (an empty user password) is opened; one that needs a
password is refused, as is one whose pages hold no text at all (a scan: it needs OCR first).

pypdf reports damage it works around through `logging`; those reports are silenced here,
because the command line promises one line on standard error and no more.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Sequence
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from core.load.extracted import Extracted, FormatError
from core.load.pdf_layout import Line, to_text

KIND = "a PDF document"
# pypdf takes up to 70 ms for a dense page of text: this bounds a load to about a minute.
MAX_PAGES = 1_000
# Points a line may start beyond the page's edge and still count as on the page.
_SLACK = 2.0

# pypdf logs without a handler of its own, so Python would print its warnings to stderr.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

Matrix = Sequence[float]


def read(data: bytes) -> Extracted:
    """Return the text of the PDF document in ``data``.

    Raises `FormatError` for bytes that are not a PDF, a damaged or password-protected
    file, too many pages, or pages without a text layer. pypdf meets some damage with
    exceptions of other kinds (KeyError, ValueError...); `core.load.loader` catches those.
    """
    if b"%PDF-" not in data[:1024]:
        raise FormatError(f"not {KIND} (it has no %PDF header)")
    try:
        pages = _read_pages(data)
    except FileNotDecryptedError:
        raise FormatError(_ENCRYPTED) from None
    except DependencyError:  # AES needs the optional "cryptography" package
        raise FormatError("is protected with AES encryption, which this installation cannot "
                          "open: save a copy without the protection first") from None
    except PyPdfError as error:
        raise FormatError(f"is damaged, or not {KIND} ({_describe(error)})") from None
    text = to_text(pages)
    if not text.strip():
        raise FormatError("no text layer: it needs OCR first")
    return Extracted(text, "")


_ENCRYPTED = "is encrypted with a password: save a copy without the protection first"


def _read_pages(data: bytes) -> list[list[Line]]:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise FormatError(_ENCRYPTED)
    count = len(reader.pages)
    if count == 0:
        raise FormatError("has no pages")
    if count > MAX_PAGES:
        raise FormatError(f"has {count:,} pages, more than the {MAX_PAGES:,} that can be read")
    return [_page_lines(page) for page in reader.pages]


def _page_lines(page: Any) -> list[Line]:
    """The page's visible lines, each with the position and size of its first piece of text.

    Lines that start outside the page's visible box are left out: printing software (Qt's
    among them) draws a line that straddles a page break on both pages and lets the page's
    edge hide it on one of them, but the text layer keeps it.
    """
    builder = _LineBuilder()
    page.extract_text(visitor_text=builder.visit)
    try:
        box = page.cropbox
        left, bottom = min(box.left, box.right), min(box.bottom, box.top)
        right, top = max(box.left, box.right), max(box.bottom, box.top)
    except (ValueError, TypeError, KeyError):  # a damaged box: keep every line
        return builder.lines()
    return [line for line in builder.lines()
            if line.x is None or line.y is None
            or (left - _SLACK <= line.x <= right + _SLACK
                and bottom - _SLACK <= line.y <= top + _SLACK)]


class _LineBuilder:
    """Collects pypdf's pieces of text into lines; a piece may start or end lines."""

    def __init__(self) -> None:
        self._done: list[Line] = []
        self._parts: list[str] = []
        self._start: tuple[float, float, float] | None = None

    def visit(self, text: str, cm: Matrix, tm: Matrix, _font: Any, font_size: float) -> None:
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index > 0:
                self._end_line()
            if piece.strip() and self._start is None and _first_nonblank(pieces) == index:
                self._start = _placement(cm, tm, font_size)
            self._parts.append(piece)

    def lines(self) -> list[Line]:
        self._end_line()
        return self._done

    def _end_line(self) -> None:
        text = "".join(self._parts)
        if text.strip():
            x, y, size = self._start or (None, None, None)
            self._done.append(Line(text, x, y, size))
        self._parts, self._start = [], None


def _first_nonblank(pieces: Sequence[str]) -> int:
    return next((index for index, piece in enumerate(pieces) if piece.strip()), -1)


def _placement(cm: Matrix, tm: Matrix, font_size: float) -> tuple[float, float, float] | None:
    """Where text drawn with these matrices starts on the page, and its type size there."""
    try:
        # The text matrix maps into user space, the current transformation matrix onward.
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size) * math.hypot(c, d)
    except (IndexError, TypeError):
        return None
    values = (float(x), float(y), float(size))
    return values if all(math.isfinite(value) for value in values) else None


def _describe(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0][:100]}" if lines else type(error).__name__
