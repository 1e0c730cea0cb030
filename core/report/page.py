"""The shape of the annotated report: its layout and its paper, named before anything is drawn.

The command line offers these as choices and the window as menu items; they live apart from
`core.report.html`, which draws the report, so that declaring the choices loads nothing of it.
"""

from __future__ import annotations

import enum


class Layout(enum.Enum):
    """How the annotated text is laid out."""

    REDLINE = "redline"
    SIDE_BY_SIDE = "side-by-side"


class PageSize(enum.Enum):
    """Paper sizes offered for printing and PDF export."""

    A4 = "A4"
    LETTER = "Letter"
