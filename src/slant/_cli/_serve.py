"""``slant serve``: the web page and HTTP API on a local address (uvicorn)."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from typing import Any

from slant._cli._common import add_pipeline_arguments, pipeline_from_args
from slant._errors import DependencyError, PlaceError

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
    add_pipeline_arguments(parser)
    guard = parser.add_argument_group("protection against abuse (see docs/serve.md)")
    guard.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (address or network, e.g. 10.0.0.0/8) whose X-Forwarded-For / Forwarded "
        "names the client for the rate limits (repeat for several); none by default",
    )
    guard.add_argument(
        "--auth-failures-per-minute",
        type=int,
        default=defaults.auth_failures_per_minute,
        metavar="N",
        help="requests with a missing or wrong API key per client address a minute before 429; "
        "0 = no limit (default: %(default)s)",
    )
    guard.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        metavar="N",
        help="open connections per worker; at the cap the longest-idle one is closed (default: %(default)s)",
    )
    guard.add_argument(
        "--max-connections-per-client",
        type=int,
        default=defaults.max_connections_per_client,
        metavar="N",
        help="open connections from one address, trusted proxies exempt (default: %(default)s)",
    )
    guard.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_timeout,
        metavar="SECONDS",
        help="time to send a whole request head after connecting or after an answer (default: %(default)s)",
    )
    guard.add_argument(
        "--body-timeout",
        type=float,
        default=defaults.body_timeout,
        metavar="SECONDS",
        help="time to send a whole request body after its head (default: %(default)s)",
    )
    guard.add_argument(
        "--keep-alive-timeout",
        type=float,
        default=defaults.keep_alive_timeout,
        metavar="SECONDS",
        help="how long an idle keep-alive connection stays open (default: %(default)s)",
    )
    guard.add_argument(
        "--max-header-bytes",
        type=int,
        default=defaults.max_header_bytes,
        metavar="N",
        help="largest request head in bytes (default: %(default)s)",
    )
    guard.add_argument(
        "--backlog",
        type=int,
        default=defaults.backlog,
        metavar="N",
        help="connections the kernel queues before they are accepted (default: %(default)s)",
    )
    guard.add_argument(
        "--analysis-memory-mb",
        type=int,
        default=defaults.analysis_memory_mb,
        metavar="MB",
        help="memory one analysis may take beyond the models, else 413; 0 = no cap (default: %(default)s)",
    )
    render = parser.add_argument_group("rendered fetch (issue 18; see docs/serve.md before enabling it)")
    render.add_argument(
        "--allow-render",
        action="store_true",
        help='let clients ask for URLs to be opened in headless Chromium ("render": true), so comments '
        "loaded by script are read; needs pip install 'slant[render]' and Debian's chromium",
    )
    render.add_argument(
        "--max-renders",
        type=int,
        default=defaults.max_renders,
        metavar="N",
        help="renders at once per worker; one more is answered 503 (default: %(default)s)",
    )
    render.add_argument(
        "--render-timeout",
        type=float,
        default=defaults.render_timeout,
        metavar="SECONDS",
        help="time one render may take, all of it (default: %(default)s)",
    )
    render.add_argument(
        "--render-memory",
        type=int,
        default=defaults.render_memory_mb,
        metavar="MB",
        help="memory one render's browser may use before it is killed (default: %(default)s)",
    )
    guard.add_argument(
        "--analysis-in-threads",
        action="store_true",
        help="run analyses in threads of the server instead of worker processes: a timed-out analysis "
        "then runs on in the background (for debugging)",
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
    names = pipeline_from_args(args)
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
        trusted_proxies=tuple(args.trusted_proxy),
        auth_failures_per_minute=args.auth_failures_per_minute,
        max_connections=args.max_connections,
        max_connections_per_client=args.max_connections_per_client,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        keep_alive_timeout=args.keep_alive_timeout,
        max_header_bytes=args.max_header_bytes,
        backlog=args.backlog,
        analysis_memory_mb=args.analysis_memory_mb,
        analysis_processes=not args.analysis_in_threads,
        render=args.allow_render,
        max_renders=args.max_renders,
        render_timeout=args.render_timeout,
        render_memory_mb=args.render_memory,
    )
    if settings.render:
        from slant.readers._render import check_render_available

        check_render_available(purpose="slant serve --allow-render")  # before the port is taken
    if settings.host not in {"127.0.0.1", "localhost", "::1"} and not settings.api_keys:
        print(
            f"slant: warning: listening on {settings.host} without API keys: anyone who can reach it can use it",
            file=sys.stderr,
        )
    from slant.serve._protocol import raise_fd_limit, server_options

    raise_fd_limit(settings)
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
            **server_options(settings, by_name=True),
        )
    else:
        from slant.serve import create_app

        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            **server_options(settings),
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
            raise PlaceError(
                f"cannot listen on {host}:{port}: {error.strerror or error}; "
                "is another server running there? choose another --port or --host"
            ) from error
