"""Saved web pages (.html, .htm, .xhtml, and single-file .mhtml); the one importer of
trafilatura.

A saved news page is mostly not the article: menus, scripts, advertisements, related
stories, comments, footers. trafilatura finds the article's main text and its headline; the
headline is put first, as in the other versions of the article, when the text does not
already begin with it. A page where trafilatura finds no article falls back to its baseline
extractor (JSON-LD article bodies, <article> elements, then paragraphs), so that a simple
hand-written page is read whole. The encoding is taken from a BOM, then the page's own
declaration, then detection (see `core.formats.text`). An .mhtml file is a MIME message whose
first HTML part is the page.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from trafilatura import bare_extraction, baseline
from trafilatura.settings import Document as Extraction

from core.formats import Extracted, FormatError, join_paragraphs
from core.formats.text import decode_markup

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""",
                           re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""")
# lxml refuses text that still declares the encoding it was decoded from.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"\s+")
NO_ARTICLE = "no article text was found in the page"


def read(data: bytes) -> Extracted:
    """Return the headline and main text of the web page in ``data``.

    A page with no text loads empty, with a notice. trafilatura copes with broken markup;
    should it fail anyway, `core.loading` turns its exception into a `LoadError`.
    """
    return _read_html(data, None)


def read_mhtml(data: bytes) -> Extracted:
    """Return the headline and main text of the page saved as one MIME file in ``data``.

    Raises `FormatError` when the file holds no HTML part.
    """
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return _read_html(_payload(part), part.get_content_charset())
    raise FormatError("not a saved web page (the MHTML file holds no HTML part)")


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _read_html(data: bytes, charset: str | None) -> Extracted:
    decoded = decode_markup(data, charset or _declared_charset(data[:4096]))
    page = _XML_DECLARATION.sub("", decoded.text, count=1)
    if not page.strip():
        return Extracted("", decoded.encoding)
    headline, text = _article(page)
    paragraphs = text.split("\n")
    if headline and not _same(paragraphs[0], headline):
        paragraphs.insert(0, headline)
    extracted = join_paragraphs(paragraphs)
    return Extracted(extracted, decoded.encoding, "" if extracted else NO_ARTICLE)


def _article(page: str) -> tuple[str, str]:
    """The headline and main text trafilatura finds, or its baseline's text."""
    document = bare_extraction(page, with_metadata=True, include_comments=False,
                               include_tables=True, include_images=False, include_links=False)
    if not isinstance(document, Extraction):
        document = Extraction()
    if document.text:
        return document.title or "", document.text
    _, text, _ = baseline(page)
    return document.title or "", text


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _same(first: str, headline: str) -> bool:
    def words(text: str) -> str:
        return _SPACES.sub(" ", text).strip().casefold()
    return words(first) == words(headline)
