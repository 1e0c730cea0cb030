"""Reading real formats: Word, web pages, PDF, RTF, OpenDocument and legacy encodings.

Every fixture is built here, from ARTICLE: a Word file with python-docx, a web page with
navigation, scripts, an advertisement and a footer around the article, PDFs printed by Qt
(one laid out line by line with a running head, page numbers and a hyphenated line break;
one paginated by Qt itself), RTF and OpenDocument written out, and text in Windows-1252 and
UTF-16. The loaded text must match the source with a similarity of at least 0.98: one
table through `core.load.loader.load` for every format (each format's own cases are in
its module's test file: `test_html`, `test_docx`, `test_pdf`, `test_text`...).

The builders are also used by those, and by the bad-file, fuzz and command-line tests.
"""

from __future__ import annotations

import html
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
import pytest

from core.align.levenshtein import ratio
from core.load.loader import load
from tests import pdf_samples

HEADLINE = "Alder Falls council backs €4.2 million plan to reopen the Tanner Street bridge"
PARAGRAPHS = (
    ("The city council voted 6–1 on Tuesday to repair the 1931 footbridge, closed since a "
     "flood last spring, with work expected to begin in September and finish by early June."),
    ("Engineers from the Dayton firm Hollis & Grant told the meeting that floodwater had "
     "cracked two of the stone piers. “The steel is sound,” said Ines Okonkwo, the firm’s "
     "lead engineer. “The piers are not, and they are what we will rebuild first.”"),
    ("Nearly 1,900 people crossed the bridge each day before it closed, according to a 2022 "
     "count. Many of them are pupils at Eastside Middle School, who now walk two miles along "
     "Route 9, a busy road with no pavement for most of its length."),
    ("Marisol Abernathy, who has run the Corner Cup café beside the bridge for 17 years, said "
     "her takings were down by almost a third. “I’m glad the council listened,” she said, "
     "“but I will believe it when my regulars can walk over for a coffee again.”"),
    ("Of the total cost, $2.7 million will come from a federal grant for rural infrastructure. "
     "The remaining $1.5 million will be borrowed over twenty years, adding an estimated $38 "
     "a year to the average household’s tax bill, a figure the mayor called “modest”."),
    ("The lone vote against came from council member Ruth Kessler, who favoured a cheaper "
     "prefabricated crossing quoted at $2.9 million. She said it could be installed two "
     "months sooner and would not need the extraordinary repairs the old piers will."),
    ("Residents can see the plans at a public meeting at the library on August 21 at 6:30 "
     "p.m.; copies will also be posted on the city’s website, where comments are welcome "
     "until the end of September. A naïve reading of the budget, Kessler warned, misses the "
     "maintenance that a ninety-year-old structure will always need."),
)
ARTICLE = "\n\n".join((HEADLINE, *PARAGRAPHS))
TABLE = (("Votes for", "6"), ("Votes against", "1"))
TABLE_TEXT = "\n\n".join("\t".join(row) for row in TABLE)
RUNNING_HEAD = "The Alder Falls Courier — Local news"
HYPHENATED = "extraordinary"

MINIMUM_SIMILARITY = 0.98


# --- builders --------------------------------------------------------------------------------

def make_docx(path: Path, paragraphs: Sequence[str] = PARAGRAPHS, table: bool = True) -> Path:
    """A Word file: headline, body, a table; a header and a footer that must be left out."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = RUNNING_HEAD
    section.footer.paragraphs[0].text = "Page footer: all rights reserved"
    document.add_heading(HEADLINE, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(TABLE), cols=2)
        for row, cells in zip(grid.rows, TABLE, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def make_html(path: Path) -> Path:
    """A saved news page: the article among navigation, scripts, an ad and a footer."""
    body = "\n".join(f"<p>{html.escape(text)}</p>" for text in PARAGRAPHS)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(HEADLINE)} | The Alder Falls Courier</title>
<script>window.dataLayer = [{{"event": "pageview", "section": "local"}}];</script>
<style>body {{ font-family: Georgia, serif; }}</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/subscribe">Subscribe today</a></li></ul></nav>
<div class="advert">ADVERTISEMENT Mattress sale: everything half price this weekend</div>
</header>
<main><article>
<h1>{html.escape(HEADLINE)}</h1>
{body}
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Mayor unveils budget</a></li>
<li><a href="/b">Route 9 roadworks delayed again</a></li></ul></aside></main>
<footer><p>© 2025 The Alder Falls Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
<script>trackPageview("local/bridge");</script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def make_rtf(path: Path) -> Path:
    """An RTF file in Windows-1252 with Unicode escapes, a header and a table."""
    def escaped(text: str) -> str:
        return "".join(_rtf_char(char) for char in text)
    body = "\\par\n".join(escaped(text) for text in (HEADLINE, *PARAGRAPHS))
    table = "".join("\\trowd\\cellx2000\\cellx4000 " + "".join(f"{cell}\\cell " for cell in row)
                    + "\\row\n" for row in TABLE)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times;}}\n"
                    f"{{\\header {escaped(RUNNING_HEAD)}\\par}}\n\\f0\\fs24 {body}\\par\n{table}}}",
                    encoding="ascii")
    return path


def _rtf_char(char: str) -> str:
    """RTF escapes: code-page bytes as \\'xx, other characters as \\uN? (both are used)."""
    if char in "\\{}":
        return "\\" + char
    if ord(char) < 128:
        return char
    try:
        return f"\\'{char.encode('cp1252')[0]:02x}"
    except UnicodeEncodeError:
        return f"\\u{ord(char) - 65536 * (ord(char) > 32767)}?"


def make_odt(path: Path, content: str | None = None) -> Path:
    """An OpenDocument text, written with zipfile, with its header in styles.xml."""
    if content is None:
        body = f'<text:h text:outline-level="1">{escape(HEADLINE)}</text:h>' + "".join(
            f"<text:p>{escape(text)}</text:p>" for text in PARAGRAPHS)
        body += "<table:table>" + "".join(
            "<table:table-row>" + "".join(f"<table:table-cell><text:p>{cell}</text:p>"
                                          "</table:table-cell>" for cell in row)
            + "</table:table-row>" for row in TABLE) + "</table:table>"
        content = _odt_content(body)
    styles = (f'<office:document-styles {_ODF_NAMESPACES}><office:master-styles>'
              f'<style:master-page style:name="Standard"><style:header><text:p>{RUNNING_HEAD}'
              "</text:p></style:header></style:master-page></office:master-styles>"
              "</office:document-styles>")
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return path


_ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"'
)


def _odt_content(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            f"{_ODF_NAMESPACES}><office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>")


def make_text(path: Path, encoding: str, text: str = ARTICLE) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def make_simple_pdf(path: Path, lines: Sequence[str] = (HEADLINE, *PARAGRAPHS[:2])) -> Path:
    """A one-page PDF with a text layer, written by hand (no Qt needed)."""
    path.write_bytes(pdf_samples.pages([[line[:90] for line in lines]]))
    return path


def print_pdf_line_by_line(path: Path) -> Path:
    """Print ARTICLE with Qt, laying the lines out here: a running head and "Page N of M" on
    every page, a gap between paragraphs, and HYPHENATED broken as "extra-" / "ordinary".
    The pages are A7, so that the article takes the several pages running heads need."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A7))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12))
    writer.setResolution(72)
    font = QFont()
    font.setPointSizeF(9)
    metrics = QFontMetricsF(font, writer)
    width, height = writer.width(), writer.height()
    top, bottom = 2.5 * metrics.lineSpacing(), height - 2.5 * metrics.lineSpacing()
    pages = _paginate(_wrap(ARTICLE, metrics, width), metrics.lineSpacing(), top, bottom)
    painter = QPainter(writer)
    painter.setFont(font)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(QRectF(0, 0, width, metrics.lineSpacing()),
                         Qt.AlignmentFlag.AlignHCenter, RUNNING_HEAD)
        for y, line in page:
            painter.drawText(QPointF(0, y), line)
        painter.drawText(QRectF(0, height - metrics.lineSpacing(), width, metrics.lineSpacing()),
                         Qt.AlignmentFlag.AlignHCenter, f"Page {number} of {len(pages)}")
    painter.end()
    return path


def _wrap(text: str, metrics: Any, width: float) -> list[str | None]:
    """Lines of ``text`` fitting ``width``; None marks the end of a paragraph."""
    advance: Callable[[str], float] = metrics.horizontalAdvance
    lines: list[str | None] = []
    for paragraph in text.split("\n\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if advance(candidate) <= width:
                line = candidate
            elif word.startswith(HYPHENATED):
                lines.append(f"{line} {HYPHENATED[:5]}-")
                line = HYPHENATED[5:] + word[len(HYPHENATED):]
            else:
                lines.append(line)
                line = word
        lines.extend([line, None])
    return lines


def _paginate(lines: list[str | None], spacing: float, top: float,
              bottom: float) -> list[list[tuple[float, str]]]:
    pages: list[list[tuple[float, str]]] = [[]]
    y = top
    for line in lines:
        if line is None:
            y += 0.6 * spacing
            continue
        if y + spacing > bottom:
            pages.append([])
            y = top
        y += spacing
        pages[-1].append((y, line))
    return pages


def print_pdf_with_qt_pagination(path: Path) -> Path:
    """Print ARTICLE with QTextDocument.print_, which paginates and numbers the pages."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    writer.setResolution(72)
    document = QTextDocument()
    document.setHtml("".join(f'<p style="margin-bottom: 6px">{html.escape(text)}</p>'
                             for text in ARTICLE.split("\n\n")))
    document.print_(writer)
    return path


# --- the formats, read ------------------------------------------------------------------------

FORMATS = [
    ("story.docx", make_docx, "docx", f"{ARTICLE}\n\n{TABLE_TEXT}",
     "python-docx file: heading, paragraphs, table; header and footer left out"),
    ("story.html", make_html, "html", ARTICLE,
     "news page: navigation, scripts, advert, related links and footer left out"),
    ("story.rtf", make_rtf, "rtf", f"{ARTICLE}\n\n{TABLE_TEXT}",
     "RTF with \\u escapes and a table; header destination left out"),
    ("story.odt", make_odt, "odt", f"{ARTICLE}\n\n{TABLE_TEXT}",
     "OpenDocument: heading, paragraphs, table; header in styles.xml left out"),
    ("story.txt", lambda path: make_text(path, "cp1252"), "text", ARTICLE,
     "Windows-1252 text (curly quotes, €, é) found by detection"),
    ("story.md", lambda path: make_text(path, "utf-16"), "markdown", ARTICLE,
     "UTF-16 with a BOM"),
    ("story.text", lambda path: make_text(path, "utf-16-le"), "text", ARTICLE,
     "UTF-16 without a BOM, known by its NUL bytes"),
]


@pytest.mark.parametrize(("name", "make", "source_format", "expected", "reason"), FORMATS)
def test_loaded_text_matches_the_source(tmp_path: Path, name: str, make: Callable[[Path], Path],
                                        source_format: str, expected: str, reason: str) -> None:
    path = make(tmp_path / name)
    document = load(path)
    assert ratio(document.text, expected) >= MINIMUM_SIMILARITY, (reason, document.text)
    assert document.source_format == source_format, reason
    assert document.title == HEADLINE, reason
    assert document.mtime == pytest.approx(path.stat().st_mtime), reason
    assert RUNNING_HEAD not in document.text, reason
