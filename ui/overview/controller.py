"""Keeps the Overview up to date: recomputed in the background whenever versions are
opened or closed, with progress, the newest request winning.

The overview runs through the window's `Worker`, like a comparison. A change of versions
waits a moment (`DELAY_MS`) so that opening five files computes once, and until the session
has loaded and shown its pair (and a moment more, for the window to paint it). It cancels a
run that is no longer wanted, and reuses every full comparison made before, the session's
among them: the controller keeps them, and offers them to the `Session`, so opening a pair
from the Overview shows it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from core.collector import collector_paused
from core.model import CompareOptions, Comparison, Document
from core.overview.build import overview
from core.overview.model import Overview
from ui.overview.overview_view import OverviewView
from ui.session import Session
from ui.worker import Job, Worker

DELAY_MS = 250
Comparisons = dict[tuple[Document, Document], Comparison]

# Comparisons kept for reuse: every pair of about twenty versions.
KEPT = 400


class OverviewController(QObject):
    """Computes the overview of the session's versions and shows it in ``view``."""

    overview_ready = Signal(object)  # an Overview
    overview_failed = Signal(str)

    def __init__(self, session: Session, worker: Worker, view: OverviewView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._view = view
        self._job: Job | None = None
        self._shown: tuple[Document, ...] = ()
        self._comparisons: Comparisons = {}
        self._options = session.options
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        session.versions_changed.connect(self._timer.start)
        session.comparison_ready.connect(self._on_session_comparison_ready)

    @property
    def busy(self) -> bool:
        """True while an overview is waiting to start or being computed."""
        return self._timer.isActive() or self._job is not None

    @property
    def computing(self) -> bool:
        """True while an overview is being computed in the worker."""
        return self._job is not None

    def _documents(self) -> tuple[Document, ...]:
        return tuple(version.document for version in self._session.versions)

    def _on_session_comparison_ready(self, _prepared: object) -> None:
        if self._timer.isActive():
            # Waiting on the pair, which has just arrived: the window paints it and its
            # first highlights before the overview takes its share of the interpreter lock.
            self._timer.start()

    def _start(self) -> None:
        if self._session.busy:
            # The pair being loaded or compared comes first: computing beside it would halve
            # the speed of both and, through the interpreter lock, make the window stutter
            # while it shows that pair.
            self._timer.start()
            return
        documents = self._documents()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if documents == self._shown:
            self._view.show_progress(None)
            return
        if len(documents) < 2:
            self._shown = documents
            self._view.show_progress(None)
            self._view.set_overview(None)
            return
        options = self._session.options
        if options != self._options:  # comparisons made otherwise no longer serve
            self._comparisons.clear()
            self._options = options
        # The pair on screen was compared a moment ago: the overview starts from it. The
        # worker fills its own copy.
        cache = {**self._session.made(options), **self._comparisons}
        job = self._worker.submit(lambda progress: _computed(documents, cache, options,
                                                             progress))
        self._job = job
        self._view.show_progress(0.0)
        job.progressed.connect(lambda share: self._on_job_progressed(job, share))
        job.succeeded.connect(
            lambda value: self._on_job_succeeded(job, documents, options, value))
        job.failed.connect(lambda error: self._on_job_failed(job, error))
        job.cancelled.connect(lambda: self._on_job_ended(job))

    def _on_job_progressed(self, job: Job, share: float) -> None:
        if job is self._job:
            self._view.show_progress(share)

    def _on_job_succeeded(self, job: Job, documents: tuple[Document, ...],
                          options: CompareOptions,
                          value: tuple[Overview, Comparisons]) -> None:
        result, cache = value
        if options == self._options:
            self._comparisons.update(cache)
        while len(self._comparisons) > KEPT:
            del self._comparisons[next(iter(self._comparisons))]
        for comparison in cache.values():
            self._session.offer(comparison, options)
        if job is not self._job:
            return
        self._job = None
        self._shown = documents
        self._view.show_progress(None)
        self._view.set_overview(result)
        self.overview_ready.emit(result)

    def _on_job_failed(self, job: Job, error: object) -> None:
        if job is self._job:
            self._job = None
            self._view.show_progress(None)
            self.overview_failed.emit(f"the overview failed: {error}")

    def _on_job_ended(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self._view.show_progress(None)


def _computed(documents: tuple[Document, ...], cache: Comparisons, options: CompareOptions,
              progress: Callable[[float], None]) -> tuple[Overview, Comparisons]:
    """The overview of ``documents``, with ``cache`` filled: both kept, so kept out of the
    cycle collector's walks, which would stall the window (see `core.collector`)."""
    with collector_paused(kept=True):
        return overview(documents, progress, cache, options), cache
