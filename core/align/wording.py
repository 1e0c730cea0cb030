"""Both versions' words as compared by content: folded, and spelled in one shared alphabet.

Sentence alignment and move detection measure stretches of text by their folded words
(`core.text.sentences.words_of`): a sentence against the sentences it shares words with, a
dropped sentence against the added ones. Each side's words are folded once, in one pass over
its tokens, and spelled once, one symbol a word in an alphabet shared by both sides (see
`core.align.levenshtein.Alphabet`); the words and the spelling of any stretch of tokens are
then slices, found through the side's word index, however often it is measured.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.align.levenshtein import Alphabet
from core.text.sentences import words_of
from core.text.tokens import Tokenized, TokenPair


@dataclass(frozen=True)
class SideWording:
    """One side's folded words, in order, and their spelling (None: the alphabet ran out)."""

    side: Tokenized
    words: list[str]
    spelled: str | None

    @classmethod
    def of(cls, side: Tokenized, alphabet: Alphabet) -> SideWording:
        words = words_of(side.tokens, 0, len(side.tokens))
        return cls(side, words, alphabet.spell(words))

    def words_in(self, start: int, end: int) -> list[str]:
        """The folded words of tokens ``[start, end)`` (as `words_of` gives them)."""
        index = self.side.words
        return self.words[index.before(start):index.before(end)]

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
