"""The model's one count: each change counted once, under one heading; a move once."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.model import Category, Change, ChangeKind, CountedAs, Counts, Document, counted_as

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION
SYN, CONTENT, QUOTE = Category.SYNONYM, Category.CONTENT, Category.QUOTE_STYLE


def _change(number: int, kind: ChangeKind, category: Category, move: int | None = None
            ) -> Change:
    """A change at its own place; only kind, category and move matter to the counts."""
    return Change(number, kind, category, number, number + 1, number, number + 1, "x", "y",
                  move=move)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param([], Counts(), id="no changes: all zero"),
        pytest.param([_change(0, SUB, SYN), _change(1, OMIT, CONTENT), _change(2, ADD, CONTENT)],
                     Counts(substitutions=1, omissions=1, additions=1),
                     id="content changes by kind"),
        pytest.param([_change(0, SUB, QUOTE), _change(1, OMIT, Category.WHITESPACE)],
                     Counts(formatting=2),
                     id="formatting-only changes count as formatting whatever their kind"),
        pytest.param([_change(0, OMIT, CONTENT, move=0), _change(1, ADD, CONTENT, move=0)],
                     Counts(moves=1),
                     id="a moved passage's omission and addition are one move, nothing else"),
        pytest.param([_change(0, ADD, CONTENT, move=1), _change(1, ADD, CONTENT, move=0),
                      _change(2, OMIT, CONTENT, move=0), _change(3, OMIT, CONTENT, move=1),
                      _change(4, OMIT, CONTENT)],
                     Counts(omissions=1, moves=2),
                     id="two moves crossing, and an omission that is not moved"),
    ],
)
def test_counts_of(changes: list[Change], expected: Counts) -> None:
    assert Counts.of(changes) == expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(_change(0, SUB, SYN), CountedAs.SUBSTITUTION, id="a content substitution"),
        pytest.param(_change(0, OMIT, CONTENT), CountedAs.OMISSION, id="a content omission"),
        pytest.param(_change(0, ADD, CONTENT), CountedAs.ADDITION, id="a content addition"),
        pytest.param(_change(0, SUB, QUOTE), CountedAs.FORMATTING, id="formatting only"),
        pytest.param(_change(0, ADD, CONTENT, move=3), CountedAs.MOVE, id="part of a move"),
        pytest.param(_change(0, OMIT, Category.WHITESPACE, move=0), CountedAs.MOVE,
                     id="a moved passage is a move, whatever its text"),
    ],
)
def test_counted_as(change: Change, expected: CountedAs) -> None:
    assert counted_as(change) is expected


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        pytest.param(Counts(), ["0 substitutions", "0 omissions", "0 additions", "0 moves"],
                     id="zero is plural; no formatting changes, not said"),
        pytest.param(Counts(1, 1, 1, 1, 1), ["1 substitution", "1 omission", "1 addition",
                                             "1 move", "1 formatting change"],
                     id="one is singular"),
        pytest.param(Counts(47, 2, 3, 4, 12000),
                     ["47 substitutions", "2 omissions", "3 additions", "4 moves",
                      "12000 formatting changes"], id="many, with no thousands separator"),
    ],
)
def test_phrases(counts: Counts, expected: list[str]) -> None:
    assert counts.phrases() == expected


SENTENCES = st.sampled_from([
    "The council voted to repair the old bridge over the river last spring.",
    "Residents asked many questions about the cost of the new crossing.",
    "The mayor said the work would start soon and end before the winter.",
    "Engineers from the Dayton firm told the meeting it would take nine months.",
    "The city will also apply for a state grant.",
    "Copies will be posted on the council’s website.",
])
EDITS = st.sampled_from(["", "said", "stated", "cost", "price", "“quoted”", '"quoted"'])
TEXTS = st.lists(st.one_of(SENTENCES, EDITS), max_size=8).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(old=TEXTS, new=TEXTS)
@example(old="The council voted to repair the old bridge over the river last spring. "
             "The mayor said the work would start soon and end before the winter. cost",
         new="The mayor stated the work would start soon and end before the winter. "
             "The council voted to repair the old bridge over the river last spring. price")
def test_every_change_is_counted_once(old: str, new: str) -> None:
    comparison = compare(Document("old.txt", "", old), Document("new.txt", "", new))
    counts = comparison.counts
    moved = sum(1 for change in comparison.changes if change.move is not None)
    assert counts == Counts.of(comparison.changes)
    assert counts.moves == len(comparison.moves)
    assert moved == 2 * counts.moves, "a move is one omission and one addition"
    assert (counts.substitutions + counts.omissions + counts.additions + counts.formatting
            + moved) == len(comparison.changes)
