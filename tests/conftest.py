"""Shared fixtures: the project's samples, and the optional shared benchmark material."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"


def seed_files() -> list[Path]:
    """The five real seed versions, or an empty list when ../shared is absent."""
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture
def seeds() -> list[Path]:
    files = seed_files()
    if len(files) < 5:
        pytest.skip("../shared/seeds is not present (a user's clone has none)")
    return files


@pytest.fixture
def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))
