"""`core.resources`: the files that ship with Palimpsest are where the code looks for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import resources


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        pytest.param(resources.THESAURUS, "the thesaurus the engine loads", id="thesaurus"),
        pytest.param(resources.REPORT_CSS, "the stylesheet of screen and PDF", id="report.css"),
        pytest.param(resources.FONTS / "DejaVuSans.ttf", "a font the PDF embeds", id="font"),
        pytest.param(resources.SAMPLES / "01-original.txt", "the first sample", id="sample"),
    ],
)
def test_shipped_files_are_found(path: Path, reason: str) -> None:
    assert path.is_file() and path.stat().st_size > 0, reason
    assert path.is_relative_to(resources.RESOURCES), reason


def test_resources_is_the_folder_beside_the_code() -> None:
    assert Path(__file__).resolve().parents[2] / "resources" == resources.RESOURCES


def test_the_thesaurus_is_the_prebuilt_index() -> None:
    # built by tools/ (the block format: tests/core/lexicon/test_thesaurus_file.py)
    assert resources.THESAURUS.name == "thesaurus.bin"
    assert resources.THESAURUS.stat().st_size > 100_000


def test_the_samples_are_the_four_versions() -> None:
    assert [path.name for path in sorted(resources.SAMPLES.glob("*.txt"))] == [
        "01-original.txt", "02-spun.txt", "03-translated.txt", "04-edited.txt"]
