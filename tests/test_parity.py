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


# --- all four tables, every chunking, one language and two, both engines -------------------------

def _story_rows(languages: int) -> list[dict]:
    """The sample story as corpus rows in input order; with two languages, the French wire
    copy too (it links to its English translations through names and numbers)."""
    import csv
    rows = []
    folders = ["nato-china-2023"] + (["nato-china-2023-fr"] if languages == 2 else [])
    for folder in folders:
        base = ROOT / "data" / folder
        with (base / "sources.csv").open(encoding="utf-8") as fh:
            meta = {r["file"]: r for r in csv.DictReader(fh)}
        for f in sorted(base.glob("*.txt")):
            m = meta.get(f.name, {})
            rows.append({"id": f.name[:-4], "text": f.read_text(encoding="utf-8"),
                         **{k: m[k] for k in ("outlet", "published", "story", "title") if m.get(k)}})
    return rows


def _as_tables(frames: dict) -> dict:
    """Rows per table as sets of tuples, in a canonical column order (types made plain: a
    Parquet read and a DataFrame built in memory differ only in dtype objects)."""
    out = {}
    for name, frame in frames.items():
        frame = frame.drop(columns=[c for c in ("missing",) if name == "clusters"])
        cols = sorted(frame.columns)
        plain = [tuple(None if pd.isna(v) else (round(v, 3) if isinstance(v, float) else v) for v in row)
                 for row in frame[cols].astype(object).itertuples(index=False)]
        out[name] = sorted(plain, key=repr)
    return out


@pytest.mark.parametrize("languages, chunk_rows, engine", [
    (1, 1, "local"), (1, 2, "local"), (1, 50, "local"),
    (2, 1, "local"), (2, 3, "local"), (2, 50, "local"),
    (1, 2, "dask"), (2, 3, "dask"),
])
def test_every_table_is_the_same_in_compare_and_corpus(tmp_path, languages, chunk_rows, engine):
    """A corpus of one story gives the sources, quotes, clusters and differences (kinds,
    severity, similarity, a/b direction, basis, ops) that ``compare`` gives, whatever the
    chunking. ``compare`` recovers quotes printed without marks from another source's text,
    which a corpus run does not (it never holds two articles' texts): it runs without here."""
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    from quotecmp.corpus import run_corpus
    rows = _story_rows(languages)
    path = tmp_path / "story.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    options = quotecmp.Options(recover_unmarked=False, encoder="none")
    compared = quotecmp.compare([path], options)
    assert len({s.lang for s in compared.sources}) == languages
    run_corpus([path], tmp_path / "out", options=options, engine=engine,
               workers=1 if engine == "local" else 2, chunk_rows=chunk_rows)
    from quotecmp.table import TABLES
    corpus = {name: pd.read_parquet(tmp_path / "out" / f"{name}.parquet") for name in TABLES}
    want, got = _as_tables(compared.to_frames()), _as_tables(corpus)
    for name in TABLES:
        assert got[name] == want[name], name
    # the comparison links the story: the test would pass on two empty runs otherwise
    assert len(compared.differences) >= 10
    if languages == 2:
        fr = {q.id for q in compared.quotes if q.source.endswith(".fr")}
        assert any({d.a, d.b} & fr for d in compared.differences)


# --- one reader: the same sources from the same messy files ----------------------------------------

def _messy_inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    good = '"We will not be intimidated," Jens Stoltenberg said.'
    lines = [json.dumps({"id": "x", "text": good, "outlet": "Wire"}),
             "{broken json",
             "[1, 2]",
             json.dumps({"id": "no-text", "outlet": "Wire"}),
             "",
             json.dumps({"id": "x", "text": good.replace("will", "shall")}),        # repeated id
             json.dumps({"text": "Les ministres ont dÃ©clarÃ© : Â« Nous restons unis. Â»"}),  # mojibake
             json.dumps({"id": "blank", "text": "   "})]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.csv").write_text(
        'id,text,outlet\n'
        f'x,"{good.replace(chr(34), chr(34) * 2)}",Paper\n'      # an id another file has
        'c2,too,many,cells\n'
        'c3\n'                                                  # no text cell
        f'c4,"{good.replace(chr(34), chr(34) * 2)}",Paper\n', encoding="utf-8")
    (folder / "c.tsv").write_text(f'text\toutlet\n{good}\tTabbed\n', encoding="utf-8")
    pd.DataFrame([{"id": "p1", "text": good, "outlet": "Arrow"}, {"id": "p2", "text": None}]
                 ).to_parquet(folder / "d.parquet", index=False)
    (folder / "e.jsonl").write_text("\n\n", encoding="utf-8")
    (folder / "f.csv").write_text("id,body\n1,words\n", encoding="utf-8")
    return sorted(folder.iterdir())


def test_compare_and_corpus_read_the_same_sources_from_messy_files(tmp_path):
    """Every row of JSONL, CSV, TSV and Parquet files (broken JSON, a non-object, no text, extra
    and missing cells, repeated ids within and across files, mojibake, blank text, a file with
    no rows, one without a text column) becomes the same source in both: id, status, message,
    outlet, title, language and text length."""
    from quotecmp.corpus import run_corpus
    files = _messy_inputs(tmp_path / "in")
    compared = quotecmp.compare(files, quotecmp.Options(encoder="none"))
    run_corpus(files, tmp_path / "out", workers=1, chunk_rows=2)
    cols = ["id", "path", "status", "message", "outlet", "title", "lang", "chars"]
    want = compared.to_frames()["sources"][cols]
    got = pd.read_parquet(tmp_path / "out" / "sources.parquet")[cols]
    rows = lambda f: sorted(tuple(None if pd.isna(v) else v for v in r)  # noqa: E731
                            for r in f.astype(object).itertuples(index=False))
    assert rows(got) == rows(want)
    status = {s.path.rsplit("/", 1)[-1]: (s.id, s.status, s.message or "") for s in compared.sources}
    assert status["a.jsonl:2"][1] == "error" and "not valid JSON" in status["a.jsonl:2"][2]
    assert status["a.jsonl:6"][0] == "x-2" and "renamed" in status["a.jsonl:6"][2]
    assert status["b.csv:2"][0] != "x" and "renamed" in status["b.csv:2"][2]
    assert status["b.csv:3"][1] == "error" and "more cells" in status["b.csv:3"][2]
    assert status["b.csv:4"][1] == "error" and "no 'text'" in status["b.csv:4"][2]
    assert "mojibake" in status["a.jsonl:7"][2]
    assert status["e.jsonl"][1] == "empty" and status["f.csv"][1] == "error"
    assert status["c.tsv:2"][1] == "ok" and status["d.parquet:2"][1] == "error"
