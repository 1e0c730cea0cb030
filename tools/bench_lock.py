"""Benchmark section: how long a comparison in a background thread keeps other threads waiting.

The window compares in a background thread while its own thread needs the interpreter lock
for every Python call Qt makes; the compiled engine (`core.compiled`) gives the lock up only
at its yield points (`core.interpreter_lock`). Here KJV -> WEB Mark and the whole Bible are
compared in a thread of a process of their own (run as ``python tools/bench_lock.py OLD
NEW``, with the compiled modules when they are fresh, as the window has them; a book in the
benchmarks' own process would leave it a gigabyte large, and every process it starts after
would count that gigabyte in its peak memory) while another thread ticks every millisecond;
the longest gap between its ticks is the longest the window's thread could have waited.
Budgets: the window's 0.1 s stall budget for Mark; 0.5 s for the whole Bible, where single
steps of the interpreter over its million tokens (a count, a dict of them) hold the lock
that long even from the sources (0.46 s measured on 2026-12-03).

Then the overview of KJV -> WEB Genesis, given the pair's comparison as the window gives it
(``--overview``): the search of the quotations, figures and names that follows, in the
same way (budget: the window's 0.1 s).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

from bench import CHILD_ENVIRONMENT, Context, Measurement, Row, Section, count_words, progress

TICK_S = 0.001
BUDGETS_S = {"Mark": 0.1, "ALL": 0.5}
OVERVIEW_BUDGETS_S = {"Genesis": 0.1}


def longest_wait(old: Path, new: Path, overview: bool = False) -> float:
    """The longest gap between the ticks of a thread while ``old`` and ``new`` are compared
    in another (``overview``: while their overview is computed, the comparison given)."""
    from core.compare import compare
    from core.load.loader import load
    from core.overview.build import overview as overview_of

    documents = (load(old), load(new))
    compared = {documents: compare(*documents)} if overview else {}
    done = threading.Event()

    def work() -> None:
        try:
            if overview:
                overview_of(documents, cache=compared)
            else:
                compare(*documents, progress=lambda _share: None)
        finally:
            done.set()

    ticks = [time.perf_counter()]
    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        time.sleep(TICK_S)
        ticks.append(time.perf_counter())
    worker.join()
    return max(later - earlier for earlier, later in pairwise(ticks))


def lock_section(ctx: Context) -> list[Row]:
    rows = []
    for name, budget, overview in [*((n, b, False) for n, b in BUDGETS_S.items()),
                                   *((n, b, True) for n, b in OVERVIEW_BUDGETS_S.items())]:
        old = ctx.bench_dir / "bible" / f"{name}.kjv.txt"
        new = old.with_name(f"{name}.web.txt")
        case = (f"{name}: longest wait while its overview is computed" if overview
                else f"{name}: longest wait for the interpreter lock")
        if not (old.is_file() and new.is_file()):
            rows.append(Row(case, Measurement(error="missing"), budget, budget_mb=None))
            continue
        progress(f"lock: {name} {'overview' if overview else 'compared'} in a thread ...")
        rows.append(Row(case, _measured(ctx, old, new, overview), budget, budget_mb=None,
                        words=count_words(old)))
    return rows


def _measured(ctx: Context, old: Path, new: Path, overview: bool) -> Measurement:
    """`longest_wait` of ``old`` and ``new``, in a process of its own."""
    try:
        done = subprocess.run([sys.executable, __file__, str(old), str(new),
                               *(["--overview"] if overview else [])], cwd=ctx.repo_root,
                              capture_output=True, text=True, timeout=ctx.timeout, check=False,
                              env=CHILD_ENVIRONMENT)
    except subprocess.TimeoutExpired:
        return Measurement(error="timeout", detail=f"did not finish within {ctx.timeout:g} s")
    if done.returncode != 0:
        return Measurement(error="failed", detail=done.stderr.strip()[-500:])
    return Measurement(float(done.stdout))


SECTIONS = [Section("lock", "a comparison in a background thread: the longest the window's "
                    "thread could wait for the interpreter lock", lock_section,
                    needs_bench_data=True)]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from core.compiled import enable

    enable()  # as main.py does: the window runs the compiled modules when they are fresh
    print(longest_wait(Path(sys.argv[1]), Path(sys.argv[2]), "--overview" in sys.argv[3:]))
