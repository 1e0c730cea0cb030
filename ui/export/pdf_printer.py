"""The PDF printer: the report's HTML (`core.report.html`) in, the bytes of a PDF out, by Qt.

`print_pdf` is the `core.report.export.PrintPdf` that the one export path
(`core.report.export.export`) is given by the window and the command line; the export writes
the bytes. The report is laid out by a QTextDocument on pages a little smaller than the
paper, and each page's slice is painted with a header (the two file names) and a footer
("page n of m"). Text stays real text in bundled, embedded fonts; bookmarks are added
afterwards by `core.report.pdf_outline`. This module uses QtGui only (no widgets, no other
window module than `ui.export.fonts`), so the command line can print without the window.

With ``SOURCE_DATE_EPOCH`` set (the reproducible-builds convention), the same comparison
gives the same bytes: the dates are that moment, the document ID and the XMP metadata are
made from it and the title instead of the clock and a random number.

`print_pdf` may run on a worker thread: it uses only QTextDocument, QPdfWriter, QPainter
and QFontDatabase, which Qt allows off the GUI thread, and needs only that a QGuiApplication
exists (see `ensure_application` for the command line).
"""

from __future__ import annotations

import math
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUuid,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.model import Progress
from core.report.export import PdfSetup
from core.report.html import TEXT_ANCHOR
from core.report.page import PageSize
from core.report.pdf_outline import Bookmark, add_bookmarks
from ui.export.fonts import register_fonts, report_font

RESOLUTION = 300  # dots per inch of the layout; text stays vector, this only sets precision
_MM = RESOLUTION / 25.4
_PAPER = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}
_GREY = QColor("#555555")
_RULE = QColor("#c9ced8")


@dataclass(frozen=True)
class _Geometry:
    """Where things go on one sheet, in device pixels."""

    page: QRectF
    body: QRectF
    header_baseline: float
    footer_baseline: float

    @classmethod
    def of(cls, size: PageSize) -> _Geometry:
        page = QPageSize(_PAPER[size]).rectPixels(RESOLUTION).toRectF()
        body = page.adjusted(16 * _MM, 21 * _MM, -16 * _MM, -19 * _MM)
        return cls(page, body, 13 * _MM, page.height() - 10 * _MM)


def print_pdf(html: str, setup: PdfSetup, progress: Progress) -> bytes:
    """Return the report ``html`` printed as a PDF, with bookmarks, as ``setup`` says.

    ``progress`` is called with the share done (up to 0.95: the caller writes the file)
    after each page; it may raise `core.model.Cancelled`, which propagates. Raises `OSError`
    if printing cannot start, `FileNotFoundError` if a bundled font is missing.
    """
    families = register_fonts()
    document = _document(html, families)
    progress(0.05)
    geometry = _Geometry.of(setup.page_size)
    moment = source_date()
    pdf = _print(document, geometry, setup, progress, moment)
    marks = (_bookmarks(document, geometry, setup.text_bookmark) if setup.text_bookmark
             else _heading_bookmarks(document, geometry))
    pdf = add_bookmarks(pdf, marks,
                        title=setup.title, metadata=_dates(moment) if moment else None,
                        stable_fonts=moment is not None)
    progress(0.95)
    return pdf


def ensure_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one for the command line.

    With no display (no ``DISPLAY`` or ``WAYLAND_DISPLAY``) and no platform chosen, Qt's
    ``offscreen`` platform is used, so a PDF can be printed on a headless server.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["palimpsest"])


def source_date() -> datetime | None:
    """The moment ``SOURCE_DATE_EPOCH`` names (seconds since 1970, UTC), if it is set and
    a whole number; None otherwise, and the clock dates the PDF."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


def _dates(moment: datetime) -> dict[str, str]:
    stamp = moment.strftime("D:%Y%m%d%H%M%SZ")
    return {"/CreationDate": stamp, "/ModDate": stamp}


def _fix_identity(writer: QPdfWriter, title: str, moment: datetime) -> None:
    """Give the PDF an ID and XMP metadata made from ``title`` and ``moment``, not chance."""
    document_id = uuid.uuid5(uuid.NAMESPACE_URL, f"palimpsest:{moment.isoformat()}:{title}")
    writer.setDocumentId(QUuid(str(document_id)))
    date = moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    writer.setDocumentXmpMetadata(QByteArray(_XMP.format(
        title=escape(title), date=date, id=document_id).encode("utf-8")))


_XMP = """<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmp:CreatorTool="Palimpsest" xmp:CreateDate="{date}" xmp:ModifyDate="{date}"
    xmp:MetadataDate="{date}" xmpMM:DocumentID="uuid:{id}" xmpMM:InstanceID="uuid:{id}">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""


def _document(html: str, families: tuple[str, ...]) -> QTextDocument:
    document = QTextDocument()
    font = report_font(9.5)
    font.setFamilies(list(families))  # the families just registered, in fallback order
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def _print(document: QTextDocument, geometry: _Geometry, setup: PdfSetup, step: Progress,
           moment: datetime | None) -> bytes:
    """Paint every page into an in-memory PDF and return its bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(_PAPER[setup.page_size]),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(setup.title)
    writer.setCreator("Palimpsest")
    if moment is not None:
        _fix_identity(writer, setup.title, moment)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(geometry.body.size())
    _keep_headings_with_next(document, geometry.body.height())
    pages = document.pageCount()
    step(0.3)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start printing the PDF")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _paint_page(painter, document, geometry, index, pages, setup)
            step(0.3 + 0.6 * (index + 1) / pages)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Start a heading on a new page when what follows it would start on the next one.

    Qt's rich text knows no "keep with next", so a heading can end up alone at the foot of
    a page; this moves it over. Each move lays out the rest again, so only the few headings
    that need it are touched.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            here = _page_of(layout.blockBoundingRect(block).top(), page_height)
            if _page_of(layout.blockBoundingRect(following).top(), page_height) > here:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
        block = following


def _page_of(top: float, page_height: float) -> int:
    """The page (from 0) on which a block whose top is at ``top`` stands."""
    # A block pushed to a new page may sit a hair above the boundary.
    return math.floor((top + 2.0) / page_height)


def _paint_page(painter: QPainter, document: QTextDocument, geometry: _Geometry, index: int,
                pages: int, setup: PdfSetup) -> None:
    """One sheet: the document's slice for page ``index``, then header and footer."""
    body = geometry.body
    painter.save()
    painter.translate(body.left(), body.top() - index * body.height())
    document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
    painter.restore()
    painter.save()
    painter.setFont(report_font(7.5))
    painter.setPen(_GREY)
    left, right = body.left(), body.right()
    metrics = QFontMetricsF(painter.font(), painter.device())
    names = metrics.elidedText(setup.running_head, Qt.TextElideMode.ElideMiddle, body.width() * 0.78)
    painter.drawText(QPointF(left, geometry.header_baseline), names)
    _draw_right(painter, metrics, setup.label, right, geometry.header_baseline)
    _draw_right(painter, metrics, f"page {index + 1} of {pages}", right, geometry.footer_baseline)
    painter.setPen(QPen(_RULE, 0.25 * _MM))
    rule_y = geometry.header_baseline + 2.2 * _MM
    painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))
    rule_y = geometry.footer_baseline - metrics.ascent() - 2 * _MM
    painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))
    painter.restore()


def _draw_right(painter: QPainter, metrics: QFontMetricsF, text: str, right: float,
                baseline: float) -> None:
    painter.drawText(QPointF(right - metrics.horizontalAdvance(text), baseline), text)


def _bookmarks(document: QTextDocument, geometry: _Geometry, text_title: str
               ) -> list[Bookmark]:
    """Summary (with its sections nested) and the annotated text, from the report's headings."""
    page_height = geometry.body.height()
    summary: Bookmark | None = None
    sections: list[Bookmark] = []
    text: Bookmark | None = None
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            page = _page_of(document.documentLayout().blockBoundingRect(block).top(),
                            page_height)
            anchors = _anchors(block)
            if level == 1 and summary is None:
                summary = Bookmark("Summary", page)
            elif TEXT_ANCHOR in anchors:
                text = Bookmark(text_title, page)
            elif text is None:
                sections.append(Bookmark(block.text(), page))
        block = block.next()
    result = [Bookmark("Summary", summary.page if summary else 0, tuple(sections))]
    return result + ([text] if text is not None else [])


def _heading_bookmarks(document: QTextDocument, geometry: _Geometry) -> list[Bookmark]:
    """A bookmark for every heading of the report, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            top = document.documentLayout().blockBoundingRect(block).top()
            found.append(Bookmark(block.text(), _page_of(top, geometry.body.height())))
        block = block.next()
    return found


def _anchors(block: QTextBlock) -> set[str]:
    names: set[str] = set()
    iterator = block.begin()
    while not iterator.atEnd():
        names.update(iterator.fragment().charFormat().anchorNames())
        iterator += 1
    return names
