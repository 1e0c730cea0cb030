"""The session: loading, the pair, the cache, and comparisons that are cancelled or fail."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.model import CompareOptions, Comparison, Document
from ui import session as session_module
from ui.main_window import MainWindow
from ui.session import LoadFailure, Session
from ui.view.presentation import Prepared
from ui.worker import Worker

from .conftest import WAIT_MS


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    made = Worker()
    yield made
    made.shutdown()


@pytest.fixture
def session(worker: Worker) -> Session:
    return Session(worker)


def _open(qtbot: QtBot, session: Session, paths: list[Path] | list[str]) -> None:
    session.open_paths([str(path) for path in paths])
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)


def test_opening_compares_the_first_two(qtbot: QtBot, session: Session,
                                        samples: list[Path]) -> None:
    ready: list[Prepared] = []
    session.comparison_ready.connect(ready.append)
    _open(qtbot, session, samples)
    assert [v.document.name for v in session.versions] == [p.name for p in samples]
    assert session.pair == (0, 1)
    assert len(ready) == 1
    assert (ready[0].comparison.old.name, ready[0].comparison.new.name) == (
        samples[0].name, samples[1].name)
    assert session.comparison is ready[0].comparison
    assert all(version.words > 300 for version in session.versions)


def test_a_bad_file_is_reported_and_the_rest_open(qtbot: QtBot, session: Session,
                                                  samples: list[Path], tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    failures: list[LoadFailure] = []
    session.load_failed.connect(failures.append)
    _open(qtbot, session, [samples[0], tmp_path / "missing.txt", binary, samples[1]])
    assert [f.path for f in failures] == [str(tmp_path / "missing.txt"), str(binary)]
    assert [f.reason for f in failures] == [
        "no such file", "not a text document (it contains NUL bytes)"]
    assert len(session.versions) == 2 and session.comparison is not None


def test_the_same_file_opens_once(qtbot: QtBot, session: Session, samples: list[Path]) -> None:
    _open(qtbot, session, samples[:2])
    _open(qtbot, session, [samples[1]])
    assert len(session.versions) == 2


def test_going_back_to_a_pair_uses_the_cache(qtbot: QtBot, session: Session,
                                             samples: list[Path], worker: Worker,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _open(qtbot, session, samples[:3])
    first = session.comparison
    session.set_new(2)
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    submitted: list[object] = []
    original = worker.submit
    monkeypatch.setattr(worker, "submit", lambda task: submitted.append(task) or original(task))
    with qtbot.waitSignal(session.comparison_ready, timeout=1_000) as blocker:
        session.set_new(1)
    assert blocker.args[0].comparison is first
    assert submitted == [] and not session.busy


@pytest.mark.parametrize(
    ("pair", "closed", "expected", "reason"),
    [
        ((0, 1), 1, (0, 1), "NEW closed: OLD stays, the next version becomes NEW"),
        ((0, 1), 0, (1, 0), "OLD closed: NEW stays NEW, the next version becomes OLD"),
        ((1, 2), 0, (0, 1), "another version closed: the pair shifts with the rows"),
        ((2, 0), 1, (1, 0), "order of OLD and NEW is kept"),
    ],
)
def test_closing_a_version_refills_the_pair(qtbot: QtBot, session: Session,
                                            samples: list[Path], pair: tuple[int, int],
                                            closed: int, expected: tuple[int, int],
                                            reason: str) -> None:
    _open(qtbot, session, samples[:3])
    session.set_pair(*pair)
    session.close_version(closed)
    assert session.pair == expected, reason
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    assert session.comparison is not None


def test_closing_down_to_one_version_clears(qtbot: QtBot, session: Session,
                                            samples: list[Path]) -> None:
    _open(qtbot, session, samples[:2])
    with qtbot.waitSignal(session.comparison_cleared, timeout=1_000):
        session.close_version(0)
    assert session.pair == (None, None) and session.comparison is None


def _slow_compare(old: Document, new: Document, options: CompareOptions | None,
                  progress: Callable[[float], None]) -> Comparison:
    for step in range(2_000):
        progress(step / 2_000)
        time.sleep(0.005)
    raise AssertionError("a cancelled comparison ran to its end")


def test_cancel_clears_and_refresh_runs_again(qtbot: QtBot, session: Session,
                                              samples: list[Path],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "compare", _slow_compare)
    with qtbot.waitSignal(session.comparison_started, timeout=WAIT_MS):
        session.open_paths([str(samples[0]), str(samples[1])])
    with qtbot.waitSignal(session.comparison_cancelled, timeout=WAIT_MS):
        session.cancel()
    assert session.comparison is None
    monkeypatch.undo()
    with qtbot.waitSignal(session.comparison_ready, timeout=WAIT_MS):
        session.refresh()


def test_a_failed_comparison_is_reported(qtbot: QtBot, session: Session, samples: list[Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> Comparison:
        raise RuntimeError("engine fault")

    monkeypatch.setattr(session_module, "compare", broken)
    with qtbot.waitSignal(session.comparison_failed, timeout=WAIT_MS) as blocker:
        session.open_paths([str(samples[0]), str(samples[1])])
    assert "engine fault" in blocker.args[0]


def test_only_the_newest_pair_is_shown(qtbot: QtBot, session: Session,
                                       samples: list[Path]) -> None:
    _open(qtbot, session, samples)
    shown: list[str] = []
    session.comparison_ready.connect(lambda prepared: shown.append(prepared.comparison.new.name))
    session.set_new(2)
    session.set_new(3)
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    assert shown[-1] == samples[3].name
    assert samples[2].name not in shown, "the superseded comparison is not shown"


def test_options_are_part_of_the_cache_key(qtbot: QtBot, session: Session,
                                           samples: list[Path]) -> None:
    _open(qtbot, session, samples[:2])
    old, new = (v.document for v in session.versions)
    assert session.cached(old, new) is not None
    session.set_options(CompareOptions(detect_moves=False))
    assert session.cached(old, new) is None
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    assert session.cached(old, new) is not None


# --- loading with progress and cancel -------------------------------------------------------

SLOW_PAGE_S = 0.05  # a slow PDF reads one page in this long: 1,000 pages take 50 s


@pytest.fixture
def slow_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 1,000-page PDF whose pages each take `SLOW_PAGE_S` to read: a load that only a
    cancel ends in time."""
    from core.load import pdf
    from tests import pdf_samples

    real = pdf._page_runs

    def slow(*args: object) -> object:
        time.sleep(SLOW_PAGE_S)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_page_runs", slow)
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_samples.pages([[f"Page {n} says something."] for n in range(1000)]))
    return path


@pytest.mark.parametrize(
    ("paths", "share", "expected"),
    [
        pytest.param(["/a/one.txt", "/b/two.pdf"], 0.0, "Loading 1 of 2: one.txt",
                     id="the start names the first file"),
        pytest.param(["/a/one.txt", "/b/two.pdf"], 0.75, "Loading 2 of 2: two.pdf",
                     id="half way through the second file"),
        pytest.param(["/a/one.txt", "/b/two.pdf"], 1.0, "Loading 2 of 2: two.pdf",
                     id="the end names the last file"),
        pytest.param(["C:\\news\\a.docx"], 0.5, "Loading 1 of 1: a.docx",
                     id="a Windows path"),
    ],
)
def test_loading_label(paths: list[str], share: float, expected: str) -> None:
    assert session_module.loading_label(paths, share) == expected


def test_loading_reports_each_file(qtbot: QtBot, session: Session,
                                   samples: list[Path]) -> None:
    labels: list[str] = []
    session.loading_progressed.connect(lambda text, _share: labels.append(text))
    _open(qtbot, session, samples[:2])
    assert len(session.versions) == 2
    assert all(label.startswith("Loading ") and " of 2: " in label for label in labels)


def test_cancel_stops_a_slow_load_and_keeps_what_was_read(
        qtbot: QtBot, session: Session, samples: list[Path], slow_pdf: Path) -> None:
    with qtbot.waitSignal(session.loading_progressed, timeout=WAIT_MS,
                          check_params_cb=lambda text, _share: "2 of 2: slow.pdf" in text):
        session.open_paths([str(samples[0]), str(slow_pdf)])
    # Without the cancel the load runs 50 s: the signal within a few seconds shows it.
    with qtbot.waitSignal(session.loading_cancelled, timeout=5_000) as blocker:
        session.cancel()
    assert blocker.args == [1], "the slow file was not opened"
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT_MS)
    assert [version.document.path for version in session.versions] == [str(samples[0])]


def test_cancel_button_stops_a_load_in_the_window(qtbot: QtBot, window: MainWindow,
                                                 slow_pdf: Path) -> None:
    window.open_files([str(slow_pdf)])
    qtbot.waitUntil(window.status.cancel.isVisible, timeout=WAIT_MS)
    assert window.status.currentMessage().startswith("Loading 1 of 1: slow.pdf")
    with qtbot.waitSignal(window.session.loading_cancelled, timeout=5_000):
        qtbot.mouseClick(window.status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT_MS)
    assert not window.session.versions
    assert not window.status.cancel.isVisible()


def test_closing_the_window_during_a_load_stops_it(qtbot: QtBot, window: MainWindow,
                                                  slow_pdf: Path) -> None:
    with qtbot.waitSignal(window.session.loading_progressed, timeout=WAIT_MS):
        window.open_files([str(slow_pdf)])
    window.close()  # cancels, and waits at most a second for the thread
    assert not window.worker.running(), "the load stopped at its next page"
