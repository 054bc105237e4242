"""The run folder: Parquet part files per table and batch, and the ledger that makes them count.

Layout of a run folder::

    manifest.json              slant's version, the models, the settings (see _manifest.py)
    run.lock                   while a run writes: its pid and host (see _lock.py)
    pages/batch-000001.parquet one part file per batch and table (tables with no rows are skipped)
    spans/...  comments/...  errors/...
    ledger/batch-000001.json   the page ids of a batch: written last, it commits the batch

How nothing is lost or doubled, even after ``kill -9``: a batch's part files are each written to a
temporary name and renamed into place (a rename is atomic), then its ledger entry is written the
same way. Only batches with a ledger entry exist: when a run opens its folder, part files without one
(a run killed between two renames) and temporary files are deleted, and the pages of those batches,
absent from the ledger, are analysed again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slant._errors import InputError, MissingInputError, PlaceError
from slant.corpus._lock import LOCK_NAME
from slant.corpus._tables import TABLE_NAMES
from slant.corpus._worker import BatchResult, table_from_ipc

__all__ = ["RunStore", "StoreState"]

logger = logging.getLogger(__name__)

_PART = re.compile(r"^batch-(\d+)\.(parquet|json)$")


@dataclass(frozen=True, slots=True)
class StoreState:
    """What a run folder already holds when a run opens it."""

    done: frozenset[str]
    batches: int
    next_batch_id: int
    removed_orphans: int


class RunStore:
    """Writes and reads the Parquet tables of one run folder.

    Args:
        root: the run folder; made when absent.
        compression: the Parquet codec (zstd: small files, fast to read).
    """

    def __init__(self, root: str | Path, *, compression: str = "zstd") -> None:
        self.root = Path(root)
        self.compression = compression

    @property
    def ledger_dir(self) -> Path:
        """Where the ledger entries live."""
        return self.root / "ledger"

    def table_dir(self, table: str) -> Path:
        """The folder of one table's part files."""
        return self.root / table

    def open(self) -> StoreState:
        """Make the folder if needed, drop what a killed run left half-written, and read the ledger.

        Raises:
            SlantError: the folder cannot be made or written.
            InputError: the folder exists and holds something other than a slant run.
        """
        self.check()
        try:
            for sub in (self.ledger_dir, *(self.table_dir(t) for t in TABLE_NAMES)):
                sub.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PlaceError(f"cannot make the run folder {self.root}: {error.strerror}") from error
        done: set[str] = set()
        committed: set[int] = set()
        for batch_id, entry in self._ledger():
            committed.add(batch_id)
            done.update(entry["page_ids"])
        removed = self._remove_orphans(committed)
        if removed:
            logger.info("removed %d half-written file(s) of an interrupted run in %s", removed, self.root)
        return StoreState(
            done=frozenset(done),
            batches=len(committed),
            next_batch_id=max(committed, default=0) + 1,
            removed_orphans=removed,
        )

    def check(self) -> None:
        """Refuse a ``root`` that is a file, or a folder holding something other than a slant run.

        Raises:
            InputError: ``root`` cannot be a run folder.
        """
        if self.root.exists() and not self.root.is_dir():
            raise InputError(f"--out {self.root} is a file; give a folder for the run")
        # The lock file alone is a run starting (it takes the lock before it makes the ledger).
        if (
            self.root.is_dir()
            and any(entry.name != LOCK_NAME for entry in self.root.iterdir())
            and not self.is_run(self.root)
        ):
            raise InputError(
                f"--out {self.root} is a folder that is not a slant corpus run; give an empty or new folder"
            )

    @staticmethod
    def is_run(root: Path) -> bool:
        """Whether ``root`` looks like a run folder (it has a ledger or a manifest)."""
        return (root / "ledger").is_dir() or (root / "manifest.json").is_file()

    def _ledger(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for path in sorted(self.ledger_dir.iterdir()):
            match = _PART.match(path.name)
            if match is None or match.group(2) != "json":
                continue
            # A ledger entry only exists once fully written (tmp + rename), so it always parses.
            yield int(match.group(1)), json.loads(path.read_text(encoding="utf-8"))

    def _remove_orphans(self, committed: set[int]) -> int:
        removed = 0
        for folder in (self.ledger_dir, *(self.table_dir(t) for t in TABLE_NAMES)):
            for path in folder.iterdir():
                match = _PART.match(path.name)
                orphan = match is not None and int(match.group(1)) not in committed
                if orphan or (match is None and path.name.endswith(".tmp")):
                    path.unlink()
                    removed += 1
        return removed

    def write_batch(self, result: BatchResult) -> None:
        """Store one batch's tables, then commit it in the ledger.

        The ledger entry is written last: a process killed at any moment leaves either a committed
        batch or files that :meth:`open` deletes.
        """
        import pyarrow.parquet as pq

        name = f"batch-{result.batch_id:06d}"
        for table_name, data in result.tables.items():
            table = table_from_ipc(data)
            target = self.table_dir(table_name) / f"{name}.parquet"
            tmp = target.with_name(target.name + ".tmp")
            pq.write_table(table, tmp, compression=self.compression)
            _fsync_file(tmp)
            os.replace(tmp, target)
        entry = {
            "batch_id": result.batch_id,
            "page_ids": list(result.page_ids),
            "pages": result.pages,
            "errors": result.errors,
            "seconds": {k: round(v, 6) for k, v in result.seconds.items()},
            "committed_at": round(time.time(), 3),
        }
        target = self.ledger_dir / f"{name}.json"
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(entry), encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(self.ledger_dir)

    def part_files(self, table: str) -> list[Path]:
        """The committed part files of ``table`` (those with a ledger entry)."""
        committed = {p.stem for p in self.ledger_dir.glob("batch-*.json")}
        return sorted(p for p in self.table_dir(table).glob("batch-*.parquet") if p.stem in committed)

    def ledger_entries(self) -> Iterator[dict[str, Any]]:
        """Every committed ledger entry, in batch order."""
        for _, entry in self._ledger():
            yield entry


def require_run(root: str | Path) -> Path:
    """``root`` as a Path, checked to be a run folder.

    Raises:
        MissingInputError: no such folder.
        InputError: the folder is not a slant corpus run.
    """
    path = Path(root)
    if not path.exists():
        raise MissingInputError(f"no such run folder: {path}; give the --out folder of a 'slant corpus run'")
    if not path.is_dir() or not RunStore.is_run(path):
        raise InputError(f"{path} is not a slant corpus run folder (it has no ledger/ or manifest.json)")
    return path


def _fsync_file(path: Path) -> None:
    # Renaming an un-synced file can leave an empty file after a power cut; kill -9 alone is safe
    # without it, a machine crash is not.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
