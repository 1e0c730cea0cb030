"""PDF bookmarks (the outline a PDF viewer shows in its side panel), added after printing.

Qt's PDF writer cannot write an outline, so the PDF export prints first and then hands the
bytes here. This is the one module that uses pypdf to write PDFs; it knows nothing of Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import IndirectObject

from core.report.files import escape_undecodable


@dataclass(frozen=True)
class Bookmark:
    """An outline entry: a title, the page it opens (0-based) and entries nested under it."""

    title: str
    page: int
    children: tuple[Bookmark, ...] = ()


def add_bookmarks(pdf: bytes, bookmarks: Sequence[Bookmark], title: str = "") -> bytes:
    """Return ``pdf`` with ``bookmarks`` as its outline, opened with the outline showing.

    ``title``, when given, becomes the document title viewers show. Pages past the end are
    clamped to the last page; a file name's undecodable bytes, which a PDF string cannot
    hold, are written ``\\xff``. Raises `pypdf.errors.PdfReadError` if ``pdf`` is not a PDF.
    """
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    last_page = max(len(writer.pages) - 1, 0)
    for bookmark in bookmarks:
        _add(writer, bookmark, None, last_page)
    writer.page_mode = "/UseOutlines"
    if title:
        writer.add_metadata({"/Title": escape_undecodable(title)})
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """The outline of ``pdf`` flattened: ``(depth, title, page)`` in reading order."""
    reader = PdfReader(BytesIO(pdf))
    found: list[tuple[int, str, int]] = []

    def walk(items: Sequence[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(getattr(item, "title", "")),
                              reader.get_destination_page_number(item)))  # type: ignore[arg-type]

    walk(reader.outline, 0)
    return found


def _add(writer: PdfWriter, bookmark: Bookmark, parent: IndirectObject | None,
         last_page: int) -> None:
    entry = writer.add_outline_item(title=escape_undecodable(bookmark.title),
                                    page_number=min(max(bookmark.page, 0), last_page),
                                    parent=parent)
    for child in bookmark.children:
        _add(writer, child, entry, last_page)
