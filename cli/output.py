"""Standard output and standard error of the command line, whatever the locale and the pipe.

The JSON and the word diff go to standard output as UTF-8 bytes, never through the locale's
encoding: a JSON reader expects UTF-8, and the locale's encoding (cp1252 when Windows
redirects output, ASCII under ``LC_ALL=C``) cannot hold the "→" of every summary line, nor
most of the quotes and dashes of real articles. A full disk or a closed standard output ends
the command with one line on standard error and exit status 2. A reader that stops reading
(``| head``) ends it quietly with status 141, as the shell reports for a Unix tool that the
broken pipe's SIGPIPE stops. Messages on standard error name files with their undecodable
bytes and control characters escaped (`core.report.files.shown`).
"""

from __future__ import annotations

import errno
import os
import sys
from typing import TYPE_CHECKING, BinaryIO

from core.model import Progress
from core.report.files import shown

if TYPE_CHECKING:  # the export machinery is loaded only by an export
    from core.report.export import PdfSetup

EXIT_FAILURE = 2
# What a shell reports for a process ended by SIGPIPE (128 + 13), e.g. `yes | head -1`.
EXIT_BROKEN_PIPE = 128 + 13


def write_output(text: str | bytes) -> int:
    """Write ``text`` to standard output as UTF-8 bytes (bytes as they are); return the
    exit status.

    0 when it is written; 141, saying nothing, when the reader has gone; 2, with one line on
    standard error, when standard output is closed or the write fails (a full disk).
    """
    stream = sys.stdout
    if stream is None:  # started with standard output closed (">&-")
        print_error("standard output: cannot write (it is closed)")
        return EXIT_FAILURE
    try:
        stream.flush()
        binary = getattr(stream, "buffer", None)
        if binary is None:  # replaced by a text-only stream
            stream.write(text if isinstance(text, str) else text.decode("utf-8"))
            stream.flush()
        else:
            data = text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace")
            _write_all(binary, data)
    except BrokenPipeError:
        _discard_output()
        return EXIT_BROKEN_PIPE
    except (OSError, ValueError) as error:  # ValueError: the stream was closed
        _discard_output()
        reason = getattr(error, "strerror", None) or str(error)
        print_error(f"standard output: cannot write ({reason})")
        return EXIT_FAILURE
    return 0


def print_error(message: str) -> None:
    """Print ``palimpsest: message`` as one line on standard error, if there is one."""
    stream = sys.stderr
    if stream is None:
        return
    try:  # standard error never fails to encode: its error handler is backslashreplace
        stream.write(f"palimpsest: {shown(message)}\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def is_terminal() -> bool:
    """Whether standard output is a terminal (False when it is closed)."""
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (OSError, ValueError):
        return False


def _write_all(binary: BinaryIO, data: bytes) -> None:
    """Write and flush all of ``data``.

    A buffered write to a pipe whose reader leaves can return a short count instead of
    failing (measured with CPython 3.11): writing on from there meets the broken pipe.
    """
    view = memoryview(data)
    while view:
        written = binary.write(view)
        if not written:
            raise BlockingIOError(errno.EAGAIN, "standard output would block")
        view = view[written:]
    binary.flush()


def _discard_output() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again.

    What the Python documentation recommends after a broken pipe: otherwise the data still
    buffered is written once more at shutdown, and fails with "Exception ignored".
    """
    try:
        descriptor = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (AttributeError, OSError, ValueError):
        return
    try:
        os.dup2(null, descriptor)
    except OSError:
        pass
    finally:
        os.close(null)


def print_pdf_lazily(html: str, setup: PdfSetup, progress: Progress) -> bytes:
    """The PDF printer, loaded only when a PDF is printed: every other output starts
    without loading Qt."""
    from ui.export.pdf_printer import ensure_application, print_pdf

    application = ensure_application()  # Qt prints only while an application exists
    pdf = print_pdf(html, setup, progress)
    del application
    return pdf
