"""The cycle collector is paused while a comparison runs, and only then."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from core.collector import collector_paused
from core.compare import compare
from core.model import Document


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: a second comparison in progress
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer one still runs
    assert gc.isenabled()


def test_a_collector_the_host_switched_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_resumes_the_collector() -> None:
    try:
        with collector_paused():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.isenabled()


def test_overlapping_comparisons_in_threads_resume_the_collector_once_both_end() -> None:
    inside = threading.Barrier(2)
    leave_first = threading.Event()

    def first() -> None:
        with collector_paused():
            inside.wait()
            leave_first.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    with collector_paused():
        inside.wait()
    assert not gc.isenabled()  # the thread's comparison is still running
    leave_first.set()
    thread.join(5)
    assert gc.isenabled()


def test_compare_leaves_the_collector_as_it_found_it() -> None:
    old = Document(path="a.txt", title="a", text="The minister will visit Beijing.")
    new = Document(path="b.txt", title="b", text="The minister will go to Beijing.")
    compare(old, new)
    assert gc.isenabled()


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Each test starts with nothing frozen and leaves the suite's objects collectable."""
    gc.unfreeze()
    try:
        yield
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(("outer_kept", "inner_kept", "frozen"), [
    (False, False, False),  # a command's comparison: made, written, dropped
    (True, False, True),  # the window's: kept in its cache
    (False, True, True),  # kept by the inner one: frozen when the outer one ends too
])
def test_what_a_kept_pause_made_is_frozen_once_the_last_pause_ends(
        unfrozen: None, outer_kept: bool, inner_kept: bool, frozen: bool) -> None:
    with collector_paused(kept=outer_kept):
        with collector_paused(kept=inner_kept):
            made = [[index] for index in range(100)]
        assert gc.get_freeze_count() == 0  # not while a comparison still runs
    assert (gc.get_freeze_count() >= len(made)) is frozen
    assert gc.isenabled()


def test_a_plain_pause_after_a_kept_one_freezes_nothing_more(unfrozen: None) -> None:
    with collector_paused(kept=True):
        pass
    gc.unfreeze()
    with collector_paused():
        [[index] for index in range(100)]
    assert gc.get_freeze_count() == 0


def test_a_frozen_comparison_is_still_freed_when_dropped(unfrozen: None) -> None:
    old = Document(path="a.txt", title="a", text="The minister will visit Beijing.")
    new = Document(path="b.txt", title="b", text="The minister will go to Beijing.")
    with collector_paused(kept=True):
        comparison = compare(old, new)
    count = gc.get_freeze_count()
    del comparison
    assert gc.get_freeze_count() < count  # freed by reference counting, frozen or not
