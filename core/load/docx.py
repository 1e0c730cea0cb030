"""Word (.docx) files; the one importer of python-docx.

python-docx opens and validates the package and finds the main document; the body is then
read in document order — paragraphs, table rows (cells separated by tabs), and what sits in
content controls — as Word shows it with tracked changes accepted: inserted text in, deleted
text out. Headers, footers, footnotes and comments live in other parts and are left out, as
are text boxes, which float beside the article rather than in it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from core.load.extracted import Extracted, FormatError, join_paragraphs
from core.load.package import UNPACKING_ERRORS, open_package

KIND = "a Word document"

# python-docx's XML elements are lxml elements, and lxml ships no type information.
Element = Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_PARAGRAPH, _TABLE, _ROW, _CELL = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
# Block-level wrappers whose content belongs to the body (content controls, custom XML).
_BLOCK_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"})
# What a paragraph shows as text, besides the <w:t> runs.
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
# Subtrees that are not part of the visible, current text.
_HIDDEN = frozenset({
    f"{_W}del", f"{_W}moveFrom", f"{_W}delText", f"{_W}instrText", f"{_W}txbxContent",
    f"{_W}pPr", f"{_W}rPr", f"{_W}footnoteReference", f"{_W}endnoteReference",
    f"{_MC}Fallback",
})


def read(data: bytes) -> Extracted:
    """Return the text of the Word document in ``data``.

    Raises `FormatError` for an encrypted, old-style (.doc), damaged or oversized file.
    """
    open_package(data, KIND).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise FormatError(f"not {KIND}, or the file is damaged") from None
    except (KeyError, ValueError) as error:  # a missing part, a wrong content type
        raise FormatError(f"not {KIND}, or the file is damaged ({_first_line(error)})"
                          ) from None
    except UNPACKING_ERRORS:
        raise FormatError("is damaged (a part of it cannot be unpacked)") from None
    body = document.element.body
    return Extracted(join_paragraphs(_blocks(body)), "utf-8")


def _blocks(container: Element) -> Iterator[str]:
    """Yield the text of each paragraph and table row in ``container``, in order."""
    for child in container:
        if child.tag == _PARAGRAPH:
            yield _paragraph_text(child)
        elif child.tag == _TABLE:
            yield from _table_rows(child)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _blocks(child)


def _table_rows(table: Element) -> Iterator[str]:
    for row in _outermost(table, _ROW):
        cells = (" ".join(_blocks(cell)) for cell in _outermost(row, _CELL))
        yield "\t".join(" ".join(cell.split()) for cell in cells)


def _outermost(element: Element, tag: str) -> Iterator[Element]:
    """Yield the descendants of ``element`` with ``tag`` that are not inside another one.

    Rows and cells may be wrapped in content controls, and a cell may hold a whole table.
    """
    for child in element:
        if child.tag == tag:
            yield child
        elif isinstance(child.tag, str) and child.tag not in _HIDDEN:
            yield from _outermost(child, tag)


def _paragraph_text(paragraph: Element) -> str:
    return "".join(_visible_text(paragraph))


def _visible_text(element: Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag in _CHARACTERS:
            yield _CHARACTERS[tag]
        else:
            yield from _visible_text(child)


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__
