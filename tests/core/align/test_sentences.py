"""`core.align.sentences`: sentences paired by content through the word alignment, and the
equalities inside unrelated sentences demoted.

Each row gives two texts. Sentence pairs are written as (OLD sentence, NEW sentence,
similarity), the unrelated sentences by their text, and demoted opcodes as (tag, old text,
new text, unrelated).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import pytest

from core.align.sentences import PAIR_SIMILARITY, align_sentences, demote, sentence_similarity
from core.model import Range
from core.spans import Opcode, Tag
from core.text.sentences import split_sentences
from core.text.tokens import Tokenized, TokenPair
from tests.pieces import opcodes, written

_SPOKE = "The mayor spoke at noon."
_VOTED = "The council voted."
_DROPPED = "Critics of the plan were absent."
_ADDED = "A spokesman for the utility declined to comment."
# Two sentences that share only "of the" and "in the": the word diff matches those inside them.
_PRICES = "Prices of the bread rose sharply in the spring."
_LOVERS = "Lovers of the opera queued all night in the rain."

Pair = tuple[str, str, float]


def _aligned(old: str, new: str) -> tuple[TokenPair, list[Range], list[Range], list[Opcode]]:
    pair = TokenPair.of(old, new)
    return (pair, split_sentences(pair.old.tokens), split_sentences(pair.new.tokens),
            opcodes(pair))


def _texts(side: Tokenized, sentences: list[Range], indexes: Sequence[int]) -> list[str]:
    return [written(side, *sentences[index]).strip() for index in indexes]


@pytest.mark.parametrize(
    ("old", "new", "pairs", "old_unrelated", "new_unrelated"),
    [
        pytest.param(f"{_SPOKE} {_VOTED}", f"{_SPOKE} {_VOTED}",
                     [(_SPOKE, _SPOKE, 1.0), (_VOTED, _VOTED, 1.0)], [], [],
                     id="the same text: every sentence with its copy"),
        pytest.param(f"{_SPOKE} {_VOTED}", f"The mayor talked at noon. {_VOTED}",
                     [(_SPOKE, "The mayor talked at noon.", 0.8), (_VOTED, _VOTED, 1.0)], [], [],
                     id="a reworded sentence is paired, less similar"),
        pytest.param(f"{_SPOKE} {_DROPPED} {_VOTED}", f"{_SPOKE} {_VOTED}",
                     [(_SPOKE, _SPOKE, 1.0), (_VOTED, _VOTED, 1.0)], [_DROPPED], [],
                     id="a dropped sentence is unrelated in OLD"),
        pytest.param(f"{_SPOKE} {_VOTED}", f"{_SPOKE} {_ADDED} {_VOTED}",
                     [(_SPOKE, _SPOKE, 1.0), (_VOTED, _VOTED, 1.0)], [], [_ADDED],
                     id="an added sentence is unrelated in NEW"),
        pytest.param(f"{_SPOKE} {_PRICES} {_VOTED}", f"{_SPOKE} {_LOVERS} {_VOTED}",
                     [(_SPOKE, _SPOKE, 1.0), (_PRICES, _LOVERS, 0.42), (_VOTED, _VOTED, 1.0)],
                     [_PRICES], [_LOVERS],
                     id="paired by their shared 'of the', 'in the' but too unlike: both unrelated"),
        pytest.param(f"{_SPOKE} That is what we built.", f"{_SPOKE} That's what we reinforced.",
                     [(_SPOKE, _SPOKE, 1.0),
                      ("That is what we built.", "That's what we reinforced.", 0.8)], [], [],
                     id="a contraction counts as its two words: 'that is' -> 'that's' and one "
                        "swap leave three words of five, a reworded sentence (0.44 word by word)"),
        pytest.param(f"{_SPOKE} We didn't see it.", f"{_SPOKE} Nobody saw anything.",
                     [(_SPOKE, _SPOKE, 1.0)], ["We didn't see it."], ["Nobody saw anything."],
                     id="written out, words still unlike: unrelated all the same"),
        pytest.param(f"{_VOTED} {_SPOKE}", f"{_SPOKE} {_VOTED}",
                     [(_SPOKE, _SPOKE, 1.0)], [_VOTED], [_VOTED],
                     id="sentences that trade places: one kept in order, the other unrelated on "
                        "both sides (for the moves stage to find)"),
    ],
)
def test_align_sentences(old: str, new: str, pairs: list[Pair], old_unrelated: list[str],
                         new_unrelated: list[str]) -> None:
    pair, old_sentences, new_sentences, words = _aligned(old, new)
    alignment = align_sentences(pair, old_sentences, new_sentences, words)
    assert [(*_texts(pair.old, old_sentences, [m.old_index]),
             *_texts(pair.new, new_sentences, [m.new_index]), round(m.similarity, 2))
            for m in alignment.matches] == pairs
    assert _texts(pair.old, old_sentences, sorted(alignment.old_unrelated)) == old_unrelated
    assert _texts(pair.new, new_sentences, sorted(alignment.new_unrelated)) == new_unrelated
    assert all(m.similarity >= PAIR_SIMILARITY for m in alignment.matches
               if m.old_index not in alignment.old_unrelated)


Demoted = tuple[str, str, str, bool]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(f"{_SPOKE} {_VOTED}", f"The mayor talked at noon. {_VOTED}",
                     [("equal", "The mayor ", "The mayor ", False),
                      ("replace", "spoke", "talked", False),
                      ("equal", f" at noon. {_VOTED}", f" at noon. {_VOTED}", False)],
                     id="no unrelated sentence: the word alignment as it is"),
        pytest.param(f"{_SPOKE} {_DROPPED} {_VOTED}", f"{_SPOKE} {_VOTED}",
                     [("equal", f"{_SPOKE} ", f"{_SPOKE} ", False),
                      ("delete", f"{_DROPPED} ", "", True),
                      ("equal", _VOTED, _VOTED, False)],
                     id="a dropped sentence's deletion is marked unrelated: reported whole"),
        pytest.param(f"{_SPOKE} {_PRICES} {_VOTED}", f"{_SPOKE} {_LOVERS} {_VOTED}",
                     [("equal", f"{_SPOKE} ", f"{_SPOKE} ", False),
                      ("replace", f"{_PRICES} ", f"{_LOVERS} ", True),
                      ("equal", _VOTED, _VOTED, False)],
                     id="the stray 'of the' and 'in the' demoted: one change, unrelated"),
    ],
)
def test_demote(old: str, new: str, expected: list[Demoted]) -> None:
    pair, old_sentences, new_sentences, words = _aligned(old, new)
    alignment = align_sentences(pair, old_sentences, new_sentences, words)
    found = demote(words, old_sentences, new_sentences, alignment)
    assert [(d.opcode.tag.value, written(pair.old, d.opcode.a0, d.opcode.a1),
             written(pair.new, d.opcode.b0, d.opcode.b1), d.unrelated) for d in found] == expected
    # still an alignment: the opcodes cover both texts in order
    assert (found[0].opcode.a0, found[0].opcode.b0) == (0, 0)
    assert all(a.opcode.a1 == b.opcode.a0 and a.opcode.b1 == b.opcode.b0
               for a, b in pairwise(found))
    assert (found[-1].opcode.a1, found[-1].opcode.b1) == (len(pair.old.tokens),
                                                          len(pair.new.tokens))
    assert not any(a.opcode.tag is not Tag.EQUAL and b.opcode.tag is not Tag.EQUAL
                   for a, b in pairwise(found)), "consecutive changes are merged"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param([], [], 1.0, id="two empty sentences are alike"),
        pytest.param(["a"], [], 0.0, id="against an empty one: nothing shared"),
        pytest.param(["the", "mayor", "spoke"], ["the", "mayor", "spoke"], 1.0, id="the same"),
        pytest.param(["a", "b", "c", "d"], ["a", "x", "c", "d"], 0.75,
                     id="one word of four swapped: 6 of 8 kept"),
        pytest.param(["a", "b", "c"], ["a", "b", "c", "d"], 6 / 7, id="one word added"),
        pytest.param(["a", "b"], ["b", "a"], 0.5, id="order counts: not a bag of words"),
        pytest.param(["a"], ["b"], 0.0, id="nothing in common"),
    ],
)
def test_sentence_similarity(old: list[str], new: list[str], expected: float) -> None:
    assert sentence_similarity(old, new) == pytest.approx(expected)
