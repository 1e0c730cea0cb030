"""Substitution patterns: what the spinner (or translator, or editor) swapped, counted.

Every content substitution is first given its category (synonym, number, alias, …); then
substitutions that are the same swap, ignoring case, become one pattern shown in its most
common spelling, with its change ids. Content patterns come first, most frequent first,
ties in document order; formatting patterns follow, apart. The spin profile sums the
patterns up in numbers and one line an editor reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from core.align.levenshtein import ratio
from core.lexicon.word_forms import NUMBER_WORDS, fold, is_alias_pair
from core.model import Category, Change, ChangeKind, Move, Pattern, Profile
from core.patterns.categories import SynonymTest, category_of, content_category, formal_category

# A folded phrase can only be a number or contraction swap if it holds one of these.
_FORMAL_HINT = re.compile(r"[\d']|cannot|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")

# Below this share of substituted words a version is an edit, not a spun copy.
SPUN_SUBSTITUTED_SHARE = 0.08
# Dictionary coverage is partial (WordNet lacks many spinner pairs): a machine translation
# round trip scores about a tenth here, a spinner several times that.
SPUN_SYNONYM_SHARE = 0.3
# Below this similarity NEW is not a copy of OLD but a report of its own.
SEPARATE_REPORT_SIMILARITY = 0.4


# What `content_category` finds before it looks for an alias, the one test that needs case.
_FOLDED_FIRST = (Category.NUMBER, Category.CONTRACTION)


class ContentCategories:
    """`content_category` with its answers remembered through one comparison. `WordKinship`
    asks about folded phrases and the classifier about the changes' own texts; most words
    are written in lower case, so the two often ask the same question."""

    def __init__(self, synonyms: SynonymTest) -> None:
        self._synonyms = synonyms
        self._known: dict[tuple[str, str], Category] = {}

    def __call__(self, old: str, new: str) -> Category:
        category = self._known.get((old, new))
        if category is None:
            folded = (fold(old), fold(new))
            if folded == (old, new):
                category = content_category(old, new, self._synonyms)
            else:
                # every test but the alias one reads folded text: ask about the folded
                # pair, which `WordKinship` has often asked about already
                category = self(*folded)
                if category not in _FOLDED_FIRST and is_alias_pair(old, new):
                    category = Category.ALIAS
            self._known[(old, new)] = category
        return category


class WordKinship:
    """What two folded phrases themselves say about being a swap, for `core.changes.swaps`: a known
    kind of swap (thesaurus, word forms) or a near spelling. Remembers its answers, as
    words recur."""

    MOST = 2.0

    def __init__(self, categories: ContentCategories) -> None:
        self._categories = categories
        self._known: dict[tuple[str, str], float] = {}

    def __call__(self, old: str, new: str) -> float:
        known = self._known.get((old, new))
        if known is None:
            known = self._known[(old, new)] = self._kinship(old, new)
        return known

    def _kinship(self, old: str, new: str) -> float:
        """What the words themselves say: a known kind of swap, or a near spelling."""
        if old.count(" ") + new.count(" ") >= 2:
            # one word for three ("against" → "in opposition to"): only a number or
            # contraction swap is plausible; dictionary and spelling checks are spared
            if not _FORMAL_HINT.search(old + " " + new):
                return 0.0
            return 2.0 if formal_category(old, new, folded=True) is not None else 0.0
        category = self._categories(old, new)
        if category is not Category.REWORDING:
            return 2.0 if category is not Category.SPELLING else 1.0
        if " " not in old and " " not in new and ratio(old, new) >= 0.75:
            return 1.0
        return 0.0


class Classifier:
    """Gives each change its category; a content substitution its finer kind (synonym,
    number, …). Remembers its answers: a long text repeats its swaps."""

    def __init__(self, categories: ContentCategories | None) -> None:
        self._categories = categories  # None: formatting only, content left unrefined
        self._known: dict[tuple[ChangeKind, str, str], Category] = {}

    def __call__(self, kind: ChangeKind, old: str, new: str) -> Category:
        key = (kind, old, new)
        category = self._known.get(key)
        if category is None:
            category = category_of(kind, old, new)
            if (kind is ChangeKind.SUBSTITUTION and category is Category.REWORDING
                    and self._categories is not None):
                category = self._categories(old, new)
            self._known[key] = category
        return category


class _Swap(NamedTuple):
    """One substitution to count: from a change, or from inside a moved passage. (A named
    tuple: a long text has thousands, and they live only while patterns are counted.)"""

    position: int  # in OLD, for document order
    change_id: int
    old: str
    new: str
    category: Category


def find_patterns(changes: Sequence[Change], moves: Sequence[Move] = ()
                  ) -> tuple[Pattern, ...]:
    """Group the substitutions among ``changes``, and inside ``moves``, into patterns.

    A substitution inside a moved passage counts under the id of the move's addition.
    """
    spellings: dict[tuple[str, str], list[_Swap]] = {}  # the swaps of each exact spelling
    for swap in sorted(_swaps(changes, moves), key=itemgetter(0)):
        members = spellings.get((swap.old, swap.new))
        if members is None:
            spellings[(swap.old, swap.new)] = [swap]
        else:
            members.append(swap)
    groups: dict[tuple[str, str], list[list[_Swap]]] = {}  # spellings of one swap, ignoring case
    for (old, new), members in spellings.items():  # each spelling folded once, not each swap
        groups.setdefault((fold(old), fold(new)), []).append(members)
    found = [_pattern(group) for group in groups.values()]  # in document order
    found.sort(key=lambda p: (p.category.is_formatting, -p.count))  # stable: ties keep it
    return tuple(found)


def swapped_part(old: str, new: str) -> tuple[str, str]:
    """The part of a swap that changed, without the hyphenated parts both sides share:
    "anti-Chinese" → "anti-Chinese language" is the swap "Chinese" → "Chinese language"."""
    if "-" not in old:
        return old, new
    while "-" in old and "-" in new:
        head = old.split("-", 1)[0]
        if not head or head != new.split("-", 1)[0]:
            break
        old, new = old[len(head) + 1:], new[len(head) + 1:]
    return old, new


def _swaps(changes: Sequence[Change], moves: Sequence[Move]) -> list[_Swap]:
    substitution = ChangeKind.SUBSTITUTION
    swaps = [
        _Swap(c.old_start, c.id, *swapped_part(c.old_text, c.new_text), c.category)
        for c in changes if c.kind is substitution
    ]
    added = {c.move: c.id for c in changes if c.kind is ChangeKind.ADDITION and c.move is not None}
    for move in moves:
        swaps.extend(
            _Swap(e.old_start, added.get(move.id, -1), *swapped_part(e.old_text, e.new_text),
                  e.category)
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
                   tuple([swap.change_id for swap in members]))


def profile(patterns: Sequence[Pattern], old_words: int, moved: int,
            similarity: float = 1.0, new_words: int | None = None) -> Profile:
    """The spin profile: how much was swapped, how much by the dictionary, how consistently."""
    content = [p for p in patterns if not p.category.is_formatting]
    swaps = sum(p.count for p in content)
    swapped_words = sum(len(p.old.split()) * p.count for p in content)
    synonyms = sum(p.count for p in content if p.category is Category.SYNONYM)
    substituted_share = swapped_words / old_words if old_words else 0.0
    synonym_share = synonyms / swaps if swaps else 0.0
    consistency = _consistency(content)
    return Profile(
        substituted_share=min(1.0, substituted_share),
        synonym_share=synonym_share,
        consistency=consistency,
        reading=_empty_reading(old_words, new_words) or _reading(
            swaps, substituted_share, synonym_share, consistency, moved, similarity),
    )


def _consistency(content: Sequence[Pattern]) -> float:
    """Of the words swapped more than once, the share swapped the same way each time."""
    by_old: dict[str, Counter[str]] = {}
    for pattern in content:
        by_old.setdefault(fold(pattern.old), Counter())[fold(pattern.new)] += pattern.count
    repeated = [targets for targets in by_old.values() if sum(targets.values()) > 1]
    if not repeated:
        return 1.0
    same = sum(targets.most_common(1)[0][1] for targets in repeated)
    return same / sum(sum(targets.values()) for targets in repeated)


def _empty_reading(old_words: int, new_words: int | None) -> str:
    """The reading when a version has no words at all; "" otherwise."""
    if new_words is None or (old_words and new_words):
        return ""
    if not old_words and not new_words:
        return "Both versions are empty"
    return "OLD is empty: all of NEW is new" if not old_words else (
        "NEW is empty: all of OLD was dropped")


def _reading(swaps: int, substituted: float, synonym: float, consistency: float,
             moved: int, similarity: float) -> str:
    order = "sentence order unchanged" if moved == 0 else (
        "1 passage moved" if moved == 1 else f"{moved} passages moved")
    if similarity < SEPARATE_REPORT_SIMILARITY:
        return (f"NEW is a separate report of the story: {similarity:.0%} of the words "
                f"unchanged, {swaps} word swaps in the sentences it shares with OLD")
    if swaps == 0 and similarity >= 1.0 and moved == 0:
        return "NEW has the same words as OLD, in the same order"
    if swaps == 0:
        return f"NEW repeats OLD's wording: no word swaps; {order}"
    if substituted >= SPUN_SUBSTITUTED_SHARE and synonym >= SPUN_SYNONYM_SHARE:
        return (f"NEW looks like a spun copy of OLD: {swaps} word swaps, {synonym:.0%} of them "
                f"dictionary synonyms, {consistency:.0%} made the same way each time; {order}")
    if substituted >= SPUN_SUBSTITUTED_SHARE:
        return (f"NEW rewords OLD heavily: {swaps} word swaps ({substituted:.0%} of its words), "
                f"{synonym:.0%} of them dictionary synonyms; {order}")
    return (f"NEW is a light edit of OLD: {swaps} word swaps ({substituted:.0%} of its words); "
            f"{order}")
