"""The shape of the annotated report: its layout, its paper and what it holds, named before
anything is drawn.

The command line offers these as choices and the window as menu items; they live apart from
`core.report.html`, which draws the report, so that declaring the choices loads nothing of it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Layout(enum.Enum):
    """How the annotated text is laid out."""

    REDLINE = "redline"
    SIDE_BY_SIDE = "side-by-side"


class PageSize(enum.Enum):
    """Paper sizes offered for printing and PDF export."""

    A4 = "A4"
    LETTER = "Letter"


@dataclass(frozen=True)
class ReportOptions:
    """What a report holds besides the comparison.

    ``pattern_tables``: the content and formatting patterns on the summary page;
    ``formatting``: formatting-only changes marked in the text (off, as the window shows them
    when hidden: NEW's text, unmarked; and no formatting patterns); ``date`` and ``note``: a
    date and the editor's note on the summary page (left out when empty).
    """

    pattern_tables: bool = True
    formatting: bool = True
    date: str = ""
    note: str = ""


FULL_REPORT = ReportOptions()  # everything, no date, no note
