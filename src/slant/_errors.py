"""slant's exception tree.

Every error slant raises on purpose derives from :class:`SlantError` and also from the built-in
exception that fits, so callers can catch either::

    SlantError
    ├── InputError (ValueError)            bad input: exit 3
    │   ├── EmptyInputError                nothing to read
    │   ├── BinaryInputError               bytes that are not text
    │   ├── NotAPageError                  text, but no article in it
    │   ├── EncodingError                  text in an encoding slant cannot decode
    │   └── InputTooLargeError             over the size limit: exit 5
    ├── MissingInputError (FileNotFoundError)   no such file or folder: exit 4
    ├── FetchError (OSError)               a URL could not be fetched: exit 6
    │   └── ForbiddenURLError              scheme or address not allowed: exit 6
    ├── PipelineError (ValueError)         annotators that do not fit together: exit 7
    ├── ModelError (RuntimeError)          a trained model is missing or broken: exit 8
    │   └── NotFittedError (ValueError, AttributeError)
    └── DependencyError (ImportError)      an optional extra is not installed: exit 9

Messages say what was expected, what came, and how to fix it, on one line, because the CLI prints
them as they are.
"""

from __future__ import annotations

__all__ = [
    "EXIT_CODES",
    "BinaryInputError",
    "DependencyError",
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
    "PipelineError",
    "SlantError",
]


class SlantError(Exception):
    """Base of every error slant raises on purpose."""

    exit_code = 1


class InputError(SlantError, ValueError):
    """The input cannot be read as a news page."""

    exit_code = 3


class EmptyInputError(InputError):
    """The input holds no text at all (or only white space)."""


class BinaryInputError(InputError):
    """The input is binary data (an image, an archive, a PDF), not a page."""


class NotAPageError(InputError):
    """The input is text, but no article could be found in it."""


class EncodingError(InputError):
    """The input's bytes could not be decoded as text."""


class InputTooLargeError(InputError):
    """The input is over the size limit."""

    exit_code = 5


class MissingInputError(SlantError, FileNotFoundError):
    """A named file or folder does not exist."""

    exit_code = 4


class FetchError(SlantError, OSError):
    """A URL could not be fetched (unreachable, timed out, HTTP error)."""

    exit_code = 6


class ForbiddenURLError(FetchError):
    """A URL is not allowed: not http(s), or it resolves to a private, loopback or link-local address."""


class PipelineError(SlantError, ValueError):
    """Annotators that do not fit together, or an unknown annotator name."""

    exit_code = 7


class ModelError(SlantError, RuntimeError):
    """A trained model is missing, unreadable, or of the wrong kind."""

    exit_code = 8


class NotFittedError(ModelError, ValueError, AttributeError):
    """A model was used before ``fit`` was called (scikit-learn's contract)."""


class DependencyError(SlantError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    exit_code = 9


#: Exit codes of the command line, documented in ``slant --help``.
EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "unexpected internal error (please report it)",
    2: "wrong command-line usage",
    3: "bad input: empty, binary, undecodable, or not a news page",
    4: "a named file or folder does not exist",
    5: "input over the size limit",
    6: "a URL could not be fetched, or is not allowed",
    7: "annotators that do not fit together",
    8: "a trained model is missing or broken",
    9: "an optional extra is not installed",
    130: "interrupted",
}
