"""What machine a benchmark ran on, and how fast it was at that moment.

Machines of the same kind differ: on 25 November and 5 December 2026 two "2 cores of an Intel(R)
Xeon(R) Processor" ran the same slant code 1.8 to 2.5 times apart. Each benchmark therefore prints
two reference timings beside its figures, so runs on different days can be compared:

- ``python_loop_s``: a 5-million-step pure-Python loop (the readers, features and annotators are
  mostly Python);
- ``sgemm_gflops``: float32 matrix products on one BLAS thread (the span encoder's kind of work).

Best of three each; the whole check takes about a second.
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

__all__ = ["cpu_name", "describe", "speed_reference"]


def cpu_name() -> str:
    """The CPU's model name as /proc/cpuinfo gives it (else what ``platform`` knows)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _python_loop_s() -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for step in range(5_000_000):
            total += step
        best = min(best, time.perf_counter() - start)
    return best


def _sgemm_gflops() -> float:
    import numpy as np
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    rng = np.random.default_rng(0)
    left = rng.random((300, 384), dtype=np.float32)
    right = rng.random((384, 1536), dtype=np.float32)
    best = float("inf")
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(50):
                left @ right
            best = min(best, (time.perf_counter() - start) / 50)
    return 2 * 300 * 384 * 1536 / best / 1e9


def speed_reference() -> dict[str, float]:
    """The two reference timings (see the module docstring)."""
    return {"python_loop_s": round(_python_loop_s(), 3), "sgemm_gflops": round(_sgemm_gflops(), 1)}


def describe() -> str:
    """One line: cores, CPU, Python, load average and the speed reference."""
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    reference = speed_reference()
    return (
        f"machine: {os.cpu_count()} cores, {cpu_name()}; python {platform.python_version()}; "
        f"load average {load}; 5M-step Python loop {reference['python_loop_s']} s; "
        f"float32 matmul {reference['sgemm_gflops']} GFLOP/s on one thread"
    )
