"""`core.report.json_format`: the JSON's types, and what a script can rebuild from it.

Every count is a number, for texts of zero, one and many words; and the JSON alone gives
NEW back from OLD: its changes, moves and patterns point at the texts they name. (The bytes
of two sample pairs are pinned by golden files in `tests.cli.test_compare_command`.)

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

from core.changes.edit_script import rebuild
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


_BRIDGE = "The council voted to repair the old bridge the mayor said was over the river. "
_MAYOR = "The mayor said the work would start soon and end before the winter. "
_ASKED = "Residents asked why it took so long. "
SENTENCES = st.sampled_from([_BRIDGE, _MAYOR, _ASKED])


@settings(max_examples=60, deadline=None)
@given(old=st.lists(st.one_of(SENTENCES, TEXTS), max_size=6).map("".join),
       new=st.lists(st.one_of(SENTENCES, TEXTS), max_size=6).map("".join))
@example(old=_BRIDGE + _MAYOR + _ASKED, new=_MAYOR + _ASKED + _BRIDGE.replace("said", "stated"))
def test_the_json_alone_rebuilds_new_from_old(old: str, new: str) -> None:
    """A script that reads the JSON text back gets NEW from OLD by its changes, and every
    range it reads holds the text the JSON says (moved passages and pattern places too)."""
    data = json.loads(to_json(compare(Document("old.txt", "", old),
                                      Document("new.txt", "", new))))
    assert rebuild(old, data["changes"]) == new
    for change in data["changes"]:
        assert old[change["old_start"]:change["old_end"]] == change["old_text"]
        assert new[change["new_start"]:change["new_end"]] == change["new_text"]
    moved = {change["move"] for change in data["changes"]} - {None}
    assert moved == {move["id"] for move in data["moves"]}
    for move in data["moves"]:
        for edit in move["substitutions"]:
            assert move["old_start"] <= edit["old_start"] <= edit["old_end"] <= move["old_end"]
            assert old[edit["old_start"]:edit["old_end"]] == edit["old_text"]
            assert new[edit["new_start"]:edit["new_end"]] == edit["new_text"]
    kinds = {change["id"]: change["kind"] for change in data["changes"]}
    for pattern in data["patterns"]:
        assert pattern["count"] == len(pattern["changes"])
        assert {kinds[number] for number in pattern["changes"]} <= {"substitution", "addition"}
