"""What the window is working on: the loaded versions, the pair compared, and the cache.

No widgets here. Loading and comparing run through the `Worker`, which also lays out the
side-by-side panes (`ui.view.presentation.prepare`) so the GUI thread only shows them; results
come back as signals. Loading reports which file it reads ("Loading 2 of 5: a.pdf") and
stops, like a comparison, when cancelled: the files read by then are kept. Comparisons are
cached per (OLD, NEW, options), so going back to a pair is instant.
Only the newest comparison asked for is reported; an older one still running is cancelled,
and its result, if it arrives anyway, only goes into the cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.collector import collector_paused
from core.compare import compare
from core.load.loader import LoadError, load
from core.model import Cancelled, CompareOptions, Comparison, Document
from core.text.tokens import count_words
from ui.view.presentation import Prepared, prepare
from ui.worker import Job, Worker

# Book-scale comparisons are large; a handful is enough to make going back instant.
CACHE_SIZE = 24

CacheKey = tuple[Document, Document, CompareOptions]


@dataclass(frozen=True)
class Version:
    """One loaded version of the article, with its word count for the Versions list."""

    document: Document
    words: int


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be opened: its path and the reason, for the user."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class LoadCancelled:
    """Loading was cancelled: these paths were not opened."""

    paths: tuple[str, ...]


LoadResult = Version | LoadFailure | LoadCancelled


def load_versions(paths: Sequence[str], progress: Callable[[float], None]) -> list[LoadResult]:
    """Load each path in turn (in a worker thread); failures are values, not exceptions.

    ``progress`` hears the share of all the files done, file by file (see `loading_label`).
    A cancel stops the loading; the files read until then are returned, and a
    `LoadCancelled` with the rest.
    """
    results: list[LoadResult] = []
    count = max(1, len(paths))
    for index, path in enumerate(paths):
        def file_progress(share: float, done: int = index) -> None:
            progress((done + share) / count)

        try:
            document = load(path, file_progress)
        except Cancelled:
            results.append(LoadCancelled(tuple(paths[index:])))
            break
        except LoadError as error:
            results.append(LoadFailure(error.path, error.reason))
        else:
            results.append(Version(document, count_words(document.text)))
    return results


def loading_label(paths: Sequence[str], share: float) -> str:
    """"Loading 2 of 5: name.pdf", for the file that ``share`` of the loading falls in."""
    index = min(int(share * len(paths)), len(paths) - 1)
    name = paths[index].replace("\\", "/").rsplit("/", 1)[-1]
    return f"Loading {index + 1} of {len(paths)}: {name}"


class Session(QObject):
    """The loaded versions, the current pair and the comparison cache."""

    versions_changed = Signal()
    pair_changed = Signal()
    load_failed = Signal(object)  # a LoadFailure
    loading_started = Signal(int)  # how many files
    loading_progressed = Signal(str, float)  # "Loading 2 of 5: name.pdf", the share done
    loading_cancelled = Signal(int)  # how many files were not opened
    loading_finished = Signal()
    comparison_started = Signal()
    comparison_progressed = Signal(float)
    comparison_ready = Signal(object)  # a Prepared: the Comparison and its panes
    comparison_cleared = Signal()
    comparison_cancelled = Signal()
    comparison_failed = Signal(str)

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._versions: list[Version] = []
        self._old: int | None = None
        self._new: int | None = None
        self._options = CompareOptions()
        self._cache: OrderedDict[CacheKey, Prepared] = OrderedDict()
        self._job: Job | None = None
        self._wanted: CacheKey | None = None  # the comparison shown or running
        self._loads: set[Job] = set()
        self._offered: OrderedDict[CacheKey, Comparison] = OrderedDict()
        self.comparison: Comparison | None = None

    # --- what is loaded ---------------------------------------------------------------------

    @property
    def versions(self) -> tuple[Version, ...]:
        return tuple(self._versions)

    @property
    def pair(self) -> tuple[int | None, int | None]:
        """Indexes of OLD and NEW in `versions`, None where not chosen."""
        return self._old, self._new

    @property
    def options(self) -> CompareOptions:
        return self._options

    @property
    def busy(self) -> bool:
        """True while files load or a comparison runs."""
        return bool(self._loads) or self._job is not None

    def index_of(self, path: str) -> int | None:
        wanted = Path(path).resolve()
        for index, version in enumerate(self._versions):
            if Path(version.document.path).resolve() == wanted:
                return index
        return None

    def open_paths(self, paths: Sequence[str]) -> Job:
        """Load ``paths`` in the background and add them; report each failure."""
        paths = list(paths)
        self.loading_started.emit(len(paths))
        job = self._worker.submit(lambda progress: load_versions(paths, progress))
        self._loads.add(job)
        job.progressed.connect(
            lambda share: self.loading_progressed.emit(loading_label(paths, share), share))
        job.succeeded.connect(self._on_load_succeeded)
        job.failed.connect(
            lambda error: self.load_failed.emit(LoadFailure(", ".join(paths), str(error))))
        job.finished.connect(lambda: self._on_load_finished(job))
        return job

    def close_version(self, index: int) -> None:
        """Close one version; the pair keeps what it can and is refilled from the rest."""
        if not 0 <= index < len(self._versions):
            return

        def after_close(row: int | None) -> int | None:
            return None if row is None or row == index else row - (row > index)

        old, new = after_close(self._old), after_close(self._new)
        del self._versions[index]
        self.versions_changed.emit()
        others = [row for row in range(len(self._versions)) if row not in (old, new)]
        if others and (old is None) != (new is None):  # one side lost: refill it
            old, new = (others[0], new) if old is None else (old, others[0])
        self.set_pair(old, new)

    # --- the pair -----------------------------------------------------------------------------

    def set_pair(self, old: int | None, new: int | None) -> None:
        """Compare version ``old`` with version ``new`` (indexes into `versions`)."""
        valid = range(len(self._versions))
        if old not in valid or new not in valid or old == new:
            old, new = None, None
        self._apply_pair(old, new)

    def set_old(self, index: int) -> None:
        """Make ``index`` OLD; if it was NEW, the two swap."""
        new = self._old if index == self._new else self._new
        self.set_pair(index, new)

    def set_new(self, index: int) -> None:
        """Make ``index`` NEW; if it was OLD, the two swap."""
        old = self._new if index == self._old else self._old
        self.set_pair(old, index)

    def swap(self) -> None:
        if self._old is not None and self._new is not None:
            self.set_pair(self._new, self._old)

    def set_options(self, options: CompareOptions) -> None:
        self._options = options
        self._apply_pair(self._old, self._new)

    def refresh(self) -> None:
        """Compare the current pair again if nothing is shown (after a cancel or failure)."""
        if self._job is None and self.comparison is None:
            self._start_comparison()

    def cancel(self) -> None:
        """Stop the loading and the comparison that are running, if any."""
        for job in list(self._loads):
            job.cancel()
        if self._job is not None:
            self._job.cancel()

    def offer(self, comparison: Comparison, options: CompareOptions) -> None:
        """Keep a comparison made elsewhere (by the Overview, with ``options``): asking for
        its pair then only lays it out, instead of comparing again."""
        self._offered[comparison.old, comparison.new, options] = comparison
        while len(self._offered) > CACHE_SIZE * 4:
            self._offered.popitem(last=False)

    def made(self, options: CompareOptions) -> dict[tuple[Document, Document], Comparison]:
        """The comparisons in the cache made with ``options``, by ``(old, new)``."""
        return {(old, new): prepared.comparison
                for (old, new, made_with), prepared in self._cache.items()
                if made_with == options}

    def cached(self, old: Document, new: Document) -> Comparison | None:
        prepared = self._cache.get((old, new, self._options))
        return prepared.comparison if prepared is not None else None

    # --- internals ------------------------------------------------------------------------------

    def _pair_key(self) -> CacheKey | None:
        if self._old is None or self._new is None:
            return None
        old, new = self._versions[self._old].document, self._versions[self._new].document
        return old, new, self._options

    def _apply_pair(self, old: int | None, new: int | None) -> None:
        if (old, new) != (self._old, self._new):
            self._old, self._new = old, new
            self.pair_changed.emit()
        # Indexes alone can stay put while the documents behind them change (a close).
        if self._pair_key() != self._wanted:
            self._start_comparison()

    def _start_comparison(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        key = self._wanted = self._pair_key()
        if key is None:
            if self.comparison is not None:
                self.comparison = None
                self.comparison_cleared.emit()
            return
        if key in self._cache:
            self._cache.move_to_end(key)
            self._show(self._cache[key])
            return
        self._submit(key)

    def _submit(self, key: CacheKey) -> None:
        known = self._offered.get(key)
        job = self._worker.submit(lambda progress: _prepared(known, key, progress))
        self._job = job
        job.progressed.connect(lambda share: self._on_job_progressed(job, share))
        job.succeeded.connect(lambda value: self._on_job_succeeded(job, key, value))
        job.failed.connect(lambda error: self._on_job_failed(job, error))
        job.cancelled.connect(lambda: self._on_job_cancelled(job))
        self.comparison_started.emit()

    def _show(self, prepared: Prepared) -> None:
        self.comparison = prepared.comparison
        self.comparison_ready.emit(prepared)

    def _on_job_progressed(self, job: Job, share: float) -> None:
        if job is self._job:
            self.comparison_progressed.emit(share)

    def _on_job_succeeded(self, job: Job, key: CacheKey, prepared: Prepared) -> None:
        self._cache[key] = prepared
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if job is self._job:
            self._job = None
            self._show(prepared)

    def _on_job_failed(self, job: Job, error: object) -> None:
        if job is self._job:
            self._job = None
            self._wanted = self.comparison = None
            self.comparison_failed.emit(f"the comparison failed: {error}")

    def _on_job_cancelled(self, job: Job) -> None:
        if job is self._job:
            # What is on screen belongs to another pair now: clear it rather than mislead.
            self._job = None
            self._wanted = self.comparison = None
            self.comparison_cancelled.emit()

    def _on_load_succeeded(self, results: list[LoadResult]) -> None:
        added = False
        for result in results:
            if isinstance(result, LoadCancelled):
                self.loading_cancelled.emit(len(result.paths))
            elif isinstance(result, LoadFailure):
                self.load_failed.emit(result)
            elif self.index_of(result.document.path) is None:
                self._versions.append(result)
                added = True
        if added:
            self.versions_changed.emit()
        if self._old is None or self._new is None:
            self.set_pair(0, 1)

    def _on_load_finished(self, job: Job) -> None:
        self._loads.discard(job)
        self.loading_finished.emit()


def _prepared(known: Comparison | None, key: CacheKey,
              progress: Callable[[float], None]) -> Prepared:
    """The pair of ``key`` compared (unless ``known``) and laid out, to be cached: kept out
    of the cycle collector's walks, which would stall the window (see `core.collector`)."""
    old, new, options = key
    with collector_paused(kept=True):
        return prepare(known if known is not None else compare(old, new, options, progress))
