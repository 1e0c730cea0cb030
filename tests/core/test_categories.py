"""Categories: formatting-only differences are told apart from content."""

from __future__ import annotations

import pytest

from core.categories import category_of
from core.model import Category, ChangeKind

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected", "reason"),
    [
        (SUB, "\n\n", "\n", Category.WHITESPACE, "paragraph break to line break"),
        (SUB, "\u00a0", " ", Category.WHITESPACE, "no-break space to space"),
        (SUB, "Russia’s", "Russia's", Category.QUOTE_STYLE, "curly to straight apostrophe"),
        (SUB, "“no limits”", '"no limits"', Category.QUOTE_STYLE, "double quotes"),
        (SUB, "While", "while", Category.CASE, "capital letter"),
        (SUB, "said,", "said;", Category.PUNCTUATION, "comma to semicolon"),
        (SUB, "U.S.", "US", Category.REWORDING, "dropping dots of an abbreviation is content"),
        (SUB, "visit", "go to", Category.REWORDING, "a real swap"),
        (OMIT, ", ", "", Category.PUNCTUATION, "a dropped comma"),
        (OMIT, "  ", "", Category.WHITESPACE, "dropped spaces"),
        (ADD, "", "together ", Category.CONTENT, "an added word"),
        (OMIT, "Xi Meets With Russia’s Foreign Minister", "", Category.CONTENT, "a headline"),
    ],
)
def test_category(kind: ChangeKind, old: str, new: str, expected: Category, reason: str) -> None:
    assert category_of(kind, old, new) is expected, reason


def test_formatting_flag() -> None:
    assert Category.QUOTE_STYLE.is_formatting and not Category.SYNONYM.is_formatting
