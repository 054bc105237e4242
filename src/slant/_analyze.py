"""``slant.analyze``: read a page and run the default (or a given) pipeline over it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from slant._document import Document
from slant._errors import UsageError
from slant._pipeline import Pipeline, registration, resolve_name
from slant._registrations import DEFAULT_PIPELINE
from slant.readers import InputFormat, ReadLimits, read

__all__ = ["analyze", "default_pipeline", "pipeline_names", "reset_caches"]

#: The opt-in paraphrase echoes (issue 19), asked for with ``paraphrase=True`` as well as by name.
_PARAPHRASE = "paraphrase"


@functools.lru_cache(maxsize=8)
def _cached_pipeline(names: tuple[str, ...]) -> Pipeline:
    return Pipeline(names)


def default_pipeline(names: Sequence[str] | None = None) -> Pipeline:
    """Return the pipeline of ``names`` (default: :data:`DEFAULT_PIPELINE`), built once per process.

    Building loads trained models, so the result is cached; :func:`reset_caches` drops it.
    """
    return _cached_pipeline(tuple(names) if names is not None else DEFAULT_PIPELINE)


def pipeline_names(
    names: Sequence[str] | None = None, *, opt_in: Sequence[str] = (), paraphrase: bool = False
) -> tuple[str, ...] | None:
    """The annotators to run: ``names`` (None: the default pipeline) with the opt-in annotators ``opt_in``
    (``slant analyze --with actors``) added, those not already in it.

    Each added annotator goes right after the last annotator whose output it reads (what it requires
    or reads when present, as registered), so ``paraphrase`` follows ``echo`` and ``actors`` follows
    the techniques and toxicity it counts; at the end when nothing it reads is there (the pipeline's
    check then says what it needs).

    Args:
        names: annotator names; None for the default pipeline.
        opt_in: opt-in annotators to add.
        paraphrase: add the ``paraphrase`` annotator (paraphrase echoes, issue 19); the same as
            ``opt_in=("paraphrase",)``.

    Returns:
        The names, or None for the default pipeline unchanged.

    Raises:
        PipelineError: a name is not registered.
    """
    wanted = (*opt_in, _PARAPHRASE) if paraphrase else tuple(opt_in)
    if not wanted:
        return tuple(names) if names is not None else None
    chosen = list(names) if names is not None else list(DEFAULT_PIPELINE)
    present = {resolve_name(name) for name in chosen if ":" not in name}
    for name in dict.fromkeys(wanted):
        full = resolve_name(name)
        if full in present:
            continue
        declared = registration(full)
        reads = set(declared.requires) | set(declared.optional_requires)
        after = [
            at
            for at, other in enumerate(chosen)
            if ":" not in other and reads & set(registration(resolve_name(other)).assigns)
        ]
        chosen.insert(after[-1] + 1 if after else len(chosen), name)
        present.add(full)
    return tuple(chosen)


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
