"""`core.align.levenshtein`: the one wrapper of python-Levenshtein, in our types."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.align import levenshtein
from core.align.dmp import encode
from core.align.levenshtein import Alphabet, align, distance, ratio
from core.spans import Opcode, Tag


@pytest.mark.parametrize(
    ("a", "b", "similarity", "edits"),
    [
        pytest.param("", "", 1.0, 0, id="two empty strings are alike"),
        pytest.param("abcd", "abcd", 1.0, 0, id="the same"),
        pytest.param("abcd", "axcd", 0.75, 1, id="one swapped of four: ratio counts it twice"),
        pytest.param("abc", "", 0.0, 3, id="against nothing"),
        pytest.param("ab", "ba", 0.5, 2, id="order counts"),
    ],
)
def test_ratio_and_distance(a: str, b: str, similarity: float, edits: int) -> None:
    assert ratio(a, b) == pytest.approx(similarity)
    assert distance(a, b) == edits
    assert type(ratio(a, b)) is float and type(distance(a, b)) is int


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("abc", "abc", [Opcode(Tag.EQUAL, 0, 3, 0, 3)], id="equal"),
        pytest.param("abc", "axc", [Opcode(Tag.EQUAL, 0, 1, 0, 1), Opcode(Tag.REPLACE, 1, 2, 1, 2),
                                    Opcode(Tag.EQUAL, 2, 3, 2, 3)], id="a substitution"),
        pytest.param("abc", "ac", [Opcode(Tag.EQUAL, 0, 1, 0, 1), Opcode(Tag.DELETE, 1, 2, 1, 1),
                                   Opcode(Tag.EQUAL, 2, 3, 1, 2)], id="a deletion"),
        pytest.param("", "ab", [Opcode(Tag.INSERT, 0, 0, 0, 2)], id="an insertion"),
    ],
)
def test_align(a: str, b: str, expected: list[Opcode]) -> None:
    assert align(a, b) == expected


@given(st.text(alphabet="abc", max_size=12), st.text(alphabet="abc", max_size=12))
def test_align_covers_both_strings_in_order(a: str, b: str) -> None:
    opcodes = align(a, b)
    assert all(isinstance(op.tag, Tag) for op in opcodes)
    assert "".join(a[op.a0:op.a1] for op in opcodes) == a
    assert "".join(b[op.b0:op.b1] for op in opcodes) == b
    assert all(a[op.a0:op.a1] == b[op.b0:op.b1] for op in opcodes if op.tag is Tag.EQUAL)


# Words that repeat, so that sequences share some and not others.
WORDS = st.lists(st.sampled_from(["the", "a", "king", "said", "unto", "them", "to", "spake"]),
                 max_size=12)


@given(st.lists(WORDS, min_size=2, max_size=6))
def test_an_alphabet_measures_as_encoding_pair_by_pair(sequences: list[list[str]]) -> None:
    """Sequences spelled once in a shared alphabet measure against each other as each pair
    encoded on its own: the ratio sees only which symbols are equal."""
    alphabet = Alphabet()
    spelled = [alphabet.spell(words) for words in sequences]
    for (a, a_spelled), (b, b_spelled) in zip(zip(sequences, spelled, strict=True),
                                              zip(sequences[1:], spelled[1:], strict=True),
                                              strict=False):
        assert a_spelled is not None and b_spelled is not None
        assert ratio(a_spelled, b_spelled) == ratio(*encode(a, b))
        assert len(a_spelled) == len(a)


@pytest.mark.parametrize(
    ("limit", "words", "spelled"),
    [
        pytest.param(3, ["a", "b", "a", "c"], True, id="as many words as symbols: spelled"),
        pytest.param(2, ["a", "b", "a", "c"], False, id="more words than symbols: None"),
    ],
)
def test_an_alphabet_that_runs_out_says_so(monkeypatch: pytest.MonkeyPatch, limit: int,
                                           words: list[str], spelled: bool) -> None:
    monkeypatch.setattr(levenshtein, "_SYMBOL_COUNT", limit)
    assert (Alphabet().spell(words) is not None) is spelled
    assert (Alphabet().symbol("x") is not None) is (limit > 0)


def test_symbols_skip_the_surrogates() -> None:
    codes = [ord(levenshtein._symbol(index)) for index in (0, 0xD7FF, 0xD800, 0xD801)]
    assert codes == [0, 0xD7FF, 0xE000, 0xE001]
