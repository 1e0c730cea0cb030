"""Benchmark section: how long a comparison in a background thread keeps other threads waiting.

The window compares in a background thread while its own thread needs the interpreter lock
for every Python call Qt makes; the compiled engine (`core.compiled`) gives the lock up only
at its yield points (`core.interpreter_lock`). Here KJV -> WEB Mark and the whole Bible are
compared in a thread of this process (with the compiled modules when they are fresh, as the
window has them) while another thread ticks every millisecond; the longest gap between its
ticks is the longest the window's thread could have waited. Budgets: the window's 0.1 s stall
budget for Mark; 0.5 s for the whole Bible, where single steps of the interpreter over its
million tokens (a count, a dict of them) take 0.1 to 0.2 s even from the sources.
"""

from __future__ import annotations

import threading
import time
from itertools import pairwise
from pathlib import Path

from bench import Context, Measurement, Row, Section, count_words, progress

TICK_S = 0.001
BUDGETS_S = {"Mark": 0.1, "ALL": 0.5}


def longest_wait(old: Path, new: Path) -> float:
    """The longest gap between the ticks of a thread while ``old`` and ``new`` are compared
    in another."""
    from core.compare import compare
    from core.load.loader import load

    documents = (load(old), load(new))
    done = threading.Event()

    def work() -> None:
        try:
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
    for name, budget in BUDGETS_S.items():
        old = ctx.bench_dir / "bible" / f"{name}.kjv.txt"
        new = old.with_name(f"{name}.web.txt")
        case = f"{name}: longest wait for the interpreter lock"
        if not (old.is_file() and new.is_file()):
            rows.append(Row(case, Measurement(error="missing"), budget, budget_mb=None))
            continue
        progress(f"lock: {name} compared in a thread ...")
        rows.append(Row(case, Measurement(longest_wait(old, new)), budget, budget_mb=None,
                        words=count_words(old)))
    return rows


SECTIONS = [Section("lock", "a comparison in a background thread: the longest the window's "
                    "thread could wait for the interpreter lock", lock_section,
                    needs_bench_data=True)]
