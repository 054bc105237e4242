"""Bad input through ``slant analyze``: one stderr line naming the problem, the documented exit code,
nothing on standard output, and never a traceback.

Exit codes are those of slant._errors.EXIT_CODES (listed by ``slant --help``). URLs never reach the
network: the fetcher gets a mock transport and resolver, or is refused before any connection.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from slant._cli import main
from slant._errors import EXIT_CODES
from slant.readers import _fetch

BAD_INPUT, MISSING, TOO_LARGE, FETCH = 3, 4, 5, 6
PUBLIC = "93.184.215.14"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run ``slant analyze ARGS``; return the exit code and the one stderr line."""
    code = main(["analyze", *args])
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("slant: error: "), lines[0]
    assert "Traceback" not in captured.err
    return code, lines[0]


def test_the_exit_codes_used_here_are_documented() -> None:
    for code in (BAD_INPUT, MISSING, TOO_LARGE, FETCH):
        assert code in EXIT_CODES


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert f"{path} is empty" in line


def test_white_space_only_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n   ")
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert "is empty" in line


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>"),
        ("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(200)),
        ("noise.html", os.urandom(2048)),
    ],
)
def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert "is binary data" in line


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("numbers.csv", "id,value,count\n1,2.5,3\n4,5.5,6\n7,8.5,9\n", "not a news page"),
        ("tiny.txt", "hello there world\n", "not a news page"),
        ("login.html", "<html><head><title>Log in</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
         "has no article text"),
        ("empty-body.html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "has no article text"),
        ("list.json", '[{"text": "one"}, {"text": "two"}]', "must hold one page as a JSON object"),
        ("no-text.json", '{"title": "Headline only", "comments": []}', "has no article text"),
        ("broken.json", '{"title": "x", "text": ', "is not valid JSON"),
        ("bad-parent.json", '{"text": "A long enough article body for the reader.", "comments": [{"text": "a", "parent": "c9"}]}',
         'comments[0]: "parent" names "c9", which is not an earlier comment'),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, says: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert says in line


def test_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.txt"
    # 0x81, 0x8d, 0x98 are defined by neither Windows-1252 nor Windows-1251, nor valid UTF-8 here
    path.write_bytes(b"Headline \x81\x8d\x98 of a story that came in an unknown code page.\n" * 5)
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert "is not UTF-8, Windows-1251 or Windows-1252 text" in line


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, line = run_cli(capsys, str(tmp_path / "no-such-page.html"))
    assert code == MISSING
    assert "no such file" in line and "no-such-page.html" in line


def test_a_url_without_its_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    code, line = run_cli(capsys, "www.example.org/2024/story")
    assert code == MISSING
    assert line.endswith("for a web page give the whole URL, https://www.example.org/2024/story")


def test_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, line = run_cli(capsys, str(tmp_path))
    assert code == BAD_INPUT
    assert "is a folder" in line


def test_a_page_over_max_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.html"
    path.write_text("<html><body>" + "<p>Long story.</p>" * 200 + "</body></html>", encoding="utf-8")
    code, line = run_cli(capsys, str(path), "--max-bytes", "1000")
    assert code == TOO_LARGE
    assert "over the 1,000-byte limit" in line and "--max-bytes" in line


def mock_network(
    monkeypatch: pytest.MonkeyPatch, handler: object, addresses: list[str] | None = None
) -> None:
    """Route slant's fetcher through ``handler`` and a fake resolver: no real socket is opened."""

    def resolve(host: str, port: int) -> list[str]:
        return addresses or [PUBLIC]

    patched = functools.partial(
        _fetch.fetch_url,
        transport=httpx.MockTransport(handler),  # type: ignore[arg-type]
        resolver=resolve,
    )
    monkeypatch.setattr(_fetch, "fetch_url", patched)


def test_unreachable_url(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    mock_network(monkeypatch, refuse)
    code, line = run_cli(capsys, "https://news.example.org/story")
    assert code == FETCH
    assert "cannot connect to news.example.org" in line


def test_url_that_times_out(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    mock_network(monkeypatch, hang)
    code, line = run_cli(capsys, "https://slow.example.org/story", "--timeout", "3")
    assert code == FETCH
    assert "did not answer within 3 s" in line


def test_url_returning_404(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mock_network(monkeypatch, lambda request: httpx.Response(404, text="gone"))
    code, line = run_cli(capsys, "https://news.example.org/gone")
    assert code == FETCH
    assert line == "slant: error: https://news.example.org/gone returned HTTP 404 Not Found"


def test_url_over_max_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mock_network(monkeypatch, lambda request: httpx.Response(200, content=b"<p>x</p>" * 1000))
    code, line = run_cli(capsys, "https://news.example.org/huge", "--max-bytes", "2000")
    assert code == TOO_LARGE
    assert "2,000-byte limit" in line


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.1/", "private"),
        ("http://[::ffff:127.0.0.1]:8080/", "loopback"),
    ],
)
def test_private_address_url(capsys: pytest.CaptureFixture[str], url: str, kind: str) -> None:
    code, line = run_cli(capsys, url)
    assert code == FETCH
    assert f"a {kind} address; slant fetches only public addresses" in line


def test_a_name_that_resolves_to_a_private_address(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mock_network(monkeypatch, lambda request: httpx.Response(200, text="secret"), addresses=["192.168.0.10"])
    code, line = run_cli(capsys, "http://router.example.com/admin")
    assert code == FETCH
    assert "192.168.0.10, a private address" in line


@pytest.mark.parametrize("url", ["ftp://ftp.example.org/page.html", "file:///etc/passwd"])
def test_scheme_other_than_http(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, line = run_cli(capsys, url)
    assert code == FETCH
    assert "only http:// and https:// URLs can be fetched" in line


def slant_process(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SLANT_DEBUG": ""}
    return subprocess.run(
        [sys.executable, "-m", "slant._cli", "analyze", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "stdin", "code", "says"),
    [
        (("-",), b"", BAD_INPUT, b"<stdin> is empty"),
        (("-",), b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BAD_INPUT, b"<stdin> is binary data"),
        (
            ("-", "--max-bytes", "100"),
            b"word " * 100,
            TOO_LARGE,
            b"standard input is over the 100-byte limit",
        ),
        (("http://169.254.169.254/",), b"", FETCH, b"slant fetches only public addresses"),
        (("does-not-exist.html",), b"", MISSING, b"no such file: does-not-exist.html"),
        (
            ("-", "--format", "html"),
            b"<html><head><title>x</title></head><body></body></html>",
            BAD_INPUT,
            b"<stdin> has no article text",
        ),
        (
            ("-",),
            b'{"title": "x", "comments": [{"text": "a", "parent": 3}]}',
            BAD_INPUT,
            b'comments[0]: "parent" is index 3',
        ),
    ],
)
def test_no_traceback_reaches_stderr_of_the_real_process(
    args: tuple[str, ...], stdin: bytes, code: int, says: bytes
) -> None:
    result = slant_process(*args, stdin=stdin)
    assert result.returncode == code, result.stderr
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(b"slant: error: ") and says in lines[0]


def test_an_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "locked.html"
    path.write_text("<p>x</p>", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # tests may run as root, where chmod 000 does not bite
    code, line = run_cli(capsys, str(path))
    assert code == BAD_INPUT
    assert line == f"slant: error: cannot read {path}: Permission denied; check its permissions"
