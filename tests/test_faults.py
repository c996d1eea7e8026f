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


# --- only regular files are read; reads are bounded as they happen ---------------------------

def _sources(out: str) -> dict[str, tuple[str, str]]:
    import json
    return {s["path"]: (s["status"], s["message"] or "") for s in json.loads(out)["sources"]}


def test_fifo_given_or_found_in_a_folder_is_an_error_not_a_hang(two, capsys):
    Path("in").mkdir()
    Path("a.txt").rename("in/a.txt")
    os.mkfifo("in/pipe.txt")
    os.mkfifo("direct.txt")
    assert main(["compare", "in", "direct.txt", "b.txt", "-f", "json", "-o", "-"]) == 0
    status = _sources(capsys.readouterr().out)
    assert status["in/a.txt"][0] == "ok"
    assert status["in/pipe.txt"][0] == "error" and "pipe" in status["in/pipe.txt"][1]
    assert status["direct.txt"][0] == "error"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_errors_not_endless_reads(two, capsys, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    assert main(["compare", device, "a.txt", "b.txt", "-f", "json", "-o", "-"]) == 0
    status = _sources(capsys.readouterr().out)
    assert status[device][0] == "error" and "device" in status[device][1]


def test_read_stops_at_the_limit_whatever_the_file_system_says(tmp_path):
    from quotecmp.errors import InputError
    from quotecmp.load import read_limited
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    assert read_limited(big, 5000) == b"x" * 5000
    with pytest.raises(InputError, match="limit"):
        read_limited(big, 4999)
    if os.path.exists("/dev/zero"):
        with pytest.raises(InputError):
            read_limited("/dev/zero", 1 << 16)


# --- corpus inputs: corrupt, bombs, separators, FIFOs ----------------------------------------

def _corpus_sources(out: Path):
    import pandas as pd
    return pd.read_parquet(out / "sources.parquet").set_index("path")


@pytest.fixture
def corpus_dir(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    return tmp_path


def test_corrupt_and_truncated_parquet_are_error_rows_the_rest_runs(corpus_dir, capsys):
    import pandas as pd
    pd.DataFrame({"id": ["1", "2"], "text": [QUOTE, QUOTE.replace("Monday", "Sunday")]}) \
        .to_parquet("in/good.parquet")
    whole = Path("in/good.parquet").read_bytes()
    Path("in/truncated.parquet").write_bytes(whole[: len(whole) // 2])
    Path("in/garbage.parquet").write_bytes(b"PAR1" + os.urandom(300) + b"PAR1")
    assert main(["corpus", "in", "-o", "out", "--workers", "1"]) == 0
    s = _corpus_sources(Path("out"))
    assert set(s.loc[s["status"] == "ok", "id"]) == {"1", "2"}
    for name in ("truncated", "garbage"):
        row = s[s.index.str.contains(name)]
        assert len(row) == 1 and row["status"].iloc[0] == "error"
        assert "Parquet" in row["message"].iloc[0] or "parquet" in row["message"].iloc[0]


def test_parquet_bomb_rows_are_error_rows_and_memory_stays_small(corpus_dir):
    import subprocess
    import sys
    # made in another process: a child forked from a big parent starts with its resident size
    bomb = ("import pyarrow as pa, pyarrow.parquet as pq; big = 'x' * (20 * 2**20); "
            f"pq.write_table(pa.table({{'id': [str(i) for i in range(60)] + ['ok'], "
            f"'text': [big] * 60 + [{QUOTE!r}]}}), 'in/bomb.parquet', compression='zstd')")
    subprocess.run([sys.executable, "-c", bomb], check=True, timeout=120)
    assert Path("in/bomb.parquet").stat().st_size < 200_000
    code = ("import sys, resource; from quotecmp.cli import main; rc = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)")
    run = subprocess.run([sys.executable, "-c", code, "corpus", "in", "-o", "out", "--workers", "1"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    peak_mb = int(run.stdout.split()[-1]) / 1024
    assert peak_mb < 600, f"peak {peak_mb:.0f} MB for a {60 * 20} MB bomb"
    s = _corpus_sources(Path("out"))
    assert (s["status"] == "error").sum() == 60 and "limit" in s["message"].dropna().iloc[0]
    assert (s["status"] == "ok").sum() == 1


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_rows_split_on_newline_only_in_both_modes(corpus_dir, capsys, sep):
    import json
    rows = [{"id": f"r{i}", "text": QUOTE.replace("Monday", f"day {i}{sep}and more")} for i in range(3)]
    Path("in/c.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                  encoding="utf-8")
    assert main(["compare", "in/c.jsonl", "-f", "json", "-o", "-"]) == 0
    compared = json.loads(capsys.readouterr().out)["sources"]
    assert [s["id"] for s in compared] == ["r0", "r1", "r2"]
    assert all(s["status"] == "ok" for s in compared)
    assert main(["corpus", "in", "-o", "out", "--workers", "1"]) == 0
    s = _corpus_sources(Path("out"))
    assert sorted(s["id"]) == ["r0", "r1", "r2"] and (s["status"] == "ok").all()


def test_corpus_fifo_is_an_error_row_not_a_hang(corpus_dir):
    import json
    Path("in/a.jsonl").write_text(json.dumps({"id": "a", "text": QUOTE}) + "\n", encoding="utf-8")
    os.mkfifo("in/pipe.jsonl")
    assert main(["corpus", "in", "-o", "out", "--workers", "1"]) == 0
    s = _corpus_sources(Path("out"))
    assert s.loc[s["id"] == "a", "status"].iloc[0] == "ok"
    pipe = s[s.index.str.contains("pipe")]
    assert pipe["status"].iloc[0] == "error" and "regular" in pipe["message"].iloc[0]


def test_writing_to_dev_null_keeps_the_device(two):
    if not os.path.exists("/dev/null") or not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        pytest.skip("no /dev/null device here")
    assert main(["compare", "a.txt", "b.txt", "-f", "json", "-o", "/dev/null"]) == 0
    assert main(["extract", "a.txt", "-f", "jsonl", "-o", "/dev/null"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)   # a rename over it would make it a file


# --- duplicate ids are made unique and reported, never merged -------------------------------

def test_duplicate_ids_in_compare_keep_both_articles(two, capsys):
    import json
    rows = [{"id": "x", "text": QUOTE}, {"id": "x", "text": '"Never again," Senator John Roe said.'},
            {"id": "x-2", "text": '"Not now," Minister Ann Poe said.'}]
    Path("c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["compare", "c.jsonl", "-f", "json", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    ids = [s["id"] for s in data["sources"]]
    assert len(set(ids)) == 3 and ids[0] == "x" and ids[2] == "x-2"
    speakers = {q["source"]: q["speaker"] for q in data["quotes"]}
    assert len(speakers) == 3 and "John Roe" in speakers.values() and "Jane Doe" in speakers.values()
    assert "renamed" in err and err.count("renamed") == 1
