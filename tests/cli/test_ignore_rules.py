"""``--ignore`` and ``--ignore-lines``: the counts, the patterns, the JSON, the word diff and
every export follow what is ignored, alike (issue 16, item 3)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from core.changes.edit_script import rebuild

ROOT = Path(__file__).resolve().parents[2]
ALL = "case,punctuation,quote-style,whitespace"


def _run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "compare", *map(str, arguments)],
                          capture_output=True, text=True, cwd=ROOT, check=False)


def _outputs(old: Path, new: Path, folder: Path, *rules: str) -> dict[str, dict[str, int]]:
    """The counts each output gives, with ``rules``: JSON, word diff, CSV, HTML report."""
    csv_file, html_file = folder / "changes.csv", folder / "report.html"
    data = json.loads(_run(old, new, "--format", "json", *rules).stdout)
    assert rebuild(old.read_text(encoding="utf-8"), data["changes"]) == new.read_text(
        encoding="utf-8"), "the edit script still rebuilds NEW"
    summary = _run(old, new, "--format", "text", *rules).stdout.split("\n", 1)[0]
    assert _run(old, new, "--export", csv_file, *rules).returncode == 0
    assert _run(old, new, "--export", html_file, *rules).returncode == 0
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"), newline="")))
    headings = Counter(row["counted_as"] for row in rows)
    figures = re.findall(r'class="figure">([\d,]+)</span><br><span class="figure-label">([\w -]+)<',
                         html_file.read_text(encoding="utf-8"))
    html = {label.split()[0]: int(value.replace(",", "")) for value, label in figures}
    words = {noun.rstrip("s"): int(number) for number, noun in
                 re.findall(r"(\d+) (substitution|omission|addition|move|formatting)", summary)}
    return {
        "json": {k.rstrip("s"): v for k, v in data["counts"].items()},
        "word diff": {"formatting": 0, **words},
        "csv": {"substitution": headings["substitution"], "omission": headings["omission"],
                "addition": headings["addition"],
                "move": len({row["move"] for row in rows if row["counted_as"] == "move"}),
                "formatting": headings["formatting"]},
        "html": {"substitution": html["substitutions"], "omission": html["omissions"],
                 "addition": html["additions"], "move": html["moved"],
                 "formatting": html["formatting-only"]},
        "ignored rows": {"ignored": headings["ignored"]},
        "json ignored": {"ignored": data.get("ignored", {}).get("changes", 0)},
        "patterns": {"formatting": sum(p["formatting"] for p in data["patterns"]),
                     "all": len(data["patterns"])},
    }


@pytest.mark.parametrize(
    ("pair", "rules", "what"),
    [
        pytest.param((0, 2), ("--ignore", ALL), "formatting",
                     id="formatting categories: the formatting changes and patterns go"),
        pytest.param((0, 1), ("--ignore-lines", r"\[ad_\d+\]"), "addition",
                     id="a boilerplate line: the addition goes"),
    ],
)
def test_every_output_follows_the_rules(samples: list[Path], tmp_path: Path,
                                        pair: tuple[int, int], rules: tuple[str, ...],
                                        what: str) -> None:
    old, new = samples[pair[0]], samples[pair[1]]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before = _outputs(old, new, tmp_path / "a")
    after = _outputs(old, new, tmp_path / "b", *rules)
    for counts in (before, after):
        views = [counts[name] for name in ("json", "word diff", "csv", "html")]
        assert all(view == views[0] for view in views), counts
    assert after["json"][what] < before["json"][what]
    changed = before["json"][what] - after["json"][what]
    assert after["ignored rows"]["ignored"] == after["json ignored"]["ignored"] >= changed
    assert before["ignored rows"]["ignored"] == 0
    if what == "formatting":
        assert before["patterns"]["formatting"] > 0 == after["patterns"]["formatting"]


def test_a_bad_rule_is_one_line_and_status_2(samples: list[Path]) -> None:
    for rules in (("--ignore", "colour"), ("--ignore-lines", "[")):
        result = _run(samples[0], samples[1], *rules)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("palimpsest: ")
