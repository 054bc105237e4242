"""Load test of ``slant serve`` on loopback: latency, throughput, errors and memory.

Starts ``slant serve`` in its own process on 127.0.0.1 (never another address), then POSTs the
example page to ``/v1/analyze``:

1. at concurrency 1, 8 and 32, a bounded number of requests each: p50/p95 latency and requests/s;
2. a long run (10,000 requests by default, at concurrency 8) sampling the server's resident memory
   (RSS, from /proc) every 500 requests, to show whether memory stays flat.

Every phase is bounded in count and in time (``--max-seconds``). Any non-200 answer counts as an error.

    python bench/bench_serve.py                      # the full run (about 15-30 minutes on 2 cores)
    python bench/bench_serve.py --requests 50 --memory-requests 1000   # a quick look

Prints a Markdown table; ``--json FILE`` also writes the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from _machine import cpu_name, speed_reference

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"
HOST = "127.0.0.1"


@dataclass
class Phase:
    """What one phase measured."""

    concurrency: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    rss_mb: list[tuple[int, float]] = field(default_factory=list)  # (requests done, RSS in MB)

    def summary(self) -> dict[str, float | int]:
        lat = sorted(self.latencies_ms)
        return {
            "concurrency": self.concurrency,
            "requests": self.requests,
            "errors": self.errors,
            "p50_ms": round(_percentile(lat, 50), 1),
            "p95_ms": round(_percentile(lat, 95), 1),
            "req_per_s": round(self.requests / self.seconds, 2) if self.seconds else 0.0,
        }


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(port: int, pipeline: str | None, workers: int) -> subprocess.Popen[bytes]:
    """``slant serve`` on loopback, in its own process, without rate limit or keys."""
    command = [sys.executable, "-m", "slant._cli", "serve", "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers), "--rate-limit", "0"]
    if pipeline:
        command += ["--pipeline", pipeline]
    env = {k: v for k, v in os.environ.items() if k != "SLANT_API_KEYS"}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(
                f"the server exited: {(server.stderr.read() if server.stderr else b'').decode()[-500:]}"
            )
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer /healthz in time")


async def run_phase(
    base: str,
    body: bytes,
    *,
    concurrency: int,
    requests: int,
    max_seconds: float,
    server_pid: int | None = None,
    sample_every: int = 0,
) -> Phase:
    """Send ``requests`` POSTs with ``concurrency`` in flight, stopping early after ``max_seconds``."""
    phase = Phase(concurrency=concurrency)
    issued = 0
    started = time.perf_counter()
    deadline = started + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"content-type": "application/json"}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120.0) as client:

        async def worker() -> None:
            nonlocal issued
            while issued < requests and time.perf_counter() < deadline:
                issued += 1
                t0 = time.perf_counter()
                try:
                    response = await client.post("/v1/analyze", content=body, headers=headers)
                    ok = response.status_code == 200 and response.content.startswith(b"{")
                except httpx.HTTPError:
                    ok = False
                phase.latencies_ms.append((time.perf_counter() - t0) * 1000)
                phase.requests += 1
                phase.errors += 0 if ok else 1
                if server_pid and sample_every and phase.requests % sample_every == 0:
                    phase.rss_mb.append((phase.requests, round(_rss_mb(server_pid), 1)))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    phase.seconds = time.perf_counter() - started
    return phase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--levels", default="1,8,32", help="concurrency levels (default: %(default)s)")
    parser.add_argument("--requests", type=int, default=300, help="requests per level (default: %(default)s)")
    parser.add_argument("--memory-requests", type=int, default=10_000, help="requests of the memory run")
    parser.add_argument("--memory-concurrency", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=1200.0, help="time cap of each phase")
    parser.add_argument("--pipeline", help="annotators to run (default: slant's default pipeline)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    page = EXAMPLE.read_text(encoding="utf-8")
    body = json.dumps({"text": page}).encode()
    port = _free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(port, args.pipeline, args.workers)
    try:
        wait_until_up(base, server)
        pipeline = httpx.get(base + "/healthz").json()["pipeline"]
        warm = asyncio.run(run_phase(base, body, concurrency=1, requests=5, max_seconds=120))
        if warm.errors:
            probe = httpx.post(
                base + "/v1/analyze", content=body, headers={"content-type": "application/json"}
            )
            raise SystemExit(f"the warm-up failed: {probe.status_code} {probe.text[:300]}")
        rss_start = _rss_mb(server.pid)
        levels = []
        for level in (int(x) for x in args.levels.split(",")):
            phase = asyncio.run(
                run_phase(base, body, concurrency=level, requests=args.requests, max_seconds=args.max_seconds)
            )
            levels.append(phase.summary())
            print(f"concurrency {level}: {phase.summary()}", file=sys.stderr, flush=True)
        memory = asyncio.run(
            run_phase(
                base,
                body,
                concurrency=args.memory_concurrency,
                requests=args.memory_requests,
                max_seconds=args.max_seconds * 3,
                server_pid=server.pid if args.workers == 1 else None,
                sample_every=500,
            )
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()

    samples = memory.rss_mb
    report = {
        "machine": {
            "cpu": cpu_name(),
            **speed_reference(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "page": {"file": str(EXAMPLE.relative_to(ROOT)), "bytes": len(page.encode())},
        "pipeline": pipeline,
        "workers": args.workers,
        "levels": levels,
        "memory": {
            **memory.summary(),
            "rss_mb_after_warmup": round(rss_start, 1),
            "rss_mb_samples": samples,
            "rss_mb_growth_after_first_1000": round(samples[-1][1] - samples[1][1], 1)
            if len(samples) > 2
            else None,
        },
    }
    print(
        f"\n`slant serve` on {HOST}, {args.workers} worker(s), {report['machine']['cores']} cores ({report['machine']['cpu']})"
    )
    print(
        f"page: {report['page']['file']} ({report['page']['bytes']:,} bytes); pipeline: {', '.join(pipeline)}\n"
    )
    print("| concurrency | requests | errors | p50 ms | p95 ms | req/s |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in [*levels, memory.summary()]:
        print(
            f"| {row['concurrency']} | {row['requests']:,} | {row['errors']} | {row['p50_ms']} | {row['p95_ms']} | {row['req_per_s']} |"
        )
    if samples:
        print(
            f"\nserver RSS: {rss_start:.1f} MB after warm-up; "
            + ", ".join(f"{n:,}: {mb} MB" for n, mb in samples)
        )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    errors = sum(int(r["errors"]) for r in levels) + memory.errors
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
