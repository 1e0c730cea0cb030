"""Splitting text into tokens with character offsets: words, numbers, punctuation, spaces.

Every character of the text belongs to exactly one token, so joining the tokens gives the
text back. Words keep their inner apostrophes and hyphens ("isn’t", "anti-Chinese",
"28-year-old"); numbers keep their currency sign, decimal and thousands separators and a
trailing percent sign ("$1.13bn", "26%", "2,022"); every other non-space character is a
punctuation token of its own; a run of white space (no-break spaces included) is one token.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress

# A word or number: word characters joined by inner apostrophes or hyphens, or by a point
# or comma between digits; an optional leading currency sign and trailing percent sign.
_WORDLIKE = r"[$€£¥]?\w+(?:(?:['’\-‐]|(?<=\d)[.,](?=\d))\w+)*%?"
_TOKEN = re.compile(rf"{_WORDLIKE}|\s+|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"[$€£¥]?\d[\d.,]*(?:%|[^\W\d_]{0,3})", re.UNICODE)


class TokenKind(enum.Enum):
    """The four kinds of token."""

    WORD = "word"
    NUMBER = "number"
    PUNCTUATION = "punctuation"
    SPACE = "space"


@dataclass(frozen=True)
class Token:
    """One token: its kind, its text and its range ``[start, end)`` in the source text."""

    kind: TokenKind
    text: str
    start: int
    end: int


def split(text: str) -> list[str]:
    """Return the token texts of ``text`` in order; they concatenate to ``text``.

    This is the fast path the engine uses: offsets follow from the running sum of lengths.
    """
    return _TOKEN.findall(text)


@lru_cache(maxsize=1 << 16)  # a text repeats its tokens: the cache saves most regex calls
def kind_of(token: str) -> TokenKind:
    """Return the kind of one token text as produced by `split`."""
    first = token[0]
    if first.isspace():
        return TokenKind.SPACE
    if _NUMBER.fullmatch(token):
        return TokenKind.NUMBER
    if first.isalnum() or first == "_" or (len(token) > 1 and token[1:2].isalnum()):
        return TokenKind.WORD
    return TokenKind.PUNCTUATION


@lru_cache(maxsize=1 << 16)
def is_word(token: str) -> bool:
    """True for words and numbers, the tokens that count as words."""
    return kind_of(token) in (TokenKind.WORD, TokenKind.NUMBER)


def tokenize(text: str) -> list[Token]:
    """Return the tokens of ``text`` with their kinds and character offsets."""
    tokens = []
    position = 0
    for piece in split(text):
        end = position + len(piece)
        tokens.append(Token(kind_of(piece), piece, position, end))
        position = end
    return tokens


def count_words(text: str) -> int:
    """Return how many words and numbers ``text`` holds."""
    return sum(1 for piece in split(text) if is_word(piece))


class WordIndex:
    """Where the words of a token list are: the words of any range in one slice.

    Built once per text, so the many small questions later ("which tokens of this change
    are words?") cost a slice, not a scan.
    """

    def __init__(self, token_texts: Sequence[str]) -> None:
        flags = list(map(is_word, token_texts))
        self._before = list(accumulate(flags, initial=0))  # words before each token position
        self._at = list(compress(range(len(flags)), flags))  # token index of each word

    @property
    def count(self) -> int:
        """How many words the whole token list holds."""
        return self._before[-1]

    def words(self, start: int, end: int) -> list[int]:
        """The token indexes of the words among tokens ``[start, end)``."""
        return self._at[self._before[start]:self._before[end]]

    def count_in(self, start: int, end: int) -> int:
        """How many words tokens ``[start, end)`` hold."""
        return self._before[end] - self._before[start]
