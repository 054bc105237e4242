"""Every curl example of docs/serve.md, run against the app: its status, and the shape of the JSON shown."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ApiClient

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "serve.md"
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def _examples() -> list[tuple[str, set[int], Any]]:
    blocks = _BLOCK.findall(DOC.read_text(encoding="utf-8"))
    found = []
    for index, (_kind, body) in enumerate(blocks):
        for line in body.splitlines():
            if not line.startswith("$ curl"):
                continue
            status = re.search(r"# -> (\d+(?: or \d+)*)\s*$", line)
            if status is None:
                continue  # commands without an expected status (e.g. starting the server) are not run
            expected = {int(s) for s in status.group(1).split(" or ")}
            shown = None
            if index + 1 < len(blocks) and blocks[index + 1][0] == "json":
                shown = json.loads(blocks[index + 1][1])
            found.append((line[2 : status.start()].strip(), expected, shown))
    return found


EXAMPLES = _examples()


def _run(client: ApiClient, command: str) -> httpx.Response:
    words = shlex.split(command)[1:]
    url, headers, data, files = "", {}, None, None
    i = 0
    while i < len(words):
        word = words[i]
        if word == "-s":
            i += 1
            continue
        if word in {"-H", "-d", "-F"}:
            value = words[i + 1]
            if word == "-H":
                name, _, content = value.partition(":")
                headers[name.strip()] = content.strip()
            elif word == "-d":
                data = value.encode()
            else:
                field, _, ref = value.partition("=@")
                files = {field: (Path(ref).name, (ROOT / ref).read_bytes())}
            i += 2
            continue
        url = word
        i += 1
    path = url.removeprefix("http://127.0.0.1:8000")
    if data is None and files is None:
        return client.get(path, headers=headers)
    return client.post(path, content=data, files=files, headers=headers)


def _assert_shape(shown: Any, real: Any, where: str) -> None:
    if isinstance(shown, dict):
        assert isinstance(real, dict), where
        for key, value in shown.items():
            if key in {"spans", "toxicity", "scores"}:  # maps whose keys depend on the models installed
                assert key in real, f"{where}.{key}"
                continue
            assert key in real, f"{where}.{key} is shown in the doc but not answered"
            _assert_shape(value, real[key], f"{where}.{key}")
    elif isinstance(shown, list) and shown and real:
        _assert_shape(shown[0], real[0], f"{where}[0]")


def test_the_doc_has_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(("command", "statuses", "shown"), EXAMPLES, ids=[e[0][:60] for e in EXAMPLES])
def test_doc_example_answers_as_shown(
    make_client: Callable[..., ApiClient], command: str, statuses: set[int], shown: Any
) -> None:
    response = _run(make_client(), command)
    assert response.status_code in statuses, response.text
    if shown is not None and response.status_code == 200:
        _assert_shape(shown, response.json(), "answer")
    if shown is not None and "error" in shown:
        assert response.json()["error"]["code"] == shown["error"]["code"]
