"""Small PDFs written by hand, byte by byte, for the PDF reader's tests and `make bench`.

No library writes them, so they hold exactly what a test means: pages that share one
content stream, pages that repeat the same text, text drawn at an angle. Text is set in
Helvetica (one of the fonts every PDF reader knows), one line per ``T*``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# An A4 page, in points.
WIDTH, HEIGHT = 595, 842


def text_stream(lines: Sequence[str], matrix: str = f"1 0 0 1 40 {HEIGHT - 40}",
                leading: float = 14.0) -> str:
    """Drawing instructions for ``lines``, one under the other from ``matrix``'s origin."""
    shown = " ".join(f"({_literal(line)}) Tj T*" for line in lines)
    return f"BT /F1 11 Tf {leading:g} TL {matrix} Tm {shown} ET"


def document(streams: Sequence[str], page_streams: Sequence[int],
             rotations: Sequence[int] = ()) -> bytes:
    """A PDF whose page ``n`` is drawn by ``streams[page_streams[n]]`` and shown turned by
    ``rotations[n]`` degrees (its /Rotate; none when not given).

    Pages that name the same stream share one content stream object, as a file may; the
    resources are one object too.
    """
    turns = [f" /Rotate {rotations[index]}" if index < len(rotations) else ""
             for index in range(len(page_streams))]
    first_stream = 4 + len(page_streams)
    kids = " ".join(f"{4 + index} 0 R" for index in range(len(page_streams)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(page_streams)} >>",
        f"<< /Font << /F1 {first_stream + len(streams)} 0 R >> >>",
        *(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}]{turn} "
          f"/Contents {first_stream + stream} 0 R /Resources 3 0 R >>"
          for stream, turn in zip(page_streams, turns, strict=True)),
        *(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"
          for stream in streams),
        FONT,
    ]
    return _file(objects)


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
