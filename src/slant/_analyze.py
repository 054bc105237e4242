"""``slant.analyze``: read a page and run the default (or a given) pipeline over it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from slant._document import Document
from slant._pipeline import Pipeline, resolve_name
from slant._registrations import DEFAULT_PIPELINE
from slant.readers import InputFormat, ReadLimits, read

__all__ = ["analyze", "default_pipeline", "pipeline_names", "reset_caches"]


@functools.lru_cache(maxsize=8)
def _cached_pipeline(names: tuple[str, ...]) -> Pipeline:
    return Pipeline(names)


def default_pipeline(names: Sequence[str] | None = None) -> Pipeline:
    """Return the pipeline of ``names`` (default: :data:`DEFAULT_PIPELINE`), built once per process.

    Building loads trained models, so the result is cached; :func:`reset_caches` drops it.
    """
    return _cached_pipeline(tuple(names) if names is not None else DEFAULT_PIPELINE)


def pipeline_names(
    names: Sequence[str] | None = None, *, opt_in: Sequence[str] = ()
) -> tuple[str, ...] | None:
    """The annotators to run: ``names`` (None: the default pipeline) with the opt-in annotators ``opt_in``
    added at the end, those not already in it (``slant analyze --with actors``).

    Returns:
        The names, or None for the default pipeline unchanged.

    Raises:
        PipelineError: a name is not registered.
    """
    if not opt_in:
        return tuple(names) if names is not None else None
    base = tuple(names) if names is not None else DEFAULT_PIPELINE
    present = {resolve_name(name) for name in base if ":" not in name}
    added = tuple(dict.fromkeys(name for name in opt_in if resolve_name(name) not in present))
    return base + added


def reset_caches() -> None:
    """Forget cached pipelines and every loaded model, e.g. in a long-running worker: the next use reads them again."""
    from slant import _geo, _models
    from slant.annotators._language import clear_identifiers

    _cached_pipeline.cache_clear()
    _models.clear_cache()
    clear_identifiers()
    _geo.clear_cache()  # the gazetteer and the map outlines (issue 19)


def analyze(
    source: str | bytes | Path,
    *,
    format: InputFormat = "auto",
    pipeline: Pipeline | Sequence[str] | None = None,
    limits: ReadLimits | None = None,
) -> Document:
    """Read one news page and annotate it.

    Args:
        source: a file path, a URL (``http(s)://...``), or the page itself as text, HTML, JSON or bytes.
        format: ``"auto"`` to sniff, or one of ``"text"``, ``"html"``, ``"json"``.
        pipeline: a :class:`Pipeline`, annotator names, or None for the default pipeline.
        limits: size and network limits for reading; None for the defaults.

    Returns:
        The annotated :class:`Document`.

    Raises:
        InputError: the input is empty, binary, undecodable, too large or not a page.
        MissingInputError: ``source`` names a file that does not exist.
        FetchError: a URL could not be fetched or is not allowed.
    """
    doc = read(source, format=format, limits=limits)
    if pipeline is None or not isinstance(pipeline, Pipeline):
        pipeline = default_pipeline(pipeline)
    return pipeline(doc)
