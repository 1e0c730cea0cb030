"""`core.spans`: the values that cross the engine's stage boundaries."""

from __future__ import annotations

import pytest

from core.model import ChangeKind
from core.spans import Block, Opcode, Piece, Tag


@pytest.mark.parametrize(
    ("block", "tag"),
    [
        pytest.param(Block(3, 3, 4, 6), Tag.INSERT, id="nothing in OLD: an insertion"),
        pytest.param(Block(3, 5, 4, 4), Tag.DELETE, id="nothing in NEW: a deletion"),
        pytest.param(Block(3, 5, 4, 6), Tag.REPLACE, id="both sides: a replacement"),
        pytest.param(Block(3, 3, 4, 4), Tag.INSERT, id="both empty: read as an insertion"),
    ],
)
def test_tag_of_a_change(block: Block, tag: Tag) -> None:
    assert Tag.of_change(block) is tag
    assert Opcode.change(block) == Opcode(tag, *block)
    assert Opcode.change(block).block == block


def test_values_unpack_as_the_tuples_they_are() -> None:
    tag, a0, a1, b0, b1 = Opcode(Tag.EQUAL, 0, 2, 1, 3)
    assert (tag, a0, a1, b0, b1) == (Tag.EQUAL, 0, 2, 1, 3)
    piece = Piece(ChangeKind.OMISSION, 4, 6, 2, 2)
    assert piece.move is None and piece.block == Block(4, 6, 2, 2)
    assert piece._replace(move=1) == (ChangeKind.OMISSION, 4, 6, 2, 2, 1)


def test_tag_values_are_difflib_s() -> None:
    assert [tag.value for tag in Tag] == ["equal", "replace", "delete", "insert"]
