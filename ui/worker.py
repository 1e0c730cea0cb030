"""The one helper that runs long work off the GUI thread, with progress and cancel.

A task is a plain function that takes a progress callback and returns a value. `Worker.submit`
runs it on a private thread pool and hands back a `Job`, a QObject that lives in the GUI
thread and reports through signals: ``progressed`` (share done), then exactly one of
``succeeded`` (the value), ``failed`` (the exception) or ``cancelled``. The thread only ever
emits one private signal, delivered to the GUI thread through a queued connection, so widgets
never see a thread. `Job.cancel` makes the next progress call raise `core.model.Cancelled`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from core.model import Cancelled

Task = Callable[[Callable[[float], None]], Any]

# Progress reaches the GUI thread at most this often: enough for a smooth bar.
_PROGRESS_INTERVAL_S = 0.05


class Job(QObject):
    """One task submitted to the worker, seen from the GUI thread."""

    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    # Emitted from the pool thread only; queued into the GUI thread (see __init__).
    _reported = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False
        self._reported.connect(self._on_thread_reported, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()

    def run(self, task: Task) -> None:
        """Run ``task`` in the calling (pool) thread and report its outcome."""
        try:
            value = task(self._progress)
        except Cancelled:
            self._reported.emit("cancelled", None)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread, never lost
            self._reported.emit("failed", error)
        else:
            self._reported.emit("succeeded", value)

    def _progress(self, share: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._reported.emit("progressed", float(share))

    def _on_thread_reported(self, event: str, value: object) -> None:
        if event == "progressed":
            if not self.done:
                self.progressed.emit(value)
            return
        self.done = True
        if event == "succeeded":
            self.succeeded.emit(value)
        elif event == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


# How long closing the window waits for work to stop: tasks check for a cancel at least
# every page or stage, which is far sooner; a thread stuck in a library call is left.
SHUTDOWN_MS = 1000


class Worker(QObject):
    """Runs tasks on its own thread pool; `shutdown` cancels them and waits a little."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    def submit(self, task: Task) -> Job:
        """Start ``task`` in the background; the returned job reports its outcome."""
        job = Job(self)
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        self._pool.start(lambda: job.run(task))
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def running(self) -> bool:
        """True while a thread still runs a task (a cancelled one may not have ended)."""
        return self._pool.activeThreadCount() > 0

    def shutdown(self, timeout_ms: int = SHUTDOWN_MS) -> bool:
        """Cancel every job and wait for the threads; True when they all ended in time.

        Qt cannot stop a thread that is inside a library call with no progress points;
        after ``timeout_ms`` this returns False and leaves it (see `ui.app.run`).
        """
        for job in list(self._jobs):
            job.cancel()
        return self._pool.waitForDone(timeout_ms)
