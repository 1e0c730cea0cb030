"""What a full comparison tells about a pair of versions, measured once for relations and
lineage: how much of each side was kept, dropped, added and swapped, the spin profile's
shares, quote marks straightened or lost, paragraphs merged, content-farm markers, and which
side's wording is the commoner one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.interpreter_lock import now_and_then
from core.lexicon.thesaurus import default_thesaurus
from core.lexicon.word_forms import fold
from core.model import Category, ChangeKind, Comparison, Document, Pattern
from core.text.paragraphs import paragraphs
from core.text.tokens import count_words

# Left by article spinners and scraping content farms around the text they copied.
FARM_MARKERS = re.compile(r"\[ad_\d\]|^\s*Source link\s*$|\[/?caption[^\]]*\]",
                          re.MULTILINE | re.IGNORECASE)
# The most frequent swaps tell the direction; the long tail adds time, not certainty.
WORDING_PATTERNS = 200
_CURLY_DOUBLE = re.compile("[“”„«»]")
_STRAIGHT_DOUBLE = re.compile('"')


@dataclass(frozen=True)
class Side:
    """One version's side of a pair."""

    words: int
    kept: float  # share of its words that no content change touches (moved text is kept)
    changed_words: int  # its words in omissions (OLD) or additions (NEW), moves left out
    changes: int  # those omissions or additions
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
    substitutions: int
    quote_style_swaps: int
    wording: float  # > 0: OLD's wording is the commoner (-1 to 1)

    def cost(self, forward: bool, cuts_cheap: bool = True) -> float:
        """How much editing makes NEW from OLD (``forward``) or OLD from NEW: each word
        swap, moved passage, cut and insertion is one edit. With ``cuts_cheap`` a cut
        costs a fiftieth per word it drops and an insertion 0.8 per word it writes: writing
        is more work than cutting, and more than spinning (a spinner swaps at most every
        other word), so a copy hangs from the version holding all its paragraphs, and a
        trimmed copy sharing one swap with an edited version hangs from that one rather
        than cut a sentence less. Otherwise both cost a third per word."""
        source, copy = (self.old, self.new) if forward else (self.new, self.old)
        cut, written = (0.02, 0.8) if cuts_cheap else (0.3, 0.3)
        return (self.substitutions + self.moves + source.changes + copy.changes
                + cut * source.changed_words + written * copy.changed_words)

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
    touched = [0, 0]  # words of OLD, of NEW, in content changes outside moves
    alone = [0, 0]  # words of OLD omitted, of NEW added, outside moves
    events = [0, 0]  # omissions, additions
    substituted = substitutions = content = 0
    for step, change in enumerate(comparison.changes):
        now_and_then(step)
        if change.category.is_formatting:
            continue
        content += 1
        if change.move is not None:
            continue
        old_words, new_words = count_words(change.old_text), count_words(change.new_text)
        touched[0] += old_words
        touched[1] += new_words
        if change.kind is ChangeKind.SUBSTITUTION:
            substituted += old_words
            substitutions += 1
        else:
            side = 0 if change.kind is ChangeKind.OMISSION else 1
            alone[side] += old_words + new_words
            events[side] += 1
    profile = comparison.profile
    moves = len(comparison.moves)
    return PairEvidence(
        similarity=comparison.similarity,
        old=_side(comparison.old, comparison.old_words, touched[0], alone[0], events[0]),
        new=_side(comparison.new, comparison.new_words, touched[1], alone[1], events[1]),
        substituted=substituted,
        substituted_share=profile.substituted_share if profile else 0.0,
        synonym_share=profile.synonym_share if profile else 0.0,
        consistency=profile.consistency if profile else 1.0,
        moves=moves,
        content_changes=content,
        substitutions=substitutions,
        quote_style_swaps=sum(p.count for p in comparison.patterns
                              if p.category is Category.QUOTE_STYLE),
        wording=wording(comparison, corpus or {}),
    )


def _side(document: Document, words: int, touched: int, alone: int, events: int) -> Side:
    text = document.text
    return Side(
        words=words,
        kept=1.0 - min(words, touched) / words if words else 1.0,
        changed_words=alone,
        changes=events,
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
    return swaps_wording(comparison.patterns, corpus)


def swaps_wording(patterns: Sequence[Pattern], corpus: Mapping[str, int]) -> float:
    """`wording` of these patterns: -1 (NEW's is the commoner) to 1 (OLD's)."""
    votes: Counter[int] = Counter()
    for pattern in patterns[:WORDING_PATTERNS]:
        if pattern.category.is_formatting or pattern.category is Category.NUMBER:
            continue
        vote = commoner(pattern.old, pattern.new, corpus)
        if vote:
            votes[vote] += pattern.count
    total = votes[1] + votes[-1]
    return (votes[1] - votes[-1]) / total if total else 0.0


def commoner(old: str, new: str, corpus: Mapping[str, int]) -> int:
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
