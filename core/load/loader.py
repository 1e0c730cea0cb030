"""Reading a file into a `Document`: the format's reader, newline normalisation and the title.

Each format has a reader in `core.load.extracted`, registered in `READERS` by file extension; a
file with another extension is recognised by its first bytes, else read as plain text. Every
failure — a missing or unreadable file, a damaged, hostile or oversized one, and any
exception a format library raises — becomes a `LoadError` whose message names the file and
the reason in one line, for the command line and the window alike. Files are only ever
opened for reading.
"""

from __future__ import annotations

import importlib
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from core.load.extracted import Extracted, FormatError
from core.load.package import OLE_MAGIC, ZIP_MAGIC, ole_reason
from core.load.text import decode_text
from core.load.title import title_of
from core.model import Cancelled, Document, Progress

# Above this size a text file, or the text taken from any file, is refused unread. A news
# article is a few kilobytes and the whole Bible 5 MB; two 16 MB versions of a real text
# compare in about 20 s using 1.5 GB of memory, which grows with the text: a 60 MB file would
# need several gigabytes, so it is refused at once instead.
MAX_TEXT_BYTES = 16 * 1024 * 1024
# Above this size a Word, OpenDocument, PDF, RTF or web-page file is refused unread: such
# files carry pictures, fonts and markup, so they may be far larger than their text.
MAX_FILE_BYTES = 128 * 1024 * 1024
# Reading a file takes at most this long, or the file is refused. The largest files
# accepted read in seconds (a 15 MB UTF-8 text in 0.2 s); the 67-page PDF report on a book
# takes under 10 s, so a PDF is given a minute: a few hundred dense pages, far more than
# any article. A file that needs many times what a real one does is hostile or broken:
# refused, it frees the window instead of holding it for minutes.
FILE_SECONDS = 30.0
PDF_SECONDS = 60.0

_MB = 1024 * 1024


class LoadError(Exception):
    """A file could not be loaded; ``str(error)`` is one line naming the file and reason.

    ``path`` is the path as given; in the message, line breaks and other control characters
    that a file name (or a name inside a damaged file) may hold are escaped, so that the
    message stays on one line and prints safely.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = _escaped(" ".join(reason.split()))
        super().__init__(f"{_escaped(self.path)}: {self.reason}")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(text: str) -> str:
    """``text`` with control characters written as escapes ("\\n"), on one line."""
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


Reader = Callable[[bytes, Progress], Extracted]


@dataclass(frozen=True)
class Format:
    """How to read one file format: its name for `Document.source_format`, its reader, the
    largest file it accepts, how a user calls it in messages and how long it may take."""

    name: str
    reader: Reader
    max_bytes: int
    kind: str
    seconds: float = FILE_SECONDS


def _deferred(module: str, function: str = "read", reports: bool = False) -> Reader:
    """A reader that imports ``core.load.<module>`` when first used.

    The libraries behind the rich formats take a third of a second to import; comparing
    two text files should not wait for them. A reader that ``reports`` progress is handed
    the callback; the others are called with the bytes alone.
    """
    def read(data: bytes, progress: Progress) -> Extracted:
        reader = getattr(importlib.import_module(f"core.load.{module}"), function)
        if reports:
            return cast(Callable[[bytes, Progress], Extracted], reader)(data, progress)
        return cast(Callable[[bytes], Extracted], reader)(data)
    return read


def _silent(reader: Callable[[bytes], Extracted]) -> Reader:
    """A reader with no progress of its own to report."""
    def read(data: bytes, progress: Progress) -> Extracted:
        return reader(data)
    return read


def _old_word(data: bytes, progress: Progress) -> Extracted:
    """A .doc file that is not RTF, a web page or .docx under the old name (see `_choose`)."""
    if data.startswith(OLE_MAGIC):
        raise FormatError(ole_reason(data, "a Word document"))
    raise FormatError("not a Word document (neither the old .doc format nor a newer one)")


TEXT = Format("text", _silent(decode_text), MAX_TEXT_BYTES, "a text file")
_MARKDOWN = Format("markdown", _silent(decode_text), MAX_TEXT_BYTES, "a text file")
_HTML = Format("html", _deferred("html"), MAX_FILE_BYTES, "a web page")
_DOCX = Format("docx", _deferred("docx"), MAX_FILE_BYTES, "a Word document")
_ODT = Format("odt", _deferred("odt"), MAX_FILE_BYTES, "an OpenDocument text")
_PDF = Format("pdf", _deferred("pdf", reports=True), MAX_FILE_BYTES, "a PDF document",
              PDF_SECONDS)
_RTF = Format("rtf", _deferred("rtf"), MAX_FILE_BYTES, "an RTF document")
_DOC = Format("doc", _old_word, MAX_FILE_BYTES, "a Word document")
_MHTML = Format("mhtml", _deferred("html", "read_mhtml"), MAX_FILE_BYTES, "a web page")

READERS: dict[str, Format] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".html": _HTML,
    ".htm": _HTML,
    ".xhtml": _HTML,
    ".mhtml": _MHTML,
    ".mht": _MHTML,
    ".docx": _DOCX,
    ".odt": _ODT,
    ".pdf": _PDF,
    ".rtf": _RTF,
    ".doc": _DOC,
}


def normalise_newlines(text: str) -> str:
    """Return ``text`` with every line break Unicode names (UAX #14's mandatory breaks: CRLF,
    CR, vertical tab, form feed, NEL, the line and paragraph separators) turned into LF."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\x0b", "\n")
        .replace("\x0c", "\n")
        .replace("\x85", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Document:
    """Read the file at ``path`` into a `Document`.

    The format is chosen by extension (see `READERS`); a file with another extension is
    recognised by its first bytes, else read as plain text. An empty file loads, with a
    notice. ``progress``, when given, is called with the share done (0.0 to 1.0): at the
    start and the end, and after each page of a PDF; it may raise `core.model.Cancelled`,
    which propagates. Raises `LoadError` when the file is missing, a folder or not a regular
    file, cannot be read, is too large, takes longer than its format's time limit, or is
    not a readable document of its format.
    """
    step = progress or _ignore
    step(0.0)
    file = Path(path)
    size, mtime = _stat(file)
    declared = READERS.get(file.suffix.lower())
    limit = declared.max_bytes if declared else MAX_FILE_BYTES
    _check_size(file, size, limit)
    data = _read_bytes(file, limit)
    chosen = _choose(declared, data)
    _check_size(file, len(data), chosen.max_bytes)
    extracted = _extract(file, chosen, data, _with_deadline(step, chosen))
    text = normalise_newlines(extracted.text)
    if len(text) > MAX_TEXT_BYTES:
        raise LoadError(file, f"holds more text than the {MAX_TEXT_BYTES // _MB} MB limit")
    document = Document(
        path=str(path),
        title=title_of(text),
        text=text,
        encoding=extracted.encoding,
        source_format=chosen.name,
        mtime=mtime,
        notice=_notice(data, text, extracted),
    )
    step(1.0)
    return document


def _ignore(share: float) -> None:
    """The progress callback when none is given."""


class _TooSlow(FormatError):
    """Reading took longer than the format's time limit."""


def _with_deadline(step: Progress, chosen: Format) -> Progress:
    """``step``, which also refuses the file once ``chosen``'s time limit has passed."""
    deadline = time.monotonic() + chosen.seconds

    def checked(share: float) -> None:
        step(share)
        if time.monotonic() > deadline:
            raise _TooSlow(f"took longer than the {chosen.seconds:g} s limit for reading "
                           f"{chosen.kind}")
    return checked


def _choose(declared: Format | None, data: bytes) -> Format:
    """The extension's format; but a "text" file that is really a PDF, a Word file or RTF,
    and a .doc file that is really RTF, a web page or .docx (Word saves all of these under
    .doc), are read as what they are, and a file of unknown type as its first bytes say.

    A text file of HTML source stays text: it may be the source an editor means to compare.
    """
    if declared is not None and declared not in (TEXT, _MARKDOWN, _DOC):
        return declared
    sniffed = _sniff(data)
    if sniffed is None:
        return declared or TEXT
    if sniffed == _HTML and declared in (TEXT, _MARKDOWN):
        return declared
    return sniffed


def _sniff(data: bytes) -> Format | None:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return _PDF
    if head.startswith(b"{\\rtf"):
        return _RTF
    if data.startswith(OLE_MAGIC):
        return _DOC
    if data.startswith(ZIP_MAGIC):
        return _ODT if b"opendocument.text" in data[:200] else _DOCX
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return _HTML
    return None


def _extract(file: Path, chosen: Format, data: bytes, step: Progress) -> Extracted:
    """Run the reader; whatever goes wrong inside it comes out as a `LoadError`, but for a
    cancel, which propagates. A reader with no progress of its own is timed at its end."""
    try:
        extracted = chosen.reader(data, step)
        step(0.99)
        return extracted
    except Cancelled:
        raise
    except FormatError as error:
        raise LoadError(file, error.reason) from None
    except MemoryError:
        raise LoadError(file, "is too large to read in the memory available") from None
    except RecursionError:
        raise LoadError(file, f"cannot be read as {chosen.kind}: it is nested too deeply"
                        ) from None
    except Exception as error:  # noqa: BLE001 - libraries meet damaged files with any type
        raise LoadError(file, f"cannot be read as {chosen.kind}: it is damaged "
                        f"({type(error).__name__})") from None


def _notice(data: bytes, text: str, extracted: Extracted) -> str:
    if extracted.notice:
        return extracted.notice
    if not data:
        return "the file is empty"
    if not text.strip():
        return "the file holds no text"
    return ""


def _stat(file: Path) -> tuple[int, float]:
    try:
        status = file.stat()
    except OSError as error:
        raise LoadError(file, _os_reason(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise LoadError(file, "is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        # A pipe or a device may never end; only regular files are read.
        raise LoadError(file, "is not a regular file")
    return status.st_size, status.st_mtime


def _check_size(file: Path, size: int, limit: int) -> None:
    if size > limit:
        what = "text files" if limit == MAX_TEXT_BYTES else "files of this kind"
        raise LoadError(file, f"is {size / _MB:,.1f} MB, over the {limit // _MB} MB limit "
                        f"for {what}")


def _read_bytes(file: Path, limit: int) -> bytes:
    try:
        with file.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since it was measured
    except OSError as error:
        raise LoadError(file, _os_reason(error)) from None
    _check_size(file, len(data), limit)
    return data


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    return (error.strerror or "cannot be read").lower()
