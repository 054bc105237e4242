"""``slant serve``: the web page and HTTP API on a local address (uvicorn)."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from typing import Any

from slant._errors import DependencyError, SlantError

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``serve`` subcommand."""
    from slant.serve._settings import API_KEYS_ENV, ServeSettings

    defaults = ServeSettings()
    parser = subparsers.add_parser(
        "serve",
        help="start the web page and HTTP API",
        description="Start the web page and HTTP API on http://HOST:PORT (API docs at /docs).",
        epilog=f"API keys can also come from the {API_KEYS_ENV} environment variable (comma-separated), "
        "which keeps them out of the process list.",
    )
    parser.add_argument("--host", default=defaults.host, help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=defaults.port, help="TCP port (default: %(default)s)")
    parser.add_argument(
        "--workers", type=int, default=defaults.workers, help="worker processes (default: %(default)s)"
    )
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY",
        help="require this API key (repeat for several); without keys the API is open",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=defaults.rate_limit,
        metavar="N",
        help="requests a minute per key (per address without keys); 0 = no limit (default: %(default)s)",
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let web pages from ORIGIN call the API (repeat for several); closed by default",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=defaults.max_body_bytes,
        metavar="N",
        help="largest request body in bytes (default: %(default)s)",
    )
    parser.add_argument(
        "--max-text-chars",
        type=int,
        default=defaults.max_text_chars,
        metavar="N",
        help="longest page text or batch item, in characters (default: %(default)s)",
    )
    parser.add_argument(
        "--max-batch",
        type=int,
        default=defaults.max_batch,
        metavar="N",
        help="most items in one batch call (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=defaults.request_timeout,
        help="seconds of analysis per request before 504 (default: %(default)s)",
    )
    parser.add_argument(
        "--pipeline", metavar="NAMES", help="comma-separated annotators to run instead of the default ones"
    )


def run(args: argparse.Namespace) -> int:
    """Start uvicorn with the app; returns when the server stops (Ctrl-C)."""
    try:
        import uvicorn

        from slant.serve import ServeSettings
    except ImportError as error:
        raise DependencyError(
            f"slant serve needs the serve extra ({error.name or error} is missing); "
            "install it with: pip install 'slant[serve]'"
        ) from error
    names = tuple(n.strip() for n in args.pipeline.split(",") if n.strip()) if args.pipeline else None
    settings = ServeSettings.from_env(
        host=args.host,
        port=args.port,
        workers=args.workers,
        api_keys=frozenset(args.api_key),
        rate_limit=args.rate_limit,
        cors_origins=tuple(args.cors_origin),
        max_body_bytes=args.max_body_bytes,
        max_text_chars=args.max_text_chars,
        max_batch=args.max_batch,
        request_timeout=args.timeout,
        pipeline=names,
    )
    if settings.host not in {"127.0.0.1", "localhost", "::1"} and not settings.api_keys:
        print(
            f"slant: warning: listening on {settings.host} without API keys: anyone who can reach it can use it",
            file=sys.stderr,
        )
    _check_address_free(settings.host, settings.port)
    keys = "with API keys" if settings.api_keys else "open (no API keys)"
    print(
        f"slant: serving on http://{settings.host}:{settings.port}  (API docs at /docs; {keys}; Ctrl-C stops)",
        file=sys.stderr,
    )
    if settings.workers > 1:
        # Worker processes import the app by name, so they rebuild it from settings passed in the environment.
        from slant.serve._factory import SETTINGS_ENV, settings_to_json

        os.environ[SETTINGS_ENV] = settings_to_json(settings)
        uvicorn.run(
            "slant.serve._factory:app_from_environment",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=settings.workers,
            log_level="warning",
            server_header=False,
        )
    else:
        from slant.serve import create_app

        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_level="warning",
            server_header=False,
        )
    return 0


def _check_address_free(host: str, port: int) -> None:
    # uvicorn would log the bind failure and exit; say it in one line the slant way instead.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise SlantError(
                f"cannot listen on {host}:{port}: {error.strerror or error}; "
                "is another server running there? choose another --port or --host"
            ) from error
