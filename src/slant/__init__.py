"""slant shows how a news page tries to persuade.

Read a page (a file, a URL, text, HTML or JSON) into a :class:`Document`, run annotators over it,
and report the result::

    import slant
    doc = slant.analyze("examples/news-page-with-comments.txt")
    doc.title.text, [(c.author, c.text[:30]) for c in doc.comments]
"""

from __future__ import annotations

import logging

# First: modules that read it while the package is still importing find it already set.
from slant._version import __version__  # isort: skip
from slant._analyze import analyze, default_pipeline, reset_caches
from slant._document import Document, Part, PartKind, Span, SpanLayers
from slant._errors import (
    BinaryInputError,
    DependencyError,
    EmptyInputError,
    EncodingError,
    FetchError,
    ForbiddenURLError,
    InputError,
    InputTooLargeError,
    MissingInputError,
    ModelError,
    NotAPageError,
    NotFittedError,
    PipelineError,
    PlaceError,
    SlantError,
    UsageError,
    WorkerError,
)
from slant._pipeline import (
    Annotator,
    BaseAnnotator,
    PartAnnotator,
    Pipeline,
    annotator_names,
    create_annotator,
)
from slant.readers import ReadLimits, read

from slant._notebook import install_notebook_view as _install_notebook_view  # isort: skip

logging.getLogger(__name__).addHandler(logging.NullHandler())
# In Jupyter a Document shows as its report (issue 16); the renderer loads on first display.
_install_notebook_view()

__all__ = [
    "Annotator",
    "BaseAnnotator",
    "BinaryInputError",
    "DependencyError",
    "Document",
    "EmptyInputError",
    "EncodingError",
    "FetchError",
    "ForbiddenURLError",
    "InputError",
    "InputTooLargeError",
    "MissingInputError",
    "ModelError",
    "NotAPageError",
    "NotFittedError",
    "Part",
    "PartAnnotator",
    "PartKind",
    "Pipeline",
    "PipelineError",
    "PlaceError",
    "ReadLimits",
    "SlantError",
    "Span",
    "SpanLayers",
    "UsageError",
    "WorkerError",
    "__version__",
    "analyze",
    "annotator_names",
    "create_annotator",
    "default_pipeline",
    "read",
    "reset_caches",
]
