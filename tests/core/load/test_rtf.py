"""`core.load.rtf`: the text of an RTF document, decoded in the code page it names.

Each row is a small RTF document and the text and encoding read from it (what the
cross-format table of `tests.core.load.test_formats` does not show).
"""

from __future__ import annotations

import pytest

from core.load import rtf
from core.load.extracted import FormatError


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(rb"{\rtf1\ansi Caf\'e9 \u8364? cost\par}", "Café € cost", "cp1252",
                     id="no code page named: Windows-1252; a \\u escape is any character"),
        pytest.param(rb"{\rtf1\ansi\ansicpg1251 \'cc\'fd\'f0 said.\par Next\par}",
                     "Мэр said.\n\nNext", "cp1251",
                     id="the code page named decodes the escaped bytes; \\par ends a paragraph"),
        pytest.param(rb"{\rtf1 a\cell b\cell\row\par}", "a\tb", "cp1252",
                     id="a table row: its cells a tab apart"),
        pytest.param(rb'{\rtf1 Read {\field{\*\fldinst HYPERLINK "https://x.example"}'
                     rb"{\fldrslt the report}} now.\par}", "Read the report now.", "cp1252",
                     id="a link reads as its words, not its address"),
        pytest.param(rb"{\rtf1\ansi\ansicpg10000 Caf\'e9\par}", "Café", "cp1252",
                     marks=pytest.mark.xfail(
                         strict=True, raises=AssertionError,
                         reason="today's loader: striprtf reads \\ansicpg itself and, for a code "
                                "page Python does not know, decodes \\'e9 as UTF-8: 'Caf\\ufffd'"),
                     id="a code page Python does not know (10000, Mac Roman): Windows-1252, "
                        "RTF's default, as documented"),
    ],
)
def test_read(data: bytes, text: str, encoding: str) -> None:
    extracted = rtf.read(data)
    assert (extracted.text, extracted.encoding) == (text, encoding)


def test_text_that_is_not_rtf_is_refused() -> None:
    with pytest.raises(FormatError, match=r"not an RTF document \(it does not begin with"):
        rtf.read(b"Plain text named .rtf")
