"""Where a change stands: its paragraph on each side and the words around it (the CSV's
last columns, issue 16 item 15)."""

from __future__ import annotations

import csv
import io

import pytest

from core.compare import compare
from core.model import ChangeKind, Document, Side
from core.report.context import Places
from core.report.csv_format import to_csv

OLD = "Headline\n\nThe council voted to repair the old bridge on Tuesday.\n\nIt will cost money."
NEW = ("Headline\n\nThe council voted to mend the old bridge on Tuesday.\n\n"
       "It will cost money. A lot of it.")


def _comparison():
    return compare(Document("old.txt", "", OLD), Document("new.txt", "", NEW))


@pytest.mark.parametrize(
    ("kind", "old_paragraph", "new_paragraph", "before", "after"),
    [
        pytest.param(ChangeKind.SUBSTITUTION, 2, 2, "The council voted to", "the old bridge on Tuesday.",
                     id="a substitution: NEW's words around it"),
        pytest.param(ChangeKind.ADDITION, 3, 3, "It will cost money.", "",
                     id="an addition at a paragraph's end: nothing after it"),
    ],
)
def test_place_of_each_change(kind: ChangeKind, old_paragraph: int, new_paragraph: int,
                              before: str, after: str) -> None:
    comparison = _comparison()
    places = Places(comparison)
    change = next(change for change in comparison.changes if change.kind is kind)
    assert places.paragraph(Side.OLD, change.old_start) == old_paragraph
    assert places.paragraph(Side.NEW, change.new_start) == new_paragraph
    assert places.context(change) == (before, after)


def test_an_omission_takes_its_context_from_old() -> None:
    comparison = compare(
        Document("a", "", "It rained. The roads were closed for a day and a half. Then sun."),
        Document("b", "", "It rained. Then sun."))
    (change,) = comparison.changes
    assert change.kind is ChangeKind.OMISSION
    assert Places(comparison).context(change) == ("It rained.", "Then sun.")


def test_the_csv_carries_them() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(_comparison()), newline="")))
    assert [(row["old_paragraph"], row["new_paragraph"], row["context_before"])
            for row in rows] == [("2", "2", "The council voted to"),
                                 ("3", "3", "It will cost money.")]
