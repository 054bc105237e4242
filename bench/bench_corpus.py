"""Benchmark `slant corpus run`: throughput per core, run overhead, 1 vs 2 workers (in-process and Ray), memory.

Pages are built like real news pages of the issue's target: ~700 words of article text from the
PTC articles (/work/shared/data/ptc, consecutive articles joined and cut at a line), and 20 reader
comments drawn from the Civil Comments of toxic_spans, with outlets and dates spread over a year.

    python bench/bench_corpus.py --pages 300                      # throughput, overhead, scaling
    python bench/bench_corpus.py --memory-pages 20000 --skip-throughput   # RSS over a long run

Figures go to docs/bench-corpus.md by hand, with the machine and the load at the time.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from _machine import describe

DATA = Path(os.environ.get("SLANT_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
OUTLETS = tuple(f"outlet{n:02d}.example" for n in range(12))
TARGET_WORDS = 700
COMMENTS_PER_PAGE = 20


def _articles() -> list[tuple[str, list[str]]]:
    folder = DATA / "ptc" / "train-articles"
    out = []
    for path in sorted(folder.glob("article*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        title, body = lines[0], [line for line in lines[1:] if line]
        if body:
            out.append((title, body))
    return out


def _comments() -> list[str]:
    with (DATA / "toxicity" / "toxic_spans" / "data" / "comments.csv").open(encoding="utf-8") as stream:
        return [
            " ".join(row["comment_text"].split())
            for row in csv.DictReader(stream)
            if row["comment_text"].strip()
        ]


def iter_pages(count: int) -> Iterator[dict[str, object]]:
    """``count`` JSON pages of ~700 words and 20 comments each (deterministic)."""
    articles, comments = _articles(), _comments()
    start = dt.date(2022, 1, 1)
    for number in range(count):
        title, _ = articles[number % len(articles)]
        lines: list[str] = []
        words = 0
        k = number
        while words < TARGET_WORDS:
            for line in articles[k % len(articles)][1]:
                lines.append(line)
                words += len(line.split())
                if words >= TARGET_WORDS:
                    break
            k += 1
        page_comments = []
        for c in range(COMMENTS_PER_PAGE):
            entry: dict[str, object] = {
                "id": f"c{c + 1}",
                "author": f"reader{(number * 7 + c) % 997}",
                "text": comments[(number * COMMENTS_PER_PAGE + c) % len(comments)],
            }
            if c % 4 == 3:
                entry["parent"] = f"c{c}"
            page_comments.append(entry)
        outlet = OUTLETS[number % len(OUTLETS)]
        yield {
            "title": f"{title} ({number})",
            "text": "\n".join(lines),
            "url": f"https://{outlet}/news/{number}",
            "outlet": outlet,
            "published": (start + dt.timedelta(days=number % 365)).isoformat(),
            "comments": page_comments,
        }


def _as_text_page(page: dict[str, object]) -> str:
    comments = page["comments"]
    assert isinstance(comments, list)
    thread = "\n\n".join(f"{c['author']}\n{c['text']}" for c in comments)
    return f"{page['title']}\n\n{page['text']}\n\nComments\n\n{thread}\n"


def write_corpus(folder: Path, count: int, *, fmt: str) -> list[Path]:
    """Write the pages as one JSON Lines file (fmt "jsonl") or as .txt page dumps (fmt "txt")."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = folder / "pages.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for page in iter_pages(count):
                stream.write(json.dumps(page, ensure_ascii=False) + "\n")
        return [path]
    for number, page in enumerate(iter_pages(count)):
        (folder / f"page{number:06d}.txt").write_text(_as_text_page(page), encoding="utf-8")
    return [folder]


def _default_format() -> str:
    import importlib.util

    return "jsonl" if importlib.util.find_spec("slant.readers._json") else "txt"


def measure_annotators(inputs: list[Path], pipeline: tuple[str, ...], pages: int) -> dict[str, float]:
    """Per-page time of reading and of the annotators alone, in this process (one core)."""
    from slant.corpus import iter_tasks
    from slant.corpus._worker import build_pipeline
    from slant.readers import read_bytes

    built = build_pipeline(pipeline)
    per_annotator = dict.fromkeys(built.names, 0.0)
    per_annotator_cpu = dict.fromkeys(built.names, 0.0)
    read_s = annotate_s = annotate_cpu = 0.0
    words = comments = done = errors = 0
    warm = True
    for task in iter_tasks(inputs):
        tick = time.perf_counter()
        doc = read_bytes(task.data, format=task.format, source=task.source)  # type: ignore[arg-type]
        tock = time.perf_counter()
        cpu = time.process_time()
        failed = False
        for annotator in built.annotators:
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                annotator(doc)
            except Exception as error:  # an annotator bug on one page: counted, as a run would
                print(f"annotator {annotator.name} failed on {task.source}: {type(error).__name__}: {error}")
                failed = True
                break
            if not warm:
                per_annotator[annotator.name] += time.perf_counter() - start
                per_annotator_cpu[annotator.name] += time.process_time() - start_cpu
        if failed:
            errors += 1
            continue
        end = time.perf_counter()
        cpu = time.process_time() - cpu
        if warm:  # the first page loads models lazily: not part of the per-page cost
            warm = False
            continue
        read_s += tock - tick
        annotate_s += end - tock
        annotate_cpu += cpu
        words += len(doc.article.text.split())
        comments += len(doc.comments)
        done += 1
        if done >= pages:
            break
    return {
        "pages": done,
        "failed_pages": errors,
        "read_ms": 1000 * read_s / done,
        "annotate_ms": 1000 * annotate_s / done,
        "annotate_cpu_ms": 1000 * annotate_cpu / done,
        "pages_per_s_annotate_only": done / annotate_s,
        "pages_per_cpu_s_annotate_only": done / annotate_cpu,
        "pages_per_s_read_and_annotate": done / (read_s + annotate_s),
        "words_per_page": words / done,
        "comments_per_page": comments / done,
        **{f"ms_{name}": 1000 * seconds / done for name, seconds in per_annotator.items()},
        **{f"cpu_ms_{name}": 1000 * seconds / done for name, seconds in per_annotator_cpu.items()},
    }


def measure_driver_stream(inputs: list[Path]) -> dict[str, float]:
    """How fast the driver alone streams and hashes the input pages (its share of a run's work)."""
    from slant.corpus import iter_tasks

    tick = time.perf_counter()
    pages = sum(1 for _ in iter_tasks(inputs))
    seconds = time.perf_counter() - tick
    return {
        "pages": pages,
        "stream_pages_per_s": pages / seconds,
        "stream_ms_per_page": 1000 * seconds / pages,
    }


def measure_run(
    inputs: list[Path], pipeline: tuple[str, ...], engine_name: str, workers: int, batch_size: int
) -> dict[str, float]:
    """One whole `run_corpus` into a fresh folder; wall time, and where the time went."""
    from slant.corpus import InProcessEngine, RayEngine, run_corpus
    from slant.corpus._store import RunStore

    out = Path(tempfile.mkdtemp(prefix="bench-run-"))
    ray_tmp = tempfile.mkdtemp(prefix="slray", dir="/tmp")
    try:
        if engine_name == "ray":
            engine: InProcessEngine | RayEngine = RayEngine(workers=workers, temp_dir=ray_tmp)
        else:
            engine = InProcessEngine(workers=workers)
        import resource

        before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        summary = run_corpus(
            inputs, out, engine=engine, pipeline=pipeline, batch_size=batch_size, count_total=False
        )
        after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = [
            a.ru_utime + a.ru_stime - (b.ru_utime + b.ru_stime) for a, b in zip(after, before, strict=True)
        ]
        stages: dict[str, float] = {}
        entries = sorted(RunStore(out).ledger_entries(), key=lambda e: e["committed_at"])
        for entry in entries:
            for stage, seconds in entry["seconds"].items():
                stages[stage] = stages.get(stage, 0.0) + seconds
        # Steady state: from the first committed batch to the last, so start-up (spawning workers,
        # loading models, starting Ray) is left out; it is reported separately as startup_s.
        first = 1 + workers
        steady_pages = sum(len(e["page_ids"]) for e in entries[first:])
        steady_seconds = (
            entries[-1]["committed_at"] - entries[first - 1]["committed_at"] if len(entries) > first else 0.0
        )
        steady_rate = steady_pages / steady_seconds if steady_seconds > 0 else float("nan")
        annotate_per_page = stages.get("annotate", 0.0) / max(1, sum(len(e["page_ids"]) for e in entries))
        pages = summary.pages + summary.errors
        own = stages.get("annotate", 0.0)
        busy = summary.seconds * workers
        return {
            "engine": engine_name,  # type: ignore[dict-item]
            "workers": workers,
            "pages": pages,
            "errors": summary.errors,
            "wall_s": summary.seconds,
            "pages_per_s": pages / summary.seconds,
            "pages_per_s_per_worker": pages / summary.seconds / workers,
            "worker_read_s": stages.get("read", 0.0),
            "worker_annotate_s": own,
            "worker_flatten_s": stages.get("flatten", 0.0),
            "worker_encode_s": stages.get("encode", 0.0),
            "worker_total_s": stages.get("total", 0.0),
            # CPU time (not inflated by other processes on a busy machine): the driver's, the worker
            # processes' (whole lives: start-up, model loading, batches), and the annotators' share.
            "cpu_driver_s": cpu[0],
            "cpu_workers_s": cpu[1],
            "cpu_annotate_s": stages.get("cpu_annotate", 0.0),
            "cpu_batches_s": stages.get("cpu_total", 0.0),
            "cpu_ms_per_page": 1000 * (cpu[0] + cpu[1]) / max(pages, 1),
            "pages_per_cpu_s": max(pages, 1) / (cpu[0] + cpu[1]) if cpu[0] + cpu[1] > 0 else float("nan"),
            "cpu_overhead_vs_annotators": (cpu[0] + cpu[1] - stages.get("cpu_annotate", 0.0))
            / stages.get("cpu_annotate", 1.0),
            "cpu_overhead_in_batches": (stages.get("cpu_total", 0.0) - stages.get("cpu_annotate", 0.0))
            / stages.get("cpu_annotate", 1.0),
            "driver_store_s": summary.store_seconds,
            "driver_store_ms_per_page": 1000 * summary.store_seconds / max(pages, 1),
            "steady_pages_per_s": steady_rate,
            "steady_pages_per_s_per_worker": steady_rate / workers,
            "steady_overhead_vs_annotators": (workers / steady_rate - annotate_per_page) / annotate_per_page
            if annotate_per_page and steady_rate == steady_rate
            else float("nan"),
            # Everything the workers' cores did besides running the annotators (reading, flattening,
            # encoding, waiting, start-up, model loading), relative to the annotators' own time.
            "overhead_vs_annotators": (busy - own) / own if own else float("nan"),
            "overhead_excluding_reading": (busy - own - stages.get("read", 0.0)) / own
            if own
            else float("nan"),
            "overhead_in_batches": (stages.get("total", 0.0) - own - stages.get("read", 0.0)) / own
            if own
            else float("nan"),
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(ray_tmp, ignore_errors=True)


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, from /proc (Linux), in MiB."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # The command name (field 2) may hold spaces: the parent pid is the 2nd field after ")".
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for member in tree:
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{member}/statm").read_text().split()[1]) * page
    return total / 2**20


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def measure_memory(
    inputs: list[Path], pipeline: tuple[str, ...], workers: int, batch_size: int, every: float, log: Path
) -> None:
    """Run `slant corpus run` as a subprocess and sample the RSS of its whole process tree."""
    out = Path(tempfile.mkdtemp(prefix="bench-mem-"))
    args = [
        sys.executable,
        "-m",
        "slant._cli",
        "corpus",
        "run",
        *map(str, inputs),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--quiet",
    ]
    if pipeline:
        args += ["--pipeline", ",".join(pipeline)]
    started = time.monotonic()
    process = subprocess.Popen(args)
    samples = []
    # Stopping the benchmark (Ctrl-C, kill) or a failure while sampling stops the run too: a long
    # run left behind would skew every later measurement on the machine.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with log.open("w", encoding="utf-8") as stream:
            stream.write("seconds,pages_done,rss_mb_total\n")
            while process.poll() is None:
                time.sleep(every)
                done = 0
                ledger = out / "ledger"
                if ledger.is_dir():
                    done = len(list(ledger.glob("batch-*.json"))) * batch_size
                rss = _tree_rss_mb(process.pid)
                samples.append((time.monotonic() - started, done, rss))
                stream.write(f"{samples[-1][0]:.1f},{done},{rss:.1f}\n")
                stream.flush()
    except KeyboardInterrupt:
        print("memory run stopped before its end; the samples so far follow")
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=120)
        shutil.rmtree(out, ignore_errors=True)
    rss = [s[2] for s in samples if s[2] > 0]
    if rss:
        quarter = max(1, len(rss) // 4)
        print(
            f"memory: {len(samples)} samples over {samples[-1][0]:.0f} s, ~{samples[-1][1]:,} pages; "
            f"RSS (driver + workers) first quarter median {statistics.median(rss[:quarter]):.0f} MB, "
            f"last quarter median {statistics.median(rss[-quarter:]):.0f} MB, max {max(rss):.0f} MB; log {log}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=300, help="pages per throughput run")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--pipeline", default="", help="comma-separated annotators (default: slant's default)"
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "txt"),
        default=None,
        help="input format (default: jsonl if the JSON reader exists)",
    )
    parser.add_argument("--engines", default="inprocess,ray")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--memory-pages", type=int, default=0, help="pages of the long memory run (0: skip)")
    parser.add_argument("--memory-every", type=float, default=5.0, help="seconds between RSS samples")
    parser.add_argument("--memory-log", type=Path, default=Path("bench-corpus-memory.csv"))
    parser.add_argument("--memory-workers", type=int, default=2, help="workers of the long memory run")
    args = parser.parse_args()
    pipeline = tuple(n for n in args.pipeline.split(",") if n)
    fmt = args.format or _default_format()
    print(f"{describe()}; input format {fmt}")
    from slant.corpus._worker import build_pipeline

    print("pipeline:", ", ".join(build_pipeline(pipeline).names))
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        if not args.skip_throughput:
            inputs = write_corpus(work / "small", args.pages, fmt=fmt)
            print(
                "driver stream:",
                json.dumps({k: round(v, 3) for k, v in measure_driver_stream(inputs).items()}),
            )
            annot = measure_annotators(inputs, pipeline, min(args.pages, 200))
            print("annotators, one core:", json.dumps({k: round(v, 3) for k, v in annot.items()}))
            for engine in args.engines.split(","):
                for workers in (1, 2):
                    result = measure_run(inputs, pipeline, engine, workers, args.batch_size)
                    print(
                        "run:",
                        json.dumps(
                            {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}
                        ),
                    )
        if args.memory_pages:
            tick = time.perf_counter()
            inputs = write_corpus(work / "long", args.memory_pages, fmt=fmt)
            print(f"wrote {args.memory_pages:,} pages in {time.perf_counter() - tick:.0f} s")
            measure_memory(
                inputs, pipeline, args.memory_workers, args.batch_size, args.memory_every, args.memory_log
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
