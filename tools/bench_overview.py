"""Benchmarks of the versions overview, found by ``tools/bench.py`` (``make bench``).

- the overview of the five seed versions (``../shared/seeds``) as a whole process,
  ``main.py overview … --format json -o OUT`` (budget 2 s);
- the overview of KJV → WEB Genesis (``../shared/bench/bible``) as a whole process, against
  the comparison of the same pair in the same rounds: a book's quotations, figures and names
  are searched, grouped and checked beside the one comparison it needs (budget: at most
  2.5 times that comparison);
- the overview of 20 article-size versions, four families of ``tools/overview_families.py``
  (fixed seeds), as a whole process (budget 10 s);
- the window with those 20 versions opened while a 5 ms timer ticks: the longest gap between
  ticks while the overview is computed in the background, once the first pair is shown
  (budget 0.1 s), and how long until the overview is shown.

Times are the best of N runs (``--runs``; 3, or 1 with ``--quick``).
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from bench import SUBJECT, Context, Measurement, Row, Section, measure, progress

SEEDS_BUDGET_S = 2.0
# A book's overview is its one comparison and the search of its quotations, figures and
# names: measured 2.0x on 2026-12-03, compiled (7.3 s against 1.45 s, 5x, before that day's
# work on the search).
BOOK_RATIO = 2.5
FAMILIES_BUDGET_S = 10.0
STALL_BUDGET_S = 0.1
SHOWN_BUDGET_S = 15.0
FAMILY_SEEDS = (11, 22, 33, 44)
TICK_MS = 5
WAIT_S = 120.0


def _runs(ctx: Context) -> int:
    return ctx.runs or (1 if ctx.quick else 3)


def _command(ctx: Context, files: list[Path], out: Path) -> list[str]:
    return [sys.executable, str(ctx.repo_root / "main.py"), "overview",
            *map(str, files), "--format", "json", "-o", str(out)]


def _families(ctx: Context, folder: Path) -> list[Path]:
    """The 20 versions of four families, written into ``folder``."""
    if str(ctx.repo_root / "tools") not in sys.path:
        sys.path.insert(0, str(ctx.repo_root / "tools"))
    import overview_families

    paths = []
    for seed in FAMILY_SEEDS:
        for name, text in overview_families.family(seed).files.items():
            path = folder / f"{seed}-{name}"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return sorted(paths)


def _words(paths: list[Path]) -> int:
    return sum(len(path.read_text(encoding="utf-8").split()) for path in paths)


def process_section(ctx: Context) -> list[Row]:
    rows = []
    seeds = sorted((ctx.bench_dir.parent / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-overview-") as folder:
        out = Path(folder) / "out.json"
        if len(seeds) >= 5:
            progress("overview: the five seeds ...")
            rows.append(Row("overview of the 5 seeds (whole process)", measure(
                _command(ctx, seeds, out), ctx.repo_root, _runs(ctx), timeout=ctx.timeout),
                SEEDS_BUDGET_S, words=_words(seeds)))
        else:
            rows.append(Row("overview of the 5 seeds (whole process)", Measurement(
                error="missing", detail="../shared/seeds not found"), SEEDS_BUDGET_S))
        rows.append(_book_row(ctx, Path(folder)))
        versions = _families(ctx, Path(folder))
        progress(f"overview: {len(versions)} versions of four families ...")
        rows.append(Row(f"overview of {len(versions)} versions, 4 families (whole process)",
                        measure(_command(ctx, versions, out), ctx.repo_root, _runs(ctx),
                                timeout=ctx.timeout), FAMILIES_BUDGET_S,
                        words=_words(versions)))
    return rows


def _book_row(ctx: Context, folder: Path) -> Row:
    """The overview of Genesis KJV → WEB against the comparison of the pair, in turns."""
    from bench_bible import measure_alternating

    case = "overview of KJV → WEB Genesis (whole process)"
    old = ctx.bench_dir / "bible" / "Genesis.kjv.txt"
    new = old.with_name("Genesis.web.txt")
    if not (old.is_file() and new.is_file()):
        return Row(case, Measurement(error="missing", detail=f"{old} not found"), math.inf)
    progress("overview: Genesis KJV -> WEB, and its comparison ...")
    compared = [sys.executable, str(ctx.repo_root / "main.py"), "compare", str(old), str(new),
                "--format", "json", "-o", str(folder / "compare.json")]
    measured = measure_alternating({
        SUBJECT: (_command(ctx, [old, new], folder / "overview.json"), (0,), None),
        "compare": (compared, (0,), None)}, ctx, _runs(ctx))
    return Row(case, measured[SUBJECT], math.inf, words=_words([old]),
               baselines={"compare": measured["compare"]}, budget_ratio=("compare", BOOK_RATIO))


def window_section(ctx: Context) -> list[Row]:
    from bench_gui import _window

    progress("overview/window: 20 versions opened, the overview computed ...")
    stalls: list[float | None] = []
    shown: list[float | None] = []
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-overview-") as folder:
        versions = _families(ctx, Path(folder))
        words = _words(versions)
        for _ in range(_runs(ctx)):
            with _window(ctx) as (app, window):
                seconds, stall = _open_with_ticks(app, window, [str(p) for p in versions])
                shown.append(seconds)
                stalls.append(stall)
    return [
        Row("window: longest event-loop stall while the overview is computed",
            _measurement(stalls), STALL_BUDGET_S, budget_mb=None, words=words),
        Row("window: 20 versions opened until their overview is shown",
            _measurement(shown), SHOWN_BUDGET_S, budget_mb=None),
    ]


def _measurement(times: list[float | None], worst: bool = False) -> Measurement:
    if not times or any(t is None for t in times):
        return Measurement(error="timeout", detail=f"did not finish within {WAIT_S:g} s")
    done = [t for t in times if t is not None]
    return Measurement(max(done) if worst else min(done))


def _open_with_ticks(app: Any, window: Any, paths: list[str]) -> tuple[float | None,
                                                                        float | None]:
    """Open ``paths`` while a timer ticks; the time until the overview is shown, and the
    longest gap between ticks from the moment the overview starts being computed (the
    loading and the first pair before it are measured by ``bench_gui``)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    window.open_files(paths)
    deadline = start + WAIT_S
    computing: float | None = None

    def done() -> bool:
        shown = window.overview_view.overview
        return (not window.session.busy and not window.overview.busy and shown is not None
                and len(shown.versions) == len(paths))

    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        if computing is None and window.overview.computing:
            computing = time.perf_counter()
        time.sleep(0.0005)
    finished = done() and computing is not None
    seconds = time.perf_counter() - start
    timer.stop()
    points = [computing or start, *(tick for tick in ticks if tick > (computing or start))]
    gaps = [later - earlier for earlier, later in pairwise(points)]
    return (seconds if finished else None), (max(gaps) if finished and gaps else None)


SECTIONS: list[Section] = [
    Section("overview", "the versions overview on the command line", process_section),
    Section("overview/window", "the window computing the overview of 20 versions "
            "(in-process, offscreen)", window_section),
]
