"""`core.load.odt`: the visible, current text of an OpenDocument text, paragraph by paragraph.

Each row is the body of a ``content.xml``, written into a file by `make_odt`, and the text
read from it (what the cross-format table of `tests.core.load.test_formats` does not show).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.load import odt
from core.load.extracted import FormatError
from tests.core.load.test_formats import _odt_content, make_odt


@pytest.mark.parametrize(
    ("body", "text"),
    [
        pytest.param("<text:h>Title</text:h><text:p>One <text:span>two</text:span></text:p>",
                     "Title\n\nOne two", id="headings and paragraphs, a blank line apart"),
        pytest.param("<text:p>Line<text:line-break/>next<text:tab/>tabbed</text:p>",
                     "Line\nnext\ttabbed", id="a line break and a tab inside a paragraph"),
        pytest.param('<text:p>a<text:s text:c="3"/>b</text:p>', "a   b",
                     id="a run of spaces written as one element"),
        pytest.param("<table:table><table:table-row><table:table-cell><text:p>a</text:p>"
                     "</table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell>"
                     "</table:table-row></table:table>", "a\tb",
                     id="a table row: its cells a tab apart"),
        pytest.param("<text:p>Kept<text:note><text:note-body><text:p>a footnote</text:p>"
                     "</text:note-body></text:note> text</text:p>", "Kept text",
                     id="footnotes are left out"),
        pytest.param("<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted"
                     "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                     "<text:p>Current</text:p>", "Current",
                     id="tracked deletions are left out: the text as it stands"),
    ],
)
def test_read(tmp_path: Path, body: str, text: str) -> None:
    extracted = odt.read(make_odt(tmp_path / "story.odt", _odt_content(body)).read_bytes())
    assert (extracted.text, extracted.encoding) == (text, "utf-8")


def test_another_kind_of_opendocument_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.ods"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", _odt_content(""))
    with pytest.raises(FormatError, match="not an OpenDocument text .it is application/vnd"):
        odt.read(path.read_bytes())
