"""``slant serve``: its options, the settings handed to worker processes, and a real server process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from slant._cli import build_parser
from slant.serve import ServeSettings
from slant.serve._factory import SETTINGS_ENV, app_from_environment, settings_from_json, settings_to_json


def test_serve_options_parse() -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--port",
            "9001",
            "--workers",
            "2",
            "--api-key",
            "a",
            "--api-key",
            "b",
            "--cors-origin",
            "https://x.example",
        ]
    )
    assert (args.host, args.port, args.workers) == ("127.0.0.1", 9001, 2)
    assert args.api_key == ["a", "b"] and args.cors_origin == ["https://x.example"]


def test_settings_survive_the_trip_to_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = ServeSettings(
        api_keys=frozenset({"k"}), cors_origins=("https://x.example",), pipeline=("toxicity",), rate_limit=5
    )
    assert settings_from_json(settings_to_json(settings)) == settings
    monkeypatch.setenv(SETTINGS_ENV, settings_to_json(settings))
    assert app_from_environment().state.settings == settings


@pytest.mark.slow
def test_slant_serve_answers_on_loopback_and_stops_cleanly() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "SLANT_API_KEYS": "cli-key"}
    command = [sys.executable, "-m", "slant._cli", "serve", "--port", str(port), "--pipeline", "toxicity"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            try:
                health = httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "slant serve did not start within 60 s"
                time.sleep(0.2)
        assert health.json()["pipeline"] == ["toxicity"]
        body = {"comments": ["what a stupid idea"]}
        assert httpx.post(base + "/v1/toxicity", json=body).status_code == 401  # the key from the environment
        answer = httpx.post(base + "/v1/toxicity", json=body, headers={"X-API-Key": "cli-key"})
        assert answer.status_code == 200 and answer.json()["results"][0]["scores"]["toxicity"] > 0.5
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert "serving on http://127.0.0.1:" in err.decode()
    assert "Traceback" not in err.decode()


def test_a_busy_port_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    from slant._cli import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--port", str(port), "--pipeline", "toxicity"])
    err = capsys.readouterr().err
    assert code == 11 and f"cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err


def test_bad_settings_on_the_command_line_are_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    from slant._cli import main

    assert main(["serve", "--port", "70000"]) == 3
    assert "serve setting port" in capsys.readouterr().err
