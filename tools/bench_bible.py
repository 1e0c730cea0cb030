"""Benchmarks of the comparison on book-scale pairs (found by ``tools/bench.py``).

The whole ``compare --format json`` process on KJV -> WEB Mark, Genesis and the whole Bible
(``../shared/bench/bible``), beside ``dwdiff`` (the C word diff the budgets are ratios to)
and ``git diff --word-diff`` for scale, the commands taking turns in each round so that the
machine's load falls on all of them alike; a missing tool is named with how to install it.
When the compiled engine is built and fresh (`core.compiled`), the same command is also run
from the sources (``PALIMPSEST_COMPILED=0``), the "sources" column: the speed-up compiling
gives, measured in the same rounds.
"""

from __future__ import annotations

import math
import shlex
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import (
    DEFAULT_COMMAND,
    MEMORY_BUDGET_MB,
    SUBJECT,
    Context,
    Measurement,
    Row,
    Section,
    count_words,
    progress,
    run_once,
)

from core.compiled import BUILD, ROOT, SWITCH, fresh_modules


@dataclass(frozen=True)
class BibleCase:
    """One KJV -> WEB pair: its budget as a ratio to dwdiff, its memory budget, its runs."""

    name: str
    ratio: float  # the whole process, at most this many times dwdiff's time in the same run
    runs: int
    budget_mb: float = MEMORY_BUDGET_MB


BIBLE_CASES: list[BibleCase] = [  # (issue 17)
    BibleCase("Mark", 12.0, 5),
    BibleCase("Genesis", 8.0, 5),
    BibleCase("ALL", 1.2, 3, budget_mb=1024.0),
]
# The baselines: the C word diff the ratios are to, and git's word diff for scale.
BASELINE_TOOLS = ("dwdiff", "git")
# With the compiled engine built (`make compiled`), the same command run from the sources, for
# the speed-up measured in the same run.
SOURCES = "sources"
INSTALL_HINTS = {"dwdiff": "apt-get install dwdiff", "git": "apt-get install git"}


def engine_argv(template: str, old: Path, new: Path, out: Path) -> list[str]:
    """Expand the engine command template; ``{old} {new}`` is appended if neither is given."""
    parts = shlex.split(template)
    if not any("{old}" in p or "{new}" in p for p in parts):
        parts += ["{old}", "{new}"]
    values = {"{old}": str(old), "{new}": str(new), "{out}": str(out)}
    expanded = []
    for part in parts:
        for key, value in values.items():
            part = part.replace(key, value)
        expanded.append(part)
    return expanded


def output_check(out: Path, expected: bool) -> Callable[[], str | None]:
    """A check that the engine wrote a non-empty output file (when ``{out}`` was used)."""

    def check() -> str | None:
        if not expected:
            return None
        if not out.is_file() or out.stat().st_size == 0:
            return f"exit 0 but no output written to {out.name}"
        out.unlink()
        return None

    return check


def baseline_argv(name: str, old: Path, new: Path) -> list[str]:
    if name == "git":
        return ["git", "diff", "--no-index", "--word-diff=porcelain", str(old), str(new)]
    return [name, str(old), str(new)]


def missing_tool(name: str) -> Measurement:
    """A baseline that cannot be measured, and how to install it."""
    hint = f" (install it: {INSTALL_HINTS[name]})" if name in INSTALL_HINTS else ""
    return Measurement(error=f"not installed{hint}", detail=f"{name} is not installed{hint}")


# A command to measure: its arguments, the exit codes that mean success, a check of output.
Command = tuple[list[str], tuple[int, ...], Callable[[], str | None] | None]


def measure_alternating(commands: dict[str, Command], ctx: Context, runs: int
                        ) -> dict[str, Measurement]:
    """Best time and largest peak of each command over ``runs`` rounds, the commands taking
    turns within each round: on a shared, noisy machine a ratio of two times means something
    only when both were measured under the same load."""
    done: dict[str, list[Measurement]] = {name: [] for name in commands}
    failed: dict[str, Measurement] = {}
    for round_number in range(max(1, runs)):
        progress(f"  round {round_number + 1} of {runs}: {', '.join(commands)}")
        for name, (argv, ok_codes, check) in commands.items():
            if name in failed:
                continue
            m = run_once(argv, ctx.repo_root, ok_codes, ctx.timeout)
            problem = check() if m.ok and check else None
            if problem:
                m = Measurement(error="bad output", detail=problem)
            if m.ok:
                done[name].append(m)
            else:
                failed[name] = m
    return {name: failed.get(name) or Measurement(
        min(m.seconds or 0.0 for m in found), max(m.peak_mb or 0.0 for m in found))
        for name, found in done.items()}


def bible_case(ctx: Context, case: BibleCase, runs: int) -> Row:
    """Measure Palimpsest, dwdiff and git on one KJV/WEB pair, in turns."""
    old = ctx.bench_dir / "bible" / f"{case.name}.kjv.txt"
    new = old.with_name(f"{case.name}.web.txt")
    if not (old.is_file() and new.is_file()):
        missing = Measurement(
            error="missing", detail=f"case files not found: {old.name}, {new.name}"
        )
        return Row(case.name, missing, math.inf)
    progress(f"{case.name}: {runs} round(s) ...")
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-") as tmp:
        out = Path(tmp) / "out.json"
        commands: dict[str, Command] = {SUBJECT: (engine_argv(ctx.command, old, new, out), (0,),
                                                  output_check(out, "{out}" in ctx.command))}
        absent = {}
        for name in BASELINE_TOOLS:
            if shutil.which(name) is None:
                absent[name] = missing_tool(name)
            else:  # (both exit 1 when the files differ)
                commands[name] = (baseline_argv(name, old, new), (0, 1), None)
        if ctx.command == DEFAULT_COMMAND and fresh_modules(BUILD, ROOT):
            commands[SOURCES] = (["env", f"{SWITCH}=0", *commands[SUBJECT][0]], (0,),
                                 commands[SUBJECT][2])
        measured = measure_alternating(commands, ctx, runs)
    baselines = {name: absent.get(name) or measured[name] for name in BASELINE_TOOLS}
    if SOURCES in measured:
        baselines[SOURCES] = measured[SOURCES]
    return Row(case.name, measured[SUBJECT], math.inf, case.budget_mb, count_words(old),
               baselines, budget_ratio=("dwdiff", case.ratio))


def bible_section(ctx: Context) -> list[Row]:
    rows = []
    for case in BIBLE_CASES:
        if ctx.quick and case.name == "ALL":
            continue
        rows.append(bible_case(ctx, case, ctx.runs or case.runs))
    return rows


SECTIONS = [
    Section(
        "bible",
        "compare command line on book-scale pairs (KJV -> WEB)",
        bible_section,
        needs_bench_data=True,
    ),
]

