"""Make slant's language-identification model from the installed py3langid's (issue 16).

Usage: python scripts/make_language_model.py [--out src/slant/data/language]

py3langid ships its model as a 4.5 MB ``.xz`` that it decompresses to 68 MB at every start (0.5 s of
CPU, the largest part of a ``slant serve`` worker's warm-up). slant's copy keeps only the columns of
:data:`slant.annotators._language.DEFAULT_LANGUAGES` and stores the byte automaton uncompressed, its
17-bit states split into 16 low bits and one packed high bit: 23 MB that load in ~0.08 s of CPU.
The classifications are the same as py3langid's restricted to those languages (tested in
tests/annotators/test_language_model.py). py3langid is BSD-3-Clause: its licence is copied beside.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import lzma
import shutil
from importlib import metadata
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE
from safetensors.numpy import save_file

from slant._models import header
from slant.annotators._language import DEFAULT_LANGUAGES, MODEL_CLASS

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Write model.safetensors, config.json, LICENSE-py3langid and MODEL_CARD.md."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "slant" / "data" / "language")
    args = parser.parse_args()
    source = Path(MODEL_DIR) / MODEL_FILE
    with lzma.open(source) as handle:
        raw = handle.read()
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    classes = arrays["classes"].tolist()
    keep = [i for i, code in enumerate(classes) if code in DEFAULT_LANGUAGES]
    labels = [classes[i] for i in keep]
    nextmove = arrays["nextmove"].astype(np.uint32)
    if int(nextmove.max()) >> 17:
        raise SystemExit("the automaton has more than 2**17 states: the 16+1-bit split no longer fits")
    tensors = {
        "ptc": np.ascontiguousarray(arrays["ptc"][:, keep]),
        "pc": np.ascontiguousarray(arrays["pc"][keep]),
        "nextmove_low": (nextmove & 0xFFFF).astype(np.uint16),
        "nextmove_high": np.packbits((nextmove >> 16).astype(np.uint8)),
        "nextmove_row": arrays["nextmove_row"].astype(np.uint16),
        "out_feat": arrays["out_feat"].astype(np.int32),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(args.out / "model.safetensors"))
    version = metadata.version("py3langid")
    provenance = {
        "source": f"py3langid {version} ({MODEL_FILE})",
        "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "transitions": int(nextmove.size),
    }
    config = header(MODEL_CLASS, labels=labels, provenance=provenance)
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    licence = next(
        (Path(str(f.locate())) for f in metadata.files("py3langid") or () if f.name == "LICENSE"), None
    )
    if licence is None:
        raise SystemExit("py3langid's LICENSE was not found in its installed files")
    shutil.copyfile(licence, args.out / "LICENSE-py3langid")
    (args.out / "MODEL_CARD.md").write_text(
        f"""# Language identification (slant.language.v1)

- What: py3langid's naive Bayes model over byte n-grams (Lui and Baldwin's langid.py, re-packaged by
  Adrien Barbaresi as py3langid), restricted to {", ".join(labels)}. Not trained by slant.
- From: py3langid {version}, `{MODEL_FILE}` (sha256 {provenance["source_sha256"]}), made by
  `scripts/make_language_model.py`: the columns of the languages above, the byte automaton stored
  uncompressed (16 low bits and a packed high bit per transition) so it loads without LZMA.
- Licence: BSD-3-Clause, py3langid's (LICENSE-py3langid beside this card).
- Quality: 0.982 on 225 short reader comments in nine languages, 0.969 on their first three words
  (docs/benchmarks.md, "Language identification (issue 16)"); same answers as py3langid restricted to
  these languages (tests/annotators/test_language_model.py).
- Other languages: `LanguageAnnotator(languages=[...])` with any other list uses py3langid's own full
  model (slower to load).
""",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({sum(t.nbytes for t in tensors.values()) / 1e6:.1f} MB of arrays)")


if __name__ == "__main__":
    main()
