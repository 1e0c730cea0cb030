"""Both versions' words as compared by content: folded, and spelled in one shared alphabet.

Sentence alignment and move detection measure stretches of text by their folded words
(`core.text.sentences.words_of`): a sentence against the sentences it shares words with, a
dropped sentence against the added ones. Each side's words are spelled once, one symbol a
folded word in an alphabet shared by both sides (see `core.align.levenshtein.Alphabet`),
each distinct token folded once; the spelling of any stretch of tokens is then a slice,
found through the side's word index, however often it is measured, and its folded words are
looked up only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.align.levenshtein import Alphabet
from core.text.sentences import folded_word
from core.text.tokens import Tokenized, TokenPair


@dataclass(frozen=True)
class SideWording:
    """One side's word tokens, each distinct one folded, and the words' spelling (None:
    the alphabet ran out)."""

    side: Tokenized
    word_tokens: list[str]
    folded: dict[str, str]
    spelled: str | None

    @classmethod
    def of(cls, side: Tokenized, alphabet: Alphabet) -> SideWording:
        word_tokens = list(map(side.tokens.__getitem__, side.words.positions()))
        folded = {token: folded_word(token) for token in dict.fromkeys(word_tokens)}
        symbols: dict[str, str] = {}  # of each distinct token
        for token, word in folded.items():
            symbol = alphabet.symbol(word)
            if symbol is None:
                return cls(side, word_tokens, folded, None)
            symbols[token] = symbol
        return cls(side, word_tokens, folded, "".join(map(symbols.__getitem__, word_tokens)))

    def words_in(self, start: int, end: int) -> list[str]:
        """The folded words of tokens ``[start, end)`` (as `words_of` gives them)."""
        index = self.side.words
        return list(map(self.folded.__getitem__,
                        self.word_tokens[index.before(start):index.before(end)]))

    def spelled_in(self, start: int, end: int) -> str | None:
        """The spelling of the words of tokens ``[start, end)``."""
        if self.spelled is None:
            return None
        index = self.side.words
        return self.spelled[index.before(start):index.before(end)]


@dataclass(frozen=True)
class Wording:
    """Both sides' words, spelled in one alphabet."""

    old: SideWording
    new: SideWording

    @classmethod
    def of(cls, pair: TokenPair) -> Wording:
        alphabet = Alphabet()
        return cls(SideWording.of(pair.old, alphabet), SideWording.of(pair.new, alphabet))
