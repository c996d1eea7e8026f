"""Whole news corpora: the pipeline as DataFrame stages, run per partition by a process pool or
by Dask.

- Articles come from JSONL, CSV or Parquet files (one article per row: ``text`` and optional
  ``id``, ``outlet``, ``published``, ``lang``, ``title``, ``url``, ``story``), read in chunks that
  are described by small *chunk specs* (file, kind, byte range or row range), so no process ever
  holds more than a chunk of article text.
- :func:`extract_frame` and :func:`sources_frame` are pure ``DataFrame -> DataFrame`` functions
  with declared schemas (``QUOTE_SCHEMA``, ``SOURCE_SCHEMA``); the ``local`` engine maps them over
  chunks with a process pool, the ``dask`` engine with ``dask.dataframe.map_partitions`` on a
  ``distributed`` cluster (a LocalCluster, or any scheduler address).
- Alignment needs only the quote records (words and their sentence), never the article text.
  Blocking vocabularies are computed per partition (:func:`vocab_frame`), counted corpus-wide,
  turned into keys per partition (:func:`keys_frame`) and joined (:func:`candidate_frame`); the
  candidate pairs are scored per partition (:func:`edges_frame`), and only the scored edges meet
  in one process, where clusters are formed; differences are computed per partition again.
- Outputs: ``sources.parquet``, ``quotes.parquet``, ``clusters.parquet``, ``differences.parquet``
  (partitioned by month and outlet, hive style, when large) and ``summary.html``.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import dataclasses
import json
import os
import pathlib
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import pandas as pd

from . import align, diff
from .errors import NoUsableInput, UsageError
from .models import Options, Quote, Source, stable_id

CHUNK_ROWS = 500
PARTITION_ROWS = 250_000          # above this many rows, tables are written hive-partitioned
CORPUS_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
              ".pq": "parquet"}
ARTICLE_FIELDS = ("id", "text", "outlet", "published", "lang", "title", "url", "story")

ARTICLE_SCHEMA = {"id": "string", "text": "string", "outlet": "string", "published": "string",
                  "lang": "string", "title": "string", "url": "string", "story": "string",
                  "path": "string", "problem": "string"}
SOURCE_SCHEMA = {"id": "string", "path": "string", "outlet": "string", "lang": "string",
                 "published": "string", "title": "string", "url": "string", "story": "string",
                 "status": "string", "message": "string", "chars": "int64"}
QUOTE_SCHEMA = {"id": "string", "source": "string", "text": "string", "start": "int64",
                "end": "int64", "kind": "string", "speaker": "string",
                "speaker_mention": "string", "cue": "string", "confidence": "float64",
                "marks": "string", "context": "string", "outlet": "string",
                "published": "string", "story": "string", "lang": "string"}
CLUSTER_SCHEMA = {"id": "string", "quotes": "string", "speaker": "string", "sources": "string",
                  "size": "int64", "first_published": "string"}
DIFFERENCE_SCHEMA = {"cluster": "string", "a": "string", "b": "string", "source_a": "string",
                     "source_b": "string", "outlet_a": "string", "outlet_b": "string",
                     "similarity": "float64", "kinds": "string", "severity": "string"}


def empty(schema: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(dtype=v) for k, v in schema.items()})


def conform(frame: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    """The frame with exactly the schema's columns and types (missing ones empty)."""
    out = pd.DataFrame(index=frame.index)
    for col, dtype in schema.items():
        out[col] = (frame[col] if col in frame else pd.Series(pd.NA, index=frame.index)).astype(dtype)
    return out.reset_index(drop=True)


# --- chunk specs and reading ---------------------------------------------------------------------

@dataclass(frozen=True)
class Chunk:
    """Where a chunk of articles lies: a byte range of a JSONL file, or rows of a CSV/Parquet."""

    path: str
    kind: str
    start: int
    stop: int
    first_row: int


def corpus_files(inputs: Iterable[str | os.PathLike[str]]) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for given in inputs:
        p = pathlib.Path(given)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix.casefold() in CORPUS_EXT
                            and not any(part.startswith(".") for part in f.parts))
        elif p.exists():
            if p.suffix.casefold() not in CORPUS_EXT:
                raise UsageError(f"{p}: a corpus is JSONL, CSV or Parquet (one article per row); "
                                 "use 'quotecmp compare' for text and HTML files")
            files.append(p)
        else:
            raise UsageError(f"{p}: no such file or directory")
    if not files:
        raise NoUsableInput("no corpus files (.jsonl, .csv, .parquet) found in the inputs")
    return files


def plan(files: Iterable[pathlib.Path], chunk_rows: int = CHUNK_ROWS) -> list[Chunk]:
    """Chunk specs for every file: the driver only scans, it never keeps article text."""
    chunks: list[Chunk] = []
    for f in files:
        kind = CORPUS_EXT[f.suffix.casefold()]
        if kind == "jsonl":
            with open(f, "rb") as fh:
                start, rows, pos, first = 0, 0, 0, 1
                for line in fh:
                    pos += len(line)
                    rows += 1
                    if rows == chunk_rows:
                        chunks.append(Chunk(str(f), kind, start, pos, first))
                        start, first, rows = pos, first + chunk_rows, 0
                if pos > start:
                    chunks.append(Chunk(str(f), kind, start, pos, first))
        elif kind == "parquet":
            import pyarrow.parquet as pq
            n = pq.ParquetFile(f).metadata.num_rows
            for lo in range(0, max(n, 1), chunk_rows):
                chunks.append(Chunk(str(f), kind, lo, min(n, lo + chunk_rows), lo + 1))
        else:
            import csv
            csv.field_size_limit(1 << 28)
            with open(f, encoding="utf-8-sig", newline="") as fh:
                n = sum(1 for _ in csv.reader(fh)) - 1
            for lo in range(0, max(n, 1), chunk_rows):
                chunks.append(Chunk(str(f), kind, lo, min(n, lo + chunk_rows), lo + 2))
    return chunks


def _article(row: dict[str, Any], path: str, n: int) -> dict[str, Any]:
    out = {k: (None if row.get(k) in (None, "") else str(row[k])) for k in ARTICLE_FIELDS}
    out["id"] = out["id"] or f"{pathlib.Path(path).stem}:{n}"
    out["path"] = f"{path}:{n}"
    out["problem"] = None if isinstance(row.get("text"), str) else "no 'text' field with the article text"
    if out["problem"]:
        out["text"] = None
    return out


def read_chunk(chunk: Chunk) -> pd.DataFrame:
    """The articles of one chunk (schema ``ARTICLE_SCHEMA``); a malformed row becomes a row with
    a ``problem`` instead of stopping the run."""
    rows: list[dict[str, Any]] = []
    if chunk.kind == "jsonl":
        with open(chunk.path, "rb") as fh:
            fh.seek(chunk.start)
            data = fh.read(chunk.stop - chunk.start)
        for k, line in enumerate(data.decode("utf-8", errors="replace").splitlines()):
            n = chunk.first_row + k
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                rows.append({"id": f"{pathlib.Path(chunk.path).stem}:{n}", "path": f"{chunk.path}:{n}",
                             "problem": f"line {n}: not valid JSON ({exc})"})
                continue
            if not isinstance(row, dict):
                rows.append({"id": f"{pathlib.Path(chunk.path).stem}:{n}", "path": f"{chunk.path}:{n}",
                             "problem": f"line {n}: expected a JSON object with a 'text' field"})
                continue
            rows.append(_article(row, chunk.path, n))
    elif chunk.kind == "parquet":
        import pyarrow.parquet as pq
        table = pq.read_table(chunk.path).slice(chunk.start, chunk.stop - chunk.start)
        for k, row in enumerate(table.to_pylist()):
            rows.append(_article(row, chunk.path, chunk.first_row + k))
    else:
        frame = pd.read_csv(chunk.path, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                            skiprows=range(1, chunk.start + 1), nrows=chunk.stop - chunk.start,
                            on_bad_lines="skip", engine="python")
        for k, row in enumerate(frame.to_dict("records")):
            rows.append(_article(row, chunk.path, chunk.first_row + k))
    return conform(pd.DataFrame(rows), ARTICLE_SCHEMA) if rows else empty(ARTICLE_SCHEMA)


# --- the per-partition stages --------------------------------------------------------------------

def _source(row: dict[str, Any]) -> Source:
    from .load import detect_language
    text = row.get("text") or ""
    problem = row.get("problem")
    status = "error" if problem else ("ok" if text.strip() else "empty")
    message = problem or (None if text.strip() else "the row's text is empty")
    lang = row.get("lang") or (detect_language(text) if text else None)
    return Source(id=row["id"], path=row.get("path") or row["id"], outlet=row.get("outlet") or None,
                  lang=lang, published=row.get("published"), title=row.get("title"),
                  url=row.get("url"), story=row.get("story"), status=status, message=message,
                  text=text)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]


def sources_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article with its status (schema ``SOURCE_SCHEMA``)."""
    rows = []
    for r in _records(articles):
        d = _source(r).to_dict()
        d["story"] = r.get("story")
        rows.append(d)
    return conform(pd.DataFrame(rows), SOURCE_SCHEMA) if rows else empty(SOURCE_SCHEMA)


def extract_frame(articles: pd.DataFrame, options: dict[str, Any] | None = None) -> pd.DataFrame:
    """The quotes of a partition of articles, with their sentence (schema ``QUOTE_SCHEMA``)."""
    from .comparison import quotes_of
    opts = Options(**(options or {}))
    rows = []
    for r in _records(articles):
        src = _source(r)
        for q in quotes_of(src, opts):
            d = q.to_dict()
            d.update(context=src.text[q.context_start:q.context_end], outlet=src.outlet,
                     published=src.published, story=src.story, lang=src.lang)
            rows.append(d)
    return conform(pd.DataFrame(rows), QUOTE_SCHEMA) if rows else empty(QUOTE_SCHEMA)


def process_chunk(chunk: Chunk, options: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read, then extract: what one worker does with one chunk (local engine)."""
    articles = read_chunk(chunk)
    return sources_frame(articles), extract_frame(articles, options)


def diff_frame(pairs: pd.DataFrame) -> pd.DataFrame:
    """Differences for rows of quote pairs (both quotes' fields, suffixed ``_a``/``_b``)."""
    rows = []
    for r in _records(pairs):
        a, b = (_quote(r, "_a"), _quote(r, "_b"))
        d = diff.compare_pair(a, b, cluster=r["cluster"], lang_a=r.get("lang_a"),
                              lang_b=r.get("lang_b"))
        rows.append({"cluster": d.cluster, "a": d.a, "b": d.b, "source_a": a.source,
                     "source_b": b.source, "outlet_a": r.get("outlet_a"),
                     "outlet_b": r.get("outlet_b"), "similarity": round(d.similarity, 3),
                     "kinds": "|".join(d.kinds), "severity": d.severity})
    return conform(pd.DataFrame(rows), DIFFERENCE_SCHEMA) if rows else empty(DIFFERENCE_SCHEMA)


def _quote(r: dict[str, Any], suffix: str = "") -> Quote:
    g = lambda k: r.get(k + suffix)  # noqa: E731
    return Quote(id=g("id"), source=g("source"), text=g("text") or "", start=int(g("start")),
                 end=int(g("end")), kind=g("kind"), speaker=g("speaker"),
                 speaker_mention=g("speaker_mention"), cue=g("cue"),
                 confidence=float(g("confidence") or 0.0), marks=g("marks") or "")


# --- alignment: blocking keys and scores per partition, clusters on the gathered edges ------------

VOCAB_SCHEMA = {"id": "string", "word": "string", "first": "bool"}
KEY_SCHEMA = {"key": "string", "id": "string"}
EDGE_SCHEMA = {"a": "string", "b": "string", "score": "float64"}
_PAIR_FIELDS = ["source", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue",
                "confidence", "marks", "lang", "context"]


def _scorer_for(recs: list[dict[str, Any]], options: Options) -> align.Scorer:
    qs = [_quote(r) for r in recs]
    return align.Scorer(qs, None, options, contexts={r["id"]: r.get("context") or "" for r in recs},
                        langs={r["source"]: r.get("lang") for r in recs})


def vocab_frame(quotes: pd.DataFrame, options: dict[str, Any] | None = None) -> pd.DataFrame:
    """The blocking vocabulary of each quote of a partition (schema ``VOCAB_SCHEMA``); ``first``
    marks the first content words, which are keys whatever their frequency."""
    recs = _records(quotes)
    scorer = _scorer_for(recs, Options(**(options or {})))
    rows = []
    for r in recs:
        q = scorer.q[r["id"]]
        rows += [(r["id"], w, False) for w in align.block_vocab(q, scorer.short[q.id], scorer.ctx[q.id])]
        rows += [(r["id"], w, True) for w in align.block_keys(q, frozenset(), {})]
    return pd.DataFrame(rows, columns=list(VOCAB_SCHEMA)).astype(VOCAB_SCHEMA)


def keys_frame(vocab: pd.DataFrame, df: dict[str, int]) -> pd.DataFrame:
    """The blocking keys of each quote of a partition, given the corpus-wide word counts: its
    ``BLOCK_KEYS`` rarest words and its first words (as :func:`quotecmp.align.block_keys`)."""
    rows = []
    for qid, group in vocab.groupby("id", sort=True):
        own = sorted(set(group.loc[~group["first"], "word"]), key=lambda w: (df.get(w, 0), w))
        keys = set(own[:align.BLOCK_KEYS]) | set(group.loc[group["first"], "word"])
        rows += [(k, qid) for k in sorted(keys)]
    return pd.DataFrame(rows, columns=list(KEY_SCHEMA)).astype(KEY_SCHEMA)


def edges_frame(pairs: pd.DataFrame, options: dict[str, Any] | None = None) -> pd.DataFrame:
    """Score a partition of candidate pairs, each row carrying both quotes' fields (``_a``/``_b``):
    the pairs that may be the same utterance (schema ``EDGE_SCHEMA``)."""
    recs: dict[str, dict[str, Any]] = {}
    for r in _records(pairs):
        for side in ("_a", "_b"):
            recs[r["id" + side]] = {"id": r["id" + side], **{f: r[f + side] for f in _PAIR_FIELDS}}
    scorer = _scorer_for(list(recs.values()), Options(**(options or {})))
    scored = align.score_pairs(zip(pairs["id_a"], pairs["id_b"]), scorer)
    rows = [(a, b, s) for (a, b), s in sorted(scored.items())]
    return pd.DataFrame(rows, columns=list(EDGE_SCHEMA)).astype(EDGE_SCHEMA)


def candidate_frame(keys: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Join the keys: pairs of quotes from different sources that share one (schema a, b)."""
    meta = quotes.set_index("id")[["source", "kind"]]
    buckets = []
    for _, ids in keys.groupby("key", sort=True)["id"]:
        if 1 < len(ids) <= align.MAX_BUCKET:
            buckets.append([Quote(id=i, source=meta.at[i, "source"], text="", start=0, end=0,
                                  kind=meta.at[i, "kind"]) for i in ids])
    pairs = sorted(align.pairs_from_buckets(buckets))
    frame = pd.DataFrame(pairs, columns=["id_a", "id_b"]).astype("string")
    fields = quotes.set_index("id")[_PAIR_FIELDS].copy()
    # only short quotes are scored with their sentence: the others travel without it
    short = fields["text"].fillna("").map(lambda t: len(align.words(t)) <= align.SHORT)
    fields.loc[~short, "context"] = ""
    return frame.join(fields.add_suffix("_a"), on="id_a").join(fields.add_suffix("_b"), on="id_b")


def _split(frame: pd.DataFrame, rows: int, by: str | None = None) -> list[pd.DataFrame]:
    """Partitions of about ``rows`` rows; with ``by``, never splitting rows of one value."""
    if by is None or len(frame) <= rows:
        return [frame.iloc[i:i + rows] for i in range(0, len(frame), rows)] or [frame]
    values = frame[by].to_numpy()
    parts, start = [], 0
    while start < len(frame):
        cut = min(start + rows, len(frame))
        while cut < len(frame) and values[cut] == values[cut - 1]:
            cut += 1
        parts.append(frame.iloc[start:cut])
        start = cut
    return parts


def cluster_frame(quotes: pd.DataFrame, options: Options,
                  edges: pd.DataFrame | None = None) -> pd.DataFrame:
    """Clusters of the same utterance across the corpus (schema ``CLUSTER_SCHEMA``), from the
    edges scored per partition (or, without them, scoring the candidates here)."""
    recs = _records(quotes)
    qs = [_quote(r) for r in recs]
    canon = align.canonical_speakers(qs)
    qs = [dataclasses.replace(q, speaker=canon.get(q.speaker, q.speaker)) for q in qs]
    contexts = {r["id"]: r.get("context") or "" for r in recs}
    langs = {r["source"]: r.get("lang") for r in recs}
    scorer = align.Scorer(qs, None, options, contexts=contexts, langs=langs)
    scored = None if edges is None else {(a, b): float(x) for a, b, x in
                                         zip(edges["a"], edges["b"], edges["score"])}
    groups = align.cluster(qs, scorer, scored)
    by_id = {q.id: q for q in qs}
    published = {r["id"]: r.get("published") or "" for r in recs}
    rows = []
    for ids in groups:
        members = sorted(ids, key=lambda i: (published[i], by_id[i].source, by_id[i].start))
        speakers = collections.Counter(by_id[i].speaker for i in members if by_id[i].speaker)
        rows.append({"id": stable_id("c", *sorted(members), length=8), "quotes": "|".join(members),
                     "speaker": speakers.most_common(1)[0][0] if speakers else None,
                     "sources": "|".join(dict.fromkeys(by_id[i].source for i in members)),
                     "size": len(members), "first_published": published[members[0]] or None})
    frame = conform(pd.DataFrame(rows), CLUSTER_SCHEMA) if rows else empty(CLUSTER_SCHEMA)
    return frame.sort_values(["size", "id"], ascending=[False, True]).reset_index(drop=True)


def pairs_frame(clusters: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Every pair of versions from different sources in clusters of two or more."""
    q = quotes.set_index("id")
    rows = []
    for c in _records(clusters[clusters["size"] > 1]):
        ids = c["quotes"].split("|")
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if q.at[a, "source"] != q.at[b, "source"]:
                    rows.append((c["id"], a, b))
    if not rows:
        return pd.DataFrame(columns=["cluster"])
    pairs = pd.DataFrame(rows, columns=["cluster", "id_a", "id_b"])
    fields = q[["source", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue",
                "confidence", "marks", "lang", "outlet"]]
    pairs = pairs.join(fields.add_suffix("_a"), on="id_a").join(fields.add_suffix("_b"), on="id_b")
    return pairs


# --- engines -------------------------------------------------------------------------------------

Progress = Callable[[str, int, int], None]


class _Engine:
    """Runs a per-partition function over a list of DataFrames: a process pool, or Dask."""

    def __init__(self, kind: str, workers: int | None, scheduler: str | None):
        self.kind, self.workers = kind, workers or os.cpu_count() or 1
        self.client = self.cluster = None
        self.pool: cf.ProcessPoolExecutor | None = None
        if kind == "dask":
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError as exc:  # pragma: no cover - depends on the optional extra
                raise UsageError("the dask engine needs the extra: pip install 'quotecmp[dask]'") from exc
            if scheduler:
                self.client = Client(scheduler)
            else:
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
        elif self.workers > 1:
            self.pool = cf.ProcessPoolExecutor(max_workers=self.workers)

    def map(self, fn: Callable[..., pd.DataFrame], parts: list[pd.DataFrame], schema: dict[str, str],
            *args: Any) -> pd.DataFrame:
        if self.kind == "dask":
            import dask.dataframe as dd
            frame = pd.concat(parts, ignore_index=True)
            ddf = dd.from_pandas(frame, npartitions=max(1, len(parts)))
            out = ddf.map_partitions(fn, *args, meta=empty(schema)).compute()
        elif self.pool is not None and len(parts) > 1:
            out = pd.concat(list(self.pool.map(fn, parts, *[[a] * len(parts) for a in args])),
                            ignore_index=True)
        else:
            out = pd.concat([fn(p, *args) for p in parts], ignore_index=True)
        return out.reset_index(drop=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def align_frames(quotes: pd.DataFrame, options: Options, engine: _Engine,
                 rows: int = 5000) -> pd.DataFrame:
    """Blocking keys computed per partition and joined, candidates scored per partition, then
    the clusters formed from the scored edges."""
    opts = dataclasses.asdict(options)
    parts = _split(quotes, rows)
    vocab = engine.map(vocab_frame, parts, VOCAB_SCHEMA, opts)
    df = vocab.loc[~vocab["first"], "word"].value_counts().to_dict()
    keys = engine.map(keys_frame, _split(vocab.sort_values("id", kind="stable"), rows * 10, by="id"),
                      KEY_SCHEMA, df)
    pairs = candidate_frame(keys, quotes)
    edges = engine.map(edges_frame, _split(pairs, rows), EDGE_SCHEMA, opts) \
        if len(pairs) else empty(EDGE_SCHEMA)
    return cluster_frame(quotes, options, edges)


def _local(chunks: list[Chunk], options: dict[str, Any], engine: _Engine,
           progress: Progress | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    sources, quotes = [], []
    pool, workers = engine.pool, engine.workers
    if pool is None or len(chunks) == 1:
        for n, ch in enumerate(chunks, 1):
            s, q = process_chunk(ch, options)
            sources.append(s)
            quotes.append(q)
            if progress:
                progress("extract", n, len(chunks))
    else:
        # a bounded window of chunks in flight keeps memory to a few chunks per worker
        pending: dict[cf.Future, int] = {}
        results: dict[int, tuple[pd.DataFrame, pd.DataFrame]] = {}
        it = iter(enumerate(chunks))
        done = 0
        for _ in range(2 * workers):
            nxt = next(it, None)
            if nxt is not None:
                pending[pool.submit(process_chunk, nxt[1], options)] = nxt[0]
        while pending:
            finished, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in finished:
                results[pending.pop(fut)] = fut.result()
                done += 1
                if progress:
                    progress("extract", done, len(chunks))
                nxt = next(it, None)
                if nxt is not None:
                    pending[pool.submit(process_chunk, nxt[1], options)] = nxt[0]
        for k in sorted(results):
            sources.append(results[k][0])
            quotes.append(results[k][1])
    return (pd.concat(sources, ignore_index=True) if sources else empty(SOURCE_SCHEMA),
            pd.concat(quotes, ignore_index=True) if quotes else empty(QUOTE_SCHEMA))


def _dask(chunks: list[Chunk], options: dict[str, Any],
          engine: _Engine) -> tuple[pd.DataFrame, pd.DataFrame]:
    import dask.dataframe as dd
    articles = dd.from_map(read_chunk, chunks, meta=empty(ARTICLE_SCHEMA))
    sources = articles.map_partitions(sources_frame, meta=empty(SOURCE_SCHEMA))
    quotes = articles.map_partitions(extract_frame, options, meta=empty(QUOTE_SCHEMA))
    s, q = engine.client.compute([sources, quotes], sync=True)
    return s.reset_index(drop=True), q.reset_index(drop=True)


@dataclass(frozen=True)
class CorpusResult:
    outdir: pathlib.Path
    sources: int
    ok: int
    quotes: int
    clusters: int
    shared: int
    differences: int
    high: int
    files: tuple[str, ...]

    def summary(self) -> str:
        return (f"{self.sources} articles ({self.ok} ok), {self.quotes} quotes, {self.clusters} "
                f"utterances ({self.shared} in 2+ articles), {self.differences} differences "
                f"({self.high} high) -> {self.outdir}")


def _write(frame: pd.DataFrame, path: pathlib.Path, partition: bool) -> str:
    import shutil
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    frame = frame.sort_values(list(frame.columns[:1])).reset_index(drop=True) if len(frame) else frame
    if partition and len(frame) > PARTITION_ROWS and "published" in frame and "outlet" in frame:
        frame = frame.assign(month=frame["published"].fillna("unknown").str[:7],
                             outlet_key=frame["outlet"].fillna("unknown"))
        frame.to_parquet(path, index=False, partition_cols=["month", "outlet_key"])
    else:
        tmp = path.with_name(f".{path.name}.tmp")
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    return str(path)


def run_corpus(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *,
               options: Options | None = None, engine: str = "local", workers: int | None = None,
               scheduler: str | None = None, chunk_rows: int = CHUNK_ROWS,
               progress: Progress | None = None) -> CorpusResult:
    """Extract, align and diff a whole corpus; write Parquet tables and a summary page."""
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}: choose local or dask")
    options = options or Options()
    out = pathlib.Path(outdir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    chunks = plan(corpus_files(inputs), chunk_rows)
    opts = dataclasses.asdict(options)
    # one pool or one cluster for every stage: extraction, alignment and differences
    runner = _Engine(engine, workers, scheduler)
    try:
        if engine == "local":
            sources, quotes = _local(chunks, opts, runner, progress)
        else:
            sources, quotes = _dask(chunks, opts, runner)
        if not (sources["status"] == "ok").any():
            raise NoUsableInput("no usable article in the corpus: " +
                                "; ".join(sources["message"].dropna().astype(str).head(3)))
        quotes = quotes.sort_values(["source", "start", "end"]).reset_index(drop=True)
        clusters = align_frames(quotes, options, runner)
        if progress:
            progress("align", 1, 1)
        pairs = pairs_frame(clusters, quotes)
        differences = (runner.map(diff_frame, _split(pairs, 2000), DIFFERENCE_SCHEMA)
                       if len(pairs) else empty(DIFFERENCE_SCHEMA))
    finally:
        runner.close()
    differences = differences.sort_values(["cluster", "a", "b"]).reset_index(drop=True)
    sources = sources.sort_values("id").reset_index(drop=True)
    files = [_write(sources, out / "sources.parquet", False),
             _write(quotes.drop(columns=["context"]), out / "quotes.parquet", True),
             _write(clusters, out / "clusters.parquet", False),
             _write(differences, out / "differences.parquet", False)]
    from .report import render_corpus_summary
    from .files import write_atomic
    write_atomic(out / "summary.html", render_corpus_summary(sources, quotes, clusters,
                                                             differences, options))
    files.append(str(out / "summary.html"))
    return CorpusResult(outdir=out, sources=len(sources), ok=int((sources["status"] == "ok").sum()),
                        quotes=len(quotes), clusters=len(clusters),
                        shared=int((clusters["size"] > 1).sum()), differences=len(differences),
                        high=int((differences["severity"] == "high").sum()), files=tuple(files))
