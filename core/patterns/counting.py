"""Substitution patterns: what the spinner (or translator, or editor) swapped, counted and
ranked.

Substitutions (each already given its category by `core.patterns.categories`) that are the
same swap, ignoring case, become one pattern shown in its most common spelling, with its
change ids and the place of each (moved text included). Each pattern falls in a group,
listed in this order:

* figures: a value changed ("30" → "40"), the change an editor can least afford to miss;
* content: the swaps, systematic ones first — ranked by how often the swap was made times
  how consistently its old words were swapped that way: the share it is of their swaps and
  their unchanged occurrences in OLD, when OLD's tokens are given (else of their swaps);
* minor: incidental function-word swaps — function words dropped or added beside kept
  words ("And Jesus" → "Jesus"), a function word for punctuation, or one side only function
  words and its old words swapped that way less than ``SYSTEMATIC_SHARE`` of the time
  ("a" → "the", "of" → "by"); a function word replaced the same way each time ("unto" →
  "to") is content;
* formatting: white space, punctuation, quote style, case, Unicode form.

Within figures, minor and formatting, the most frequent come first; ties keep document order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from core.changes.crossings import CrossedSwap, no_crossed_swaps
from core.lexicon.function_words import only_function_words
from core.lexicon.word_forms import fold
from core.model import Category, Change, ChangeKind, Move, Pattern, PatternGroup, Place
from core.patterns.categories import is_formatting_text
from core.text.tokens import is_word

# A swap its old words get at least this share of the time is systematic, not incidental.
SYSTEMATIC_SHARE = 0.75
# The same, as a share of the old words' swaps and unchanged occurrences together: "shall"
# → "will" 71 times of 156 "shall" (the rest kept, or inside longer rewordings) is systematic,
# "a" → "the" 10 times of 150 is not.
SYSTEMATIC_SHARE_OF_OCCURRENCES = 0.45
_GROUP_ORDER = {group: rank for rank, group in enumerate(PatternGroup)}


class _Swap(NamedTuple):
    """One substitution to count: from a change, or from inside a moved passage. (A named
    tuple: a long text has thousands, and they live only while patterns are counted.)"""

    position: int  # in OLD, for document order
    change_id: int
    old: str
    new: str
    category: Category
    place: Place


def find_patterns(changes: Sequence[Change], moves: Sequence[Move] = (),
                  old_tokens: Sequence[str] | None = None,
                  crossed: CrossedSwap = no_crossed_swaps) -> tuple[Pattern, ...]:
    """Group the substitutions among ``changes``, and inside ``moves``, into patterns.

    A substitution inside a moved passage counts under the id of the move's addition.
    ``old_tokens``, OLD's tokens, let consistency count the old words' unchanged
    occurrences too ("them" → "those" 16 times of 300 is incidental). ``crossed`` tells the
    swaps moved across a word (see `core.changes.crossings`), which count as the swap.
    """
    spellings: dict[tuple[str, str], list[_Swap]] = {}  # the swaps of each exact spelling
    for swap in sorted(_swaps(changes, moves, crossed), key=itemgetter(0)):
        members = spellings.get((swap.old, swap.new))
        if members is None:
            spellings[(swap.old, swap.new)] = [swap]
        else:
            members.append(swap)
    groups: dict[tuple[str, str], list[list[_Swap]]] = {}  # spellings of one swap, ignoring case
    for (old, new), members in spellings.items():  # each spelling folded once, not each swap
        groups.setdefault((fold(old), fold(new)), []).append(members)
    found = [_pattern(group) for group in groups.values()]  # in document order
    kept = None if old_tokens is None else unchanged_counts(
        old_tokens, {fold(p.old) for p in found if not p.category.is_formatting}, changes)
    return ranked(found, kept)


def ranked(patterns: Sequence[Pattern], kept: Counter[str] | None = None
           ) -> tuple[Pattern, ...]:
    """``patterns`` (in document order) given their groups and put in their order;
    ``kept`` (see `unchanged_counts`) as for `consistency`."""
    keyed = []
    for pattern, share in zip(patterns, consistency(patterns, kept), strict=True):
        grouped = _grouped(pattern, share, SYSTEMATIC_SHARE if kept is None
                           else SYSTEMATIC_SHARE_OF_OCCURRENCES)
        weight = pattern.count * share if grouped.group is PatternGroup.CONTENT else 0.0
        keyed.append(((_GROUP_ORDER[grouped.group], -weight, -pattern.count), grouped))
    keyed.sort(key=itemgetter(0))  # stable: ties keep document order
    return tuple(pattern for _, pattern in keyed)


def consistency(patterns: Sequence[Pattern], kept: Counter[str] | None = None
                ) -> list[float]:
    """For each pattern, the share it is of its old words' content swaps and of the times
    they were ``kept`` unchanged (1.0 for a formatting pattern): how consistently those
    words were swapped this way."""
    swapped: dict[str, int] = {}
    for pattern in patterns:
        if not pattern.category.is_formatting:
            key = fold(pattern.old)
            swapped[key] = swapped.get(key, 0) + pattern.count
    if kept:
        for key in swapped:
            swapped[key] += kept[_words_key(key)]
    return [1.0 if p.category.is_formatting else p.count / swapped[fold(p.old)]
            for p in patterns]


# Phrases longer than this are not looked for in OLD: their swaps count for themselves.
LONGEST_COUNTED = 4


def unchanged_counts(old_tokens: Sequence[str], phrases: set[str], changes: Sequence[Change]
                     ) -> Counter[str]:
    """How often each of ``phrases`` (folded; by its words, punctuation left out) occurs in
    ``old_tokens`` as consecutive words that no change touches (``changes`` in order, with
    their OLD offsets). One pass for each length of phrase wanted, each distinct token
    folded once."""
    wanted = {key for key in map(_words_key, phrases) if key}
    lengths = {key.count(" ") + 1 for key in wanted} & set(range(1, LONGEST_COUNTED + 1))
    words = _unchanged_words(old_tokens, changes)
    found: Counter[str] = Counter()
    for length in sorted(lengths):
        if length == 1:
            found.update(word for word in words if word in wanted)
            continue
        firsts = {key.split(" ", 1)[0] for key in wanted if key.count(" ") + 1 == length}
        for start in range(len(words) - length + 1):
            if words[start] in firsts:  # most words start no phrase wanted
                key = " ".join(words[start:start + length])
                if key in wanted:
                    found[key] += 1
    return found


def _unchanged_words(old_tokens: Sequence[str], changes: Sequence[Change]) -> list[str]:
    """OLD's words, folded, with each word a change touches replaced by "" (which matches no
    phrase): the words as they stand unchanged."""
    ranges = iter([(c.old_start, c.old_end) for c in changes if c.old_end > c.old_start])
    start, end = next(ranges, (1 << 62, 1 << 62))
    folded: dict[str, str] = {}
    words = []
    at = 0
    for token in old_tokens:
        token_end = at + len(token)
        while end <= at:
            start, end = next(ranges, (1 << 62, 1 << 62))
        if is_word(token):
            touched = start < token_end
            words.append("" if touched else folded.get(token) or folded.setdefault(
                token, fold(token)))
        at = token_end
    return words


def _words_key(phrase: str) -> str:
    """A folded phrase's words alone, single-spaced: "saying, " → "saying"."""
    return " ".join(word.strip(_EDGES) for word in phrase.split()
                    if any(ch.isalnum() for ch in word))


# Punctuation that may cling to a word of a pattern's text ("saying,", "“Teacher").
_EDGES = "\"'“”‘’.,;:!?()[]{}—–-"


def _grouped(pattern: Pattern, share: float, systematic: float) -> Pattern:
    if pattern.category.is_formatting or pattern.category is Category.FIGURE:
        return pattern  # the category sets the group
    group = PatternGroup.MINOR if is_minor(pattern.old, pattern.new, share, systematic) \
        else PatternGroup.CONTENT
    if group is pattern.group:
        return pattern
    # (the constructor, not dataclasses.replace: a book has thousands of patterns)
    return Pattern(pattern.old, pattern.new, pattern.count, pattern.category, pattern.changes,
                   pattern.places, group)


def is_minor(old: str, new: str, share: float, systematic: float = SYSTEMATIC_SHARE) -> bool:
    """True for an incidental function-word swap: a function word for punctuation, function
    words dropped or added beside kept words ("And Jesus" → "Jesus", "being widely" →
    "widely"), or one side only function words and swapped this way less than
    ``systematic`` of the time ("a" → "the")."""
    old_function, new_function = only_function_words(old), only_function_words(new)
    if (old_function and is_formatting_text(new)) or (new_function and is_formatting_text(old)):
        return True
    extra = _extra_words(old, new)
    if extra is not None and only_function_words(extra):
        return True
    return (old_function or new_function) and share < systematic


def _extra_words(old: str, new: str) -> str | None:
    """The words one side adds to the other at its start or end ("of the" → "the": "of"),
    or None when neither side holds the other so."""
    old_words, new_words = fold(old).split(), fold(new).split()
    short, long = sorted((old_words, new_words), key=len)
    if not short or len(short) == len(long):
        return None
    if long[:len(short)] == short:
        return " ".join(long[len(short):])
    if long[-len(short):] == short:
        return " ".join(long[:-len(short)])
    return None


def swapped_part(old: str, new: str, crossed: CrossedSwap = no_crossed_swaps
                 ) -> tuple[str, str]:
    """The part of a swap that changed, without the hyphenated parts both sides share:
    "anti-Chinese" → "anti-Chinese language" is the swap "Chinese" → "Chinese language";
    nor the word it moved across, when ``crossed`` tells it did ("are now" → "at the
    moment are" is now → at the moment). White space at either end is no part of it."""
    swap = crossed(old, new)
    if swap is not None:
        return swap
    old, new = old.strip(), new.strip()
    if "-" not in old:
        return old, new
    while "-" in old and "-" in new:
        head = old.split("-", 1)[0]
        if not head or head != new.split("-", 1)[0]:
            break
        old, new = old[len(head) + 1:], new[len(head) + 1:]
    return old, new


def _swaps(changes: Sequence[Change], moves: Sequence[Move], crossed: CrossedSwap
           ) -> list[_Swap]:
    substitution = ChangeKind.SUBSTITUTION
    swaps = [
        _Swap(c.old_start, c.id, *swapped_part(c.old_text, c.new_text, crossed), c.category,
              Place(c.old_start, c.old_end, c.new_start, c.new_end))
        for c in changes if c.kind is substitution
    ]
    added = {c.move: c.id for c in changes if c.kind is ChangeKind.ADDITION and c.move is not None}
    for move in moves:
        swaps.extend(
            _Swap(e.old_start, added.get(move.id, -1),
                  *swapped_part(e.old_text, e.new_text, crossed), e.category,
                  Place(e.old_start, e.old_end, e.new_start, e.new_end))
            for e in move.substitutions
        )
    return swaps


def _pattern(spellings: list[list[_Swap]]) -> Pattern:
    """One pattern from the swaps of its spellings, each list in document order, the lists
    in the order they first occur."""
    # shown in its most common spelling, the first seen on a tie
    shown = max(spellings, key=len)[0]
    members = spellings[0] if len(spellings) == 1 else sorted(
        [swap for spelling in spellings for swap in spelling], key=itemgetter(0))
    return Pattern(shown.old, shown.new, len(members), members[0].category,
                   tuple([swap.change_id for swap in members]),
                   tuple([swap.place for swap in members]))
