"""A version's title: the headline, not a dateline, a marker or a whole paragraph (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.load.loader import load
from core.load.title import TITLE_LENGTH, capped, is_metadata, title_of

PARAGRAPH = ("China’s high chief, Xi Jinping, and Russia’s overseas minister, Sergey V. Lavrov, "
             "met in Beijing on Tuesday, in a session seen as laying the groundwork. Mr. Lavrov "
             "came days after the warning.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Headline here\n\nBody text.", "Headline here", id="the first line"),
        pytest.param("\n\n## Heading\nBody", "Heading", id="Markdown marks and blank lines"),
        pytest.param("[ad_1]\nChina’s high chief met him.\n", "China’s high chief met him.",
                     id="an advertisement marker skipped"),
        pytest.param(" date 2024-04-09 \n\n\nChina’s top leader met him.", "China’s top leader met him.",
                     id="a dateline skipped (seed 001)"),
        pytest.param("By Jane Smith\nTalks resume in Geneva", "Talks resume in Geneva",
                     id="a byline skipped"),
        pytest.param("Updated 10:32 AM EDT\nTalks resume", "Talks resume", id="an update time"),
        pytest.param("April 9, 2024\nTalks resume", "Talks resume", id="a date alone"),
        pytest.param("https://example.com/story\nTalks resume", "Talks resume", id="a link"),
        pytest.param("[Updated] Talks resume in Geneva\n", "[Updated] Talks resume in Geneva",
                     id="a bracket inside a real title"),
        pytest.param("By the numbers: what the vote means\n", "By the numbers: what the vote means",
                     id="a headline that starts with By"),
        pytest.param(PARAGRAPH, "China’s high chief, Xi Jinping, and Russia’s overseas minister, "
                     "Sergey V. Lavrov, met…", id="a paragraph: its first sentence, capped"),
        pytest.param("Mr. Lavrov met Mr. Wang. They talked.", "Mr. Lavrov met Mr. Wang.",
                     id="a short paragraph: its first sentence, abbreviations kept"),
        pytest.param("\n \n", "", id="no title"),
    ],
)
def test_title_of(text: str, title: str) -> None:
    assert title_of(text) == title
    assert len(title_of(text)) <= TITLE_LENGTH


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        pytest.param("date 2024-04-09", True, id="a labelled date"),
        pytest.param("Published: Tuesday, April 9, 2024", True, id="published"),
        pytest.param("Source: Reuters", True, id="a source"),
        pytest.param("By Jane Smith and John Doe", True, id="two authors"),
        pytest.param("Tuesday 9 April 2024 10.32 BST", True, id="a British dateline"),
        pytest.param("Russia and China double down on defying US", False, id="a headline"),
        pytest.param("Updated rules anger farmers", False, id="a headline starting Updated"),
        pytest.param("May Day marches across Europe", False, id="a month name in a headline"),
    ],
)
def test_is_metadata(line: str, metadata: bool) -> None:
    assert is_metadata(line) is metadata


@pytest.mark.parametrize(
    ("title", "limit", "expected"),
    [
        pytest.param("Short", 90, "Short", id="short enough"),
        pytest.param("one two three four", 12, "one two…", id="cut at a word"),
        pytest.param("one, two three", 9, "one…", id="no comma before the ellipsis"),
        pytest.param("abcdefghijkl", 6, "abcde…", id="one long word cut inside"),
    ],
)
def test_capped(title: str, limit: int, expected: str) -> None:
    assert capped(title, limit) == expected


def test_the_seeds_titles(seeds: list[Path]) -> None:
    titles = [load(seed).title for seed in seeds]
    assert titles[0] == "Xi Meets With Russia’s Foreign Minister, Reaffirming Ties"
    assert titles[1].startswith("China's top leader, Xi Jinping"), "not the dateline"
    assert titles[3] == "Russia and China double down on defying US"
    assert titles[4].startswith("China’s high chief") and titles[4].endswith("…")
    assert all(len(title) <= TITLE_LENGTH for title in titles)


def test_the_samples_titles(samples: list[Path]) -> None:
    titles = [load(sample).title for sample in samples]
    assert titles[0] == "Alder Falls approves $4.2 million plan to reopen Tanner Street bridge"
    assert titles[1].startswith("The metropolis council voted 6–1"), "the spun copy has none"
    assert all(len(title) <= TITLE_LENGTH for title in titles)
