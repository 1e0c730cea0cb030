"""Word-form rules: numbers, contractions, aliases, inflections, and the categories they give."""

from __future__ import annotations

import pytest

from core.lexicon.word_forms import (
    fold,
    is_alias_pair,
    is_contraction_pair,
    is_inflection_pair,
    number_value,
)
from core.model import Category
from core.patterns.categories import content_category


def _no_synonyms(old: str, new: str) -> bool:
    return False


def _thesaurus(old: str, new: str) -> bool:
    return {old, new} == {"significant", "important"}


@pytest.mark.parametrize(
    ("old", "new", "expected", "reason"),
    [
        ("two", "2", Category.NUMBER, "number word to digits"),
        ("26 percent", "26%", Category.NUMBER, "percent word to sign"),
        ("2,022", "2022", Category.NUMBER, "thousands separator"),
        ("twenty-five", "25", Category.NUMBER, "hyphenated number word"),
        ("did not", "didn't", Category.CONTRACTION, "contraction made"),
        ("can’t", "cannot", Category.CONTRACTION, "irregular contraction, curly apostrophe"),
        ("United States", "USA", Category.ALIAS, "initials of a name"),
        ("U.S.", "US", Category.ALIAS, "dots of an abbreviation"),
        ("dictatorships", "dictatorship", Category.INFLECTION, "plural to singular"),
        ("warned", "warns", Category.INFLECTION, "tense"),
        ("significant", "important", Category.SYNONYM, "the thesaurus says so"),
        ("Sergey", "Sergei", Category.SPELLING, "transliteration"),
        ("Judæa", "Judea", Category.SPELLING, "ligature"),
        ("visit", "banana", Category.REWORDING, "nothing explains it"),
    ],
)
def test_content_category(old: str, new: str, expected: Category, reason: str) -> None:
    assert content_category(old, new, _thesaurus) is expected, reason


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("one", "two", "different numbers"),
        ("the", "2", "not a number at all"),
    ],
)
def test_numbers_that_differ(old: str, new: str, reason: str) -> None:
    assert number_value(old) != number_value(new) or number_value(old) is None, reason


def test_rules_reject_unrelated_pairs() -> None:
    assert not is_contraction_pair("did", "done")
    assert not is_alias_pair("United States", "UK")
    assert not is_inflection_pair("war", "warfare")
    assert content_category("visit", "go to", _no_synonyms) is Category.REWORDING


def test_fold() -> None:
    assert fold("  Russia’s\u00a0Café  ") == "russia's cafe"
