"""The JSON's types: every count is a number, for texts of zero, one and many words.

Issue 12 found ``"words": true`` for a one-word PDF: the running word count was built with
``accumulate`` over the booleans "is this token a word", and a one-token text's count was the
flag itself. The property test walks the whole JSON of random small texts; the word index,
where the bug was, is pinned in `tests.core.text.test_tokens`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.model import Document
from core.report.json_format import to_dict, to_json
from core.text.tokens import count_words

# The keys whose values are whole numbers: sizes, counts, ids and offsets.
COUNTS = {"schema", "words", "chars", "id", "count", "old_start", "old_end", "new_start",
          "new_end"}
SHARES = {"similarity", "substituted_share", "synonym_share", "consistency"}
FLAGS = {"formatting"}

WORDS = st.sampled_from(["visit", "go", "to", "Sergei", "26%", "$4.2", "don't", "USA", "a"])
PUNCTUATION = st.sampled_from([" ", " ", "\n", ", ", ". ", "—", "\u201c", "!"])
TEXTS = st.one_of(
    st.just(""),
    WORDS,  # exactly one word
    st.builds(lambda word, mark: word + mark, WORDS, PUNCTUATION),  # a word and a mark
    PUNCTUATION,  # no word at all
    st.lists(st.one_of(WORDS, PUNCTUATION), max_size=40).map("".join),
)


def _leaves(value: Any, key: str | None = None) -> Iterator[tuple[str | None, Any]]:
    """Every scalar of the JSON with the key it sits under (list items: the list's key)."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _leaves(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, key)
    else:
        yield key, value


@settings(max_examples=60, deadline=None)
@given(old=TEXTS, new=TEXTS)
@example(old="Hello", new="Hello world")
@example(old="", new="one")
@example(old=".", new="word")
def test_every_count_is_a_number(old: str, new: str) -> None:
    comparison = compare(Document("old.txt", "", old), Document("new.txt", "", new))
    data = json.loads(to_json(comparison))
    assert data == to_dict(comparison)
    counts = data.pop("counts")  # its "formatting" and "moves" are counts, not a flag or a list
    assert list(counts) == ["substitutions", "omissions", "additions", "moves", "formatting"]
    assert all(type(value) is int for value in counts.values()), counts
    for key, value in _leaves(data):
        if key in COUNTS or (key == "changes" and not isinstance(value, dict)):
            assert type(value) is int, (key, value)  # never a bool: bool is an int in Python
        elif key == "move":
            assert value is None or type(value) is int, (key, value)
        elif key in SHARES:
            assert type(value) in (int, float) and 0 <= value <= 1, (key, value)
        elif key in FLAGS:
            assert type(value) is bool, (key, value)
        else:
            assert value is None or type(value) is str, (key, value)
    assert data["old"]["words"] == count_words(old)
    assert data["new"]["chars"] == len(new)
