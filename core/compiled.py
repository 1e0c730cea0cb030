"""The engine's compiled modules: optional mypyc builds of its pure-Python modules.

`tools/build_compiled.py` (``make compiled``) compiles most of `core` with mypyc into
``build/compiled/``, beside a manifest of the sources it was built from. `enable` puts that
build in front of the sources on the import path, but only when every source is unchanged
since the build and the build is for this Python. A stale build is never used: the modules
then load from their sources as they do without one. Compiling changes no result (the JSON
of a comparison is byte for byte the same); it makes the engine 1.2 to 1.9 times faster.

The build must be enabled before any of its modules is imported: a module loaded twice, once
from each place, would have two of every class. ``PALIMPSEST_COMPILED=0`` turns it off.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the sources' root: core/ is in it
BUILD = ROOT / "build" / "compiled"
MANIFEST = "manifest.json"
SWITCH = "PALIMPSEST_COMPILED"


def source_stamp(path: Path) -> str:
    """A source file's size and time of last change, as the manifest records them.

    As Python's own bytecode cache tells a stale ``.pyc``: a checksum would mean importing
    hashlib and reading every source, some 10 ms of each start.
    """
    status = path.stat()
    return f"{status.st_size}:{status.st_mtime_ns}"


def enable(build: Path = BUILD, root: Path = ROOT) -> bool:
    """Put the compiled modules of ``build`` first on the import path; True when it did.

    False, with the import path untouched, when there is no build, it was made for another
    Python or from other sources, one of its modules is imported already, or the switch is
    off.
    """
    if os.environ.get(SWITCH, "1") == "0":
        return False
    modules = fresh_modules(build, root)
    if not modules or any(name in sys.modules for name in modules):
        return False
    sys.path.append(str(build))  # the library the modules share is a top-level module
    for package in sorted({name.rpartition(".")[0] for name in modules}):
        __import__(package)
        sys.modules[package].__path__.insert(0, str(build.joinpath(*package.split("."))))
    return True


def fresh_modules(build: Path, root: Path) -> list[str]:
    """The dotted names of the build's modules, or [] when the build is missing or stale."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        if manifest["python"] != sys.implementation.cache_tag:
            return []
        # every source of core, compiled or not: compiled code relies on the types of all
        sources: dict[str, str] = manifest["sources"]
        if any(source_stamp(root / path) != stamp for path, stamp in sources.items()):
            return []
        return [str(name) for name in manifest["modules"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
