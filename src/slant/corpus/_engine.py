"""Engines: where the batches of a corpus run are processed, behind one small interface.

An :class:`Engine` maps a function over batches and yields each batch's :class:`Outcome` as soon
as it is done, in any order, with a bounded number of batches in flight (so memory stays flat
however large the corpus). The run loop does not know which engine runs it:

- :class:`InProcessEngine` (default): worker processes on this machine, one per core;
- :class:`RayEngine`: tasks on Ray, a local Ray by default or a cluster given by its address.

Functions and batches must be plain, importable data: worker processes rebuild the pipeline
themselves, and pages travel as bytes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from slant._errors import DependencyError, UsageError, WorkerError
from slant.corpus._worker import Batch, BatchResult

__all__ = ["Engine", "InProcessEngine", "Outcome", "RayEngine", "make_engine"]

logger = logging.getLogger(__name__)

BatchFunction = Callable[[Batch], BatchResult]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one batch: its result, or why the engine could not run it.

    ``error`` is set when the batch as a whole failed (a worker process died, a task was lost);
    a page that fails inside a working batch is an ``errors`` row of the result instead.
    """

    batch: Batch
    result: BatchResult | None
    error: str | None = None


class Engine(Protocol):
    """Runs batches; the one interface the run loop uses."""

    name: str

    @property
    def workers(self) -> int:
        """How many batches run at the same time."""
        ...

    def map_batches(self, fn: BatchFunction, batches: Iterable[Batch]) -> Iterator[Outcome]:
        """Apply ``fn`` to every batch, yielding outcomes as they finish (in any order)."""
        ...

    def close(self, *, abort: bool = False) -> None:
        """Release the workers; ``abort`` stops them without waiting for the batches they run."""
        ...


class InProcessEngine:
    """Worker processes on this machine (``concurrent.futures``), one per core by default.

    Args:
        workers: worker processes; None for every core; 0 runs batches in the calling process
            itself (no parallelism; handy for debugging and small tests).
        max_in_flight: batches submitted but not yet done; None for twice the workers, enough to
            keep every worker busy while the driver writes results.
    """

    name = "inprocess"

    def __init__(self, *, workers: int | None = None, max_in_flight: int | None = None) -> None:
        if workers is not None and workers < 0:
            raise UsageError(f"workers must be 0 or more; got {workers}")
        self._workers = (os.cpu_count() or 1) if workers is None else workers
        self.max_in_flight = max_in_flight or max(2, 2 * self._workers)
        self._executor: Any = None

    @property
    def workers(self) -> int:
        """How many worker processes run batches (0: the calling process)."""
        return self._workers

    def _pool(self) -> Any:
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the driver holds Arrow and logging threads, and forking a process
            # with threads can deadlock the child.
            self._executor = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self._executor

    def map_batches(self, fn: BatchFunction, batches: Iterable[Batch]) -> Iterator[Outcome]:
        """Apply ``fn`` to every batch in worker processes, at most ``max_in_flight`` at a time."""
        if self._workers == 0:
            for each in batches:
                yield Outcome(each, fn(each))
            return
        from concurrent.futures import FIRST_COMPLETED, Future, wait
        from concurrent.futures.process import BrokenProcessPool

        stream = iter(batches)
        pending: dict[Future[BatchResult], Batch] = {}
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.max_in_flight:
                    batch = next(stream, None)
                    if batch is None:
                        exhausted = True
                        break
                    pending[self._submit(fn, batch)] = batch
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    batch = pending.pop(future)
                    try:
                        yield Outcome(batch, future.result())
                    except BrokenProcessPool as error:
                        # A worker died (killed, out of memory, a crash in native code): the pool
                        # is unusable; later batches go to a new one.
                        self._discard_pool()
                        yield Outcome(batch, None, f"a worker process died: {error}")
                    except Exception as error:  # the batch failed as a whole; the run retries its pages
                        yield Outcome(batch, None, f"{type(error).__name__}: {error}")
        finally:
            for future in pending:
                future.cancel()

    def _submit(self, fn: BatchFunction, batch: Batch) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            try:
                return self._pool().submit(fn, batch)
            except BrokenProcessPool:
                # The pool broke after the last outcome was read: start a new one for this batch.
                self._discard_pool()
                return self._pool().submit(fn, batch)
        except OSError as error:
            # Submitting starts worker processes; one that dies as it starts breaks the pipe its
            # start-up data goes through. That is this run failing, never a closed standard output
            # (a BrokenPipeError reaching the CLI would read as one, and exit 0: issue 12).
            self._discard_pool()
            raise WorkerError(
                f"cannot start the worker processes ({type(error).__name__}: {error}); run with --workers 0 "
                "to see the error in this process, fix it, and run the same command again to resume"
            ) from error

    def _discard_pool(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self, *, abort: bool = False) -> None:
        """Stop the worker processes.

        Args:
            abort: stop them at once (the run was interrupted): the batches they were running are
                not in the ledger, so a resumed run does them again. Otherwise wait for them.
        """
        if self._executor is None:
            return
        if abort:
            # Workers do not notice their parent's end by themselves: terminate them, or they would
            # stay behind as orphans.
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.terminate()
        self._executor.shutdown(wait=not abort, cancel_futures=True)
        self._executor = None


class RayEngine:
    """Ray tasks, one CPU each: a local Ray by default, or a running cluster.

    Args:
        address: a Ray cluster's address (``ray://head:10001``, ``auto``); None starts a local Ray
            on this machine, listening on the loopback interface only.
        workers: CPUs for a local Ray (None: every core); for a cluster, None uses all its CPUs.
        max_in_flight: tasks submitted but not yet done; None for twice the workers.
        temp_dir: Ray's scratch folder for a local Ray (None: Ray's default under the temp dir).
        runtime_env: a Ray runtime environment for the tasks (environment variables, working dir).
    """

    name = "ray"

    def __init__(
        self,
        *,
        address: str | None = None,
        workers: int | None = None,
        max_in_flight: int | None = None,
        temp_dir: str | None = None,
        runtime_env: dict[str, Any] | None = None,
    ) -> None:
        self.address = address
        self._requested = workers
        self._max_in_flight = max_in_flight
        self.temp_dir = temp_dir
        self.runtime_env = runtime_env
        self._started = False
        self._workers = 0

    def _ray(self) -> Any:
        try:
            import ray
        except ImportError as error:
            raise DependencyError("the ray engine needs Ray, which is not installed", extra="ray") from error
        if not ray.is_initialized():
            options: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.WARNING,
                "runtime_env": self.runtime_env,
            }
            if self.address is None:
                options.update(
                    num_cpus=self._requested or os.cpu_count() or 1,
                    _node_ip_address="127.0.0.1",
                    _temp_dir=self.temp_dir,
                )
            else:
                options["address"] = self.address
            try:
                ray.init(**options)
            except (ConnectionError, RuntimeError, ValueError) as error:
                where = self.address or "a local Ray"
                raise WorkerError(f"cannot start or reach Ray ({where}): {error}") from error
            self._started = True
        resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
        cpus = int(resources.get("CPU", 1))
        self._workers = min(self._requested, cpus) if self._requested else cpus
        return ray

    @property
    def workers(self) -> int:
        """How many tasks run at the same time (known once Ray has started)."""
        return self._workers or self._requested or os.cpu_count() or 1

    def map_batches(self, fn: BatchFunction, batches: Iterable[Batch]) -> Iterator[Outcome]:
        """Apply ``fn`` to every batch as Ray tasks, at most ``max_in_flight`` at a time."""
        ray = self._ray()
        remote = ray.remote(num_cpus=1, max_retries=1)(fn)
        limit = self._max_in_flight or max(2, 2 * self.workers)
        stream = iter(batches)
        pending: dict[Any, Batch] = {}
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < limit:
                    batch = next(stream, None)
                    if batch is None:
                        exhausted = True
                        break
                    pending[remote.remote(batch)] = batch
                if not pending:
                    return
                done, _ = ray.wait(list(pending), num_returns=1)
                for ref in done:
                    batch = pending.pop(ref)
                    try:
                        yield Outcome(batch, ray.get(ref))
                    except ray.exceptions.RayError as error:  # task or worker failure: retried by pages
                        yield Outcome(batch, None, f"{type(error).__name__}: {str(error).splitlines()[0]}")
        finally:
            for ref in pending:
                ray.cancel(ref, force=True)

    def close(self, *, abort: bool = False) -> None:
        """Shut down the Ray this engine started (a cluster keeps running); its tasks stop with it."""
        if self._started:
            import ray

            ray.shutdown()
            self._started = False


def make_engine(
    name: str,
    *,
    workers: int | None = None,
    address: str | None = None,
    temp_dir: str | None = None,
) -> InProcessEngine | RayEngine:
    """Build the engine called ``name`` (``"inprocess"`` or ``"ray"``)."""
    if name == "inprocess":
        if address is not None:
            raise UsageError("--address is for the ray engine; add --engine ray")
        return InProcessEngine(workers=workers)
    if name == "ray":
        return RayEngine(address=address, workers=workers, temp_dir=temp_dir)
    raise UsageError(f"engine must be 'inprocess' or 'ray'; got {name!r}")
