"""Aligning sentences by content, so rewritten versions are not shredded into word soup.

The word alignment pairs tokens; from it each OLD sentence gets the NEW sentence it shares
most words with, and each pair a similarity (Levenshtein ratio over its words). A sentence
that shares little with anything (it was dropped, added, or rewritten beyond recognition)
must not keep the stray "the" and "of" the word diff matched inside it: those equalities are
demoted, and the region becomes one omission and one addition. Pairs that do match keep
their word diff: "same sentence, reworded".
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from core.align import dmp, levenshtein
from core.align.wording import SideWording, Wording
from core.interpreter_lock import now_and_then
from core.lexicon.word_forms import expand_contractions
from core.model import Range
from core.spans import Block, Opcode, Tag
from core.text.sentences import overlapping
from core.text.tokens import TokenPair, WordIndex

# A pair of sentences at least this similar is the same sentence, reworded.
PAIR_SIMILARITY = 0.45
# A sentence with at least this share of its words unchanged is aligned, whatever its pair.
KEPT_SHARE = 0.5


@dataclass(frozen=True)
class SentenceMatch:
    """Sentence ``old_index`` of OLD paired with sentence ``new_index`` of NEW."""

    old_index: int
    new_index: int
    similarity: float


@dataclass(frozen=True)
class SentenceAlignment:
    """The sentence pairs, and which sentences of each side are unrelated to the other."""

    matches: tuple[SentenceMatch, ...]
    old_unrelated: frozenset[int]
    new_unrelated: frozenset[int]


def align_sentences(pair: TokenPair, old_sentences: list[Range], new_sentences: list[Range],
                    opcodes: list[Opcode], wording: Wording | None = None
                    ) -> SentenceAlignment:
    """Pair sentences through the word alignment ``opcodes`` and find the unrelated ones.

    ``wording`` is the pair's words as compared by content (made here when not given)."""
    old_words, new_words = pair.old.words, pair.new.words
    wording = wording or Wording.of(pair)
    old = _Sentences(old_sentences, wording.old)
    new = _Sentences(new_sentences, wording.new)
    shared = _shared_words(old_words, old_sentences, new_sentences, opcodes)
    matches = _matches(old, new, shared)
    matches = _facing_matches(old, new, opcodes, matches)
    old_kept: Counter[int] = Counter()
    new_kept: Counter[int] = Counter()
    for (s, t), count in shared.items():
        old_kept[s] += count
        new_kept[t] += count
    paired_old = {m.old_index for m in matches if m.similarity >= PAIR_SIMILARITY}
    paired_new = {m.new_index for m in matches if m.similarity >= PAIR_SIMILARITY}
    return SentenceAlignment(
        matches=tuple(matches),
        old_unrelated=_unrelated(old_words, old_sentences, old_kept, paired_old),
        new_unrelated=_unrelated(new_words, new_sentences, new_kept, paired_new),
    )


def _shared_words(old_words: WordIndex, old_sentences: list[Range], new_sentences: list[Range],
                  opcodes: list[Opcode]) -> Counter[tuple[int, int]]:
    """Words the word alignment keeps unchanged, counted per (OLD, NEW) sentence pair."""
    old_starts = [start for start, _ in old_sentences]
    new_starts = [start for start, _ in new_sentences]
    old_ends = [end for _, end in old_sentences]
    new_ends = [end for _, end in new_sentences]
    before = old_words.counts_before()
    shared: dict[tuple[int, int], int] = {}  # (a dict: a Counter's missing key is a call)
    for step, (tag, i1, i2, j1, _) in enumerate(opcodes):
        now_and_then(step)
        if tag is not Tag.EQUAL:
            continue
        i = i1
        s = bisect.bisect_right(old_starts, i) - 1
        t = bisect.bisect_right(new_starts, j1) - 1
        while i < i2:
            end = min(i2, old_ends[s], i1 + new_ends[t] - j1)
            count = before[end] - before[i]
            if count:
                shared[(s, t)] = shared.get((s, t), 0) + count
            i = end
            # the sentences of the next stretch: looked up again only past their ends
            if i >= old_ends[s]:
                s = bisect.bisect_right(old_starts, i) - 1
            if j1 + (i - i1) >= new_ends[t]:
                t = bisect.bisect_right(new_starts, j1 + (i - i1)) - 1
    return Counter(shared)


class _Sentences:
    """The sentences of one side, with their folded words and spellings (`Wording`)."""

    def __init__(self, ranges: list[Range], wording: SideWording) -> None:
        self.ranges = ranges
        self.starts = [start for start, _ in ranges]
        self.wording = wording

    def words(self, index: int) -> list[str]:
        return self.wording.words_in(*self.ranges[index])

    def spelled(self, index: int) -> str | None:
        return self.wording.spelled_in(*self.ranges[index])


def _similarity(old: _Sentences, s: int, new: _Sentences, t: int) -> float:
    """`sentence_similarity` of OLD's sentence ``s`` and NEW's ``t``, with contractions
    written out when that is what keeps them apart ("That is what we built" and "That's
    what we reinforced" share three words of five, not two)."""
    old_spelled, new_spelled = old.spelled(s), new.spelled(t)
    if old_spelled is None or new_spelled is None:  # the alphabet ran out
        score = sentence_similarity(old.words(s), new.words(t))
    elif not old_spelled and not new_spelled:
        return 1.0
    else:
        score = levenshtein.ratio(old_spelled, new_spelled)
    if score >= PAIR_SIMILARITY:
        return score
    old_words, new_words = old.words(s), new.words(t)
    if not any(_may_be_contracted(word) for word in (*old_words, *new_words)):
        return score
    return max(score, sentence_similarity(_written_out(old_words), _written_out(new_words)))


def _may_be_contracted(word: str) -> bool:
    """True for a folded word that may be a contraction (every one has an apostrophe, but
    "cannot")."""
    return "'" in word or word == "cannot"


def _written_out(words: Sequence[str]) -> list[str]:
    """Folded words with their contractions written out, a word each ("didn't" → "did",
    "not")."""
    return [part for word in words for part in (
        expand_contractions(word).split(" ") if _may_be_contracted(word) else (word,))]


def _matches(old: _Sentences, new: _Sentences, shared: Counter[tuple[int, int]]
             ) -> list[SentenceMatch]:
    """One NEW sentence for each OLD sentence at most, by most shared words, one to one."""
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    matches = []
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
    for step, ((s, t), _) in enumerate(ranked):
        now_and_then(step)
        if s in taken_old or t in taken_new:
            continue
        taken_old.add(s)
        taken_new.add(t)
        matches.append(SentenceMatch(s, t, _similarity(old, s, new, t)))
    matches.sort(key=lambda m: m.old_index)
    return matches


# At most this many sentences on a side of a replaced block are compared with each other.
FACING_LIMIT = 6


def _facing_matches(old: _Sentences, new: _Sentences, opcodes: list[Opcode],
                    matches: list[SentenceMatch]) -> list[SentenceMatch]:
    """Pair still-unpaired sentences that face each other inside a replaced block.

    Semantic cleanup can swallow the few unchanged words of a reworded sentence, leaving it
    nothing shared to be paired by.
    """
    taken_old = {m.old_index for m in matches}
    taken_new = {m.new_index for m in matches}
    added = []
    for step, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        now_and_then(step)
        if tag is not Tag.REPLACE:
            continue
        olds = [s for s in overlapping(old.ranges, old.starts, i1, i2) if s not in taken_old]
        if not olds:
            continue  # (most: every sentence the change touches is paired already)
        news = [t for t in overlapping(new.ranges, new.starts, j1, j2) if t not in taken_new]
        for s in olds[:FACING_LIMIT]:
            scored = [(_similarity(old, s, new, t), t)
                      for t in news[:FACING_LIMIT] if t not in taken_new]
            score, t = max(scored, default=(0.0, -1))
            if score >= PAIR_SIMILARITY:
                taken_new.add(t)
                added.append(SentenceMatch(s, t, score))
    return sorted([*matches, *added], key=lambda m: m.old_index)


def sentence_similarity(old_words: Sequence[str], new_words: Sequence[str]) -> float:
    """Levenshtein ratio of two sentences' folded words, each word one symbol."""
    if not old_words and not new_words:
        return 1.0
    old_symbols, new_symbols = dmp.encode(old_words, new_words)
    return levenshtein.ratio(old_symbols, new_symbols)


def _unrelated(words_at: WordIndex, sentences: list[Range], kept: Counter[int],
               paired: set[int]) -> frozenset[int]:
    unrelated = set()
    for index, (start, end) in enumerate(sentences):
        words = words_at.count_in(start, end)
        if words and kept[index] < KEPT_SHARE * words and index not in paired:
            unrelated.add(index)
    return frozenset(unrelated)


class Demoted(NamedTuple):
    """An opcode after demotion; ``unrelated`` when it touches an unrelated sentence, so
    that the change stages report it whole."""

    opcode: Opcode
    unrelated: bool


def demote(opcodes: list[Opcode], old_sentences: list[Range], new_sentences: list[Range],
           alignment: SentenceAlignment) -> list[Demoted]:
    """Opcodes with equalities inside unrelated sentences turned into changes, consecutive
    changes merged."""
    old_bad = _Unrelated(old_sentences, alignment.old_unrelated)
    new_bad = _Unrelated(new_sentences, alignment.new_unrelated)
    # (one pass over a book's hundreds of thousands of opcodes: the byte searches bound once,
    # and a change merged with the one before only when both are changes)
    old_find, new_find = old_bad.flags.find, new_bad.flags.find
    equal = Tag.EQUAL
    pieces: list[Demoted] = []
    for op in opcodes:
        tag, i1, i2, j1, j2 = op
        touches = ((old_find(1, i1, i2) >= 0) if i1 < i2 else old_bad.touches(i1, i2)) or (
            (new_find(1, j1, j2) >= 0) if j1 < j2 else new_bad.touches(j1, j2))
        if tag is equal:
            if not touches:
                pieces.append(Demoted(op, False))
                continue
            for demoted in _split_equal(op, old_bad, new_bad):
                _append_merged(pieces, demoted)
        elif pieces and pieces[-1].opcode.tag is not equal:
            _append_merged(pieces, Demoted(op, touches))
        else:
            pieces.append(Demoted(op, touches))
    return pieces


class _Unrelated:
    """The unrelated sentences of one side: their ranges in order, where they start, and a
    flag per token (so that asking whether a stretch touches one is a byte search, not a
    search of the ranges)."""

    def __init__(self, sentences: list[Range], unrelated: frozenset[int]) -> None:
        self.ranges = [sentences[index] for index in sorted(unrelated)]
        self.starts = [start for start, _ in self.ranges]
        # one byte per token, and one past the end (a stretch may be empty there)
        self.flags = bytearray(sentences[-1][1] + 1 if sentences else 1)
        for start, end in self.ranges:
            self.flags[start:end] = b"\x01" * (end - start)

    def inside(self, index: int) -> bool:
        """Whether token ``index`` is in an unrelated sentence."""
        return index < len(self.flags) and self.flags[index] == 1

    def touches(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` hold one of an unrelated sentence; an empty
        stretch touches one that it stands in or right after."""
        if start == end:
            return self.inside(start) or (start > 0 and self.inside(start - 1))
        return self.flags.find(1, start, end) >= 0

    def cuts(self, start: int, end: int) -> list[int]:
        """The ends of unrelated sentences strictly inside ``(start, end)``."""
        k = max(0, bisect.bisect_right(self.starts, start) - 1)
        cuts: list[int] = []
        while k < len(self.ranges) and self.starts[k] < end:
            a, b = self.ranges[k]
            cuts.extend(c for c in (a, b) if start < c < end)
            k += 1
        return cuts


def _split_equal(op: Opcode, old_bad: _Unrelated, new_bad: _Unrelated) -> list[Demoted]:
    """An equal opcode that touches unrelated sentences, cut at their ends: the parts in
    them become replacements."""
    _, i1, i2, j1, j2 = op
    cuts = sorted({i1, i2, *old_bad.cuts(i1, i2), *(c - j1 + i1 for c in new_bad.cuts(j1, j2))})
    parts: list[Demoted] = []
    for a, b in pairwise(cuts):
        bad = old_bad.inside(a) or new_bad.inside(a - i1 + j1)
        part = Opcode(Tag.REPLACE if bad else Tag.EQUAL, a, b, a - i1 + j1, b - i1 + j1)
        parts.append(Demoted(part, bad))
    return parts


def _append_merged(pieces: list[Demoted], demoted: Demoted) -> None:
    part = demoted.opcode
    if pieces and pieces[-1].opcode.tag is not Tag.EQUAL and part.tag is not Tag.EQUAL:
        (_, a1, _, b1, _), was_bad = pieces.pop()
        merged = Opcode.change(Block(a1, part.a1, b1, part.b1))
        pieces.append(Demoted(merged, was_bad or demoted.unrelated))
    else:
        pieces.append(demoted)
