"""Rewrite a stacked toxicity model's weight file with its heads' matrices in float16, without retraining.

``slant train toxicity`` writes float16 heads since session 13 (:meth:`StackedToxicityModel.save`);
this converts a model trained before, such as the shipped one was:

    python -c "from slant.toxicity.training._convert import halve_heads; halve_heads('src/slant/data/toxicity')"

Only ``stack.safetensors`` is rewritten: the settings, the model card, the metrics and the n-gram
model are left as they are, so the stacking, calibration and thresholds stay those fitted on the
float32 heads (docs/bench-toxicity.md, session 13, measures what the rounding changes).
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import numpy as np

from slant import _models
from slant.toxicity._stacked import _WEIGHTS_FILE, HALF_PRECISION_TENSORS, as_stored

__all__ = ["halve_heads"]

logger = logging.getLogger(__name__)


def halve_heads(folder: str | Path) -> tuple[int, int]:
    """Store the heads' matrices of the stacked model in ``folder`` as float16; the file's bytes before and after.

    A file whose matrices are float16 already is rewritten unchanged. The new file is written beside
    the old one and then renamed over it, so an interrupted run leaves the old file whole.

    Raises:
        ModelError: the weight file is missing or damaged.
        ValueError: a head weight is beyond float16's range.
    """
    path = Path(folder) / _WEIGHTS_FILE
    from safetensors.numpy import save_file

    tensors = _models.read_tensors(path, kind="toxicity")
    before = path.stat().st_size
    converted = {
        name: as_stored(array).astype(np.float16) if name in HALF_PRECISION_TENSORS else array
        for name, array in tensors.items()
    }
    partial = path.with_name(path.name + ".partial")
    save_file(converted, str(partial))
    shutil.copymode(path, partial)  # safetensors creates the file readable by its owner only
    os.replace(partial, path)
    after = path.stat().st_size
    logger.info("wrote %s with float16 heads: %d bytes, was %d", path, after, before)
    return before, after
