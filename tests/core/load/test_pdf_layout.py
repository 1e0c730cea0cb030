"""The PDF layout rules, one by one: running heads, page numbers, paragraphs, hyphenation.

Lines are given as a PDF's text layer gives them, with positions (``y`` grows up the page)
or without; `core.load.pdf_layout.to_text` must return the article's paragraphs.
"""

from __future__ import annotations

import pytest

from core.load import pdf_layout
from core.load.pdf_layout import Line


def _page(*texts: str, top: float = 800.0, gap: float = 12.0) -> list[Line]:
    return [Line(text, 40.0, top - index * gap, 10.0) for index, text in enumerate(texts)]


FULL = "a line of body text that runs all the way to the margin"
ALSO = "another line of body text that runs as far as the margin"


@pytest.mark.parametrize(
    ("pages", "expected", "reason"),
    [
        ([_page(FULL, ALSO), _page(ALSO, "the end.")], f"{FULL} {ALSO} {ALSO} the end.",
         "lines of a paragraph joined with spaces, across pages"),
        ([_page("Daily Courier", f"{FULL} {n}", f"{ALSO} {n}") for n in "abcd"],
         " ".join(f"{FULL} {n} {ALSO} {n}" for n in "abcd"),
         "a running head on every page of four is dropped"),
        ([_page("Daily Courier", FULL, ALSO), _page("Daily Courier", ALSO, "two.")],
         f"Daily Courier {FULL} {ALSO} Daily Courier {ALSO} two.",
         "two pages are too few for running heads: a line on both is text"),
        ([_page("Same words.", FULL, "end.") for _ in range(3)],
         "\n\n".join([f"Same words.\n\n{FULL} end."] * 3),
         "three pages saying the same: every line is text"),
        ([_page("Same words.", FULL, "end.") for _ in range(5)],
         "\n\n".join([f"Same words.\n\n{FULL} end."] * 5),
         "five pages saying the same: no body differs, so nothing is a running head"),
        ([_page("- 1 -", FULL), _page("- 2 -", "end.")], f"{FULL} end.",
         "page numbers go on a short document too"),
        ([_page(FULL, ALSO, "- 1 -"), _page(ALSO, "two.", "Page 2 of 2")],
         f"{FULL} {ALSO} {ALSO} two.", "page numbers in their forms are dropped"),
        ([_page(FULL, "ALSO", "end."), _page(FULL, "more.", top=700)],
         f"{FULL} ALSO end.\n\n{FULL} more.",
         "a line at the top of both pages, but not at the same height, is body text"),
        ([_page(FULL, f"{ALSO[:-10]}."), _page(ALSO, "more.")],
         f"{FULL} {ALSO[:-10]}.\n\n{ALSO} more.",
         "a sentence ending short of the margin at a page's foot ends the paragraph"),
        ([_page("Page 3", FULL)], FULL, "a lone page number at the top is dropped"),
        ([_page(f"{FULL} extra-", "ordinary end.")], f"{FULL} extraordinary end.",
         "a word hyphenated at the line's end is joined"),
        ([_page(f"{FULL} well-known and well-", "known again.")],
         f"{FULL} well-known and well-known again.",
         "a compound the text writes with a hyphen keeps it"),
        ([_page(f"{FULL} Franco-", "German talks, 1990-", "1995.")],
         f"{FULL} Franco-German talks, 1990-1995.",
         "before a capital or a digit the hyphen is part of the compound"),
        ([_page(f"{FULL} extra\u00ad", "Ordinary end.")], f"{FULL} extraOrdinary end.",
         "a soft hyphen always goes"),
        ([_page(FULL, "short one.", FULL)], f"{FULL} short one.\n\n{FULL}",
         "a short line ending a sentence ends the paragraph"),
        ([[Line(FULL, 40, 800, 10), Line(FULL, 40, 788, 10), Line(FULL, 40, 770, 10)]],
         f"{FULL} {FULL}\n\n{FULL}", "a wider gap between lines ends the paragraph"),
        ([[Line("Big headline", 40, 800, 20), Line(FULL, 40, 776, 10)]],
         f"Big headline\n\n{FULL}", "a change of type size ends the paragraph"),
        ([[Line(f"{FULL}.", 40, 800, 10), Line(FULL, 55, 788, 10), Line(FULL, 40, 776, 10)]],
         f"{FULL}.\n\n{FULL} {FULL}", "an indented first line starts a paragraph"),
        ([[Line("ﬁnal ﬂood", None, None, None)]], "final flood", "ligatures unfolded"),
        ([[Line("tabs\tand  spaces", None, None, None)]], "tabs and spaces",
         "white space inside a line is one space"),
    ],
)
def test_pdf_layout(pages: list[list[Line]], expected: str, reason: str) -> None:
    assert pdf_layout.to_text(pages) == expected, reason
