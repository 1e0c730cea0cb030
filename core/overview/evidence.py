"""What a full comparison tells about a pair of versions, measured once for relations and
lineage: how much of each side was kept, dropped, added and swapped, the spin profile's
shares, quote marks straightened or lost, paragraphs merged, content-farm markers, and which
side's wording is the commoner one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from core.lexicon.thesaurus import default_thesaurus
from core.lexicon.word_forms import fold
from core.model import Category, ChangeKind, Comparison, Document
from core.text.paragraphs import paragraphs
from core.text.tokens import count_words

# Left by article spinners and scraping content farms around the text they copied.
FARM_MARKERS = re.compile(r"\[ad_\d\]|^\s*Source link\s*$|\[/?caption[^\]]*\]",
                          re.MULTILINE | re.IGNORECASE)
_CURLY_DOUBLE = re.compile("[“”„«»]")
_STRAIGHT_DOUBLE = re.compile('"')


@dataclass(frozen=True)
class Side:
    """One version's side of a pair."""

    words: int
    kept: float  # share of its words that no content change touches (moved text is kept)
    changed_words: int  # its words in omissions (OLD) or additions (NEW), moves left out
    paragraphs: int
    curly_quotes: int
    straight_quotes: int
    farm_markers: int


@dataclass(frozen=True)
class PairEvidence:
    """The measures of one compared pair, OLD and NEW as compared."""

    similarity: float
    old: Side
    new: Side
    substituted: int  # OLD words in substitutions
    substituted_share: float
    synonym_share: float
    consistency: float
    moves: int
    content_changes: int
    quote_style_swaps: int
    wording: float  # > 0: OLD's wording is the commoner (-1 to 1)

    @property
    def quotes_straightened(self) -> bool:
        """One side has typographic double quotes where the other has straight or none."""
        first, second = self.old, self.new
        if second.curly_quotes > first.curly_quotes:
            first, second = second, first
        return first.curly_quotes >= 2 and second.curly_quotes <= first.curly_quotes // 4

    @property
    def quotes_lost(self) -> bool:
        """One side has far fewer double quote marks of any kind than the other."""
        counts = sorted(side.curly_quotes + side.straight_quotes for side in (self.old, self.new))
        return counts[1] >= 4 and counts[0] <= counts[1] * 0.6

    @property
    def paragraphs_merged(self) -> bool:
        """One side runs the other's paragraphs together."""
        counts = sorted(side.paragraphs for side in (self.old, self.new))
        return counts[1] >= 5 and counts[0] <= counts[1] * 0.5


def measure(comparison: Comparison, corpus: Mapping[str, int] | None = None) -> PairEvidence:
    """The evidence of ``comparison``; ``corpus`` counts the words of the other versions."""
    old_changed = new_changed = substituted = 0
    content = 0
    for change in comparison.changes:
        if change.category.is_formatting:
            continue
        content += 1
        if change.move is not None:
            continue
        old_words, new_words = count_words(change.old_text), count_words(change.new_text)
        if change.kind is ChangeKind.SUBSTITUTION:
            substituted += old_words
        old_changed += old_words
        new_changed += new_words
    profile = comparison.profile
    return PairEvidence(
        similarity=comparison.similarity,
        old=_side(comparison.old, comparison.old_words, old_changed, substituted),
        new=_side(comparison.new, comparison.new_words, new_changed, 0),
        substituted=substituted,
        substituted_share=profile.substituted_share if profile else 0.0,
        synonym_share=profile.synonym_share if profile else 0.0,
        consistency=profile.consistency if profile else 1.0,
        moves=len(comparison.moves),
        content_changes=content,
        quote_style_swaps=sum(p.count for p in comparison.patterns
                              if p.category is Category.QUOTE_STYLE),
        wording=wording(comparison, corpus or {}),
    )


def _side(document: Document, words: int, changed: int, substituted: int) -> Side:
    text = document.text
    return Side(
        words=words,
        kept=1.0 - min(words, changed) / words if words else 1.0,
        changed_words=max(0, changed - substituted),
        paragraphs=len(paragraphs(text)),
        curly_quotes=len(_CURLY_DOUBLE.findall(text)),
        straight_quotes=len(_STRAIGHT_DOUBLE.findall(text)),
        farm_markers=len(FARM_MARKERS.findall(text)),
    )


def wording(comparison: Comparison, corpus: Mapping[str, int]) -> float:
    """Which side of the word swaps is the commoner wording, from -1 (NEW's) to 1 (OLD's).

    A spinner turns common words into rarer ones: a word with more dictionary senses, or
    used more by the other versions, is the commoner. Each swap votes once per time made.
    """
    votes: Counter[int] = Counter()
    for pattern in comparison.patterns:
        if pattern.category.is_formatting or pattern.category is Category.NUMBER:
            continue
        vote = _commoner(pattern.old, pattern.new, corpus)
        if vote:
            votes[vote] += pattern.count
    total = votes[1] + votes[-1]
    return (votes[1] - votes[-1]) / total if total else 0.0


def _commoner(old: str, new: str, corpus: Mapping[str, int]) -> int:
    """1 when ``old`` reads as the commoner wording, -1 when ``new`` does, 0 for a tie."""
    used = _usage(old, corpus) - _usage(new, corpus)
    if used:
        return 1 if used > 0 else -1
    senses = _senses(old) - _senses(new)
    if abs(senses) >= 1:
        return 1 if senses > 0 else -1
    return 0


def _usage(phrase: str, corpus: Mapping[str, int]) -> int:
    words = fold(phrase).split()
    return min((corpus.get(word, 0) for word in words), default=0)


def _senses(phrase: str) -> float:
    thesaurus = default_thesaurus()
    words = fold(phrase).split()
    return sum(len(thesaurus.synonyms(word)) for word in words) / max(1, len(words))


def corpus_counts(vocabularies: list[frozenset[str]], left_out: tuple[int, int]
                  ) -> Counter[str]:
    """How many of the versions, other than the two ``left_out``, use each folded word."""
    counts: Counter[str] = Counter()
    for index, vocabulary in enumerate(vocabularies):
        if index not in left_out:
            counts.update(vocabulary)
    return counts
