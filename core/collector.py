"""Pausing Python's cycle collector while the engine builds a comparison.

A comparison allocates hundreds of thousands of small objects (pieces, changes, memo
entries) and frees them by reference counting: it makes no reference cycles. CPython's
collector still runs every few hundred allocations and, now and then, walks every object
the process holds, caches included. On a long text that costs a tenth of the work for
nothing. The pause nests and is shared between threads: the collector runs again when the
last comparison in progress ends, and a collector the host switched off stays off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausing = 0  # comparisons in progress that paused the collector
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cycle collector paused (see the module's docstring)."""
    global _pausing, _resume
    with _lock:
        if _pausing == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0 and _resume:
                gc.enable()
