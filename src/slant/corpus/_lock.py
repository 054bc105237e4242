"""One writer per run folder: the lock file ``run.lock`` (issue 12).

Two runs writing into one folder each number their batches from the same ledger, overwrite each
other's part files and delete each other's temporary files: pages end up doubled or lost. So a run
holds ``run.lock`` in its folder for as long as it writes there, and a second run is refused.

The lock is an advisory ``flock`` on the file, which the kernel drops when its holder dies, even by
``kill -9``; the file also names the holder (pid, host, start time) for the refusal message. A lock
left by a run that is gone (on this host: its flock is free or its pid is dead) is taken over with
a log line. One written by another host is never taken over: its pid cannot be checked from here.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import logging
import os
import socket
from pathlib import Path
from types import TracebackType

from slant._errors import InputError, PlaceError

__all__ = ["LOCK_NAME", "RunLock", "RunLockedError"]

logger = logging.getLogger(__name__)

#: The lock file's name inside a run folder.
LOCK_NAME = "run.lock"
# A lock whose file was replaced between our open and our flock is retried this many times.
_ATTEMPTS = 5


class RunLockedError(InputError):
    """Another run is writing into the run folder (exit 3, as for any unusable ``--out``)."""


class RunLock:
    """Holds the lock of the run folder ``root`` while in a ``with`` block (made if absent).

    Raises:
        RunLockedError: another run holds it, or a run on another host left it.
        SlantError: the folder or its lock file cannot be made.
    """

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PlaceError(f"cannot make the run folder {self.path.parent}: {error.strerror}") from error
        for _ in range(_ATTEMPTS):
            fd = self._open_and_lock()
            if fd is not None:
                self._fd = fd
                return self
        raise RunLockedError(f"cannot lock {self.path}: another run keeps replacing it; try again")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._fd is None:
            return
        # Unlink before closing: once closed, another run may lock this file, and must not lose it.
        if _same_file(self.path, self._fd):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def _open_and_lock(self) -> int | None:
        """Lock the file and write this process into it; None when it was replaced meanwhile."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise PlaceError(f"cannot make the lock file {self.path}: {error.strerror}") from error
        try:
            state = _flock(fd)
            if state == "held":
                raise RunLockedError(_refusal(self.path, _read(fd), here=True))
            if not _same_file(self.path, fd):  # the holder removed it as we opened it: start again
                os.close(fd)
                return None
            holder = _read(fd)
            if holder:
                self._take_over(holder, flock_free=state == "taken")
            _write(fd)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _take_over(self, holder: dict[str, object], *, flock_free: bool) -> None:
        """Take over a lock left by a run that is gone, with a log line; refuse any other."""
        pid = holder.get("pid")
        here = holder.get("host") == socket.gethostname()
        if not (here and isinstance(pid, int) and (flock_free or not _alive(pid))):
            raise RunLockedError(_refusal(self.path, holder, here=here))
        logger.warning(
            "taking over the lock %s of a run that is no longer running (pid %s on %s, started %s)",
            self.path,
            pid,
            holder.get("host"),
            holder.get("started"),
        )


def _refusal(path: Path, holder: dict[str, object], *, here: bool) -> str:
    if holder:
        who = f"pid {holder.get('pid')} on host {holder.get('host')}, started {holder.get('started')}"
    else:  # it has locked the file but not yet written its name
        who = "a process that is starting"
    if here:
        return (
            f"{path.parent} is being written by another slant corpus run ({who}); wait for it to end, "
            f"stop it (kill {holder.get('pid')}), or give another --out folder"
        )
    return (
        f"{path.parent} is locked by a slant corpus run on another host ({who}); if that run is over, "
        f"delete {path} and run again, or give another --out folder"
    )


def _flock(fd: int) -> str:
    """Try the flock of ``fd``: ``"taken"``, ``"held"`` (by another run) or ``"unsupported"``."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return "held"
    except OSError as error:
        if error.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
        # Some network file systems have no flock: the pid in the file decides alone.
        logger.debug("no flock on this file system (%s); relying on the pid in the lock file", error)
        return "unsupported"
    return "taken"


def _same_file(path: Path, fd: int) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _read(fd: int) -> dict[str, object]:
    data = os.pread(fd, 4096, 0)
    try:
        holder = json.loads(data)
    except ValueError:  # empty (just made) or cut by a crash while written
        return {}
    return holder if isinstance(holder, dict) else {}


def _write(fd: int) -> None:
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    data = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": started}).encode() + b"\n"
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True
