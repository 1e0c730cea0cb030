"""Small PDFs written by hand, byte by byte, for the PDF reader's tests and `make bench`.

No library writes them, so they hold exactly what a test means: pages that share one
content stream, pages that repeat the same text, text drawn at an angle, glyphs drawn one
by one as Qt draws them, a crop box, a font that maps its codes to other characters. Text is
set in Helvetica (one of the fonts every PDF reader knows), one line per ``T*``, unless a
test gives another font.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# A fixed-pitch font: every glyph advances 0.6 of the type size.
COURIER = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
# An A4 page, in points.
WIDTH, HEIGHT = 595, 842


def text_stream(lines: Sequence[str], matrix: str = f"1 0 0 1 40 {HEIGHT - 40}",
                leading: float = 14.0) -> str:
    """Drawing instructions for ``lines``, one under the other from ``matrix``'s origin."""
    shown = " ".join(f"({_literal(line)}) Tj T*" for line in lines)
    return f"BT /F1 11 Tf {leading:g} TL {matrix} Tm {shown} ET"


def document(streams: Sequence[str], page_streams: Sequence[int],
             rotations: Sequence[int] = (), font: str = FONT,
             crop: Sequence[float] | None = None, more: Sequence[str] = ()) -> bytes:
    """A PDF whose page ``n`` is drawn by ``streams[page_streams[n]]`` and shown turned by
    ``rotations[n]`` degrees (its /Rotate; none when not given).

    Pages that name the same stream share one content stream object, as a file may; the
    resources are one object too, with ``font`` as /F1. Every page shows only ``crop``
    (left, bottom, right, top) when it is given. ``more`` are objects written after the
    font, for it to refer to: ``{more}`` in ``font`` is the number of the first.
    """
    turns = [f" /Rotate {rotations[index]}" if index < len(rotations) else ""
             for index in range(len(page_streams))]
    box = "" if crop is None else " /CropBox [{}]".format(" ".join(f"{v:g}" for v in crop))
    first_stream = 4 + len(page_streams)
    font_number = first_stream + len(streams)
    kids = " ".join(f"{4 + index} 0 R" for index in range(len(page_streams)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(page_streams)} >>",
        f"<< /Font << /F1 {font_number} 0 R >> >>",
        *(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}]{box}{turn} "
          f"/Contents {first_stream + stream} 0 R /Resources 3 0 R >>"
          for stream, turn in zip(page_streams, turns, strict=True)),
        *(_stream(stream) for stream in streams),
        font.replace("{more}", str(font_number + 1)),
        *more,
    ]
    return _file(objects)


def glyph_by_glyph(rows: Sequence[Sequence[str]], columns: Sequence[float],
                   top: float = HEIGHT - 40, size: float = 10.0, leading: float = 14.0) -> str:
    """Drawing instructions for a table set in `COURIER`, each glyph placed by a text
    matrix of its own as Qt places them: cell ``j`` of row ``i`` starts at ``columns[j]``,
    ``i`` leadings below ``top``. Spaces are not drawn, as Qt draws none."""
    shown = [f"1 0 0 1 {x + index * 0.6 * size:g} {top - row * leading:g} Tm "
             f"({_literal(glyph)}) Tj"
             for row, cells in enumerate(rows) for x, cell in zip(columns, cells, strict=False)
             for index, glyph in enumerate(cell) if glyph != " "]
    return f"BT /F1 {size:g} Tf {' '.join(shown)} ET"


def to_unicode(mapping: dict[int, str]) -> str:
    """A /ToUnicode CMap stream mapping one-byte codes to text (any characters, those
    beyond the BMP too), for a font's ``/ToUnicode {more} 0 R``."""
    entries = " ".join(f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
                       for code, text in mapping.items())
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Sample "
            "def 1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(mapping)} beginbfchar {entries} endbfchar endcmap "
            "CMapName currentdict /CMap defineresource pop end end")
    return _stream(cmap)


def _stream(content: str) -> str:
    return f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream"


def pages(texts: Sequence[Sequence[str]], matrix: str = f"1 0 0 1 40 {HEIGHT - 40}") -> bytes:
    """A PDF with one page for each list of lines, each page its own content stream, its
    lines starting at ``matrix``'s origin and running in its direction."""
    return document([text_stream(lines, matrix) for lines in texts], range(len(texts)))


def shared_stream(page_count: int, lines: Sequence[str]) -> bytes:
    """``page_count`` pages all drawn by one content stream holding ``lines``."""
    return document([text_stream(lines)], [0] * page_count)


def _literal(text: str) -> str:
    latin = text.encode("latin-1", errors="replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _file(objects: Sequence[str]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()
