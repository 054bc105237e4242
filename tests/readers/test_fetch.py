"""fetch_url: allowed schemes and addresses, redirects re-checked, timeouts, size cap, HTTP errors.

Every test injects an httpx.MockTransport and a fake resolver: nothing touches the network.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

import slant
from slant import FetchError, ForbiddenURLError, InputTooLargeError, ReadLimits
from slant.readers import _fetch, read_bytes
from slant.readers._fetch import fetch_url, non_public_reason

PUBLIC = "93.184.215.14"
PAGE = b"<html><body><article><p>" + b"A story worth reading. " * 20 + b"</p></article></body></html>"


def resolver(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        return table.get(host, [PUBLIC])

    return resolve


def transport(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"})


LIMITS = ReadLimits()


def test_fetches_a_page_with_its_content_type_and_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    page = fetch_url(
        "https://news.example.org/story", limits=LIMITS, transport=transport(handler), resolver=resolver({})
    )
    assert page.content == PAGE
    assert page.content_type == "text/html; charset=utf-8"
    assert page.url == "https://news.example.org/story"
    assert seen[0].headers["user-agent"] == f"slant/{slant.__version__}"


@pytest.mark.parametrize(
    "url", ["ftp://example.org/page.html", "file:///etc/passwd", "gopher://example.org/"]
)
def test_refuses_schemes_other_than_http(url: str) -> None:
    with pytest.raises(ForbiddenURLError, match=r"only http:// and https://"):
        fetch_url(url, limits=LIMITS, transport=transport(ok), resolver=resolver({}))


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("192.168.1.20", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::5", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
        ("100.64.0.1", "non-global"),
    ],
)
def test_non_public_addresses_are_named(address: str, reason: str) -> None:
    assert non_public_reason(address) == reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert non_public_reason(address) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]:8080/",
    ],
)
def test_refuses_private_address_literals(url: str) -> None:
    with pytest.raises(ForbiddenURLError, match="slant fetches only public addresses"):
        fetch_url(url, limits=LIMITS, transport=transport(ok), resolver=_fetch.resolve_host)


def test_refuses_a_name_when_any_of_its_addresses_is_private() -> None:
    table = {"intranet.example.com": [PUBLIC, "10.1.2.3"]}
    with pytest.raises(ForbiddenURLError, match=r"10\.1\.2\.3, a private address"):
        fetch_url(
            "https://intranet.example.com/", limits=LIMITS, transport=transport(ok), resolver=resolver(table)
        )


def test_private_addresses_allowed_when_the_limits_say_so() -> None:
    limits = ReadLimits(allow_private_addresses=True)
    page = fetch_url(
        "http://127.0.0.1:8000/page", limits=limits, transport=transport(ok), resolver=resolver({})
    )
    assert page.content == PAGE


def test_redirects_are_followed_and_each_hop_rechecked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        if request.url.path == "/new":
            return httpx.Response(302, headers={"location": "http://metadata.internal/latest"})
        return ok(request)

    table = {"metadata.internal": ["169.254.169.254"]}
    with pytest.raises(ForbiddenURLError, match=r"169\.254\.169\.254, a link-local address"):
        fetch_url(
            "https://news.example.org/old",
            limits=LIMITS,
            transport=transport(handler),
            resolver=resolver(table),
        )


def test_a_relative_redirect_lands_on_the_final_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(308, headers={"location": "/2024/story"})
        return ok(request)

    page = fetch_url(
        "https://news.example.org/old", limits=LIMITS, transport=transport(handler), resolver=resolver({})
    )
    assert page.url == "https://news.example.org/2024/story"


def test_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"location": f"/{step + 1}"})

    limits = ReadLimits(max_redirects=3)
    with pytest.raises(FetchError, match="redirected more than 3 times"):
        fetch_url(
            "https://loop.example.org/0", limits=limits, transport=transport(handler), resolver=resolver({})
        )


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error"), (403, "Forbidden")]
)
def test_http_errors_are_one_line(status: int, reason: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=b"<html>error page</html>")

    with pytest.raises(FetchError) as caught:
        fetch_url(
            "https://news.example.org/gone",
            limits=LIMITS,
            transport=transport(handler),
            resolver=resolver({}),
        )
    assert str(caught.value) == f"https://news.example.org/gone returned HTTP {status} {reason}"


def test_connection_errors_become_fetch_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(
        FetchError, match=r"cannot connect to news.example.org: \[Errno 111\] Connection refused"
    ):
        fetch_url(
            "https://news.example.org/", limits=LIMITS, transport=transport(handler), resolver=resolver({})
        )


def test_timeouts_become_fetch_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    limits = ReadLimits(timeout=2.5)
    with pytest.raises(FetchError, match=r"did not answer within 2.5 s"):
        fetch_url(
            "https://slow.example.org/", limits=limits, transport=transport(handler), resolver=resolver({})
        )


def test_unresolvable_host() -> None:
    def failing(host: str, port: int) -> list[str]:
        raise FetchError(f"cannot resolve host {host!r}: Name or service not known; check the URL")

    with pytest.raises(FetchError, match=r"cannot resolve host 'no-such-host\.invalid'"):
        fetch_url("https://no-such-host.invalid/", limits=LIMITS, transport=transport(ok), resolver=failing)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 2000, headers={"content-length": "2000"})

    with pytest.raises(InputTooLargeError, match="2,000 bytes, over the 1,000-byte limit"):
        fetch_url(
            "https://big.example.org/",
            limits=ReadLimits(max_bytes=1000),
            transport=transport(handler),
            resolver=resolver({}),
        )


def test_a_streamed_body_is_cut_at_the_cap() -> None:
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            produced.append(1)
            yield b"y" * 100

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks())  # no content-length: chunked

    with pytest.raises(InputTooLargeError, match="sent more than 1,000 bytes"):
        fetch_url(
            "https://stream.example.org/",
            limits=ReadLimits(max_bytes=1000),
            transport=transport(handler),
            resolver=resolver({}),
        )
    assert len(produced) < 20  # stopped early, not after reading everything


def test_read_of_a_url_fetches_then_reads_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (
        b"<html><head><title>Bridge reopens | Town News</title></head><body><article><h1>Bridge reopens</h1>"
        b"<p>The old bridge reopened on Monday after two years of repairs, the town said in a statement.</p>"
        b"<p>Buses will use it again from next week, and a new footpath opens in May.</p></article></body></html>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=html, headers={"content-type": "text/html"})

    real = _fetch.fetch_url

    def fake_fetch(url: str, *, limits: ReadLimits) -> _fetch.FetchedPage:
        return real(url, limits=limits, transport=transport(handler), resolver=resolver({}))

    monkeypatch.setattr(_fetch, "fetch_url", fake_fetch)
    doc = slant.read("https://www.townnews.example/2024/bridge")
    assert doc.reader == "html"
    assert doc.url == "https://www.townnews.example/2024/bridge"
    assert doc.outlet == "townnews.example"
    assert doc.article.text.startswith("The old bridge reopened on Monday")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"max_bytes": 0},
            r"size limit \(max_bytes, --max-bytes\) must be a whole number of bytes, at least 1; got 0",
        ),
        ({"max_bytes": -5}, r"at least 1; got -5"),
        ({"timeout": 0}, r"URL timeout \(timeout, --timeout\) must be a number of seconds above 0; got 0"),
        ({"timeout": float("nan")}, r"above 0; got nan"),
        ({"max_redirects": -1}, r"max_redirects must be a whole number of redirects, 0 or more; got -1"),
    ],
)
def test_limits_are_checked(arguments: dict[str, float], message: str) -> None:
    with pytest.raises(slant.InputError, match=message):
        ReadLimits(**arguments)  # type: ignore[arg-type]


def test_zero_redirects_means_the_first_answer_is_final() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"location": "/elsewhere"})

    with pytest.raises(FetchError, match="redirected more than 0 times"):
        fetch_url(
            "https://news.example.org/",
            limits=ReadLimits(max_redirects=0),
            transport=transport(handler),
            resolver=resolver({}),
        )


class _LocalPages(BaseHTTPRequestHandler):
    """A tiny web server on loopback: a page, a redirect to it, and an endless body."""

    def do_GET(self) -> None:
        if self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/story")
            self.end_headers()
        elif self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=windows-1251")
            self.send_header("Content-Length", str(len(RUSSIAN_PAGE)))
            self.end_headers()
            self.wfile.write(RUSSIAN_PAGE)
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: the body runs until the client hangs up
            try:
                for _ in range(10_000):
                    self.wfile.write(b"<p>more</p>" * 100)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


RUSSIAN_PAGE = (
    "<html><head><title>Новости</title></head><body><article><h1>Мост открыт</h1>"
    "<p>В воскресенье в Самаре открыли движение по новому мосту через реку Самару, сообщили власти.</p>"
    "<p>Строительство шло четыре года и обошлось бюджету в 11,2 млрд рублей.</p></article></body></html>"
).encode("cp1251")


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _LocalPages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_real_http_exchange_on_loopback(local_server: str) -> None:
    limits = ReadLimits(allow_private_addresses=True, timeout=5)
    page = fetch_url(f"{local_server}/old", limits=limits)
    assert page.url == f"{local_server}/story"
    assert page.content == RUSSIAN_PAGE
    doc = read_bytes(page.content, url=page.url, content_type=page.content_type, source=page.url)
    assert doc.article.text.startswith("В воскресенье в Самаре")


def test_a_real_endless_body_is_cut(local_server: str) -> None:
    limits = ReadLimits(allow_private_addresses=True, timeout=5, max_bytes=50_000)
    with pytest.raises(InputTooLargeError, match="sent more than 50,000 bytes"):
        fetch_url(f"{local_server}/endless", limits=limits)


def test_a_real_404(local_server: str) -> None:
    limits = ReadLimits(allow_private_addresses=True, timeout=5)
    with pytest.raises(FetchError, match=r"/missing returned HTTP 404 Not Found$"):
        fetch_url(f"{local_server}/missing", limits=limits)


def test_loopback_is_refused_by_default(local_server: str) -> None:
    with pytest.raises(ForbiddenURLError, match="loopback"):
        fetch_url(f"{local_server}/story", limits=ReadLimits())


def test_the_connection_goes_to_the_checked_address_with_the_name_in_host_and_sni() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    answers = iter([[PUBLIC], ["127.0.0.1"]])  # a rebinding resolver: public first, then loopback

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    page = fetch_url(
        "https://news.example.org:8443/story", limits=LIMITS, transport=transport(handler), resolver=rebinding
    )
    request = seen[0]
    assert request.url.host == PUBLIC
    assert request.headers["host"] == "news.example.org:8443"
    assert request.extensions["sni_hostname"] == "news.example.org"
    assert page.url == "https://news.example.org:8443/story"  # the page's own URL, not the address


def test_an_ipv6_address_is_pinned_in_brackets() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    fetch_url(
        "http://v6.example.org/",
        limits=LIMITS,
        transport=transport(handler),
        resolver=resolver({"v6.example.org": ["2606:4700:4700::1111"]}),
    )
    assert str(seen[0].url) == "http://[2606:4700:4700::1111]/"
    assert seen[0].headers["host"] == "v6.example.org"
