"""Rebuilding the app in uvicorn's worker processes, which import it by name."""

from __future__ import annotations

import dataclasses
import json
import os

from fastapi import FastAPI

from slant.serve._app import create_app
from slant.serve._settings import ServeSettings

__all__ = ["SETTINGS_ENV", "app_from_environment", "settings_from_json", "settings_to_json"]

#: The environment variable ``slant serve --workers N`` hands its settings to the workers in.
SETTINGS_ENV = "SLANT_SERVE_SETTINGS"


def settings_to_json(settings: ServeSettings) -> str:
    """``settings`` as a JSON object."""
    data = dataclasses.asdict(settings)
    data["api_keys"] = sorted(settings.api_keys)
    return json.dumps(data)


def settings_from_json(text: str) -> ServeSettings:
    """Settings from :func:`settings_to_json`'s output."""
    data = json.loads(text)
    data["api_keys"] = frozenset(data.get("api_keys", ()))
    data["cors_origins"] = tuple(data.get("cors_origins", ()))
    data["trusted_proxies"] = tuple(data.get("trusted_proxies", ()))
    data["allowed_addresses"] = tuple(data.get("allowed_addresses", ()))
    if data.get("pipeline") is not None:
        data["pipeline"] = tuple(data["pipeline"])
    return ServeSettings(**data)


def app_from_environment() -> FastAPI:
    """The app, with settings from ``SLANT_SERVE_SETTINGS`` (or the defaults)."""
    text = os.environ.get(SETTINGS_ENV)
    return create_app(settings_from_json(text) if text else None)
