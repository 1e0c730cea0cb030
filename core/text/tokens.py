"""Splitting text into tokens with character offsets: words, numbers, punctuation, spaces.

Every character of the text belongs to exactly one token, so joining the tokens gives the
text back. Words keep their inner apostrophes and hyphens ("isn’t", "anti-Chinese",
"28-year-old"); numbers keep their currency sign, decimal and thousands separators and a
trailing percent sign ("$1.13bn", "26%", "2,022"); every other non-space character is a
punctuation token of its own; a run of white space (no-break spaces included) is one token.

Text that is not English-shaped follows the same rules, with four more. Chinese and
Japanese write no spaces, so each Han, Hiragana or Katakana character is a word of its own
(Hangul keeps its words: Korean has spaces). A combining mark (a Thai or Devanagari vowel
sign, an accent written apart) belongs to the character before it, and so do the zero-width
joiners inside Persian or Indic words. An emoji is one token however many code points it
takes: ZWJ sequences, flags, skin tones, keycaps (a grapheme cluster, never split). Tokens
are compared in NFC (`comparable`), so a decomposed "é" equals a composed one.

This is the one importer of ``regex``: the standard ``re`` knows no scripts, marks or
grapheme clusters. Text made only of characters those rules leave alone (Latin, Greek,
Cyrillic, Hebrew letters, common punctuation) takes the standard ``re`` path of old, which
gives the same tokens, faster.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress
from sys import intern
from typing import Any, NamedTuple

from core.interpreter_lock import after_step_over, let_others_run

# A word or number: word characters joined by inner apostrophes or hyphens, or by a point
# or comma between digits; an optional leading currency sign and trailing percent sign.
_WORD = r"\w+(?:(?:['’\-‐]|(?<=\d)[.,](?=\d))\w+)*%?"
# The same alternatives, the commonest first: a word without a currency sign, then white
# space (no currency sign is a word character, so the order changes no token).
_TOKEN = re.compile(rf"{_WORD}|\s+|[$€£¥]{_WORD}|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"[$€£¥]?\d[\d.,]*(?:%|[^\W\d_]{0,3})", re.UNICODE)

# Characters the script rules below leave alone: no mark, joiner, CJK letter or emoji among
# them (a test checks it). A text made only of these gets the same tokens from `_TOKEN`.
_NOT_PLAIN = re.compile(
    "[^\x00-\u02ff\u0370-\u0482\u048a-\u052f\u05d0-\u05ea\u05f0-\u05f4"
    "\u1e00-\u1fff\u2000-\u200b\u200e-\u206f\u20a0-\u20cf\u2100-\u218f]"
)

# What the script rules add, in the regex module's syntax (V1: set operations).
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\uff70&&[\p{L}\p{N}]]"
_LETTER = rf"[[\p{{L}}\p{{N}}_]--{_CJK}]"  # `re`'s \w, less the CJK characters
_ATTACHED = r"[\p{M}\u200c\u200d]*"  # marks and joiners belong to the character before
_KANA_ATTACHED = r"[\p{M}\u200c\u200d\uff9e\uff9f]*"  # and half-width voicing marks: ｶﾞ
# An emoji starts with a character shown as an emoji, a pictograph asking to be one
# (U+FE0F) or joined on, a regional indicator (flags) or a keycap; `\X` takes the whole
# grapheme cluster from there. Plain "©" or "™" stays a symbol, as in `re`.
_EMOJI = (
    r"(?=\p{Emoji_Presentation}|\p{Extended_Pictographic}[\ufe0f\u200d\p{Emoji_Modifier}]"
    r"|\p{Regional_Indicator}|[0-9#*]\ufe0f?\u20e3)\X"
)
_PIECE = rf"{_LETTER}{_ATTACHED}"
_SCRIPT_WORDLIKE = rf"[$€£¥]?(?:{_PIECE})+(?:(?:['’\-‐]|(?<=\d)[.,](?=\d))(?:{_PIECE})+)*%?"
_SPACES = r"[\s\x1c-\x1f]+"  # `re`'s \s also holds the four information separators
# A punctuation character, for `punctuation_to_spaces`: what is not part of a word.
_PUNCTUATION = re.compile(r"[^\w\s]")
# Scripts written without spaces between words, and with no rule here to find the words
# (a dictionary would be needed): one token of theirs may be a whole clause.
_UNSPACED_SCRIPTS = r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"


class _ScriptPatterns(NamedTuple):
    """The script rules compiled: what only text that is not plain needs."""

    token: Any  # (regex has no type hints)
    one_cjk: Any
    punctuation: Any  # a punctuation character, or an emoji (kept)
    one_emoji: Any
    unspaced: Any


@cache
def _scripts() -> _ScriptPatterns:
    """The script rules, compiled the first time a text needs them: ``regex`` and its
    patterns take longer to load than a plain text takes to compare."""
    import regex

    return _ScriptPatterns(
        token=regex.compile(
            rf"{_CJK}{_KANA_ATTACHED}|{_SCRIPT_WORDLIKE}|{_SPACES}|{_EMOJI}|(?s:.){_ATTACHED}",
            regex.V1,  # the most frequent first: a keycap's digit starts a word, its marks join
        ),
        one_cjk=regex.compile(rf"{_CJK}{_KANA_ATTACHED}", regex.V1),
        punctuation=regex.compile(
            rf"({_EMOJI})|[^\p{{L}}\p{{N}}_\s\x1c-\x1f\p{{M}}\u200c\u200d]", regex.V1),
        one_emoji=regex.compile(_EMOJI, regex.V1),
        unspaced=regex.compile(_UNSPACED_SCRIPTS),
    )


def is_plain(text: str) -> bool:
    """True when no script rule applies to ``text``: the standard ``re`` tokenizes it."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


class TokenKind(enum.Enum):
    """The four kinds of token."""

    WORD = "word"
    NUMBER = "number"
    PUNCTUATION = "punctuation"
    SPACE = "space"


def split(text: str) -> list[str]:
    """Return the token texts of ``text`` in order; they concatenate to ``text``.

    This is the fast path the engine uses: offsets follow from the running sum of lengths.
    Equal tokens are one string object (interned): a book repeats a few tens of thousands
    of distinct tokens millions of times, and every later look-up of a token then finds its
    hash computed and its equal by identity.
    A long text is split a chunk at a time, giving the interpreter's lock to other threads
    between chunks: one regular-expression call holds it until it returns, and on a book
    that is seconds in which the window's thread, waiting for the lock, cannot draw. Chunks
    start where a run of white space starts, which no token crosses, so the tokens are the
    same.
    """
    pattern = _TOKEN if is_plain(text) else _scripts().token
    if len(text) <= _CHUNK:
        return list(map(intern, pattern.findall(text)))
    tokens: list[str] = []
    start = 0
    while start < len(text):
        boundary = _SPACE_RUN.search(text, start + _CHUNK)
        end = boundary.start() if boundary is not None else len(text)
        tokens += map(intern, pattern.findall(text, start, end))
        start = end
        let_others_run()  # (compiled, this loop would not give the lock up by itself)
    return tokens


# Characters a chunk of `split` holds at least: small enough that one regular-expression call
# lasts a few milliseconds, large enough that the calls cost nothing more.
_CHUNK = 1 << 16
# Where a run of white space starts (after anything else): a token boundary in both paths.
_SPACE_RUN = re.compile(r"(?<=[^\s\x1c-\x1f])[\s\x1c-\x1f]")


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
    if not is_plain(token) and (unicodedata.category(first)[0] == "M" or is_emoji(token)):
        return TokenKind.WORD  # a mark with no letter before it, or an emoji
    return TokenKind.PUNCTUATION


@lru_cache(maxsize=1 << 16)
def is_word(token: str) -> bool:
    """True for words and numbers, the tokens that count as words."""
    return kind_of(token) in (TokenKind.WORD, TokenKind.NUMBER)


def is_emoji(token: str) -> bool:
    """True when ``token`` is one emoji (a flag, a keycap, a ZWJ sequence...)."""
    return not is_plain(token) and _scripts().one_emoji.fullmatch(token) is not None


def has_emoji(text: str) -> bool:
    """True when ``text`` holds an emoji."""
    return not is_plain(text) and _scripts().one_emoji.search(text) is not None


@lru_cache(maxsize=1 << 16)
def is_character_word(token: str) -> bool:
    """True for a Han, Hiragana or Katakana token: one character that is a word here."""
    return not is_plain(token) and _scripts().one_cjk.fullmatch(token) is not None


def is_unspaced(text: str) -> bool:
    """True when ``text`` holds letters of a script written without spaces between words
    (Thai, Lao, Khmer, Myanmar, Tibetan), where a token may hold many words."""
    return not is_plain(text) and _scripts().unspaced.search(text) is not None


def count_words(text: str) -> int:
    """Return how many words and numbers ``text`` holds."""
    if len(text) > _CHUNK:
        return sum(map(is_word, split(text)))
    # (a short text, as most changes are: its tokens counted, not kept, so not interned)
    return sum(map(is_word, (_TOKEN if is_plain(text) else _scripts().token).findall(text)))


def comparable(text: str, token_texts: list[str]) -> list[str]:
    """The tokens ``token_texts`` of ``text`` as the engine compares them: each in NFC, so
    that "é" written as "e" and a combining accent equals "é" written as one character.
    Returns ``token_texts`` itself when that changes nothing, as for nearly every text."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return token_texts
    return [unicodedata.normalize("NFC", token) for token in token_texts]


def punctuation_to_spaces(text: str) -> str:
    """Return ``text`` with every punctuation character replaced by a space: every
    character but letters, digits, marks, joiners, emoji and white space."""
    if is_plain(text):
        return _PUNCTUATION.sub(" ", text)
    replaced: str = _scripts().punctuation.sub(lambda match: match.group(1) or " ", text)
    return replaced


class WordIndex:
    """Where the words of a token list are: the words of any range in one slice.

    Built once per text, so the many small questions later ("which tokens of this change
    are words?") cost a slice, not a scan.
    """

    def __init__(self, token_texts: Sequence[str]) -> None:
        # each distinct token judged once, then a plain look-up per token; on a book each
        # step is tens of milliseconds of holding the interpreter lock, see `split`
        word = {token: is_word(token) for token in set(token_texts)}
        flags = list(map(word.__getitem__, token_texts))
        after_step_over(len(flags))
        self._before = list(accumulate(flags, initial=0))  # words before each token position
        after_step_over(len(flags))
        self._at = list(compress(range(len(flags)), flags))  # token index of each word

    @property
    def count(self) -> int:
        """How many words the whole token list holds."""
        return self._before[-1]

    def words(self, start: int, end: int) -> list[int]:
        """The token indexes of the words among tokens ``[start, end)``."""
        return self._at[self._before[start]:self._before[end]]

    def positions(self) -> list[int]:
        """The token index of each word, in order."""
        return self._at

    def counts_before(self) -> list[int]:
        """For each token position (and the end), how many words come before it: `before`
        as one list, for loops that ask at every step."""
        return self._before

    def before(self, position: int) -> int:
        """How many words the tokens before token ``position`` hold (the number of the first
        word from there)."""
        return self._before[position]

    def count_in(self, start: int, end: int) -> int:
        """How many words tokens ``[start, end)`` hold."""
        return self._before[end] - self._before[start]


@dataclass(frozen=True)
class Tokenized:
    """One version's tokens: as the engine compares them (NFC, see `comparable`) and as
    written, the character offset where each starts (and the text's length at the end), and
    where the words are. Built once per text by `of`; `part` gives a stretch of it."""

    tokens: list[str]
    written: list[str]
    starts: list[int]
    words: WordIndex

    @classmethod
    def of(cls, text: str) -> Tokenized:
        written = split(text)
        compared = comparable(text, written)
        starts = list(accumulate(map(len, written), initial=0))
        after_step_over(len(starts))
        return cls(compared, written, starts, WordIndex(compared))

    def part(self, start: int, end: int) -> Tokenized:
        """Tokens ``[start, end)`` on their own; offsets still point into the whole text."""
        tokens = self.tokens[start:end]
        written = tokens if self.written is self.tokens else self.written[start:end]
        return Tokenized(tokens, written, self.starts[start:end + 1], WordIndex(tokens))


@dataclass(frozen=True)
class TokenPair:
    """The tokens of both versions, OLD and NEW: what every stage of the engine indexes."""

    old: Tokenized
    new: Tokenized

    @classmethod
    def of(cls, old_text: str, new_text: str) -> TokenPair:
        return cls(Tokenized.of(old_text), Tokenized.of(new_text))

    def part(self, a0: int, a1: int, b0: int, b1: int) -> TokenPair:
        """OLD's tokens ``[a0, a1)`` and NEW's ``[b0, b1)``, as a pair of their own."""
        return TokenPair(self.old.part(a0, a1), self.new.part(b0, b1))
