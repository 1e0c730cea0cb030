"""`core.changes.sentence_edges`: a substitution that reaches across a sentence start on one
side only is cut there, the whole sentences becoming an addition or omission of their own;
and which pieces hold a sentence, so that they join no run of swaps.

Each row gives OLD and NEW and the substitution to cut as the text it covers on each side
(the first occurrence); the result is read back as (kind, OLD text, NEW text).
"""

from __future__ import annotations

import pytest

from core.changes.sentence_edges import SentenceStarts
from core.model import ChangeKind
from core.spans import Piece
from core.text.sentences import split_sentences
from core.text.tokens import Tokenized, TokenPair
from tests.pieces import ADD, OMIT, SUB, Triple, triples


def _tokens_of(side: Tokenized, text: str) -> tuple[int, int]:
    """The token range of the first occurrence of ``text`` (it must start and end a token)."""
    written = side.written
    for start in range(len(written)):
        for end in range(start, len(written) + 1):
            if "".join(written[start:end]) == text:
                return start, end
    raise AssertionError(f"{text!r} is no run of tokens")


def _starts(pair: TokenPair) -> SentenceStarts:
    return SentenceStarts(split_sentences(pair.old.tokens), split_sentences(pair.new.tokens),
                          pair.old.tokens, pair.new.tokens)


def _piece(pair: TokenPair, kind: ChangeKind, old_text: str, new_text: str) -> Piece:
    a0, a1 = _tokens_of(pair.old, old_text) if old_text else (0, 0)
    b0, b1 = _tokens_of(pair.new, new_text) if new_text else (0, 0)
    return Piece(kind, a0, a1, b0, b1)


_FIRMS = "About the trade. Several firms warned."
_BUDGET = "About the trade. The budget passed. Various firms warned."


@pytest.mark.parametrize(
    ("old", "new", "old_text", "new_text", "expected"),
    [
        pytest.param(_FIRMS, _BUDGET, "Several", "The budget passed. Various",
                     [(ADD, "", "The budget passed. "), (SUB, "Several", "Various")],
                     id="OLD's word opens its sentence: the sentences before the cut are added"),
        pytest.param(_BUDGET, _FIRMS, "The budget passed. Various", "Several",
                     [(OMIT, "The budget passed. ", ""), (SUB, "Various", "Several")],
                     id="the same the other way: dropped"),
        pytest.param("They warned of the trend.", "They warned of the drift. Prices fell.",
                     "trend", "drift. Prices fell",
                     [(SUB, "trend", "drift"), (ADD, "", ". Prices fell")],
                     id="OLD's word closes its sentence: the sentences after the cut are added"),
        pytest.param("They warned of the drift. Prices fell.", "They warned of the trend.",
                     "drift. Prices fell", "trend",
                     [(SUB, "drift", "trend"), (OMIT, ". Prices fell", "")],
                     id="and dropped"),
        pytest.param("They warned of the big trend today.",
                     "They warned of the drift. Prices fell today.", "big trend",
                     "drift. Prices fell",
                     [(SUB, "big trend", "drift. Prices fell")],
                     id="OLD's words neither open nor close a sentence: left as it is"),
        pytest.param("One. Two three.", "Uno. Dos tres.", "One. Two", "Uno. Dos",
                     [(SUB, "One. Two", "Uno. Dos")],
                     id="sentence starts on both sides: a rewrite, left as it is"),
    ],
)
def test_apart(old: str, new: str, old_text: str, new_text: str, expected: list[Triple]
               ) -> None:
    pair = TokenPair.of(old, new)
    piece = _piece(pair, ChangeKind.SUBSTITUTION, old_text, new_text)
    assert triples(pair, _starts(pair).apart([piece])) == expected


@pytest.mark.parametrize(
    ("old", "new", "kind", "old_text", "new_text", "holds"),
    [
        pytest.param(_FIRMS, _BUDGET, ChangeKind.ADDITION, "", "The budget passed. ", True,
                     id="a whole sentence added"),
        pytest.param("The end.", "The end. More.", ChangeKind.ADDITION, "", " More.", True,
                     id="a sentence added with the space before it"),
        pytest.param("The end.", "The very end.", ChangeKind.ADDITION, "", "very ", False,
                     id="a word added inside a sentence: no sentence"),
        pytest.param("And he said so. Then.", "He said so. Then.", ChangeKind.OMISSION, "And ",
                     "", False, id="a word dropped at a sentence's start: no sentence"),
        pytest.param("He left. Ok. Then.", "He left. Then.", ChangeKind.OMISSION, "Ok. ", "",
                     True, id="a short sentence dropped"),
        pytest.param("A b. C d.", "A x. Y d.", ChangeKind.SUBSTITUTION, "b. C", "x. Y", True,
                     id="a piece across a sentence start"),
    ],
)
def test_holds_sentence(old: str, new: str, kind: ChangeKind, old_text: str, new_text: str,
                        holds: bool) -> None:
    pair = TokenPair.of(old, new)
    assert _starts(pair).holds_sentence(_piece(pair, kind, old_text, new_text)) is holds
