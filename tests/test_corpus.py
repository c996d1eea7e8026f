"""Corpus runs: chunked reading, per-partition stages, and the same result on both engines."""
import json
import pathlib
import re
import sys

import pandas as pd
import pytest

from quotecmp.cli import main
from quotecmp.corpus import run_corpus
from quotecmp.rows import plan
from quotecmp.stages import QUOTE_SCHEMA, SOURCE_SCHEMA, extract_frames


def read_chunk(chunk):
    from quotecmp.rows import read_chunk as rows_of
    return pd.DataFrame(rows_of(chunk))

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
                                             "line 62: no 'text' field with the article text"}


def test_stages_have_their_declared_schema(corpus_file):
    articles = read_chunk(plan([corpus_file], chunk_rows=10)[0])
    sources, quotes = extract_frames(articles.to_dict("records"))
    assert list(quotes.columns) == list(QUOTE_SCHEMA) + ["context", "before", "article", "rank", "size",
                                                    "cast"]
    # where each quote stands in its article, the article's length: evidence for translations
    assert all(0 <= r <= 1 for r in quotes["rank"]) and (quotes["size"] > quotes["end"] - 1).all()
    assert {str(t) for t in quotes.dtypes} <= {"string", "int64", "Int64", "float64"}
    assert list(sources.columns) == list(SOURCE_SCHEMA)
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
    # findings, counted as a compare report counts them: versions against their reference
    diffs = pd.read_parquet(tmp_path / "out" / "differences.parquet")
    refs = dict(zip(clusters["id"], clusters["reference"]))
    against_ref = diffs[[refs[c] == a for c, a in zip(diffs["cluster"], diffs["a"])]]
    assert 0 < result.findings <= (against_ref["severity"] != "none").sum() <= result.differences
    assert result.findings_high == (against_ref["severity"] == "high").sum()
    assert f"<b>{result.findings} findings</b> ({result.findings_high} high)" in html
    assert f"{result.findings} findings ({result.findings_high} high)" in result.summary()
    # the summary drills down: each story with findings has its report, linked from it
    pages = sorted((tmp_path / "out" / "stories").glob("*.html"))
    assert pages and str(tmp_path / "out" / "stories") in result.files
    found = 0
    for page in pages:
        assert f'href="stories/{page.name}"' in html
        text = page.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in text and str(tmp_path) not in text
        found += int(re.search(r"<b>(\d+) findings?</b>", text).group(1))
    assert found == result.findings, "every finding is on its story's page"


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
    (tmp_path / "in").mkdir()
    pd.DataFrame(rows[:6]).to_csv(tmp_path / "in" / "a.csv", index=False)
    pd.DataFrame(rows[6:]).to_parquet(tmp_path / "in" / "b.parquet", index=False)
    result = run_corpus([tmp_path / "in"], tmp_path / "out", workers=1, chunk_rows=4)
    assert result.sources == 12 and result.ok == 12 and result.quotes > 20


def _in_memory(path, options):
    import quotecmp
    from quotecmp.models import Source
    articles = pd.concat([read_chunk(c) for c in plan([path], chunk_rows=1000)])
    articles = articles[articles["problem"].isna()]
    sources = [Source(id=r["id"], path=r["id"], text=r["text"], lang=r["lang"] or "en")
               for r in articles.to_dict("records")]
    whole = quotecmp.compare_sources(sources, options)
    return sorted(tuple(sorted(c.quotes)) for c in whole.clusters)


def _clusters(outdir):
    clusters = pd.read_parquet(outdir / "clusters.parquet")
    return sorted(tuple(sorted(c.split("|"))) for c in clusters["quotes"])


@pytest.mark.parametrize("chunk_rows", [7, 60])
def test_partitioned_alignment_matches_the_in_memory_one(corpus_file, tmp_path, chunk_rows):
    """Keys per partition, shuffled, scored per bucket, clustered per component: the same
    clusters as one comparison in one process, however the corpus is cut."""
    from quotecmp.models import Options
    options = Options(recover_unmarked=False)
    run_corpus([corpus_file], tmp_path / "out", options=options, workers=2, chunk_rows=chunk_rows)
    assert _clusters(tmp_path / "out") == _in_memory(corpus_file, options)


def test_the_work_folder_is_removed(corpus_file, tmp_path):
    run_corpus([corpus_file], tmp_path / "out", workers=1, chunk_rows=30)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "clusters.parquet", "differences.parquet", "quotes.parquet", "sources.parquet", "stories",
        "summary.html"]


def _bilingual(path, filler):
    """The sample's wire copy and its French rendering, among ``filler`` English articles."""
    from conftest import SAMPLE, SAMPLE_FR
    with path.open("w", encoding="utf-8") as fh:
        for name, src, lang in (("wire", SAMPLE / "afp-wire.txt", "en"),
                                ("wire-fr", SAMPLE_FR / "afp-wire.fr.txt", "fr")):
            fh.write(json.dumps({"id": name, "text": src.read_text(encoding="utf-8"), "lang": lang,
                                 "outlet": name}) + "\n")
        for r in synth.corpus(filler, seed=8):
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "outlet": r["outlet"],
                                 "lang": "en"}) + "\n")
    return path


@pytest.mark.parametrize("filler", [0, 60], ids=["all-pairs", "blocked"])
def test_translations_align_across_partitions(tmp_path, filler):
    """Articles in two languages: with few articles every pair is aligned, with many only those
    that share names and numbers; either way the clusters are those of one comparison."""
    from quotecmp.models import Options
    path = _bilingual(tmp_path / "bi.jsonl", filler)
    options = Options(recover_unmarked=False, encoder="none")
    run_corpus([path], tmp_path / "out", options=options, workers=2, chunk_rows=11)
    got = _clusters(tmp_path / "out")
    assert got == _in_memory(path, options)
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    source = dict(zip(quotes["id"], quotes["source"]))
    crossed = [c for c in got if {"wire", "wire-fr"} <= {source[i] for i in c}]
    assert len(crossed) >= 8


def test_dense_ids_and_ranks_survive_sharding(corpus_file, tmp_path):
    """The work shards keep each quote's place in its article; the output drops them."""
    run_corpus([corpus_file], tmp_path / "out", workers=1, chunk_rows=9)
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert list(quotes.columns) == list(QUOTE_SCHEMA)
    assert quotes["id"].is_unique


def test_a_full_disk_mid_run_is_one_line_and_leaves_no_work_folder(corpus_file, tmp_path,
                                                                   monkeypatch, capsys):
    """A shard that cannot be written stops the run with one line and exit 2; the work folder
    is removed and no half-written table is left."""
    from quotecmp import shards

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shards.os, "replace", full)
    out = tmp_path / "o"
    assert main(["corpus", str(corpus_file), "-o", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No space left on device" in err[0] and "Traceback" not in err[0]
    assert not out.exists()                       # nothing half-written where the set goes
    assert not list(tmp_path.glob(".o.quotecmp-*"))  # and no staging or work folder beside it


def _reprints(path, n):
    """One wire statement reprinted by ``n`` articles, a third with its last word changed and a
    few with a new first word: every word of it is then in more quotes than a small bucket."""
    stmt = ("We will not accept any tariffs on steel exports before the harbour inquiry "
            "reports in March")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            s = stmt if i % 3 else stmt.replace("March", "April")
            if i % 10 == 7:
                s = "Frankly, " + s[0].lower() + s[1:]
            text = (f"Officials met on Monday.\n\n\u201c{s},\u201d Anna Berg said.\n\n"
                    "The meeting lasted several hours.\n")
            fh.write(json.dumps({"id": f"a{i:03d}", "text": text, "outlet": f"Outlet {i}",
                                 "lang": "en"}) + "\n")
    return path


def test_a_statement_reprinted_by_many_articles_is_one_utterance(tmp_path):
    """Wire copy in 150 articles: more than a key's bucket pairs exhaustively, still one cluster,
    in the corpus run as in one comparison."""
    from quotecmp.models import Options
    path = _reprints(tmp_path / "wire.jsonl", 150)
    options = Options(recover_unmarked=False)
    run_corpus([path], tmp_path / "out", options=options, workers=2, chunk_rows=40)
    got = _clusters(tmp_path / "out")
    assert [len(c) for c in got] == [150]
    assert got == _in_memory(path, options)


def test_large_quote_tables_are_partitioned_by_month_and_outlet(corpus_file, tmp_path, monkeypatch):
    import quotecmp.corpus as corpus
    monkeypatch.setattr(corpus, "PARTITION_ROWS", 10)
    result = run_corpus([corpus_file], tmp_path / "out", workers=1, chunk_rows=25)
    folder = tmp_path / "out" / "quotes.parquet"
    assert folder.is_dir() and any(p.name.startswith("month=2024-05") for p in folder.iterdir())
    quotes = pd.read_parquet(folder)
    assert len(quotes) == result.quotes and quotes["id"].is_unique


def test_local_engine_uses_the_cores_this_process_may_run_on(monkeypatch):
    # in a container or under taskset the machine's core count overstates the share: as many
    # workers as cores would fight over one
    from quotecmp import corpus, workers
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    engine = corpus._Engine("local", None, None)
    try:
        assert engine.workers == 1 and engine.pool is None
    finally:
        engine.close()
