"""`core.lexicon.phrases`: what cutting one side of a run of words costs, boundary by boundary.

Each row gives a side's folded words and the known expressions; the costs are written out as
the rule that gives them, so each row says which rule it checks.
"""

from __future__ import annotations

import pytest

from core.lexicon.phrases import DANGLING_COSTS, KNOWN_PHRASE_COST, LEANING_COST, cuts

_KNOWN = frozenset(("point out", "more than", "go to"))


def _known(phrase: str) -> bool:
    return phrase in _KNOWN


@pytest.mark.parametrize(
    ("words", "starts", "ends"),
    [
        pytest.param(["remoted", "regardless", "of"], [0, 0, LEANING_COST, 0], [0, 0, 0, 0],
                     id="a piece beginning on 'of' after a cut leans on the word before"),
        pytest.param(["essential", "buying", "and", "selling"], [0, 0, 0, 0, 0],
                     [0, 0, 0, DANGLING_COSTS["CC"], 0],
                     id="a piece ending on 'and' before a cut dangles"),
        pytest.param(["again", "in", "opposition", "to"], [0, 0, 0, LEANING_COST, 0],
                     [0, 0, DANGLING_COSTS["IN"], 0, 0],
                     id="ending on a preposition dangles less; 'to' after a cut leans"),
        pytest.param(["didn't", "point", "out"], [0, 0, LEANING_COST + KNOWN_PHRASE_COST, 0],
                     [0, 0, 0, 0],
                     id="a cut inside a known expression costs, and 'out' leans too"),
        pytest.param(["got", "here", "simply"], [0, LEANING_COST, 0, 0], [0, 0, 0, 0],
                     id="an adverb of place completes the verb before it: got | here leans"),
        pytest.param(["and", "there", "came"], [0, 0, 0, 0], [0, DANGLING_COSTS["CC"], 0, 0],
                     id="but existential 'there' opens a clause: no leaning"),
        pytest.param(["big", "red", "car"], [0, 0, 0, 0], [0, 0, 0, 0],
                     id="content words cut anywhere for nothing"),
        pytest.param(["of"], [0, 0], [0, 0], id="the run's own ends cost nothing"),
    ],
)
def test_cut_costs(words: list[str], starts: list[float], ends: list[float]) -> None:
    found = cuts(words, _known)
    assert (found.starts, found.ends) == (starts, ends)


@pytest.mark.parametrize(
    ("words", "start", "end", "cost"),
    [
        pytest.param(["visit", "go", "to", "got"], 1, 3, 0.0,
                     id="a known expression may end on its preposition: 'go to'"),
        pytest.param(["again", "in", "opposition"], 0, 2, DANGLING_COSTS["IN"],
                     id="an unknown one pays for it: 'again in'"),
        pytest.param(["again", "in", "opposition"], 1, 2, 0.0,
                     id="a one-word piece never dangles: 'in' may be a swap of its own"),
        pytest.param(["again", "in", "opposition"], 1, 1, 0.0, id="an empty piece costs nothing"),
    ],
)
def test_piece_cost(words: list[str], start: int, end: int, cost: float) -> None:
    assert cuts(words, _known).cost(start, end) == cost
