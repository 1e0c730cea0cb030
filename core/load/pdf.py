"""PDF files; the one importer of pypdf.

pypdf gives each page's text line by line, and through its visitor the position and type
size where each line starts; `core.load.pdf_layout` turns those lines into paragraphs.
A PDF protected only against editing (an empty user password) is opened; one that needs a
password is refused, as is one whose pages hold no text at all (a scan: it needs OCR first).

Reading is linear in the file: pypdf's parser reads only the operations that can place text
(`core.load.pdf_content` cuts the rest out first, and pypdf parses the stream itself only
when that cutter gives up), and a content stream shared by many pages is read once. Progress
is reported after each page, and the progress callback may stop the work by raising.

Text drawn at an angle is placed in its own frame: on a page whose lines run up the page,
"down the page" is to the right, and the layout rules read the lines in that frame.

pypdf reports damage it works around through `logging`; those reports are silenced here,
because the command line promises one line on standard error and no more.
"""

from __future__ import annotations

import functools
import io
import logging
import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    read_hex_string_from_stream,
    read_string_from_stream,
)

from core.collector import collector_paused
from core.load.extracted import Extracted, FormatError
from core.load.pdf_content import Operand, operands, parse_text_operations
from core.load.pdf_layout import Line, to_text
from core.model import Progress

KIND = "a PDF document"
# A book-length report; a dense page takes about 0.2 s, so more pages would run into the
# time limit for reading a PDF (`core.load.loader.PDF_SECONDS`) anyway.
MAX_PAGES = 1_000
# Points a line may start beyond the page's edge and still count as on the page.
_SLACK = 2.0
# The share of the work done once every page is read; laying out the text is the rest.
_PAGES_SHARE = 0.9

# pypdf logs without a handler of its own, so Python would print its warnings to stderr.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

Matrix = Sequence[float]
# Where a line starts (x, y), its type size and the angle of its baseline, in degrees.
Start = tuple[float, float, float, float]
_Placed = tuple[str, Start | None]


def read(data: bytes, progress: Progress | None = None) -> Extracted:
    """Return the text of the PDF document in ``data``.

    ``progress``, when given, is called with the share done after each page; whatever it
    raises (`core.model.Cancelled`, a `FormatError` for a time limit) propagates.
    Raises `FormatError` for bytes that are not a PDF, a damaged or password-protected
    file, too many pages, or pages without a text layer. pypdf meets some damage with
    exceptions of other kinds (KeyError, ValueError...); `core.load.loader` catches those.
    """
    if b"%PDF-" not in data[:1024]:
        raise FormatError(f"not {KIND} (it has no %PDF header)")
    step = progress or _ignore
    try:
        # pypdf's objects point back to their reader, so the collector would walk all of
        # them again and again while they are made, for a seventh of the time: it waits.
        with collector_paused():
            pages = _read_pages(data, step)
            text = to_text(pages)
    except FileNotDecryptedError:
        raise FormatError(_ENCRYPTED) from None
    except DependencyError:  # AES needs the optional "cryptography" package
        raise FormatError("is protected with AES encryption, which this installation cannot "
                          "open: save a copy without the protection first") from None
    except PyPdfError as error:
        raise FormatError(f"is damaged, or not {KIND} ({_describe(error)})") from None
    if not text.strip():
        raise FormatError("no text layer: it needs OCR first")
    return Extracted(text, "")


_ENCRYPTED = "is encrypted with a password: save a copy without the protection first"


def _ignore(share: float) -> None:
    """The progress callback when none is given."""


def _read_pages(data: bytes, step: Progress) -> list[list[Line]]:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise FormatError(_ENCRYPTED)
    count = len(reader.pages)
    if count == 0:
        raise FormatError("has no pages")
    if count > MAX_PAGES:
        raise FormatError(f"has {count:,} pages, more than the {MAX_PAGES:,} that can be read")
    step(0.0)
    # Pages drawn by one content stream with the same resources give the same lines.
    seen: dict[Hashable, list[_Placed]] = {}
    known: _Known = {}
    pages = []
    for index, page in enumerate(reader.pages):
        key = _identity(page)
        placed = seen.get(key) if key is not None else None
        if placed is None:
            check = functools.partial(step, index / count * _PAGES_SHARE)
            placed = _placed_lines(reader, page, check, known)
            if key is not None:
                seen[key] = placed
        pages.append(_page_lines(page, placed))
        step((index + 1) / count * _PAGES_SHARE)
    return pages


def _identity(page: PageObject) -> Hashable | None:
    """What makes two pages' text the same: their content streams and resources, when both
    are shared objects (an indirect reference, or the one dictionary a page tree passes
    down); None when they cannot be told apart from another page's."""
    contents, resources = page.get("/Contents"), page.get("/Resources")
    if isinstance(contents, ArrayObject) and all(isinstance(part, IndirectObject)
                                                 for part in contents):
        stream: Hashable = tuple(_reference(part) for part in contents)
    elif isinstance(contents, IndirectObject):
        stream = _reference(contents)
    else:
        return None
    # A dictionary held by the reader lives as long as the reader: its id is stable.
    shared = _reference(resources) if isinstance(resources, IndirectObject) else id(resources)
    return stream, shared


def _reference(reference: IndirectObject) -> tuple[int, int]:
    return reference.idnum, reference.generation


def _placed_lines(reader: PdfReader, page: PageObject, check: Callable[[], None],
                  known: _Known) -> list[_Placed]:
    """The page's lines, each with where its first piece of text starts."""
    builder = _LineBuilder()
    _text_page(reader, page, check, known).extract_text(visitor_text=builder.visit)
    check()  # pypdf swallows what a visitor raises inside a form: ask again
    return builder.lines()


def _text_page(reader: PdfReader, page: PageObject, check: Callable[[], None],
               known: _Known) -> PageObject:
    """``page``, or a copy of it whose content holds only what can place text."""
    contents = page.get_contents()
    if contents is None:
        return page
    operations = parse_text_operations(contents.get_data(), check)
    if operations is None:
        return page
    try:
        parsed = [(known[text] if text in known else _pypdf_operands(text, known), operator)
                  for text, operator in operations]
    except (ValueError, PyPdfError):
        return page  # an operand read differently here: let pypdf's parser read it all
    stream = ContentStream(None, reader)
    stream.operations = parsed
    copy = PageObject(reader, page.indirect_reference)
    copy.update(page)
    copy[NameObject("/Contents")] = stream
    return copy


# The operands already read, by their bytes: a page repeats its glyphs and spacings. Text
# extraction only reads operands, so operations may share one list.
_Known = dict[bytes, list[Any]]
_KNOWN_MOST = 100_000


def _pypdf_operands(text: bytes, known: _Known) -> list[Any]:
    values = known.get(text)
    if values is None:
        if len(known) > _KNOWN_MOST:
            known.clear()
        values = known[text] = [_pypdf_operand(operand) for operand in operands(text)]
    return values


_WORDS = {b"true": BooleanObject(True), b"false": BooleanObject(False), b"null": NullObject()}


def _pypdf_operand(token: Operand) -> Any:
    """The pypdf value of one raw operand, as pypdf's own parser makes it."""
    if isinstance(token, list):
        return ArrayObject(_pypdf_operand(item) for item in token)
    first = token[:1]
    if first == b"/":
        return NameObject.read_from_stream(io.BytesIO(token), None)
    if first == b"(":
        return read_string_from_stream(io.BytesIO(token), "bytes")
    if first == b"<":
        return read_hex_string_from_stream(io.BytesIO(token), "bytes")
    if token in _WORDS:
        return _WORDS[token]
    if token == b"<<":
        raise ValueError("a dictionary")
    return FloatObject(token.decode()) if b"." in token else NumberObject(int(token))


def _page_lines(page: PageObject, placed: Sequence[_Placed]) -> list[Line]:
    """The page's visible lines, placed in the frame of the page's text.

    Lines that start outside the page's visible box are left out: printing software (Qt's
    among them) draws a line that straddles a page break on both pages and lets the page's
    edge hide it on one of them, but the text layer keeps it.
    """
    try:
        box = page.cropbox
        left, bottom = min(box.left, box.right), min(box.bottom, box.top)
        right, top = max(box.left, box.right), max(box.bottom, box.top)
    except (ValueError, TypeError, KeyError):  # a damaged box: keep every line
        left = bottom = -math.inf
        right = top = math.inf
    visible = [(text, start) for text, start in placed
               if start is None or (left - _SLACK <= start[0] <= right + _SLACK
                                    and bottom - _SLACK <= start[1] <= top + _SLACK)]
    angle = _usual_angle(visible)
    return [_in_frame(text, start, angle) for text, start in visible]


def _usual_angle(placed: Sequence[_Placed]) -> float:
    """The angle at which most of the page's lines run."""
    angles = Counter(round(start[3]) % 360 for _, start in placed if start is not None)
    return float(angles.most_common(1)[0][0]) if angles else 0.0


def _in_frame(text: str, start: Start | None, angle: float) -> Line:
    """A line whose position is turned by ``-angle``, so its page's text runs left to right
    and its lines go down the page."""
    if start is None:
        return Line(text)
    x, y, size, _ = start
    if angle:
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        x, y = x * cos + y * sin, y * cos - x * sin
    return Line(text, x, y, size)


class _LineBuilder:
    """Collects pypdf's pieces of text into lines; a piece may start or end lines."""

    def __init__(self) -> None:
        self._done: list[_Placed] = []
        self._parts: list[str] = []
        self._start: Start | None = None

    def visit(self, text: str, cm: Matrix, tm: Matrix, _font: Any, font_size: float) -> None:
        if "\n" not in text:  # most pieces: a word or a glyph within a line
            if self._start is None and text.strip():
                self._start = _placement(cm, tm, font_size)
            self._parts.append(text)
            return
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index > 0:
                self._end_line()
            if piece.strip() and self._start is None and _first_nonblank(pieces) == index:
                self._start = _placement(cm, tm, font_size)
            self._parts.append(piece)

    def lines(self) -> list[_Placed]:
        self._end_line()
        return self._done

    def _end_line(self) -> None:
        text = "".join(self._parts)
        if text.strip():
            self._done.append((text, self._start))
        self._parts, self._start = [], None


def _first_nonblank(pieces: Sequence[str]) -> int:
    return next((index for index, piece in enumerate(pieces) if piece.strip()), -1)


def _placement(cm: Matrix, tm: Matrix, font_size: float) -> Start | None:
    """Where text drawn with these matrices starts on the page, its type size there, and
    the angle of its baseline."""
    try:
        # The text matrix maps into user space, the current transformation matrix onward.
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size) * math.hypot(c, d)
        angle = math.degrees(math.atan2(b, a)) if a or b else 0.0
    except (IndexError, TypeError):
        return None
    values = (float(x), float(y), float(size), float(angle))
    return values if all(math.isfinite(value) for value in values) else None


def _describe(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0][:100]}" if lines else type(error).__name__
