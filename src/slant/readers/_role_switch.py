"""What the two learned line-role passes (HTML comment blocks, plain-text lines) share: which model a
read applies (the shipped one, one set for an evaluation, or none) and, while training, what the model
would have read on each page.

Each pass keeps one :class:`RoleSwitch` and loads its own shipped model; the switch only says whether
a block of code set another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Generic, TypeVar

__all__ = ["RoleSwitch"]

ModelT = TypeVar("ModelT")
RecordT = TypeVar("RecordT")


class _Off:
    """The marker of a read with the signs alone (``using(None)``)."""


_OFF = _Off()


class RoleSwitch(Generic[ModelT, RecordT]):
    """The model a learned pass applies for the code inside :meth:`using`, and its training records."""

    __slots__ = ("_override", "_records")

    def __init__(self) -> None:
        self._override: ModelT | _Off | None = None  # None: nothing set, the shipped model applies
        self._records: list[RecordT] | None = None

    def chosen(self) -> tuple[bool, ModelT | None]:
        """Whether a model was set for the code being run, and which (None: the signs alone)."""
        if self._override is None:
            return False, None
        return True, None if isinstance(self._override, _Off) else self._override

    @contextlib.contextmanager
    def using(self, model: ModelT | None) -> Iterator[None]:
        """Apply ``model`` (None: the signs alone) inside the block, whatever the shipped one is."""
        before = self._override
        self._override = _OFF if model is None else model
        try:
            yield
        finally:
            self._override = before

    @property
    def records(self) -> list[RecordT] | None:
        """The list :meth:`recording` collects into, or None outside it."""
        return self._records

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[RecordT]]:
        """Collect what the model reads on each page read inside the block, for training."""
        before = self._records
        records: list[RecordT] = []
        self._records = records
        try:
            yield records
        finally:
            self._records = before
