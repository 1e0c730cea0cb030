"""The one importer of python-Levenshtein: string similarity and alignment in C.

Token sequences are passed as symbol strings (see `core.align.dmp.encode`, or an `Alphabet`
shared by many sequences), so the same fast code measures and aligns both characters and
words.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

import Levenshtein

from core.spans import Opcode, Tag

_TAGS = {tag.value: tag for tag in Tag}


def ratio(a: str, b: str) -> float:
    """Return the normalised indel similarity of two strings, from 0.0 to 1.0."""
    return float(Levenshtein.ratio(a, b))


def distance(a: str, b: str) -> int:
    """Return the Levenshtein edit distance between two strings."""
    return int(Levenshtein.distance(a, b))


def align(a: str, b: str) -> list[Opcode]:
    """Return Levenshtein opcodes aligning two strings (substitution costs one edit)."""
    return [Opcode(_TAGS[tag], i1, i2, j1, j2)
            for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a, b)]


class Alphabet:
    """One symbol for each distinct word, shared by every sequence spelled with it.

    `ratio` sees only which symbols are equal, so sequences spelled in one alphabet measure
    as they would encoded pair by pair (`core.align.dmp.encode`); but each is spelled once,
    however many others it is measured against (a sentence against each candidate pair).
    """

    def __init__(self) -> None:
        self._symbols: dict[str, str] = {}

    def symbol(self, word: str) -> str | None:
        """The symbol of ``word``; None once the alphabet has run out of symbols."""
        symbols = self._symbols
        found = symbols.get(word)
        if found is None:
            if len(symbols) >= _SYMBOL_COUNT:
                return None
            found = symbols[word] = _symbol(len(symbols))
        return found

    def spell(self, words: Sequence[str]) -> str | None:
        """``words`` as a string of symbols; None once the alphabet has run out of symbols
        (more distinct words than code points: the caller encodes pair by pair then)."""
        symbols = self._symbols
        for word in dict.fromkeys(words):
            if word not in symbols:
                if len(symbols) >= _SYMBOL_COUNT:
                    return None
                symbols[word] = _symbol(len(symbols))
        return "".join(itemgetter(*words)(symbols)) if words else ""


# Every code point but the surrogates can stand for a word (`ratio` compares, never reads).
_SURROGATES = range(0xD800, 0xE000)
_SYMBOL_COUNT = 0x110000 - len(_SURROGATES)


def _symbol(index: int) -> str:
    return chr(index if index < _SURROGATES.start else index + len(_SURROGATES))
