"""Nothing the user owns is overwritten, no input hangs the run or exhausts memory (issue #13).

Fault injection through the CLI as a careless user or an attacker would drive it: outputs that
name inputs, FIFOs and devices among the inputs, bombs, corrupt files, raw line separators, a run
killed while it writes. Each test asserts what the user would notice: the input still there, one
line and exit 2, an ``error`` source instead of a hang, the previous outputs intact.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from quotecmp.cli import main

QUOTE = '"We will fight this all the way," Mayor Jane Doe said on Monday.\n'


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def two(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(QUOTE, encoding="utf-8")
    Path("b.txt").write_text(QUOTE.replace("all the way", "to the end"), encoding="utf-8")
    return tmp_path


# --- an output never replaces an input -----------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["compare", "a.txt", "b.txt", "-f", "html", "-o", "a.txt"],
    ["compare", "a.txt", "b.txt", "-f", "json", "-o", "b.txt"],
    ["extract", "a.txt", "-f", "jsonl", "-o", "a.txt"],
    ["compare", "link.txt", "b.txt", "-f", "json", "-o", "a.txt"],     # through a symlink
    ["compare", "a.txt", "b.txt", "--manifest", "m.csv", "-f", "json", "-o", "m.csv"],
])
def test_output_that_is_an_input_is_refused_before_any_work(two, capsys, argv):
    Path("link.txt").symlink_to("a.txt")
    Path("m.csv").write_text("file,outlet\na.txt,Wire\n", encoding="utf-8")
    before = {p: _digest(Path(p)) for p in ("a.txt", "b.txt", "m.csv")}
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is the input" in err
    assert before == {p: _digest(Path(p)) for p in before}


def test_table_set_that_would_replace_an_input_is_refused(two, capsys):
    Path("t.quotes.csv").write_text(QUOTE, encoding="utf-8")   # an article that happens to be named so
    before = _digest(Path("t.quotes.csv"))
    assert main(["compare", "a.txt", "t.quotes.csv", "-o", "t.csv"]) == 2
    assert "is the input" in capsys.readouterr().err
    assert _digest(Path("t.quotes.csv")) == before


def test_output_inside_an_input_folder_is_refused_so_runs_repeat(two, capsys):
    Path("self").mkdir()
    Path("a.txt").rename("self/a.txt")
    Path("b.txt").rename("self/b.txt")
    for _ in range(2):   # twice: the second run must not read the first one's report
        assert main(["compare", "self", "-o", "self/report.html"]) == 2
        assert "inside the input folder" in capsys.readouterr().err
    assert sorted(os.listdir("self")) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("output", ["a.txt", "report", "out.htmlx", "quotes.parquet.bak"])
def test_unknown_output_extension_needs_a_format(two, capsys, output):
    before = _digest(Path("a.txt"))
    assert main(["compare", "a.txt", "b.txt", "-o", output]) == 2
    err = capsys.readouterr().err
    assert "--format" in err and err.count("\n") == 1
    assert _digest(Path("a.txt")) == before and not Path(output).exists() or output == "a.txt"


def test_explicit_format_allows_any_name(two):
    assert main(["compare", "a.txt", "b.txt", "-f", "json", "-o", "report.out"]) == 0
    assert Path("report.out").read_text(encoding="utf-8").lstrip().startswith("{")


def test_corpus_output_folder_holding_the_input_is_refused(two, capsys):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    Path("dl").mkdir()
    pd.DataFrame({"id": ["1", "2"], "text": [QUOTE, QUOTE]}).to_parquet("dl/sources.parquet")
    before = _digest(Path("dl/sources.parquet"))
    assert main(["corpus", "dl/sources.parquet", "-o", "dl"]) == 2
    assert "inside the output folder" in capsys.readouterr().err
    assert main(["corpus", "dl", "-o", "dl/out"]) == 2
    assert "inside the input folder" in capsys.readouterr().err
    assert _digest(Path("dl/sources.parquet")) == before
    assert sorted(os.listdir("dl")) == ["sources.parquet"]


# --- outputs get the mode the umask gives ----------------------------------------------------

@pytest.mark.parametrize("argv, files", [
    (["compare", "a.txt", "b.txt", "-o", "r.html"], ["r.html"]),
    (["compare", "a.txt", "b.txt", "-o", "r.json"], ["r.json"]),
    (["compare", "a.txt", "b.txt", "-o", "t.csv"], ["t.quotes.csv", "t.differences.csv"]),
    (["extract", "a.txt", "-o", "q.jsonl"], ["q.jsonl"]),
])
@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_outputs_follow_the_umask_even_when_replacing_a_private_file(two, argv, files, umask):
    for f in files:
        Path(f).write_text("old", encoding="utf-8")
        os.chmod(f, 0o600)
    old = os.umask(umask)
    try:
        assert main(argv) == 0
    finally:
        os.umask(old)
    for f in files:
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o666 & ~umask, f
