"""`core.report.facing`: which paragraphs of OLD and NEW share a row of the side-by-side report."""

from __future__ import annotations

import pytest

from core.model import Category
from core.report.facing import rows
from core.text.paragraphs import paragraphs
from tests.report_examples import CONTENT, SYN, Piece, build, same


@pytest.mark.parametrize(
    ("pieces", "expected", "reason"),
    [
        ([same("a\n\nb\n")], [((0,), (0,)), ((1,), (1,))], "same paragraphs face"),
        ([same("a b"), Piece("\n\n", " ", Category.WHITESPACE), same("c\n")],
         [((0, 1), (0,))], "two joined into one share a row"),
        ([same("a\n\n"), Piece("", "x\n\n", CONTENT), same("b\n")],
         [((0,), (0,)), ((), (1,)), ((1,), (2,))], "a new paragraph gets a row of its own"),
        ([same("a\n\n"), Piece("x\n\n", "y\n\n", SYN), same("b\n")],
         [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], "rewritten paragraphs face each other"),
        ([Piece("a\n\n", "", CONTENT, move=0), same("b\n"), Piece("", "\na\n", CONTENT, move=0)],
         [((0,), ()), ((1,), (0,)), ((), (1,))], "a moved paragraph shows at both places"),
        ([], [], "empty documents have no rows"),
    ],
)
def test_side_by_side_rows(pieces: list[Piece], expected: list[tuple[tuple[int, ...], ...]],
                           reason: str) -> None:
    comparison = build(pieces)
    old_paragraphs = paragraphs(comparison.old.text)
    new_paragraphs = paragraphs(comparison.new.text)
    found = [(tuple(old_paragraphs.index(r) for r in row.old),
              tuple(new_paragraphs.index(r) for r in row.new)) for row in rows(comparison)]
    assert found == expected, reason
