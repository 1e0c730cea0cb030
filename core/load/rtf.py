"""Rich Text Format (.rtf) files; the one importer of striprtf.

RTF is 7-bit text that names its code page (``\\ansicpgNNNN``) and escapes other characters;
the few writers that put raw 8-bit bytes in it mean that code page, so the bytes are decoded
with it before striprtf strips the markup (unless they plainly are not in it: see
`core.load.text.decode_markup`). Headers, footers, footnotes and pictures are
"destinations" striprtf leaves out. Table cells become tabs, as in the other formats (striprtf
would mark them with "|", which could not be told from a "|" in the text).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import cast

from striprtf.striprtf import rtf_to_text

from core.load.extracted import Extracted, FormatError, join_paragraphs
from core.load.text import decode_markup

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
# striprtf finds hyperlinks with a pattern that scans to the end of the line; one field per
# line keeps that linear on files written as a single long line. RTF ignores line breaks.
_FIELD = re.compile(r"(?=\{\\field)")
# Renamed so that striprtf does not append each link's address to its text: the other
# versions of the article show the words of a link, not where it points.
_HYPERLINK = re.compile(r"(\\fldinst\s*\{?\s*)HYPERLINK")
_CELL = re.compile(r"\\(?:nest)?cell(?![a-z]) ?")

# striprtf's function is not annotated: (markup, encoding, errors) -> text.
_strip: Callable[..., str] = cast(Callable[..., str], rtf_to_text)


def read(data: bytes) -> Extracted:
    """Return the text of the RTF document in ``data``.

    Raises `FormatError` when the bytes are not RTF or the markup cannot be read.
    """
    if not data[:64].lstrip().startswith(b"{\\rtf"):
        raise FormatError("not an RTF document (it does not begin with {\\rtf)")
    code_page = _code_page(data[:4096])
    decoded = decode_markup(data, code_page)
    markup = _FIELD.sub("\n", decoded.text)
    markup = _CELL.sub(r"\\tab ", _HYPERLINK.sub(r"\1LINK", markup))
    try:
        # An escaped byte (\'e9) is in the code page, whatever the raw bytes turned out to be.
        text = _strip(markup, encoding=code_page, errors="replace")
    except (ValueError, LookupError, IndexError) as error:
        raise FormatError(f"is damaged ({type(error).__name__}: {str(error)[:80]})") from None
    paragraphs = (line.rstrip("\t") for line in text.split("\n"))
    return Extracted(join_paragraphs(paragraphs), decoded.encoding, decoded.notice)


def _code_page(head: bytes) -> str:
    """The code page the RTF header names, or Windows-1252, RTF's default, if none is known."""
    match = _CODE_PAGE.search(head)
    if match is None:
        return "cp1252"
    try:
        return codecs.lookup(f"cp{int(match.group(1))}").name
    except LookupError:
        return "cp1252"
