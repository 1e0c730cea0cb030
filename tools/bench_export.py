"""Benchmarks of the annotated-report export (found by ``tools/bench.py``).

Times the whole command line ``python main.py compare OLD NEW --export OUT`` on KJV -> WEB
Mark (``../shared/bench/bible/``), as a user would run it: start-up, comparison, report,
and for PDF the Qt start-up, layout, printing and bookmarks. Budget: a PDF in under 15 s.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench import Context, Measurement, Row, Section, count_words, measure, progress

PDF_BUDGET_S = 15.0
TEXT_BUDGET_S = 5.0

# (case, file name, extra arguments, budget seconds, the first bytes of a good output)
CASES: list[tuple[str, str, tuple[str, ...], float, bytes]] = [
    ("Mark PDF redline", "out.pdf", ("--layout", "redline"), PDF_BUDGET_S, b"%PDF-"),
    ("Mark PDF side-by-side", "out.pdf", ("--layout", "side-by-side"), PDF_BUDGET_S, b"%PDF-"),
    ("Mark PDF Letter", "out.pdf", ("--page-size", "Letter"), PDF_BUDGET_S, b"%PDF-"),
    ("Mark HTML", "out.html", (), TEXT_BUDGET_S, b"<!DOCTYPE html>"),
    ("Mark CSV", "out.csv", (), TEXT_BUDGET_S, b"id,kind,category,"),
]


def _check(out: Path, magic: bytes) -> Callable[[], str | None]:
    def check() -> str | None:
        if not out.is_file():
            return f"exit 0 but {out.name} was not written"
        with out.open("rb") as file:
            start = file.read(len(magic))
        out.unlink()
        return None if start == magic else f"{out.name} does not start with {magic!r}"

    return check


def export_section(ctx: Context) -> list[Row]:
    old = ctx.bench_dir / "bible" / "Mark.kjv.txt"
    new = old.with_name("Mark.web.txt")
    if not (old.is_file() and new.is_file()):
        missing = Measurement(error="missing", detail=f"not found: {old.name}, {new.name}")
        return [Row(case, missing, budget) for case, _, _, budget, _ in CASES]
    runs = ctx.runs or (1 if ctx.quick else 2)
    rows = []
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-export-") as folder:
        for case, name, extra, budget, magic in CASES:
            out = Path(folder) / name
            argv = [sys.executable, "main.py", "compare", str(old), str(new),
                    "--export", str(out), *extra]
            progress(f"{case}: {runs} run(s) ...")
            subject = measure(argv, ctx.repo_root, runs, timeout=ctx.timeout,
                              check=_check(out, magic))
            rows.append(Row(case, subject, budget, words=count_words(old)))
    return rows


SECTIONS = [
    Section("export", "annotated report via the command line, KJV -> WEB Mark",
            export_section, needs_bench_data=True),
]
