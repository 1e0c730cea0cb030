"""`core.patterns.profile`: the spin profile and its one-line reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare import compare
from core.load.loader import load
from core.model import Comparison, Document


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
