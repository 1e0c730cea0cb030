"""Bad files of each format: one clear `LoadError`, or an empty document with a notice.

Damaged, encrypted, old-style, hostile (zip bombs, entity declarations) and misnamed files,
each built here. ``BAD_FILES`` is also run through the command line in
``tests/cli/test_bad_inputs.py``.
"""

from __future__ import annotations

import gzip
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from core.load.loader import LoadError, load
from core.load.pdf import MAX_PAGES
from tests.core.load.test_formats import make_docx, make_odt, make_simple_pdf

ROOT = Path(__file__).resolve().parents[3]
_SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))


def _encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _blank_pdf(path: Path, pages: int = 1) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _zip_bomb(path: Path, member: str, mimetype: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        if mimetype:
            package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr(member, b"\0" * (20 * 1024 * 1024))  # deflates about a thousandfold
    return path


def _ole(path: Path, encrypted: bool) -> Path:
    stream = "EncryptedPackage".encode("utf-16-le") if encrypted else b"WordDocument"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + stream + b"\0" * 512)
    return path


def _truncated(make: Callable[[Path], Path], path: Path, keep: float) -> Path:
    make(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


BAD_FILES = [
    ("a.docx", lambda p: _truncated(make_docx, p, 0.5), "damaged", "Word file cut in half"),
    ("a.docx", lambda p: _ole(p, encrypted=True), "encrypted with a password",
     "Word file saved with a password (an OLE container)"),
    ("a.docx", lambda p: _ole(p, encrypted=False), "old Word 97–2003",
     "a .doc file renamed .docx"),
    ("a.doc", lambda p: _ole(p, encrypted=False), "save it as .docx", "an old .doc file"),
    ("a.docx", lambda p: _zip_bomb(p, "word/document.xml"), "zip bomb",
     "a part deflated a thousandfold"),
    ("a.odt", lambda p: _zip_bomb(p, "content.xml", mimetype=True), "zip bomb",
     "OpenDocument zip bomb"),
    ("a.docx", lambda p: _write(p, b"PK\x03\x04 not really a zip"), "not a Word document",
     "ZIP signature, then garbage"),
    ("a.odt", lambda p: make_odt(p, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                                    "<x>&a;</x>"), "entities", "entity declarations refused"),
    ("a.odt", lambda p: make_odt(p, "<office:document-content"), "damaged",
     "content.xml cut short"),
    ("a.pdf", _encrypted_pdf, "encrypted with a password", "PDF needing a password"),
    ("a.pdf", _blank_pdf, "no text layer: it needs OCR first", "a page without text (a scan)"),
    ("a.pdf", lambda p: _truncated(make_simple_pdf, p, 0.3), "damaged", "PDF cut short"),
    ("a.pdf", lambda p: _write(p, b"%PDF-1.7\n" + bytes(range(256)) * 4), "damaged",
     "PDF header, then garbage"),
    ("a.pdf", lambda p: _write(p, b"<html>not a pdf</html>"), "not a PDF document",
     "a web page named .pdf"),
    ("a.pdf", lambda p: _blank_pdf(p, pages=MAX_PAGES + 1), f"more than the {MAX_PAGES:,}",
     "too many pages to read in reasonable time"),
    ("a.rtf", lambda p: _write(p, b"plain words, no markup"), "not an RTF document",
     "text named .rtf"),
    ("a.txt", lambda p: _write(p, bytes(range(1, 32)) * 50), "not a text document",
     "control characters, no NUL"),
    *[(name, make, "not a text document (it contains NUL bytes)", reason)
      for name, make, reason in [
          ("a.txt", lambda p: _write(p, _SAMPLES[0].read_bytes()[:998] + b"\x00"),
           "one NUL byte in 999: in a short file, not stray"),
          ("a.md", lambda p: _write(p, b"".join(_SAMPLES[0].read_bytes()[:999] + b"\x00"
                                                for _ in range(10)) + b"\x00"),
           "eleven NUL bytes in 10,001: just over one in a thousand"),
          ("screenshot", lambda p: _copy(ROOT / "docs" / "screenshot.png", p),
           "a real PNG, written by Qt: compressed, 0.6 % NUL"),
          ("samples.txt.gz", lambda p: _write(p, gzip.compress(
              b"".join(path.read_bytes() for path in _SAMPLES), mtime=0)),
           "text compressed by gzip, as in a zip: 0.8 % NUL"),
          ("program.txt", lambda p: _copy(Path(sys.executable).resolve(), p, 1 << 20),
           "a real program (the Python interpreter)"),
      ]],
]


@pytest.mark.parametrize(("name", "make", "reason_part", "reason"), BAD_FILES)
def test_bad_file_is_one_clear_error(tmp_path: Path, name: str, make: Callable[[Path], Path],
                                     reason_part: str, reason: str) -> None:
    path = make(tmp_path / name)
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message and reason_part in message, (reason, message)
    assert "\n" not in message, reason


@pytest.mark.parametrize(
    ("make", "notice", "reason"),
    [
        (lambda p: _empty_docx(p / "empty.docx"), "holds no text", "Word file with no text"),
        (lambda p: _write(p / "empty.html", b"<html><body></body></html>"),
         "no article text", "web page with no text"),
        (lambda p: _write(p / "empty.md", b""), "the file is empty", "zero bytes"),
        (lambda p: _write(p / "blank.txt", b" \n\n \n"), "holds no text", "only white space"),
    ],
)
def test_empty_documents_load_with_a_notice(tmp_path: Path, make: Callable[[Path], Path],
                                            notice: str, reason: str) -> None:
    document = load(make(tmp_path))
    assert not document.text.strip() and notice in document.notice, reason


def _empty_docx(path: Path) -> Path:
    docx.Document().save(str(path))
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _copy(source: Path, path: Path, limit: int = -1) -> Path:
    with source.open("rb") as handle:
        return _write(path, handle.read(limit))
