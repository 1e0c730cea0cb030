"""The compiled build is used only when it is fresh, and gives the same output as the sources.

The unit rows build a stand-in "build" of a toy package in a temporary folder: its "compiled"
module is a Python file, which the import path treats just as it would an extension module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core import compiled
from core.compiled import BUILD, MANIFEST, ROOT, enable, fresh_modules, source_stamp

PACKAGE = "toy_compiled_pkg"  # a name no other test imports


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """(root, build): a package whose module says "source", and a fresh build saying "built"."""
    root, build = tmp_path / "root", tmp_path / "build"
    (root / PACKAGE).mkdir(parents=True)
    (root / PACKAGE / "__init__.py").write_text("", encoding="utf-8")
    (root / PACKAGE / "mod.py").write_text("WHERE = 'source'\n", encoding="utf-8")
    (build / PACKAGE).mkdir(parents=True)
    (build / PACKAGE / "mod.py").write_text("WHERE = 'built'\n", encoding="utf-8")
    _write_manifest(root, build)
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delenv(compiled.SWITCH, raising=False)
    yield root, build
    for name in [name for name in sys.modules if name.startswith(PACKAGE)]:
        del sys.modules[name]
    if str(build) in sys.path:
        sys.path.remove(str(build))


def _write_manifest(root: Path, build: Path, **changes: object) -> None:
    manifest = {"python": sys.implementation.cache_tag, "modules": [f"{PACKAGE}.mod"],
                "sources": {f"{PACKAGE}/mod.py": source_stamp(root / PACKAGE / "mod.py")}}
    manifest.update(changes)
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _where() -> str:
    __import__(f"{PACKAGE}.mod")
    return str(sys.modules[f"{PACKAGE}.mod"].WHERE)


def test_a_fresh_build_is_imported_before_the_sources(toy: tuple[Path, Path]) -> None:
    root, build = toy
    assert enable(build, root)
    assert _where() == "built"


def _edit_source(root: Path, build: Path) -> None:
    (root / PACKAGE / "mod.py").write_text("WHERE = 'source, edited'\n", encoding="utf-8")


def _other_python(root: Path, build: Path) -> None:
    _write_manifest(root, build, python="cpython-0")


def _no_manifest(root: Path, build: Path) -> None:
    (build / MANIFEST).unlink()


def _broken_manifest(root: Path, build: Path) -> None:
    (build / MANIFEST).write_text("{not json", encoding="utf-8")


def _source_gone(root: Path, build: Path) -> None:
    _write_manifest(root, build, sources={f"{PACKAGE}/gone.py": "0:0"})


def _already_imported(root: Path, build: Path) -> None:
    __import__(f"{PACKAGE}.mod")


def _switched_off(root: Path, build: Path) -> None:
    os.environ[compiled.SWITCH] = "0"


@pytest.mark.parametrize("spoil", [
    pytest.param(_edit_source, id="a source edited since the build: the build is stale"),
    pytest.param(_other_python, id="built for another Python: its modules would not load"),
    pytest.param(_no_manifest, id="no manifest: no build, or one stopped half-way"),
    pytest.param(_broken_manifest, id="an unreadable manifest is no build"),
    pytest.param(_source_gone, id="a source the build was made from is gone"),
    pytest.param(_already_imported, id="a module loaded already would exist twice"),
    pytest.param(_switched_off, id="PALIMPSEST_COMPILED=0 turns the build off"),
])
def test_a_build_not_to_trust_is_left_alone(
        toy: tuple[Path, Path], spoil: Callable[[Path, Path], None]) -> None:
    root, build = toy
    spoil(root, build)
    path_before = list(sys.path)
    try:
        assert not enable(build, root)
        assert sys.path == path_before
        assert _where().startswith("source")
    finally:
        os.environ.pop(compiled.SWITCH, None)


SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))[:2]


@pytest.mark.skipif(not fresh_modules(BUILD, ROOT),
                    reason="no fresh compiled build (`make compiled` makes one)")
@pytest.mark.parametrize("command", [
    pytest.param(["compare", *map(str, SAMPLES), "--format", "json"], id="comparison JSON"),
    pytest.param(["overview", *map(str, SAMPLES), "--format", "json"], id="overview JSON"),
])
def test_the_compiled_build_writes_the_same_bytes_as_the_sources(command: list[str]) -> None:
    outputs = []
    for switch in ("1", "0"):
        done = subprocess.run([sys.executable, "main.py", *command], cwd=ROOT,
                              capture_output=True, check=True,
                              env={**os.environ, compiled.SWITCH: switch})
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"{")
