"""When the Overview is computed: after the pair being opened is shown, never beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.compare import compare
from core.model import Comparison, Document
from core.overview import build
from tests.ui.conftest import WAIT_MS
from ui.main_window import MainWindow
from ui.overview.controller import DELAY_MS


def test_the_overview_waits_a_moment_more_once_the_pair_is_shown(
        qtbot: QtBot, window: MainWindow, samples: list[Path]) -> None:
    # heard after the controller's own slot: the window has just shown the pair
    seen: list[tuple[bool, int]] = []
    window.session.comparison_ready.connect(lambda _prepared: seen.append(
        (window.overview.computing, window.overview._timer.remainingTime())))
    window.open_files([str(path) for path in samples[:2]])
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    computing, remaining = seen[0]
    assert not computing  # the overview never runs beside the pair's comparison
    # the window paints the pair before the overview takes its share of the lock
    assert remaining > DELAY_MS * 0.8
    qtbot.waitUntil(lambda: window.overview_view.overview is not None, timeout=WAIT_MS)


def test_the_overview_of_two_versions_reuses_the_comparison_on_screen(
        qtbot: QtBot, window: MainWindow, samples: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[str, str]] = []

    def counted(old: Document, new: Document, *rest: object) -> Comparison:
        compared.append((old.name, new.name))
        return compare(old, new, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "compare", counted)
    window.open_files([str(path) for path in samples[:2]])
    qtbot.waitUntil(lambda: window.overview_view.overview is not None
                    and not window.overview.busy, timeout=WAIT_MS)
    assert compared == []  # the one pair worth comparing is the one the window compared
