"""The background-work helper: outcomes arrive in the GUI thread; cancel stops a task."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from ui.worker import Worker

Progress = Callable[[float], None]


@pytest.fixture
def worker(qtbot: QtBot) -> Worker:
    return Worker()


def test_value_and_progress_arrive_in_the_gui_thread(qtbot: QtBot, worker: Worker) -> None:
    shares: list[float] = []
    received_in: list[int] = []

    def task(progress: Progress) -> int:
        for step in range(4):
            progress(step / 4)
            time.sleep(0.06)  # longer than the progress throttle
        return threading.get_ident()

    job = worker.submit(task)
    job.progressed.connect(shares.append)
    job.succeeded.connect(lambda _value: received_in.append(threading.get_ident()))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        pass
    assert blocker.args[0] != threading.get_ident(), "the task ran in another thread"
    assert received_in == [threading.get_ident()], "its value arrived in the GUI thread"
    assert shares and shares == sorted(shares)
    assert worker.shutdown()
    assert not worker.busy()


def test_failure_is_reported(qtbot: QtBot, worker: Worker) -> None:
    def task(progress: Progress) -> None:
        raise ValueError("broken input")

    job = worker.submit(task)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "broken input"


def test_cancel_stops_at_the_next_progress_call(qtbot: QtBot, worker: Worker) -> None:
    started = threading.Event()

    def task(progress: Progress) -> str:
        started.set()
        for _ in range(1000):
            progress(0.5)
            time.sleep(0.01)
        return "finished anyway"

    job = worker.submit(task)
    assert started.wait(5)
    with qtbot.waitSignals([job.cancelled, job.finished], timeout=10_000):
        job.cancel()
    assert job.done


def test_shutdown_cancels_running_tasks(qtbot: QtBot, worker: Worker) -> None:
    def task(progress: Progress) -> None:
        while True:
            progress(0.1)
            time.sleep(0.01)

    worker.submit(task)
    assert worker.shutdown(timeout_ms=5_000), "the endless task stopped when cancelled"


def test_shutdown_leaves_a_thread_stuck_in_a_library_call(qtbot: QtBot,
                                                          worker: Worker) -> None:
    """A task inside a call with no progress points cannot be stopped: shutdown gives up
    after its timeout instead of waiting for it (the app then exits without it)."""
    release = threading.Event()
    started = threading.Event()

    def task(progress: Progress) -> None:
        started.set()
        release.wait(60)  # a library call that neither reports nor returns

    worker.submit(task)
    assert started.wait(5)
    assert not worker.shutdown(timeout_ms=100), "shutdown did not wait for the stuck call"
    assert worker.running()
    release.set()
    qtbot.waitUntil(lambda: not worker.running(), timeout=10_000)
