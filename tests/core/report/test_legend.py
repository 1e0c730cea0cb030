"""`core.report.legend`: one legend for screen and paper, readable without colour."""

from __future__ import annotations

import re

import pytest

from core.model import CountedAs
from core.report.legend import LEGEND, Style

# WCAG 2 "AA" for body text: the least contrast between a change's text and its background.
MINIMUM_CONTRAST = 4.5


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(style: Style) -> float:
    darker, lighter = sorted((_luminance(style.foreground), _luminance(style.background)))
    return (lighter + 0.05) / (darker + 0.05)


def test_every_heading_of_the_counts_has_a_style() -> None:
    # An ignored change is drawn as unchanged text: the one heading with no style.
    assert set(LEGEND) == {heading.value for heading in CountedAs
                           if heading is not CountedAs.IGNORED}
    assert CountedAs.IGNORED.value not in LEGEND


@pytest.mark.parametrize("key", list(LEGEND))
def test_colours_are_hex_and_readable(key: str) -> None:
    style = LEGEND[key]
    assert re.fullmatch(r"#[0-9a-f]{6}", style.foreground), style.foreground
    assert re.fullmatch(r"#[0-9a-f]{6}", style.background), style.background
    assert _contrast(style) >= MINIMUM_CONTRAST, f"{key}: {_contrast(style):.2f}"


def test_no_two_kinds_are_told_apart_by_colour_alone() -> None:
    # formatting-only changes have none of these marks: they are the dotted, dimmed ones
    marks = {key: (style.strike_old, style.underline_new, style.mark)
             for key, style in LEGEND.items()}
    assert len(set(marks.values())) == len(marks), marks
    assert len({style.background for style in LEGEND.values()}) == len(LEGEND)


def test_the_legend_cannot_be_changed_by_a_reader() -> None:
    with pytest.raises(TypeError):
        LEGEND["omission"] = LEGEND["addition"]  # type: ignore[index]
