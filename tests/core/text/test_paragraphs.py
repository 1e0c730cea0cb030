"""`core.text.paragraphs`: the runs of a text between newlines that hold something visible."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.model import Range
from core.text.paragraphs import paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="no text, no paragraph"),
        pytest.param("One line", [Range(0, 8)], id="one line is one paragraph"),
        pytest.param("A\n\nB\n", [Range(0, 1), Range(3, 4)], id="a blank line between two"),
        pytest.param("A\nB", [Range(0, 1), Range(2, 3)], id="every newline ends a paragraph"),
        pytest.param("A\n  \t\nB", [Range(0, 1), Range(6, 7)],
                     id="a line of white space alone is no paragraph"),
        pytest.param("  indented ", [Range(0, 11)], id="a paragraph keeps its spaces"),
    ],
)
def test_paragraphs(text: str, expected: list[Range]) -> None:
    assert paragraphs(text) == expected


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", "é"]), max_size=40))
def test_paragraphs_are_the_visible_lines_in_order(text: str) -> None:
    found = paragraphs(text)
    assert [text[start:end] for start, end in found] == [
        line for line in text.split("\n") if line and not line.isspace()]
    assert all(a.end < b.start for a, b in pairwise(found))
