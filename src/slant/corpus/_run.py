"""``run_corpus``: analyse every page of a corpus into a run folder, resuming where a run stopped."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slant._analyze import reset_caches
from slant._errors import UsageError, WorkerError
from slant._extras import require_extra
from slant.corpus._engine import Engine, InProcessEngine
from slant.corpus._lock import RunLock
from slant.corpus._manifest import finish_manifest, update_manifest
from slant.corpus._polite import FetchPolicy, PoliteFetcher
from slant.corpus._sources import URL_LIST_SUFFIX, PageTask, check_inputs, iter_tasks
from slant.corpus._store import RunStore
from slant.corpus._worker import Batch, BatchResult, build_pipeline, failed_batch_result, process_batch
from slant.readers import ReadLimits

__all__ = ["Progress", "RunSummary", "run_corpus"]

logger = logging.getLogger(__name__)

# Seconds of recent progress the reported rate (and so the ETA) is measured over.
_RATE_WINDOW = 60.0


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a run is, passed to the progress callback after every stored batch.

    Attributes:
        done: pages stored by this invocation (analysed or failed).
        errors: pages of this invocation that failed.
        skipped: pages found already done by an earlier invocation.
        total: pages in the inputs, once counted (a background count), else None.
        elapsed: seconds since the run started.
        rate: pages per second over the last minute or so.
        eta: seconds left, when ``total`` is known.
    """

    done: int
    errors: int
    skipped: int
    total: int | None
    elapsed: float
    rate: float
    eta: float | None


@dataclass(slots=True)
class RunSummary:
    """What a run did.

    Attributes:
        out: the run folder.
        pages: pages analysed by this invocation; errors: pages that failed; skipped: pages done earlier.
        batches: batches stored; retried_batches: batches whose worker failed, re-sent page by page.
        seconds: wall time of the run.
        worker_seconds: time summed over workers, per stage (read, annotate, flatten, encode, total).
        store_seconds: time the driver spent writing Parquet and the ledger.
        removed_orphans: half-written files of an interrupted run that were cleaned up.
    """

    out: Path
    pages: int = 0
    errors: int = 0
    skipped: int = 0
    batches: int = 0
    retried_batches: int = 0
    seconds: float = 0.0
    worker_seconds: dict[str, float] = field(default_factory=dict)
    store_seconds: float = 0.0
    removed_orphans: int = 0

    @property
    def rate(self) -> float:
        """Pages (analysed or failed) per second of wall time."""
        return (self.pages + self.errors) / self.seconds if self.seconds else 0.0


def run_corpus(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    engine: Engine | None = None,
    pipeline: Sequence[str] = (),
    batch_size: int = 32,
    limits: ReadLimits | None = None,
    progress: Callable[[Progress], None] | None = None,
    count_total: bool = True,
    fetching: FetchPolicy | None = None,
) -> RunSummary:
    """Analyse every page of ``inputs`` and store the tables under ``out``; resume if ``out`` has a run.

    Pages already in the run's ledger are skipped, so a run that was stopped (even by ``kill -9``)
    and started again ends with every page stored exactly once. A page that fails is stored in the
    ``errors`` table with its reason, and the run goes on. The run holds ``out/run.lock`` while it
    writes, so a second run on the same folder is refused instead of mixing its rows in.

    Args:
        inputs: folders of page files, JSON Lines files and WARC files.
        out: the run folder.
        engine: where batches run; None for an :class:`InProcessEngine` on every core.
        pipeline: annotator names (or ``module:factory`` strings); empty for the default pipeline.
        batch_size: pages per batch (and per Parquet part file).
        limits: size limits for each page.
        progress: called with a :class:`Progress` after each stored batch.
        count_total: count the inputs' pages in a background thread, for the ETA.
        fetching: how the URLs of ``.urls`` inputs are fetched (rendered or not, per-host
            concurrency and delay, robots.txt); None for :class:`FetchPolicy`'s defaults.

    Returns:
        A :class:`RunSummary`.

    Raises:
        MissingInputError: an input does not exist.
        PipelineError: the pipeline cannot be built.
        InputError: ``out`` is not a run folder, or was made with another pipeline.
        RunLockedError: another run is writing into ``out`` (an InputError).
        DependencyError: the corpus extra (pyarrow) is not installed.
        UsageError: ``batch_size`` is below 1.
        WorkerError: the engine's workers cannot run at all (see :func:`_check_engine`).
    """
    if batch_size < 1:
        raise UsageError(f"batch size must be 1 or more; got {batch_size}")
    # Before any page is read: without pyarrow every batch would fail when it is stored, and without
    # datasketch every comment when it is signed for the comment clusters (issue 19).
    require_extra("corpus", purpose="a corpus run", modules=("pyarrow", "datasketch"))
    fetching = fetching or FetchPolicy()
    if fetching.render:
        from slant.readers._render import check_render_available

        check_render_available(purpose="a corpus run with --render")
    started = time.perf_counter()
    paths = check_inputs(inputs)
    spec = tuple(pipeline)
    built = build_pipeline(spec)  # fail here, with a clear error, rather than in every worker
    store = RunStore(out)
    store.check()
    # One writer per run folder: a second run would double and lose pages (issue 12).
    with RunLock(store.root):
        state = store.open()
        engine = engine or InProcessEngine()
        update_manifest(
            out,
            pipeline=built,
            pipeline_spec=spec,
            settings=_settings(engine, batch_size, fetching, paths),
            inputs=[str(p) for p in paths],
        )
        if engine.workers != 0 or engine.name != "inprocess":
            # The pipeline was built here only to check it and name its models: the workers build
            # their own, so free the driver's copy of the models.
            del built
            reset_caches()
        summary = RunSummary(out=Path(out), removed_orphans=state.removed_orphans)
        counter = _Counter(paths, limits) if count_total else None
        seen = {int(page_id, 16) for page_id in state.done}
        already_done = len(seen)
        next_id = state.next_batch_id
        retries: deque[PageTask] = deque()
        recent: deque[tuple[float, int]] = deque([(started, 0)])

        fetcher = PoliteFetcher(fetching, limits=limits or ReadLimits())

        def not_done() -> Iterator[PageTask]:
            for task in iter_tasks(paths, limits=limits):
                key = int(task.page_id, 16)
                if key in seen:
                    summary.skipped += 1
                    continue
                seen.add(key)
                yield task

        def first_pass() -> Iterator[Batch]:
            nonlocal next_id
            buffer: list[PageTask] = []
            # URLs are fetched here, after the skip: a resumed run fetches only what is left.
            for task in fetcher.stream(not_done()):
                buffer.append(task)
                if len(buffer) == batch_size:
                    yield Batch(next_id, tuple(buffer), spec)
                    next_id += 1
                    buffer = []
            if buffer:
                yield Batch(next_id, tuple(buffer), spec)
                next_id += 1

        def store_result(result: BatchResult) -> None:
            tick = time.perf_counter()
            store.write_batch(result)
            summary.store_seconds += time.perf_counter() - tick
            summary.batches += 1
            summary.pages += result.pages
            summary.errors += result.errors
            for stage, seconds in result.seconds.items():
                summary.worker_seconds[stage] = summary.worker_seconds.get(stage, 0.0) + seconds
            if progress is not None:
                progress(_progress(summary, started, counter, already_done, recent))

        finished = False
        try:
            for outcome in engine.map_batches(process_batch, first_pass()):
                if outcome.result is not None:
                    store_result(outcome.result)
                else:
                    # The batch failed as a whole (a worker died, and with it every batch it shared a
                    # pool with): send its pages again one at a time, so the page that kills a worker
                    # is found and costs only itself.
                    logger.warning(
                        "batch %d failed (%s); retrying its pages one by one",
                        outcome.batch.batch_id,
                        outcome.error,
                    )
                    summary.retried_batches += 1
                    retries.extend(outcome.batch.tasks)
            while retries:
                single = Batch(next_id, (retries.popleft(),), spec)
                next_id += 1
                for outcome in engine.map_batches(process_batch, [single]):
                    if outcome.result is not None:
                        store_result(outcome.result)
                    else:
                        # Blame the page only if a worker can run a batch without it.
                        _check_engine(engine, spec, outcome.error)
                        store_result(
                            failed_batch_result(single, f"the worker failed on this page: {outcome.error}")
                        )
            finished = True
            _derive_tables(Path(out))
        finally:
            engine.close(abort=not finished)
            summary.seconds = time.perf_counter() - started
            finish_manifest(
                out,
                {
                    "pages": summary.pages,
                    "errors": summary.errors,
                    "skipped": summary.skipped,
                    "batches": summary.batches,
                    "seconds": round(summary.seconds, 3),
                },
            )
        return summary


def _settings(
    engine: Engine, batch_size: int, fetching: FetchPolicy, paths: Sequence[Path]
) -> dict[str, Any]:
    """The run's settings for the manifest; how URLs were fetched when there are URL lists (issue 18)."""
    settings: dict[str, Any] = {"engine": engine.name, "workers": engine.workers, "batch_size": batch_size}
    if fetching.render or any(path.name.lower().endswith(URL_LIST_SUFFIX) for path in paths):
        settings["fetching"] = {
            "render": fetching.render,
            "concurrency": fetching.concurrency,
            "per_host": fetching.per_host,
            "host_delay": fetching.host_delay,
            "robots": fetching.robots,
        }
    return settings


def _derive_tables(out: Path) -> None:
    """Tables made from the whole run (issue 19): near-duplicate comment clusters across all batches."""
    from slant.corpus._clusters import write_comment_clusters
    from slant.corpus._query import connect

    connection = connect(out)
    try:
        write_comment_clusters(out, connection)
    finally:
        connection.close()


def _check_engine(engine: Engine, spec: tuple[str, ...], page_error: str | None) -> None:
    """Raise when the engine's workers fail even on an empty batch: the engine is broken, not the page.

    Workers that cannot start (a broken environment, a missing module on a Ray node) fail every page
    sent alone; recording each as an ``errors`` row would mark the whole corpus done and end the run
    with success (issue 12). The run stops instead, with nothing of the failed batches committed.

    Raises:
        WorkerError: an empty batch fails too.
    """
    (outcome,) = engine.map_batches(process_batch, [Batch(0, (), spec)])
    if outcome.result is None:
        raise WorkerError(
            f"the {engine.name} engine's workers fail even without a page ({outcome.error}; with a page: "
            f"{page_error}); the run stopped and the pages not stored are not marked done: fix the workers' "
            "environment (run with -v, or --workers 0 to see the error here) and run the same command again"
        )


def _progress(
    summary: RunSummary,
    started: float,
    counter: _Counter | None,
    already_done: int,
    recent: deque[tuple[float, int]],
) -> Progress:
    now = time.perf_counter()
    elapsed = now - started
    done = summary.pages + summary.errors
    # The rate over the last minute or so: start-up (spawning workers, loading models) and changes
    # in the machine's load fade out of it, so the ETA settles instead of drifting.
    recent.append((now, done))
    while len(recent) > 2 and now - recent[1][0] > _RATE_WINDOW:
        recent.popleft()
    first_time, first_done = recent[0]
    if len(recent) > 1 and now > first_time:
        rate = (done - first_done) / (now - first_time)
    else:
        rate = done / elapsed if elapsed > 0 else 0.0
    total = counter.total if counter is not None else None
    eta = None
    if total is not None and rate > 0:
        eta = max(0.0, (total - already_done - done) / rate)
    return Progress(
        done=done,
        errors=summary.errors,
        skipped=summary.skipped,
        total=total,
        elapsed=elapsed,
        rate=rate,
        eta=eta,
    )


class _Counter:
    """Counts the pages of the inputs in a background thread, for the ETA.

    It walks the same stream as the run (so it counts exactly what the run will see) but is only a
    hint: an ETA appears once the count is done.
    """

    def __init__(self, paths: Sequence[Path], limits: ReadLimits | None) -> None:
        self.total: int | None = None
        self._thread = threading.Thread(target=self._count, args=(paths, limits), daemon=True)
        self._thread.start()

    def _count(self, paths: Sequence[Path], limits: ReadLimits | None) -> None:
        total = 0
        try:
            for _ in iter_tasks(paths, limits=limits):
                total += 1
        except Exception as error:  # only a hint for the ETA: the run itself reports input problems
            logger.debug("counting the corpus failed: %s", error)
            return
        self.total = total
