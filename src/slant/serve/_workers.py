"""Analysis worker processes: work answered 504 is stopped by killing its process, not left running.

A Python thread cannot be stopped from outside, and an annotator busy in one long call does not
look at a cancel flag, so each analysis runs in one of a few worker processes (spawned, each with
its own models, ~180 MB). When the request's time is up the worker is killed with SIGKILL and a
fresh one started in its place (~0.6 s of one core to load the models). A worker is also replaced
when an analysis leaves it much larger than after its warm-up, so one big page does not keep the
memory it needed; and it may allocate at most ``memory_mb`` beyond its warm-up size, so a page that
needs more is answered 413 instead of taking the machine's memory.

Measured on the project machine (docs/benchmarks.md): the example page costs 0.7 ms more through a
worker than in-process (36.4 against 35.7 ms); a worker starts, models loaded, in 0.55 s.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import functools
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any, cast

import anyio
import anyio.to_thread

from slant._errors import SlantError
from slant.serve._errors import ApiError

__all__ = ["AnalysisWorkers", "WorkerFailed", "shared_workers"]

logger = logging.getLogger(__name__)

#: A worker that has grown by more than this after an analysis (resident memory over its size
#: after warm-up) is replaced, so its memory goes back to the system. Ordinary pages grow a worker
#: by about 22 MB, its caches (measured over 200 analyses of the test pages), and then no more; two
#: workers at this bound keep the server within 50 MB of its idle memory after any request (issue 12).
RECYCLE_GROWTH_BYTES = 24 * 1024 * 1024

_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a threaded server


class WorkerFailed(RuntimeError):
    """A worker process died or failed outside the task (answered 500; the log says why)."""


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    A large request (a 4.9 M-character upload decoded and refused) leaves its freed memory in the
    worker's heap, where it would count as growth; trimming returns it, so only memory still in use
    decides whether the worker is replaced.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast(Callable[[int], int], ctypes.CDLL("libc.so.6").malloc_trim)
    except (OSError, AttributeError):
        return None


def _data_bytes() -> int:
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _cap_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    try:
        import resource

        limit = _data_bytes() + memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ImportError, OSError, ValueError) as error:  # not Linux: no cap, said once
        logger.warning("cannot cap the analysis worker's memory: %s", error)


def _worker_main(
    conn: multiprocessing.connection.Connection, names: Sequence[str] | None, memory_mb: int
) -> None:
    # Ctrl-C in a terminal reaches the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from slant.serve._pipelines import analysis_pipeline, warm_up

        warm_up(analysis_pipeline(names))
    except Exception as error:  # a broken annotator is answered 503 by the task that needs it
        logger.warning("analysis worker: pipeline not loaded at start-up: %s", error)
    _cap_memory(memory_mb)
    baseline = _rss_bytes()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the server closed its end: stop
        if task is None:
            return
        function, args, kwargs = task
        try:
            reply: tuple[str, Any] = ("ok", function(*args, **kwargs))
        except MemoryError:
            reply = ("memory", None)
        except (SlantError, ApiError) as error:
            reply = ("error", error)
        except Exception:
            reply = ("crash", traceback.format_exc())
        if _rss_bytes() - baseline > RECYCLE_GROWTH_BYTES // 2:
            _release_free_memory()
        retire = reply[0] == "memory" or _rss_bytes() - baseline > RECYCLE_GROWTH_BYTES
        try:
            conn.send((*reply, retire))
        except (pickle.PicklingError, TypeError, AttributeError):
            conn.send(("crash", traceback.format_exc(), retire))
        except (BrokenPipeError, OSError):
            return
        if retire:
            return


class _Worker:
    def __init__(self, names: Sequence[str] | None, memory_mb: int) -> None:
        parent_end, child_end = _CONTEXT.Pipe()
        self.conn = parent_end
        self.process = _CONTEXT.Process(
            target=_worker_main, args=(child_end, names, memory_mb), name="slant-analysis", daemon=True
        )
        self.process.start()
        child_end.close()  # so the parent's reads see EOF when the worker dies
        self.retired = False

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def call(self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run ``function`` in the worker and return what it returned (blocking; run in a thread)."""
        try:
            self.conn.send((function, args, kwargs))
            kind, value, retire = self.conn.recv()
        except (EOFError, OSError) as error:
            self.retired = True
            self.process.join(timeout=5)
            raise WorkerFailed(f"the analysis worker stopped (exit code {self.process.exitcode})") from error
        self.retired = bool(retire)
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        if kind == "memory":
            raise MemoryError
        raise WorkerFailed(f"the analysis failed in its worker:\n{value}")

    def kill(self) -> None:
        """Stop the worker now (SIGKILL), whatever it is doing."""
        self.retired = True
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        threading.Thread(target=self._reap, daemon=True).start()

    def close(self) -> None:
        """Ask an idle worker to stop; kill it if it does not within a second."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()

    def _reap(self) -> None:
        self.process.join(timeout=10)
        with contextlib.suppress(OSError):
            self.conn.close()


class AnalysisWorkers:
    """Worker processes running the routes' tasks, one task each at a time.

    The caller bounds how many tasks run at once (the app's ``analysis_threads`` slots); a task
    that finds no idle worker starts one, and at most ``size`` idle workers are kept.

    Args:
        size: the workers started up front and kept idle.
        names: the analysis pipeline each worker loads at start (None for slant's default).
        memory_mb: what one task may allocate beyond a worker's warm-up size (0: no cap).
    """

    def __init__(self, size: int, *, names: Sequence[str] | None = None, memory_mb: int = 0) -> None:
        self.size = size
        self.names = tuple(names) if names is not None else None
        self.memory_mb = memory_mb
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self.killed = 0  # workers killed because their task ran out of time

    def start(self) -> None:
        """Start the workers now (at server start-up) instead of at the first request."""
        with self._lock:
            while len(self._idle) + len(self._busy) < self.size:
                self._idle.append(_Worker(self.names, self.memory_mb))

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return [w.pid for w in (*self._idle, *self._busy) if w.pid is not None and w.process.is_alive()]

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    self._busy.add(worker)
                    return worker
                worker.kill()
        worker = _Worker(self.names, self.memory_mb)
        with self._lock:
            self._busy.add(worker)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            if not worker.retired and len(self._idle) < self.size:
                self._idle.append(worker)
                return
        if not worker.retired:
            worker.close()
            return
        worker.kill()
        # Replace it now, so its successor loads the models before the next request needs it.
        threading.Thread(target=self.start, daemon=True).start()

    async def run(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``function(*args, **kwargs)`` in a worker; cancelling (a time limit) kills the worker.

        Raises:
            MemoryError: the task needed more than ``memory_mb``.
            WorkerFailed: the worker died, or the task raised an unexpected error.
            SlantError, ApiError: what the task raised.
        """
        worker = await anyio.to_thread.run_sync(self._take)
        finished = False
        try:
            result = await anyio.to_thread.run_sync(
                worker.call, function, args, kwargs, abandon_on_cancel=True
            )
            finished = True
            return result
        except (SlantError, ApiError):
            finished = True
            raise
        finally:
            if not finished and not worker.retired:
                self.killed += 1
                worker.retired = True  # cancelled mid-task: the work must not run on
            self._give_back(worker)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers, self._idle = [*self._idle, *self._busy], []
            self._busy.clear()
        for worker in workers:
            worker.close()


_SHARED: dict[tuple[Any, ...], AnalysisWorkers] = {}
_SHARED_LOCK = threading.Lock()


def shared_workers(size: int, *, names: Sequence[str] | None, memory_mb: int) -> AnalysisWorkers:
    """The worker pool of this process for this pipeline, made once (apps in one process share it,
    as they share the models of :func:`~slant.serve._pipelines.analysis_pipeline`)."""
    key = (tuple(names) if names is not None else None, memory_mb)
    with _SHARED_LOCK:
        pool = _SHARED.get(key)
        if pool is None:
            pool = _SHARED[key] = AnalysisWorkers(size, names=names, memory_mb=memory_mb)
        pool.size = max(pool.size, size)
        return pool


def close_shared_workers() -> None:
    """Stop the workers of every shared pool (at exit)."""
    with _SHARED_LOCK:
        pools = list(_SHARED.values())
        _SHARED.clear()
    for pool in pools:
        pool.close()


atexit.register(close_shared_workers)
