"""`core.report.text_format`: the word diff for a terminal, ``[-old-]{+new+}``: moves marked,
white space shown, markers on one line, the patterns on request, the ignore rules honoured
(issue 16, item 14)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.model import Category, Comparison, IgnoreRules
from core.report.text_format import to_text, visible
from tests.report_examples import CONTENT, QUOTE, SPACE, SYN, Piece, bridge_story, build, same

PUNCT = Category.PUNCTUATION
_SUMMARY = "old.txt → new.txt: similarity 80%"


def _body(comparison: Comparison, **options: bool) -> str:
    return to_text(comparison, **options).split("\n\n", 1)[1]


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
                     "It said[-␣-]{+␣␣+}so.\n",
                     id="a formatting change is marked like any other, its spaces visible"),
        pytest.param([same("end."), Piece("\n\n", " ", SPACE), same("Next.")],
                     "end.[-⏎⏎-]{+␣+}Next.\n", id="paragraphs joined: one line"),
        pytest.param([same("end."), Piece(" ", "\n\n", SPACE), same("Next.")],
                     "end.[-␣-]{+⏎⏎+}\n\nNext.\n",
                     id="a paragraph split: the break shown, then made"),
        pytest.param([same("a"), Piece("\u00a0", " ", SPACE), same("b")],
                     "a[-⍽-]{+␣+}b\n", id="a no-break space made plain, visibly"),
        pytest.param([same("Hi."), Piece("", "\nOne.\n\nTwo.", CONTENT)],
                     "Hi.{+⏎+}\n{+One.⏎⏎+}\n\n{+Two.+}\n",
                     id="an addition of paragraphs: a marker per line"),
        pytest.param([same("Hi. "), Piece("One.\n\nTwo. ", "", CONTENT), same("End.")],
                     "Hi. [-One.⏎⏎Two. -]End.\n", id="an omission on one line"),
        pytest.param([same("He said "), Piece("“", "", Category.QUOTATION), same("no.")],
                     "He said [-“-]no.\n", id="a quotation mark dropped"),
    ],
)
def test_word_diff(pieces: list[Piece], body: str) -> None:
    summary, text = to_text(build(pieces)).split("\n\n", 1)
    assert summary.startswith(_SUMMARY)
    assert text == body


def test_moves_are_marked_at_both_ends() -> None:
    text = _body(bridge_story())
    assert "[-⇄1 moved from here Of the total cost, $2.7 million will come from a federal " \
           "grant. ⇄1⏎⏎-]" in text
    assert "{+⏎⏎+}\n\n{+⇄1 moved to here Of the total price" in text
    assert text.count("⇄1") == 4


def test_no_marker_spans_a_line() -> None:
    for line in _body(bridge_story()).split("\n"):
        assert line.count("[-") == line.count("-]") and line.count("{+") == line.count("+}")


def test_hidden_formatting_and_ignored_changes_print_as_new() -> None:
    comparison = build([same("A "), Piece("“", '"', QUOTE), same("b"), Piece(",", "", PUNCT),
                        same(" c "), Piece("big", "large", SYN), same(".")])
    assert _body(comparison, formatting=False) == 'A "b c [-big-]{+large+}.\n'
    ignored = replace(comparison, changes=tuple(
        replace(change, ignored=change.category.is_formatting) for change in comparison.changes),
        ignore=IgnoreRules(frozenset({QUOTE, PUNCT})))
    text = to_text(ignored)
    assert text.split("\n")[1] == "Ignoring punctuation, quote-style: 2 changes set aside"
    assert text.endswith('A "b c [-big-]{+large+}.\n')


def test_patterns_on_request() -> None:
    text = to_text(bridge_story(), patterns=True)
    lines = text.split("\n")
    assert lines[2] == "Patterns:"
    assert lines[3] == "   1. city → metropolis ×2 (synonym)"
    assert "  11. ⏎⏎ → ␣ ×1 (whitespace)" in lines
    hidden = to_text(bridge_story(), patterns=True, formatting=False)
    assert "(whitespace)" not in hidden and "(quote-style)" not in hidden


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


def test_the_summary_of_a_story_gives_the_windows_counts() -> None:
    assert to_text(bridge_story()).split("\n")[0] == (
        "01-original.txt → 02-spun.txt: similarity 82%, 8 substitutions, 1 omission, "
        "1 addition, 1 move, 3 formatting changes")


def test_colour_wraps_the_marks_and_keeps_the_brackets() -> None:
    comparison = build([same("The "), Piece("city", "metropolis", SYN), same(".")])
    coloured = to_text(comparison, colour=True)
    assert "\x1b[31m[-city-]\x1b[0m\x1b[32m{+metropolis+}\x1b[0m" in coloured
    assert to_text(comparison) == coloured.replace("\x1b[31m", "").replace(
        "\x1b[32m", "").replace("\x1b[0m", "")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("a b", "a b", id="plain text as it is"),
        pytest.param("  ", "␣␣", id="plain spaces alone"),
        pytest.param("\n\t\u00a0\u2009", "⏎⇥⍽⍽", id="breaks, tabs and other spaces"),
    ],
)
def test_visible(text: str, shown: str) -> None:
    assert visible(text) == shown
