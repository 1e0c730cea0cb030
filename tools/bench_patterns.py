"""Benchmark section: what pattern mining adds to a comparison (budget: under 20%).

Both runs are in one process, so start-up and file reading cancel out: ``compare`` on KJV →
WEB Genesis with ``mine_patterns`` on, against the same call with it off.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench import Context, Measurement, Row, Section, count_words, progress

OVERHEAD_BUDGET = 0.20


def _best_seconds(old: object, new: object, mine: bool, runs: int) -> float:
    from core.compare import compare
    from core.model import CompareOptions

    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        compare(old, new, CompareOptions(mine_patterns=mine))  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - start)
    return best


def patterns_section(ctx: Context) -> list[Row]:
    old_path = ctx.bench_dir / "bible" / "Genesis.kjv.txt"
    new_path = old_path.with_name("Genesis.web.txt")
    if not (old_path.is_file() and new_path.is_file()):
        missing = Measurement(error="missing", detail=f"not found: {old_path.name}")
        return [Row("Genesis, patterns on", missing, 0.0, budget_mb=None)]
    sys.path.insert(0, str(ctx.repo_root))
    from core.loading import load

    old, new = load(old_path), load(new_path)
    runs = ctx.runs or 3
    progress(f"patterns: Genesis in-process, {runs} run(s) each way ...")
    without = _best_seconds(old, new, False, runs)
    with_patterns = _best_seconds(old, new, True, runs)
    words = count_words(Path(old_path))
    share = with_patterns / without - 1.0
    return [
        Row("Genesis, patterns off", Measurement(seconds=without), float("inf"),
            budget_mb=None, words=words),
        Row(f"Genesis, patterns on (+{share:.0%})", Measurement(seconds=with_patterns),
            without * (1.0 + OVERHEAD_BUDGET), budget_mb=None, words=words),
    ]


SECTIONS = [
    Section("patterns", "pattern mining overhead on compare, in-process (budget +20%)",
            patterns_section, needs_bench_data=True),
]
