"""Finding a string in the panes: every match in both versions, in reading order.

Pure Python. A search looks in each pane in sight (OLD and NEW side by side, or the one redline
pane), ignoring case unless asked. The matches of both sides are put in one reading order:
a match in OLD stands where its place maps to in NEW (through the edit script, as synced
scrolling maps the panes), a tie going to OLD, so "next" walks down the text once, looking at
both versions side by side. Stepping goes round at either end, as editors do; `wrapped` then
says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from heapq import merge


@dataclass(frozen=True, order=True)
class Match:
    """One match: where it stands in reading order, the pane (an index) and its range."""

    key: int
    pane: int
    start: int
    end: int


def find_all(text: str, needle: str, match_case: bool = False) -> list[tuple[int, int]]:
    """The ranges of ``needle`` in ``text``, left to right, not overlapping."""
    if not needle:
        return []
    flags = 0 if match_case else re.IGNORECASE
    return [found.span() for found in re.finditer(re.escape(needle), text, flags)]


class SearchResults:
    """The matches of one search in every pane searched, and which one is current."""

    def __init__(self, texts: Sequence[str], needle: str, match_case: bool = False,
                 reading: Sequence[Callable[[int], int]] = ()) -> None:
        """Search each of ``texts``; ``reading[i]`` maps a position of pane ``i`` to its place
        in reading order (the identity when not given)."""
        self.needle = needle
        per_pane = []
        for pane, text in enumerate(texts):
            key = reading[pane] if pane < len(reading) else _same
            per_pane.append([Match(key(start), pane, start, end)
                             for start, end in find_all(text, needle, match_case)])
        self.matches: list[Match] = list(merge(*per_pane))
        self.current: int | None = None
        self.wrapped = False

    def __len__(self) -> int:
        return len(self.matches)

    @property
    def match(self) -> Match | None:
        return self.matches[self.current] if self.current is not None else None

    def ranges_in(self, pane: int) -> list[tuple[int, int]]:
        """The ranges of the matches in pane ``pane``."""
        return [(match.start, match.end) for match in self.matches if match.pane == pane]

    def start_from(self, key: int) -> Match | None:
        """Make current the first match at or after reading place ``key`` (the first of all
        when none is after it: round the end), as a search starts from what is in sight."""
        if not self.matches:
            self.current = None
            return None
        index = next((i for i, match in enumerate(self.matches) if match.key >= key), 0)
        self.current = index
        self.wrapped = False
        return self.matches[index]

    def step(self, delta: int) -> Match | None:
        """The next (``delta`` 1) or previous (-1) match, going round at the ends."""
        self.wrapped = False
        if not self.matches:
            return None
        if self.current is None:
            self.current = 0 if delta > 0 else len(self.matches) - 1
            return self.matches[self.current]
        index = self.current + delta
        self.wrapped = not 0 <= index < len(self.matches)
        self.current = index % len(self.matches)
        return self.matches[self.current]


def _same(position: int) -> int:
    return position
