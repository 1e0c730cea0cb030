"""The pair's reading: how NEW relates to OLD as a whole, in numbers and one line.

The spin profile says how much of OLD was swapped, how much of that by the dictionary, and
how consistently each word was swapped the same way; the reading turns it (with the
similarity and the moves) into a sentence an editor reads, in the words of the versions
overview (`core.model.RelationKind`): a copy, an edited copy, a spun copy, a
machine-translated copy, a separate report of the same story. The profile's ``kind`` names
that relation. A rewording throughout reads as machine translation when it shows two of its
signs: quote marks restyled, few dictionary synonyms, swaps made inconsistently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.lexicon.word_forms import fold
from core.model import Category, Pattern, Profile, RelationKind
from core.overview.evidence import swaps_wording

# Below this share of substituted words a version is an edit, not a spun copy.
SPUN_SUBSTITUTED_SHARE = 0.08
# Dictionary coverage is partial (WordNet lacks many spinner pairs): a machine translation
# round trip scores about a tenth here, a spinner several times that.
SPUN_SYNONYM_SHARE = 0.3
# Below this similarity NEW is not a copy of OLD but a report of its own.
SEPARATE_REPORT_SIMILARITY = 0.4
# How much more of the swaps must go from NEW's commoner words to OLD's rarer ones for OLD
# to read as the spun copy.
SOURCE_WORDING = 0.2
# Swaps made the same way less often than this are a translation's, not a spinner's.
TRANSLATION_CONSISTENCY = 0.75


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
    restyled = any(p.category is Category.QUOTE_STYLE for p in patterns)
    empty = _empty_reading(old_words, new_words)
    kind, reading = (RelationKind.COPY, empty) if empty else _reading(
        swaps, substituted_share, synonym_share, consistency, moved, similarity, restyled)
    if kind is RelationKind.SPUN and swaps_wording(content, {}) < -SOURCE_WORDING:
        # a spinner turns common words into rarer ones: here NEW has the commoner words
        reading = reading.replace("NEW looks like a spun copy of OLD",
                                  "OLD looks like a spun copy of NEW")
    return Profile(
        substituted_share=min(1.0, substituted_share),
        synonym_share=synonym_share,
        consistency=consistency,
        reading=reading,
        kind=kind.value if not empty else "",
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
             moved: int, similarity: float, restyled: bool) -> tuple[RelationKind, str]:
    order = "sentence order unchanged" if moved == 0 else (
        "1 passage moved" if moved == 1 else f"{moved} passages moved")
    if similarity < SEPARATE_REPORT_SIMILARITY:
        return RelationKind.SAME_STORY, (
            f"NEW is a separate report of the story: {similarity:.0%} of the words "
            f"unchanged, {swaps} word swaps in the sentences it shares with OLD")
    if swaps == 0 and similarity >= 1.0 and moved == 0:
        return RelationKind.COPY, "NEW has the same words as OLD, in the same order"
    if swaps == 0:
        return RelationKind.EDITED, f"NEW is an edited copy of OLD: no word swaps; {order}"
    if substituted >= SPUN_SUBSTITUTED_SHARE:
        signs = [restyled, synonym < SPUN_SYNONYM_SHARE, consistency < TRANSLATION_CONSISTENCY]
        if sum(signs) >= 2:
            restyle = ", quote marks restyled" if restyled else ""
            return RelationKind.MACHINE_TRANSLATED, (
                f"NEW looks like a machine-translated copy of OLD: {swaps} word swaps "
                f"({substituted:.0%} of its words), {synonym:.0%} of them dictionary synonyms, "
                f"{consistency:.0%} made the same way each time{restyle}; {order}")
        return RelationKind.SPUN, (
            f"NEW looks like a spun copy of OLD: {swaps} word swaps, {synonym:.0%} of them "
            f"dictionary synonyms, {consistency:.0%} made the same way each time; {order}")
    return RelationKind.EDITED, (
        f"NEW is an edited copy of OLD: {swaps} word swaps ({substituted:.0%} of its "
        f"words); {order}")
