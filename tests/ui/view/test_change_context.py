"""A change on one line with the words around it (pure Python)."""

from __future__ import annotations

import pytest

from core.model import Category, Change, ChangeKind
from ui.view.change_context import InContext, in_context, shown

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION
NEW = "The council voted on Tuesday to repair the old bridge.\n\nResidents cheered loudly."


def _at(kind: ChangeKind, new_word: str, old_text: str, new_text: str) -> Change:
    start = NEW.index(new_word) if new_word else NEW.index("cheered")
    end = start + len(new_text)
    return Change(0, kind, Category.CONTENT, 0, len(old_text), start, end, old_text, new_text)


@pytest.mark.parametrize(
    ("change", "expected", "reason"),
    [
        (_at(SUB, "repair", "mend", "repair"),
         InContext("voted on Tuesday to", "[mend → repair]", "the old bridge."),
         "a substitution between four words each side"),
        (_at(ADD, "old ", "", "old "), InContext("Tuesday to repair the", "[+old ]", "bridge."),
         "an addition"),
        (_at(OMIT, "", "loudly ", ""), InContext("Residents", "[−loudly ]", "cheered loudly."),
         "an omission stands where its text was taken from, in NEW"),
        (_at(SUB, "The", "A", "The"), InContext("", "[A → The]", "council voted on Tuesday"),
         "at the start, nothing before"),
    ],
)
def test_in_context(change: Change, expected: InContext, reason: str) -> None:
    assert in_context(change, NEW) == expected, reason


def test_context_stops_at_a_paragraph_break() -> None:
    change = _at(SUB, "Residents", "Neighbours", "Residents")
    assert in_context(change, NEW).before == "", "the words before are another paragraph's"


def test_the_line() -> None:
    assert InContext("said the", "[visit → go to]", "capital on").line() == \
        "…said the [visit → go to] capital on…"
    assert InContext("", "[+a]", "").line() == "[+a]"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("", "∅", "nothing, visibly"),
        ("  ", "··", "spaces alone, one dot each"),
        ("a\u00a0b", "a⍽b", "a no-break space"),
        ("a\nb", "a¶b", "a line break"),
    ],
)
def test_shown(text: str, expected: str, reason: str) -> None:
    assert shown(text) == expected, reason


def test_a_long_change_keeps_its_first_and_last_words() -> None:
    words = " ".join(f"w{number}" for number in range(40))
    change = Change(0, OMIT, Category.CONTENT, 0, len(words), 0, 0, words, "")
    marked = in_context(change, "").change
    assert marked.startswith("[−w0 w1 w2 w3 … ") and marked.endswith("w37 w38 w39]")
