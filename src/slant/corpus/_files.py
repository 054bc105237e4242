"""Opening corpus files and listing corpus folders so that no entry can hang or exhaust a run.

A corpus folder can hold anything a file system can: a FIFO (``open`` waits for a writer that never
comes), a device (``/dev/zero`` never ends), a socket, a link to one of these, an entry or a folder
slant may not read. Each becomes a one-line reason, which the caller turns into an ``errors`` row,
instead of a hang, an exhausted memory or a stopped run (issue 12).

Sizes are never taken from ``st_size`` (a device or a ``/proc`` file says 0): callers read at most
``max_bytes + 1`` bytes and treat the extra byte as "over the limit".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from slant._errors import InputError

__all__ = ["list_folder", "open_regular", "oserror_reason"]

# What a non-regular entry is, in words a user recognises, tested in this order.
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def oserror_reason(error: OSError) -> str:
    """The short reason of an OS error ("Permission denied"), without the path the row already has."""
    return error.strerror or type(error).__name__


def _not_regular(path: Path, mode: int) -> InputError:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    if path.is_symlink():
        kind = f"a symbolic link to {kind}"
    return InputError(f"not a regular file but {kind}; only regular files are read")


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading in binary, if it is a regular file or a link to one.

    Raises:
        InputError: ``path`` is not a regular file, or cannot be read; the message is the reason.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(f"cannot read the file: {oserror_reason(error)}") from error
    if not stat.S_ISREG(mode):
        # Checked before opening: opening a FIFO blocks, and opening some devices does something.
        raise _not_regular(path, mode)
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO since the check, open() still returns.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as error:
        raise InputError(f"cannot read the file: {oserror_reason(error)}") from error
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_regular(path, mode)
    return os.fdopen(fd, "rb")


def list_folder(folder: Path) -> tuple[list[Path], list[Path]]:
    """The visible files and sub-folders of ``folder``, each sorted by name.

    Hidden entries (a leading dot) are left out. Links to folders count as files, so they are never
    followed (no loops) and, given a page suffix, become an ``errors`` row.

    Raises:
        InputError: the folder cannot be listed; the message is the reason.
    """
    files: list[Path] = []
    folders: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                (folders if _is_folder(entry) else files).append(Path(entry.path))
    except OSError as error:
        raise InputError(f"cannot read the folder: {oserror_reason(error)}") from error
    return sorted(files), sorted(folders)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:  # cannot even be looked at: listed as a file, whose reading then says why
        return False
