"""A cut run turned back into pieces: the groups' token ranges, and words kept apart from
punctuation (for `core.changes.swaps`).

The swap cutter works on word indexes; these functions give each group, and whatever
differs between groups (white space, punctuation), its own piece of token ranges.
"""

from __future__ import annotations

from core.changes.swap_shapes import Group
from core.model import ChangeKind
from core.spans import Block, Piece
from core.text.tokens import TokenPair

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


def pieces_from_groups(pair: TokenPair, groups: list[Group], old_words: list[int],
                        new_words: list[int], bounds: Block
                        ) -> list[Piece]:
    """Pieces for each group and for any differing text between groups."""
    a0, a1, b0, b1 = bounds
    pieces: list[Piece] = []
    old_at, new_at = a0, b0  # token positions reached so far
    for i0, i1, j0, j1 in groups:
        start_old = old_words[i0] if i0 < i1 else _gap_end(old_words, i0, a1)
        start_new = new_words[j0] if j0 < j1 else _gap_end(new_words, j0, b1)
        pieces.extend(_piece_if_different(pair, Block(old_at, start_old, new_at, start_new)))
        end_old = old_words[i1 - 1] + 1 if i0 < i1 else start_old
        end_new = new_words[j1 - 1] + 1 if j0 < j1 else start_new
        pieces.extend(_piece_if_different(pair, Block(start_old, end_old, start_new, end_new)))
        old_at, new_at = end_old, end_new
    pieces.extend(_piece_if_different(pair, Block(old_at, a1, new_at, b1)))
    return pieces


def _gap_end(words: list[int], index: int, end: int) -> int:
    """Where an empty group at word ``index`` sits: at the next word, or the run's end."""
    return words[index] if index < len(words) else end


def words_apart(pair: TokenPair, piece: Piece) -> list[Piece]:
    """A substitution of words on one side for mere punctuation on the other ("saying, " →
    "“", " And" → "”"): the words dropped or added on their own, the punctuation a change
    of its own, so that no pattern swaps words for a quote mark. Any other piece as it is."""
    a0, a1, b0, b1 = piece.a0, piece.a1, piece.b0, piece.b1
    words = pair.old.words.words(a0, a1) or pair.new.words.words(b0, b1)
    if piece.kind is not SUB or not words:
        return [piece]
    first, last = words[0], words[-1] + 1
    if pair.old.words.count_in(a0, a1):  # the words are OLD's: dropped
        if first == a0 and last < a1:  # "saying, " → "“": "saying" dropped, ", " → "“"
            return [Piece(OMIT, a0, last, b0, b0),
                    *_piece_if_different(pair, Block(last, a1, b0, b1))]
        return [*_piece_if_different(pair, Block(a0, first, b0, b1)),
                Piece(OMIT, first, a1, b1, b1)]
    if first == b0 and last < b1:
        return [Piece(ADD, a0, a0, b0, last), *_piece_if_different(pair, Block(a0, a1, last, b1))]
    return [*_piece_if_different(pair, Block(a0, a1, b0, first)), Piece(ADD, a1, a1, first, b1)]


def _piece_if_different(pair: TokenPair, block: Block) -> list[Piece]:
    a0, a1, b0, b1 = block
    if pair.old.tokens[a0:a1] == pair.new.tokens[b0:b1]:
        return []
    if a0 == a1:
        return [Piece(ADD, a0, a1, b0, b1)]
    if b0 == b1:
        return [Piece(OMIT, a0, a1, b0, b1)]
    return [Piece(SUB, a0, a1, b0, b1)]
