"""Benchmarks of loading PDFs (found by ``tools/bench.py``).

Times ``core.load.loader.load`` in a process of its own, as the window's worker runs it, on two
files: a generated PDF of 1,000 pages that all share one content stream (157 KB that once
took pypdf and the layout minutes), and the app's own 67-page PDF report of KJV -> WEB
Mark (``../shared/bench/bible/``), exported once first. Budget: either loads, or is refused
with its reason, in under 10 s. The times include starting Python and importing pypdfium2
(PDFium, which reads the PDF).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench import Context, Measurement, Row, Section, measure, progress

BUDGET_S = 10.0
SHARED_PAGES = 1_000
# Loads the file; a refusal with its one-line reason counts as done.
_LOAD = ("import sys\n"
         "from core.load.loader import LoadError, load\n"
         "try:\n"
         "    load(sys.argv[1])\n"
         "except LoadError as error:\n"
         "    print(error)\n")


def _shared_stream_pdf(repo_root: Path, target: Path) -> None:
    if str(repo_root) not in sys.path:
        sys.path.insert(0, str(repo_root))
    from tests import pdf_samples

    lines = [f"Line {n} of the one page that all {SHARED_PAGES:,} pages show, as long as a "
             "line of a newspaper column." for n in range(40)]
    target.write_bytes(pdf_samples.shared_stream(SHARED_PAGES, lines))


def _mark_pdf(ctx: Context, target: Path) -> str | None:
    """Export KJV -> WEB Mark to ``target``; why not, if it cannot be done."""
    old = ctx.bench_dir / "bible" / "Mark.kjv.txt"
    new = old.with_name("Mark.web.txt")
    if not (old.is_file() and new.is_file()):
        return f"not found: {old.name}, {new.name}"
    result = subprocess.run([sys.executable, "main.py", "compare", str(old), str(new),
                             "--export", str(target)], cwd=ctx.repo_root, check=False,
                            capture_output=True, text=True, timeout=ctx.timeout)
    return None if result.returncode == 0 else f"export failed: {result.stderr.strip()}"


def loading_section(ctx: Context) -> list[Row]:
    runs = ctx.runs or (1 if ctx.quick else 3)
    rows = []
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-load-") as folder:
        shared, mark = Path(folder) / "shared.pdf", Path(folder) / "mark.pdf"
        _shared_stream_pdf(ctx.repo_root, shared)
        problem = _mark_pdf(ctx, mark)
        cases = [(f"{SHARED_PAGES:,} pages sharing one content stream", shared, None),
                 ("Mark PDF report (67 pages) reloaded", mark, problem)]
        for case, path, missing in cases:
            if missing:
                rows.append(Row(case, Measurement(error="missing", detail=missing), BUDGET_S))
                continue
            progress(f"{case}: {runs} run(s) ...")
            argv = [sys.executable, "-c", _LOAD, str(path)]
            rows.append(Row(case, measure(argv, ctx.repo_root, runs, timeout=ctx.timeout),
                            BUDGET_S))
    return rows


SECTIONS = [Section("loading", "loading a PDF (load() in a process of its own)",
                    loading_section)]
