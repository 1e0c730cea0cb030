"""The engine's yield points: when its long loops let a waiting thread take the lock.

Whether the window's thread then gets the lock is a matter of timing, measured in `make
bench` (the "lock" section), never here; these tests pin down when the engine offers it.
"""

from __future__ import annotations

import pytest

from core import interpreter_lock
from core.interpreter_lock import EVERY, after_step_over, let_others_run, now_and_then
from core.text.tokens import split


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The calls of ``time.sleep`` the module makes, recorded instead of slept."""
    calls: list[float] = []
    monkeypatch.setattr(interpreter_lock.time, "sleep", calls.append)
    return calls


@pytest.mark.parametrize(
    ("step", "offered", "reason"),
    [
        (0, True, "a loop's first step: the lock is offered before the work starts"),
        (1, False, "most steps: no system call"),
        (EVERY - 1, False, "just before the next turn"),
        (EVERY, True, "every EVERY-th step"),
        (3 * EVERY, True, "and so on"),
    ],
)
def test_now_and_then(sleeps: list[float], step: int, offered: bool, reason: str) -> None:
    now_and_then(step)
    assert sleeps == ([0] if offered else []), reason


@pytest.mark.parametrize(
    ("items", "offered", "reason"),
    [
        (0, False, "an empty step"),
        (EVERY, False, "a step over a sentence or a run: too short to matter"),
        (EVERY + 1, True, "a step over more items: offered after it"),
        (1_000_000, True, "a step over a book's tokens"),
    ],
)
def test_after_step_over(sleeps: list[float], items: int, offered: bool, reason: str) -> None:
    after_step_over(items)
    assert sleeps == ([0] if offered else []), reason


def test_let_others_run_sleeps_for_no_time(sleeps: list[float]) -> None:
    let_others_run()
    assert sleeps == [0]  # a zero sleep releases the lock and takes it back


def test_a_long_text_is_split_with_the_lock_offered_between_chunks(sleeps: list[float]) -> None:
    text = "word " * 100_000  # 500,000 characters: several chunks
    tokens = split(text)
    assert "".join(tokens) == text  # the chunks cut no token
    assert len(sleeps) >= len(text) // (1 << 16)
