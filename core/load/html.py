"""Saved web pages (.html, .htm, .xhtml, and single-file .mhtml); the one importer of
trafilatura.

A saved news page is mostly not the article: menus, scripts, advertisements, related
stories, comments, footers. trafilatura finds the article's main text and its headline; the
headline is put first, as in the other versions of the article, when the text does not
already begin with it. A page where trafilatura finds no article falls back to its baseline
extractor (JSON-LD article bodies, <article> elements, then paragraphs), so that a simple
hand-written page is read whole; a page too large for trafilatura's main extractor (whose
time grows with the square of its size) is read paragraph by paragraph, with a notice. The
encoding is taken from a BOM, then the page's own declaration unless the bytes belie it (a
notice then says so), then detection (see `core.load.text`). An .mhtml file is a MIME
message whose first HTML part is the page.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import Message
from itertools import islice
from typing import Any

from trafilatura import bare_extraction, baseline, load_html
from trafilatura.metadata import extract_title
from trafilatura.settings import Document as Extraction

from core.load.extracted import Extracted, FormatError, join_paragraphs
from core.load.text import decode_markup

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""",
                           re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""")
# lxml refuses text that still declares the encoding it was decoded from.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"\s+")
NO_ARTICLE = "no article text was found in the page"
# trafilatura's main extractor takes time growing with the square of a page's elements: a
# second at 40,000. A news page has a few thousand; a larger one is read by the baseline.
MAX_ELEMENTS = 30_000
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                     "td", "th", "dd", "dt", "figcaption", "caption"})
_FURNITURE = frozenset({"head", "script", "style", "noscript", "template", "nav", "header",
                        "footer", "aside", "form", "svg", "button", "select"})
HUGE_PAGE = ("a very large page: its text was taken from its paragraphs, without the finer "
             "removal of menus and advertisements")


def read(data: bytes) -> Extracted:
    """Return the headline and main text of the web page in ``data``.

    A page with no text loads empty, with a notice. trafilatura copes with broken markup;
    should it fail anyway, `core.load.loader` turns its exception into a `LoadError`.
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
    headline, text, notice = _article(page)
    paragraphs = text.split("\n")
    if headline and not any(_same(paragraph, headline) for paragraph in paragraphs[:3]):
        paragraphs.insert(0, headline)
    extracted = join_paragraphs(paragraphs)
    notices = (decoded.notice, notice if extracted else NO_ARTICLE)
    return Extracted(extracted, decoded.encoding, "; ".join(part for part in notices if part))


def _article(page: str) -> tuple[str, str, str]:
    """The headline and main text trafilatura finds, or its baseline's text, and a notice.

    Only the headline is asked of the metadata: the rest (dates above all) would cost up to
    seconds per page, parsing every date-like string in every language.
    """
    tree = load_html(page)
    headline = (extract_title(tree) if tree is not None else None) or ""
    if tree is not None and _more_than(tree.iter(), MAX_ELEMENTS):
        return headline, "\n".join(_outermost_blocks(tree)), HUGE_PAGE
    document = bare_extraction(page if tree is None else tree, include_comments=False,
                               include_tables=True, include_images=False, include_links=False)
    if isinstance(document, Extraction) and document.text:
        return headline, document.text, ""
    return headline, baseline(page)[1], ""


def _outermost_blocks(root: Any) -> Iterator[str]:
    """The text of each outermost paragraph-like element, in order, outside page furniture.

    A walk with its own stack: linear in the page's size, however deep its nesting.
    """
    stack = [root]
    while stack:
        element = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _FURNITURE:
            continue
        if tag in _BLOCKS:
            yield " ".join(element.text_content().split())
        else:
            stack.extend(reversed(element))


def _more_than(items: Iterator[object], limit: int) -> bool:
    return next(islice(items, limit, None), None) is not None


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _same(first: str, headline: str) -> bool:
    def words(text: str) -> str:
        return _SPACES.sub(" ", text).strip().casefold()
    return words(first) == words(headline)
