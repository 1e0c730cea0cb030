"""The same quotation across versions: grouped, found again where its marks were lost, and
checked word by word against the original's.

Two quotations of different versions are the same when they share most of their words (the
smaller's words, three at least; a quote of one or two words only when the words are equal),
or when a full comparison of a copy carries one onto the other. A version that lacks the
quotation in quote marks is searched for its words standing unmarked (a machine translation
loses quote marks): the densest run of the quotation's words, if it holds most of them
(`core.overview.unmarked`). Each
occurrence is then compared with the reference, the occurrence in the version nearest the
original, by `core.compare.compare` on the two quotations, so quote style and other
formatting never count as an alteration.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from core.compare import compare
from core.interpreter_lock import now_and_then
from core.model import CompareOptions, Comparison, Document
from core.overview.mapping import OffsetMap
from core.overview.model import QuoteGroup, QuoteOccurrence, WordChange
from core.overview.quotes import Quote, speaker_at, word_spans, words_of
from core.overview.unmarked import MIN_SHARED, SAME_SHARE, WordPlaces, find_unmarked

_SMALL = CompareOptions(detect_moves=False, align_sentences=False)


@dataclass(frozen=True)
class Member:
    """One occurrence of a quotation before it is checked against the reference."""

    version: int
    start: int
    end: int
    text: str
    quoted: bool
    speaker: str | None


class _Union:
    """Groups of quotations, never two of one version in a group (a version that says the
    same words twice says two things)."""

    def __init__(self, versions: list[int]) -> None:
        self.parent = list(range(len(versions)))
        self.versions = [{version} for version in versions]

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, first: int, second: int) -> None:
        first, second = self.find(first), self.find(second)
        if first != second and self.versions[first].isdisjoint(self.versions[second]):
            self.parent[first] = second
            self.versions[second] |= self.versions[first]


def group(documents: Sequence[Document], quotes: Sequence[Sequence[Quote]],
          copies: Mapping[tuple[int, int], Comparison]) -> list[list[Member]]:
    """The quotations of all versions in groups; ``copies`` are the compared derivations."""
    nodes = [(version, quote) for version, found in enumerate(quotes) for quote in found]
    words = [words_of(quote.text) for _, quote in nodes]
    union = _Union([version for version, _ in nodes])
    _join_similar(nodes, words, union)
    _join_carried(nodes, copies, union)
    components: dict[int, list[int]] = {}
    for index in range(len(nodes)):
        components.setdefault(union.find(index), []).append(index)
    places = [WordPlaces(word_spans(document.text)) for document in documents]
    groups = []
    for step, members in enumerate(components.values()):
        now_and_then(step)
        found = [Member(nodes[i][0], nodes[i][1].start, nodes[i][1].end, nodes[i][1].text,
                        True, nodes[i][1].speaker) for i in members]
        groups.append(_with_unquoted(found, documents, quotes, places))
    return groups


def _join_similar(nodes: list[tuple[int, Quote]], words: list[list[str]], union: _Union) -> None:
    """Join quotations of different versions that share most of their words.

    Each is looked up among the other versions' quotations only: a book's thousands of
    quotations share words with one another, and pairing them within a version, to drop
    every pair after, took seconds."""
    by_word: dict[tuple[int, str], list[int]] = {}
    for index, folded in enumerate(words):
        for word in set(folded):
            by_word.setdefault((nodes[index][0], word), []).append(index)
    versions = sorted({version for version, _ in nodes})
    sets = [set(folded) for folded in words]
    for index, folded in enumerate(words):
        now_and_then(index)
        mine = nodes[index][0]
        candidates = {other for version in versions if version != mine
                      for word in sets[index] for other in by_word.get((version, word), ())
                      if other > index}
        for other in sorted(candidates):
            if _same(folded, words[other], sets[index], sets[other]):
                union.join(index, other)


def _same(first: list[str], second: list[str], first_set: set[str], second_set: set[str]
          ) -> bool:
    if min(len(first), len(second)) < MIN_SHARED:
        return first == second
    shared = len(first_set & second_set)
    return shared >= MIN_SHARED and shared >= SAME_SHARE * min(len(first_set), len(second_set))


def _join_carried(nodes: list[tuple[int, Quote]], copies: Mapping[tuple[int, int], Comparison],
                  union: _Union) -> None:
    """Join a copy's quotation to the source's one that the edit script carries onto it."""
    by_version: dict[int, list[int]] = {}
    for index, (version, _) in enumerate(nodes):
        by_version.setdefault(version, []).append(index)
    for (old, new), comparison in copies.items():
        offsets = OffsetMap(comparison)
        for index in by_version.get(old, []):
            quote = nodes[index][1]
            start, end = offsets.range(quote.start, quote.end)
            for other in by_version.get(new, []):
                target = nodes[other][1]
                overlap = min(end, target.end) - max(start, target.start)
                if overlap > 0.5 * max(end - start, target.end - target.start):
                    union.join(index, other)


def _with_unquoted(members: list[Member], documents: Sequence[Document],
                   quotes: Sequence[Sequence[Quote]],
                   places: Sequence[WordPlaces]) -> list[Member]:
    """``members`` with the unmarked occurrences found in the versions that lack one."""
    wordings = {tuple(words_of(member.text)) for member in members}
    wordings = {wording for wording in wordings if len(wording) > MIN_SHARED}
    if not wordings:
        return members
    present = {member.version for member in members}
    for version, document in enumerate(documents):
        if version in present:
            continue
        found = [find_unmarked(places[version], list(wording)) for wording in sorted(wordings)]
        best = max((match for match in found if match is not None), default=None,
                   key=lambda match: match[2])
        if best is None:
            continue
        start, end, _ = best
        # Words that stand in another quotation of that version belong to its group.
        if not any(q.start < end and start < q.end for q in quotes[version]):
            members.append(Member(version, start, end, document.text[start:end], False,
                                  speaker_at(document.text, start, end)))
    return members


def finish(groups: list[list[Member]], rank: Mapping[int, int]) -> tuple[QuoteGroup, ...]:
    """Checked quote groups, the most serious findings first; ``rank`` orders the versions
    by nearness to the original (the reference occurrence is the nearest one's)."""
    checked = []
    for members in groups:
        members = sorted(members, key=lambda m: (rank.get(m.version, len(rank)), m.start))
        reference = members[0]
        occurrences = tuple(_occurrence(member, reference) for member in members)
        speakers = Counter(m.speaker for m in members if m.speaker)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        checked.append(QuoteGroup(0, speaker, occurrences))
    checked.sort(key=lambda g: (-g.finding, min((o.version, o.start) for o in g.occurrences)))
    return tuple(replace(found, id=number) for number, found in enumerate(checked))


def _occurrence(member: Member, reference: Member) -> QuoteOccurrence:
    changes: tuple[WordChange, ...] = ()
    if member is not reference and words_of(member.text) != words_of(reference.text):
        changes = word_changes(reference.text, member.text)
    return QuoteOccurrence(member.version, member.start, member.end, member.text,
                           member.quoted, bool(changes), changes, member.speaker)


def word_changes(old: str, new: str) -> tuple[WordChange, ...]:
    """The content changes from one wording of a quotation to another."""
    comparison = compare(Document("", "", old), Document("", "", new), _SMALL)
    return tuple(WordChange(change.old_text, change.new_text) for change in comparison.changes
                 if not change.category.is_formatting)


def shared_counts(groups: list[list[Member]]) -> Counter[tuple[int, int]]:
    """How many quotations each pair of versions ``(i, j)``, ``i < j``, both carry."""
    counts: Counter[tuple[int, int]] = Counter()
    for members in groups:
        versions = sorted({member.version for member in members})
        for position, first in enumerate(versions):
            for second in versions[position + 1:]:
                counts[first, second] += 1
    return counts
