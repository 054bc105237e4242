"""Re-fetch the Chart.js file that the corpus dashboard inlines, from the npm registry (issue 16).

    python scripts/fetch_chartjs.py            # the pinned version
    python scripts/fetch_chartjs.py 4.7.0      # another one (then update the tests' expectations)

It runs ``npm pack chart.js@VERSION`` in a temporary folder, copies ``dist/chart.umd.min.js`` (minus its
source-map comment: the map is not shipped, and a browser's developer tools would try to fetch it) and
the licence into ``src/slant/corpus/assets/``, and records the version, licence and sha256 in
``chartjs.json``, which the dashboard reads to name what it embeds.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PINNED = "4.6.2"
ASSETS = Path(__file__).resolve().parents[1] / "src" / "slant" / "corpus" / "assets"
_MAP_COMMENT = "//# sourceMappingURL="


def main(version: str = PINNED) -> None:
    with tempfile.TemporaryDirectory() as folder:
        packed = subprocess.run(
            ["npm", "pack", f"chart.js@{version}", "--silent"],
            cwd=folder,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        with tarfile.open(Path(folder) / packed) as archive:
            script = archive.extractfile("package/dist/chart.umd.min.js")
            licence = archive.extractfile("package/LICENSE.md")
            meta = archive.extractfile("package/package.json")
            if script is None or licence is None or meta is None:
                raise SystemExit(
                    f"{packed}: the package lacks dist/chart.umd.min.js, LICENSE.md or package.json"
                )
            code = script.read().decode("utf-8")
            licence_text = licence.read().decode("utf-8")
            package = json.loads(meta.read())
    lines = [line for line in code.splitlines() if not line.startswith(_MAP_COMMENT)]
    code = "\n".join(lines) + "\n"
    ASSETS.mkdir(parents=True, exist_ok=True)
    (ASSETS / "chart.umd.min.js").write_text(code, encoding="utf-8")
    (ASSETS / "chartjs-LICENSE.md").write_text(licence_text, encoding="utf-8")
    record = {
        "name": "chart.js",
        "version": package["version"],
        "license": package["license"],
        "homepage": package.get("homepage", "https://www.chartjs.org"),
        "file": "chart.umd.min.js",
        "sha256": hashlib.sha256(code.encode("utf-8")).hexdigest(),
        "bytes": len(code.encode("utf-8")),
        "fetched_with": f"npm pack chart.js@{version} (scripts/fetch_chartjs.py)",
    }
    (ASSETS / "chartjs.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"chart.js {record['version']} ({record['license']}), {record['bytes']:,} bytes -> {ASSETS}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
