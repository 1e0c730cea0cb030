"""Window benchmarks, found by ``tools/bench.py`` (``make bench``): how quick the window feels.

Everything runs in this process on the offscreen platform, with a throw-away settings file,
the change maps on and the Changes dock in sight below Patterns (by default it is a tab behind
Patterns, and lists nothing until it is brought to the front): the worst case.

- ``window``: the window shown with the five seed versions (``../shared/seeds``) loaded and the
  first pair compared and painted; switching to a pair not compared yet, and back to one in
  the cache; a click on a pattern (emphasis in both panes, jump, repaint).
- ``window/bible``: KJV → WEB Mark opened in the window while a 5 ms timer ticks; the row is
  the longest gap between ticks, i.e. the longest the event loop stalled. How far the OLD pane's scroll range,
  when the comparison is first shown, is off its value once every chapter is laid out (in
  %: it must be right from the start, not grow as chapters come into sight). Then paging
  through the whole book, whose thousands of highlights are applied as blocks come into
  sight.

Times are best of N runs (``--runs``; 3, or 1 with ``--quick``) unless the row says "max",
which is the worst case over the pairs, patterns or pages measured.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import Context, Measurement, Row, Section, progress

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STARTUP_BUDGET_S = 1.5
SWITCH_BUDGET_S = 0.2
PATTERN_BUDGET_S = 0.1
STALL_BUDGET_S = 0.1
SCROLL_RANGE_BUDGET_PERCENT = 2.0
MARK_SHOWN_BUDGET_S = 3.0
TICK_MS = 5
WAIT_S = 120.0


# --- the window in this process ------------------------------------------------------------


def _application(ctx: Context) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ctx.repo_root) not in sys.path:
        sys.path.insert(0, str(ctx.repo_root))
    from ui.app import create_application

    return create_application()


@contextmanager
def _window(ctx: Context) -> Iterator[tuple[Any, MainWindow]]:
    """A shown 1280×800 window with its own throw-away settings, the Changes dock in sight
    beside Patterns (not behind its tab, where it would list nothing): the worst case."""
    app = _application(ctx)
    from PySide6.QtCore import QSettings, Qt

    from ui.main_window import MainWindow
    from ui.settings import Settings

    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(store))
        window.resize(1280, 800)
        window.show()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.changes_dock,
                             Qt.Orientation.Vertical)  # out of the Patterns tabs, below
        window.changes_dock.show()
        app.processEvents()
        try:
            yield app, window
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()


def _settle(app: Any, window: MainWindow) -> bool:
    """Run the event loop until nothing is loading or comparing, then paint; False on timeout."""
    deadline = time.perf_counter() + WAIT_S
    while window.session.busy:
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    window.repaint()
    app.processEvents()
    return True


def _settle_overview(app: Any, window: MainWindow) -> None:
    """Run the event loop until the Overview of the open versions is computed (or timeout)."""
    deadline = time.perf_counter() + WAIT_S
    while window.overview.busy and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def _timed(app: Any, window: MainWindow, action: Callable[[], object]) -> float | None:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start if _settle(app, window) else None


def _measurement(times: list[float | None], worst: bool = False) -> Measurement:
    if not times or any(t is None for t in times):
        return Measurement(error="timeout", detail=f"did not finish within {WAIT_S:g} s")
    done = [t for t in times if t is not None]
    return Measurement(max(done) if worst else min(done))


def _runs(ctx: Context) -> int:
    return ctx.runs or (1 if ctx.quick else 3)


def _missing(case: str, budget: float, files: list[Path]) -> Row:
    names = ", ".join(path.name for path in files) or "the files"
    return Row(case, Measurement(error="missing", detail=f"not found: {names}"), budget,
               budget_mb=None)


# --- section: the five seeds ---------------------------------------------------------------


def window_section(ctx: Context) -> list[Row]:
    seeds = sorted((ctx.bench_dir.parent / "seeds").glob("*.txt"))
    if len(seeds) < 5:
        return [_missing("window + 5 seeds", STARTUP_BUDGET_S, seeds)]
    progress("window: start-up with the five seeds ...")
    rows = [_startup_row(ctx, seeds)]
    with _window(ctx) as (app, window):
        window.open_files([str(path) for path in seeds])
        _settle(app, window)
        _settle_overview(app, window)  # computed beside the switches, it would slow them
        progress("window: switching pairs ...")
        rows += _switch_rows(app, window, len(seeds))
        progress("window: pattern clicks ...")
        window.session.set_pair(0, 4)  # the spun copy: many patterns
        _settle(app, window)
        rows.append(_pattern_row("pattern click, seeds 000→004 (max)", app, window))
    return rows


def _startup_row(ctx: Context, seeds: list[Path]) -> Row:
    times: list[float | None] = []
    for _ in range(_runs(ctx)):
        start = time.perf_counter()
        with _window(ctx) as (app, window):
            window.open_files([str(path) for path in seeds])
            done = _settle(app, window) and window.view.comparison is not None
            times.append(time.perf_counter() - start if done else None)
    return Row("window shown, 5 seeds loaded, first pair shown", _measurement(times),
               STARTUP_BUDGET_S, budget_mb=None, words=_words(seeds))


def _switch_rows(app: Any, window: MainWindow, count: int) -> list[Row]:
    pairs = [(old, new) for old in range(count) for new in range(count)
             if old != new and (old, new) != (0, 1)]
    fresh = [_timed(app, window, lambda p=pair: window.session.set_pair(*p)) for pair in pairs]
    cached = [_timed(app, window, lambda p=pair: window.session.set_pair(*p))
              for pair in pairs[:6]]
    return [
        Row(f"switch to a new pair ({len(pairs)} pairs, max)", _measurement(fresh, worst=True),
            SWITCH_BUDGET_S, budget_mb=None),
        Row("switch back to a cached pair (max)", _measurement(cached, worst=True),
            SWITCH_BUDGET_S, budget_mb=None),
    ]


def _pattern_row(case: str, app: Any, window: MainWindow) -> Row:
    dock = window.patterns_dock
    patterns = min(12, dock.model.pattern_count())
    if patterns == 0:
        return Row(case, Measurement(error="no patterns"), PATTERN_BUDGET_S, budget_mb=None)
    times = [_timed(app, window, lambda r=row: dock.select_row(0, r)) for row in range(patterns)]
    return Row(case, _measurement(times, worst=True), PATTERN_BUDGET_S, budget_mb=None)


def _words(paths: list[Path]) -> int:
    return sum(len(path.read_text(encoding="utf-8", errors="replace").split()) for path in paths)


# --- section: a book in the window -----------------------------------------------------------


def bible_window_section(ctx: Context) -> list[Row]:
    old = ctx.bench_dir / "bible" / "Mark.kjv.txt"
    new = old.with_name("Mark.web.txt")
    if not (old.is_file() and new.is_file()):
        return [_missing("Mark: longest event-loop stall", STALL_BUDGET_S, [old, new])]
    progress("window/bible: Mark KJV -> WEB ...")
    with _window(ctx) as (app, window):
        bar = window.view.old_pane.verticalScrollBar()
        first_range: list[int] = []
        # heard right after the window showed the comparison, before anything is painted
        window.session.comparison_ready.connect(lambda _p: first_range.append(bar.maximum()))
        shown, stall = _open_with_ticks(app, window, [str(old), str(new)])
        rows = [
            Row("Mark: longest event-loop stall while opening", _measurement([stall]),
                STALL_BUDGET_S, budget_mb=None, words=_words([old])),
            Row("Mark: opened, compared and shown", _measurement([shown]),
                MARK_SHOWN_BUDGET_S, budget_mb=None),
            _scroll_range_row(app, window, first_range),
        ]
        # The Overview of the two versions takes seconds beside the window; paging and
        # pattern clicks are the window's own, measured once it is done.
        _settle_overview(app, window)
        rows += [
            Row("Mark: page down through the book (max per page)",
                _measurement([_page_through(app, window)]), STALL_BUDGET_S, budget_mb=None),
            _pattern_row("Mark: pattern click (max)", app, window),
        ]
    return rows


def _open_with_ticks(app: Any, window: MainWindow,
                     paths: list[str]) -> tuple[float | None, float | None]:
    """Open ``paths`` while a timer ticks; the time until shown, and the longest tick gap."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    window.open_files(paths)
    done = _settle(app, window)
    shown = time.perf_counter() - start
    end = time.perf_counter() + 0.3  # painting and the first highlights come after
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    points = [start, *ticks]
    gaps = [later - earlier for earlier, later in pairwise(points)]
    return (shown if done else None), (max(gaps) if done and gaps else None)


def _scroll_range_row(app: Any, window: MainWindow, first: list[int]) -> Row:
    """How far OLD's scroll range when first shown is off its range once laid out, in %."""
    case = "Mark: OLD pane's scroll range when shown, off its final value (%)"
    if not first:
        return Row(case, Measurement(error="not shown"), SCROLL_RANGE_BUDGET_PERCENT,
                   budget_mb=None, unit="%")
    pane = window.view.old_pane
    layout = pane.document().documentLayout()
    block = pane.document().firstBlock()
    while block.isValid():  # lay every chapter out for real
        layout.blockBoundingRect(block)
        block = block.next()
    bar = pane.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    final = max(1, bar.maximum())
    off = abs(first[0] - final) / final * 100
    return Row(case, Measurement(off, detail=f"{first[0]:,} lines when shown, {final:,} "
                                             "once laid out"),
               SCROLL_RANGE_BUDGET_PERCENT, budget_mb=None, unit="%")


def _page_through(app: Any, window: MainWindow) -> float:
    """Scroll the NEW pane a page at a time to the end; the slowest page with its repaint."""
    bar = window.view.new_pane.verticalScrollBar()
    slowest = 0.0
    while bar.value() < bar.maximum():
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.view.repaint()
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - start)
    return slowest


SECTIONS: list[Section] = [
    Section("window", "the window on the five seed versions (in-process, offscreen)",
            window_section, needs_bench_data=True),
    Section("window/bible", "the window on KJV -> WEB Mark (in-process, offscreen)",
            bible_window_section, needs_bench_data=True),
]
