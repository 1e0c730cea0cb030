"""The spun-text generator: seeded, independent tables, exact gold, and a floor on today's F1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pattern_score
import pytest
import spin_cases
import spin_table

from core.lexicon.thesaurus import default_thesaurus
from tests.conftest import BENCH

# Today's engine scores a mean F1 of 0.987 on this set (3 tables x 8 cases, seed 14);
# the floor sits a little below it, so that a regression shows and noise does not.
FLOOR_SEED, FLOOR_TABLES, FLOOR_CASES = 14, 3, 8
F1_FLOOR = 0.97


@pytest.fixture(scope="module")
def articles() -> list[spin_cases.Article]:
    return spin_cases.load_articles()


@pytest.fixture(scope="module")
def cases(articles: list[spin_cases.Article]) -> list[spin_cases.SpinCase]:
    return spin_cases.generate(FLOOR_SEED, FLOOR_TABLES, FLOOR_CASES, articles)


def test_corpus_is_large_enough(articles: list[spin_cases.Article]) -> None:
    sizes = [sum(len(s.split()) for p in a.paragraphs for s in p) for a in articles]
    assert len(articles) >= 12 and all(300 <= n <= 700 for n in sizes), sizes


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("One. Two.", ("One.", "Two."), id="two sentences"),
    pytest.param('He said "no." Then he left.', ('He said "no."', "Then he left."),
                 id="a closing quote stays with its sentence"),
    pytest.param("Dr. Okonjo spoke. It ended.", ("Dr. Okonjo spoke.", "It ended."),
                 id="an abbreviation ends no sentence"),
])
def test_split_sentences(paragraph: str, expected: tuple[str, ...]) -> None:
    assert spin_cases.split_sentences(paragraph) == expected


def test_same_seed_same_cases(articles: list[spin_cases.Article],
                              cases: list[spin_cases.SpinCase]) -> None:
    again = spin_cases.generate(FLOOR_SEED, FLOOR_TABLES, FLOOR_CASES, articles)
    assert [(c.orig, c.spun, c.substitutions) for c in again] == [
        (c.orig, c.spun, c.substitutions) for c in cases]


@pytest.mark.parametrize("seeds", [pytest.param((1, 2), id="neighbouring seeds"),
                                   pytest.param((3, 1 << 31), id="distant seeds")])
def test_tables_are_independent_draws(articles: list[spin_cases.Article],
                                      seeds: tuple[int, int]) -> None:
    words = spin_cases.vocabulary(articles)
    first, second = (spin_table.draw_table(s, words, default_thesaurus()) for s in seeds)
    shared = set(first.entries.items()) & set(second.entries.items())
    assert len(shared) < 0.5 * min(len(first.entries), len(second.entries))


def test_a_foreign_table_swaps_words_for_words_the_thesaurus_does_not_relate(
        articles: list[spin_cases.Article]) -> None:
    words = spin_cases.vocabulary(articles)
    plain = spin_table.draw_table(5, words, default_thesaurus())
    foreign = spin_table.draw_table(5, words, default_thesaurus(), foreign=0.5)
    assert plain == spin_table.draw_table(5, words, default_thesaurus(), foreign=0.0), \
        "no foreign share, the same table as ever: earlier seeds still repeat"
    changed = {word for word in plain.entries if foreign.entries[word] != plain.entries[word]}
    assert 0.3 * len(plain.entries) < len(changed), "about half the entries, at least a third"
    thesaurus = default_thesaurus()
    assert not any(thesaurus.are_related(word, part) for word in changed
                   for part in foreign.entries[word][0].split()), "none of them kin"


@pytest.mark.parametrize("kind", [
    pytest.param("thesaurus", id="single words and multi-word lemmas"),
    pytest.param("function", id="phrases starting or ending on function words"),
    pytest.param("contraction", id="contractions"),
    pytest.param("number", id="number rewrites"),
])
def test_cases_hold_every_kind_of_swap(cases: list[spin_cases.SpinCase], kind: str) -> None:
    swaps = {(old.lower(), new.lower()) for c in cases for old, new, _ in c.substitutions}
    contractions = set(spin_table.CONTRACTIONS) | {(b, a) for a, b in spin_table.CONTRACTIONS}
    tests = {
        "thesaurus": lambda o, n: " " not in o and default_thesaurus().are_synonyms(o, n),
        "function": lambda o, n: o in spin_table.FUNCTION_PHRASES and " " in n,
        "contraction": lambda o, n: (o, n) in contractions,
        "number": lambda o, n: any(ch.isdigit() for ch in o + n),
    }
    assert any(tests[kind](old, new) for old, new in swaps), kind


def test_gold_stands_where_it_says(cases: list[spin_cases.SpinCase]) -> None:
    for case in cases:
        for place in case.places:
            assert case.orig[place.old_start:][:len(place.old_text)] == place.old_text
            assert case.spun[place.new_start:][:len(place.new_text)] == place.new_text
        assert case.omitted[0] in case.orig and case.omitted[0] not in case.spun
        assert case.added[0] in case.spun and case.moved[0] in case.orig
        assert sum(n for *_, n in case.substitutions) == len(case.places)


def test_adjacent_swaps_are_allowed(cases: list[spin_cases.SpinCase]) -> None:
    touching = sum(
        1 for case in cases for left, right in zip(case.places, case.places[1:], strict=False)
        if left.new_start + len(left.new_text) + 1 == right.new_start)
    assert touching > 0


def test_mean_f1_stays_above_the_floor(cases: list[spin_cases.SpinCase]) -> None:
    mean = pattern_score.mean_f1(spin_cases.score_case(case) for case in cases)
    assert mean >= F1_FLOOR, f"mean pattern F1 {mean:.3f} fell below {F1_FLOOR}"


@pytest.mark.parametrize(("gold", "predicted", "f1"), [
    pytest.param([("Film", "movie", 2)], [("film", "Movie", 2)], 1.0, id="case-insensitive"),
    pytest.param([("Russia's", "Russian", 1)], [("Russia’s", "Russian", 1)], 1.0,
                 id="curly and straight quotes are equal"),
    pytest.param([("Cold", "Chilly", 1), ("War", "Struggle", 1)],
                 [("Cold War", "Chilly Struggle", 1)], 1.0,
                 id="an equal-length multi-word pair is its word pairs"),
    pytest.param([("visit", "go to", 2)], [("visit", "go to", 1)], 2 / 3,
                 id="counts are matched up to the gold's"),
    pytest.param([("visit", "go to", 1)], [("visit", "go", 1)], 0.0, id="a wrong cut scores 0"),
])
def test_scoring_rules(gold: list[tuple[str, str, int]], predicted: list[tuple[str, str, int]],
                       f1: float) -> None:
    assert pattern_score.score(gold, predicted).f1 == pytest.approx(f1)


def test_formatting_patterns_are_left_out() -> None:
    patterns = [{"old": "While", "new": "while", "count": 3, "category": "case"},
                {"old": "visit", "new": "go to", "count": 1, "category": "synonym"}]
    assert pattern_score.content_patterns(patterns) == [("visit", "go to", 1)]


def test_scores_match_the_bench_scorer(tmp_path: Path,
                                       cases: list[spin_cases.SpinCase]) -> None:
    scorer = BENCH / "score_patterns.py"
    if not scorer.is_file():
        pytest.skip("../shared/bench is not present")
    from core.compare import compare
    from core.model import Document
    from core.report.json_format import to_json

    case = cases[0]
    gold, out = tmp_path / "gold.json", tmp_path / "out.json"
    gold.write_text(json.dumps(case.gold()), encoding="utf-8")
    out.write_text(to_json(compare(Document("a", "", case.orig), Document("b", "", case.spun))),
                   encoding="utf-8")
    printed = subprocess.run([sys.executable, str(scorer), str(gold), str(out)],
                             capture_output=True, text=True, check=True).stdout
    assert f"F1 {spin_cases.score_case(case).f1:.3f}" in printed


class _Always:
    """A random source whose every draw falls under any chance."""

    def random(self) -> float:
        return 0.0


def _now_swapped(before: str) -> list[spin_cases.Segment]:
    return [(before, before, False), (" ", " ", False), ("now", "at the moment", True),
            (" ", " ", False), ("high", "high", False)]


@pytest.mark.parametrize(("before", "moved"), [
    pytest.param("are", [("are now", "at the moment are", True, ("now", "at the moment"))],
                 id="a swapped adverb after an auxiliary moves before it; the gold is the swap"),
    pytest.param("Are", None, id="never before a capitalised word"),
    pytest.param("prices", None, id="only across an auxiliary or modal"),
])
def test_moved_adverbs(before: str, moved: list[spin_cases.Segment] | None) -> None:
    segments = _now_swapped(before)
    always: Any = _Always()
    found = spin_cases.moved_adverbs(segments, always, lambda word: word == "now")
    assert found == (segments if moved is None else [*moved, *segments[3:]])


def test_moved_adverbs_are_in_the_cases(cases: list[spin_cases.SpinCase]) -> None:
    moved = [place for case in cases for place in case.places
             if case.spun[place.new_start + len(place.new_text):].startswith(" ")
             and case.orig[:place.old_start].endswith(" ")
             and case.orig[:place.old_start].split()[-1:] == case.spun[
                 place.new_start + len(place.new_text):].split()[:1]]
    assert moved, "some adverbs move across the word before them"
