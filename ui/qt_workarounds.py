"""A guard against a PySide6 bug that releases ``None`` once too often, on Python < 3.12.

With PySide6 6.12.0 on Python 3.11, every Python override that C++ calls and that returns
``None`` (any ``paintEvent``, ``resizeEvent``, ``highlightBlock``, a model's ``data`` for a role
it does not serve…) takes one reference from ``None`` that it never gave. ``None`` starts with
a few thousand references, so after a few thousand repaints the interpreter aborts with
"deallocating None". Python 3.12 made ``None`` immortal (PEP 683), which hides the bug there.

`guard_none` checks for the bug once and, only when it is present, gives ``None`` a reserve
of references it can never run through, which is what 3.12 does. Nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

# More references than any session could release: 2**40 overridden calls.
_RESERVE = 1 << 40 if sys.maxsize > 2**32 else 1 << 28


class _Probe(QAbstractListModel):
    """A model whose ``data`` C++ calls and which returns ``None``."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def none_is_over_released() -> bool:
    """True when a C++ call of a Python override returning None loses a reference to None."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: its count cannot run out
    probe = _Probe()
    index = probe.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(16):
        index.data()
    return sys.getrefcount(None) < before


def guard_none() -> bool:
    """Give None its reserve of references if this PySide6 needs it; True if it did."""
    if not none_is_over_released():
        return False
    # ob_refcnt is the first field of every object in CPython's non-debug builds.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _RESERVE
    return True
