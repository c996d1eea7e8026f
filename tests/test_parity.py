"""One story, two pipelines: ``compare`` and ``corpus`` must give the same answers (issue #14).

Today the two share the stages but not every step; each test here is a disagreement a user hit.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotecmp
from quotecmp.cli import main

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
ROOT = Path(__file__).resolve().parents[1]


def _corpus(tmp_path: Path, rows: list[dict]) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["corpus", str(tmp_path / "in"), "-o", str(out), "--workers", "1"]) == 0
    return out


def _compared(rows: list[dict]):
    from quotecmp.load import detect_language
    from quotecmp.models import Source
    sources = [Source(id=r["id"], path=r["id"], outlet=r.get("outlet"), text=r["text"],
                      lang=detect_language(r["text"])) for r in rows]
    return quotecmp.compare_sources(sources)


def _pairs_compare(result) -> dict:
    src = {q.id: q.source for q in result.quotes}
    return {tuple(sorted((src[d.a], src[d.b]))): (tuple(sorted(d.kinds)), d.severity)
            for d in result.differences}


def _pairs_corpus(out: Path) -> dict:
    d = pd.read_parquet(out / "differences.parquet")
    return {tuple(sorted((r.source_a, r.source_b))): (tuple(sorted(r.kinds.split("|"))), r.severity)
            for r in d.itertuples()}


def test_a_shorter_name_is_no_misattribution_in_either(tmp_path):
    rows = [{"id": "a", "outlet": "Wire", "text": '"We will not be intimidated by anyone," '
             'Jens Stoltenberg said.'},
            {"id": "b", "outlet": "Paper", "text": '"We will not be intimidated by anyone," '
             'Stoltenberg said.'}]
    compared = _pairs_compare(_compared(rows))
    assert compared == {("a", "b"): (("identical",), "none")}
    assert _pairs_corpus(_corpus(tmp_path, rows)) == compared


def test_sample_story_same_differences_and_speakers(tmp_path):
    files = sorted((ROOT / "data" / "nato-china-2023").glob("*.txt"))
    rows = [{"id": f.stem, "outlet": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]
    result = _compared(rows)
    out = _corpus(tmp_path, rows)
    assert _pairs_corpus(out) == _pairs_compare(result)
    q = pd.read_parquet(out / "quotes.parquet")
    corpus_speakers = {(r.source, r.start, r.end): r.speaker for r in q.itertuples()}
    compare_speakers = {(x.source, x.start, x.end): x.speaker for x in result.quotes
                        if x.kind != "unmarked"}
    assert corpus_speakers == compare_speakers


def test_a_csv_row_with_an_extra_cell_is_an_error_in_both(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    csv_text = ('id,text\n1,"""We will fight,"" Jane Doe said."\n2,"""We will win,"" John Roe said.",extra\n'
                '3,"""Soon,"" Ann Poe said."\n')
    (tmp_path / "in" / "c.csv").write_text(csv_text, encoding="utf-8")
    assert main(["compare", str(tmp_path / "in" / "c.csv"), "-f", "json", "-o", "-"]) == 0
    compared = {s["path"]: s["status"] for s in json.loads(capsys.readouterr().out)["sources"]}
    out = tmp_path / "out"
    assert main(["corpus", str(tmp_path / "in"), "-o", str(out), "--workers", "1"]) == 0
    s = pd.read_parquet(out / "sources.parquet")
    in_corpus = dict(zip(s["path"], s["status"]))
    assert compared == in_corpus
    assert sorted(in_corpus.values()) == ["error", "ok", "ok"]


@pytest.mark.parametrize("chunk_rows", [1, 2, 3, 50])
def test_csv_chunks_start_where_their_rows_start(tmp_path, chunk_rows):
    from quotecmp.rows import plan, read_chunk
    rows = [{"id": f"r{i}", "text": f'"Line one of {i},\nstill quoted," she said.\r\nAnd é {i}.',
             "outlet": "Wire"} for i in range(7)]
    path = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8-sig")
    chunks = plan([path], chunk_rows=chunk_rows)
    got = pd.DataFrame([r for c in chunks for r in read_chunk(c)])
    assert list(got["id"]) == [r["id"] for r in rows]
    assert list(got["text"]) == [r["text"] for r in rows]
    assert list(got["path"]) == [f"{path}:{n}" for n in range(2, 9)]
    assert all(c.offset > 0 for c in chunks[1:])
