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
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(temporary, _mode_for(path))
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


def _mode_for(path: Path) -> int:
    """The permission bits for ``path``: those of the file it replaces, else 0666 less umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Reading the umask by setting it is process-wide; Linux can tell it without that.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")
