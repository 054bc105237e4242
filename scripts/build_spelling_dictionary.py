"""Build src/slant/data/spelling/words_en.txt.gz from symspellpy's English frequency dictionary.

symspellpy (MIT licence) ships ``frequency_dictionary_en_82_765.txt``: the 82,765 commonest English
words (SCOWL word list intersected with Google Books n-gram counts). slant ships it gzipped so the
spelling annotator needs no symspellpy at run time (whose loader takes seconds). Run once, when
updating the list: ``pip install symspellpy && python scripts/build_spelling_dictionary.py``.
"""

from __future__ import annotations

import gzip
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "slant" / "data" / "spelling" / "words_en.txt.gz"


def main() -> int:
    source = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    # mtime=0 keeps the file byte-identical across rebuilds.
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {len(lines):,} words to {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
