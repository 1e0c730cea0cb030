"""Pausing Python's cycle collector while the engine builds a comparison.

A comparison allocates hundreds of thousands of small objects (pieces, changes, memo
entries) and frees them by reference counting: it makes no reference cycles. CPython's
collector still runs every few hundred allocations and, now and then, walks every object
the process holds, caches included. On a long text that costs a tenth of the work for
nothing. The pause nests and is shared between threads: the collector runs again when the
last comparison in progress ends, and a collector the host switched off stays off.

A process that keeps its comparisons (the window caches them) asks for them to be *kept*:
then, as the pause ends, every object alive is moved out of the collector's sight for good
(`gc.freeze`). Otherwise its next rounds would walk them all, each object allocated during
the pause once per generation, and it walks holding the interpreter lock: on Mark, a 40 ms
stall of the window right as the comparison arrives, and a second or more on a book. Being
acyclic, frozen objects are still freed by reference counting when the cache lets them go.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausing = 0  # comparisons in progress that paused the collector
_resume = False  # whether the collector was on when the first of them began
_freeze = False  # whether one of them asked for what it made to be kept


@contextmanager
def collector_paused(kept: bool = False) -> Iterator[None]:
    """Run the body with the cycle collector paused; ``kept``: what it makes will be kept
    long, so the collector is not to walk it once resumed (see the module's docstring)."""
    global _pausing, _resume, _freeze
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
            _freeze = _freeze or kept
            if _pausing == 0:
                if _freeze:
                    gc.freeze()
                _freeze = False
                if _resume:
                    gc.enable()
