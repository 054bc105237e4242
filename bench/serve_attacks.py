"""Issue 12's attacks on `slant serve`, on loopback only, bounded in count and time; prints the figures.

Starts `slant serve` (toxicity pipeline, API keys from SLANT_API_KEYS, a rate limit) on 127.0.0.1
on a free port, probes /healthz from 127.0.0.1 every 0.2 s on a fresh connection, and runs, one at
a time: idle connections from other loopback addresses, dripped request heads, oversized
uploads, wrong API keys, and a rotating X-Forwarded-For. For each it prints the slowest /healthz,
failed probes, and the server's memory (its own and its analysis workers') before and after.

    python bench/serve_attacks.py                   # the tree this script is in
    python bench/serve_attacks.py --src /tmp/old    # another checkout (e.g. before the fix)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

KEY = "bench-key"
# A later --pipeline wins over the server's default "toxicity" (argparse keeps the last one).
DEFAULT_PIPELINE = "sentences,language,spelling,links,quotes,techniques,toxicity"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children, in MB."""
    total = 0
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError, ValueError):
            pids += [int(c) for c in (task / "children").read_text().split()]
    for one in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{one}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return total / 1e6


class Prober:
    """GET /healthz every 0.2 s on a fresh connection; keeps each latency (None: failed)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.samples: list[float | None] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            try:
                ok = httpx.get(self.base + "/healthz", timeout=5).status_code == 200
                self.samples.append(time.perf_counter() - started if ok else None)
            except httpx.HTTPError:
                self.samples.append(None)
            self._stop.wait(0.2)

    def __enter__(self) -> Prober:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def _connect(port: int, source: str) -> socket.socket | None:
    try:
        return socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
    except OSError:
        return None


def idle_connections(port: int, count: int = 2000, hold: float = 5.0) -> str:
    opened = [c for i in range(count) if (c := _connect(port, f"127.0.2.{1 + i % 40}")) is not None]
    time.sleep(hold)
    closed_by_server = 0
    for conn in opened:
        conn.setblocking(False)
        try:
            if conn.recv(1024, socket.MSG_PEEK) is not None:
                closed_by_server += 1
        except (BlockingIOError, OSError):
            pass
        conn.close()
    return f"{len(opened)} opened from 40 addresses, {closed_by_server} answered/closed by the server within {hold:g} s"


def dripped_heads(port: int, count: int = 200, seconds: float = 14.0) -> str:
    conns = [c for i in range(count) if (c := _connect(port, f"127.0.3.{1 + i % 20}")) is not None]
    head = b"POST /v1/toxicity HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
    alive = set(range(len(conns)))
    started = time.monotonic()
    position = 0
    while alive and time.monotonic() - started < seconds and position < len(head):
        for i in list(alive):
            try:
                conns[i].send(head[position : position + 1])
            except OSError:
                alive.discard(i)
        position += 1
        time.sleep(0.5)
    for conn in conns:
        conn.close()
    return f"{len(conns)} heads dripped 1 byte/0.5 s; {len(conns) - len(alive)} cut off by the server within {seconds:g} s"


def oversized_uploads(base: str, count: int = 3) -> str:
    text = ("Word " * 980_000).encode()  # 4.9 M characters, under the 5 MB body limit
    statuses, seconds = [], []
    for _ in range(count):
        started = time.perf_counter()
        response = httpx.post(
            base + "/v1/analyze/file",
            files={"file": ("page.txt", text)},
            headers={"X-API-Key": KEY},
            timeout=120,
        )
        seconds.append(time.perf_counter() - started)
        statuses.append(response.status_code)
    return f"{count} uploads of 4.9 M characters: statuses {statuses}, {max(seconds):.2f} s at most"


def wrong_keys(base: str, count: int = 300) -> str:
    counts: dict[int, int] = {}
    with httpx.Client(base_url=base, timeout=10) as client:
        for i in range(count):
            status = client.post(
                "/v1/toxicity", json={"comments": ["hi"]}, headers={"X-API-Key": f"guess-{i}"}
            ).status_code
            counts[status] = counts.get(status, 0) + 1
    return f"{count} wrong keys: " + ", ".join(f"{n} x {s}" for s, n in sorted(counts.items()))


def rotating_forwarded_for(base: str, count: int = 300) -> str:
    counts: dict[int, int] = {}
    with httpx.Client(base_url=base, timeout=10) as client:
        for i in range(count):
            status = client.post(
                "/v1/toxicity",
                json={"comments": ["hi"]},
                headers={"X-Forwarded-For": f"203.0.{i // 250}.{i % 250}"},
            ).status_code
            counts[status] = counts.get(status, 0) + 1
    return f"{count} requests without a key, rotating X-Forwarded-For: " + ", ".join(
        f"{n} x {s}" for s, n in sorted(counts.items())
    )


def heavy_pages(base: str) -> str:
    """Pages that cost the old code seconds to minutes and gigabytes (issue 12, findings 1, 4, 5, 14),
    sent two at a time to the full default pipeline."""
    comments = [{"id": f"c{i}", "text": "Crush these terrorists now, finish the job!"} for i in range(5_000)]
    article = "The army is set to finish the job, according to local sources. " * 5
    bodies = [
        {
            "text": "Headline\n\n" + article + "\n" + "x" * 12_000
        },  # one 12,000-letter word: 7.5 GB, 8 s before
        {"text": "Headline\n\n" + article + "\n" + "X" + "y" * 200_000},  # killed by the kernel before
        # 205,000 dashes under as much prose (a page of symbols alone is refused as not a page, 422)
        {"text": "Headline\n\n" + article * 650 + "\n" + "-" * 205_000},  # 93 s of CPU before
        {"page": {"title": "T", "article": article, "comments": comments}},  # 14 s before
        {"text": "Headline\n\n" + "a " * 950_000},  # 3.5 GB before
    ]
    results: list[str] = []

    def send(body: dict[str, object]) -> None:
        started = time.perf_counter()
        try:
            status = httpx.post(base + "/v1/analyze", json=body, timeout=120).status_code
        except httpx.HTTPError as error:
            status = type(error).__name__  # type: ignore[assignment]
        results.append(f"{status} in {time.perf_counter() - started:.1f} s")

    for pair in (bodies[:2], bodies[2:4], bodies[4:]):
        threads = [threading.Thread(target=send, args=(body,)) for body in pair]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return "long word, capitalised token, dash line, 5,000 identical comments, 2 MB of 'a ': " + ", ".join(
        results
    )


@contextlib.contextmanager
def server(src: Path, port: int, extra: list[str], *, keys: bool) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "PYTHONPATH": str(src / "src")}
    env.pop("SLANT_API_KEYS", None)
    if keys:
        env["SLANT_API_KEYS"] = KEY
    command = [
        sys.executable,
        "-m",
        "slant._cli",
        "serve",
        "--port",
        str(port),
        "--pipeline",
        "toxicity",
        *extra,
    ]
    process = subprocess.Popen(command, env=env, cwd=src, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("slant serve did not start") from None
                time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            _, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
        print(f"server log: {len(err):,} bytes")


def _run(process: subprocess.Popen[bytes], base: str, attacks: list[tuple[str, Callable[[], str]]]) -> None:
    httpx.post(base + "/v1/toxicity", json={"comments": ["warm"]}, headers={"X-API-Key": KEY}, timeout=60)
    time.sleep(2)
    idle = _rss_mb(process.pid)
    print(f"idle memory (server + analysis workers): {idle:.0f} MB")
    print(
        f"{'attack':26s} {'healthz max':>11s} {'median':>7s} {'failed':>6s} {'mem after':>9s}  what happened"
    )
    for name, attack in attacks:
        with Prober(base) as prober:
            what = attack()
        time.sleep(3)  # let the server settle (and a replaced worker load) before measuring memory
        good = [s for s in prober.samples if s is not None]
        failed = len(prober.samples) - len(good)
        worst = max(good) if good else float("nan")
        median = statistics.median(good) if good else float("nan")
        after = _rss_mb(process.pid)
        print(
            f"{name:26s} {worst * 1000:9.0f}ms {median * 1000:5.0f}ms {failed:6d} {after - idle:+8.0f}MB  {what}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--rate-limit", type=int, default=60)
    args = parser.parse_args()
    print(f"src {args.src}")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with server(args.src, port, ["--rate-limit", str(args.rate_limit)], keys=True) as process:
        _run(
            process,
            base,
            [
                ("idle connections", lambda: idle_connections(port)),
                ("dripped heads", lambda: dripped_heads(port)),
                ("oversized uploads", lambda: oversized_uploads(base)),
                ("wrong API keys", lambda: wrong_keys(base)),
            ],
        )
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    print("the default pipeline, without API keys or rate limit:")
    with server(args.src, port, ["--pipeline", DEFAULT_PIPELINE], keys=False) as process:
        _run(process, base, [("heavy pages", lambda: heavy_pages(base))])
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    print("without API keys:")
    with server(args.src, port, ["--rate-limit", str(args.rate_limit)], keys=False) as process:
        _run(process, base, [("rotating X-Forwarded-For", lambda: rotating_forwarded_for(base))])


if __name__ == "__main__":
    main()
