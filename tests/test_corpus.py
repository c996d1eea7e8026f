"""Corpus runs: chunked reading, per-partition stages, and the same result on both engines."""
import json
import pathlib
import sys

import pandas as pd
import pytest

from quotecmp.cli import main
from quotecmp.corpus import (QUOTE_SCHEMA, SOURCE_SCHEMA, extract_frame, plan, read_chunk,
                             run_corpus, sources_frame)

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bench"))
import synth  # noqa: E402

TABLES = ("sources", "quotes", "clusters", "differences")


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in synth.corpus(60, seed=3):
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "outlet": r["outlet"],
                                 "story": r["story"], "published": "2024-05-0" + r["id"][-1]}) + "\n")
        fh.write("{broken json\n")
        fh.write(json.dumps({"id": "no-text", "outlet": "X"}) + "\n")
    return path


def test_plan_and_read_in_chunks(corpus_file):
    chunks = plan([corpus_file], chunk_rows=25)
    assert [c.first_row for c in chunks] == [1, 26, 51]
    frames = [read_chunk(c) for c in chunks]
    assert sum(len(f) for f in frames) == 62
    last = frames[-1]
    assert set(last["problem"].dropna()) == {"line 61: not valid JSON (Expecting property name "
                                             "enclosed in double quotes: line 1 column 2 (char 1))",
                                             "no 'text' field with the article text"}


def test_stages_have_their_declared_schema(corpus_file):
    articles = read_chunk(plan([corpus_file], chunk_rows=10)[0])
    quotes = extract_frame(articles)
    assert list(quotes.columns) == list(QUOTE_SCHEMA)
    assert {str(t) for t in quotes.dtypes} <= {"string", "int64", "float64"}
    assert list(sources_frame(articles).columns) == list(SOURCE_SCHEMA)
    # offsets still slice the article text
    text = dict(zip(articles["id"], articles["text"]))
    assert all(text[s][a:b] == t for s, a, b, t in
               zip(quotes["source"], quotes["start"], quotes["end"], quotes["text"]))


def test_local_run_writes_tables_and_summary(corpus_file, tmp_path):
    result = run_corpus([corpus_file], tmp_path / "out", workers=2, chunk_rows=20)
    for name in TABLES:
        assert (tmp_path / "out" / f"{name}.parquet").exists()
    sources = pd.read_parquet(tmp_path / "out" / "sources.parquet")
    assert len(sources) == 62 and sorted(sources["status"].unique()) == ["error", "ok"]
    clusters = pd.read_parquet(tmp_path / "out" / "clusters.parquet")
    assert (clusters["size"] > 1).sum() == result.shared > 30
    html = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "Largest utterances" in html


def test_local_and_dask_engines_agree(corpus_file, tmp_path):
    pytest.importorskip("dask.distributed")
    run_corpus([corpus_file], tmp_path / "local", workers=2, chunk_rows=20)
    run_corpus([corpus_file], tmp_path / "dask", engine="dask", workers=2, chunk_rows=20)
    for name in TABLES:
        a = pd.read_parquet(tmp_path / "local" / f"{name}.parquet")
        b = pd.read_parquet(tmp_path / "dask" / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b)


def test_cli_corpus(corpus_file, tmp_path, capsys):
    assert main(["corpus", str(corpus_file), "-o", str(tmp_path / "o"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "62 articles (60 ok)" in err
    assert main(["corpus", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")]) == 2
    assert main(["corpus", str(corpus_file), "-o", str(tmp_path / "o"), "--engine", "spark"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 2


def test_csv_and_parquet_inputs(tmp_path):
    rows = [{"id": r["id"], "text": r["text"], "outlet": r["outlet"]} for r in synth.corpus(12, seed=5)]
    pd.DataFrame(rows[:6]).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame(rows[6:]).to_parquet(tmp_path / "b.parquet", index=False)
    result = run_corpus([tmp_path], tmp_path / "out", workers=1, chunk_rows=4)
    assert result.sources == 12 and result.ok == 12 and result.quotes > 20


def test_partitioned_alignment_matches_the_in_memory_one(corpus_file, tmp_path):
    """Keys per partition, joined, scored per partition: the same clusters as one process."""
    import quotecmp
    from quotecmp.corpus import extract_frame, align_frames, _Engine, read_chunk
    from quotecmp.models import Options, Source
    articles = pd.concat([read_chunk(c) for c in plan([corpus_file], chunk_rows=20)])
    articles = articles[articles["problem"].isna()]
    quotes = extract_frame(articles).sort_values(["source", "start", "end"]).reset_index(drop=True)
    options = Options(recover_unmarked=False)
    engine = _Engine("local", 2, None)
    try:
        clusters = align_frames(quotes, options, engine, rows=7)   # keys split across partitions
    finally:
        engine.close()
    partitioned = sorted(tuple(sorted(c.split("|"))) for c in clusters["quotes"])
    sources = [Source(id=r["id"], path=r["id"], text=r["text"], lang="en")
               for r in articles.to_dict("records")]
    whole = quotecmp.compare_sources(sources, options)
    assert partitioned == sorted(tuple(sorted(c.quotes)) for c in whole.clusters)
