"""PDF files; the one importer of pypdfium2 (PDFium, the PDF library of Chrome, in C).

PDFium reads each page's text layer into a run of characters, adding the spaces and line
breaks that the glyphs' positions imply (it marks them "generated"). Its lines are taken as
runs of text on one baseline, each with where its first character stands, its type size and
the angle of its baseline (a run PDFium carries across baselines is cut where it leaves
its own); `core.load.pdf_lines` joins the runs into the page's lines and
`core.load.pdf_layout` the lines into paragraphs. A PDF protected only against editing (an
empty user password, RC4 or AES) is opened; one that needs a password is refused, as is one
whose pages hold no text at all (a scan: it needs OCR first).

All parsing happens in C, so reading is linear in the file and costs what its text costs.
Each page is read on its own (PDFium tells no page's content stream from another's, so
pages sharing one stream are each parsed, at a millisecond or two a page). Progress is
reported after each page, and the progress callback may stop the work by raising; a page
itself is one call of PDFium and runs to its end.

Text drawn at an angle is placed in its own frame: on a page whose lines run up the page,
"down the page" is to the right, and the layout rules read the lines in that frame. On
such a page, and on one holding right-to-left text, the runs keep the order of the page's
content rather than the one PDFium gives them (see `_Runs.runs`).

PDFium is not thread-safe, and the window loads files on two worker threads: every call
into it holds `_PDFIUM`, one lock for the process, taken a page at a time so that a
cancelled load never waits long for another's.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading
from typing import Any

import pypdfium2.raw as pdfium

from core.load.extracted import Extracted, FormatError
from core.load.pdf_layout import Line, to_text
from core.load.pdf_lines import SAME_BASELINE, Box, Run, page_lines, usual_angle
from core.model import Progress

KIND = "a PDF document"
# A book-length report; more pages would be a hostile file, or run into the time limit for
# reading a PDF (`core.load.loader.PDF_SECONDS`) anyway.
MAX_PAGES = 1_000
# The share of the work done once every page is read; laying out the text is the rest.
_PAGES_SHARE = 0.9

# The one lock around PDFium (see the module's docstring): its library state is global and
# it guards nothing itself, so two threads inside it at once may corrupt each other's pages.
_PDFIUM = threading.Lock()

_ENCRYPTED = "is encrypted with a password: save a copy without the protection first"
# What PDFium's error codes for a document that does not open mean to a user.
_OPEN_ERRORS = {
    pdfium.FPDF_ERR_PASSWORD: _ENCRYPTED,
    pdfium.FPDF_ERR_SECURITY: "is protected by a kind of encryption that cannot be opened "
                              "here: save a copy without the protection first",
    pdfium.FPDF_ERR_SUCCESS: "has no pages",  # it opened, but holds no page to read
}
_ERROR_NAMES = {
    pdfium.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium.FPDF_ERR_FILE: "file access error",
    pdfium.FPDF_ERR_FORMAT: "data format error",
    pdfium.FPDF_ERR_PAGE: "page not found or content error",
}


def read(data: bytes, progress: Progress | None = None) -> Extracted:
    """Return the text of the PDF document in ``data``.

    ``progress``, when given, is called with the share done after each page; whatever it
    raises (`core.model.Cancelled`, a `FormatError` for a time limit) propagates.
    Raises `FormatError` for bytes that are not a PDF, a damaged or password-protected
    file, too many pages, or pages without a text layer.
    """
    if b"%PDF-" not in data[:1024]:
        raise FormatError(f"not {KIND} (it has no %PDF header)")
    text = to_text(_read_pages(data, progress or _ignore))
    if not text.strip():
        raise FormatError("no text layer: it needs OCR first")
    return Extracted(text, "")


def _ignore(share: float) -> None:
    """The progress callback when none is given."""


def _read_pages(data: bytes, step: Progress) -> list[list[Line]]:
    # ``data`` outlives the document: PDFium reads the bytes in place.
    with _PDFIUM:
        document = pdfium.FPDF_LoadMemDocument64(data, len(data), None)
        # The last error is only set by a load that fails: after one that opens, it may
        # still be an earlier file's.
        error = pdfium.FPDF_ERR_SUCCESS if document else pdfium.FPDF_GetLastError()
        count = pdfium.FPDF_GetPageCount(document) if document else 0
    try:
        if count < 1:
            raise FormatError(_OPEN_ERRORS.get(error) or _damaged(_ERROR_NAMES.get(
                error, f"error {error}")))
        if count > MAX_PAGES:
            raise FormatError(f"has {count:,} pages, more than the {MAX_PAGES:,} that can "
                              "be read")
        step(0.0)
        pages = []
        for index in range(count):
            with _PDFIUM:
                runs, box = _page_runs(document, index)
            pages.append(page_lines(runs, box))
            step((index + 1) / count * _PAGES_SHARE)
        return pages
    finally:
        if document:
            with _PDFIUM:
                pdfium.FPDF_CloseDocument(document)


def _damaged(reason: str) -> str:
    return f"is damaged, or not {KIND} (PDFium: {reason})"


def _page_runs(document: Any, index: int) -> tuple[list[Run], Box | None]:
    """The runs of text on page ``index`` and the box the page shows. The caller holds
    `_PDFIUM`."""
    page = pdfium.FPDF_LoadPage(document, index)
    if not page:
        raise FormatError(_damaged(f"page {index + 1} cannot be read"))
    try:
        text_page = pdfium.FPDFText_LoadPage(page)
        if not text_page:
            raise FormatError(_damaged(f"the text of page {index + 1} cannot be read"))
        try:
            rotation = pdfium.FPDFPage_GetRotation(page)
            return _Runs(page, text_page, rotation).runs(), _shown_box(page)
        finally:
            pdfium.FPDFText_ClosePage(text_page)
    finally:
        pdfium.FPDF_ClosePage(page)


def _shown_box(page: Any) -> Box | None:
    """The page's crop box (where it lies within its media box); None if it has none."""
    box = pdfium.FS_RECTF()
    if not pdfium.FPDF_GetPageBoundingBox(page, box):
        return None
    values = (box.left, box.bottom, box.right, box.top)
    if not all(math.isfinite(value) for value in values):
        return None
    return (min(box.left, box.right), min(box.bottom, box.top), max(box.left, box.right),
            max(box.bottom, box.top))


# A line of the page's text as PDFium ends it, with a generated "\r\n".
_LINE = re.compile(r"[^\r\n]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The characters PDFium is asked whether they stand for a character (see `_Runs._mapped`),
# and the mark of one that does not: a noncharacter, dropped when a run's text is made.
_ASKED = re.compile("[^\x00-\x7e]")
_NOTHING = "\uffff"
# Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# A run whose last character stands further off its first one's baseline than this, in type
# sizes, crosses lines that PDFium did not tell apart (a label beside a figure, a running
# head and a page number): it is cut where its characters leave the baseline.
_OFF_BASELINE = 0.5


class _Runs:
    """The runs of one PDFium text page, each on one baseline.

    PDFium numbers the text it returns ("text index", the index into `_units`) apart from
    its characters ("char index"), and maps one onto the other; on most pages the two are
    the same, and the mapping is skipped.
    """

    def __init__(self, page: Any, text_page: Any, rotation: int) -> None:
        self._pdf_page = page
        self._page = text_page
        units = _text_units(text_page)
        count = len(units)
        self._same_index = count == pdfium.FPDFText_CountChars(text_page) and (
            count == 0 or pdfium.FPDFText_GetCharIndexFromTextIndex(text_page, count - 1)
            == count - 1)  # the mapping only ever skips characters: none is skipped
        self._units = self._mapped(units)
        self._rotation = rotation
        # PDFium writes its answers into these; made once, as a page asks tens of thousands.
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._matrix = pdfium.FS_MATRIX()

    def _mapped(self, units: str) -> str:
        """``units`` with PDFium's marks read: U+FFFE stands for a hyphen it found at a
        line's end, or for a glyph of no character; a glyph whose font maps it to no
        character comes out as its code, a stray symbol. Both are marked `_NOTHING`.
        Only characters beyond ASCII are asked about: an unmapped code in ASCII's range most
        likely means that letter (as in a font's own encoding), and asking about every
        character would cost more than reading the page."""
        pieces, start = [], 0
        for match in _ASKED.finditer(units):
            index = match.start()
            char = self._char(index)
            if units[index] == "\ufffe":
                mark = "-" if pdfium.FPDFText_IsHyphen(self._page, char) == 1 else _NOTHING
            elif pdfium.FPDFText_HasUnicodeMapError(self._page, char) == 1:
                mark = _NOTHING
            else:
                continue
            pieces += [units[start:index], mark]
            start = index + 1
        return "".join([*pieces, units[start:]]) if pieces else units

    def runs(self) -> list[Run]:
        pieces: list[_Piece] = []
        for match in _LINE.finditer(self._units):
            line = match.group()
            first = match.start() + len(line) - len(line.lstrip())
            last = match.start() + len(line.rstrip())
            if first < last:
                pieces += self._on_baselines(first, last)
        angle = usual_angle(start[3] for _, _, start in pieces if start is not None)
        if (angle - 90 * self._rotation) % 360 or _RIGHT_TO_LEFT.search(self._units):
            # PDFium puts the text objects that stand at one height of the shown page in the
            # order of their x there, and a line holding right-to-left text in the order of
            # its reading direction; where the text does not stand upright on the page
            # (lines running down it, a page shown upside down) that order is not the
            # text's, and a line mixing directions comes out differently on a page shown
            # turned (so a repeated line would not repeat): the content's order is kept.
            pieces = self._in_content_order(pieces)
        runs = []
        for index, (first, last, start) in enumerate(pieces):
            text = _joined(self._units[first:last]).strip()
            if not text:
                continue
            if start is None:
                runs.append(Run(text))
                continue
            x, y, size, angle = start
            # Where a run ends matters only when the next one may continue it.
            after = pieces[index + 1][2] if index + 1 < len(pieces) else None
            reach = (self._reach(self._char(last - 1), angle)
                     if after is not None and _same_baseline(start, after) else None)
            runs.append(Run(text, x, y, reach[0] if reach else None,
                            reach[1] if reach else None, size, angle))
        return runs

    def _on_baselines(self, first: int, last: int) -> list[_Piece]:
        """The text from ``first`` to ``last`` (text indexes, ``last`` not included, neither
        end blank), cut where it leaves its baseline."""
        start = self._glyph(first)
        if start is None or not _off_baseline(start, self._point(self._char(last - 1))):
            return [(first, last, start)]
        pieces: list[_Piece] = []
        begin, baseline = first, start
        for index in range(first + 1, last):
            if self._units[index].isspace():
                continue
            if _off_baseline(baseline, self._point(self._char(index))):
                pieces.append((begin, begin + len(self._units[begin:index].rstrip()), baseline))
                begin, baseline = index, self._glyph(index) or baseline
        pieces.append((begin, last, baseline))
        return pieces

    def _in_content_order(self, pieces: list[_Piece]) -> list[_Piece]:
        """``pieces`` cut where their characters' text object changes, the cuts in the order
        of the page's content (text objects inside a form keep their place)."""
        order = {ctypes.cast(pdfium.FPDFPage_GetObject(self._pdf_page, index),
                             ctypes.c_void_p).value: index
                 for index in range(pdfium.FPDFPage_CountObjects(self._pdf_page))}
        cuts: list[tuple[int, _Piece]] = []
        place = -1
        for first, last, start in pieces:
            begin, baseline = first, start
            for index in range(first, last):
                if self._units[index].isspace():
                    continue
                handle = pdfium.FPDFText_GetTextObject(self._page, self._char(index))
                now = order.get(ctypes.cast(handle, ctypes.c_void_p).value, place)
                if now != place and index > begin:
                    cuts.append((place, (begin, begin + len(
                        self._units[begin:index].rstrip()), baseline)))
                    begin, baseline = index, self._glyph(index)
                place = now
            cuts.append((place, (begin, last, baseline)))
        cuts.sort(key=lambda cut: cut[0])  # stable: a text object's cuts keep their order
        return [cut for _, cut in cuts]

    def _char(self, text_index: int) -> int:
        if self._same_index:
            return text_index
        return int(pdfium.FPDFText_GetCharIndexFromTextIndex(self._page, text_index))

    def _point(self, char: int) -> tuple[float, float] | None:
        """Where char ``char`` stands on the page."""
        if char < 0 or not pdfium.FPDFText_GetCharOrigin(self._page, char, self._x, self._y):
            return None
        point = (self._x.value, self._y.value)
        return point if math.isfinite(point[0]) and math.isfinite(point[1]) else None

    def _glyph(self, text_index: int) -> _Glyph | None:
        """Where the character stands on the page, its type size there, and the angle of
        its baseline."""
        char = self._char(text_index)
        point = self._point(char)
        matrix = self._matrix
        if point is None or not pdfium.FPDFText_GetMatrix(self._page, char, matrix):
            return None
        # The font size is the one the text state sets; the matrix (text matrix and current
        # transformation) scales it to the page, as Qt's 300-dpi output does by 0.24.
        size = abs(pdfium.FPDFText_GetFontSize(self._page, char)) * math.hypot(matrix.c,
                                                                              matrix.d)
        angle = math.degrees(math.atan2(matrix.b, matrix.a)) if matrix.a or matrix.b else 0.0
        values = (*point, float(size), float(angle))
        return values if all(math.isfinite(value) for value in values) else None

    def _reach(self, char: int, angle: float) -> tuple[float, float] | None:
        """How far along a baseline at ``angle`` the box of char ``char`` reaches."""
        left, right = ctypes.c_double(), ctypes.c_double()
        bottom, top = ctypes.c_double(), ctypes.c_double()
        point = self._point(char)
        if point is None or not pdfium.FPDFText_GetCharBox(self._page, char, left, right,
                                                           bottom, top):
            return None
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        along = max(corner_x * cos + corner_y * sin for corner_x in (left.value, right.value)
                    for corner_y in (bottom.value, top.value)) - (point[0] * cos
                                                                  + point[1] * sin)
        reach = (point[0] + along * cos, point[1] + along * sin)
        return reach if all(math.isfinite(value) for value in reach) else None


def _same_baseline(start: _Glyph, other: _Glyph) -> bool:
    """Whether ``other`` stands on the baseline through ``start``, at its angle."""
    x, y, size, angle = start
    radians = math.radians(angle)
    across = (other[1] - y) * math.cos(radians) - (other[0] - x) * math.sin(radians)
    return (round(other[3]) - round(angle)) % 360 == 0 and abs(across) <= (
        SAME_BASELINE * max(size, other[2]))


def _off_baseline(start: _Glyph, point: tuple[float, float] | None) -> bool:
    """Whether ``point`` lies off the baseline through ``start``, across it."""
    if point is None:
        return False
    x, y, size, angle = start
    radians = math.radians(angle)
    across = (point[1] - y) * math.cos(radians) - (point[0] - x) * math.sin(radians)
    return abs(across) > _OFF_BASELINE * size


# Where a character stands (x, y), its type size and the angle of its baseline, in degrees.
_Glyph = tuple[float, float, float, float]
# A run's text indexes, from the first to the last (not included), and its first glyph.
_Piece = tuple[int, int, "_Glyph | None"]


def _text_units(text_page: Any) -> str:
    """The page's text, one character of the string for each UTF-16 unit PDFium returns,
    so that a position in it is PDFium's text index (a character beyond the BMP is two
    units, a surrogate pair, and two text indexes)."""
    count = pdfium.FPDFText_CountChars(text_page)
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    length = max(pdfium.FPDFText_GetText(text_page, 0, count, buffer) - 1, 0)  # less NUL
    text = bytes(buffer)[:2 * length].decode("utf-16-le", "surrogatepass")
    # Decoding joins each surrogate pair into one character; then the units are kept apart.
    return text if len(text) == length else "".join(map(chr, buffer[:length]))


def _joined(units: str) -> str:
    """``units`` with its surrogate pairs joined into the characters they stand for, and
    without the marks of glyphs that stand for none."""
    units = units.replace(_NOTHING, "")
    if _SURROGATE.search(units) is None:
        return units
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
