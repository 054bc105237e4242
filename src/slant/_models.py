"""The model layer: one on-disk header, one loader, one cache and ``model_info`` for slant's trained models.

- **Header.** Every model's JSON settings file starts with the same keys: ``__cls__`` (what it is),
  ``format_version``, ``labels``, ``thresholds`` and ``provenance`` (see :func:`header`). Files
  written before the header existed (the techniques files shipped with slant 0.1) have no
  ``format_version``: they are format 1.
- **Loader.** :func:`read_json`, :func:`read_tensors` and :func:`reading` turn every failure to read a
  model file (missing, truncated, not JSON, wrong keys, wrong shapes) into :class:`ModelError`,
  whose one-line message names the file and says how to fix it (CLI exit 8).
- **Cache.** :func:`load` keeps each loaded model (and each part shared between models, such as the
  span encoder) once per process; :func:`clear_cache` (called by :func:`slant.reset_caches`) forgets them.
- **What ran.** :func:`model_info` describes a model folder (name, version, file digest);
  :func:`loaded_models` lists the models loaded in this process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from slant._errors import ModelError

__all__ = [
    "FORMAT_VERSION",
    "ModelInfo",
    "clear_cache",
    "file_sha256",
    "header",
    "load",
    "loaded_models",
    "model_info",
    "read_header",
    "read_json",
    "read_tensors",
    "reading",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: The newest model-file format this slant reads and writes. Files without ``format_version`` are format 1.
FORMAT_VERSION = 1

#: Exceptions that reading a damaged or foreign model file can raise, besides ModelError.
_READ_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ValueError,  # json.JSONDecodeError, UnicodeDecodeError, numpy shape errors
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
)


def _safetensor_error() -> type[BaseException]:
    from safetensors import SafetensorError

    error: type[BaseException] = SafetensorError
    return error


def _fix(kind: str) -> str:
    return (
        f"reinstall slant (pip install --force-reinstall slant) for the shipped model, "
        f"or retrain it with `slant train {kind} --data DIR --out DIR`"
    )


def _damaged(file: Path, kind: str, error: BaseException) -> ModelError:
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    if isinstance(error, KeyError):
        reason = f"missing {reason}"
    return ModelError(f"the {kind} model file {str(file)!r} is damaged ({reason}); {_fix(kind)}")


@contextlib.contextmanager
def reading(file: str | Path, *, kind: str) -> Iterator[None]:
    """Turn any failure to read or interpret ``file`` (a file of the ``kind`` model) into ModelError."""
    try:
        yield
    except ModelError:
        raise
    except (*_READ_ERRORS, _safetensor_error()) as error:
        raise _damaged(Path(file), kind, error) from error


def read_json(file: str | Path, *, kind: str) -> dict[str, Any]:
    """The JSON object in ``file``; ModelError when it is missing, unreadable or not an object."""
    path = Path(file)
    if not path.is_file():
        raise ModelError(f"the {kind} model file {str(path)!r} is missing; {_fix(kind)}")
    with reading(path, kind=kind):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"a JSON {type(data).__name__}, not an object")
        return data


def read_tensors(file: str | Path, *, kind: str) -> dict[str, NDArray[Any]]:
    """The arrays in the safetensors ``file``; ModelError when it is missing or damaged."""
    path = Path(file)
    if not path.is_file():
        raise ModelError(f"the {kind} model file {str(path)!r} is missing; {_fix(kind)}")
    from safetensors.numpy import load_file

    with reading(path, kind=kind):
        arrays = load_file(str(path))
        for name, array in arrays.items():
            if array.dtype.kind == "f" and not np.isfinite(array).all():
                raise ValueError(f"{name} holds NaN or infinite values")
        return arrays


def header(
    cls: str,
    *,
    labels: Sequence[str] = (),
    thresholds: Mapping[str, float] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The keys every model's JSON settings file starts with.

    Args:
        cls: what the file holds (``"span_tagger"``, ``"slant.toxicity.ToxicityModel"``...).
        labels: the labels the model gives, in the order of its score columns.
        thresholds: the named decision thresholds it applies.
        provenance: where it comes from (data digest, seed, slant version...).
    """
    from slant._version import __version__

    return {
        "__cls__": cls,
        "format_version": FORMAT_VERSION,
        "labels": list(labels),
        "thresholds": {k: float(v) for k, v in (thresholds or {}).items()},
        "provenance": {"slant_version": __version__, **(provenance or {})},
    }


def read_header(config: Mapping[str, Any], file: str | Path, *, cls: str, kind: str) -> int:
    """Check the header of a model's settings (``config``, read from ``file``); return its format version.

    Raises:
        ModelError: the file holds another kind of model, or a format newer than this slant reads.
    """
    found = config.get("__cls__")
    if found != cls:
        raise ModelError(
            f"{str(file)!r} holds a {found!r} model, expected {cls!r}; point at a {kind} model folder"
        )
    version = config.get("format_version", 1)
    if not isinstance(version, int) or not 1 <= version <= FORMAT_VERSION:
        raise ModelError(
            f"{str(file)!r} is model format {version!r}, this slant reads formats 1 to {FORMAT_VERSION}; "
            f"upgrade slant or {_fix(kind)}"
        )
    return version


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which trained model ran.

    Attributes:
        name: the model's kind (``"toxicity"``, ``"techniques"``).
        version: the versioned name of the model (``"slant.toxicity.v1"``).
        format_version: its on-disk format.
        sha256: the first 16 hex digits of the SHA-256 of its files (names and bytes, in name order):
            two runs with the same digest used the same weights.
        files: the files hashed.
        path: the folder it was loaded from.
    """

    name: str
    version: str
    format_version: int
    sha256: str
    files: tuple[str, ...]
    path: str

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out = asdict(self)
        out["files"] = list(self.files)
        return out


# Model files hold tens of MB; hashing them once per (folder, file sizes and times) is enough.
_DIGESTS: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, hex, read in 1 MB blocks (model weights, pinned third-party files)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _digest(folder: Path, files: Sequence[Path]) -> str:
    stats = tuple((f.relative_to(folder).as_posix(), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    key = (str(folder), stats)
    if key not in _DIGESTS:
        digest = hashlib.sha256()
        for file in files:
            digest.update(file.relative_to(folder).as_posix().encode())
            with file.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        _DIGESTS[key] = digest.hexdigest()[:16]
    return _DIGESTS[key]


def model_info(name: str, folder: str | Path, *, version: str) -> ModelInfo:
    """Describe the model ``name`` in ``folder``: every file of the folder is hashed.

    Raises:
        ModelError: the folder does not exist.
    """
    path = Path(folder)
    if not path.is_dir():
        raise ModelError(f"no {name} model folder at {str(path)!r}; {_fix(name)}")
    # Subfolders count too: the default toxicity model keeps the n-gram model it stacks in ngram/ (issue 17).
    files = sorted((f for f in path.rglob("*") if f.is_file()), key=lambda f: f.relative_to(path).as_posix())
    format_version = 1
    for settings in files:
        if settings.suffix == ".json":
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(settings.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("format_version"), int):
                    format_version = max(format_version, data["format_version"])
    return ModelInfo(
        name=name,
        version=version,
        format_version=format_version,
        sha256=_digest(path, files),
        files=tuple(f.relative_to(path).as_posix() for f in files),
        path=str(path.resolve()),
    )


@dataclass(slots=True)
class _Entry:
    value: Any
    name: str
    folder: str
    version: str | None


_CACHE: dict[tuple[str, str], _Entry] = {}
_LOCK = threading.RLock()


def load(
    name: str,
    folder: str | Path,
    loader: Callable[[Path], T],
    *,
    kind: str | None = None,
    version: str | None = None,
) -> T:
    """``loader(folder)``, once per process for each ``(name, folder)``: the one cache of loaded models.

    Args:
        name: what is loaded (``"toxicity"``, ``"techniques"``, or a shared part like ``"span_encoder"``).
        folder: the model folder.
        kind: the model ``name`` belongs to, for error messages (default: ``name``).
        loader: reads the folder; its read failures become ModelError (see :func:`reading`).
        version: the model's versioned name; given for whole models (they are then listed by
            :func:`loaded_models`), None for parts.
    """
    path = Path(folder).resolve()
    key = (name, str(path))
    with _LOCK:
        entry = _CACHE.get(key)
        if entry is None:
            with reading(path, kind=kind or name):
                value = loader(path)
            entry = _CACHE[key] = _Entry(value, name, str(path), version)
            logger.debug("loaded the %s model from %s", name, path)
    result: T = entry.value
    return result


def loaded_models() -> list[ModelInfo]:
    """The models loaded in this process (since the last :func:`clear_cache`), in loading order."""
    with _LOCK:
        entries = [e for e in _CACHE.values() if e.version is not None]
    return [model_info(e.name, e.folder, version=e.version) for e in entries if e.version is not None]


def clear_cache() -> None:
    """Forget every loaded model: the next :func:`load` reads the files again."""
    with _LOCK:
        _CACHE.clear()
        _DIGESTS.clear()
