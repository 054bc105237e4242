"""Cost and false alarms of the rule-based annotators (sentences, language, spelling, links, quotes).

Usage: python bench/bench_annotators.py [--page examples/news-page-with-comments.txt]
       [--articles ../shared/data/ptc/train-articles] [--repeat 20] [--compare-langdetect]

Measures, on one core:
- import + first-use (data loading) time of each annotator, each in a fresh interpreter;
- time per annotator on the example page (median of ``--repeat`` runs on freshly read copies);
- time per 1,000 words over the PTC articles, and the spelling annotator's flags per 1,000 words
  there (professional, edited text: every flag is close to a false alarm), with the commonest flags;
- the language annotator's answers on the PTC articles (all English) and on short comments written
  for this bench, and, with ``--compare-langdetect``, langdetect's on the same texts.
Prints JSON; the figures go into docs/bench-annotators.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from _machine import cpu_name, speed_reference

ROOT = Path(__file__).resolve().parent.parent
ANNOTATORS = ("sentences", "language", "spelling", "links", "quotes")

# Short comment-like texts with their language, written for this bench (not tuned on).
SHORT_TEXTS: tuple[tuple[str, str], ...] = (
    ("en", "It is a good day."),
    ("en", "That would make sense."),
    ("en", "This is fake news, plain and simple."),
    ("en", "I agree with you completely."),
    ("en", "Finish the job, some civilians will unfortunately die."),
    ("en", "Lavrov must stop doing stupid deals. !!"),
    ("en", "Who wrote this garbage?"),
    ("en", "Thanks for the article, very informative."),
    ("ru", "Хорошо сказано, полностью согласен."),
    ("ru", "Это пропаганда, не верьте им."),
    ("ru", "Россия должна закончить эту войну."),
    ("ru", "Кто-нибудь читал оригинал статьи?"),
    ("ru", "Спасибо за статью, всё по делу."),
    ("uk", "Дякую за статтю, дуже цікаво."),
    ("de", "Das ist doch alles nur Propaganda."),
    ("fr", "C'est de la propagande pure et simple."),
    ("es", "Esto es pura propaganda, no lo creo."),
)

# Written after the detector was last changed, and never used to change it: the held-out check.
HELD_OUT_SHORT_TEXTS: tuple[tuple[str, str], ...] = (
    ("en", "Nobody believes this story anymore."),
    ("en", "Where is the proof of any of it?"),
    ("en", "Well said, sir."),
    ("en", "They should be ashamed of themselves."),
    ("en", "Another great piece of journalism from this site."),
    ("en", "Read the full report before you comment."),
    ("ru", "Полная чушь, как всегда."),
    ("ru", "А где доказательства?"),
    ("ru", "Автор явно не был на месте событий."),
    ("ru", "Опять эти сказки про злых русских."),
    ("uk", "Це неправда, я там був."),
    ("de", "Wer glaubt denn so etwas noch?"),
    ("fr", "Je ne crois pas un mot de cet article."),
    ("es", "Qué vergüenza de periodismo."),
    ("it", "Non ci credo per niente."),
    ("pl", "To jest zwykła propaganda."),
)

_LOAD_SNIPPET = """
import time, json
t0 = time.perf_counter()
import slant
from slant import Document, Part, Pipeline
t1 = time.perf_counter()
names = {names!r}
pipe = Pipeline(list(names))
t2 = time.perf_counter()
doc = Document(article=Part("Warm-up text, according to Reuters: it is a “test”. Ingore it.", kind="article", id="a"))
pipe(doc)
t3 = time.perf_counter()
print(json.dumps({{"import_ms": 1000 * (t1 - t0), "construct_ms": 1000 * (t2 - t1), "first_call_ms": 1000 * (t3 - t2)}}))
"""


def _fresh_process_cost(names: tuple[str, ...]) -> dict[str, float]:
    """Import, construction and first call (which loads data) of a pipeline, in a fresh interpreter."""
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_SNIPPET.format(names=names)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(out))
    return {key: round(statistics.median(r[key] for r in runs), 1) for key in runs[0]}


def _read_articles(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(folder.glob("article*.txt"))[:limit]
    articles = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        articles.append((title.strip(), body.strip()))
    return articles


def _document(title: str, body: str):  # type: ignore[no-untyped-def]
    from slant import Document, Part

    head = Part(title, kind="title", id="title") if title else None
    return Document(article=Part(body or title, kind="article", id="article"), title=head)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--page", default=str(ROOT / "examples" / "news-page-with-comments.txt"))
    parser.add_argument("--articles", default=str(ROOT.parent / "shared" / "data" / "ptc" / "train-articles"))
    parser.add_argument("--limit", type=int, default=None, help="at most this many PTC articles")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--compare-langdetect", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    import slant
    from slant import create_annotator

    result: dict[str, object] = {
        "machine": {
            "python": platform.python_version(),
            "cpu": cpu_name(),
            "cores_used": 1,
            **speed_reference(),
        },
        "fresh_process": {name: _fresh_process_cost((*_prefix(name),)) for name in ANNOTATORS},
        "fresh_process_all_five": _fresh_process_cost(ANNOTATORS),
    }

    annotators = [create_annotator(name) for name in ANNOTATORS]
    warm = slant.read(args.page)
    for annotator in annotators:
        annotator(warm)
    from slant.annotators._spelling import suggest

    # Each run sees the page as new (the spelling cache cleared), as one `slant analyze` does; the
    # warm figure is what a long-running service or corpus run pays for words it has seen before.
    times: dict[str, list[float]] = {a.name: [] for a in annotators}
    warm_spelling: list[float] = []
    for _ in range(args.repeat):
        suggest.cache_clear()
        doc = slant.read(args.page)
        for annotator in annotators:
            started = time.perf_counter()
            annotator(doc)
            times[annotator.name].append(1000 * (time.perf_counter() - started))
        again = slant.read(args.page)
        for annotator in annotators:
            started = time.perf_counter()
            annotator(again)
            if annotator.name == "spelling":
                warm_spelling.append(1000 * (time.perf_counter() - started))
    page_words = sum(int(p.attrs.get("word_count", 0)) for p in doc.parts)
    per_page = {name: round(statistics.median(ms), 2) for name, ms in times.items()}
    fastest = {name: round(min(ms), 2) for name, ms in times.items()}
    result["example_page"] = {
        "parts": len(doc.parts),
        "words": page_words,
        "ms_median": per_page,
        "ms_min": fastest,
        "ms_all_five_median": round(sum(per_page.values()), 2),
        "ms_all_five_min": round(sum(fastest.values()), 2),
        "spelling_ms_warm_cache_median": round(statistics.median(warm_spelling), 2),
    }

    folder = Path(args.articles)
    if folder.is_dir():
        result["ptc"] = _ptc(folder, args.limit, annotators)
    result["short_texts"] = _short_texts(compare_langdetect=args.compare_langdetect)
    print(json.dumps(result, indent=2, ensure_ascii=False))


def _prefix(name: str) -> list[str]:
    """The default pipeline up to ``name``: what it needs run before it."""
    return list(ANNOTATORS[: ANNOTATORS.index(name) + 1])


def _ptc(folder: Path, limit: int | None, annotators: list) -> dict[str, object]:  # type: ignore[type-arg]
    articles = _read_articles(folder, limit)
    docs = [_document(title, body) for title, body in articles]
    spent: Counter[str] = Counter()
    for doc in docs:
        for annotator in annotators:
            started = time.perf_counter()
            annotator(doc)
            spent[annotator.name] += time.perf_counter() - started
    words = sum(int(p.attrs.get("word_count", 0)) for d in docs for p in d.parts)
    flags = [
        (p.span_text(s), s.attrs.get("suggestion"))
        for d in docs
        for p in d.parts
        for s in p.spans["misspellings"]
    ]
    languages = Counter(str(d.article.attrs.get("language")) for d in docs)
    return {
        "articles": len(docs),
        "words": words,
        "ms_per_1000_words": {name: round(1e6 * s / max(words, 1), 3) for name, s in spent.items()},
        "misspellings": len(flags),
        "misspellings_per_1000_words": round(1000 * len(flags) / max(words, 1), 3),
        "commonest_flags": Counter(f"{w}->{s}" for w, s in flags).most_common(25),
        "article_languages": dict(languages),
    }


def _short_texts(*, compare_langdetect: bool) -> dict[str, object]:
    from slant.annotators._language import detect_language

    held_out = [(gold, detect_language(text)[0]) for gold, text in HELD_OUT_SHORT_TEXTS]
    answers = [(gold, detect_language(text)[0]) for gold, text in SHORT_TEXTS]
    started = time.perf_counter()
    for _ in range(100):
        for _, text in SHORT_TEXTS:
            detect_language(text)
    per_text = 1000 * (time.perf_counter() - started) / (100 * len(SHORT_TEXTS))
    report: dict[str, object] = {
        "texts": len(SHORT_TEXTS),
        "slant_correct": sum(g == a for g, a in answers),
        "slant_und": sum(a == "und" for _, a in answers),
        "slant_wrong": sum(a not in {g, "und"} for g, a in answers),
        "slant_ms_per_text": round(per_text, 4),
        "held_out_texts": len(held_out),
        "held_out_correct": sum(g == a for g, a in held_out),
        "held_out_und": [
            f"{g}: {text}"
            for (g, a), (_, text) in zip(held_out, HELD_OUT_SHORT_TEXTS, strict=True)
            if a == "und"
        ],
        "held_out_wrong": [
            f"{g}->{a}: {text}"
            for (g, a), (_, text) in zip(held_out, HELD_OUT_SHORT_TEXTS, strict=True)
            if a not in {g, "und"}
        ],
    }
    if compare_langdetect:
        report["langdetect"] = _langdetect(SHORT_TEXTS)
        report["langdetect_held_out"] = _langdetect(HELD_OUT_SHORT_TEXTS)
    return report


def _langdetect(texts: tuple[tuple[str, str], ...]) -> dict[str, object]:
    started = time.perf_counter()
    try:
        from langdetect import DetectorFactory
        from langdetect.detector_factory import PROFILES_DIRECTORY
    except ImportError:
        return {"skipped": "langdetect is not installed (pip install langdetect)"}

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    load_ms = 1000 * (time.perf_counter() - started)

    def detect(text: str) -> str:
        detector = factory.create()
        detector.append(text)
        return str(detector.detect())

    answers = [(gold, detect(text)) for gold, text in texts]
    started = time.perf_counter()
    for _, text in texts:
        detect(text)
    per_text = 1000 * (time.perf_counter() - started) / len(texts)
    return {
        "import_and_load_ms": round(load_ms, 1),
        "ms_per_text": round(per_text, 3),
        "correct": sum(g == a for g, a in answers),
        "wrong": [f"{g}->{a}" for g, a in answers if g != a],
    }


if __name__ == "__main__":
    main()
