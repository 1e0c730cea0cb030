"""How a `Comparison` is laid out in a pane: its text, the marked spans, and positions.

Pure Python, no Qt, so it is cheap to test. A side-by-side pane shows one version's text
unchanged; the inline redline pane shows NEW with what OLD had in its place just before it.
Every pane keeps *segments* that map a position in OLD or NEW to a position in the pane, so a
change, a pattern's occurrence or a move end is found in any pane the same way. The redline
shows the changes as the PDF report's redline does (`core.report.html_text`): a
substitution's old words struck, "→", its new words; a moved passage between the report's
labels ("⇄1 moved from here" … "⇄1"); a formatting-only change as NEW has it, dimmed, with a
"¶" where a paragraph break came or went. That added text stands in neither version
(`PaneText.marks`). A change the ignore rules set aside is drawn as unchanged text. Styles are the
keys of `core.report.legend.LEGEND`. Everything here is read from the `Comparison`: a
pattern's places (`Pattern.places`), the sentence-pair threshold of the tooltips
(`Comparison.same_sentence_similarity`).
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.model import Category, Change, ChangeKind, Comparison, Pattern, Range, Side, counted_as
from core.report.legend import ARROW, PILCROW, move_labels

# Appends text to the redline with the OLD and NEW positions it stands for; returns its start.
_Put = Callable[[str, "int | None", "int | None"], int]


class PaneKind(enum.Enum):
    """What a pane shows: OLD, NEW, or both inline (the redline)."""

    OLD = "old"
    NEW = "new"
    INLINE = "inline"

    def shows(self, side: Side) -> bool:
        """Whether a pane of this kind holds text of ``side``."""
        return self is PaneKind.INLINE or self.value == side.value


def style_of(change: Change) -> str:
    """The legend key a change is drawn with: the heading it is counted under."""
    return counted_as(change).value


@dataclass(frozen=True)
class Span:
    """Pane text ``[start, end)`` drawn in ``style``; ``side`` is the version it is text of."""

    start: int
    end: int
    style: str
    side: Side
    change: int = -1


@dataclass(frozen=True)
class MoveMark:
    """One end of moved passage ``move`` in the pane."""

    move: int
    start: int
    end: int


@dataclass(frozen=True)
class Occurrence:
    """One place of a change or pattern: its ranges in OLD and NEW, and its change id."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    change: int

    def range_on(self, side: Side) -> Range:
        if side is Side.OLD:
            return Range(self.old_start, self.old_end)
        return Range(self.new_start, self.new_end)


class _Segments:
    """Maps positions of one version into the pane: runs of (source start, pane start, length)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._runs: list[tuple[int, int, int]] = []

    def add(self, source_start: int, pane_start: int, length: int) -> None:
        if length > 0 or not self._runs or self._runs[-1][0] != source_start:
            self._starts.append(source_start)
            self._runs.append((source_start, pane_start, length))

    def map(self, position: int, end: bool = False) -> int | None:
        """Pane position of ``position``; ``end`` prefers the run that ends there."""
        index = (bisect_left if end else bisect_right)(self._starts, position) - 1
        if end and index < 0:
            index = 0
        if not 0 <= index < len(self._runs):
            return None
        source, pane, length = self._runs[index]
        return pane + position - source if source <= position <= source + length else None


@dataclass
class PaneText:
    """The text of one pane with its marks; ``spans`` never overlap, ``overlays`` go on top."""

    kind: PaneKind
    text: str
    spans: list[Span] = field(default_factory=list)
    overlays: list[Span] = field(default_factory=list)
    insertions: list[Span] = field(default_factory=list)  # zero-width: the other side has text
    moves: list[MoveMark] = field(default_factory=list)
    # text the redline adds, of neither version: a substitution's arrow, a move's labels, ¶
    marks: list[Range] = field(default_factory=list)
    # where a change stands with the labels drawn around it (a moved passage), by its id
    labelled: dict[int, Range] = field(default_factory=dict)
    # (start, end, similarity) of this side's sentences that have a counterpart, by start,
    # and the similarity from which a counterpart is the same sentence reworded
    sentences: list[tuple[int, int, float]] = field(default_factory=list)
    same_sentence_similarity: float = 1.0
    old_map: _Segments = field(default_factory=_Segments)
    new_map: _Segments = field(default_factory=_Segments)

    def map_of(self, side: Side) -> _Segments:
        """Where the positions of ``side``'s text stand in this pane."""
        return self.old_map if side is Side.OLD else self.new_map

    def sentence_note(self, position: int) -> str:
        """What the sentence at ``position`` is to the other version, for a tooltip."""
        k = bisect_right(self.sentences, (position, 1 << 62, 2.0)) - 1
        if k >= 0 and self.sentences[k][0] <= position < self.sentences[k][1]:
            alike = self.sentences[k][2]
            if alike >= 1.0:
                return ""
            if alike >= self.same_sentence_similarity:
                return f"Same sentence, reworded ({alike:.0%} alike)"
            return f"A different sentence (only {alike:.0%} alike)"
        if self.kind is PaneKind.NEW:
            return "New sentence: nothing like it in OLD"
        return "Dropped sentence: nothing like it in NEW"

    def range_of(self, place: Occurrence | Change) -> tuple[int, int] | None:
        """Where ``place`` stands in this pane: its OLD part, its NEW part, or both (with its
        labels, for a moved passage in the redline)."""
        if isinstance(place, Change) and place.id in self.labelled:
            return self.labelled[place.id]
        ends: list[int] = []
        for side in Side:
            if self.kind.shows(side):
                ends += self._mapped(self.map_of(side), *place.range_on(side))
        return (min(ends), max(ends)) if ends else None

    @staticmethod
    def _mapped(segments: _Segments, start: int, end: int) -> list[int]:
        first, last = segments.map(start), segments.map(end, end=True)
        return [first, max(first, last)] if first is not None and last is not None else []


@dataclass(frozen=True)
class Prepared:
    """A comparison with its side-by-side panes laid out, ready for the view."""

    comparison: Comparison
    old: PaneText
    new: PaneText


def prepare(comparison: Comparison) -> Prepared:
    """Lay out both side-by-side panes (pure, so it can run off the GUI thread)."""
    return Prepared(comparison, side_pane(comparison, Side.OLD), side_pane(comparison, Side.NEW))


def side_pane(comparison: Comparison, side: Side) -> PaneText:
    """The pane showing OLD or NEW as it is, with the changes of that side marked."""
    document = comparison.old if side is Side.OLD else comparison.new
    pane = PaneText(PaneKind(side.value), document.text)
    pane.map_of(side).add(0, 0, len(document.text))
    for change in comparison.changes:
        if change.ignored:
            continue
        start, end = change.range_on(side)
        span = Span(start, end, style_of(change), side, change.id)
        (pane.spans if end > start else pane.insertions).append(span)
    for move in comparison.moves:
        pane.moves.append(MoveMark(move.id, *move.range_on(side)))
        for edit in move.substitutions:
            pane.overlays.append(Span(*edit.range_on(side), "substitution", side))
    pane.overlays.sort(key=lambda span: span.start)
    pane.sentences = sorted((*pair.range_on(side), pair.similarity)
                            for pair in comparison.sentence_pairs)
    pane.same_sentence_similarity = comparison.same_sentence_similarity
    return pane


def inline_pane(comparison: Comparison, show_formatting: bool = True) -> PaneText:
    """The redline pane: NEW, with what OLD had in each change's place, as the PDF shows it.

    Formatting-only changes show NEW's text unmarked when ``show_formatting`` is off, as do
    the changes the ignore rules set aside.
    """
    pane = PaneText(PaneKind.INLINE, "")
    parts: list[str] = []
    length = 0
    old_at = new_at = 0

    def put(text: str, old_start: int | None, new_start: int | None) -> int:
        nonlocal length
        start = length
        if old_start is not None:
            pane.old_map.add(old_start, start, len(text))
        if new_start is not None:
            pane.new_map.add(new_start, start, len(text))
        elif old_start is None and text:
            pane.marks.append(Range(start, start + len(text)))
        parts.append(text)
        length += len(text)
        return start

    for change in comparison.changes:
        put(comparison.new.text[new_at:change.new_start], old_at, new_at)
        style = style_of(change)
        if change.ignored or (style == "formatting" and not show_formatting):
            put(change.new_text, None, change.new_start)
        else:
            _put_change(pane, change, style, put)
        old_at, new_at = change.old_end, change.new_end
    put(comparison.new.text[new_at:], old_at, new_at)
    pane.text = "".join(parts)
    _inline_edits(pane, comparison)
    return pane


def _put_change(pane: PaneText, change: Change, style: str, put: _Put) -> None:
    """One change in the redline: old → new, a moved passage labelled, formatting dimmed."""
    if change.move is not None:
        _put_moved(pane, change, put)
    elif style == "formatting":
        _put_formatting(pane, change, put)
    else:
        _put_text(pane, change, Side.OLD, style, put)
        if change.kind is ChangeKind.SUBSTITUTION:
            put(f" {ARROW} ", None, None)  # a changed number is never read run together
        _put_text(pane, change, Side.NEW, style, put)


def _put_text(pane: PaneText, change: Change, side: Side, style: str, put: _Put) -> None:
    """``change``'s text on ``side``, mapped to its place there, drawn in ``style``."""
    text = change.text_on(side)
    if text:
        at = change.range_on(side).start
        start = put(text, at if side is Side.OLD else None, at if side is Side.NEW else None)
        pane.spans.append(Span(start, start + len(text), style, side, change.id))


def _put_formatting(pane: PaneText, change: Change, put: _Put) -> None:
    """NEW's text dimmed (an omission's OLD text), a ¶ where a paragraph break came or went;
    white space itself undrawn."""
    if ("\n" in change.old_text) != ("\n" in change.new_text):
        start = put(PILCROW, None, None)
        pane.spans.append(Span(start, start + 1, "formatting", Side.OLD, change.id))
    side = Side.NEW if change.new_text else Side.OLD
    if change.category is Category.WHITESPACE:
        put(change.new_text, None, change.new_start)
    else:
        _put_text(pane, change, side, "formatting", put)


def _put_moved(pane: PaneText, change: Change, put: _Put) -> None:
    """A moved passage between its labels: "⇄1 moved from here" … "⇄1" where it stood,
    "⇄1 moved to here" … "⇄1" where it stands (the report's labels); the white space at
    its ends outside them."""
    side = Side.NEW if change.kind is ChangeKind.ADDITION else Side.OLD
    text, at = change.text_on(side), change.range_on(side).start
    core = text.strip()
    lead = text.index(core[0]) if core else len(text)
    opening, closing = move_labels(change.move if change.move is not None else 0, side)
    pieces = ((text[:lead], 0, False), (f"{opening} ", None, True), (core, lead, True),
              (f" {closing}", None, True), (text[lead + len(core):], lead + len(core), False))
    first: int | None = None
    last = 0
    for piece, offset, drawn in pieces:
        if not piece:
            continue
        where = None if offset is None else at + offset
        start = put(piece, where if side is Side.OLD else None,
                    where if side is Side.NEW else None)
        if drawn:
            pane.spans.append(Span(start, start + len(piece), "move", side, change.id))
            first = start if first is None else first
            last = start + len(piece)
    pane.moves.append(MoveMark(change.move if change.move is not None else 0, first or 0, last))
    pane.labelled[change.id] = Range(first or 0, last)


def _inline_edits(pane: PaneText, comparison: Comparison) -> None:
    """Mark the edits made inside each moved passage in the redline."""
    for move in comparison.moves:
        for edit in move.substitutions:
            for side in Side:
                position, end = edit.range_on(side)
                segments = pane.map_of(side)
                start, stop = segments.map(position), segments.map(end, end=True)
                if start is not None and stop is not None and stop > start:
                    pane.overlays.append(Span(start, stop, "substitution", side))
    pane.overlays.sort(key=lambda span: span.start)


def occurrences(pattern: Pattern) -> list[Occurrence]:
    """Every place ``pattern`` was counted (`Pattern.places`), in NEW's order.

    A swap counted inside a moved passage stands where the move's edit is, under the id of
    the move's addition.
    """
    found = {Occurrence(*place, change) for change, place in zip(pattern.changes,
                                                                  pattern.places, strict=True)}
    return sorted(found, key=lambda place: (place.new_start, place.old_start))


class PositionMap:
    """Maps positions between OLD and NEW through the edit script, for synchronised scrolling.

    Outside changes the texts are equal, so a position moves by the running offset; inside a
    change it goes to the same distance into the other side, clamped to its end.
    """

    def __init__(self, changes: Sequence[Change]) -> None:
        self._changes = list(changes)
        self._old_starts = [change.old_start for change in self._changes]
        self._new_starts = [change.new_start for change in self._changes]

    def to_new(self, position: int) -> int:
        return self._map(position, self._old_starts, old_to_new=True)

    def to_old(self, position: int) -> int:
        return self._map(position, self._new_starts, old_to_new=False)

    def _map(self, position: int, starts: list[int], old_to_new: bool) -> int:
        index = bisect_right(starts, position) - 1
        if index < 0:
            return position
        change = self._changes[index]
        source = (change.old_start, change.old_end) if old_to_new else (
            change.new_start, change.new_end)
        target = (change.new_start, change.new_end) if old_to_new else (
            change.old_start, change.old_end)
        if position < source[1]:
            return target[0] + min(position - source[0], target[1] - target[0])
        return target[1] + position - source[1]
