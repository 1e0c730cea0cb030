"""`core.report.colour_vision`, and the window's emphasis colours checked with it.

The selected pattern's colour was an amber close to the substitutions' (issue 16): the
emphasis colours must stay apart from every change colour, from the page and from each other,
for readers with normal vision and with protanopia, deuteranopia and tritanopia alike.
"""

from __future__ import annotations

import pytest

from core.report.colour_vision import (
    Vision,
    delta_e_2000,
    distance,
    simulated_lab,
    worst_distance,
)
from core.report.legend import EMPHASIS, LEGEND

# Far enough apart to read as another colour at a glance, in every simulation.
APART = 20.0
PAGE = "#ffffff"


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [
        pytest.param((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425,
                     id="Sharma et al. pair 1: a blue, hue and chroma"),
        pytest.param((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669,
                     id="pair 7: from grey, the hue angle of a neutral"),
        pytest.param((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492,
                     id="pair 17: a large difference"),
        pytest.param((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731,
                     id="pair 27: hues either side of 0 degrees"),
        pytest.param((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645,
                     id="pair 28: a green"),
    ],
)
def test_ciede2000_matches_the_published_test_data(
        lab1: tuple[float, float, float], lab2: tuple[float, float, float],
        expected: float) -> None:
    assert delta_e_2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(lab2, lab1) == pytest.approx(expected, abs=1e-4), "symmetric"


@pytest.mark.parametrize(
    ("first", "second", "vision", "same", "reason"),
    [
        ("#ff0000", "#00ff00", Vision.NORMAL, False, "red and green, to a trichromat"),
        ("#d62728", "#2ca02c", Vision.NORMAL, False, "a red and a green of like lightness"),
        ("#ffffff", "#ffffff", Vision.DEUTERANOPIA, True, "a colour is itself"),
        ("#808080", "#808080", Vision.TRITANOPIA, True, "greys stay grey"),
    ],
)
def test_distances(first: str, second: str, vision: Vision, same: bool, reason: str) -> None:
    assert (distance(first, second, vision) < 1.0) is same, reason


@pytest.mark.parametrize(
    ("first", "second", "vision", "reason"),
    [
        ("#d62728", "#2ca02c", Vision.DEUTERANOPIA, "red and green merge for a deuteranope"),
        ("#d62728", "#2ca02c", Vision.PROTANOPIA, "and for a protanope"),
        ("#1f77b4", "#2ca02c", Vision.TRITANOPIA,
         "blue and green draw together for a tritanope"),
    ],
)
def test_the_simulation_brings_confused_colours_together(first: str, second: str,
                                                         vision: Vision, reason: str) -> None:
    assert distance(first, second, vision) < distance(first, second) / 2, reason


def test_greys_are_seen_alike_by_everyone() -> None:
    normal = simulated_lab("#777777")
    for vision in Vision:
        assert simulated_lab("#777777", vision) == pytest.approx(normal, abs=0.5), vision


def test_a_malformed_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="#rrggbb"):
        simulated_lab("#fff")


def _backgrounds() -> list[tuple[str, str]]:
    return [(f"the {key} background", style.background) for key, style in LEGEND.items()
            if key != "formatting"] + [("the page", PAGE)]


@pytest.mark.parametrize("emphasis", list(EMPHASIS))
@pytest.mark.parametrize(("what", "colour"), _backgrounds())
def test_each_emphasis_stands_apart_from_every_change_colour_for_every_reader(
        emphasis: str, what: str, colour: str) -> None:
    found, vision = worst_distance(EMPHASIS[emphasis].colour, colour)
    assert found >= APART, f"{emphasis} vs {what}: ΔE {found:.1f} for {vision.value}"


def test_the_emphases_stand_apart_from_each_other() -> None:
    colours = [emphasis.colour for emphasis in EMPHASIS.values()]
    for index, first in enumerate(colours):
        for second in colours[index + 1:]:
            found, vision = worst_distance(first, second)
            assert found >= APART, f"{first} vs {second}: ΔE {found:.1f} for {vision.value}"


def test_the_old_pattern_amber_would_not_have_passed() -> None:
    # "#ffc940", the selected pattern's colour before issue 16, beside the substitutions'
    found, _ = worst_distance("#ffc940", LEGEND["substitution"].background)
    assert found < APART, "the check is strict enough to catch the colour the editor met"
