"""``slant.analyze``: read a page and run the default (or a given) pipeline over it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from slant._document import Document
from slant._errors import UsageError
from slant._pipeline import Pipeline
from slant._registrations import DEFAULT_PIPELINE
from slant.readers import InputFormat, ReadLimits, read

__all__ = ["analyze", "default_pipeline", "pipeline_names", "reset_caches"]

#: The opt-in paraphrase echoes (issue 19) run right after the verbatim ones, whose layers they extend.
_PARAPHRASE, _AFTER = "paraphrase", "echo"


def pipeline_names(names: Sequence[str] | None = None, *, paraphrase: bool = False) -> tuple[str, ...]:
    """The annotators to run: ``names`` (default: :data:`DEFAULT_PIPELINE`), with the opt-in ones asked for.

    Args:
        names: annotator names; None for the default pipeline.
        paraphrase: add the ``paraphrase`` annotator (paraphrase echoes, issue 19) right after ``echo``
            (at the end when ``echo`` is absent: the pipeline's check then says it needs it).
    """
    chosen = tuple(names) if names is not None else DEFAULT_PIPELINE
    if not paraphrase or _PARAPHRASE in chosen:
        return chosen
    if _AFTER in chosen:
        at = chosen.index(_AFTER) + 1
        return (*chosen[:at], _PARAPHRASE, *chosen[at:])
    return (*chosen, _PARAPHRASE)


@functools.lru_cache(maxsize=8)
def _cached_pipeline(names: tuple[str, ...]) -> Pipeline:
    return Pipeline(names)


def default_pipeline(names: Sequence[str] | None = None) -> Pipeline:
    """Return the pipeline of ``names`` (default: :data:`DEFAULT_PIPELINE`), built once per process.

    Building loads trained models, so the result is cached; :func:`reset_caches` drops it.
    """
    return _cached_pipeline(tuple(names) if names is not None else DEFAULT_PIPELINE)


def reset_caches() -> None:
    """Forget cached pipelines and every loaded model, e.g. in a long-running worker: the next use reads them again."""
    from slant import _geo, _models
    from slant.annotators._language import clear_identifiers
    from slant.toxicity._encoder import shared_encoder

    _cached_pipeline.cache_clear()
    _models.clear_cache()
    clear_identifiers()
    _geo.clear_cache()  # the gazetteer and the map outlines (issue 19)
    shared_encoder.cache_clear()  # the sentence encoder toxicity and paraphrase echoes share (126 MB)


def analyze(
    source: str | bytes | Path,
    *,
    format: InputFormat = "auto",
    pipeline: Pipeline | Sequence[str] | None = None,
    limits: ReadLimits | None = None,
    paraphrase: bool = False,
) -> Document:
    """Read one news page and annotate it.

    Args:
        source: a file path, a URL (``http(s)://...``), or the page itself as text, HTML, JSON or bytes.
        format: ``"auto"`` to sniff, or one of ``"text"``, ``"html"``, ``"json"``.
        pipeline: a :class:`Pipeline`, annotator names, or None for the default pipeline.
        limits: size and network limits for reading; None for the defaults.
        paraphrase: also find comment sentences that restate an article sentence in other words
            (the opt-in ``paraphrase`` annotator; about 1,500 sentences per CPU second). With a
            :class:`Pipeline` given, put the annotator in it instead.

    Returns:
        The annotated :class:`Document`.

    Raises:
        InputError: the input is empty, binary, undecodable, too large or not a page.
        MissingInputError: ``source`` names a file that does not exist.
        FetchError: a URL could not be fetched or is not allowed.
        UsageError: ``paraphrase`` with a built :class:`Pipeline`.
    """
    if paraphrase and isinstance(pipeline, Pipeline):
        raise UsageError(
            "paraphrase=True needs annotator names, not a built Pipeline",
            hint="add 'paraphrase' after 'echo' in the Pipeline's annotators",
        )
    doc = read(source, format=format, limits=limits)
    if pipeline is None or not isinstance(pipeline, Pipeline):
        pipeline = default_pipeline(pipeline_names(pipeline, paraphrase=paraphrase))
    return pipeline(doc)
