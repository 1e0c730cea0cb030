"""The engine's token ranges read as the text they hold, so that stage tables are reviewable.

The change stages speak of token indexes (`core.spans.Piece`, `Opcode`); a table of
``Piece(SUB, 4, 5, 4, 7)`` says nothing to a reviewer. These helpers build a stage's input the
way `core.compare` does (`core.text.tokens.TokenPair.of`, `core.align.words.align`,
`core.changes.refine.refine`) and turn its output back into ``(kind, old text, new text)``
triples, each text as written in its version.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.align.words import align
from core.changes.refine import refine
from core.model import ChangeKind
from core.spans import Opcode, Piece, Tag
from core.text.tokens import Tokenized, TokenPair

SUB, OMIT, ADD = "sub", "omit", "add"
_SHORT = {ChangeKind.SUBSTITUTION: SUB, ChangeKind.OMISSION: OMIT, ChangeKind.ADDITION: ADD}

Triple = tuple[str, str, str]


def written(side: Tokenized, start: int, end: int) -> str:
    """Tokens ``[start, end)`` of one version, as written."""
    return "".join(side.written[start:end])


def triple(pair: TokenPair, piece: Piece) -> Triple:
    """A piece as (kind, the OLD text it covers, the NEW text it covers)."""
    return (_SHORT[piece.kind], written(pair.old, piece.a0, piece.a1),
            written(pair.new, piece.b0, piece.b1))


def triples(pair: TokenPair, pieces: Iterable[Piece]) -> list[Triple]:
    return [triple(pair, piece) for piece in pieces]


def opcodes(pair: TokenPair) -> list[Opcode]:
    """The word alignment of the pair, as `core.compare` makes it."""
    return align(pair.old.tokens, pair.new.tokens)


def refined(pair: TokenPair) -> list[Piece]:
    """Every changed block of the word alignment refined into pieces: what the atomic-swap,
    expansion and move stages are given (sentence demotion left out: no sentence here is
    unrelated to its pair)."""
    old, new = pair.old.tokens, pair.new.tokens
    return [piece for opcode in opcodes(pair) if opcode.tag is not Tag.EQUAL
            for piece in refine(old, new, opcode.block)]
