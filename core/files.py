"""Writing output files safely: whole or not at all.

Every file Palimpsest writes (JSON, text, the exported reports) goes through
`write_atomically`, so a reader never sees a half-written file and an interrupted or failed
export leaves any earlier file of that name untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    Raises `OSError` when the folder is missing or not writable, or ``path`` is a folder;
    the temporary file is removed on any failure.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=_folder(path))
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_writable(path: Path) -> None:
    """Raise `OSError` now if `write_atomically` could not write ``path`` later.

    Long exports call this first so that a wrong path fails in a moment, not after the work.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=_folder(path))
    os.close(handle)
    os.unlink(temporary)


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")
