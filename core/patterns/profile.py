"""The pair's reading: how NEW relates to OLD as a whole, in numbers and one line.

The spin profile says how much of OLD was swapped, how much of that by the dictionary, and
how consistently each word was swapped the same way; the reading turns it (with the
similarity and the moves) into a sentence an editor reads: a spun copy, a heavy rewording,
a light edit, a separate report of the story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.lexicon.word_forms import fold
from core.model import Category, Pattern, Profile

# Below this share of substituted words a version is an edit, not a spun copy.
SPUN_SUBSTITUTED_SHARE = 0.08
# Dictionary coverage is partial (WordNet lacks many spinner pairs): a machine translation
# round trip scores about a tenth here, a spinner several times that.
SPUN_SYNONYM_SHARE = 0.3
# Below this similarity NEW is not a copy of OLD but a report of its own.
SEPARATE_REPORT_SIMILARITY = 0.4


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
