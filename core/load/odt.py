"""OpenDocument text (.odt) files, read with the standard library alone.

The package is checked like a Word file's (see `core.load.package`), then ``content.xml``
is parsed with ElementTree. The body is read in order — headings, paragraphs, list items,
sections, table rows (cells separated by tabs) — as the document shows it with tracked
changes accepted. Headers and footers live in ``styles.xml`` and are left out, and so are
notes, frames and the record of deleted text. A document type declaration, which a real
``content.xml`` never has and an entity bomb needs, is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

from core.load.extracted import Extracted, FormatError, join_paragraphs
from core.load.package import open_package, read_member

KIND = "an OpenDocument text"

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_ROW, _CELL = f"{_TABLE}table-row", f"{_TABLE}table-cell"
# Subtrees that are not part of the visible, current text.
_HIDDEN = frozenset({
    f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_TEXT}sequence-decls",
    f"{_TABLE}covered-table-cell", f"{_OFFICE}annotation",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
})
_CHARACTERS = {f"{_TEXT}tab": "\t", f"{_TEXT}line-break": "\n"}
_TEXT_MIMETYPES = (b"application/vnd.oasis.opendocument.text",)


def read(data: bytes) -> Extracted:
    """Return the text of the OpenDocument text in ``data``.

    Raises `FormatError` for an encrypted, damaged or oversized file, or another kind of
    OpenDocument file (a spreadsheet, say).
    """
    with open_package(data, KIND) as package:
        names = set(package.namelist())
        if "mimetype" in names:
            mimetype = read_member(package, "mimetype", KIND).strip()
            if not mimetype.startswith(_TEXT_MIMETYPES):
                raise FormatError(f"not {KIND} (it is {mimetype.decode('ascii', 'replace')})")
        manifest = "META-INF/manifest.xml"
        if manifest in names and b"encryption-data" in read_member(package, manifest, KIND):
            raise FormatError("is encrypted with a password: remove the protection first")
        content = read_member(package, "content.xml", KIND)
    body = _parse(content).find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise FormatError(f"not {KIND}, or the file is damaged (it has no text body)")
    try:
        return Extracted(join_paragraphs(_blocks(body)), "utf-8")
    except RecursionError:
        raise FormatError("is damaged (its content is nested too deeply)") from None


def _parse(content: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in content[:4096] or b"<!ENTITY" in content:
        raise FormatError("is damaged or hostile (content.xml declares entities)")
    try:
        return ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        raise FormatError(f"is damaged (content.xml: {error})") from None


def _blocks(container: ElementTree.Element) -> Iterator[str]:
    """Yield the text of each paragraph and table row in ``container``, in order."""
    for child in container:
        if child.tag in _PARAGRAPHS:
            yield "".join(_inline_text(child))
        elif child.tag == f"{_TABLE}table":
            yield from _table_rows(child)
        elif child.tag not in _HIDDEN:
            yield from _blocks(child)  # lists, list items, sections


def _table_rows(table: ElementTree.Element) -> Iterator[str]:
    for row in _outermost(table, _ROW):
        cells = (" ".join(_blocks(cell)) for cell in _outermost(row, _CELL))
        yield "\t".join(" ".join(cell.split()) for cell in cells)


def _outermost(element: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """Yield the descendants of ``element`` with ``tag`` that are not inside another one."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag not in _HIDDEN:
            yield from _outermost(child, tag)


def _inline_text(element: ElementTree.Element) -> Iterator[str]:
    """Yield a paragraph's text: runs, spaces, tabs and line breaks, without notes."""
    yield element.text or ""
    for child in element:
        if child.tag in _CHARACTERS:
            yield _CHARACTERS[child.tag]
        elif child.tag == f"{_TEXT}s":
            yield " " * _count(child.get(f"{_TEXT}c"))
        elif child.tag not in _HIDDEN:
            yield from _inline_text(child)
        yield child.tail or ""


def _count(value: str | None) -> int:
    # A hostile file could ask for a billion spaces; a real one never needs many.
    try:
        return min(max(1, int(value or "1")), 100)
    except ValueError:
        return 1
