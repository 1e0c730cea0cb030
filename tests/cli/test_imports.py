"""What a comparison of two text files loads: only what it reads, compares and writes.

Each case runs ``compare`` in a fresh interpreter, as ``main.py`` does, and reads
``sys.modules`` afterwards: no Qt, no reader of another format (Word, PDF, web pages, RTF),
no encoding detector for UTF-8 text, no ``regex`` for plain Latin text, and of the report
modules only the writer of the output asked for. (``python -X importtime main.py compare
A.txt B.txt --format json`` shows the same, with the time each import takes.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

# Loaded by no comparison of two UTF-8 text files, whatever it writes.
NEVER = {
    "PySide6": "Qt: the window's, and the PDF printer's",
    "shiboken6": "Qt's bindings",
    "ui": "the window",
    "docx": "the Word reader's library",
    "pypdf": "the PDF reader's library",
    "trafilatura": "the web page reader's library",
    "lxml": "under the web page reader",
    "striprtf": "the RTF reader's library",
    "charset_normalizer": "the encoding detector: UTF-8 needs none",
    "regex": "the script rules: plain Latin text needs none",
    "core.load.docx": "the Word reader",
    "core.load.pdf": "the PDF reader",
    "core.load.html": "the web page reader",
    "core.load.odt": "the OpenDocument reader",
    "core.load.rtf": "the RTF reader",
    "core.report.html": "the HTML report",
    "core.report.html_text": "the HTML report's annotated text",
    "core.report.export": "the export formats",
    "core.report.csv_format": "the CSV export",
    "core.report.pdf_outline": "the PDF bookmarks",
    "core.report.overview_html": "the overview's report",
    "core.report.overview_json": "the overview's JSON",
    "core.report.overview_text": "the overview's summary",
    "core.overview.build": "the overview of many versions",
}


def _loaded(*options: str) -> set[str]:
    """The modules a fresh interpreter holds after ``compare`` of two samples."""
    script = (
        "import json, sys\n"
        "from cli.entry import main\n"
        f"status = main(['compare', {str(SAMPLES / '01-original.txt')!r}, "
        f"{str(SAMPLES / '02-spun.txt')!r}, *{list(options)!r}])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, check=True, timeout=300)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def _of(loaded: set[str], name: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for module in loaded)


@pytest.mark.parametrize(
    ("options", "writer", "unused_writer"),
    [
        pytest.param(["--format", "json"], "core.report.json_format",
                     "core.report.text_format", id="JSON: the JSON writer, not the word diff's"),
        pytest.param(["--format", "text"], "core.report.text_format",
                     "core.report.json_format", id="the word diff: its writer, not the JSON's"),
    ],
)
def test_a_text_comparison_loads_only_what_it_uses(options: list[str], writer: str,
                                                   unused_writer: str) -> None:
    loaded = _loaded(*options)
    assert _of(loaded, "core.compare") and _of(loaded, writer), "the test ran the comparison"
    found = {name: why for name, why in NEVER.items() if _of(loaded, name)}
    assert found == {}, f"loaded without being used: {found}"
    assert not _of(loaded, unused_writer), f"{unused_writer}: not the output asked for"
