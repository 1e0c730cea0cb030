"""`core.changes.expansions`: a word or two added or dropped beside an unchanged word, read as
a rewording of that word (its anchor).

Each row gives two texts; the pieces expanded are what refining gives (`tests.pieces.refined`),
written as ``(kind, old text, new text)`` triples. The dictionary is a stand-in that knows one
pair, "go" → "go on", so every row says which rule chose the anchor.
"""

from __future__ import annotations

import pytest

from core.changes.expansions import expand
from core.model import ChangeKind
from core.spans import Piece
from core.text.tokens import TokenPair
from tests.pieces import ADD, OMIT, SUB, Triple, refined, triples

_SYNONYMS = {("go", "go on")}


def _synonyms(anchor: str, expanded: str) -> bool:
    return (anchor, expanded) in _SYNONYMS


# Known expressions, for the rows that say so (the engine asks the thesaurus's lemmas).
_KNOWN = {"willy brandt", "cereal grass", "gross sales", "subroutine library"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("Talks with Brandt ended.", "Talks with Willy Brandt ended.",
                     [(SUB, "Brandt", "Willy Brandt")],
                     id="a known expression with the word after: not the adverb rule's 'with'"),
        pytest.param("The cereal sales rose.", "The cereal grass gross sales rose.",
                     [(SUB, "cereal", "cereal grass"), (SUB, "sales", "gross sales")],
                     id="two words between two anchors, each a known expression with its own"),
        pytest.param("The cereal sales rose.", "The cereal gross grass sales rose.",
                     [(SUB, "sales", "gross grass sales")],
                     id="not split when the halves make no known expression"),
        pytest.param("A review library opened.", "A critical review subroutine library opened.",
                     [(SUB, "review", "critical review"), (SUB, "library", "subroutine library")],
                     id="a known expression outweighs the word between two insertions"),
        pytest.param("The cereal grass gross sales rose.", "The cereal sales rose.",
                     [(SUB, "cereal grass", "cereal"), (SUB, "gross sales", "sales")],
                     id="and two dropped words, the same"),
    ],
)
def test_known_expressions_choose_the_anchor(old: str, new: str,
                                             expected: list[Triple]) -> None:
    pair = TokenPair.of(old, new)
    found = expand(pair.old.tokens, pair.new.tokens, refined(pair), _synonyms,
                   _KNOWN.__contains__)
    assert triples(pair, found) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("He met his Chinese counterpart and Chinese officials.",
                     "He met his Chinese language counterpart and Chinese language officials.",
                     [(SUB, "Chinese", "Chinese language"), (SUB, "Chinese", "Chinese language")],
                     id="the anchor is the word the insertion keeps following: Chinese, twice"),
        pytest.param("He was there. She was here.", "He was not there. She was not here.",
                     [(SUB, "was", "was not"), (SUB, "was", "was not")],
                     id="two votes for 'was' before, one each for the words after"),
        pytest.param("They use the tools daily.", "They make use of the tools daily.",
                     [(SUB, "use", "make use of")],
                     id="insertions on both sides of one word are one rewording of it"),
        pytest.param("They make use of the tools daily.", "They use the tools daily.",
                     [(SUB, "make use of", "use")],
                     id="and so are deletions on both sides"),
        pytest.param("The new plan.", "The plan.", [(OMIT, "new ", "")],
                     id="a word dropped once, beside a word it makes no synonym of, is an "
                        "omission (issue 14: 'also trying → trying' was no pattern)"),
        pytest.param("The new plan, the new plan.", "The plan, the plan.",
                     [(SUB, "new plan", "plan"), (SUB, "new plan", "plan")],
                     id="dropped beside the same word again: a rewording of that word"),
        pytest.param("We go on now.", "We go now.", [(SUB, "go on", "go")],
                     id="and a dropped word that makes a synonym of its neighbour"),

        pytest.param("They go now.", "They go on now.", [(SUB, "go", "go on")],
                     id="the dictionary knows 'go on' for 'go': the word before"),
        pytest.param("We could go now.", "We could possibly go now.",
                     [(SUB, "could", "could possibly")],
                     id="no votes, no synonym: an adverb leans on the word before"),
        pytest.param("The plan was old.", "The new plan was old.", [(SUB, "plan", "new plan")],
                     id="no votes, no synonym, no adverb: the word after is the anchor"),
        pytest.param("He left.", "He left quickly.", [(SUB, "left", "left quickly")],
                     id="no word after it: the word before"),
        pytest.param("He left quickly.", "He left in a hurry.", [(SUB, "quickly", "in a hurry")],
                     id="a word replaced by a phrase is a substitution already: left alone"),
        pytest.param("Corals are dying.", "Red corals are dying.", [(SUB, "Corals", "Red corals")],
                     id="a neighbour whose case alone changed is an anchor: Corals → Red corals"),
        pytest.param("Work on it.", "Do work on it.", [(SUB, "Work", "Do work")],
                     id="and so at a sentence's start, the added word capitalised"),
        pytest.param("The plan.", "The very big new plan.", [(ADD, "", "very big new ")],
                     id="three words added are an addition, not an expansion"),
        pytest.param("He said so.", "He said, so.", [(ADD, "", ",")],
                     id="punctuation added is no expansion"),
        pytest.param("Corals are dying.", "Update\n\ncorals are dying.",
                     [(ADD, "", "Update\n\n"), (SUB, "Corals", "corals")],
                     id="never across a line break: a line added above a paragraph is no "
                        "part of its first word"),
        pytest.param("The plan was old.", "The plan\nwas old.", [(SUB, " ", "\n")],
                     id="a line break alone is white space, nothing to expand"),
    ],
)
def test_expand(old: str, new: str, expected: list[Triple]) -> None:
    pair = TokenPair.of(old, new)
    found = expand(pair.old.tokens, pair.new.tokens, refined(pair), _synonyms)
    assert triples(pair, found) == expected


def test_nothing_to_expand_returns_the_pieces_given() -> None:
    pair = TokenPair.of("The big red car.", "The large blue car.")
    pieces = refined(pair)
    assert expand(pair.old.tokens, pair.new.tokens, pieces, _synonyms) is pieces


def test_a_word_dropped_on_one_side_of_a_word_and_added_on_the_other_rewords_it() -> None:
    # as the full comparison refines "The 1931 footbridge" → "The footbridge of 1931" (in a
    # short text alone refining pairs the words off by position instead)
    pair = TokenPair.of("The 1931 footbridge fell.", "The footbridge of 1931 fell.")
    pieces = [Piece(ChangeKind.OMISSION, 2, 4, 2, 2), Piece(ChangeKind.ADDITION, 5, 5, 3, 7)]
    assert triples(pair, pieces) == [(OMIT, "1931 ", ""), (ADD, "", " of 1931")]
    found = expand(pair.old.tokens, pair.new.tokens, pieces, _synonyms)
    assert triples(pair, found) == [(SUB, "1931 footbridge", "footbridge of 1931")]
