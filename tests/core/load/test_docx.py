"""`core.load.docx`: what a Word file holds beyond the cross-format table of
`tests.core.load.test_formats` (tracked changes)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from core.load.loader import load


def test_word_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The council ")
    # python-docx has no API for tracked changes: the revisions are written as XML.
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:t xml:space=\"preserve\">narrowly </w:t></w:r></w:ins>"))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:delText xml:space=\"preserve\">easily </w:delText></w:r></w:del>"))
    paragraph.add_run("approved the plan.")
    document.save(str(tmp_path / "tracked.docx"))
    assert load(tmp_path / "tracked.docx").text == "The council narrowly approved the plan."
