"""Sentence splitting: ranges cover every token, and abbreviations end nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text.sentences import split_sentences
from core.text.tokens import split


def _sentences(text: str) -> list[str]:
    tokens = split(text)
    return ["".join(tokens[a:b]) for a, b in split_sentences(tokens)]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("One. Two! Three?", ["One. ", "Two! ", "Three?"], "three ends"),
        ("Mr. Lavrov met Sergey V. Lavrov.", ["Mr. Lavrov met Sergey V. Lavrov."],
         "titles and initials"),
        ("The U.S. said no. Then yes.", ["The U.S. said no. ", "Then yes."], "abbreviation"),
        ("“No,” he said. “Yes.” Done.", ["“No,” he said. ", "“Yes.” ", "Done."],
         "closing quotes stay with their sentence"),
        ("Headline\n\nBody text here", ["Headline\n\n", "Body text here"], "line breaks end"),
        ("It cost 3.5 million.Next", ["It cost 3.5 million.Next"], "no space, no end"),
    ],
)
def test_split(text: str, expected: list[str], reason: str) -> None:
    assert _sentences(text) == expected, reason


@given(st.text())
def test_ranges_cover_all_tokens(text: str) -> None:
    tokens = split(text)
    position = 0
    for start, end in split_sentences(tokens):
        assert start == position and end > start
        position = end
    assert position == len(tokens)
