"""Where a change stands, for a reader of a list of changes: its paragraph and the words around.

A change's place is said on the side it has text on: NEW's for an addition or a
substitution, OLD's for an omission (NEW has nothing there). The paragraph is numbered
from 1 on each side (`core.text.paragraphs`: blank lines number none); the context is the
few words just before and just after the change, within its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.model import Change, ChangeKind, Comparison, Side
from core.text.paragraphs import paragraphs

# How many words of context on each side of a change.
CONTEXT_WORDS = 5
# How far back and on to look for them: words are short, and a paragraph ends at a newline.
_REACH = 40 * CONTEXT_WORDS
_WORD = re.compile(r"\S+")


class Places:
    """The paragraphs of both versions of one comparison, found once, and what a change's
    place is in them."""

    def __init__(self, comparison: Comparison) -> None:
        self._texts = {Side.OLD: comparison.old.text, Side.NEW: comparison.new.text}
        self._starts = {side: [start for start, _ in paragraphs(text)]
                        for side, text in self._texts.items()}

    def paragraph(self, side: Side, position: int) -> int:
        """The number (from 1) of the paragraph of ``side`` that ``position`` falls in or
        follows; 0 when none starts before it."""
        return bisect_right(self._starts[side], position)

    def context(self, change: Change) -> tuple[str, str]:
        """Up to `CONTEXT_WORDS` words before and after ``change``, on the side it has text
        on (OLD for an omission), within its paragraph."""
        side = Side.OLD if change.kind is ChangeKind.OMISSION else Side.NEW
        start, end = change.range_on(side)
        text = self._texts[side]
        before = text[max(0, start - _REACH):start].rsplit("\n", 1)[-1]
        after = text[end:end + _REACH].split("\n", 1)[0]
        return (" ".join(_WORD.findall(before)[-CONTEXT_WORDS:]),
                " ".join(_WORD.findall(after)[:CONTEXT_WORDS]))
