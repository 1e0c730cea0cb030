"""A swap stays inside its sentence: whole sentences added or dropped beside it are cut off.

When a sentence is added just before a word the spinner also swapped, the word diff sees one
substitution: "Several" → "The budget passed by seven votes to four. Various". No editor
names that a swap; it is a sentence added, then "Several" → "Various". So a substitution
whose one side holds a sentence start and whose other side holds none is cut at that start,
when the other side's piece opens its sentence (the whole sentences before the cut are
added or dropped) or closes it (the whole sentences after the cut are). A piece with
sentence starts on both sides, or that is a whole sentence itself, is a rewrite and stays.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from core.model import ChangeKind, Range
from core.spans import Piece
from core.text.tokens import TokenKind, is_word, kind_of

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


class _Starts:
    """Where one side's sentences start, with what is needed to ask about a stretch."""

    def __init__(self, sentences: Sequence[Range], tokens: Sequence[str]) -> None:
        self.starts = [start for start, _ in sentences]
        self.tokens = tokens

    def inside(self, start: int, end: int) -> list[int]:
        """The sentence starts strictly inside ``(start, end)``."""
        return self.starts[bisect_right(self.starts, start):bisect_left(self.starts, end)]

    def opens(self, index: int) -> bool:
        """True when a sentence starts at token ``index``."""
        at = bisect_left(self.starts, index)
        return at < len(self.starts) and self.starts[at] == index

    def closes(self, index: int) -> bool:
        """True when no word stands between token ``index`` and the next sentence start
        (or the end): what follows is the sentence's end mark and white space."""
        at = bisect_right(self.starts, index)
        end = self.starts[at] if at < len(self.starts) else len(self.tokens)
        return not any(is_word(token) for token in self.tokens[index:end])

    def last_word_end(self, start: int, end: int) -> int:
        """The end of the last word or number in ``[start, end)``: what the sentence says
        before its end mark, closing quotes and white space."""
        while end > start and (kind_of(self.tokens[end - 1]) is TokenKind.SPACE
                               or not is_word(self.tokens[end - 1])):
            end -= 1
        return end


class SentenceStarts:
    """Where the sentences of both sides start: what a piece may not reach across."""

    def __init__(self, old_sentences: Sequence[Range], new_sentences: Sequence[Range],
                 old: Sequence[str], new: Sequence[str]) -> None:
        self.old, self.new = _Starts(old_sentences, old), _Starts(new_sentences, new)

    def holds_sentence(self, piece: Piece) -> bool:
        """True when the piece reaches across a sentence start on either side, or is a
        whole sentence there: a passage, which joins no run of swaps."""
        for side, start, end in ((self.old, piece.a0, piece.a1), (self.new, piece.b0, piece.b1)):
            if start < end and (side.inside(start, end) or (
                    side.opens(start) and (side.opens(end) or end == len(side.tokens)))):
                return True
        return False

    def apart(self, pieces: list[Piece]) -> list[Piece]:
        """``pieces`` with the whole sentences inside a substitution cut off as an addition
        or omission of their own (see the module's doc)."""
        result: list[Piece] = []
        for piece in pieces:
            if piece.kind is SUB:
                result.extend(_cut(piece, self.old, self.new))
            else:
                result.append(piece)
        return result


def _cut(piece: Piece, olds: _Starts, news: _Starts) -> list[Piece]:
    if not olds.inside(piece.a0, piece.a1):
        return _cut_new(piece, olds, news)
    if not news.inside(piece.b0, piece.b1):  # the same with the sides traded
        return [_traded(cut) for cut in _cut_new(_traded(piece), news, olds)]
    return [piece]


def _cut_new(piece: Piece, olds: _Starts, news: _Starts) -> list[Piece]:
    """``piece`` cut where NEW's side holds a sentence start (OLD's holds none)."""
    a0, a1, b0, b1 = piece.a0, piece.a1, piece.b0, piece.b1
    inside = news.inside(b0, b1)
    if inside and olds.opens(a0):
        return [Piece(ADD, a0, a0, b0, inside[-1]), Piece(SUB, a0, a1, inside[-1], b1)]
    if inside and olds.closes(a1):
        cut = news.last_word_end(b0, inside[0])
        if cut > b0:
            return [Piece(SUB, a0, a1, b0, cut), Piece(ADD, a1, a1, cut, b1)]
    return [piece]


def _traded(piece: Piece) -> Piece:
    """The piece with OLD and NEW traded: an omission becomes an addition."""
    kind = {OMIT: ADD, ADD: OMIT}.get(piece.kind, piece.kind)
    return Piece(kind, piece.b0, piece.b1, piece.a0, piece.a1)
