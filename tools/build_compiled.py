"""Compile the engine's pure-Python modules with mypyc into ``build/compiled/`` (``make compiled``).

`core.compiled` loads the build in front of the sources, while they are unchanged since it
was made. The sources are copied to a scratch folder and compiled there, so that the
build's setuptools does not read the project's ``pyproject.toml`` as a package to build (mypy
still reads its ``[tool.mypy]`` settings, given by path), and the build is written whole
before its manifest, so that a build stopped half-way is never used.

Left out, as measured with mypyc 2.4: `core.load` and `core.report`, which mypyc refuses
(surrogate code points in a literal; a class derived from a built-in type) and which are not
where the engine's time goes; `core.resources`, which finds the resources beside its own
file; and `core.compiled`, which must run before the build is on the path.

Usage: ``python tools/build_compiled.py [--force | --clean]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.compiled import BUILD, MANIFEST, ROOT, fresh_modules, source_stamp

# (A module-level ``__getattr__`` makes a module compiled by mypyc 2.4 crash at import:
# `core.text.tokens` did until it lost its own.)
LEFT_OUT = ("core/load/", "core/report/", "core/compiled.py", "core/resources.py")


def sources() -> list[str]:
    """Every source file of core, relative to the root, in order."""
    return sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "core").rglob("*.py"))


def compiled_sources(every: list[str]) -> list[str]:
    """The sources mypyc compiles: all but the packages' ``__init__`` and those left out."""
    return [path for path in every
            if not path.endswith("__init__.py") and not path.startswith(LEFT_OUT)]


def build(force: bool = False) -> int:
    """Compile into a scratch folder, then replace the build with its extension modules;
    nothing to do when the build is fresh, unless ``force``."""
    every = sources()
    chosen = compiled_sources(every)
    if not force and fresh_modules(BUILD, ROOT) == _dotted(chosen):
        print(f"build_compiled: {BUILD} is up to date")
        return 0
    with tempfile.TemporaryDirectory(prefix="palimpsest-mypyc-") as scratch:
        work = Path(scratch)
        for path in every:
            (work / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, work / path)
        config = ["--config-file", str(ROOT / "pyproject.toml")]  # the lint's own settings
        done = subprocess.run([sys.executable, "-m", "mypyc", *config, *chosen], cwd=work,
                              stdout=subprocess.DEVNULL, check=False)
        if done.returncode:
            print("build_compiled: mypyc failed; the engine runs from its sources",
                  file=sys.stderr)
            return done.returncode
        clean()
        for library in work.rglob("*.so"):
            if "build" not in library.relative_to(work).parts:
                target = BUILD / library.relative_to(work)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(library, target)
    manifest = {"python": sys.implementation.cache_tag,
                "modules": _dotted(chosen),
                "sources": {path: source_stamp(ROOT / path) for path in every}}
    (BUILD / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"build_compiled: {len(chosen)} modules compiled into {BUILD}")
    return 0


def _dotted(paths: list[str]) -> list[str]:
    return [path.removesuffix(".py").replace("/", ".") for path in paths]


def clean() -> None:
    """Remove the build, if any."""
    shutil.rmtree(BUILD, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the build and stop")
    parser.add_argument("--force", action="store_true", help="build even when up to date")
    arguments = parser.parse_args()
    if arguments.clean:
        clean()
        return 0
    return build(arguments.force)


if __name__ == "__main__":
    sys.exit(main())
