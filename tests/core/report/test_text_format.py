"""`core.report.text_format`: the word diff for a terminal, ``[-old-]{+new+}``."""

from __future__ import annotations

import pytest

from core.model import Category
from core.report.text_format import to_text
from tests.report_examples import CONTENT, SYN, Piece, build, same

_SUMMARY = "old.txt → new.txt: similarity 80%"


@pytest.mark.parametrize(
    ("pieces", "body"),
    [
        pytest.param([same("Nothing changed.")], "Nothing changed.\n",
                     id="unchanged text as it is, with a final newline"),
        pytest.param([same("The "), Piece("city", "metropolis", SYN), same(" voted.\n")],
                     "The [-city-]{+metropolis+} voted.\n",
                     id="a substitution: old and new side by side"),
        pytest.param([same("The "), Piece("old ", "", CONTENT), same("bridge.\n")],
                     "The [-old -]bridge.\n", id="an omission"),
        pytest.param([same("The "), Piece("", "new ", CONTENT), same("bridge.\n")],
                     "The {+new +}bridge.\n", id="an addition"),
        pytest.param([same("It said"), Piece(" ", "  ", Category.WHITESPACE), same("so.\n")],
                     "It said[- -]{+  +}so.\n",
                     id="a formatting change is marked like any other"),
    ],
)
def test_word_diff(pieces: list[Piece], body: str) -> None:
    summary, text = to_text(build(pieces)).split("\n\n", 1)
    assert summary.startswith(_SUMMARY)
    assert text == body


@pytest.mark.parametrize(
    ("pieces", "counts"),
    [
        pytest.param([same("a")], "0 substitutions, 0 omissions, 0 additions, 0 moves",
                     id="nothing changed: every figure, zero"),
        pytest.param([Piece("a ", "", CONTENT, move=0), same("b "),
                      Piece("", "a ", CONTENT, move=0)],
                     "0 substitutions, 0 omissions, 0 additions, 1 move",
                     id="a moved passage is one move, not an omission and an addition"),
        pytest.param([Piece("a", "b", SYN), same(" "), Piece(".", "!", Category.PUNCTUATION)],
                     "1 substitution, 0 omissions, 0 additions, 0 moves, 1 formatting change",
                     id="formatting changes are named only when there are some"),
    ],
)
def test_the_summary_gives_the_counts(pieces: list[Piece], counts: str) -> None:
    assert to_text(build(pieces)).split("\n", 1)[0] == f"{_SUMMARY}, {counts}"


def test_colour_wraps_the_marks_and_keeps_the_brackets() -> None:
    comparison = build([same("The "), Piece("city", "metropolis", SYN), same(".")])
    coloured = to_text(comparison, colour=True)
    assert "\x1b[31m[-city-]\x1b[0m\x1b[32m{+metropolis+}\x1b[0m" in coloured
    assert to_text(comparison) == coloured.replace("\x1b[31m", "").replace(
        "\x1b[32m", "").replace("\x1b[0m", "")
