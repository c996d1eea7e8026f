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


# the run's own peak: VmHWM belongs to the process image (ru_maxrss would carry over the size
# of the pytest process it was forked from)
PEAK_CODE = ("import sys; from quotecmp.cli import main; rc = main(sys.argv[1:]); "
             "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))); "
             "sys.exit(rc)")
needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc")
sees_workers = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                  reason="needs /proc to see the workers")


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


@needs_proc
def test_parquet_bomb_rows_are_error_rows_and_memory_stays_small(corpus_dir):
    import subprocess
    import sys
    # made in another process: a child forked from a big parent starts with its resident size
    bomb = ("import pyarrow as pa, pyarrow.parquet as pq; big = 'x' * (20 * 2**20); "
            f"pq.write_table(pa.table({{'id': [str(i) for i in range(60)] + ['ok'], "
            f"'text': [big] * 60 + [{QUOTE!r}]}}), 'in/bomb.parquet', compression='zstd')")
    subprocess.run([sys.executable, "-c", bomb], check=True, timeout=120)
    assert Path("in/bomb.parquet").stat().st_size < 200_000
    code = PEAK_CODE
    run = subprocess.run([sys.executable, "-c", code, "corpus", "in", "-o", "out", "--workers", "1"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    peak_mb = int(run.stdout.split()[-1]) / 1024
    assert peak_mb < 400, f"peak {peak_mb:.0f} MB for a {60 * 20} MB bomb"
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


# --- a corpus run stopped at any moment leaves the previous set -------------------------------

def _write_corpus(path: Path, n: int, seed: int) -> None:
    import json
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import synth
    with path.open("w", encoding="utf-8") as fh:
        for r in synth.corpus(n, seed=seed):
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "outlet": r["outlet"]}) + "\n")


def _set_digest(out: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(out.iterdir()) if p.is_file()}


def _children(pid: int) -> list[int]:
    kids = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat_file.parent.name))
    return kids


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


def _all_gone(pids: list[int], timeout: float = 10) -> bool:
    """Whether every process has ended within ``timeout`` seconds."""
    import time
    deadline = time.monotonic() + timeout
    while not all(_gone(k) for k in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return all(_gone(k) for k in pids)


@pytest.fixture
def previous_set(corpus_dir):
    _write_corpus(Path("in/small.jsonl"), 30, seed=11)
    assert main(["corpus", "in/small.jsonl", "-o", "out", "--workers", "1"]) == 0
    _write_corpus(Path("in2.jsonl"), 400, seed=12)
    return _set_digest(Path("out"))


@sees_workers
@pytest.mark.parametrize("sig, delay", [("SIGKILL", 0.5), ("SIGKILL", 1.5), ("SIGKILL", 3.0),
                                        ("SIGTERM", 1.0), ("SIGINT", 2.0)])
def test_corpus_stopped_at_any_moment_leaves_the_previous_set(previous_set, sig, delay):
    import signal
    import subprocess
    import sys
    import time
    proc = subprocess.Popen([sys.executable, "-m", "quotecmp", "corpus", "in2.jsonl", "-o", "out",
                             "--workers", "2"], stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    kids = _children(proc.pid)
    proc.send_signal(getattr(signal, sig))
    err = proc.communicate(timeout=120)[1]
    now = _set_digest(Path("out"))
    whole_new = set(now) == set(previous_set) and all(now[k] != previous_set[k] for k in now)
    if proc.returncode == 0:   # it finished first: then the whole new set is there
        assert whole_new
        return
    # killed after the swap (the new set in place, the process not yet gone) or before it
    assert now == previous_set or whole_new, f"{sig} at {delay} s left a mix"
    assert _all_gone(kids), "pool workers outlived their driver"
    if sig != "SIGKILL":   # a stop the process survives: one line, nothing left behind
        # (what the run printed, should it end otherwise: a rare exit 1 after a SIGINT at 2 s
        # on a loaded CI machine has been seen once, and never reproduced in 72 tries)
        assert proc.returncode == {"SIGTERM": 143, "SIGINT": 130}[sig], err[-2000:]
        assert err.strip().splitlines()[-1] in ("quotecmp: terminated", "quotecmp: interrupted")
        assert not list(Path(".").glob(".out.quotecmp-*"))
        assert not [p for p in Path("out").iterdir() if p.name.startswith(".")]
    # the next run finishes and tidies what a SIGKILL left
    assert main(["corpus", "in2.jsonl", "-o", "out", "--workers", "1"]) == 0
    assert not list(Path(".").glob(".out.quotecmp-*"))


def _write_later(path: str, delay: float) -> None:
    import time
    time.sleep(delay)
    Path(path).write_text("written after the stop", encoding="utf-8")


def test_a_stopped_pool_has_no_worker_left_to_write_into_the_removed_work_folder(tmp_path):
    """An aborted run removes its work folder next: a worker still finishing its task would
    write its shard, and the folders above it, back after the removal."""
    import time

    from quotecmp.corpus import _Engine
    runner = _Engine("local", 2, None)
    assert runner.pool is not None
    late = [tmp_path / f"late-{n}" for n in range(2)]
    futures = [runner.pool.submit(_write_later, str(p), 1.5) for p in late]
    deadline = time.monotonic() + 30
    while not all(f.running() for f in futures) and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    runner.close(abort=True)
    assert time.monotonic() - started < 10
    time.sleep(3)     # the tasks would have written by now, had their workers lived
    assert not any(p.exists() for p in late)


def test_a_stop_during_the_swap_leaves_the_previous_set(previous_set, monkeypatch, capsys):
    import quotecmp.files as files

    def stop(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(files, "_exchange", stop)
    assert main(["corpus", "in2.jsonl", "-o", "out", "--workers", "1"]) == 130
    assert _set_digest(Path("out")) == previous_set
    assert not list(Path(".").glob(".out.quotecmp-*"))


def test_corpus_output_folder_with_other_files_is_refused(corpus_dir, capsys):
    _write_corpus(Path("in/a.jsonl"), 5, seed=1)
    Path("out").mkdir()
    Path("out/notes.txt").write_text("mine", encoding="utf-8")
    assert main(["corpus", "in", "-o", "out"]) == 2
    assert "did not write" in capsys.readouterr().err
    assert os.listdir("out") == ["notes.txt"]


def test_ctrl_c_is_one_line_in_compare(two, monkeypatch, capsys):
    import quotecmp.cli as cli

    def stop(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "api_compare", stop)
    assert main(["compare", "a.txt", "b.txt", "-o", "r.json"]) == 130
    assert capsys.readouterr().err == "quotecmp: interrupted\n"


@pytest.fixture
def sigint_handled():
    """Python's own SIGINT handler, as at a terminal: a shell that starts the tests in the
    background ignores SIGINT, and Python then keeps no handler to raise it with."""
    import signal
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.mark.usefixtures("sigint_handled")
@pytest.mark.parametrize("stop, code, line", [(KeyboardInterrupt, 130, "quotecmp: interrupted"),
                                               ("terminated", 143, "quotecmp: terminated")])
def test_a_stop_python_reports_as_ignored_still_stops_the_run(two, monkeypatch, capsys, stop, code, line):
    """Ctrl-C landing in a __del__ or an at-fork hook is only reported as ignored by Python:
    the run must stop all the same, not go on and write its output."""
    import gc
    import time

    import quotecmp.cli as cli
    stop = cli._Terminated if stop == "terminated" else stop
    real = cli.api_compare

    class Dropped:
        def __del__(self):
            raise stop()

    def compare(*args, **kwargs):
        Dropped()
        gc.collect()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:   # the stop comes back a moment later
            time.sleep(0.01)
        return real(*args, **kwargs)
    monkeypatch.setattr(cli, "api_compare", compare)
    assert main(["compare", "a.txt", "b.txt", "-o", "r.json"]) == code
    assert capsys.readouterr().err.strip().splitlines()[-1] == line
    assert not Path("r.json").exists()


def test_ctrl_c_with_the_dask_engine_is_one_line(previous_set):
    pytest.importorskip("dask.distributed")
    import signal
    import socket
    import subprocess
    import sys
    import time
    # another cluster on this machine holds dask's usual port: still one line, no warning
    busy = socket.socket()
    try:
        busy.bind(("0.0.0.0", 8787))
        busy.listen()
    except OSError:
        pass   # already taken, by something else
    proc = subprocess.Popen([sys.executable, "-m", "quotecmp", "corpus", "in2.jsonl", "-o", "out",
                             "--engine", "dask", "--workers", "2"], stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    # interrupt mid-run: once the first chunk's quotes are on disk (a fixed delay raced the run
    # on a fast machine, and a Ctrl-C during the interpreter's exit is no interrupted run)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(Path(".").glob(".out.quotecmp-*/.quotecmp-work-*/quotes/*")):
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)   # what a terminal's Ctrl-C does: the whole group
    err = proc.communicate(timeout=120)[1]
    if proc.returncode == 0 or "articles" in err:
        pytest.skip("the run finished before the interrupt")
    busy.close()
    assert proc.returncode == 130 and err == "quotecmp: interrupted\n", err[-2000:]
    assert _set_digest(Path("out")) == previous_set


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_corpus_says_why(corpus_dir, capsys, content):
    Path("in/empty.jsonl").write_text(content, encoding="utf-8")
    assert main(["corpus", "in", "-o", "out"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("quotecmp: error: no usable article in the corpus: ") and \
        not err.endswith(":") and err.count("\n") == 0


# --- partition folders are bounded and safe ---------------------------------------------------

@pytest.mark.parametrize("outlet", ["人民日报海外版新闻客户端官方账号每日精选国际时事评论频道",
                                    "../../etc", "a/b\\c:d", "x" * 300, "", None, "Le Monde", "Le  Monde!"])
def test_partition_keys_are_short_safe_and_distinct(outlet):
    from quotecmp.shards import partition_key
    key = partition_key(outlet)
    assert 1 <= len(key.encode("utf-8")) <= 49 and key.isascii()
    assert all(c.isalnum() or c == "-" for c in key) and not key.startswith(".")
    assert partition_key("Le Monde") != partition_key("Le  Monde!")   # fold alike, stay apart


@pytest.mark.parametrize("published, month", [("2024-03-05", "2024-03"), ("2024-03", "2024-03"),
                                               ("../../x", "unknown"), ("March 2024", "unknown"),
                                               (None, "unknown"), ("", "unknown")])
def test_partition_months_come_only_from_dates(published, month):
    from quotecmp.shards import month_key
    assert month_key(published) == month


def test_partitioned_tables_with_a_long_chinese_outlet(corpus_dir, monkeypatch):
    import json

    import quotecmp.corpus as corpus
    monkeypatch.setattr(corpus, "PARTITION_ROWS", 1)     # partition even this small corpus
    long_name = "人民日报海外版新闻客户端官方账号每日精选国际时事评论频道"
    rows = [{"id": f"r{i}", "text": QUOTE.replace("Monday", f"day {i}"), "outlet": o,
             "published": p} for i, (o, p) in enumerate([(long_name, "2024-01-02"),
                                                          ("../../etc", "../x"), ("AP", None)])]
    Path("in/c.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                  encoding="utf-8")
    assert main(["corpus", "in", "-o", "out", "--workers", "1"]) == 0
    folders = [p for p in Path("out/quotes.parquet").rglob("*") if p.is_dir()]
    assert folders and all(len(p.name.encode("utf-8")) < 80 for p in folders)
    assert all(Path("out/quotes.parquet") in p.parents for p in folders)
    import pandas as pd
    assert sorted(pd.read_parquet("out/quotes.parquet")["outlet"].unique()) == sorted(
        [long_name, "../../etc", "AP"])


# --- a full disk (a small ulimit -f) loses nothing ---------------------------------------------

def _limited(max_bytes: int):
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return limit


@pytest.mark.parametrize("output", ["r.html", "r.json", "t.csv"])
def test_disk_full_keeps_the_previous_output_and_leaves_no_temp_file(two, output):
    import subprocess
    import sys
    outputs = [output] if not output.endswith(".csv") else \
        [f"t.{n}.csv" for n in ("sources", "quotes", "clusters", "differences")]
    for f in outputs:
        Path(f).write_text("previous", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "quotecmp", "compare", "a.txt", "b.txt", "-o", output],
                         capture_output=True, text=True, preexec_fn=_limited(150), timeout=120)
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert all(Path(f).read_text(encoding="utf-8") == "previous" for f in outputs)
    assert not [p for p in Path(".").iterdir() if p.name.startswith(".")]


def test_disk_full_in_a_corpus_run_keeps_the_previous_set(previous_set):
    import subprocess
    import sys
    run = subprocess.run([sys.executable, "-m", "quotecmp", "corpus", "in2.jsonl", "-o", "out",
                          "--workers", "1"], capture_output=True, text=True,
                         preexec_fn=_limited(64 * 1024), timeout=300)
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip().count("\n") == 0 and "Traceback" not in run.stderr
    assert _set_digest(Path("out")) == previous_set
    assert not list(Path(".").glob(".out.quotecmp-*"))


def test_duplicate_ids_in_a_corpus_are_renamed_across_files_and_chunks(corpus_dir):
    import json

    import pandas as pd
    rows = [{"id": "x", "text": QUOTE}, {"id": "x", "text": '"Never again," Senator John Roe said.'},
            {"text": '"Not now," Minister Ann Poe said.'}, {"id": "x", "text": '"Soon," Ann Poe said.'}]
    Path("in/a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pd.DataFrame({"id": ["x", "a:3"], "text": [QUOTE, QUOTE]}).to_parquet("in/b.parquet")
    assert main(["corpus", "in", "-o", "out", "--workers", "1", "--chunk-rows", "2"]) == 0
    s = pd.read_parquet("out/sources.parquet")
    assert len(s) == 6 and s["id"].is_unique
    assert sorted(s["id"]) == sorted(["x", "x-2", "a:3", "x-3", "x-4", "a:3-2"])
    renamed = s[s["message"].fillna("").str.contains("renamed")]
    assert len(renamed) == 4 and (renamed["status"] == "ok").all()
    q = pd.read_parquet("out/quotes.parquet")
    assert q["id"].is_unique and set(q["source"]) <= set(s["id"])


def test_an_oversized_jsonl_row_is_an_error_row_in_compare(two, capsys):
    import json
    Path("c.jsonl").write_text(json.dumps({"id": "huge", "text": "x " * (6 * 2**20)}) + "\n" +
                               json.dumps({"id": "fine", "text": QUOTE}) + "\n", encoding="utf-8")
    assert main(["compare", "c.jsonl", "a.txt", "-f", "json", "-o", "-"]) == 0
    import json as j
    sources = j.loads(capsys.readouterr().out)["sources"]
    # the row is not parsed, so its id is the row's place (as in a corpus run)
    status = {s["path"].rsplit("/", 1)[-1]: (s["status"], s["message"] or "") for s in sources}
    assert status["c.jsonl:1"][0] == "error" and "limit" in status["c.jsonl:1"][1]
    assert status["c.jsonl:2"][0] == "ok"


@pytest.mark.parametrize("sig, delay", [("SIGKILL", 0.4), ("SIGKILL", 1.2), ("SIGTERM", 0.8)])
def test_compare_stopped_at_any_moment_keeps_the_previous_report(corpus_dir, sig, delay):
    import signal
    import subprocess
    import sys
    import time
    _write_corpus(Path("in/c.jsonl"), 300, seed=4)
    Path("r.html").write_text("previous report", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotecmp", "compare", "in/c.jsonl", "-o", "r.html"],
                            stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    proc.send_signal(getattr(signal, sig))
    err = proc.communicate(timeout=120)[1]
    report = Path("r.html").read_text(encoding="utf-8")
    if proc.returncode == 0 or report != "previous report":
        # finished, or stopped after the new report took the old one's place (the stop can land
        # between that rename and the exit): whole, never half
        assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
        return
    assert report == "previous report"
    if sig == "SIGTERM" and proc.returncode != -signal.SIGTERM:
        # (on a loaded machine the stop may land while Python starts, before quotecmp has a
        # handler: the default one ends it then, before it has begun anything)
        assert proc.returncode == 143 and err.strip().splitlines()[-1] == "quotecmp: terminated"
    assert not [p for p in Path(".").iterdir() if p.name.startswith(".r.html")]


@sees_workers
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_extract_stopped_while_its_workers_run_says_one_line_and_leaves_none(corpus_dir, sig):
    import signal
    import subprocess
    import sys
    import time
    _write_corpus(Path("in/c.jsonl"), 3000, seed=5)
    Path("q.jsonl").write_text("previous quotes\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotecmp", "extract", "in/c.jsonl", "-o", "q.jsonl",
                             "--workers", "2"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    kids: list[int] = []
    while proc.poll() is None and len(kids) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        kids = _children(proc.pid)
    if proc.poll() is not None:
        pytest.skip("the run ended before its workers could be seen")
    proc.send_signal(getattr(signal, sig))
    err = proc.communicate(timeout=60)[1]
    if proc.returncode == 0:   # it finished first: then the new quotes are there, whole
        assert Path("q.jsonl").read_text(encoding="utf-8") != "previous quotes\n"
        return
    assert proc.returncode == {"SIGTERM": 143, "SIGINT": 130}[sig]
    assert err.strip().splitlines() == [{"SIGTERM": "quotecmp: terminated",
                                         "SIGINT": "quotecmp: interrupted"}[sig]]
    assert Path("q.jsonl").read_text(encoding="utf-8") == "previous quotes\n"
    assert _all_gone(kids), "workers outlived their driver"


@needs_proc
def test_a_jsonl_line_without_end_is_read_in_pieces_not_whole(corpus_dir):
    import subprocess
    import sys
    make = ("import json; fh = open('in/c.jsonl', 'wb'); "
            f"fh.write((json.dumps({{'id': 'ok', 'text': {QUOTE!r}}}) + '\\n').encode()); "
            "fh.write(b'{\"text\": \"' + b'x' * (300 * 2**20))")   # 300 MB, no newline, no end
    subprocess.run([sys.executable, "-c", make], check=True, timeout=120)
    code = PEAK_CODE
    run = subprocess.run([sys.executable, "-c", code, "corpus", "in", "-o", "out", "--workers", "1"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.split()[-1]) / 1024 < 400
    s = _corpus_sources(Path("out"))
    assert set(s.loc[s["status"] == "ok", "id"]) == {"ok"}
    assert (s["status"] == "error").sum() == 1 and "limit" in s["message"].dropna().iloc[0]


def test_a_stop_while_the_pool_starts_stops_the_pool(monkeypatch):
    # a Ctrl-C or SIGTERM held back during the forks is raised when let through, inside
    # start_pool, before the caller has the pool to stop: start_pool stops it itself
    import signal

    from quotecmp import workers
    real, stopped = signal.pthread_sigmask, []

    def let_through(how, mask):
        old = real(how, mask)
        if how == signal.SIG_SETMASK:
            raise KeyboardInterrupt
        return old

    def stop(pool, abort=False):
        stopped.append(abort)
        real_stop(pool, abort)

    real_stop = workers.stop_pool
    monkeypatch.setattr(signal, "pthread_sigmask", let_through)
    monkeypatch.setattr(workers, "stop_pool", stop)
    with pytest.raises(KeyboardInterrupt):
        workers.start_pool(2, workers.fork_context())
    monkeypatch.undo()
    assert stopped == [True]
