"""One count everywhere: on samples 01 → 04, all six views give the comparison's `Counts`.

Issue 13 measured the status bar saying "1 omission · 1 addition · 1 move" while the word
diff and the HTML/PDF summary said "2 omissions, 2 additions" and a moved passage. Each view
is read back here as its reader sees it: the status bar's label in the window, the word
diff's first line, the figures of the HTML report, the text of the PDF report, the CSV's
rows counted by ``counted_as`` (a move's two rows once) and the JSON's ``"counts"``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.load.loader import load
from core.model import Comparison, Counts
from core.report.csv_format import to_csv
from core.report.export import export
from core.report.html import to_html
from core.report.json_format import to_json
from core.report.text_format import to_text
from tests.ui.conftest import open_and_wait
from ui.export.pdf_printer import print_pdf
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PAIR = (ROOT / "resources" / "samples" / "01-original.txt",
        ROOT / "resources" / "samples" / "04-edited.txt")
# One paragraph added, one dropped, one moved, six words swapped, nothing only formatted.
EXPECTED = Counts(substitutions=6, omissions=1, additions=1, moves=1, formatting=0)

# The words of each count: in the status bar and the word diff, and in the reports' figures.
_PHRASE = re.compile(r"(\d+) (substitution|omission|addition|move|formatting change)s?\b")
_FIGURE = re.compile(r"(\d[\d,]*) (substitutions|omissions|additions|moved passages|"
                     r"formatting-only changes)")
_FIELDS = {"substitution": "substitutions", "omission": "omissions", "addition": "additions",
           "move": "moves", "formatting change": "formatting", "substitutions": "substitutions",
           "omissions": "omissions", "additions": "additions", "moved passages": "moves",
           "formatting-only changes": "formatting"}


def _counts(pattern: re.Pattern[str], text: str) -> Counts:
    """The counts ``text`` states, each the first time it does (absent: zero)."""
    found: dict[str, int] = {}
    for number, words in pattern.findall(text):
        found.setdefault(_FIELDS[words], int(number.replace(",", "")))
    return Counts(**found)


def _csv_counts(text: str) -> Counts:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    headings = Counter(row["counted_as"] for row in rows if row["counted_as"] != "move")
    moves = {row["move"] for row in rows if row["counted_as"] == "move"}
    return Counts(headings["substitution"], headings["omission"], headings["addition"],
                  len(moves), headings["formatting"])


def _pdf_summary(comparison: Comparison, folder: Path) -> str:
    """The text of the PDF report's pages, white space collapsed, read back by the loader."""
    target = folder / "report.pdf"
    export(comparison, target, print_pdf=print_pdf)
    return " ".join(load(target).text.split())


def test_every_view_gives_the_same_counts(qtbot: QtBot, window: MainWindow,
                                          tmp_path: Path) -> None:
    open_and_wait(qtbot, window, PAIR)
    comparison = window.view.comparison
    assert comparison is not None
    summary = to_text(comparison).split("\n", 1)[0]
    seen = {
        "status bar": _counts(_PHRASE, window.status.counts.full_text()),
        "word diff": _counts(_PHRASE, summary.split("similarity", 1)[1]),
        "HTML summary": _counts(_FIGURE, to_html(comparison).replace(
            '</span><br><span class="figure-label">', " ")),
        "PDF summary": _counts(_FIGURE, _pdf_summary(comparison, tmp_path)),
        "CSV": _csv_counts(to_csv(comparison)),
        "JSON": Counts(**json.loads(to_json(comparison))["counts"]),
    }
    assert comparison.counts == EXPECTED
    assert seen == dict.fromkeys(seen, EXPECTED)
