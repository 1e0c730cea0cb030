"""Facts across versions: every number, amount, percentage, date, weekday and name that one
version states differently from another, in the sentences they share.

The pairs' full comparisons say which sentences correspond (their sentence pairs, at least
as alike as the comparison needs to pair them) and which words were substituted in them.
A substitution that touches a fact on both sides, whose canonical values differ, is a
changed fact: "$4.2 million" → "$4.5 million", "April 8" → "April 9", "Sergey" → "Sergei".
The same value written another way ("two" → "2", "26 percent" → "26%", "United States" →
"USA") is not. The places found by all pairs are joined into one group per fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from core.align.sentences import PAIR_SIMILARITY
from core.interpreter_lock import now_and_then
from core.lexicon.word_forms import fold, is_alias_pair
from core.model import Category, Change, ChangeKind, Comparison, Document
from core.overview.fact_spans import Fact, Facts
from core.overview.model import FactGroup, FactKind, FactValue

_NAMES = (FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION, FactKind.NAME)
# Substitutions of these categories restate a fact, never change it.
_SAME_VALUE = frozenset({Category.NUMBER, Category.ALIAS, Category.INFLECTION,
                         Category.CONTRACTION})

Place = tuple[int, int, int]  # version, start, end


def changed_facts(documents: Sequence[Document],
                  comparisons: Mapping[tuple[int, int], Comparison]) -> tuple[FactGroup, ...]:
    """The facts that differ between versions, from the compared pairs ``(old, new)``."""
    facts = [Facts(document.text) for document in documents]
    links: list[tuple[FactValue, FactValue, FactKind]] = []
    for (old, new), comparison in sorted(comparisons.items()):
        found: dict[tuple[Fact, Fact], tuple[list[int], list[int], FactKind]] = {}
        for step, change in enumerate(_shared_substitutions(comparison)):
            now_and_then(step)
            link = _changed(change, facts[old], facts[new])
            if link is None:
                continue
            key, old_range, new_range, kind = link
            # swaps within one name ("Cold War" → "Chilly Struggle") make one place
            spans = found.setdefault(key, ([*old_range], [*new_range], kind))
            spans[0][:] = [min(spans[0][0], old_range[0]), max(spans[0][1], old_range[1])]
            spans[1][:] = [min(spans[1][0], new_range[0]), max(spans[1][1], new_range[1])]
        for old_span, new_span, kind in found.values():
            links.append((_value(documents, old, old_span), _value(documents, new, new_span),
                          kind))
    return _grouped(links)


def _value(documents: Sequence[Document], version: int, span: list[int]) -> FactValue:
    start, end = span
    return FactValue(version, start, end, documents[version].text[start:end])


def _shared_substitutions(comparison: Comparison) -> list[Change]:
    """Content substitutions inside sentences that the comparison pairs."""
    pairs = sorted((p.old_start, p.old_end) for p in comparison.sentence_pairs
                   if p.similarity >= PAIR_SIMILARITY)
    starts = [start for start, _ in pairs]
    found = []
    for step, change in enumerate(comparison.changes):
        now_and_then(step)
        if (change.kind is not ChangeKind.SUBSTITUTION or change.move is not None
                or change.category.is_formatting or change.category in _SAME_VALUE):
            continue
        index = bisect_right(starts, change.old_start) - 1
        if index >= 0 and change.old_end <= pairs[index][1]:
            found.append(change)
    return found


def _changed(change: Change, old_facts: Facts, new_facts: Facts
             ) -> tuple[tuple[Fact, Fact], tuple[int, int], tuple[int, int], FactKind] | None:
    """The two facts a substitution changes, with the ranges to show, or None."""
    olds = old_facts.overlapping(change.old_start, change.old_end)
    news = new_facts.overlapping(change.new_start, change.new_end)
    if not olds or not news:
        return None
    old, new = olds[0], news[0]
    if old.value == new.value or (old.kind in _NAMES) != (new.kind in _NAMES):
        return None
    if old.kind not in _NAMES:
        return (old, new), (old.start, old.end), (new.start, new.end), old.kind
    if not _other_name(change.old_text.strip(), change.new_text.strip()):
        return None
    kind = old.kind if old.kind is not FactKind.NAME else new.kind
    return ((old, new), (change.old_start, change.old_end), (change.new_start, change.new_end),
            kind)


def _other_name(old: str, new: str) -> bool:
    """True for another name ("Sergey" → "Sergei"), not the same one said at more length
    ("Chinese" → "Chinese language"), in another form ("Russia's" → "Russian") or
    abbreviated ("U.S." → "US")."""
    if not old[:1].isupper() or not new[:1].isupper() or is_alias_pair(old, new):
        return False
    first, second = (_base(old), _base(new))
    return not (first.startswith(second) or second.startswith(first))


def _base(name: str) -> str:
    return re.sub(r"'s\b", "", fold(name))


def _grouped(links: list[tuple[FactValue, FactValue, FactKind]]) -> tuple[FactGroup, ...]:
    """Join the linked places into one group per fact, in the order they first appear."""
    parent: dict[Place, Place] = {}

    def root(place: Place) -> Place:
        while parent.setdefault(place, place) != place:
            place = parent[place]
        return place

    values: dict[Place, FactValue] = {}
    kinds: dict[Place, FactKind] = {}
    for first, second, kind in links:
        for value in (first, second):
            key = (value.version, value.start, value.end)
            values[key] = value
            kinds.setdefault(key, kind)
        parent[root((first.version, first.start, first.end))] = root(
            (second.version, second.start, second.end))
    members: dict[Place, list[Place]] = {}
    for key in values:
        members.setdefault(root(key), []).append(key)
    groups = sorted((sorted(keys) for keys in members.values()), key=lambda keys: keys[0])
    return tuple(FactGroup(number, kinds[keys[0]], tuple(values[key] for key in keys))
                 for number, keys in enumerate(groups))
