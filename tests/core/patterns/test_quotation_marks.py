"""A quotation mark that comes or goes is content (`Category.QUOTATION`), never formatting.

Issue 16: the translation in seed 001 dropped the quotation marks around Lavrov's words;
they were counted as punctuation, dimmed, and gone when formatting was hidden. A quotation
mark of another style ("“" → '"') is still formatting.
"""

from __future__ import annotations

import pytest

from core.compare import compare
from core.load.loader import load
from core.model import Category, ChangeKind
from core.patterns.categories import category_of, quotation_marks

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected"),
    [
        pytest.param(OMIT, "“", "", Category.QUOTATION, id="an opening mark dropped"),
        pytest.param(ADD, "", "”", Category.QUOTATION, id="a closing mark added"),
        pytest.param(OMIT, "‘", "", Category.QUOTATION, id="a nested quotation's mark"),
        pytest.param(ADD, "", ", «", Category.QUOTATION, id="a guillemet with a comma"),
        pytest.param(SUB, "”\u00a0", " ", Category.QUOTATION,
                     id="a closing mark dropped, a no-break space made plain"),
        pytest.param(SUB, "\n\n“", " ", Category.QUOTATION,
                     id="a paragraph joined and its opening mark dropped"),
        pytest.param(SUB, "“", '"', Category.QUOTE_STYLE, id="curly to straight: style"),
        pytest.param(SUB, "«", "“", Category.QUOTE_STYLE, id="guillemet to curly: style"),
        pytest.param(SUB, "Lavrov’s", "Lavrov's", Category.QUOTE_STYLE,
                     id="an apostrophe's style"),
        pytest.param(SUB, "Russia’s", "Russias", Category.PUNCTUATION,
                     id="an apostrophe inside a word is no quotation mark"),
        pytest.param(OMIT, ",", "", Category.PUNCTUATION, id="a comma is punctuation"),
        pytest.param(SUB, ";", ",", Category.PUNCTUATION, id="so is a comma for a semicolon"),
        pytest.param(SUB, "“anti-Chinese”", "anti-China", Category.REWORDING,
                     id="marks dropped with a word changed: content as before"),
        pytest.param(ADD, "", " ", Category.WHITESPACE, id="white space stays white space"),
    ],
)
def test_category_of_quotation_marks(kind: ChangeKind, old: str, new: str,
                                     expected: Category) -> None:
    assert category_of(kind, old, new) is expected
    assert not Category.QUOTATION.is_formatting


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("“no”", 2, id="both ends"),
        pytest.param("isn’t", 0, id="an apostrophe inside a word"),
        pytest.param("the students’", 1, id="after a word: may close a quotation, counted"),
        pytest.param("'", 1, id="a straight single quote alone"),
        pytest.param("— said", 0, id="no quotation mark"),
    ],
)
def test_quotation_marks(text: str, count: int) -> None:
    assert quotation_marks(text) == count


def test_the_quote_marks_dropped_in_seed_001_are_content(seeds: list) -> None:
    comparison = compare(load(seeds[0]), load(seeds[1]))
    dropped = [change for change in comparison.changes
               if change.kind is OMIT and change.old_text in ("“", "”", "‘")]
    assert dropped, "the translation dropped quotation marks"
    assert all(change.category is Category.QUOTATION for change in dropped)
    styled = [change for change in comparison.changes
              if change.kind is SUB and change.old_text == "Lavrov’s"]
    assert styled and all(change.category is Category.QUOTE_STYLE for change in styled)
