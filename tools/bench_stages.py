"""Benchmark section: where the time of one ``compare --format json`` process goes, by stage.

The command line runs in a fresh process of its own (``python tools/bench_stages.py OLD NEW``)
with a clock around each stage function of the pipeline: reading the files, tokens and the
word index, word alignment, sentence alignment, refining, atomic swaps, expansions, moves,
building the changes (their categories included), patterns, writing the JSON. Each second is
counted once, in the innermost stage running (the word alignment inside a moved passage is
word alignment, not moves); what no stage claims is "other". Start-up is the time to import
the command line. The clocks cost a few microseconds a call, so the stages add up to a
little more than a plain run.

Run directly it prints one line per stage: ``name seconds``.
"""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import CHILD_ENVIRONMENT, Context, Section, Table, progress

# (stage, [(module, attribute)]): the functions whose time is the stage's, in pipeline order.
STAGES: list[tuple[str, list[tuple[str, str]]]] = [
    ("reading the files", [("cli.compare_command", "load")]),
    ("thesaurus", [("core.compare.Lexicon", "default")]),
    ("tokens, word index", [("core.text.tokens.Tokenized", "of"),
                            ("core.text.tokens.Tokenized", "part"),
                            ("core.compare", "split_sentences")]),
    ("word alignment", [("core.align.words", "align")]),
    ("sentence alignment", [("core.compare", "align_sentences"), ("core.compare", "demote"),
                            ("core.align.wording.Wording", "of")]),
    ("refining", [("core.compare", "refine"), ("core.compare", "whole"),
                  ("core.compare", "with_written_forms")]),
    ("atomic swaps", [("core.changes.swaps", "group_runs"), ("core.changes.swaps", "evidence"),
                      ("core.changes.swaps", "atomic_pieces")]),
    ("expansions", [("core.changes.expansions", "expand")]),
    ("moves", [("core.changes.moves", "find_moves")]),
    ("building changes", [("core.compare", "_changes"), ("core.compare", "_move"),
                          ("core.compare", "_sentence_pairs"), ("core.compare", "_similarity"),
                          ("core.model.Counts", "of")]),
    ("patterns", [("core.patterns.counting", "find_patterns"),
                  ("core.compare", "pair_profile")]),
    ("JSON writing", [("core.report.json_format", "to_json_bytes"),
                      ("cli.compare_command", "write_atomically")]),
]
START_UP = "start-up (imports)"
OTHER = "other"


class Clock:
    """Seconds per stage, each counted in the innermost stage running."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self._stack: list[str] = [OTHER]
        self._mark = time.perf_counter()

    def rewind(self) -> None:
        """Forget what was counted so far (the time spent putting the clocks in place)."""
        self.totals.clear()
        self._mark = time.perf_counter()

    def stop(self) -> None:
        """Count the time up to now."""
        self._charge()

    def _charge(self) -> None:
        now = time.perf_counter()
        stage = self._stack[-1]
        self.totals[stage] = self.totals.get(stage, 0.0) + now - self._mark
        self._mark = now

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            self._charge()
            self._stack.append(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self._charge()
                self._stack.pop()

        return run


def _owner(path: str) -> Any:
    """The module, or the class inside a module, that ``path`` names."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            owner: Any = __import__(".".join(parts[:cut]), fromlist=["_"])
        except ImportError:
            continue
        for name in parts[cut:]:
            owner = getattr(owner, name)
        return owner
    raise ImportError(path)


def instrument(clock: Clock) -> None:
    """Put ``clock`` around every stage function of `STAGES`."""
    for stage, places in STAGES:
        for path, attribute in places:
            owner = _owner(path)
            raw = owner.__dict__[attribute] if isinstance(owner, type) else getattr(owner, attribute)
            if isinstance(raw, classmethod):
                setattr(owner, attribute, classmethod(clock.timed(stage, raw.__func__)))
            else:
                setattr(owner, attribute, clock.timed(stage, raw))


def stage_seconds(old: Path, new: Path) -> dict[str, float]:
    """Run ``compare OLD NEW --format json -o TMP`` here, with clocks; seconds per stage."""
    start = time.perf_counter()
    from cli.entry import main

    imported = time.perf_counter() - start
    clock = Clock()
    instrument(clock)
    with tempfile.TemporaryDirectory(prefix="palimpsest-stages-") as folder:
        clock.rewind()
        status = main(["compare", str(old), str(new), "--format", "json", "-o",
                       str(Path(folder) / "out.json")])
    if status:
        raise SystemExit(f"compare ended with status {status}")
    clock.stop()
    return {START_UP: imported, **clock.totals}


# --- the bench section ------------------------------------------------------------------------

STAGE_CASES = ("Genesis", "ALL")


def measured_stages(ctx: Context, name: str) -> dict[str, float] | str:
    """Seconds per stage for one pair, from a process of its own; or why there are none."""
    old = ctx.bench_dir / "bible" / f"{name}.kjv.txt"
    new = old.with_name(f"{name}.web.txt")
    if not (old.is_file() and new.is_file()):
        return f"not found: {old.name}, {new.name}"
    progress(f"stages: {name} in a process of its own ...")
    try:
        done = subprocess.run([sys.executable, __file__, str(old), str(new)], cwd=ctx.repo_root,
                              capture_output=True, text=True, timeout=ctx.timeout, check=False,
                              env=CHILD_ENVIRONMENT)
    except subprocess.TimeoutExpired:
        return f"timeout after {ctx.timeout:g} s"
    if done.returncode != 0:
        return f"failed: {done.stderr.strip()[-500:]}"
    seconds = {}
    for line in done.stdout.splitlines():
        stage, _, value = line.rpartition(" ")
        seconds[stage] = float(value)
    return seconds


def stages_section(ctx: Context) -> Table:
    names = [n for n in STAGE_CASES if not (ctx.quick and n == "ALL")]
    found = {name: measured_stages(ctx, name) for name in names}
    order = [START_UP, *(stage for stage, _ in STAGES), OTHER]
    headers = ["stage"]
    for name in names:
        headers += [f"{name} s", "share"]
    body = []
    totals = {n: sum(s.values()) for n, s in found.items() if isinstance(s, dict)}
    for stage in [*order, "total"]:
        cells = [stage]
        for name in names:
            seconds = found[name]
            if not isinstance(seconds, dict):
                cells += ["-", "-"]
                continue
            value = totals[name] if stage == "total" else seconds.get(stage, 0.0)
            cells += [f"{value:.3f}", f"{value / totals[name]:.0%}" if totals[name] else "-"]
        body.append(cells)
    notes = [f"{name}: {seconds}" for name, seconds in found.items() if isinstance(seconds, str)]
    return Table(headers, body, notes)


SECTIONS = [
    Section("stages", "one compare --format json process by stage (clocks around each "
            "stage, innermost counts)", stages_section, needs_bench_data=True),
]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for stage, value in stage_seconds(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{stage} {value:.6f}")
