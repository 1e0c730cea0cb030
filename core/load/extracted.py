"""Readers of the file formats an article arrives in: bytes in, plain text out.

Each module here wraps one foreign library (python-docx, pypdfium2, trafilatura, striprtf,
charset-normalizer) or the standard library, and turns its values and its exceptions into
ours: a reader takes the file's bytes and returns `Extracted`, or raises `FormatError` with a
reason a user can act on. Readers know nothing of paths; `core.load.loader` adds the file's name
and turns every failure, expected or not, into one `LoadError`.

Paragraphs in the extracted text are separated by a blank line, as in the plain-text
versions editors write, so that a Word file and its plain-text copy compare as equal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class FormatError(Exception):
    """The bytes are not a readable document of the expected format; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Extracted:
    """The text of a document, the encoding it was decoded from ("" when the format has no
    single one, as in a PDF) and an optional remark for the user."""

    text: str
    encoding: str
    notice: str = ""


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Join the non-blank ``paragraphs``, each stripped, with one blank line between them."""
    return "\n\n".join(stripped for paragraph in paragraphs if (stripped := paragraph.strip()))
