"""`core.report.pdf_outline`: bookmarks added to a printed PDF, read back as a viewer would.

The PDFs are blank pages written with pypdf, so the rows need no printer (the printed report
with its bookmarks: `tests.ui.export.test_pdf_printer`).
"""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from core.report.pdf_outline import Bookmark, add_bookmarks, outline


def _blank_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


@pytest.mark.parametrize(
    ("bookmarks", "expected"),
    [
        pytest.param([], [], id="no bookmarks, no outline"),
        pytest.param([Bookmark("Summary", 0), Bookmark("Text", 2)],
                     [(0, "Summary", 0), (0, "Text", 2)], id="entries open their pages"),
        pytest.param([Bookmark("Text", 1, (Bookmark("Paragraph 1", 1),
                                           Bookmark("Paragraph 2", 2)))],
                     [(0, "Text", 1), (1, "Paragraph 1", 1), (1, "Paragraph 2", 2)],
                     id="entries nested under another, in reading order"),
        pytest.param([Bookmark("Far", 99), Bookmark("Before", -1)],
                     [(0, "Far", 2), (0, "Before", 0)],
                     id="pages out of the document are clamped to it"),
        pytest.param([Bookmark("a\udcffb.txt", 0)], [(0, "a\\xffb.txt", 0)],
                     id="a file name's undecodable byte is written \\xff"),
    ],
)
def test_bookmarks_read_back(bookmarks: list[Bookmark], expected: list[tuple[int, str, int]]
                             ) -> None:
    marked = add_bookmarks(_blank_pdf(3), bookmarks)
    assert outline(marked) == expected
    assert len(PdfReader(BytesIO(marked)).pages) == 3, "no page added or lost"


def test_the_outline_shows_and_the_title_and_metadata_are_set() -> None:
    marked = add_bookmarks(_blank_pdf(1), [Bookmark("Summary", 0)], title="old.txt → new.txt",
                           metadata={"/CreationDate": "D:20240101000000Z"})
    reader = PdfReader(BytesIO(marked))
    assert reader.page_mode == "/UseOutlines"
    assert reader.metadata is not None
    assert reader.metadata.title == "old.txt → new.txt"
    assert reader.metadata["/CreationDate"] == "D:20240101000000Z"


def test_bytes_that_are_not_a_pdf_are_refused() -> None:
    with pytest.raises(PdfReadError):
        add_bookmarks(b"not a PDF at all", [Bookmark("Summary", 0)])
