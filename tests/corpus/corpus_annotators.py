"""Small rule annotators for the corpus tests, importable by worker processes as ``module:factory``.

They write the layers and score maps slant's real annotators write ("techniques" spans,
"toxicity" score maps and spans, "sources" spans), from word lists, so the tests know exactly
which rows a page must give, without loading a model.
"""

from __future__ import annotations

import os
import re
import time
from typing import ClassVar

from slant import Document, Part, PartAnnotator, Span

LOADED = re.compile(r"\b(?:butchers?|heroic|regime|so-called)\b", re.IGNORECASE)
INSULTS = re.compile(r"\b(?:idiots?|morons?|scum)\b", re.IGNORECASE)
SOURCES = re.compile(r"\baccording to (?:local sources|the [A-Z][a-z]+ Ministry)", re.IGNORECASE)
LABELS = ("toxicity", "severe_toxicity", "insult", "threat", "identity_attack", "obscene", "dehumanization")


class WordTechniques(PartAnnotator):
    """Marks a few loaded words as "Loaded_Language" and "so-called" as "Name_Calling,Labeling"."""

    name = "test_techniques"
    assigns: ClassVar[tuple[str, ...]] = ("spans.techniques",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        spans = []
        for match in LOADED.finditer(part.text):
            label = "Name_Calling,Labeling" if match.group().lower() == "so-called" else "Loaded_Language"
            spans.append(Span(match.start(), match.end(), label, 0.9, self.name))
        part.spans.set("techniques", spans)


class WordToxicity(PartAnnotator):
    """Scores each comment from its insults: 0.9 with one, 0.1 without."""

    name = "test_toxicity"
    kinds: ClassVar[tuple[str, ...]] = ("comment",)
    assigns: ClassVar[tuple[str, ...]] = ("scores.toxicity", "spans.toxicity")

    def annotate_part(self, part: Part, doc: Document) -> None:
        hits = list(INSULTS.finditer(part.text))
        value = 0.9 if hits else 0.1
        part.scores["toxicity"] = {
            label: value if label in {"toxicity", "insult"} else 0.05 for label in LABELS
        }
        part.spans.set("toxicity", [Span(m.start(), m.end(), "insult", 0.9, self.name) for m in hits])


class PhraseSources(PartAnnotator):
    """Marks "according to the X Ministry" as a named source and "according to local sources" as unnamed."""

    name = "test_sources"
    kinds: ClassVar[tuple[str, ...]] = ("article",)
    assigns: ClassVar[tuple[str, ...]] = ("spans.sources",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        spans = []
        for match in SOURCES.finditer(part.text):
            unnamed = "local sources" in match.group().lower()
            name = None if unnamed else match.group()[len("according to ") :]
            attrs = {} if unnamed else {"name": name}
            spans.append(
                Span(match.start(), match.end(), "unnamed" if unnamed else "named", 1.0, self.name, attrs)
            )
        part.spans.set("sources", spans)


class Explodes(PartAnnotator):
    """Raises on an article containing EXPLODE: an annotator bug that must not stop a run."""

    name = "test_explodes"
    kinds: ClassVar[tuple[str, ...]] = ("article",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        if "EXPLODE" in part.text:
            raise RuntimeError("boom")


class KillsWorker(PartAnnotator):
    """Ends its process on an article containing KILL-WORKER, as a crash in native code would."""

    name = "test_kills_worker"
    kinds: ClassVar[tuple[str, ...]] = ("article",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        if "KILL-WORKER" in part.text:
            os._exit(13)


class SlowDown(PartAnnotator):
    """Waits SLANT_TEST_DELAY seconds per page, so a test can kill a run in the middle."""

    name = "test_slow"
    kinds: ClassVar[tuple[str, ...]] = ("article",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        time.sleep(float(os.environ.get("SLANT_TEST_DELAY", "0")))


PIPELINE = (
    "corpus_annotators:WordTechniques",
    "corpus_annotators:WordToxicity",
    "corpus_annotators:PhraseSources",
)
