"""The values that cross the engine's stage boundaries, each defined once.

Alignment hands `Opcode`s to the change stages, the change stages hand `Piece`s to one
another and to `core.compare`, and all of them speak of `core.model.Range`s and `Block`s. Positions are
token indexes into the two versions' token lists (see `core.text.tokens.TokenPair`) unless
a docstring says otherwise; every range is half-open, ``[start, end)``. These are named
tuples, not dataclasses: a long text makes tens of thousands of them, and a named tuple is
several times cheaper to build, while still unpacking like the plain tuple it is.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from core.model import ChangeKind


class Block(NamedTuple):
    """Two ranges that face each other: ``old[a0:a1]`` and ``new[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int


class Tag(enum.Enum):
    """What an opcode says of its block, as in difflib."""

    EQUAL = "equal"
    REPLACE = "replace"
    DELETE = "delete"
    INSERT = "insert"

    @classmethod
    def of_change(cls, block: Block) -> Tag:
        """The tag of a change that makes ``old[a0:a1]`` into ``new[b0:b1]``."""
        a0, a1, b0, b1 = block
        return cls.INSERT if a0 == a1 else cls.DELETE if b0 == b1 else cls.REPLACE


class Opcode(NamedTuple):
    """One step of an alignment: ``old[a0:a1]`` and ``new[b0:b1]`` are equal, or the one
    became the other. A list of opcodes covers both sequences in order."""

    tag: Tag
    a0: int
    a1: int
    b0: int
    b1: int

    @property
    def block(self) -> Block:
        return Block(self.a0, self.a1, self.b0, self.b1)

    @classmethod
    def change(cls, block: Block) -> Opcode:
        """The non-equal opcode of ``block``: a replacement, a deletion or an insertion."""
        return cls(Tag.of_change(block), *block)


class Piece(NamedTuple):
    """One change found by the change stages: ``old[a0:a1]`` → ``new[b0:b1]``; ``move`` is
    the number of the moved passage an omission or addition belongs to."""

    kind: ChangeKind
    a0: int
    a1: int
    b0: int
    b1: int
    move: int | None = None

    @property
    def block(self) -> Block:
        return Block(self.a0, self.a1, self.b0, self.b1)
