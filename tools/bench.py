"""Benchmarks for Palimpsest (``make bench``).

Runs a list of benchmark *sections*; each is a function that takes a :class:`Context` and
returns :class:`Row` objects, printed as one table per section (or a :class:`Table` of its
own, printed as it is), then every row over its budget is listed at the end.  The exit
status is 0 even when a budget is exceeded.

The ``bible`` section times the command line ``python main.py compare OLD NEW --format json
-o OUT`` as a whole process on the book-scale pairs in ``../shared/bench/bible/`` and, on the
same pair, ``dwdiff`` (the C word diff the budgets are ratios to) and ``git diff --no-index
--word-diff=porcelain`` for scale; a tool that is missing is named with how to install it.
The commands take turns in each round, so that the ratio compares times taken under the
same load; wall time is the best of N rounds; memory is the peak resident set of the
command itself (read by `peak_launcher` from ``os.wait4``), the largest over the rounds. The ``stages`` section
(`bench_stages`) says where the time of one such process goes, stage by stage.

To add a section, write ``def my_section(ctx: Context) -> list[Row]`` and append a
``Section`` to ``SECTIONS``.  A stand-in engine command can be given with ``--command`` or
the ``PALIMPSEST_BENCH_COMMAND`` environment variable; ``{old}``, ``{new}`` and ``{out}``
are replaced by the paths, and ``{old} {new}`` is appended when neither appears
(e.g. ``--command cat`` runs ``cat OLD NEW``).

Usage: ``python tools/bench.py [--quick] [--only SECTION] [--runs N] [--command CMD]
[--timeout S]``
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import math
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT.parent / "shared" / "bench"
MEMORY_BUDGET_MB = 2048.0
DEFAULT_COMMAND = (
    f"{shlex.quote(sys.executable)} main.py compare {{old}} {{new}} --format json -o {{out}}"
)
SUBJECT = "palimpsest"
# The measured processes run as an installed copy does: with the bytecode of our modules
# cached. A shell that sets PYTHONDONTWRITEBYTECODE (some CI and sandboxes do) would have
# every run compile them from source again, some 80 ms that no user waits for twice.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items()
                     if name != "PYTHONDONTWRITEBYTECODE"}


@dataclass
class Measurement:
    """One command measured: best wall seconds and peak RSS in MB, or why there are none."""

    seconds: float | None = None
    peak_mb: float | None = None
    error: str | None = None  # short text shown in the table cell
    detail: str | None = None  # longer explanation printed under the table

    @property
    def ok(self) -> bool:
        return self.error is None and self.seconds is not None


@dataclass
class Row:
    """One benchmark case: the Palimpsest measurement, its budgets and optional baselines."""

    case: str
    subject: Measurement
    budget_s: float
    budget_mb: float | None = MEMORY_BUDGET_MB
    words: int | None = None
    baselines: dict[str, Measurement] = field(default_factory=dict)
    unit: str = "s"  # of the measurement and budget: seconds, or "%" for a share
    # at most this many times the time of the baseline tool of that name, in the same run
    budget_ratio: tuple[str, float] | None = None

    def failures(self) -> list[str]:
        """Reasons this row fails its budgets; empty when it passes."""
        m = self.subject
        if not m.ok:
            return [f"{SUBJECT} failed: {m.detail or m.error}"]
        reasons = []
        if m.seconds is not None and m.seconds >= self.budget_s:
            reasons.append(f"{m.seconds:.2f} {self.unit}, budget < {self.budget_s:g} "
                           f"{self.unit}")
        if self.budget_ratio is not None:
            name, most = self.budget_ratio
            other = self.baselines.get(name, Measurement(error=f"{name}: not measured"))
            if not other.ok or not other.seconds:
                reasons.append(f"no ratio to {name}: {other.detail or other.error}")
            elif (m.seconds or 0.0) / other.seconds > most:
                reasons.append(f"{(m.seconds or 0.0) / other.seconds:.2f}x {name}, "
                               f"budget <= {most:g}x")
        if m.peak_mb is not None and self.budget_mb is not None and m.peak_mb >= self.budget_mb:
            reasons.append(f"{m.peak_mb:.0f} MB, budget < {self.budget_mb:g} MB")
        return reasons


@dataclass
class Context:
    """Options shared by all sections."""

    repo_root: Path
    bench_dir: Path
    command: str
    quick: bool = False
    runs: int | None = None  # overrides each case's own number of runs
    timeout: float = 600.0
    only: tuple[str, ...] = ()  # the sections to run (all when empty)


@dataclass
class Table:
    """A section's own table, printed as it is (no budgets): e.g. seconds per stage."""

    headers: list[str]
    body: list[list[str]]
    notes: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A named group of benchmarks; ``run`` returns the rows of its table, or a `Table`."""

    name: str  # short, used in the failure list: "bible/Mark"
    title: str
    run: Callable[[Context], list[Row] | Table]
    needs_bench_data: bool = False


# --- measuring one process ----------------------------------------------------------------


def _rss_mb(ru_maxrss: int) -> float:
    """``ru_maxrss`` is in kilobytes on Linux and in bytes on macOS."""
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no stderr)"


LAUNCHER = Path(__file__).resolve().with_name("peak_launcher.py")


def run_once(
    argv: Sequence[str], cwd: Path, ok_codes: Sequence[int], timeout: float
) -> Measurement:
    """Run ``argv`` once; wall seconds and the command's own peak RSS, both as measured by
    `peak_launcher` around it (forked from here, its peak would count this process's)."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report"
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-I", "-S", str(LAUNCHER), str(report), *argv], cwd=cwd,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                env=CHILD_ENVIRONMENT, start_new_session=True,  # a group, killed whole
            )
        except OSError as exc:
            return Measurement(error="cannot start", detail=str(exc))
        killer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        killer.daemon = True
        killer.start()
        try:
            _, status, _ = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        measured = report.read_text(encoding="utf-8").split() if report.exists() else []
    if code == -signal.SIGKILL and seconds >= timeout:
        return Measurement(error="timeout", detail=f"killed after {timeout:g} s")
    if code not in ok_codes:
        return Measurement(error=f"exit {code}", detail=f"exit {code}: {_last_line(stderr)}")
    if len(measured) != 2:
        return Measurement(error="no report", detail=f"{LAUNCHER.name} wrote no measurement")
    return Measurement(float(measured[0]), _rss_mb(int(measured[1])))


def measure(
    argv: Sequence[str],
    cwd: Path,
    runs: int,
    ok_codes: Sequence[int] = (0,),
    timeout: float = 600.0,
    check: Callable[[], str | None] | None = None,
) -> Measurement:
    """Best wall time and largest peak RSS over ``runs`` runs; stops at the first failure.

    ``check``, called after each successful run, returns an error text if the output is bad.
    """
    done: list[Measurement] = []
    for _ in range(max(1, runs)):
        m = run_once(argv, cwd, ok_codes, timeout)
        problem = check() if m.ok and check else None
        if problem:
            m = Measurement(error="bad output", detail=problem)
        if not m.ok:
            return m
        done.append(m)
    return Measurement(min(m.seconds or 0.0 for m in done), max(m.peak_mb or 0.0 for m in done))


def progress(text: str) -> None:
    """One line of progress on stderr, so the table on stdout stays clean."""
    print(text, file=sys.stderr, flush=True)


def count_words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8", errors="replace").split())


SECTIONS: list[Section] = []  # the sections are in tools/bench_*.py



# --- printing -------------------------------------------------------------------------------


def _seconds(m: Measurement) -> str:
    return f"{m.seconds:.3f}" if m.ok else (m.error or "-")


def _ratio(a: Measurement, b: Measurement) -> str:
    if not (a.ok and b.ok) or not b.seconds:
        return "-"
    ratio = (a.seconds or 0.0) / b.seconds
    return f"{ratio:.1f}x" if ratio >= 1 else f"{ratio:.2f}x"


def row_cells(row: Row, names: list[str]) -> list[str]:
    m = row.subject
    budget = f"<{row.budget_s:g} {row.unit}" if math.isfinite(row.budget_s) else ""
    if row.budget_ratio is not None:
        name, most = row.budget_ratio
        budget = ", ".join(part for part in (budget, f"<={most:g}x {name}") if part)
    if row.budget_mb is not None:
        budget += f", <{row.budget_mb:g} MB"
    cells = [
        row.case,
        f"{row.words:,}" if row.words is not None else "",
        _seconds(m),
        f"{m.peak_mb:.0f}" if m.ok and m.peak_mb is not None else "-",
    ]
    missing = Measurement(error="-")
    cells += [_seconds(row.baselines.get(n, missing)) for n in names]
    cells += [_ratio(m, row.baselines.get(n, missing)) for n in names]
    return cells + [budget, "FAIL" if row.failures() else "PASS"]


def format_table(headers: list[str], body: list[list[str]]) -> str:
    """Left-align the first column and right-align the others."""
    widths = [max(len(r[i]) for r in [headers, *body]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in body)])


def print_section(title: str, rows: list[Row]) -> None:
    names = list(dict.fromkeys(n for r in rows for n in r.baselines))
    headers = [
        "case",
        "words",
        f"{SUBJECT} s",
        "MB",
        *(f"{n} s" for n in names),
        *(f"{SUBJECT}/{n}" for n in names),
        "budget",
        "result",
    ]
    print(f"\n== {title}")
    print(format_table(headers, [row_cells(r, names) for r in rows]))
    for row in rows:
        for name, m in [(SUBJECT, row.subject), *row.baselines.items()]:
            if m.detail:
                print(f"  note: {row.case}, {name}: {m.detail}")


def print_table(title: str, table: Table) -> None:
    print(f"\n== {title}")
    print(format_table(table.headers, table.body))
    for note in table.notes:
        print(f"  note: {note}")


def print_summary(failed: list[tuple[str, Row]]) -> None:
    """List every row over budget, or say that all passed."""
    if not failed:
        print("\nAll benchmarks within budget.")
        return
    print(f"\nOVER BUDGET / FAILED ({len(failed)}):")
    for section, row in failed:
        print(f"  FAIL  {section}/{row.case}: {'; '.join(row.failures())}")


# --- main -----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> Context:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the whole-Bible case")
    parser.add_argument("--only", action="append", metavar="SECTION",
                        help="run only this section (e.g. bible, stages); may be repeated")
    parser.add_argument("--runs", type=int, help="runs per case (default: 3, 1 for ALL)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per process")
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR, help="benchmark data")
    parser.add_argument(
        "--command",
        help="engine command template (default: main.py compare"
        " {old} {new} --format json -o {out}); also PALIMPSEST_BENCH_COMMAND",
        default=os.environ.get("PALIMPSEST_BENCH_COMMAND") or DEFAULT_COMMAND,
    )
    args = parser.parse_args(argv)
    return Context(REPO_ROOT, args.bench_dir, args.command, args.quick, args.runs, args.timeout,
                   tuple(args.only or ()))


def discovered_sections() -> list[Section]:
    """SECTIONS here, then the ``SECTIONS`` of every ``tools/bench_*.py`` module, by name.

    Each area (window, export, patterns) keeps its benchmarks in a module of its own.
    """
    sections = list(SECTIONS)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for path in sorted(Path(__file__).resolve().parent.glob("bench_*.py")):
        module = importlib.import_module(path.stem)
        sections.extend(getattr(module, "SECTIONS", []))
    return sections


def engine_modules() -> str:
    """Enable the compiled modules for this process (the window benchmarks) as ``main.py``
    does for the measured ones, and say which modules the engine runs from."""
    sys.path.insert(0, str(REPO_ROOT))
    from core.compiled import BUILD, enable

    if enable():
        return f"compiled with mypyc ({BUILD.relative_to(REPO_ROOT)})"
    return "pure Python (`make compiled` builds the compiled ones)"


def main(argv: Sequence[str] | None = None) -> int:
    ctx = parse_args(argv)
    modules = engine_modules()  # before any section imports the engine
    has_data = ctx.bench_dir.is_dir()
    sections = [s for s in discovered_sections() if (has_data or not s.needs_bench_data)
                and (not ctx.only or s.name in ctx.only)]
    if not has_data:
        print(f"bench: {ctx.bench_dir} not found; skipping the benchmarks that need its data.")
    if not sections:
        return 0
    for package in ("core", "cli"):  # the bytecode the measured processes find cached
        compileall.compile_dir(REPO_ROOT / package, quiet=1)
    print(f"engine: {ctx.command}")
    print(f"engine modules: {modules}; the stage table times the pure-Python ones")
    failed: list[tuple[str, Row]] = []
    for section in sections:
        rows = section.run(ctx)
        if not isinstance(rows, list):  # a Table (of `bench` as imported by its section,
            print_table(f"{section.name}: {section.title}", rows)  # not this __main__'s)
            continue
        print_section(f"{section.name}: {section.title}", rows)
        failed += [(section.name, r) for r in rows if r.failures()]
    print_summary(failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
