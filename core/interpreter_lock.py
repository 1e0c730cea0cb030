"""Giving the interpreter lock to other threads during a long comparison.

The window compares in a background thread, and its own thread needs the interpreter lock
for every Python call Qt makes: a tick of a timer, a paint, a click. Interpreted code gives
the lock up every few milliseconds when another thread asks for it; code compiled by mypyc
(`core.compiled`) never does on its own, only when it calls interpreted code, so a loop of
compiled code over a book's tokens would hold it for a second and freeze the window. The
engine's long loops call `now_and_then` with their step count: every `EVERY` steps it lets
a waiting thread take the lock; a single step over a whole text (a count, a dict of its
tokens) is followed by `after_step_over`. Alone in its process (the command line), that
costs a system call every few thousand steps.
"""

from __future__ import annotations

import time

# Steps of a loop between two chances for other threads: a few milliseconds of compiled work;
# and the items a single step works through beyond which it is followed by one.
EVERY = 4096


def let_others_run() -> None:
    """Let a thread waiting for the interpreter lock take it (``time.sleep`` releases it)."""
    time.sleep(0)


def now_and_then(step: int) -> None:
    """`let_others_run` at every `EVERY`-th ``step`` of a loop."""
    if step % EVERY == 0:
        let_others_run()


def after_step_over(items: int) -> None:
    """`let_others_run` after a step that worked through more than `EVERY` ``items``."""
    if items > EVERY:
        let_others_run()
