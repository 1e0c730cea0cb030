"""Word-form rules: numbers, contractions, aliases, inflections, and the categories they give."""

from __future__ import annotations

import pytest

from core.lexicon import word_forms
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
    # stands for WordNet, which gives these as synonyms (one synset holds Judaea and Judea)
    return {old, new} in ({"significant", "important"}, {"judaea", "judea"})


@pytest.mark.parametrize(
    ("old", "new", "expected", "reason"),
    [
        ("two", "2", Category.NUMBER, "number word to digits"),
        ("26 percent", "26%", Category.NUMBER, "percent word to sign"),
        ("2,022", "2022", Category.NUMBER, "thousands separator"),
        ("twenty-five", "25", Category.NUMBER, "hyphenated number word"),
        ("did not", "didn't", Category.CONTRACTION, "contraction made"),
        ("can’t", "cannot", Category.CONTRACTION, "irregular contraction, curly apostrophe"),
        ("is no", "isn’t a", Category.CONTRACTION, "the negation contracted takes 'no' along"),
        ("is no", "isn't", Category.REWORDING, "but 'no' is not 'not' alone"),
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
    assert not is_contraction_pair("is a", "isn't a"), "a negation added is no contraction"
    assert not is_alias_pair("United States", "UK")
    assert not is_inflection_pair("war", "warfare")
    assert content_category("visit", "go to", _no_synonyms) is Category.REWORDING


def test_fold() -> None:
    assert fold("  Russia’s\u00a0Café  ") == "russia's cafe"


@pytest.mark.parametrize(("old", "new", "expected"), [
    pytest.param("Russia's", "Russian", True, id="a possessive and the adjective of its stem"),
    pytest.param("China", "Chinese", True, id="a final vowel gives way to the suffix"),
    pytest.param("anti-Chinese", "anti-China", True, id="hyphenated: the last parts"),
    pytest.param("political", "politics", True, id="both derived, one inflected"),
    pytest.param("officials", "officers", False, id="one root, neither derived from the other"),
    pytest.param("use", "user", False, id="too short a stem to tell"),
    pytest.param("though", "although", False, id="a prefix is no suffix"),
])
def test_derivations(old: str, new: str, expected: bool) -> None:
    assert word_forms.is_derivation_pair(old, new) is expected


@pytest.mark.parametrize(("text", "values"), [
    pytest.param("30", (30.0,), id="digits"),
    pytest.param("$2.9bn", (2.9e9,), id="a scale written short"),
    pytest.param("$2.9 billion", (2.9e9,), id="a scale written out"),
    pytest.param("twenty-six percent", (26.0,), id="number words"),
    pytest.param("footbridge of 1931", (1931.0,), id="a year among words"),
    pytest.param("the bridge", (), id="no number"),
])
def test_number_values(text: str, values: tuple[float, ...]) -> None:
    assert word_forms.number_values(text) == pytest.approx(values)
