"""The annotated text of a report, as HTML: redline (one column) or side by side (two).

Both layouts mark the same things with the CSS classes of `core.report.legend` (see
`core.report.html.legend_css`): ``omission``, ``addition``, ``sub-old`` / ``sub-new``,
``move-old`` / ``move-new`` with ``move-mark`` labels at both ends of a moved passage, and
``fmt-old`` / ``fmt-new`` for formatting-only changes. The redline reads OLD and NEW merged
in one stream; side by side shows each version's own text, paragraph facing paragraph.
A change the ignore rules set aside is shown as unchanged text (NEW's, in the redline), and
so are formatting-only changes when ``formatting`` is off.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from core.model import Category, Change, ChangeKind, Comparison, Move, Range, Side
from core.report.facing import rows
from core.report.legend import ARROW, PILCROW, move_labels


@dataclass(frozen=True)
class _Mark:
    """A styled stretch ``[start, end)`` of one side's text; empty ``css`` is plain."""

    start: int
    end: int
    css: str


@dataclass(frozen=True)
class _Label:
    """A short label shown at a position of one side's text (a move's end, a ¶)."""

    at: int
    text: str
    css: str
    order: int = 0  # among labels at one position: closing (0) before opening (1)


@dataclass(frozen=True)
class _Side:
    """One version's text with its marks and labels, ready to render range by range."""

    text: str
    marks: tuple[_Mark, ...]
    labels: tuple[_Label, ...]

    def render(self, start: int, end: int) -> str:
        """HTML of ``text[start:end]`` with the marks and labels that fall inside."""
        ends = [mark.end for mark in self.marks]
        marks = self.marks[bisect_right(ends, start):]
        ats = [label.at for label in self.labels]
        labels = self.labels[bisect_right(ats, start - 1):bisect_right(ats, end)]
        cuts = {start, end, *(label.at for label in labels)}
        for mark in marks:
            if mark.start >= end:
                break
            cuts.update((max(mark.start, start), min(mark.end, end)))
        points = sorted(cuts)
        parts: list[str] = []
        label_index = mark_index = 0
        for here, after in pairwise(points):
            while label_index < len(labels) and labels[label_index].at == here:
                parts.append(_span(labels[label_index].text, labels[label_index].css))
                label_index += 1
            while mark_index < len(marks) and marks[mark_index].end <= here:
                mark_index += 1
            covering = mark_index < len(marks) and marks[mark_index].start <= here
            parts.append(_span(self.text[here:after], marks[mark_index].css if covering else ""))
        parts.extend(_span(label.text, label.css) for label in labels[label_index:])
        return "".join(parts)


def redline(comparison: Comparison, formatting: bool = True) -> str:
    """NEW merged with OLD in one column, one ``<p>`` per paragraph of the merged text."""
    moves = {move.id: move for move in comparison.moves}
    runs: list[tuple[str, str]] = []
    position = 0
    old = comparison.old.text
    for change in comparison.changes:
        runs.append((old[position:change.old_start], ""))
        if not marked(change, formatting):
            runs.append((change.new_text, ""))
        else:
            runs.extend(_redline_runs(change, moves.get(change.move) if change.move is not None
                                      else None))
        position = change.old_end
    runs.append((old[position:], ""))
    return "\n".join(
        f'<p class="text">{"".join(_span(text, css) for text, css in paragraph)}</p>'
        for paragraph in _split_paragraphs(runs)
    )


def side_by_side(comparison: Comparison, formatting: bool = True) -> str:
    """A table with OLD on the left and NEW on the right, corresponding paragraphs facing."""
    old, new = _sides(comparison, formatting)
    body = "\n".join(
        f'<tr><td class="{"old" if row.old else "absent"}" width="50%">{_cell(old, row.old)}</td>'
        f'<td class="{"new" if row.new else "absent"}" width="50%">{_cell(new, row.new)}</td></tr>'
        for row in rows(comparison)
    )
    return (
        '<table class="side-by-side" width="100%" cellspacing="0" cellpadding="5">\n'
        f'<thead><tr><th width="50%">OLD · {escape(comparison.old.name)}</th>'
        f'<th width="50%">NEW · {escape(comparison.new.name)}</th></tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


def marked(change: Change, formatting: bool = True) -> bool:
    """Whether a report marks ``change``: not when the ignore rules set it aside, nor a
    formatting-only change when ``formatting`` is off."""
    return not change.ignored and (formatting or not change.category.is_formatting)


def _cell(side: _Side, ranges: tuple[Range, ...]) -> str:
    return "".join(f'<p class="text">{side.render(start, end)}</p>' for start, end in ranges)


def _span(text: str, css: str) -> str:
    if not text:
        return ""
    return f'<span class="{css}">{escape(text)}</span>' if css else escape(text)


# --- redline ---------------------------------------------------------------------------------


def _redline_runs(change: Change, move: Move | None) -> list[tuple[str, str]]:
    """The (text, CSS class) runs that show one change in the merged stream."""
    if change.category is Category.WHITESPACE:
        return [*_pilcrow(change, "fmt-old"), (change.new_text, "")]
    if change.category.is_formatting:
        if change.new_text:
            return [*_pilcrow(change, "fmt-old"), (change.new_text, "fmt-new")]
        return [(change.old_text, "fmt-old")]
    if change.move is not None:
        side = Side.NEW if change.kind is ChangeKind.ADDITION else Side.OLD
        return _moved_runs(change.text_on(side), change.range_on(side).start, change.move,
                           move, side)
    if change.kind is ChangeKind.OMISSION:
        return [(change.old_text, "omission")]
    if change.kind is ChangeKind.ADDITION:
        return [(change.new_text, "addition")]
    return [(change.old_text, "sub-old"), (f" {ARROW} ", "sub-arrow"), (change.new_text, "sub-new")]


def _pilcrow(change: Change, css: str) -> list[tuple[str, str]]:
    """A ¶ where white space alone joined two paragraphs or split one."""
    if ("\n" in change.old_text) != ("\n" in change.new_text):
        return [(PILCROW, css)]
    return []


def _moved_runs(text: str, start: int, move_id: int, move: Move | None,
                side: Side) -> list[tuple[str, str]]:
    """A moved passage between its two labels, with the edits made inside it marked."""
    core_start, core_end = _trimmed(text)
    opening, closing = move_labels(move_id, side)
    inner = [
        (text[max(mark.start - start, core_start):min(mark.end - start, core_end)], mark.css)
        for mark in _move_marks(move, side, start, start + len(text))
    ]
    return [
        (text[:core_start], ""), (opening, "move-mark"), (" ", ""),
        *[(part, css) for part, css in inner if part],
        (" ", ""), (closing, "move-mark"), (text[core_end:], ""),
    ]


def _split_paragraphs(runs: Iterable[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Cut the stream at every newline; drop paragraphs with nothing visible."""
    paragraphs: list[list[tuple[str, str]]] = [[]]
    for text, css in runs:
        for index, part in enumerate(text.split("\n")):
            if index:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, css))
    return [p for p in paragraphs if any(not text.isspace() for text, _ in p)]


# --- side by side ----------------------------------------------------------------------------


def _sides(comparison: Comparison, formatting: bool) -> tuple[_Side, _Side]:
    """OLD and NEW, each with the marks and labels of its own side of every change."""
    moves = {move.id: move for move in comparison.moves}
    sides = []
    for side, text in ((Side.OLD, comparison.old.text), (Side.NEW, comparison.new.text)):
        marks: list[_Mark] = []
        labels: list[_Label] = []
        for change in comparison.changes:
            if marked(change, formatting):
                _side_marks(change, moves.get(change.move) if change.move is not None
                            else None, side, text, marks, labels)
        labels.sort(key=lambda label: (label.at, label.order))
        sides.append(_Side(text, tuple(marks), tuple(labels)))
    return sides[0], sides[1]


def _side_marks(change: Change, move: Move | None, side: Side, text: str,
                marks: list[_Mark], labels: list[_Label]) -> None:
    """Add one change's marks and labels on one side (nothing if it is empty there)."""
    suffix = side.value
    start, end = change.range_on(side)
    if change.category is Category.WHITESPACE:
        mine, theirs = change.text_on(side), change.text_on(side.other)
        if "\n" in mine and "\n" not in theirs:
            labels.append(_Label(start, PILCROW, f"fmt-{suffix}"))
        return
    if start == end:
        return
    if change.category.is_formatting:
        marks.append(_Mark(start, end, f"fmt-{suffix}"))
    elif change.move is not None:
        core_start, core_end = _trimmed(text[start:end])
        opening, closing = move_labels(change.move, side)
        labels.append(_Label(start + core_start, opening + " ", "move-mark", order=1))
        labels.append(_Label(start + core_end, " " + closing, "move-mark", order=0))
        marks.extend(_move_marks(move, side, start, end))
    elif change.kind is ChangeKind.SUBSTITUTION:
        marks.append(_Mark(start, end, f"sub-{suffix}"))
    else:
        marks.append(_Mark(start, end, "addition" if side is Side.NEW else "omission"))


def _move_marks(move: Move | None, side: Side, start: int, end: int) -> list[_Mark]:
    """Marks over the moved passage ``[start, end)``: move colours, edits as substitutions."""
    suffix = side.value
    edits = sorted(edit.range_on(side) for edit in (move.substitutions if move is not None
                                                     else ()))
    marks: list[_Mark] = []
    position = start
    for edit_start, edit_end in edits:
        if edit_start < position or edit_end > end or edit_start == edit_end:
            continue  # outside this passage, or overlapping an edit already marked
        if edit_start > position:
            marks.append(_Mark(position, edit_start, f"move-{suffix}"))
        marks.append(_Mark(edit_start, edit_end, f"sub-{suffix}"))
        position = edit_end
    if end > position:
        marks.append(_Mark(position, end, f"move-{suffix}"))
    return marks


def _trimmed(text: str) -> tuple[int, int]:
    """The range of ``text`` without its leading and trailing white space."""
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))
