"""What goes to an annotation tool and comes back: one :class:`Task` per part of a page (issue 16).

A page's title, article and each comment become separate tasks, because annotation tools label one
text at a time and slant's spans are offsets into one part's text. A task's id names its page and
part (``"page-c12"``) with only letters, digits, ``_`` and ``-``, so it is a valid brat file name and a
PTC article id (``article<ID>.txt``) too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from slant._document import Document, Span

__all__ = ["Task", "safe_id", "tasks_from_document", "unique_ids"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Task:
    """One text to correct, with its spans.

    Attributes:
        id: unique in an export: the page's id and the part's (``"page-c12"``).
        text: the part's text, exactly (offsets count its characters).
        spans: the spans: predictions on export, the corrected gold on import. On import each span's
            ``attrs["where"]`` says where it was read (``"page-article.ann:3"``), for error messages.
        meta: where the text came from: ``page``, ``part``, ``kind``, ``author``, ``source``.
    """

    id: str
    text: str
    spans: tuple[Span, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False)


def safe_id(name: str) -> str:
    """``name`` with every run of characters other than letters, digits, ``_`` and ``-`` made one ``_``."""
    return _UNSAFE.sub("_", name).strip("_") or "page"


def unique_ids(names: Sequence[str]) -> list[str]:
    """Safe ids for ``names``, in order, with ``-2``, ``-3``... added where two would be the same."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = safe_id(name)
        count = seen.get(base, 0) + 1
        seen[base] = count
        out.append(base if count == 1 else f"{base}-{count}")
    return out


def tasks_from_document(
    doc: Document, *, page_id: str, layers: Iterable[str] = ("techniques",)
) -> list[Task]:
    """One task per part of ``doc`` that has text, with the spans of ``layers`` (in that order).

    Args:
        doc: an annotated page.
        page_id: the page's id in the export (a file's stem, a run's ``page_id``); made safe here.
        layers: the span layers to export; a part without a layer exports no spans of it.
    """
    wanted = tuple(layers)
    page = safe_id(page_id)
    tasks = []
    for part in doc.parts:
        if not part.text.strip():
            continue
        spans = tuple(span for layer in wanted for span in part.spans.get(layer, ()))
        meta = {
            "page": page_id,
            "part": part.id,
            "kind": part.kind,
            "author": part.author,
            "source": doc.source,
        }
        tasks.append(Task(f"{page}-{safe_id(part.id)}", part.text, spans, meta))
    return tasks
