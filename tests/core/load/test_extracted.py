"""`core.load.extracted`: what every reader returns, and paragraphs a blank line apart."""

from __future__ import annotations

import pytest

from core.load.extracted import Extracted, FormatError, join_paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "text"),
    [
        pytest.param([], "", id="no paragraphs"),
        pytest.param(["One", "Two"], "One\n\nTwo", id="one blank line between paragraphs"),
        pytest.param(["  One \n", "\t", "", "Two"], "One\n\nTwo",
                     id="each stripped; blank ones left out"),
        pytest.param(iter(["a", "b"]), "a\n\nb", id="any iterable, read once"),
    ],
)
def test_join_paragraphs(paragraphs: list[str], text: str) -> None:
    assert join_paragraphs(paragraphs) == text


def test_a_format_error_carries_its_reason() -> None:
    error = FormatError("is damaged")
    assert (error.reason, str(error)) == ("is damaged", "is damaged")
    assert Extracted("text", "utf-8").notice == ""
