"""How many lines each paragraph of a pane wraps to, known before Qt lays it out.

A `QPlainTextEdit` lays a block out only when it is needed and counts every other block as one line,
so on a book whose chapters are single paragraphs the scroll bar first spans a tenth of the text and
grows as chapters come into sight (Mark's OLD pane: 143 lines, then 217, then 1,218, of about 1,700
in a 1280-pixel window). `LineEstimate` sets each block that Qt has not laid out yet to the number
of lines it will wrap to: its words set one after another at their widths in the pane's font,
wrapped where the next word no longer fits, as Qt wraps them. A word's width is the sum of its
characters' widths, measured once per font (kerning makes that a hair too wide, about a line in
400), so the scroll bar is within a line or two of its final length from the start, and Qt's own
count replaces the estimate, block by block, as blocks are laid out. The counts are also the line
positions the change map draws from (`line_starts`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, chain, repeat
from operator import add
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QPlainTextEdit


def wrapped_lines(text: str, width: float, widths: Mapping[str, float], space: float) -> int:
    """How many lines of ``width`` a paragraph wraps to at word boundaries (at least one).

    ``widths`` holds the width of every word of ``text`` (split at spaces; "" is the width
    of nothing, for a run of spaces). Spaces hang at the end of a line and a word wider than
    a line is broken anywhere, as in Qt's ``WrapAtWordBoundaryOrAnywhere``.
    """
    if not text:
        return 1
    return lines_at(Paragraph.of(text.split(" "), widths, space), width, space)


class Paragraph(NamedTuple):
    """A paragraph's words as `lines_at` reads them: each word's width, and the running
    widths, ``ends[k]`` being the width of words 0..k-1, each with the space after it."""

    words: list[float]
    ends: list[float]

    @classmethod
    def of(cls, words: list[str], widths: Mapping[str, float], space: float) -> Paragraph:
        measured = list(map(widths.__getitem__, words))
        return cls(measured, list(accumulate(map(add, measured, repeat(space)), initial=0.0)))


def lines_at(paragraph: Paragraph, width: float, space: float) -> int:
    """How many lines of ``width`` the paragraph wraps to (see `wrapped_lines`). A line is
    found by one search in the running widths, not word by word: a book has a hundred
    thousand words, and a pane estimates them again at each new width."""
    if width <= 0:
        return 1
    words, ends = paragraph
    lines, first, count = 0, 0, len(words)
    used = 0.0  # taken on the open line by the end of a word broken over lines
    while first < count:
        # the words first..last-1 fit: the last one's trailing space left out
        last = bisect_right(ends, ends[first] + width + space - used) - 1
        if last > first:
            lines, first, used = lines + 1, last, 0.0
        elif used > 0:  # not after the broken word's end: on a new line
            lines, used = lines + 1, 0.0
        else:  # a word wider than a line, broken anywhere: full lines, and its end
            lines += int(words[first] // width)
            used = words[first] % width + space
            first += 1
    return max(1, lines + (used > 0))


def line_starts(counts: Sequence[int]) -> list[int]:
    """The first line of each paragraph, and the total last: ``[0, c0, c0 + c1, ...]``."""
    return [0, *accumulate(counts)]


class WordWidths:
    """The widths of words in one font, measured once (shared by the panes: OLD and NEW have
    most of their words in common)."""

    def __init__(self) -> None:
        self._font_key = ""
        self._metrics: QFontMetricsF | None = None
        self._chars: dict[str, float] = {}
        self.words: dict[str, float] = {}

    def use(self, font: QFont) -> None:
        """Measure in ``font`` from now on (what was measured in another is forgotten)."""
        if font.key() != self._font_key:
            self._font_key = font.key()
            self._metrics = QFontMetricsF(font)
            self._chars.clear()
            self.words.clear()

    @property
    def font_key(self) -> str:
        """The key of the font measured in (`QFont.key`)."""
        return self._font_key

    def char(self, char: str) -> float:
        """The width of a character `measure`d."""
        return self._chars[char]

    def measure(self, words: Iterable[str]) -> None:
        """Measure each of ``words`` not measured yet, as the sum of its characters' widths
        (each character measured once)."""
        assert self._metrics is not None, "use() a font first"
        new = set(words).difference(self.words)
        for char in set("".join(new)).difference(self._chars):
            self._chars[char] = self._metrics.horizontalAdvance(char)
        width_of = self._chars.__getitem__
        for word in new:
            self.words[word] = sum(map(width_of, word))


class LineEstimate:
    """Estimated line counts of one pane's paragraphs, set on its blocks not laid out yet."""

    def __init__(self, widths: WordWidths | None = None) -> None:
        self.widths = widths if widths is not None else WordWidths()
        self.counts: list[int] = []  # lines of each block, as last estimated
        # the paragraphs of the text last estimated, measured in its font: a new width
        # (a resize) only searches them again
        self._measured: tuple[str, str, list[Paragraph]] | None = None

    def apply(self, pane: QPlainTextEdit, text: str) -> bool:
        """Estimate every block of ``pane``, showing ``text``, at its width and font; False when the pane
        has no width yet (hidden, not laid out), and nothing was done."""
        document = pane.document()
        width = pane.viewport().width() - 2 * document.documentMargin()
        if width <= 0 or not pane.isVisible():
            return False
        widths = self.widths
        widths.use(pane.font())
        paragraphs, space = self._paragraphs(text)
        self.counts = [lines_at(paragraph, width, space) for paragraph in paragraphs]
        changed = False
        for number, count in enumerate(self.counts):
            if count == 1:
                continue  # Qt counts a block not laid out as one line already
            block = document.findBlockByNumber(number)
            if block.layout().lineCount() == 0 and block.lineCount() != count:
                block.setLineCount(count)
                changed = True
        if changed:
            layout = document.documentLayout()
            layout.documentSizeChanged.emit(layout.documentSize())  # the scroll bar follows
        return True

    def _paragraphs(self, text: str) -> tuple[list[Paragraph], float]:
        """``text``'s paragraphs measured in the font in use (once per text and font), and
        the width of a space."""
        widths = self.widths
        key = widths.font_key
        if self._measured is None or self._measured[0] != key or self._measured[1] != text:
            lines = [line.split(" ") for line in text.split("\n")]
            widths.measure(chain([" "], *lines))  # (" ": the space's width is measured too)
            space = widths.char(" ")
            self._measured = (key, text, [Paragraph.of(words, widths.words, space)
                                          for words in lines])
        return self._measured[2], widths.char(" ")
