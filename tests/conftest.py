"""The one conftest of slant's tests.

Fixtures:
- ``example_page``: the bundled example page (examples/news-page-with-comments.txt), as a Path.
- ``pages_dir``: tests/pages, the hand-made test pages with their expectations.
- ``shared_data``: ../shared/data, or the test is skipped with the reason, so the suite passes on a
  fresh machine without the data (quality gates run in CI, where the data is present).

Markers (pyproject.toml): ``model``, ``quality``, ``slow``, ``issue(n)``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("SLANT_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def example_page() -> Path:
    return ROOT / "examples" / "news-page-with-comments.txt"


@pytest.fixture(scope="session")
def pages_dir() -> Path:
    return ROOT / "tests" / "pages"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"quality gate needs the training/evaluation data at {SHARED_DATA}, which is absent here")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the network: any real socket connection to a non-loopback host fails."""
    import socket

    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in {"127.0.0.1", "localhost", "::1"}
            and not host.startswith("/")
        ):
            raise OSError(f"tests must not touch the network (tried {address!r})")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
