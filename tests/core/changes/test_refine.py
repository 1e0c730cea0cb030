"""`core.changes.refine`: a replaced block of tokens refined into the changes an editor names.

Each row gives two texts; the block refined is all of both (unless the row names a smaller
one), and the expected pieces are ``(kind, old text, new text)`` triples.
"""

from __future__ import annotations

import pytest

from core.changes.refine import refine, whole, with_written_forms
from core.spans import Block
from core.text.tokens import TokenPair
from tests.pieces import ADD, OMIT, SUB, Triple, refined, triples

# A sentence of fourteen words and one of twelve that share none: two passages.
_REPORT = "The committee published its long awaited report on the state of the railways today."
_UNRELATED = "Nobody could say when the trains would run again, a spokesman admitted."


def _everything(pair: TokenPair) -> Block:
    return Block(0, len(pair.old.tokens), 0, len(pair.new.tokens))


@pytest.mark.parametrize(
    ("old", "new", "block", "expected"),
    [
        pytest.param("", "new words", None, [(ADD, "", "new words")],
                     id="nothing in OLD: one addition"),
        pytest.param("old words", "", None, [(OMIT, "old words", "")],
                     id="nothing in NEW: one omission"),
        pytest.param("", "", None, [], id="an empty block: no change"),
        pytest.param("the top leader", "the high chief", None,
                     [(SUB, "top", "high"), (SUB, "leader", "chief")],
                     id="token for token: each swap apart, the unchanged space between left out"),
        pytest.param("While\n\nit", "while\nit", None,
                     [(SUB, "While", "while"), (SUB, "\n\n", "\n")],
                     id="a case change and a line break, each a change with its own category"),
        pytest.param("He said the plan was good.", "He stated that the plan was very good.",
                     None, [(SUB, "said", "stated"), (ADD, "", "that "), (ADD, "", " very")],
                     id="unchanged words split the block into runs: a swap and two insertions"),
        pytest.param("He said so.", "He said so!", None, [(SUB, ".", "!")],
                     id="a punctuation mark alone"),
        pytest.param(_REPORT, _UNRELATED, None,
                     [(OMIT, _REPORT, ""), (ADD, "", _UNRELATED)],
                     id="two long sentences sharing almost nothing: a passage out, one in"),
        pytest.param("The committee published its long awaited report on the railways.",
                     "A brief note.", None,
                     [(OMIT, "The committee published its long awaited report on the railways.",
                       ""), (ADD, "", "A brief note.")],
                     id="lopsided and sharing little: never eleven words swapped for three"),
        pytest.param("one two three", "—", None, [(OMIT, "one two three", ""), (ADD, "", "—")],
                     id="words against a mere dash: two changes"),
        pytest.param("会议在星期二举行", "会议在礼拜三举行", None, [(SUB, "星期二", "礼拜三")],
                     id="Chinese characters swapped together are one change, not three"),
        pytest.param("the top leader", "the high chief", Block(0, 3, 0, 3), [(SUB, "top", "high")],
                     id="only the block given is refined: 'the top' against 'the high'"),
    ],
)
def test_refine(old: str, new: str, block: Block | None, expected: list[Triple]) -> None:
    pair = TokenPair.of(old, new)
    found = refine(pair.old.tokens, pair.new.tokens, block or _everything(pair))
    assert triples(pair, found) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("a b c", "a x c", [(OMIT, "b", ""), (ADD, "", "x")],
                     id="unrelated sentences: one omission and one addition, never a swap"),
        pytest.param("same start, then old words, same end",
                     "same start, then a new phrase, same end",
                     [(OMIT, "old words", ""), (ADD, "", "a new phrase")],
                     id="what the two ends share is left out of both"),
        pytest.param("keep this", "keep this and more", [(ADD, "", " and more")],
                     id="OLD all shared: an addition alone"),
        pytest.param("keep this and more", "keep this", [(OMIT, " and more", "")],
                     id="NEW all shared: an omission alone"),
        pytest.param("a b c", "a b c", [], id="all shared: nothing"),
    ],
)
def test_whole(old: str, new: str, expected: list[Triple]) -> None:
    pair = TokenPair.of(old, new)
    found = whole(pair.old.tokens, pair.new.tokens, _everything(pair))
    assert triples(pair, found) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("Cafe\u0301 au lait", "Café au lait", [(SUB, "Cafe\u0301", "Café")],
                     id="equal in NFC but written apart: a substitution the script must rebuild"),
        pytest.param("Cafe\u0301 au lait", "Café au thé",
                     [(SUB, "Cafe\u0301", "Café"), (SUB, "lait", "thé")],
                     id="it takes its place in document order among the changes found"),
        pytest.param("Cafe\u0301 au lait", "Cafe\u0301 au thé", [(SUB, "lait", "thé")],
                     id="written alike on both sides: nothing to add"),
        pytest.param("Le the\u0301, Cafe\u0301", "Le thé, Café",
                     [(SUB, "the\u0301", "thé"), (SUB, "Cafe\u0301", "Café")],
                     id="each token written apart, one substitution each"),
    ],
)
def test_with_written_forms(old: str, new: str, expected: list[Triple]) -> None:
    pair = TokenPair.of(old, new)
    assert triples(pair, with_written_forms(refined(pair), pair)) == expected


def test_text_compared_as_written_is_returned_as_it_is() -> None:
    pair = TokenPair.of("plain text", "plain words")
    pieces = refined(pair)
    assert with_written_forms(pieces, pair) is pieces
    assert triples(pair, pieces) == [(SUB, "text", "words")]
