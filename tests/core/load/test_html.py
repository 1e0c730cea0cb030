"""`core.load.html`: saved web pages read as their article (boilerplate left out), the
baseline for huge pages, the declared encoding, and single-file (MHTML) pages."""

from __future__ import annotations

import quopri
from pathlib import Path

from core.align.levenshtein import ratio
from core.load.html import HUGE_PAGE, MAX_ELEMENTS
from core.load.loader import load
from tests.core.load.test_formats import (
    ARTICLE,
    HEADLINE,
    MINIMUM_SIMILARITY,
    PARAGRAPHS,
    make_html,
)


def test_web_page_leaves_out_everything_but_the_article(tmp_path: Path) -> None:
    text = load(make_html(tmp_path / "page.html")).text
    for boilerplate in ("Subscribe today", "Mattress sale", "Most read", "Route 9 roadworks",
                        "Privacy policy", "All rights reserved", "dataLayer", "trackPageview",
                        "font-family", "The Alder Falls Courier"):
        assert boilerplate not in text, boilerplate


def test_huge_web_page_is_read_by_the_baseline_with_a_notice(tmp_path: Path) -> None:
    # trafilatura's main extractor is quadratic in the number of elements (43 s at 200,000).
    paragraphs = [f"Paragraph {index} of a page far longer than any news story."
                  for index in range(MAX_ELEMENTS)]
    path = tmp_path / "huge.html"
    path.write_text("<html><body><article>" + "".join(f"<p>{text}</p>" for text in paragraphs)
                    + "</article></body></html>", encoding="utf-8")
    document = load(path)
    assert document.notice == HUGE_PAGE
    assert document.text == "\n\n".join(paragraphs)


def test_web_page_encoding_comes_from_its_declaration(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=windows-1252"></head><body><article><h1>{HEADLINE}</h1>'
            + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article></body></html>")
    path.write_bytes(page.encode("cp1252"))
    document = load(path)
    assert document.encoding == "cp1252"
    assert ratio(document.text, ARTICLE) >= MINIMUM_SIMILARITY


def test_saved_single_file_page_is_read(tmp_path: Path) -> None:
    page = make_html(tmp_path / "page.html").read_bytes()
    boundary = "----MultipartBoundary--abc"
    mhtml = (f"From: <Saved by Blink>\r\nSubject: {HEADLINE.encode('ascii', 'replace').decode()}"
             f"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";"
             f"\r\n\tboundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: text/html\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: https://courier.example/bridge\r\n\r\n").encode("ascii")
    mhtml += quopri.encodestring(page) + f"\r\n--{boundary}--\r\n".encode("ascii")
    (tmp_path / "page.mhtml").write_bytes(mhtml)
    document = load(tmp_path / "page.mhtml")
    assert document.source_format == "mhtml"
    assert ratio(document.text, ARTICLE) >= MINIMUM_SIMILARITY
