"""The library as a script meets it: what ``Comparison.write`` and ``write_quotes`` put on disk
is what the CLI writes, the ``--fail-on`` selection is a function, and the names are exported."""
import json
import os
import pathlib
import re
import subprocess
import sys
import typing

import pytest

import quotecmp
from conftest import ROOT, SAMPLE
from quotecmp import Options, UsageError
from quotecmp.cli import main
from quotecmp.models import (
    DIFFERENCE_KINDS,
    KINDS,
    RANK,
    SEVERITIES,
    SEVERITY,
    STATUSES,
    Difference,
    Quote,
    Source,
)

TABLES = ("sources", "quotes", "clusters", "differences")


def cli(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --- Comparison.write: the same files as quotecmp compare -o -----------------------------

def test_write_json_is_what_the_cli_writes(sample_comparison, tmp_path, capsys):
    assert cli(["compare", str(SAMPLE), "-o", str(tmp_path / "cli.json")], capsys)[0] == 0
    assert sample_comparison.write(tmp_path / "lib.json") == [str(tmp_path / "lib.json")]
    assert (tmp_path / "lib.json").read_bytes() == (tmp_path / "cli.json").read_bytes()


def test_write_html_is_what_the_cli_writes(sample_comparison, tmp_path, capsys):
    assert cli(["compare", str(SAMPLE), "-o", str(tmp_path / "cli.html")], capsys)[0] == 0
    page = (tmp_path / "cli.html").read_text(encoding="utf-8")
    # the CLI stamps the time it ran; the library reads no clock and is given it
    stamp = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", page).group(0)
    sample_comparison.write(tmp_path / "lib.htm", generated=stamp)   # .htm is html too
    assert (tmp_path / "lib.htm").read_text(encoding="utf-8") == page


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_write_tables_are_what_the_cli_writes(sample_comparison, tmp_path, capsys, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    assert cli(["compare", str(SAMPLE), "-o", str(tmp_path / f"cli.{fmt}")], capsys)[0] == 0
    written = sample_comparison.write(tmp_path / f"lib.{fmt}")
    assert written == [str(tmp_path / f"lib.{name}.{fmt}") for name in TABLES]
    for name in TABLES:
        lib = (tmp_path / f"lib.{name}.{fmt}").read_bytes()
        assert lib == (tmp_path / f"cli.{name}.{fmt}").read_bytes(), name
    assert not (tmp_path / f"lib.{fmt}").exists()


def test_write_format_argument_beats_the_extension(sample_comparison, tmp_path):
    sample_comparison.write(tmp_path / "out.txt", format="JSON")
    assert json.loads((tmp_path / "out.txt").read_text(encoding="utf-8"))["signature"] == \
        sample_comparison.signature
    # a table set named without the format's extension gets it appended
    written = sample_comparison.write(tmp_path / "tables", format="csv")
    assert written == [str(tmp_path / f"tables.{name}.csv") for name in TABLES]


def test_write_to_standard_output(sample_comparison, capsys):
    assert sample_comparison.write("-") == ["-"]           # a pipe gets JSON, not a page
    assert capsys.readouterr().out == sample_comparison.to_json()
    sample_comparison.write("-", format="csv")            # the quotes table
    assert capsys.readouterr().out.splitlines()[0].startswith("id,source,text,start,end,kind")


@pytest.mark.parametrize("path, fmt", [("report.docx", None), ("report", None),
                                       ("report.json", "docx"), ("-", "parquet")])
def test_bad_format_is_the_clis_usage_error(sample_comparison, tmp_path, capsys, path, fmt):
    out = path if path == "-" else str(tmp_path / path)
    with pytest.raises(UsageError) as caught:
        sample_comparison.write(out, fmt)
    code, _, err = cli(["compare", str(SAMPLE), "-o", out, *(["-f", fmt] if fmt else [])], capsys)
    assert code == 2
    assert err == f"quotecmp: error: {caught.value}\n"
    assert not list(tmp_path.iterdir())


def test_write_never_replaces_a_source(tmp_path):
    (tmp_path / "a.txt").write_text('"We will send 300 tanks," the minister said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"We will send 30 tanks," the minister said.\n', encoding="utf-8")
    result = quotecmp.compare([tmp_path / "a.txt", tmp_path / "b.txt"])
    with pytest.raises(UsageError, match="is the input"):
        result.write(tmp_path / "a.txt", format="json")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith('"We will send 300')


def test_write_to_a_missing_folder_is_an_output_error(sample_comparison, tmp_path):
    with pytest.raises(quotecmp.OutputError, match="does not exist"):
        sample_comparison.write(tmp_path / "no" / "such.json")


# --- write_quotes: the same files as quotecmp extract -o ---------------------------------

@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_write_quotes_is_what_the_cli_extract_writes(tmp_path, capsys, fmt):
    article = SAMPLE / "afp-wire.txt"
    assert cli(["extract", str(article), "-o", str(tmp_path / f"cli.{fmt}")], capsys)[0] == 0
    # extraction alone recovers no unmarked quotes; the JSON's signature says so
    options = Options(recover_unmarked=False)
    sources, quotes = quotecmp.extract([str(article)], options)
    assert quotecmp.write_quotes(sources, quotes, tmp_path / f"lib.{fmt}", options=options) == \
        [str(tmp_path / f"lib.{fmt}")]
    assert (tmp_path / f"lib.{fmt}").read_bytes() == (tmp_path / f"cli.{fmt}").read_bytes()


def _started_pools(monkeypatch) -> list[int]:
    from quotecmp import workers
    started: list[int] = []
    real = workers.start_pool

    def spy(n, context=None):
        started.append(n)
        return real(n, context)
    monkeypatch.setattr(workers, "start_pool", spy)
    return started


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_extract_in_workers_gives_the_same_quotes_in_the_same_order(monkeypatch, tmp_path):
    from quotecmp import pipeline
    started = _started_pools(monkeypatch)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_SOURCES", 2)
    (tmp_path / "broken.txt").write_bytes(b"\x00" * 10)   # an input in error keeps its place
    inputs = [SAMPLE, ROOT / "data" / "nato-china-2023-fr", tmp_path / "broken.txt"]
    one = quotecmp.extract(inputs, workers=1)
    assert started == []
    progress: list[tuple[str, int, int]] = []
    two = quotecmp.extract(inputs, workers=2, progress=lambda *a: progress.append(a))
    assert started == [2]
    assert two == one and len(one[1]) > 30
    assert progress[-1] == ("extract", len(one[0]), len(one[0]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_compare_in_workers_is_the_same_comparison(monkeypatch, tmp_path):
    from quotecmp import pipeline
    started = _started_pools(monkeypatch)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    inputs = [SAMPLE, ROOT / "data" / "nato-china-2023-fr"]
    options = Options(encoder="none")
    one = quotecmp.compare(inputs, options, workers=1)
    two = quotecmp.compare(inputs, options, workers=2)
    assert started == [2]
    one.write(tmp_path / "one.json")
    two.write(tmp_path / "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert len(one.clusters) > 10


def test_a_small_input_is_extracted_without_a_pool(monkeypatch):
    started = _started_pools(monkeypatch)
    sources, quotes = quotecmp.extract([SAMPLE], workers=None)
    assert started == [] and quotes


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_workers_must_be_at_least_one(capsys, command):
    code, _, err = cli([command, str(SAMPLE), "--workers", "0"], capsys)
    assert code == 2 and err.strip() == "quotecmp: error: --workers must be at least 1"


def test_write_quotes_format_rules(tmp_path, capsys):
    article = tmp_path / "afp-wire.txt"
    article.write_bytes((SAMPLE / "afp-wire.txt").read_bytes())
    sources, quotes = quotecmp.extract([article])
    quotecmp.write_quotes(sources, quotes, "-")             # standard output: JSON Lines
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(quotes) and rows[0]["path"].endswith("afp-wire.txt")
    with pytest.raises(UsageError, match=r"name it \.jsonl or \.json or \.csv"):
        quotecmp.write_quotes(sources, quotes, tmp_path / "quotes.html")
    with pytest.raises(UsageError, match="is the input"):
        quotecmp.write_quotes(sources, quotes, article, "json")
    assert article.read_bytes() == (SAMPLE / "afp-wire.txt").read_bytes()


# --- selection: what --fail-on fails on ---------------------------------------------------

def test_select_by_kind(sample_comparison):
    wording = sample_comparison.select(kinds=["wording"])
    assert wording and wording == tuple(d for d in sample_comparison.differences
                                        if "wording" in d.kinds)
    assert sample_comparison.select(kinds="wording") == wording    # one kind as a string
    assert sample_comparison.select("wording") == wording           # --fail-on spelling
    assert all(isinstance(d, Difference) for d in wording)


def test_select_by_minimum_severity(sample_comparison):
    diffs = sample_comparison.differences
    for level in ("low", "medium", "high"):
        expected = tuple(d for d in diffs if RANK[d.severity] >= RANK[level])
        assert sample_comparison.select(severity=level) == expected
        assert sample_comparison.select(level) == expected
    # the sample rewords Stoltenberg but changes no number: the CLI test's exit codes
    assert sample_comparison.select("low") and not sample_comparison.select("high")


def test_select_kinds_or_severity(sample_comparison):
    diffs = sample_comparison.differences
    both = sample_comparison.select("cue_verb, medium")
    assert both == tuple(d for d in diffs if "cue_verb" in d.kinds or RANK[d.severity] >= 2)
    assert sample_comparison.select("cue_verb", severity="medium") == both
    # of several severities the lowest counts, as --fail-on low,high fails on low
    assert sample_comparison.select("high,low") == sample_comparison.select(severity="low")
    assert sample_comparison.select() == () and sample_comparison.select("") == ()


def test_select_a_changed_number(tmp_path):
    said = '," the minister said.\n'
    for name, n in (("a.txt", 300), ("b.txt", 30)):
        (tmp_path / name).write_text(f'"We will send {n} tanks to the front before winter' + said,
                                     encoding="utf-8")
    result = quotecmp.compare([tmp_path])
    hit = quotecmp.select(result.differences, "number_changed,misattributed")
    assert hit and all("number_changed" in d.kinds for d in hit)
    assert result.select(severity="high") == hit
    selection = quotecmp.Selection.parse("number_changed")
    assert selection and all(selection.matches(d) for d in hit)


@pytest.mark.parametrize("spec", ["sometimes", "wording,none", "High"])
def test_bad_selection_is_the_clis_usage_error(spec, capsys):
    with pytest.raises(UsageError) as caught:
        quotecmp.Selection.parse(spec)
    code, _, err = cli(["compare", str(SAMPLE), "-o", "-", "--fail-on", spec], capsys)
    assert code == 2 and err == f"quotecmp: error: {caught.value}\n"


def test_bad_selection_keywords(sample_comparison):
    with pytest.raises(UsageError, match="unknown difference kind 'wordings'"):
        sample_comparison.select(kinds=["wordings"])
    with pytest.raises(UsageError, match="unknown severity 'none'"):
        sample_comparison.select(severity="none")


# --- exports and types --------------------------------------------------------------------

def test_run_corpus_is_exported(tmp_path):
    import quotecmp.corpus
    from quotecmp import CorpusResult, run_corpus
    assert run_corpus is quotecmp.corpus.run_corpus and CorpusResult is quotecmp.corpus.CorpusResult
    assert {"run_corpus", "CorpusResult", "select", "Selection", "write_quotes"} <= set(quotecmp.__all__)
    assert "run_corpus" in dir(quotecmp)


def test_import_stays_light():
    # a command's start-up is most of a small run: pandas, the corpus runner and the report
    # are imported when used, not by ``import quotecmp`` (the writers themselves, stdlib only,
    # come with Comparison)
    code = ("import sys, quotecmp; "
            "print(sorted(m for m in ('pandas', 'numpy', 'jinja2', 'rapidfuzz', 'quotecmp.corpus', "
            "'quotecmp.report', 'quotecmp.stages') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_vocabularies_are_literal_types(sample_comparison):
    assert typing.get_args(quotecmp.Kind) == KINDS == ("direct", "partial", "unmarked", "term")
    assert typing.get_args(quotecmp.DifferenceKind) == DIFFERENCE_KINDS == tuple(SEVERITY)
    assert typing.get_args(quotecmp.Severity) == SEVERITIES == ("none", "low", "medium", "high")
    assert typing.get_args(quotecmp.Status) == STATUSES == ("ok", "empty", "error")
    assert typing.get_type_hints(Quote)["kind"] == quotecmp.Kind
    assert typing.get_type_hints(Source)["status"] == quotecmp.Status
    hints = typing.get_type_hints(Difference)
    assert hints["kinds"] == tuple[quotecmp.DifferenceKind, ...]
    assert hints["severity"] == quotecmp.Severity
    assert {q.kind for q in sample_comparison.quotes} <= set(KINDS)
    assert {k for d in sample_comparison.differences for k in d.kinds} <= set(DIFFERENCE_KINDS)


def test_py_typed_marker_ships_with_the_package():
    assert (pathlib.Path(quotecmp.__file__).parent / "py.typed").is_file()


def test_readme_python_api_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})    # the sample changes no number: no SystemExit
    assert "->" in capsys.readouterr().out
    assert json.loads((tmp_path / "result.txt").read_text(encoding="utf-8"))["differences"]
    assert (tmp_path / "report.html").is_file() and (tmp_path / "tables.quotes.csv").is_file()
    assert (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").count("\n") >= 9
