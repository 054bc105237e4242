"""examples/slant-in-a-notebook.ipynb runs top to bottom in a real Jupyter kernel, offline (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "slant-in-a-notebook.ipynb"

pytestmark = [pytest.mark.issue(16), pytest.mark.model, pytest.mark.slow]


def test_the_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs nbformat (dev extra)")
    nbclient = pytest.importorskip("nbclient", reason="needs nbclient and ipykernel (dev extra)")
    pytest.importorskip("ipykernel", reason="needs ipykernel (dev extra)")
    pytest.importorskip("pandas", reason="needs the pandas extra")
    # Jupyter and IPython write their runtime files and history under these: keep them in the test's folder.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    folder = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", folder)
    notebook = nbformat.read(folder / NOTEBOOK.name, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit the notebook without outputs"
    )
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    outputs = [cell.outputs for cell in code]
    assert not [o for cell in outputs for o in cell if o.output_type == "error"]

    def html(index: int) -> str:
        return "".join(o.get("data", {}).get("text/html", "") for o in outputs[index])

    assert html(0).startswith('<iframe class="slant-report" sandbox=""')  # the document as its report
    assert "Scott Miller" in html(1) and "toxicity scores" in html(1)  # a comment as a table
    assert "Scott Miller" in html(3)  # the comments frame
    assert "idiots and liars" in html(5)  # the scored column, joined
    assert "slant corpus run" in html(6) and "(finished)" in html(6)
    assert "alpha.example" in html(7) and "beta.example" in html(7)
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in outputs[8])
    assert shown.endswith("dashboard.html')")
