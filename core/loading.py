"""Reading a file into a `Document`: decoding, newline normalisation and the title.

Plain text and Markdown are read here; each richer format has a reader registered in
`READERS` by file extension. Every failure is a `LoadError` whose message names the file and
the reason in one line, for the command line and the window alike. Files are only ever
opened for reading.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.model import Document

# Above this size a text file is refused: comparing it would take minutes and gigabytes.
MAX_TEXT_BYTES = 64 * 1024 * 1024


class LoadError(Exception):
    """A file could not be loaded; ``str(error)`` is one line naming the file and reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the name of the encoding that was used."""

    text: str
    encoding: str


Reader = Callable[[Path, bytes], DecodedText]


def normalise_newlines(text: str) -> str:
    """Return ``text`` with CRLF, CR and Unicode line/paragraph separators turned into LF."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )


def decode_text(path: Path, data: bytes) -> DecodedText:
    """Decode plain-text bytes: UTF-8 with or without BOM, or UTF-16 with a BOM.

    Raises `LoadError` for bytes that are not text in one of these encodings.
    """
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(_decode(path, data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return DecodedText(_decode(path, data, "utf-16"), "utf-16")
    if b"\x00" in data:
        raise LoadError(path, "not a text document (it contains NUL bytes)")
    return DecodedText(_decode(path, data, "utf-8"), "utf-8")


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            path, f"cannot be decoded as {encoding.upper()} (bad byte at offset {error.start})"
        ) from None


def title_of(text: str) -> str:
    """Return the first non-empty line, without Markdown heading marks, as the title."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 200 else line[:199] + "…"
    return ""


READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("text", decode_text),
    ".text": ("text", decode_text),
    ".md": ("markdown", decode_text),
    ".markdown": ("markdown", decode_text),
}


def load(path: str | os.PathLike[str]) -> Document:
    """Read the file at ``path`` into a `Document`.

    Unknown extensions are read as plain text. Raises `LoadError` when the file is missing,
    is a folder, cannot be read, is too large, or cannot be decoded.
    """
    file = Path(path)
    data, mtime = _read_bytes(file)
    format_name, reader = READERS.get(file.suffix.lower(), ("text", decode_text))
    decoded = reader(file, data)
    text = normalise_newlines(decoded.text)
    notice = "the file is empty" if not text.strip() else ""
    return Document(
        path=str(path),
        title=title_of(text),
        text=text,
        encoding=decoded.encoding,
        source_format=format_name,
        mtime=mtime,
        notice=notice,
    )


def _read_bytes(file: Path) -> tuple[bytes, float]:
    try:
        status = file.stat()
        if file.is_dir():
            raise LoadError(file, "is a folder, not a file")
        if status.st_size > MAX_TEXT_BYTES:
            limit = MAX_TEXT_BYTES // (1024 * 1024)
            raise LoadError(file, f"is larger than the {limit} MB limit")
        with file.open("rb") as handle:
            return handle.read(), status.st_mtime
    except FileNotFoundError:
        raise LoadError(file, "no such file") from None
    except PermissionError:
        raise LoadError(file, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(file, "is a folder, not a file") from None
    except OSError as error:
        raise LoadError(file, error.strerror or "cannot be read") from None
