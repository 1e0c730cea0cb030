"""From the runs of text PDFium finds on a PDF page to the page's lines (pure Python).

PDFium cuts a page's text into runs, each on one baseline, where it sees a line end; but
it decides from the whole page whether lines run across or down it, and on a page that is
mostly a table of short cells (the pattern table of our own report) it guesses "down" and
ends a run at nearly every glyph that Qt draws on its own. So runs are taken as pieces of
lines: a run that continues the one before on the same baseline, to its right, joins it,
with a space if a gap is left between them. Runs that start outside the page's visible box
are left out first, and every position is turned into the frame of the page's text.

"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.load.pdf_layout import Line

# Points a run may start beyond the page's edge and still count as on the page.
SLACK = 2.0
# Two runs share a baseline when their baselines lie closer than this, in type sizes.
SAME_BASELINE = 0.25
# A run continues the one before when it starts no further back than this (type sizes),
# and a space is put between them when the gap is wider than this (a letter's gap is
# nearly nothing, a word's about a quarter of the type size).
OVERLAP = 0.25
WORD_GAP = 0.12

# The box a page shows: left, bottom, right, top.
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Run:
    """A run of text on one baseline, as the page places it: where its first character
    stands (``x``, ``y``, ``y`` growing up the page), where its last one ends along the
    baseline (``end_x``, ``end_y``), its type size and the angle of its baseline in degrees.
    Positions are None when PDFium could not give them."""

    text: str
    x: float | None = None
    y: float | None = None
    end_x: float | None = None
    end_y: float | None = None
    size: float | None = None
    angle: float = 0.0


def page_lines(runs: Sequence[Run], box: Box | None) -> list[Line]:
    """The page's visible lines, placed in the frame of the page's text.

    Runs that start outside ``box`` (the page's crop box; every run is kept when it is
    None) are left out: printing software (Qt's among them) draws a line that straddles a
    page break on both pages and lets the page's edge hide it on one of them, but the text
    layer keeps it.
    """
    left, bottom, right, top = box or (-math.inf, -math.inf, math.inf, math.inf)
    visible = [run for run in runs
               if run.x is None or run.y is None
               or (left - SLACK <= run.x <= right + SLACK
                   and bottom - SLACK <= run.y <= top + SLACK)]
    angle = usual_angle(run.angle for run in visible if run.x is not None)
    lines: list[_Joining] = []
    for framed in (_in_frame(run, angle) for run in visible):
        if lines and lines[-1].continues(framed):
            lines[-1].add(framed)
        else:
            lines.append(_Joining(framed))
    return [line.line() for line in lines]


@dataclass(frozen=True)
class _Framed:
    """A run, or runs joined, in the page's frame: ``x`` to ``end`` along the baseline at
    height ``y``."""

    text: str
    x: float | None
    y: float | None
    end: float | None
    size: float | None
    angle: int


def usual_angle(angles: Iterable[float]) -> float:
    """The angle, of ``angles`` (in degrees), at which most of a page's runs go."""
    counted = Counter(round(angle) % 360 for angle in angles)
    return float(counted.most_common(1)[0][0]) if counted else 0.0


def _in_frame(run: Run, angle: float) -> _Framed:
    """``run`` with its positions turned by ``-angle``, so that the page's text runs left to
    right and its lines go down the page."""
    own = round(run.angle) % 360
    if run.x is None or run.y is None:
        return _Framed(run.text, None, None, None, run.size, own)
    x, y = _turned(run.x, run.y, angle)
    end = None
    if run.end_x is not None and run.end_y is not None:
        end = _turned(run.end_x, run.end_y, angle)[0]
    return _Framed(run.text, x, y, end, run.size, own)


def _turned(x: float, y: float, angle: float) -> tuple[float, float]:
    if not angle:
        return x, y
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return x * cos + y * sin, y * cos - x * sin


class _Joining:
    """A line being joined from runs; its place is its first run's."""

    def __init__(self, first: _Framed) -> None:
        self._first = first
        self._parts = [first.text]
        self._end = first.end

    def continues(self, run: _Framed) -> bool:
        """Whether ``run`` goes on along the line's baseline, to its right."""
        first = self._first
        if (first.y is None or run.y is None or self._end is None or run.x is None
                or first.angle != run.angle):
            return False
        size = max(first.size or 0.0, run.size or 0.0)
        return (size > 0 and abs(run.y - first.y) <= SAME_BASELINE * size
                and run.x >= self._end - OVERLAP * size)

    def add(self, run: _Framed) -> None:
        """Join ``run`` (one that `continues` the line) to the line."""
        assert self._end is not None and run.x is not None  # see `continues`
        size = max(self._first.size or 0.0, run.size or 0.0)
        if run.x - self._end > WORD_GAP * size:
            self._parts.append(" ")
        self._parts.append(run.text)
        self._end = self._end if run.end is None else max(self._end, run.end)

    def line(self) -> Line:
        first = self._first
        return Line("".join(self._parts), first.x, first.y, first.size)
