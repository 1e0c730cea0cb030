"""Benchmark section: pattern F1 on spun text the engine has never seen (found by bench.py).

Draws fresh tables each run (the seed is printed; ``PALIMPSEST_SPIN_SEED`` repeats one),
spins the project's own articles with them (`spin_cases`) and reports the mean pattern F1
over every case, and per table — once with tables drawn from the thesaurus, once with half
their entries foreign (words the thesaurus does not relate, as another spinner's thesaurus
would give); with ``../shared/bench/spun`` present, also the F1 on those
public cases, scored by the same rules. The target is the issue's: a mean F1 of at least
0.97. A row's time is how long generating and comparing took.
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import pattern_score
import spin_cases
from bench import Context, Measurement, Row, Section, progress

TABLES = 5
CASES_PER_TABLE = 40
TARGET_F1 = 0.97


@dataclass
class ScoreRow(Row):
    """A row whose verdict is a mean F1 against a target, not a time budget."""

    f1: float = 0.0
    target: float = TARGET_F1

    def failures(self) -> list[str]:
        reasons = super().failures()
        if self.subject.ok and self.f1 < self.target:
            reasons.append(f"mean F1 {self.f1:.3f}, target >= {self.target:.2f}")
        return reasons


def _seed() -> int:
    given = os.environ.get("PALIMPSEST_SPIN_SEED")
    return int(given) if given else random.SystemRandom().randrange(1 << 32)


# The share of thesaurus entries a "foreign" table swaps for words WordNet does not relate.
FOREIGN_SHARE = 0.5


def generated_row(ctx: Context, foreign: float = 0.0) -> ScoreRow:
    """Mean F1 over TABLES × CASES_PER_TABLE generated cases (fewer with --quick); with
    ``foreign``, tables whose entries are that share foreign (`spin_table.draw_table`)."""
    seed, cases = _seed(), CASES_PER_TABLE // 4 if ctx.quick else CASES_PER_TABLE
    kind = f"foreign ({foreign:.0%}) " if foreign else ""
    progress(f"spin: {TABLES} {kind}tables x {cases} cases, seed {seed} ...")
    start = time.perf_counter()
    generated = spin_cases.generate(seed, TABLES, cases, foreign=foreign)
    scores = [spin_cases.score_case(case) for case in generated]
    seconds = time.perf_counter() - start
    per_table = ", ".join(
        f"{pattern_score.mean_f1(scores[t * cases:(t + 1) * cases]):.3f}" for t in range(TABLES))
    mean = pattern_score.mean_f1(scores)
    detail = f"seed {seed}; per table: {per_table}; min case F1 {min(s.f1 for s in scores):.3f}"
    return ScoreRow(f"{len(scores)} generated cases, {TABLES} {kind}tables: mean F1 {mean:.3f}",
                    Measurement(seconds, detail=detail), float("inf"), budget_mb=None,
                    f1=mean)


def public_row(ctx: Context) -> ScoreRow | None:
    """Mean F1 on ``../shared/bench/spun`` (None when it is absent)."""
    from core.compare import compare
    from core.load.loader import load

    golds = sorted((ctx.bench_dir / "spun").glob("case*.gold.json"))
    if not golds:
        return None
    start = time.perf_counter()
    scores = []
    for gold_path in golds:
        stem = gold_path.name.split(".")[0]
        folder = gold_path.parent
        comparison = compare(load(folder / f"{stem}.orig.txt"), load(folder / f"{stem}.spun.txt"))
        gold = [tuple(s) for s in json.loads(Path(gold_path).read_text("utf-8"))["substitutions"]]
        predicted = [(p.old, p.new, p.count) for p in comparison.patterns
                     if p.category.value not in pattern_score.FORMATTING]
        scores.append(pattern_score.score(gold, predicted))  # type: ignore[arg-type]
    mean = pattern_score.mean_f1(scores)
    return ScoreRow(f"{len(scores)} public spun cases: mean F1 {mean:.3f}",
                    Measurement(time.perf_counter() - start), float("inf"), budget_mb=None,
                    f1=mean, target=0.99)


def spin_section(ctx: Context) -> list[Row]:
    rows: list[Row] = [generated_row(ctx), generated_row(ctx, FOREIGN_SHARE)]
    public = public_row(ctx)
    if public is not None:
        rows.append(public)
    return rows


SECTIONS = [Section("spin", "pattern F1 on generated spun cases (fresh tables each run) "
                    "and on the public ones", spin_section)]
