"""slant's exception tree.

Every error slant raises on purpose derives from :class:`SlantError` and also from the built-in
exception that fits, so callers can catch either::

    SlantError
    ├── UsageError (ValueError)            a wrong command-line option or output path: exit 2
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
    ├── DependencyError (ImportError)      an optional extra is not installed: exit 9
    ├── WorkerError (RuntimeError)         a corpus run's worker processes (or Ray) cannot start: exit 10
    └── PlaceError (OSError)               slant cannot write or listen where it was told: exit 11

Messages say what was expected, what came, and how to fix it, on one line, because the CLI prints
them as they are. An error may also carry those parts as fields (``what``, ``where``, ``hint``), so
a caller (the CLI, the web service) can use them without parsing the message (httpx's errors carry
their request the same way)::

    raise UsageError("--batch-size must be 1 or more; got 0", where="--batch-size", hint="give 1 or more")
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
    "PlaceError",
    "SlantError",
    "UsageError",
    "WorkerError",
]


class SlantError(Exception):
    """Base of every error slant raises on purpose.

    Args:
        what: what went wrong: the whole one-line message, or its first part when ``hint`` is given.
        where: the file, URL, option or annotator it is about, when there is one; the message then
            starts with it (``"--html out/x.html: ..."``).
        hint: how to fix it; the message ends with it, after a semicolon.

    ``str(error)`` is the one-line message built from the three; they stay readable as attributes
    (``error.what``, ``error.where``, ``error.hint``).
    """

    exit_code = 1

    def __init__(self, what: str = "", *, where: str | None = None, hint: str | None = None) -> None:
        self.what = what
        self.where = where
        self.hint = hint
        message = f"{where}: {what}" if where else what
        if hint:
            message = f"{message}; {hint}"
        super().__init__(message)


class UsageError(SlantError, ValueError):
    """The command line was used wrongly: an option's value out of range, an output path that cannot be written."""

    exit_code = 2


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
    """An optional dependency is not installed; the message names the extra to install.

    Args:
        what: what is missing, and what needs it.
        extra: the extra that installs it (``"corpus"``); the hint then says how to install it.
        where: as for :class:`SlantError`.
        hint: as for :class:`SlantError`; by default the ``pip install`` command of ``extra``.
    """

    exit_code = 9

    def __init__(
        self, what: str = "", *, extra: str | None = None, where: str | None = None, hint: str | None = None
    ) -> None:
        self.extra = extra
        if hint is None and extra is not None:
            hint = f"install the {extra} extra: pip install 'slant[{extra}]'"
        super().__init__(what, where=where, hint=hint)


class WorkerError(SlantError, RuntimeError):
    """A corpus run's worker processes could not start, or its Ray cluster could not be reached."""

    exit_code = 10


class PlaceError(SlantError, OSError):
    """slant cannot use a place it was told to: a run folder it cannot make, an address it cannot listen on.

    Not the input's fault and not slant's: the machine's (permissions, a full disk, a port in use).
    """

    exit_code = 11


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
    10: "a corpus run's worker processes (or Ray) could not start",
    11: "a folder could not be made or an address listened on (permissions, disk, port in use)",
    130: "interrupted",
}
