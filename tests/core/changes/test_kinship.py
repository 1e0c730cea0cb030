"""`core.changes.kinship`: what two folded phrases say of themselves as a swap, 0 to 2.

The categories are a stand-in that answers from a table and counts the questions, so each
row says which rule gave the score: a known kind of swap, a near spelling, or (for four
words or more between the two) only a number or contraction swap (asked of
`core.patterns.categories.formal_category` directly).
"""

from __future__ import annotations

import pytest

from core.changes.kinship import WordKinship
from core.model import Category


class _Categories:
    """Answers from ``known`` (REWORDING otherwise) and remembers what it was asked."""

    def __init__(self, known: dict[tuple[str, str], Category]) -> None:
        self.known = known
        self.asked: list[tuple[str, str]] = []

    def __call__(self, old: str, new: str) -> Category:
        self.asked.append((old, new))
        return self.known.get((old, new), Category.REWORDING)


_KNOWN = {
    ("big", "large"): Category.SYNONYM,
    ("two", "2"): Category.NUMBER,
    ("usa", "united states"): Category.ALIAS,
    ("councl", "council"): Category.SPELLING,
    ("said", "told"): Category.REWORDING,
    ("did not", "didn't"): Category.CONTRACTION,
    ("visit", "go to"): Category.SYNONYM,
}


@pytest.mark.parametrize(
    ("old", "new", "score", "asks"),
    [
        pytest.param("big", "large", 2.0, True, id="a dictionary synonym: the most"),
        pytest.param("two", "2", 2.0, True, id="a number written another way: the most"),
        pytest.param("usa", "united states", 2.0, True, id="an alias: the most"),
        pytest.param("councl", "council", 1.0, True, id="a misspelling: half"),
        pytest.param("cat", "cart", 1.0, True, id="a rewording spelt nearly alike: half"),
        pytest.param("said", "told", 0.0, True, id="a rewording spelt apart: nothing"),
        pytest.param("they", "the", 0.0, True,
                     id="two short closed-class words spelt alike: nothing (all are)"),
        pytest.param("whosoever", "whoever", 1.0, True,
                     id="longer closed-class words spelt alike: a respelling, half"),
        pytest.param("did not", "didn't", 2.0, False,
                     id="a contraction: the most, known without the categories"),
        pytest.param("does not go", "doesn't go", 2.0, False,
                     id="four words or more with a contraction: known without the categories"),
        pytest.param("twenty two men", "22 men", 2.0, False,
                     id="four words or more with a number: known without the categories"),
        pytest.param("against", "in opposition to", 0.0, False,
                     id="one word for three, no number or contraction: nothing, unasked"),
        pytest.param("two", "in opposition to", 0.0, False,
                     id="a number word alone does not make a number swap"),
        pytest.param("red car", "blue auto", 0.0, False,
                     id="two words for two, no number or contraction: nothing, unasked"),
        pytest.param("red", "blue auto", 0.0, False,
                     id="one word for two, no known phrase: nothing, unasked"),
        pytest.param("visit", "go to", 2.0, True,
                     id="one word for a known phrase: asked (a synonym here)"),
    ],
)
def test_kinship(old: str, new: str, score: float, asks: bool) -> None:
    categories = _Categories(_KNOWN)
    assert WordKinship(categories)(old, new) == score  # type: ignore[arg-type]
    assert categories.asked == ([(old, new)] if asks else [])
    assert 0.0 <= score <= WordKinship.MOST


def test_answers_are_remembered() -> None:
    categories = _Categories(_KNOWN)
    kinship = WordKinship(categories)  # type: ignore[arg-type]
    assert [kinship("big", "large"), kinship("big", "large"), kinship("large", "big")] == [
        2.0, 2.0, 0.0]
    assert categories.asked == [("big", "large"), ("large", "big")], "each pair asked once"
