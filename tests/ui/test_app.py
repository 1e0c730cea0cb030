"""``main.py`` opens the window; ``--screenshot OUT.png`` renders it offscreen and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _screenshot(out: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(out), *map(str, files)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False,
    )


def _assert_picture(out: Path) -> None:
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1280 and image.height() >= 800


def test_screenshot_of_the_samples(tmp_path: Path, samples: list[Path]) -> None:
    out = tmp_path / "shot.png"
    result = _screenshot(out, samples)
    assert result.returncode == 0, result.stderr
    _assert_picture(out)


def test_screenshot_of_the_seeds(tmp_path: Path, seeds: list[Path]) -> None:
    out = tmp_path / "seeds.png"
    result = _screenshot(out, seeds)
    assert result.returncode == 0, result.stderr
    _assert_picture(out)


def test_screenshot_with_too_few_files_says_so(tmp_path: Path, samples: list[Path]) -> None:
    out = tmp_path / "one.png"
    result = _screenshot(out, [samples[0], tmp_path / "missing.txt"])
    assert result.returncode == 2
    assert "no two versions could be compared" in result.stderr
    _assert_picture(out)
