"""The manifest of a run: slant's version, the annotators and models that ran, and the settings.

It answers "what produced these tables?" a year later. Each trained annotator reports the model it
runs (``model_info()``: name, version, format and a digest of the files in the folder it loads), so
two runs with the same digest used the same weights, whether shipped or trained by the user.
A run started again on the same folder appends to ``invocations`` and must use the same pipeline:
mixing pipelines in one run would make its rows disagree.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slant._errors import InputError, PipelineError
from slant._pipeline import Pipeline, resolve_name
from slant._version import __version__

__all__ = ["MANIFEST_NAME", "annotator_versions", "read_manifest", "update_manifest"]

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _model_info(annotator: object) -> dict[str, Any] | None:
    """The trained model an annotator runs (its ``model_info()``: name, version, format, digest), or None."""
    describe = getattr(annotator, "model_info", None)
    if not callable(describe):
        return None
    info = describe().as_dict()
    # The folder differs between installs of the same model; the digest is what identifies it.
    info.pop("path", None)
    return info  # type: ignore[no-any-return]


def annotator_versions(pipeline: Pipeline) -> list[dict[str, Any]]:
    """For each annotator, in order: its registered versioned name and, for a trained one, the model it runs.

    The model is described by the annotator itself (see :func:`slant._models.model_info`), from the
    folder it loads, so a run with ``model_dir`` set records that model, not the shipped one.
    """
    out = []
    for annotator in pipeline.annotators:
        try:
            versioned: str | None = resolve_name(annotator.name)
        except PipelineError:  # not in slant's registry: a plug-in annotator
            versioned = None
        entry: dict[str, Any] = {
            "name": annotator.name,
            "registered": versioned,
            "class": f"{type(annotator).__module__}.{type(annotator).__qualname__}",
        }
        model = _model_info(annotator)
        if model is not None:
            entry["model"] = model
        out.append(entry)
    return out


def read_manifest(run: str | Path) -> dict[str, Any] | None:
    """The manifest of the run folder ``run``, or None when it has none yet."""
    path = Path(run) / MANIFEST_NAME
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def update_manifest(
    run: str | Path,
    *,
    pipeline: Pipeline,
    pipeline_spec: Sequence[str],
    settings: dict[str, Any],
    inputs: Sequence[str],
) -> dict[str, Any]:
    """Write (or extend, on resume) the manifest of ``run`` before a run starts.

    Raises:
        InputError: the folder was made by a run with another pipeline.
    """
    path = Path(run) / MANIFEST_NAME
    annotators = annotator_versions(pipeline)
    old = read_manifest(run)
    invocation = {"started": _now(), "settings": settings, "inputs": list(inputs)}
    if old is None:
        manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "slant_version": __version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "created": invocation["started"],
            "pipeline": list(pipeline_spec) or ["<default>"],
            "annotators": annotators,
            "invocations": [invocation],
        }
    else:
        manifest = old
        if manifest.get("pipeline") != (list(pipeline_spec) or ["<default>"]):
            raise InputError(
                f"{run} was made with pipeline {manifest.get('pipeline')}; resume it with the same --pipeline "
                "or give a new --out folder"
            )
        if manifest.get("annotators") != annotators or manifest.get("slant_version") != __version__:
            # Models changed between runs: keep going (the user asked to resume), but say so in the
            # manifest so the mix is visible to whoever reads the tables.
            invocation["changed"] = {"slant_version": __version__, "annotators": annotators}
        manifest["invocations"].append(invocation)
    _write_json(path, manifest)
    return manifest


def finish_manifest(run: str | Path, summary: dict[str, Any]) -> None:
    """Record how the latest invocation ended (counts, time) in the manifest."""
    manifest = read_manifest(run)
    if manifest is None:
        return
    manifest["invocations"][-1].update(finished=_now(), **summary)
    _write_json(Path(run) / MANIFEST_NAME, manifest)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def argv_summary() -> str:
    """The command line that started this process (for the manifest)."""
    return " ".join(sys.argv)
