"""The comparison engine: the edit script rebuilds NEW, and changes read like an editor's."""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.changes.edit_script import rebuild
from core.compare import compare
from core.load.loader import load
from core.model import Category, ChangeKind, Comparison, Document


def _doc(text: str, name: str = "v.txt") -> Document:
    return Document(path=name, title=text.split("\n", 1)[0], text=text)


def _compare_texts(old: str, new: str) -> Comparison:
    return compare(_doc(old, "old.txt"), _doc(new, "new.txt"))


def _rebuilds(comparison: Comparison) -> bool:
    changes = [dataclasses.asdict(change) for change in comparison.changes]
    return rebuild(comparison.old.text, changes) == comparison.new.text


def _content(comparison: Comparison) -> list[tuple[ChangeKind, str, str]]:
    return [
        (change.kind, change.old_text, change.new_text)
        for change in comparison.changes
        if not change.category.is_formatting
    ]


SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION

_FIRMS = "About the food industry. Several large firms have warned."
_BUDGET = "About the food industry. The budget passed by seven votes to four. "
_BUDGET_VARIOUS, _BUDGET_SEVERAL = _BUDGET + "Various large firms have warned.", (
    _BUDGET + "Several large firms have warned.")


@pytest.mark.parametrize(
    ("old", "new", "expected", "reason"),
    [
        ("China’s top leader met him.", "China’s high chief met him.",
         [(SUB, "top", "high"), (SUB, "leader", "chief")], "two aligned word swaps"),
        ("an expected visit to China", "an anticipated go to to China",
         [(SUB, "expected", "anticipated"), (SUB, "visit", "go to")],
         "one word for two, next to another swap"),
        ("from the United States and", "from the USA and",
         [(SUB, "United States", "USA")], "two words for one"),
        ("He met with his counterpart.", "He met together with his counterpart.",
         [(SUB, "with", "together with")], "a word inserted by an unchanged one: its rewording"),
        ("Officials met. They talked for six long hours and left.",
         "Officials met. They talked for six hours and left quietly, saying nothing at all.",
         [(OMIT, "long ", ""), (ADD, "", " quietly, saying nothing at all")],
         "a clause is an addition, not a pattern"),
        ("It was a very big day.", "It was a big day.", [(OMIT, "very ", "")],
         "a word dropped once beside an unchanged one: an omission, not a rewording of it"),
        ("A very big day, a very big night.", "A big day, a big night.",
         [(SUB, "very big", "big"), (SUB, "very big", "big")],
         "dropped beside the same word again: the document rewords that word"),
        ("The talks ended. Then the ministers, tired after a long night, left.",
         "The talks ended. Then the ministers left.",
         [(OMIT, ", tired after a long night,", "")], "a dropped clause stays an omission"),
        (_FIRMS, _BUDGET_VARIOUS,
         [(ADD, "", "The budget passed by seven votes to four. "), (SUB, "Several", "Various")],
         "a sentence added before a swapped word: the sentence, then the swap"),
        (_FIRMS, _BUDGET_SEVERAL,
         [(ADD, "", "The budget passed by seven votes to four. ")],
         "the same with no swap: only the sentence"),
        ("They warned of the trend. Then it stopped.",
         "They warned of the drift. Prices fell by a tenth overnight. Then it stopped.",
         [(SUB, "trend", "drift"), (ADD, "", "Prices fell by a tenth overnight. ")],
         "a sentence added after a swapped word that ends its sentence: the swap, then it"),
        ("They warned of the trend.", "They warned of the drift. Prices fell by a tenth.",
         [(SUB, "trend", "drift"), (ADD, "", " Prices fell by a tenth.")],
         "the same at the end of the text"),
    ],
)
def test_word_changes(old: str, new: str, expected: list[tuple[ChangeKind, str, str]],
                      reason: str) -> None:
    comparison = _compare_texts(old, new)
    assert _content(comparison) == expected, reason
    assert _rebuilds(comparison)


def test_dropped_headline_block_is_one_omission() -> None:
    headline = (
        "Leaders Meet in the Capital, Promising Closer Ties\n\n"
        "The meeting came a week after new tariffs were announced by both sides.\n\n"
        "A photo of the two ministers at the airport.Credit...Press Office\n\n"
    )
    body = "The two ministers met on Tuesday and talked about trade.\n"
    comparison = _compare_texts(headline + body, "[ad_1]\n" + body)
    kinds = [(kind, old) for kind, old, _ in _content(comparison)]
    assert kinds[0] == (OMIT, headline.rstrip("\n") + "\n\n")
    assert kinds[1][0] is ADD
    assert len(kinds) == 2
    assert _rebuilds(comparison)


def test_formatting_changes_are_categorised() -> None:
    comparison = _compare_texts("Russia’s “war” While\n\nend", "Russia's \"war\" while\nend")
    categories = {change.category for change in comparison.changes}
    assert categories == {Category.QUOTE_STYLE, Category.CASE, Category.WHITESPACE}
    assert comparison.similarity == 1.0


def test_identical_texts() -> None:
    comparison = _compare_texts("Same text.\n", "Same text.\n")
    assert comparison.changes == () and comparison.similarity == 1.0
    assert comparison.old_words == comparison.new_words == 2


def test_empty_texts() -> None:
    assert _rebuilds(_compare_texts("", "Something new."))
    assert _rebuilds(_compare_texts("Something old.", ""))


ENGLISH = [
    "the", "visit", "go", "to", "United", "States", "USA", "’s", "'", "“", "”", ",", ".",
    " ", " ", "\n", "\n\n", "\u00a0", "26%", "$1.13bn", "Lavrov", "Xi", "isn’t", "—",
]
# Text that is not English-shaped: CJK, Thai, Devanagari, emoji (ZWJ sequences, flags, skin
# tones, keycaps, and their parts alone), decomposed and composed accents, Turkish.
SCRIPTS = [
    "北京", "周二", "周三", "。", "，", "東京", "コーヒー", "ｶﾞ", "서울에서", "วันอังคาร", "วันพุธ",
    "ที่", "\u0e48", "नमस्ते", "मंगलवार", "।", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦", "🇫🇷",
    "🇩🇪", "🇫", "👍", "👍🏽", "🏽", "1️⃣", "\u200d", "\ufe0f", "Cafe\u0301", "Café", "e",
    "\u0301", "é", "İstanbul", "istanbul", "ILIK", "ılık", "I", "ı", "i\u0307",
]
PIECES = st.sampled_from(ENGLISH + SCRIPTS)


@settings(max_examples=250, deadline=None)
@given(st.lists(PIECES, max_size=150), st.data())
def test_changes_rebuild_new_from_old(pieces: list[str], data: st.DataObject) -> None:
    edited = list(pieces)
    for _ in range(data.draw(st.integers(0, 15))):
        at = data.draw(st.integers(0, len(edited)))
        removed = data.draw(st.integers(0, 6))
        edited[at:at + removed] = data.draw(st.lists(PIECES, max_size=6))
    comparison = _compare_texts("".join(pieces), "".join(edited))
    assert _rebuilds(comparison)
    assert 0.0 <= comparison.similarity <= 1.0
    for earlier, later in itertools.pairwise(comparison.changes):
        assert earlier.old_end <= later.old_start and earlier.new_end <= later.new_start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_changes_rebuild_arbitrary_texts(old: str, new: str) -> None:
    assert _rebuilds(_compare_texts(old, new))


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=80), st.data())
def test_unicode_forms_alone_are_formatting(pieces: list[str], data: st.DataObject) -> None:
    """NEW is OLD with some pieces written in the other normal form: the changes rebuild
    NEW, and none of them is content."""
    forms = [data.draw(st.sampled_from(["NFC", "NFD"])) for _ in pieces]
    edited = [unicodedata.normalize(form, piece) for form, piece in zip(forms, pieces, strict=True)]
    comparison = _compare_texts("".join(pieces), "".join(edited))
    assert _rebuilds(comparison)
    assert all(change.category.is_formatting for change in comparison.changes)
    assert comparison.similarity == 1.0


def test_every_seed_pair_rebuilds(seeds: list[Path]) -> None:
    documents = [load(path) for path in seeds]
    for old, new in itertools.permutations(documents, 2):
        assert _rebuilds(compare(old, new)), (old.name, new.name)


def test_samples_rebuild(samples: list[Path]) -> None:
    documents = [load(path) for path in samples]
    assert len(documents) >= 3
    for old, new in itertools.permutations(documents, 2):
        assert _rebuilds(compare(old, new)), (old.name, new.name)


def test_spun_seed_reads_like_a_spinner(seeds: list[Path]) -> None:
    comparison = compare(load(seeds[0]), load(seeds[4]))
    content = [c for c in comparison.changes if not c.category.is_formatting]
    substitutions = [c for c in content if c.kind is SUB]
    short = [c for c in substitutions if len(c.old_text.split()) <= 2 >= len(c.new_text.split())]
    assert len(substitutions) > 80
    assert len(short) / len(substitutions) > 0.8, "mostly one- or two-word swaps"
    pairs = {(c.old_text, c.new_text) for c in substitutions}
    assert {("significant", "important"), ("United States", "USA")} <= pairs
    first = content[0]
    assert first.kind is OMIT and first.old_text.startswith("Xi Meets With Russia’s")
    assert "Associated Press" in first.old_text, "headline, dek and caption: one omission"


def test_progress_is_reported_and_can_cancel() -> None:
    from core.model import Cancelled

    text = " ".join(f"word{i % 97} w{i}" for i in range(20000))
    edited = text.replace("word5 ", "term5 ")
    seen: list[float] = []
    compare(_doc(text), _doc(edited), progress=seen.append)
    assert seen and seen[-1] == 1.0 and all(0.0 <= x <= 1.0 for x in seen)

    def stop(_: float) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        compare(_doc(text), _doc(edited), progress=stop)
