"""The CSV export: one row per change, a header, and text that survives a round trip."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest

from core.model import Category, Counts
from core.report.csv_format import COLUMNS, to_csv
from tests.report_examples import CONTENT, QUOTE, SPACE, SYN, Piece, bridge_story, build, same


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_then_one_row_per_change() -> None:
    comparison = bridge_story()
    text = to_csv(comparison)
    assert text.split("\r\n", 1)[0] == ",".join(COLUMNS)
    rows = _rows(text)
    assert len(rows) == len(comparison.changes)
    for row, change in zip(rows, comparison.changes, strict=True):
        assert {key: row[key] for key in COLUMNS[:11]} == {
            "id": str(change.id), "kind": change.kind.value, "category": change.category.value,
            "old_text": change.old_text, "new_text": change.new_text,
            "old_start": str(change.old_start), "old_end": str(change.old_end),
            "new_start": str(change.new_start), "new_end": str(change.new_end),
            "move": "" if change.move is None else str(change.move),
            "counted_as": row["counted_as"],  # checked below
        }


def test_the_columns_of_before_keep_their_order() -> None:
    assert COLUMNS[:10] == ("id", "kind", "category", "old_text", "new_text", "old_start",
                            "old_end", "new_start", "new_end", "move")
    assert COLUMNS[10:] == ("counted_as", "old_paragraph", "new_paragraph", "context_before",
                            "context_after")


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        pytest.param([Piece("a", "b", SYN)], ["substitution"], id="a content substitution"),
        pytest.param([Piece("a", "", CONTENT)], ["omission"], id="a content omission"),
        pytest.param([Piece("", "a", CONTENT)], ["addition"], id="a content addition"),
        pytest.param([Piece("“", '"', QUOTE)], ["formatting"],
                     id="a formatting-only substitution is formatting, not a substitution"),
        pytest.param([Piece("\n\n", "", SPACE)], ["formatting"],
                     id="a formatting-only omission is formatting, not an omission"),
        pytest.param([Piece("Moved words. ", "", CONTENT, move=0), same("x "),
                      Piece("", "Moved words. ", CONTENT, move=0)], ["move", "move"],
                     id="both rows of a moved passage: a move, not an omission and an addition"),
    ],
)
def test_counted_as(pieces: list[Piece], expected: list[str]) -> None:
    comparison = build([same("start "), *pieces, same(" end\n")])
    assert [row["counted_as"] for row in _rows(to_csv(comparison))] == expected


def test_counting_the_rows_gives_the_counts() -> None:
    comparison = bridge_story()
    rows = _rows(to_csv(comparison))
    headings = Counter(row["counted_as"] for row in rows if row["counted_as"] != "move")
    moves = {row["move"] for row in rows if row["counted_as"] == "move"}
    assert Counts(headings["substitution"], headings["omission"], headings["addition"],
                  len(moves), headings["formatting"]) == comparison.counts == Counts(
        substitutions=8, omissions=1, additions=1, moves=1, formatting=3)


def test_moved_changes_carry_their_move() -> None:
    rows = _rows(to_csv(bridge_story()))
    assert [row["kind"] for row in rows if row["move"] == "0"] == ["omission", "addition"]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("a, b", 'say "hi"', "commas and quotes are quoted"),
        ("line one\n\nline two", "x", "newlines inside a field"),
        ("=SUM(A1)", "+1", "formula-like text is kept as it is"),
        ("café “quoted” — Кириллица 中文", "ok", "non-ASCII text"),
        ("\u00a0", " ", "no-break space"),
    ],
)
def test_texts_round_trip(old: str, new: str, reason: str) -> None:
    comparison = build([same("x "), Piece(old, new, SYN), same(" y\n")])
    (row,) = _rows(to_csv(comparison))
    assert (row["old_text"], row["new_text"]) == (old, new), reason


def test_no_changes_gives_the_header_only() -> None:
    assert to_csv(build([same("same\n")])) == ",".join(COLUMNS) + "\r\n"


def test_categories_are_written_by_value() -> None:
    comparison = build([same("a "), Piece("“", '"', Category.QUOTE_STYLE), same("b "),
                        Piece("c", "", CONTENT), same("\n")])
    assert [row["category"] for row in _rows(to_csv(comparison))] == ["quote-style", "content"]
