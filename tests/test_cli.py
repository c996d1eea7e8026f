"""The command line as a user meets it: exit codes, stdout, stderr, formats."""
import csv
import json
import subprocess
import sys

import pytest

from conftest import SAMPLE
from quotecmp.cli import main


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_json_to_stdout(capsys):
    code, out, err = run(["compare", str(SAMPLE), "-o", "-", "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert {s["id"] for s in data["sources"]} >= {"afp-wire", "almayadeen", "bta-2024"}
    assert "sources (5 ok)" in err and "Traceback" not in err


def test_format_follows_the_extension(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert run(["compare", str(SAMPLE), "-o", str(out)], capsys)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["quotes"]
    html = tmp_path / "r.html"
    assert run(["compare", str(SAMPLE), "-o", str(html)], capsys)[0] == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_csv_writes_one_table_per_record_type(tmp_path, capsys):
    code, _, err = run(["compare", str(SAMPLE), "-o", str(tmp_path / "t.csv")], capsys)
    assert code == 0
    for name in ("sources", "quotes", "clusters", "differences"):
        rows = list(csv.DictReader((tmp_path / f"t.{name}.csv").open(encoding="utf-8")))
        assert rows, name
    quotes = list(csv.DictReader((tmp_path / "t.quotes.csv").open(encoding="utf-8")))
    assert {"id", "source", "text", "start", "end", "kind", "speaker"} <= set(quotes[0])


def test_parquet_tables(tmp_path, capsys):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    assert run(["compare", str(SAMPLE), "-o", str(tmp_path / "t.parquet")], capsys)[0] == 0
    frame = pd.read_parquet(tmp_path / "t.differences.parquet")
    assert {"cluster", "a", "b", "similarity", "kinds", "severity"} <= set(frame.columns)


def test_extract_jsonl_has_path(capsys):
    code, out, err = run(["extract", str(SAMPLE / "afp-wire.txt")], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) >= 9
    assert all(r["path"].endswith("afp-wire.txt") for r in rows)
    assert "9 quotes" in err or "quotes from 1 of 1" in err


def test_extract_leaves_the_headline_out_unless_asked(tmp_path, capsys):
    body = " ".join(["Lawmakers met on Monday to discuss the budget for the coming year."] * 6)
    (tmp_path / "a.txt").write_text(
        "Reid: 'Never underestimate Trump.'\n\n" + body + ' "We will pass it," Reid said.\n',
        encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path / "a.txt")], capsys)
    assert code == 0
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["We will pass it,"]
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--headlines"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["Never underestimate Trump.", "We will pass it,"]
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--headlines", "--format", "json"], capsys)
    assert "headlines=keep" in json.loads(out)["signature"]
    # a comparison keeps it: how outlets headline words is part of what is compared
    code, out, _ = run(["compare", str(tmp_path / "a.txt"), "-o", "-", "--format", "json"], capsys)
    assert "Never underestimate Trump." in [q["text"] for q in json.loads(out)["quotes"]]


@pytest.mark.parametrize("args, needle", [
    (["compare", "/no/such/file.txt", "-o", "-"], "no usable input"),
    (["compare", str(SAMPLE), "--bogus"], "No such option"),
    (["compare", str(SAMPLE), "-o", "-", "--format", "docx"], "unknown format"),
    (["compare", str(SAMPLE), "-o", "/no/such/dir/r.html"], "does not exist"),
    (["compare", str(SAMPLE), "-o", "-", "--fail-on", "sometimes"], "--fail-on"),
    (["compare", str(SAMPLE), "-o", "-", "--lang", "eng"], "unknown language code 'eng'"),
    (["extract", str(SAMPLE), "-o", "-", "--lang", "fr-FR"], "unknown language code"),
])
def test_user_mistakes_exit_2_with_one_line(args, needle, capsys):
    code, out, err = run(args, capsys)
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bare_command_shows_help_and_exits_2(capsys):
    code, out, err = run([], capsys)
    assert code == 2 and "compare" in err


def test_fail_on_kind_and_severity(tmp_path, capsys):
    # the sample's Le Figaro version rewords Stoltenberg's quotes: wording is found, high is not
    assert run(["compare", str(SAMPLE), "-o", str(tmp_path / "a.json"), "--fail-on", "wording"],
               capsys)[0] == 1
    assert run(["compare", str(SAMPLE), "-o", str(tmp_path / "b.json"), "--fail-on", "high"], capsys)[0] == 0
    assert run(["compare", str(SAMPLE), "-o", str(tmp_path / "c.json"), "--fail-on", "low"], capsys)[0] == 1


def test_changed_number_fails_the_run(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        '"We will send 300 tanks to the front before winter," the minister said.\n', encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(
        '"We will send 30 tanks to the front before winter," the minister said.\n', encoding="utf-8")
    code, out, err = run(["compare", str(tmp_path / "in"), "-o", str(tmp_path / "r.json"),
                          "--fail-on", "number_changed"], capsys)
    assert code == 1
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert any("number_changed" in d["kinds"] for d in data["differences"])
    # the user is told what tripped it, not only that something did
    assert "1 finding (1 high)" in err
    tripped = [line for line in err.splitlines() if line.startswith("quotecmp: --fail-on")]
    assert len(tripped) == 1
    assert "number_changed: 1 difference matched; the first: wording, number_changed (high)" in tripped[0]
    assert "between a and b in “We will send 30 tanks" in tripped[0]
    assert data["findings"][0]["changes"] == ["300 → 30"]


def test_some_inputs_bad_still_exit_0(tmp_path, capsys):
    (tmp_path / "good.txt").write_text('"It works," she said.\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code, out, err = run(["compare", str(tmp_path), "-o", "-", "--format", "json"], capsys)
    assert code == 0
    status = {s["id"]: s["status"] for s in json.loads(out)["sources"]}
    assert status == {"empty": "empty", "good": "ok", "img": "error"}
    assert "error" in err and "PNG" in err


def test_demo_writes_report(tmp_path, capsys):
    out = tmp_path / "report.html"
    code, _, err = run(["demo", "-o", str(out)], capsys)
    assert code == 0
    html = out.read_text(encoding="utf-8")
    for outlet in ("AFP wire copy", "Al Mayadeen English", "Le Figaro", "BTA"):
        assert outlet in html


def test_console_script_help_has_examples():
    proc = subprocess.run([sys.executable, "-m", "quotecmp", "compare", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "Examples" in proc.stdout and "--fail-on" in proc.stdout
    # placeholders a reader can fill in, and every manifest column
    assert "--output FILE" in proc.stdout and "--lang CODE" in proc.stdout
    assert "story" in proc.stdout and "url" in proc.stdout


@pytest.mark.parametrize("fmt, name", [(None, "report.html"), ("json", "report.json"),
                                       ("csv", "tables.sources.csv")])
def test_output_folder_gets_the_report_inside_it(tmp_path, capsys, fmt, name):
    out = tmp_path / "reports"
    out.mkdir()
    args = ["compare", str(SAMPLE), "-o", str(out) + "/"] + (["-f", fmt] if fmt else [])
    code, _, err = run(args, capsys)
    assert code == 0, err
    assert (out / name).is_file()
    assert str(out / name.replace(".sources", "")) in err or str(out / name) in err


def test_lang_code_is_case_folded(tmp_path, capsys):
    code, _, err = run(["compare", str(SAMPLE), "-o", str(tmp_path / "r.json"), "--lang", "EN"], capsys)
    assert code == 0
    assert "lang=en" in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["signature"]


def test_quiet_prints_only_what_went_wrong(tmp_path, capsys):
    code, _, err = run(["compare", str(SAMPLE), "-o", str(tmp_path / "r.json"), "-q"], capsys)
    assert code == 0 and err == ""
    code, _, err = run(["compare", str(SAMPLE), str(tmp_path / "gone.txt"), "-o",
                        str(tmp_path / "r.json"), "--quiet"], capsys)
    assert code == 0 and err.strip().splitlines() == [
        f"quotecmp: error: {tmp_path / 'gone.txt'}: no such file or directory"]


def test_progress_names_stages_a_user_understands(tmp_path, capsys):
    code, _, err = run(["compare", str(SAMPLE), "-o", str(tmp_path / "r.json"), "--progress"], capsys)
    assert code == 0
    for label in ("reading quotes", "matching quotes across sources", "comparing versions"):
        assert label in err
    code, _, err = run(["compare", str(SAMPLE), "-o", str(tmp_path / "r.json"), "--no-progress"], capsys)
    assert "reading quotes" not in err and "findings" in err
