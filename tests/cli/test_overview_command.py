"""``main.py overview``: the JSON contract, the text summary, exports and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "overview", *map(str, arguments)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )


def test_json_follows_the_contract(samples: list[Path]) -> None:
    result = _run(*samples, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert [v["path"] for v in data["versions"]] == [str(path) for path in samples]
    assert data["original"] == str(samples[0]), "01-original is the original"
    count = len(samples)
    assert len(data["similarity"]) == count and all(len(row) == count
                                                    for row in data["similarity"])
    assert len(data["relations"]) == count * (count - 1) // 2
    kinds = {(Path(e["parent"]).name, Path(e["child"]).name): e["kind"] for e in data["lineage"]}
    assert kinds[("01-original.txt", "02-spun.txt")] == "spun"
    assert kinds[("01-original.txt", "03-translated.txt")] == "machine-translated"
    texts = {path: path.read_text(encoding="utf-8") for path in samples}
    for group in data["quotes"]:
        for occurrence in group["occurrences"]:
            text = texts[Path(occurrence["path"])]
            assert text[occurrence["start"]:occurrence["end"]] == occurrence["text"]
    figures = [{v["text"] for v in fact["values"]} for fact in data["facts"]]
    assert {"$2.9 million", "$3.1 million"} in figures, "04-edited changed the sum"


def test_text_and_output_file_are_the_same(samples: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "overview.txt"
    assert _run(*samples, "-o", out).returncode == 0
    printed = _run(*samples)
    assert printed.stdout == out.read_text(encoding="utf-8")
    assert printed.stdout.startswith(f"Overview of {len(samples)} versions")
    assert "Original: 01-original.txt" in printed.stdout


def test_one_bad_file_among_good_ones(samples: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = _run(samples[0], missing, samples[1], "--format", "json")
    assert result.returncode == 2, "a script notices the file it did not get"
    assert result.stderr.strip().splitlines() == [f"palimpsest: {missing}: no such file"]
    assert [v["path"] for v in json.loads(result.stdout)["versions"]] == [
        str(samples[0]), str(samples[1])], "the overview of the others"


def test_no_readable_file_prints_nothing(tmp_path: Path) -> None:
    result = _run(tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 2


@pytest.mark.parametrize(("suffix", "start"), [
    pytest.param(".html", b"<!DOCTYPE html>", id="HTML report"),
    pytest.param(".json", b"{", id="JSON"),
    pytest.param(".pdf", b"%PDF-", id="PDF report"),
])
def test_export(samples: list[Path], tmp_path: Path, suffix: str, start: bytes) -> None:
    target = tmp_path / f"overview{suffix}"
    result = _run(*samples, "--export", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and target.read_bytes().startswith(start)


@pytest.mark.parametrize(("option", "target", "reason"), [
    pytest.param("--export", "report.csv", "unknown export format .csv", id="no such export"),
    pytest.param("-o", "INPUT", "cannot write", id="never over an input"),
])
def test_refused_output(samples: list[Path], option: str, target: str, reason: str) -> None:
    path = samples[0] if target == "INPUT" else Path(target)
    before = samples[0].read_bytes()
    result = _run(*samples, option, path)
    assert result.returncode == 2 and reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert samples[0].read_bytes() == before
