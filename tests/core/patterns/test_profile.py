"""`core.patterns.profile`: the spin profile and its one-line reading.

First `profile` itself on hand-made patterns (each row: the patterns, the words of OLD, the
passages moved, the similarity and the words of NEW), then through `compare`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare import compare
from core.load.loader import load
from core.model import Category, Comparison, Document, Pattern, Profile
from core.patterns.profile import profile

SYN, REWORDING, QUOTES = Category.SYNONYM, Category.REWORDING, Category.QUOTE_STYLE


def _pattern(old: str, new: str, count: int, category: Category = SYN) -> Pattern:
    return Pattern(old, new, count, category, tuple(range(count)), ())


_SPUN = [_pattern("said", "stated", 3), _pattern("Said", "told", 1, REWORDING),
         _pattern("city", "metropolis", 4)]


@pytest.mark.parametrize(
    ("patterns", "old_words", "moved", "similarity", "new_words", "expected"),
    [
        pytest.param([], 100, 0, 1.0, 100, Profile(
            0.0, 0.0, 1.0, "NEW has the same words as OLD, in the same order", "copy"),
            id="no swaps, nothing moved, every word kept"),
        pytest.param([_pattern("'", "’", 5, QUOTES)], 100, 0, 0.99, 100, Profile(
            0.0, 0.0, 1.0, "NEW is an edited copy of OLD: no word swaps; sentence order unchanged",
            "edited"), id="formatting patterns are no word swaps"),
        pytest.param(_SPUN, 80, 0, 0.9, 80, Profile(
            0.1, 0.875, 0.875, "NEW looks like a spun copy of OLD: 8 word swaps, 88% of them "
            "dictionary synonyms, 88% made the same way each time; sentence order unchanged", "spun"),
            id="a tenth swapped, mostly by the dictionary: spun; 'said' swapped two ways, "
               "case aside: 7 of 8 repeated swaps made the same way"),
        pytest.param([_pattern("said", "told", 10, REWORDING)], 100, 1, 0.8, 100, Profile(
            0.1, 0.0, 1.0, "OLD looks like a spun copy of NEW: 10 word swaps, 0% of them "
            "dictionary synonyms, 100% made the same way each time; 1 passage moved", "spun"),
            id="as much swapped, none by the dictionary but always the same way: a spinner's "
               "own table; 'told' has more senses than 'said', so OLD reads as the copy"),
        pytest.param([_pattern("said", "told", 2, REWORDING)], 100, 2, 0.95, 100, Profile(
            0.02, 0.0, 1.0, "NEW is an edited copy of OLD: 2 word swaps (2% of its words); "
            "2 passages moved", "edited"),
            id="a few swaps: a light edit"),
        pytest.param([_pattern("said", "told", 2, REWORDING)], 100, 0, 0.3, 100, Profile(
            0.02, 0.0, 1.0, "NEW is a separate report of the story: 30% of the words unchanged, "
            "2 word swaps in the sentences it shares with OLD", "same-story"),
            id="under 40% of the words kept: a separate report"),
        pytest.param([_pattern("in the end", "finally", 10)], 10, 0, 0.5, 10, Profile(
            1.0, 1.0, 1.0, "NEW looks like a spun copy of OLD: 10 word swaps, 100% of them "
            "dictionary synonyms, 100% made the same way each time; sentence order unchanged", "spun"),
            id="the share swapped counts OLD's words and stops at all of them"),
        pytest.param([], 0, 0, 1.0, 5, Profile(0.0, 0.0, 1.0, "OLD is empty: all of NEW is new"),
                     id="OLD has no words"),
        pytest.param([], 5, 0, 0.0, 0, Profile(
            0.0, 0.0, 1.0, "NEW is empty: all of OLD was dropped"), id="NEW has no words"),
    ],
)
def test_profile(patterns: list[Pattern], old_words: int, moved: int, similarity: float,
                 new_words: int, expected: Profile) -> None:
    assert profile(patterns, old_words, moved, similarity, new_words) == expected


def _compare(old: str, new: str) -> Comparison:
    return compare(Document("old.txt", "", old), Document("new.txt", "", new))


def test_profile_reads_like_an_editor(samples: list[Path]) -> None:
    original, spun = samples[0], samples[1]
    comparison = compare(load(original), load(spun))
    assert comparison.profile is not None
    assert comparison.profile.reading.startswith("NEW looks like a spun copy of OLD")
    assert 0.0 < comparison.profile.synonym_share <= 1.0


@pytest.mark.parametrize(
    ("old", "new", "start", "reason"),
    [
        ("", "Some text here.", "OLD is empty", "nothing to compare against"),
        ("Some text here.", "", "NEW is empty", "everything dropped"),
        ("", "", "Both versions are empty", "two empty files"),
        ("Same words here.", "Same words here.", "NEW has the same words as OLD", "identical"),
        ("Same words here.", "Same  words\u00a0here.", "NEW has the same words as OLD",
         "formatting aside"),
    ],
)
def test_reading_of_empty_and_unchanged_versions(old: str, new: str, start: str,
                                                 reason: str) -> None:
    profile = _compare(old, new).profile
    assert profile is not None and profile.reading.startswith(start), reason
