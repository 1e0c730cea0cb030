"""`core.patterns.counting`: substitutions grouped into patterns, counted and ranked.

First `find_patterns` and `swapped_part` on hand-made changes, then through `compare`: the
patterns found from atomic swaps and anchored expansions, their exact counts, order and
places, on hand-made and real texts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.compare import compare
from core.load.loader import load
from core.model import (
    Category,
    Change,
    ChangeKind,
    Comparison,
    Document,
    Move,
    MoveEdit,
    Pattern,
    Place,
)
from core.patterns.counting import find_patterns, swapped_part
from core.report.json_format import to_json
from tests.conftest import BENCH

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION
SYN, CASE, REWORDING = Category.SYNONYM, Category.CASE, Category.REWORDING


def _change(number: int, kind: ChangeKind, category: Category, at: int, old: str, new: str,
            move: int | None = None) -> Change:
    """A change at offset ``at`` of both versions (the texts around it are not needed)."""
    return Change(number, kind, category, at, at + len(old), at, at + len(new), old, new, move)


# The moved passage 0 holds one swap, visit → go to; change 6 is its addition.
_MOVED = Move(0, 70, 80, 60, 70, 0.9, (MoveEdit("visit", "go to", 72, 77, 62, 67, REWORDING),))

Found = tuple[str, str, int, Category, tuple[int, ...]]


@pytest.mark.parametrize(
    ("changes", "moves", "expected"),
    [
        pytest.param([], (), [], id="no changes, no patterns"),
        pytest.param([_change(0, OMIT, Category.CONTENT, 0, "gone", ""),
                      _change(1, ADD, Category.CONTENT, 9, "", "new")], (), [],
                     id="omissions and additions are no swaps"),
        pytest.param([_change(0, SUB, SYN, 0, "said", "stated"),
                      _change(1, SUB, SYN, 20, "Said", "Stated"),
                      _change(2, SUB, SYN, 30, "said", "stated")], (),
                     [("said", "stated", 3, SYN, (0, 1, 2))],
                     id="one swap in any case is one pattern, shown as most often written"),
        pytest.param([_change(0, SUB, SYN, 0, "Said", "Stated"),
                      _change(1, SUB, SYN, 20, "said", "stated")], (),
                     [("Said", "Stated", 2, SYN, (0, 1))],
                     id="a tie of spellings: the first seen"),
        pytest.param([_change(0, SUB, CASE, 0, "While", "while"),
                      _change(1, SUB, REWORDING, 10, "visit", "go to"),
                      _change(2, SUB, SYN, 20, "big", "large"),
                      _change(3, SUB, SYN, 30, "big", "large")], (),
                     [("big", "large", 2, SYN, (2, 3)), ("visit", "go to", 1, REWORDING, (1,)),
                      ("While", "while", 1, CASE, (0,))],
                     id="content first, most frequent first, then formatting apart"),
        pytest.param([_change(0, SUB, SYN, 0, "said", "stated"),
                      _change(1, SUB, SYN, 10, "big", "large")], (),
                     [("said", "stated", 1, SYN, (0,)), ("big", "large", 1, SYN, (1,))],
                     id="ties in document order"),
        pytest.param([_change(5, SUB, REWORDING, 50, "visit", "go to"),
                      _change(6, ADD, Category.CONTENT, 60, "", "moved text", move=0)],
                     (_MOVED,), [("visit", "go to", 2, REWORDING, (5, 6))],
                     id="a swap inside a moved passage counts under the move's addition"),
        pytest.param([_change(0, SUB, SYN, 0, "anti-Chinese", "anti-Chinese language"),
                      _change(1, SUB, SYN, 30, "Chinese", "Chinese language")], (),
                     [("Chinese", "Chinese language", 2, SYN, (0, 1))],
                     id="the hyphenated part both sides share is no part of the swap"),
    ],
)
def test_find_patterns(changes: list[Change], moves: tuple[Move, ...], expected: list[Found]
                       ) -> None:
    found = find_patterns(changes, moves)
    assert [(p.old, p.new, p.count, p.category, p.changes) for p in found] == expected
    assert all(len(p.places) == p.count for p in found)


def test_each_place_is_where_its_swap_was_made() -> None:
    changes = [_change(5, SUB, REWORDING, 50, "visit", "go to"),
               _change(6, ADD, Category.CONTENT, 60, "", "moved text", move=0)]
    (pattern,) = find_patterns(changes, (_MOVED,))
    assert pattern.places == (Place(50, 55, 50, 55), Place(72, 77, 62, 67))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("said", "stated", ("said", "stated"), id="no hyphen: the whole swap"),
        pytest.param("anti-Chinese", "anti-Chinese language", ("Chinese", "Chinese language"),
                     id="the shared head before a hyphen is set aside"),
        pytest.param("well-known fact", "well-known truth", ("known fact", "known truth"),
                     id="only the parts before a hyphen, one at a time"),
        pytest.param("pro-war", "anti-war", ("pro-war", "anti-war"),
                     id="different heads: the whole swap"),
        pytest.param("-x", "-y", ("-x", "-y"), id="an empty head is no shared part"),
    ],
)
def test_swapped_part(old: str, new: str, expected: tuple[str, str]) -> None:
    assert swapped_part(old, new) == expected


def test_swapped_part_of_a_crossed_swap() -> None:
    def crossed(old: str, new: str) -> tuple[str, str] | None:
        return ("now", "at the moment") if (old, new) == ("are now", "at the moment are") else None

    assert swapped_part("are now", "at the moment are", crossed) == ("now", "at the moment")
    assert swapped_part("are now", "at the moment are") == ("are now", "at the moment are"), (
        "with no lexicon to say so, no crossed swap")


def _compare(old: str, new: str) -> Comparison:
    return compare(Document("old.txt", "", old), Document("new.txt", "", new))


def _content(comparison: Comparison) -> dict[tuple[str, str], Pattern]:
    return {(p.old, p.new): p for p in comparison.patterns if not p.category.is_formatting}


@pytest.mark.parametrize(
    ("old", "new", "expected", "reason"),
    [
        ("The significant consequences were clear.", "The important penalties were clear.",
         {("significant", "important"), ("consequences", "penalties")}, "two adjacent swaps"),
        ("An expected visit by the president. Another visit, later.",
         "An anticipated go to by the president. Another go to, later.",
         {("expected", "anticipated"), ("visit", "go to")}, "a run cut with the document's evidence"),
        ("He met with his Chinese counterpart and Chinese officials.",
         "He met with his Chinese language counterpart and Chinese language officials.",
         {("Chinese", "Chinese language")}, "an insertion joined to its anchor word"),
        ("They use the tools daily.", "They make use of the tools daily.",
         {("use", "make use of")}, "insertions on both sides of one anchor"),
        ("Practices which are now being widely used.",
         "Practices which at the moment are being broadly used.",
         {("now", "at the moment"), ("widely", "broadly")},
         "an adverb swapped and moved across 'are': the swap is now → at the moment"),
        ("Practices which are now widely used.", "Practices at the moment which are used.",
         set(), "across a word of its own clause only: 'which' is kept, nothing moved"),
        ("It is help that Beijing could offer.", "It is help that could possibly offer.",
         {("Beijing could", "could possibly")},
         "a name dropped and an adverb added around one word: no swap Beijing → possibly"),
    ],
)
def test_atomic_patterns(old: str, new: str, expected: set[tuple[str, str]], reason: str) -> None:
    assert set(_content(_compare(old, new))) == expected, reason


def test_counts_group_case_and_order() -> None:
    comparison = _compare(
        "While it rains, we stay. while it snows, we go. While cold, we sit. The visit ended.",
        "Whereas it rains, we stay. whereas it snows, we go. Whereas cold, we sit. The go to ended.",
    )
    patterns = [p for p in comparison.patterns if not p.category.is_formatting]
    assert (patterns[0].old, patterns[0].new, patterns[0].count) == ("While", "Whereas", 3)
    assert len(patterns[0].changes) == 3
    assert (patterns[1].old, patterns[1].new, patterns[1].count) == ("visit", "go to", 1)


def test_formatting_patterns_come_after_content() -> None:
    comparison = _compare("Russia’s war. Russia’s tanks. The visit.",
                          "Russia's war. Russia's tanks. The go to.")
    kinds = [p.category.is_formatting for p in comparison.patterns]
    assert kinds == sorted(kinds), "content first, formatting grouped after"
    assert any(p.category is Category.QUOTE_STYLE and p.count == 2 for p in comparison.patterns)


SEED_PATTERNS = [
    ("visit", "go to", 4, None),
    ("United States", "USA", 4, Category.ALIAS),
    ("Chinese", "Chinese language", 5, None),
    ("support", "assist", 4, None),
    ("also", "additionally", 3, None),
    ("economic", "financial", 3, None),
    ("security", "safety", 2, None),
    ("two", "2", 2, Category.NUMBER),
]


def test_spun_seed_patterns(seeds: list[Path]) -> None:
    comparison = compare(load(seeds[0]), load(seeds[4]))
    content = {(p.old.casefold(), p.new.casefold()): p for p in comparison.patterns
               if not p.category.is_formatting}
    for old, new, count, category in SEED_PATTERNS:
        pattern = content[(old.casefold(), new.casefold())]
        assert pattern.count == count, (old, new)
        assert category is None or pattern.category is category, (old, new)
    assert ("cold", "chilly") in content and ("war", "struggle") in content


def test_machine_translation_quotes_are_formatting(seeds: list[Path]) -> None:
    comparison = compare(load(seeds[0]), load(seeds[1]))
    quote_patterns = [p for p in comparison.patterns if p.category is Category.QUOTE_STYLE]
    assert quote_patterns and all(p.category.is_formatting for p in quote_patterns)
    for pattern in comparison.patterns:
        if not pattern.category.is_formatting:
            assert pattern.old.replace("’", "'") != pattern.new.replace("’", "'")


def test_spun_bench_pattern_f1(tmp_path: Path) -> None:
    spun = BENCH / "spun"
    scorer = BENCH / "score_patterns.py"
    if not spun.is_dir() or not scorer.exists():
        pytest.skip("../shared/bench is not present")
    scores = []
    for gold in sorted(spun.glob("case*.gold.json")):
        case = str(gold).removesuffix(".gold.json")
        comparison = compare(load(case + ".orig.txt"), load(case + ".spun.txt"))
        path = tmp_path / (Path(case).name + ".json")
        path.write_text(to_json(comparison), encoding="utf-8")
        result = subprocess.run([sys.executable, str(scorer), str(gold), str(path)],
                                capture_output=True, text=True, check=True)
        scores.append(float(result.stdout.split("F1 ")[1].split()[0]))
    assert scores and sum(scores) / len(scores) >= 0.95, scores


def test_mining_can_be_switched_off() -> None:
    from core.model import CompareOptions

    old = "An expected visit by the president. Another visit, later."
    new = "An anticipated go to by the president. Another go to, later."
    comparison = compare(Document("o", "", old), Document("n", "", new),
                         CompareOptions(mine_patterns=False))
    assert comparison.patterns == () and comparison.profile is None
    assert any(c.old_text == "visit" for c in comparison.changes), "the edit script remains"


# The swaps made in resources/samples/02-spun.txt, as its author listed them: a spinner's
# table unlike the benchmark's, so this measures the method, not a tuning.
SAMPLE_SWAPS = {
    ("said", "stated"): 5, ("city", "metropolis"): 3, ("also", "additionally"): 3,
    ("significant", "important"): 3, ("support", "assist"): 3, ("visit", "go to"): 3,
    ("two", "2"): 3, ("residents", "inhabitants"): 3, ("people", "individuals"): 3,
    ("children", "youngsters"): 2, ("expected", "anticipated"): 2, ("begin", "start"): 2,
    ("meeting", "assembly"): 2, ("closed", "shut"): 2, ("money", "cash"): 2,
    ("cost", "price"): 2, ("united states", "usa"): 1, ("nearly", "practically"): 1,
    ("busy", "hectic"): 1, ("frightens", "scares"): 1,
}


def test_spun_sample_patterns_are_exactly_its_swaps(samples: list[Path]) -> None:
    comparison = compare(load(samples[0]), load(samples[1]))
    found = {(p.old.casefold(), p.new.casefold()): p.count for p in comparison.patterns
             if not p.category.is_formatting}
    assert found == SAMPLE_SWAPS


MOVED_OLD = ("The council voted to repair the old bridge over the river last spring. "
             "The mayor said the work would start soon and end before the winter.")
MOVED_NEW = ("The mayor stated the work would start soon and end before the winter. "
             "The council voted to repair the old bridge over the river last spring.")


@pytest.mark.parametrize(
    ("old", "new", "swap", "expected"),
    [
        pytest.param("The expected visit.", "The anticipated visit.", ("expected", "anticipated"),
                     [("expected", "anticipated", "expected")], id="one swap, at its change"),
        pytest.param("A visit by him. Another Visit, later.",
                     "A go to by him. Another Go to, later.", ("visit", "go to"),
                     [("visit", "go to", "visit"), ("Visit", "Go to", "Visit")],
                     id="one place per swap, each spelling as written, in document order"),
        pytest.param(MOVED_OLD, MOVED_NEW, ("said", "stated"), [("said", "stated", None)],
                     id="inside a moved passage: the edit's place, under the move's addition"),
    ],
)
def test_places_are_where_each_swap_was_made(old: str, new: str, swap: tuple[str, str],
                                             expected: list[tuple[str, str, str | None]]
                                             ) -> None:
    comparison = _compare(old, new)
    (pattern,) = [p for p in comparison.patterns if (p.old, p.new) == swap]
    assert len(pattern.places) == len(pattern.changes) == pattern.count
    found = []
    for change_id, place in zip(pattern.changes, pattern.places, strict=True):
        change = comparison.changes[change_id]
        found.append((old[place.old_start:place.old_end], new[place.new_start:place.new_end],
                      None if change.move is not None else change.old_text))
        if change.move is None:
            assert place == (change.old_start, change.old_end, change.new_start, change.new_end)
        else:
            edits = comparison.moves[change.move].substitutions
            assert change.kind.value == "addition"
            assert place in [(e.old_start, e.old_end, e.new_start, e.new_end) for e in edits]
    assert found == expected
