"""Benchmark section: what pattern mining adds to a comparison, measured (no budget).

The budget of "+20% of compare" was withdrawn by issue 17: what counts is the whole process
(`bench`'s ratios to dwdiff); the share is still shown, for whoever works on the mining.

``compare`` on KJV → WEB Genesis with ``mine_patterns`` on, against the same call with it
off, in one fresh process of its own: start-up and file reading cancel out, and nothing the
other sections left in the bench's own process (Qt, windows, caches) weighs on either side.
The runs alternate, off then on, so whatever the process gathers as it goes (caches, a
larger heap) weighs on both sides alike; each side keeps its best time.

Run directly (``python tools/bench_patterns.py OLD NEW RUNS``) it prints the two best times.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench import Context, Measurement, Row, Section, count_words, progress


def best_seconds(old_path: Path, new_path: Path, runs: int) -> tuple[float, float]:
    """The best seconds of ``compare`` with pattern mining off and on, runs alternating."""
    from core.compare import compare
    from core.load.loader import load
    from core.model import CompareOptions

    old, new = load(old_path), load(new_path)
    best = {False: float("inf"), True: float("inf")}
    for _ in range(runs):
        for mine in (False, True):
            start = time.perf_counter()
            compare(old, new, CompareOptions(mine_patterns=mine))
            best[mine] = min(best[mine], time.perf_counter() - start)
    return best[False], best[True]


def patterns_section(ctx: Context) -> list[Row]:
    old_path = ctx.bench_dir / "bible" / "Genesis.kjv.txt"
    new_path = old_path.with_name("Genesis.web.txt")
    if not (old_path.is_file() and new_path.is_file()):
        missing = Measurement(error="missing", detail=f"not found: {old_path.name}")
        return [Row("Genesis, patterns on", missing, 0.0, budget_mb=None)]
    runs = ctx.runs or 5
    progress(f"patterns: Genesis in a process of its own, {runs} run(s) each way ...")
    try:
        measured = subprocess.run(
            [sys.executable, __file__, str(old_path), str(new_path), str(runs)],
            cwd=ctx.repo_root, capture_output=True, text=True, timeout=ctx.timeout, check=False,
        )
    except subprocess.TimeoutExpired:
        timed_out = Measurement(error="timeout", detail=f"over {ctx.timeout:.0f} s")
        return [Row("Genesis, patterns on", timed_out, 0.0, budget_mb=None)]
    if measured.returncode != 0:
        failed = Measurement(error="failed", detail=measured.stderr.strip()[-2000:])
        return [Row("Genesis, patterns on", failed, 0.0, budget_mb=None)]
    without, with_patterns = (float(value) for value in measured.stdout.split())
    words = count_words(Path(old_path))
    share = with_patterns / without - 1.0
    return [
        Row("Genesis, patterns off", Measurement(seconds=without), float("inf"),
            budget_mb=None, words=words),
        Row(f"Genesis, patterns on (+{share:.0%})", Measurement(seconds=with_patterns),
            float("inf"), budget_mb=None, words=words),
    ]


SECTIONS = [
    Section("patterns", "pattern mining overhead on compare, in a process of its own "
            "(measured, no budget)", patterns_section, needs_bench_data=True),
]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    off, on = best_seconds(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    print(f"{off:.6f} {on:.6f}")
