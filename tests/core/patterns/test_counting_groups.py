"""Pattern groups and ranking: figures, content (systematic first), minor, formatting."""

from __future__ import annotations

import pytest

from core.compare import compare
from core.lexicon.function_words import is_function_word, only_function_words
from core.model import Category, Document, Pattern, PatternGroup, Place
from core.patterns.counting import is_minor, ranked
from core.report.json_format import to_dict

REWORDING = Category.REWORDING

# Where a pattern was counted does not matter to its group or rank.
_PLACE = Place(0, 1, 0, 1)


@pytest.mark.parametrize(("word", "expected"), [
    pytest.param("the", True, id="an article"),
    pytest.param("Unto", True, id="an archaic preposition, any case"),
    pytest.param("thou", True, id="an archaic pronoun"),
    pytest.param("didn’t", True, id="a contraction of function words, curly apostrophe"),
    pytest.param("were", True, id="an auxiliary"),
    pytest.param("people", False, id="a noun"),
    pytest.param("God's", False, id="a name's possessive"),
])
def test_function_words(word: str, expected: bool) -> None:
    assert is_function_word(word) is expected


@pytest.mark.parametrize(("phrase", "expected"), [
    pytest.param("of the", True, id="two function words"),
    pytest.param("¶ And", True, id="punctuation between is no word"),
    pytest.param("”", False, id="no words at all"),
    pytest.param("the way", False, id="a noun among them"),
])
def test_only_function_words(phrase: str, expected: bool) -> None:
    assert only_function_words(phrase) is expected


@pytest.mark.parametrize(("old", "new", "share", "minor"), [
    pytest.param("a", "the", 0.3, True, id="an article swapped now and then"),
    pytest.param("the", "God’s", 0.27, True, id="one side a function word, inconsistent"),
    pytest.param("unto", "to", 0.94, False, id="a function word modernised each time"),
    pytest.param("And Jesus", "Jesus", 1.0, True, id="a function word dropped beside a name"),
    pytest.param(" And", "”", 0.7, True, id="a function word for a quote mark"),
    pytest.param("despite", "regardless of", 1.0, False, id="a spinner's phrase, each time"),
    pytest.param("visit", "go to", 0.2, False, id="content words are never minor"),
    pytest.param("use", "make use of", 1.0, False, id="a content word added with a function word"),
])
def test_minor_swaps(old: str, new: str, share: float, minor: bool) -> None:
    assert is_minor(old, new, share) is minor


def test_groups_come_in_order_and_content_is_ranked_by_consistency() -> None:
    patterns = [
        Pattern("'", "’", 9, Category.QUOTE_STYLE, (0,), (_PLACE,)),
        Pattern("said", "stated", 3, REWORDING, (1,), (_PLACE,)),
        Pattern("said", "told", 3, REWORDING, (2,), (_PLACE,)),
        Pattern("a", "the", 4, REWORDING, (3,), (_PLACE,)),
        Pattern("a", "one", 1, REWORDING, (4,), (_PLACE,)),
        Pattern("a", "an", 1, REWORDING, (5,), (_PLACE,)),
        Pattern("visit", "go to", 2, REWORDING, (6,), (_PLACE,)),
        Pattern("30", "40", 1, Category.FIGURE, (7,), (_PLACE,)),
    ]
    order = [(p.old, p.new, p.group) for p in ranked(patterns)]
    assert order == [
        ("30", "40", PatternGroup.FIGURES),
        ("visit", "go to", PatternGroup.CONTENT),  # 2 x 1.0 before 3 x 0.5
        ("said", "stated", PatternGroup.CONTENT),
        ("said", "told", PatternGroup.CONTENT),
        ("a", "the", PatternGroup.MINOR),  # 4 of "a"'s 6 swaps: not systematic
        ("a", "one", PatternGroup.MINOR),
        ("a", "an", PatternGroup.MINOR),
        ("'", "’", PatternGroup.FORMATTING),
    ]


def test_json_patterns_carry_their_group_in_order() -> None:
    comparison = compare(
        Document("old.txt", "", "The fee was 30 dollars. A visit came. The visit ended."),
        Document("new.txt", "", "The fee was 40 dollars. The go to came. The go to ended."))
    groups = [p["group"] for p in to_dict(comparison)["patterns"]]
    assert groups[0] == "figures" and "content" in groups
    ranks = [[g.value for g in PatternGroup].index(group) for group in groups]
    assert ranks == sorted(ranks), "figures, content, minor, formatting"
