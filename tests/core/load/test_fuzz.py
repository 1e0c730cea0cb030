"""Fuzzing the loader: whatever the bytes, `load` returns a Document or raises LoadError.

Random bytes, and valid files of every format cut short or with bytes overwritten, are saved
under every extension the loader knows (and two it does not). Each load must end within the
deadline with a `Document` or a one-line `LoadError` naming the file: never another
exception, never a hang.
"""

from __future__ import annotations

import itertools
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.load.loader import READERS, LoadError, load
from core.model import Document
from tests.core.load.test_formats import (
    make_docx,
    make_html,
    make_odt,
    make_rtf,
    make_simple_pdf,
    make_text,
)

EXTENSIONS = sorted(READERS) + ["", ".bin"]
# Generous for one small file on a slow machine; a hang or a quadratic blow-up exceeds it.
DEADLINE = timedelta(seconds=2)
FUZZ = settings(deadline=DEADLINE, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow])

_names = itertools.count()


@cache
def _seeds(folder: Path) -> dict[str, bytes]:
    """One valid file of each format, built by the format tests' own builders."""
    builders = {
        "docx": make_docx, "html": make_html, "odt": make_odt, "rtf": make_rtf,
        "pdf": make_simple_pdf, "txt": lambda path: make_text(path, "cp1252"),
        "utf16": lambda path: make_text(path, "utf-16"),
    }
    return {name: build(folder / f"seed.{name}").read_bytes() for name, build in builders.items()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz")
    for name, data in _seeds(path).items():
        (path / f"warm.{name}").write_bytes(data)
        load(path / f"warm.{name}")  # import the readers' libraries before the clock runs
    return path


def _check(folder: Path, extension: str, data: bytes) -> None:
    path = folder / f"case{next(_names)}{extension}"
    path.write_bytes(data)
    try:
        result = load(path)
    except LoadError as error:
        message = str(error)
        assert message.startswith(str(path)) and "\n" not in message, message
    else:
        assert isinstance(result, Document)
    finally:
        path.unlink()


@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), data=st.binary(max_size=4096))
def test_random_bytes(folder: Path, extension: str, data: bytes) -> None:
    _check(folder, extension, data)


@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), seed=st.sampled_from(sorted(
    ["docx", "html", "odt", "rtf", "pdf", "txt", "utf16"])), cut=st.floats(0.0, 1.0))
def test_truncated_files(folder: Path, extension: str, seed: str, cut: float) -> None:
    data = _seeds(folder)[seed]
    _check(folder, extension, data[: int(len(data) * cut)])


@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), seed=st.sampled_from(sorted(
    ["docx", "html", "odt", "rtf", "pdf", "txt", "utf16"])), edits=st.lists(
    st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.binary(min_size=1, max_size=8)),
    min_size=1, max_size=8))
def test_damaged_files(folder: Path, extension: str, seed: str,
                       edits: list[tuple[float, bytes]]) -> None:
    data = bytearray(_seeds(folder)[seed])
    for where, replacement in edits:
        start = int(len(data) * where)
        data[start:start + len(replacement)] = replacement
    _check(folder, extension, bytes(data))
