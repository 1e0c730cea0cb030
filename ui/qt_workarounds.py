"""A guard against PySide6 bugs that release ``None`` and ``True`` once too often (Python < 3.12).

With PySide6 6.12.0 on Python 3.11, two common calls take a reference they never gave:

- every Python override that C++ calls and that returns ``None`` (any ``paintEvent``,
  ``resizeEvent``, ``highlightBlock``, a model's ``data`` for a role it does not serve…)
  releases ``None`` once;
- every ``signal.emit(...)`` made from Python returns ``True`` without a reference of its own.

Each of these objects starts with a few thousand references, so after a few thousand
repaints or signals the interpreter aborts with "deallocating None" (or "True or False").
Python 3.12 made them immortal (PEP 683), which hides the bugs there.

`guard_singletons` probes both calls once and, only for an object it sees lose references,
gives that object a reserve it can never run through, which is what 3.12 does for all of
them. Nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Signal

# More references than any session could release: 2**40 calls.
_RESERVE = 1 << 40 if sys.maxsize > 2**32 else 1 << 28
_SINGLETONS = (None, True, False)


class _ProbeModel(QAbstractListModel):
    """A model whose ``data`` C++ calls and which returns ``None``."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


class _ProbeEmitter(QObject):
    fired = Signal()


def _released(action: Callable[[], object]) -> list[object]:
    """The singletons that lose references while ``action`` runs a few times."""
    before = [sys.getrefcount(value) for value in _SINGLETONS]
    for _ in range(16):
        action()
    after = [sys.getrefcount(value) for value in _SINGLETONS]
    return [value for value, old, new in zip(_SINGLETONS, before, after, strict=True) if new < old]


def over_released() -> list[object]:
    """Which of None, True and False this PySide6 releases once too often."""
    if sys.version_info >= (3, 12):
        return []  # immortal objects: their counts cannot run out
    model = _ProbeModel()
    index = model.index(0, 0)
    emitter = _ProbeEmitter()
    emitter.fired.connect(lambda: None)
    found = _released(index.data) + _released(emitter.fired.emit)
    return [value for value in _SINGLETONS if value in found]


def guard_singletons() -> list[object]:
    """Give each over-released singleton a reserve of references; return those guarded."""
    guarded = over_released()
    for value in guarded:
        # ob_refcnt is the first field of every object in CPython's non-debug builds.
        count = ctypes.c_ssize_t.from_address(id(value))
        count.value += _RESERVE
    return guarded
