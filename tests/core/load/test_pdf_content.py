"""`core.load.pdf_content`: the cutter that keeps only the text operations of a PDF content
stream (the rest of PDF reading: `tests.core.load.test_pdf`)."""

from __future__ import annotations

import pytest

from core.load.pdf_content import parse_text_operations


def _operators(data: bytes) -> list[bytes] | None:
    operations = parse_text_operations(data)
    return None if operations is None else [operator for _, operator in operations]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"0 0 1 rg 10 10 m 20 20 l S BT /F1 12 Tf (a) Tj ET",
                     [b"BT", b"Tf", b"Tj", b"ET"], id="paths and colours are cut out"),
        pytest.param(b"q 1 0 0 1 5 5 cm /GS1 gs Q BT (a) Tj ET", [b"BT", b"Tj", b"ET"],
                     id="a save that only moves and restores leaves no trace"),
        pytest.param(b"q 1 0 0 1 5 5 cm BT (a) Tj ET Q",
                     [b"q", b"cm", b"BT", b"Tj", b"ET", b"Q"], id="a save around text stays"),
        pytest.param(b"q q 1 0 0 1 5 5 cm Q BT (a) Tj ET Q", [b"q", b"BT", b"Tj", b"ET", b"Q"],
                     id="only the empty inner save goes"),
        pytest.param(b"BT q 1 0 0 1 5 5 cm Q (a) Tj ET", [b"BT", b"q", b"cm", b"Q", b"Tj", b"ET"],
                     id="inside a text object a save stays: pypdf flushes the line at cm"),
        pytest.param(b"BT (1 0 0 rg q Q ET) Tj ET", [b"BT", b"Tj", b"ET"],
                     id="operators inside a string are text"),
        pytest.param(b"BT (a (b (c)) d\\) e) Tj ET", [b"BT", b"Tj", b"ET"],
                     id="balanced and escaped parentheses in a string"),
        pytest.param(b"BT [(a) -250 (b)] TJ <0041> Tj ET", [b"BT", b"TJ", b"Tj", b"ET"],
                     id="arrays and hex strings"),
        pytest.param(b"BT/F1 9 Tf[(a)-3(b)]TJ 0 -12 Td[(c)]TJ ET",
                     [b"BT", b"Tf", b"TJ", b"Td", b"TJ", b"ET"],
                     id="no space before operators, as pdfTeX writes"),
        pytest.param(b"/Span <</MCID 0 /Alt (x)>> BDC BT (a) Tj ET EMC % note (\n/X0 Do",
                     [b"BT", b"Tj", b"ET", b"Do"], id="marked content and comments skipped"),
        pytest.param(b"BT [" + b"(a) -250 " * 10_000 + b"] TJ ET", [b"BT", b"TJ", b"ET"],
                     id="a long array is read in one pass"),
        pytest.param(b"0 0 1 rg 10 10 m 20 20 l S [3 1]0 d BT /F1 12 Tf <41> Tj ET",
                     [b"BT", b"Tf", b"Tj", b"ET"],
                     id="no literal strings: split at white space, paths cut out"),
        pytest.param(b"q 1 0 0 1 5 5 cm Q q BT/F1 9 Tf[<41>-3<42>]TJ/X Do ET Q",
                     [b"q", b"BT", b"Tf", b"TJ", b"Do", b"ET", b"Q"],
                     id="split: brackets and names that touch their neighbours"),
        pytest.param(b"BT <41 42> Tj ET", [b"BT", b"Tj", b"ET"],
                     id="a hex string with a space inside: the regular expression reads it"),
        pytest.param(b"BT <41> Tj ET 1 2", None, id="split: operands after the last operator"),
        pytest.param(b"BT (a(b(c(d)))) Tj ET", None, id="a string nested deeper: pypdf reads"),
        pytest.param(b"BI /W 1 /H 1 /BPC 8 ID \x00\xff) EI BT (a) Tj ET", None,
                     id="an inline image: pypdf reads"),
        pytest.param(b"BT ) Tj ET", None, id="a stray bracket: pypdf reads"),
        pytest.param(b"1 " * 20_000 + b"[1 2", None,
                     id="operands without an operator and an open array: given up at once"),
    ],
)
def test_cutter(content: bytes, expected: list[bytes] | None) -> None:
    assert _operators(content) == expected
