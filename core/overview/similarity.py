"""The cheap first pass: which pairs of versions are worth a full comparison.

Each version is reduced once to sets of folded words: its vocabulary (words of four letters
or more, which leaves out most function words), its word 3-shingles and its names
(capitalised words that do not start a sentence). Set overlaps then say, for every pair, in
microseconds, what a full comparison would take tens of milliseconds to say: a copy shares
most shingles; a spun or machine-translated copy fewer shingles but most of its vocabulary;
another outlet's report of the same story shares names and some vocabulary; an unrelated
article little of either. Only pairs that share enough are compared in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.interpreter_lock import now_and_then
from core.lexicon.word_forms import fold
from core.model import Document
from core.text.tokens import TokenKind, kind_of, split

SHINGLE = 3
# A pair is compared in full when it shares at least this much of either measure.
COMPARE_VOCABULARY = 0.2
COMPARE_SHINGLES = 0.05
COMPARE_NAMES = 0.25
_SENTENCE_END = frozenset(".!?…\n")


@dataclass(frozen=True)
class Fingerprint:
    """What the first pass knows of one version."""

    words: tuple[str, ...]
    vocabulary: frozenset[str]
    shingles: frozenset[tuple[str, ...]]
    names: frozenset[str]


@dataclass(frozen=True)
class Resemblance:
    """How much two versions share, each measure from 0 to 1."""

    vocabulary: float  # Jaccard overlap of the vocabularies
    shingles: float  # shared 3-shingles over the smaller version's
    names: float  # shared names over the smaller version's

    @property
    def worth_comparing(self) -> bool:
        return (self.vocabulary >= COMPARE_VOCABULARY or self.shingles >= COMPARE_SHINGLES
                or self.names >= COMPARE_NAMES)

    @property
    def estimate(self) -> float:
        """A stand-in for the full comparison's similarity, for pairs not compared."""
        return round(min(self.vocabulary, self.shingles * 0.5 + self.vocabulary * 0.5), 4)


def fingerprint(document: Document) -> Fingerprint:
    """The sets of ``document``'s words, shingles and names."""
    words: list[str] = []
    names: set[str] = set()
    starts_sentence = True
    for step, token in enumerate(split(document.text)):
        now_and_then(step)
        kind = kind_of(token)
        if kind in (TokenKind.WORD, TokenKind.NUMBER):
            folded = fold(token)
            words.append(folded)
            if not starts_sentence and token[:1].isupper():
                names.add(folded)
            starts_sentence = False
        elif kind is TokenKind.PUNCTUATION and token in _SENTENCE_END or "\n" in token:
            starts_sentence = True
    shingles: set[tuple[str, ...]] = set()
    for i in range(len(words) - SHINGLE + 1):
        now_and_then(i)
        shingles.add(tuple(words[i:i + SHINGLE]))
    vocabulary = frozenset(word for word in words if len(word) >= 4)
    return Fingerprint(tuple(words), vocabulary, frozenset(shingles), frozenset(names))


def resemblance(first: Fingerprint, second: Fingerprint) -> Resemblance:
    """How much two fingerprinted versions share."""
    return Resemblance(
        vocabulary=_jaccard(first.vocabulary, second.vocabulary),
        shingles=_containment(first.shingles, second.shingles),
        names=_containment(first.names, second.names),
    )


def resemblances(prints: Sequence[Fingerprint]) -> dict[tuple[int, int], Resemblance]:
    """Every pair ``(i, j)`` with ``i < j``, measured."""
    return {(i, j): resemblance(prints[i], prints[j])
            for i in range(len(prints)) for j in range(i + 1, len(prints))}


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def _containment(first: frozenset[object], second: frozenset[object]) -> float:
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0
