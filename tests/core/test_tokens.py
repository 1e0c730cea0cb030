"""Tokens: every character in exactly one token; words, numbers, punctuation, spaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tokens import TokenKind, count_words, split, tokenize


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("isn’t", [("isn’t", TokenKind.WORD)], "curly inner apostrophe stays in the word"),
        ("don't", [("don't", TokenKind.WORD)], "straight inner apostrophe too"),
        ("anti-Chinese", [("anti-Chinese", TokenKind.WORD)], "inner hyphen joins a word"),
        ("28-year-old", [("28-year-old", TokenKind.WORD)], "hyphenated age is one word"),
        ("$1.13bn", [("$1.13bn", TokenKind.NUMBER)], "currency, decimals and unit"),
        ("26%", [("26%", TokenKind.NUMBER)], "percent sign belongs to the number"),
        ("2,022", [("2,022", TokenKind.NUMBER)], "thousands separator between digits"),
        ("end.Next", [("end", TokenKind.WORD), (".", TokenKind.PUNCTUATION),
                      ("Next", TokenKind.WORD)], "a point between letters splits"),
        ("a\u00a0b", [("a", TokenKind.WORD), ("\u00a0", TokenKind.SPACE),
                      ("b", TokenKind.WORD)], "no-break space is a space token"),
        ("“Hi,”", [("“", TokenKind.PUNCTUATION), ("Hi", TokenKind.WORD),
                   (",", TokenKind.PUNCTUATION), ("”", TokenKind.PUNCTUATION)],
         "quotes and commas are tokens of their own"),
        ("Москва 北京", [("Москва", TokenKind.WORD), (" ", TokenKind.SPACE),
                        ("北京", TokenKind.WORD)], "non-Latin scripts are words"),
    ],
)
def test_tokenize(text: str, expected: list[tuple[str, TokenKind]], reason: str) -> None:
    assert [(token.text, token.kind) for token in tokenize(text)] == expected, reason


def test_offsets_index_the_text() -> None:
    text = "China’s top leader, Xi Jinping,\n\nmet 2 people."
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text


def test_count_words() -> None:
    assert count_words("The visit came 2 days later — in 2024.") == 8


@given(st.text())
def test_tokens_concatenate_to_the_text(text: str) -> None:
    assert "".join(split(text)) == text
