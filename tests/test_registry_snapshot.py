"""The registry is a visible contract: adding, renaming or moving an annotator changes this snapshot.

When you change src/slant/_registrations.py on purpose, update tests/registry_snapshot.json in the
same commit (spaCy keeps factory_registrations.json for the same reason).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from slant._registrations import ANNOTATORS, DEFAULT_PIPELINE

SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")


def test_registry_matches_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    registered = {
        name: {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in dataclasses.asdict(entry).items()
        }
        for name, entry in ANNOTATORS.items()
    }
    assert registered == expected["annotators"]
    assert list(DEFAULT_PIPELINE) == expected["default_pipeline"]
