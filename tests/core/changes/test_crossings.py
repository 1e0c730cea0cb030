"""`core.changes.crossings`: a swap moved across one unchanged word ("are now" → "at the
moment are" is now → at the moment), and what says such a crossing is a swap at all.
"""

from __future__ import annotations

import pytest

from core.changes.crossings import CrossedSwaps, crossing
from core.changes.kinship import WordKinship
from core.lexicon.thesaurus import default_thesaurus
from core.patterns.categories import ContentCategories


@pytest.mark.parametrize(("old", "new", "expected", "reason"), [
    pytest.param("are now", "at the moment are", ("are", "now", "at the moment"),
                 "OLD begins with the word NEW ends with"),
    pytest.param("shall they", "they will", ("they", "shall", "will"),
                 "OLD ends with the word NEW begins with"),
    pytest.param("Shall they", "They will", ("they", "Shall", "will"),
                 "the kept word in another case is the same word"),
    pytest.param("1931 footbridge", "footbridge of 1931", None,
                 "the two sides share another word: a rewording of the whole"),
    pytest.param("they shall", "shall they", None, "words traded, nothing swapped"),
    pytest.param("now", "at the moment", None, "a side of one word crosses nothing"),
    pytest.param("bottles else", "else wineskins;", None, "punctuation is no word"),
    pytest.param("big red car", "blue car", None,
                 "the same word at the same end: an ordinary swap, no crossing"),
])
def test_crossing(old: str, new: str, expected: tuple[str, str, str] | None, reason: str
                  ) -> None:
    found = crossing(old, new)
    assert (found if found is None else (found[0].casefold(), *found[1:])) == (
        expected if expected is None else (expected[0].casefold(), *expected[1:])), reason


@pytest.fixture(scope="module")
def crossed() -> CrossedSwaps:
    thesaurus = default_thesaurus()
    kinship = WordKinship(ContentCategories(thesaurus.are_related))
    return CrossedSwaps(kinship, {("shall", "will"): 3}, thesaurus.parts_of_speech)


@pytest.mark.parametrize(("dropped", "added", "accepted", "reason"), [
    pytest.param("now", "at the moment", True,
                 "an adverb and a phrase opening on a preposition: adverbials, which move"),
    pytest.param("shall", "will", True, "the document makes the same swap elsewhere"),
    pytest.param("walked", "walks", True, "two forms of one word: kin"),
    pytest.param("descend", "come down", True, "dictionary synonyms: kin"),
    pytest.param("Beijing", "possibly", False,
                 "a name dropped and an adverb added beside 'could': no swap"),
    pytest.param("away", "himself", False, "an adverb for a pronoun: no swap"),
    pytest.param("now", "in the", False, "a preposition and a determiner: no phrase"),
    pytest.param("also", "of John", False, "a phrase on 'of' belongs to a noun: no adverbial"),
])
def test_accepts(crossed: CrossedSwaps, dropped: str, added: str, accepted: bool,
                 reason: str) -> None:
    assert crossed.accepts(dropped, added) is accepted, reason


def test_a_crossed_substitution_gives_its_swap(crossed: CrossedSwaps) -> None:
    assert crossed("are now", "at the moment are") == ("now", "at the moment")
    assert crossed("Beijing could", "could possibly") is None, "no swap says so"
    assert crossed("the plan", "the new plan") is None, "an expansion crosses nothing"
