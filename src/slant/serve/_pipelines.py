"""The pipelines the routes run, built once per process, and the documents they run on."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from slant._analyze import default_pipeline
from slant._document import Document, Part
from slant._errors import DependencyError, ModelError, PipelineError
from slant._pipeline import Pipeline, plan_pipeline
from slant.serve._errors import ApiError, public_message

__all__ = ["analysis_pipeline", "pipeline_for", "warm_up"]

logger = logging.getLogger(__name__)


def _unavailable(what: str, error: Exception) -> ApiError:
    logger.warning("cannot build the %s pipeline: %s", what, error)
    if isinstance(error, ModuleNotFoundError):
        message = f"module {error.name} is missing"
    elif isinstance(error, PipelineError | ModelError | DependencyError):
        message = public_message(error)
    else:
        message = ""
    return ApiError(
        503,
        "annotator_unavailable",
        f"the {what} annotator is not available on this server"
        + (f": {message}" if message else "")
        + "; check the installation (slant analyze --pipeline shows the same error)",
    )


def analysis_pipeline(names: Sequence[str] | None) -> Pipeline:
    """The pipeline ``/v1/analyze`` runs: ``names``, or slant's default one (cached per process).

    Raises:
        ApiError: 503 when an annotator cannot be built (not installed, model missing).
    """
    try:
        return default_pipeline(names)
    except (PipelineError, ModelError, DependencyError, ImportError) as error:
        raise _unavailable("analysis", error) from error


@functools.lru_cache(maxsize=8)
def _pipeline_for(target: str) -> Pipeline:
    # The registry plans it (``target`` and only what it depends on, in the default order) without
    # importing an annotator; PipelineError when ``target`` is not registered.
    pipeline = Pipeline(plan_pipeline(target))
    # Models load lazily on first use; run once now so a missing model is a 503 here, not mid-request.
    warm_up(pipeline)
    return pipeline


def warm_up(pipeline: Pipeline) -> None:
    """Run ``pipeline`` once on a tiny page, so its models are loaded before the first request."""
    pipeline(
        Document(
            title=Part("Warm-up title", kind="title", id="title"),
            article=Part(
                "Warm-up text for the models, long enough to hold a sentence.", kind="article", id="article"
            ),
            comments=[Part("Warm-up comment.", kind="comment", id="c1")],
        )
    )


def pipeline_for(target: str) -> Pipeline:
    """A pipeline that runs annotator ``target`` and the annotators it requires, built once per process.

    Raises:
        ApiError: 503 when ``target`` is not registered here or cannot be built.
    """
    try:
        return _pipeline_for(target)
    except (PipelineError, ModelError, DependencyError, ImportError) as error:
        raise _unavailable(target, error) from error
