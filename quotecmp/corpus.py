"""Whole news corpora: the pipeline as DataFrame stages, run per partition by a process pool or
by Dask.

- Articles come from JSONL, CSV or Parquet files (one article per row: ``text`` and optional
  ``id``, ``outlet``, ``published``, ``lang``, ``title``, ``url``, ``story``), read in chunks that
  are described by small *chunk specs* (file, kind, byte range or row range), so no process ever
  holds more than a chunk of article text.
- :func:`extract_frame` and :func:`sources_frame` are pure ``DataFrame -> DataFrame`` functions
  with declared schemas (``QUOTE_SCHEMA``, ``SOURCE_SCHEMA``).
- Everything else runs as tasks over shards on disk (:mod:`quotecmp.stages`,
  :mod:`quotecmp.shards`): blocking keys, scoring, components, clusters and differences, so the
  driver keeps only counts, top-k lists and a few integers per quote. The ``local`` engine runs
  the tasks with a process pool, the ``dask`` engine as partitions of ``dask.dataframe.from_map``
  on a ``distributed`` cluster (a LocalCluster, or any scheduler address).
- Outputs: ``sources.parquet``, ``quotes.parquet``, ``clusters.parquet``, ``differences.parquet``
  (partitioned by month and outlet, hive style, when large) and ``summary.html``.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import dataclasses
import heapq
import itertools
import json
import os
import pathlib
import shutil
import tempfile
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import numpy as np
import pandas as pd

from . import align, shards, stages
from .errors import NoUsableInput, OutputError, UsageError
from .files import check_outputs, foreign_entries, replace_folder, staging_folder
from .load import free_id, not_a_file
from .models import Options, Source

CHUNK_ROWS = 500
PARTITION_ROWS = 250_000          # above this many rows, tables are written hive-partitioned
TABLES = ("sources", "quotes", "clusters", "differences")
OUTPUTS = tuple(f"{t}.parquet" for t in TABLES) + ("summary.html",)
CORPUS_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
              ".pq": "parquet"}
ARTICLE_FIELDS = ("id", "text", "outlet", "published", "lang", "title", "url", "story")

ARTICLE_SCHEMA = {"id": "string", "text": "string", "outlet": "string", "published": "string",
                  "lang": "string", "title": "string", "url": "string", "story": "string",
                  "path": "string", "problem": "string", "note": "string"}
SOURCE_SCHEMA = {"id": "string", "path": "string", "outlet": "string", "lang": "string",
                 "published": "string", "title": "string", "url": "string", "story": "string",
                 "status": "string", "message": "string", "chars": "int64"}
QUOTE_SCHEMA = {"id": "string", "source": "string", "text": "string", "start": "int64",
                "end": "int64", "kind": "string", "speaker": "string",
                "speaker_mention": "string", "cue": "string", "confidence": "float64",
                "marks": "string", "attribution": "string", "context": "string",
                "outlet": "string",
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

# one article is a few hundred KB at most; a row beyond this is a mistake or a bomb (a 2.7 KB
# Parquet file can hold 60 rows of 20 MB), and becomes an error row instead of filling memory
MAX_ROW_BYTES = 10 * 2**20


@dataclass(frozen=True)
class Chunk:
    """Where a chunk of articles lies: a byte range of a JSONL file, or rows of a CSV/Parquet;
    kind ``error`` for a file that cannot be read at all (its ``problem`` becomes an error row)."""

    path: str
    kind: str
    start: int
    stop: int
    first_row: int
    problem: str | None = None
    renames: tuple[tuple[int, str], ...] = ()   # (row, new id) for rows whose id came earlier
    offset: int = 0   # CSV: the byte where the chunk's first record starts


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


def _unreadable(f: pathlib.Path) -> str | None:
    """Why a corpus file cannot be read, checked without opening it (a FIFO would block)."""
    try:
        return not_a_file(os.stat(f).st_mode)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"


def plan(files: Iterable[pathlib.Path], chunk_rows: int = CHUNK_ROWS) -> list[Chunk]:
    """Chunk specs for every file: the driver only scans, it never keeps article text."""
    chunks: list[Chunk] = []
    taken: set[str] = set()   # every article id so far: a repeat is renamed, never merged
    for f in files:
        kind = CORPUS_EXT[f.suffix.casefold()]
        problem = _unreadable(f)
        if problem is None:
            try:
                chunks += _with_renames(_plan_file(f, kind, chunk_rows), _renames(f, kind, taken))
                continue
            except OSError as exc:
                problem = f"cannot read: {exc.strerror or exc}"
            except Exception as exc:   # pyarrow's errors for a corrupt or truncated Parquet file
                problem = f"not a readable {kind} file ({type(exc).__name__}: {exc})"
        chunks.append(Chunk(str(f), "error", 0, 0, 1, problem))
    return chunks


def _lines(fh, stop: int | None = None) -> Iterable[tuple[int, bytes | None]]:
    """(bytes, the line) for each line of a binary file up to ``stop``; a line longer than one
    article may be (``MAX_ROW_BYTES`` and its newline) comes as None, read past a piece at a
    time, so a file with no newline in 10 GB never sits in memory."""
    pos = fh.tell()
    while stop is None or pos < stop:
        line = fh.readline(MAX_ROW_BYTES + 1)
        if not line:
            return
        size = len(line)
        if size > MAX_ROW_BYTES and not line.endswith(b"\n"):
            line = None
            while True:
                more = fh.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
        pos += size
        yield size, line


def _row_ids(f: pathlib.Path, kind: str) -> Iterable[tuple[int, str | None]]:
    """(row number as errors report it, the row's id or None) for every row of a file."""
    if kind == "jsonl":
        with open(f, "rb") as fh:
            for n, (_size, line) in enumerate(_lines(fh), 1):
                if line is None or not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict):
                    yield n, None if row.get("id") in (None, "") else str(row["id"])
    elif kind == "parquet":
        import pyarrow.parquet as pq
        pf = pq.ParquetFile(f)
        n = 0
        if "id" not in pf.schema_arrow.names:
            return
        for batch in pf.iter_batches(batch_size=4096, columns=["id"]):
            for v in batch.column("id").to_pylist():
                n += 1
                yield n, None if v in (None, "") else str(v)
    else:
        import csv
        with open(f, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            col = header.index("id") if "id" in header else None
            for n, cells in enumerate(reader, 2):
                v = cells[col] if col is not None and col < len(cells) else ""
                yield n, v or None


def _renames(f: pathlib.Path, kind: str, taken: set[str]) -> dict[int, str]:
    """Rows whose id an earlier row already has (given, or the default ``stem:n``), with the
    id they get: ``id-2``, ``id-3`` …, as ``compare`` does."""
    out = {}
    for n, given in _row_ids(f, kind):
        rid = given or f"{f.stem}:{n}"
        if rid in taken:
            out[n] = rid = free_id(rid, taken)
        taken.add(rid)
    return out


def _with_renames(chunks: list[Chunk], renames: dict[int, str]) -> list[Chunk]:
    """Each chunk of one file with the renames of its own rows (a chunk's rows run up to the
    next chunk's first row)."""
    if not renames:
        return chunks
    ends = [c.first_row for c in chunks[1:]] + [1 << 62]
    return [dataclasses.replace(c, renames=tuple(sorted(
        (n, rid) for n, rid in renames.items() if c.first_row <= n < end)))
        for c, end in zip(chunks, ends)]


def _plan_file(f: pathlib.Path, kind: str, chunk_rows: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    if kind == "jsonl":
        with open(f, "rb") as fh:
            start, rows, pos, first = 0, 0, 0, 1
            for size, _line in _lines(fh):   # binary lines end at b"\n" only, as JSONL rows do
                pos += size
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
        # where every chunk's first record starts, so a chunk is read from there instead of
        # parsing the file from its start again (quadratic in the number of chunks)
        offsets = [0]
        n = -1   # records after the header
        for n, (_record, end) in enumerate(_csv_records(f, 0)):
            if n and n % chunk_rows == 0:
                offsets.append(end)
        n = max(n, 0)
        for k, lo in enumerate(range(0, max(n, 1), chunk_rows)):
            chunks.append(Chunk(str(f), kind, lo, min(n, lo + chunk_rows), lo + 2,
                                offset=offsets[k]))
    return chunks


def _csv_records(path: str | os.PathLike[str], offset: int) -> Iterable[tuple[list[str], int]]:
    """CSV records from a byte offset, each with the byte offset just past it (the csv module
    reads a line at a time and no further than a record's last line)."""
    import csv
    csv.field_size_limit(1 << 28)
    pos = offset

    def lines():
        nonlocal pos
        with open(path, "rb") as fh:
            fh.seek(offset)
            for size, raw in _lines(fh):
                pos += size
                # a line beyond one article's size is read past, not kept: the record it was
                # part of becomes a short, malformed one
                yield "" if raw is None else raw.decode("utf-8-sig" if pos == size else "utf-8",
                                                         errors="replace")

    for record in csv.reader(lines()):
        yield record, pos


def _article(row: dict[str, Any], path: str, n: int, renamed: str | None = None) -> dict[str, Any]:
    out = {k: (None if row.get(k) in (None, "") else str(row[k])) for k in ARTICLE_FIELDS}
    out["id"] = out["id"] or f"{pathlib.Path(path).stem}:{n}"
    if renamed:
        out["note"] = f"id {out['id']!r} is used by an earlier row; renamed {renamed!r}"
        out["id"] = renamed
    out["path"] = f"{path}:{n}"
    out["problem"] = None if isinstance(row.get("text"), str) else "no 'text' field with the article text"
    if out["problem"]:
        out["text"] = None
    return out


def _problem(chunk: Chunk, n: int, message: str) -> dict[str, Any]:
    return {"id": f"{pathlib.Path(chunk.path).stem}:{n}", "path": f"{chunk.path}:{n}",
            "problem": message}


def _too_big(n: int, size: int, what: str = "row") -> str:
    return (f"{what} {n}: the article is {size / 2**20:.0f} MB, more than the "
            f"{MAX_ROW_BYTES // 2**20} MB limit for one article")


def _parquet_rows(chunk: Chunk) -> Iterable[tuple[int, dict[str, Any] | None, str | None]]:
    """The chunk's rows one at a time, their size read from Arrow before any Python string is
    made: a batch of several oversized rows would cost their sum (a bomb's 60 rows of 20 MB
    compress to a few KB); one row at a time costs about 30 µs, nothing beside extraction."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    pf = pq.ParquetFile(chunk.path)
    names = [c for c in ARTICLE_FIELDS if c in pf.schema_arrow.names]
    n = 0   # rows of the file seen so far
    for rg in range(pf.num_row_groups):
        rows = pf.metadata.row_group(rg).num_rows
        if n + rows <= chunk.start:
            n += rows
            continue
        for batch in pf.iter_batches(batch_size=1, row_groups=[rg], columns=names):
            if n >= chunk.stop:
                return
            if n >= chunk.start:
                size = 0
                if "text" in names and _is_text(batch.column("text").type):
                    size = pc.binary_length(batch.column("text"))[0].as_py() or 0
                if size > MAX_ROW_BYTES:
                    yield n + 1, None, _too_big(n + 1, size)
                else:
                    yield n + 1, batch.to_pylist()[0], None
            n += 1


def _is_text(kind) -> bool:
    import pyarrow as pa
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or \
        pa.types.is_binary(kind) or pa.types.is_large_binary(kind)


def _csv_rows(chunk: Chunk) -> Iterable[tuple[int, dict[str, Any] | None, str | None]]:
    """The chunk's CSV records, numbered as ``compare`` numbers them (the header is row 1); a row
    with more cells than columns is a problem, as in ``compare``, not silently skipped."""
    import csv
    records = iter(_csv_records(chunk.path, chunk.offset))
    if chunk.offset:
        header = next(iter(_csv_records(chunk.path, 0)), ([], 0))[0]
    else:   # the first chunk starts at the header
        header = next(records, ([], 0))[0]
    k = chunk.start   # the index of the next record read, the header not counted
    try:
        for record, _end in records:
            if k >= chunk.stop:
                break
            n = k + 2
            k += 1
            if len(record) > len(header):
                yield n, None, f"row {n}: more cells than columns"
            else:
                yield n, {key: (record[i] if i < len(record) else "") for i, key in enumerate(header)}, None
    except csv.Error as exc:
        yield k + 2, None, f"row {k + 2}: malformed CSV ({exc})"


def read_chunk(chunk: Chunk) -> pd.DataFrame:
    """The articles of one chunk (schema ``ARTICLE_SCHEMA``); a malformed row, an oversized row
    and an unreadable file become rows with a ``problem`` instead of stopping the run."""
    rows: list[dict[str, Any]] = []
    renamed = dict(chunk.renames)
    if chunk.kind == "error":
        rows.append({"id": pathlib.Path(chunk.path).stem, "path": chunk.path,
                     "problem": chunk.problem})
    elif chunk.kind == "jsonl":
        with open(chunk.path, "rb") as fh:
            fh.seek(chunk.start)
            # rows end at "\n" only: U+2028, U+2029 and U+0085 are valid inside JSON strings
            lines = list(_lines(fh, chunk.stop))
        for k, (size, raw) in enumerate(lines):
            n = chunk.first_row + k
            if raw is None:
                rows.append(_problem(chunk, n, _too_big(n, size, "line")))
                continue
            if not raw.strip():
                continue
            line = raw.decode("utf-8", errors="replace")
            try:
                row = json.loads(line)
            except ValueError as exc:
                rows.append(_problem(chunk, n, f"line {n}: not valid JSON ({exc})"))
                continue
            if not isinstance(row, dict):
                rows.append(_problem(chunk, n, f"line {n}: expected a JSON object with a 'text' field"))
                continue
            rows.append(_article(row, chunk.path, n, renamed.get(n)))
    elif chunk.kind == "parquet":
        try:
            for n, row, problem in _parquet_rows(chunk):
                rows.append(_problem(chunk, n, problem) if problem else
                            _article(row, chunk.path, n, renamed.get(n)))
        except Exception as exc:   # pyarrow: a corrupt page or row group
            rows.append(_problem(chunk, chunk.first_row, f"rows from {chunk.first_row}: not readable "
                                 f"Parquet ({type(exc).__name__}: {exc})"))
    else:
        for n, row, problem in _csv_rows(chunk):
            if problem is None:
                size = len(str(row.get("text") or "").encode("utf-8", "replace"))
                problem = _too_big(n, size) if size > MAX_ROW_BYTES else None
            rows.append(_problem(chunk, n, problem) if problem else
                        _article(row, chunk.path, n, renamed.get(n)))
    return conform(pd.DataFrame(rows), ARTICLE_SCHEMA) if rows else empty(ARTICLE_SCHEMA)


# --- the per-partition stages --------------------------------------------------------------------

def _source(row: dict[str, Any]) -> Source:
    from .load import detect_language
    text = row.get("text") or ""
    problem = row.get("problem")
    status = "error" if problem else ("ok" if text.strip() else "empty")
    message = "; ".join(filter(None, [problem, None if problem or text.strip() else
                                      "the row's text is empty", row.get("note")])) or None
    lang = row.get("lang") or (detect_language(text) if text else None)
    return Source(id=row["id"], path=row.get("path") or row["id"], outlet=row.get("outlet") or None,
                  lang=lang, published=row.get("published"), title=row.get("title"),
                  url=row.get("url"), story=row.get("story"), status=status, message=message,
                  text=text)


def sources_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article with its status (schema ``SOURCE_SCHEMA``)."""
    rows = []
    for r in stages._records(articles):
        d = _source(r).to_dict()
        d["story"] = r.get("story")
        rows.append(d)
    return conform(pd.DataFrame(rows), SOURCE_SCHEMA) if rows else empty(SOURCE_SCHEMA)


def extract_frame(articles: pd.DataFrame, options: dict[str, Any] | None = None) -> pd.DataFrame:
    """The quotes of a partition of articles, with their sentence (schema ``QUOTE_SCHEMA``)."""
    from .comparison import quotes_of
    opts = Options(**(options or {}))
    rows = []
    for r in stages._records(articles):
        src = _source(r)
        for q in quotes_of(src, opts):
            d = q.to_dict()
            d.update(context=src.text[q.context_start:q.context_end], outlet=src.outlet,
                     published=src.published, story=src.story, lang=src.lang)
            rows.append(d)
    return conform(pd.DataFrame(rows), QUOTE_SCHEMA) if rows else empty(QUOTE_SCHEMA)


# --- engines -------------------------------------------------------------------------------------

Progress = Callable[[str, int, int], None]
Fold = Callable[[dict[str, Any]], None]


def _die_with_driver(driver: int) -> None:
    """Pool workers exit when their driver dies (the out-of-memory killer takes the biggest
    process, and orphaned workers would hold their memory for minutes): Linux's parent-death
    signal; elsewhere nothing."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != driver:   # the driver died before the signal was armed
        os._exit(1)


class _Engine:
    """Runs a stage's tasks: a process pool on this machine, or Dask. A task returns a one-row
    frame with a small payload, folded into the driver's running totals as it arrives, so the
    driver keeps no per-task results."""

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
                import logging
                import signal
                # a terminal's Ctrl-C reaches the whole process group: workers started with it
                # ignored leave the stop to this driver (one line) instead of each printing
                # its tracebacks while the driver closes them
                try:
                    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
                except ValueError:   # not the main thread
                    previous = None
                try:
                    self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                                processes=True, dashboard_address=None,
                                                silence_logs=logging.CRITICAL)
                finally:
                    if previous is not None:
                        signal.signal(signal.SIGINT, previous)
                self.client = Client(self.cluster)
        elif self.workers > 1:
            self.pool = cf.ProcessPoolExecutor(max_workers=self.workers, initializer=_die_with_driver,
                                               initargs=(os.getpid(),))

    def run(self, stage: str, fn: Callable[[dict[str, Any]], pd.DataFrame],
            specs: list[dict[str, Any]], fold: Fold | None = None,
            progress: Progress | None = None) -> None:
        def take(frame: pd.DataFrame, done: int) -> None:
            if fold is not None:
                for payload in frame["payload"]:
                    fold(json.loads(payload))
            if progress:
                progress(stage, done, len(specs))

        if not specs:
            return
        if self.kind == "dask":
            import dask.dataframe as dd
            from dask.distributed import as_completed
            # each partition is one task: dask.dataframe over the task specs
            parts = dd.from_map(fn, specs, meta=empty(stages.RESULT_SCHEMA), label=f"quotecmp-{stage}",
                                enforce_metadata=False).to_delayed()
            futures = self.client.compute(parts)
            for done, fut in enumerate(as_completed(futures), 1):
                take(fut.result(), done)
                fut.release()
        elif self.pool is not None and len(specs) > 1:
            # a bounded window of tasks in flight: results are small, but the specs need not all wait
            it = iter(specs)
            pending = {self.pool.submit(fn, s) for s in itertools.islice(it, 4 * self.workers)}
            done = 0
            while pending:
                finished, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in finished:
                    done += 1
                    take(fut.result(), done)
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.add(self.pool.submit(fn, nxt))
        else:
            for done, s in enumerate(specs, 1):
                take(fn(s), done)

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                # stopped (an error, Ctrl-C, SIGTERM): the tasks still running are of no use, and
                # waiting for them would keep the user waiting minutes
                self.pool.shutdown(wait=False, cancel_futures=True)
                for proc in (getattr(self.pool, "_processes", None) or {}).values():
                    proc.terminate()
            else:
                self.pool.shutdown()
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


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


class _Totals:
    """What the driver keeps of a run: counts and top-k lists, whatever the corpus size."""

    def __init__(self, chunks: int):
        self.counts: collections.Counter[str] = collections.Counter()
        self.quotes_per_chunk = np.zeros(chunks, dtype=np.int64)
        self.langs: set[str] = set()
        self.sources: list[list[str]] = []    # (id, lang) while there are few: all pairs compared
        self.largest: list[tuple] = []
        self.high: list[tuple] = []
        self.drift: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        self.speakers: list[tuple] = []

    def extracted(self, p: dict[str, Any]) -> None:
        for k in ("articles", "ok", "empty", "error", "quotes", "sources_with_quotes"):
            self.counts[k] += p[k]
        self.quotes_per_chunk[p["part"]] = p["quotes"]
        self.langs.update(p["langs"])
        if self.counts["sources_with_quotes"] <= align.ALL_PAIRS_SOURCES:
            self.sources += [s + [p["part"]] for s in p["sources"]]
        else:
            self.sources = []

    def routed(self, p: dict[str, Any]) -> None:
        self.counts["clusters"] += p.get("single", 0)

    def clustered(self, p: dict[str, Any]) -> None:
        for k in ("clusters", "shared", "differences", "high"):
            self.counts[k] += p[k]
        self.largest = heapq.nsmallest(stages.TOP_CLUSTERS, self.largest + [tuple(t) for t in p["largest"]],
                                       key=lambda t: t[:2])
        self.high = heapq.nsmallest(stages.TOP_HIGH, self.high + [tuple(t) for t in p["top_high"]],
                                    key=lambda t: t[:3])
        for pair, (n, micro) in p["drift"].items():
            self.drift[pair][0] += n
            self.drift[pair][1] += micro

    def spoken(self, p: dict[str, Any]) -> None:
        self.speakers = heapq.nsmallest(stages.TOP_SPEAKERS, self.speakers +
                                        [(-q, -o, s) for s, q, o in p["top"]])

    def view(self, errors: list[dict[str, str]]) -> dict[str, Any]:
        drift = [(-(micro / n) / 1e6, -n, pair) for pair, (n, micro) in self.drift.items() if n >= 2]
        drift = [{"pair": pair, "shared": -n, "drift": f"{min(1.0, -d):.2f}"}
                 for d, n, pair in sorted(drift)[:20]]
        c = self.counts
        return {"counts": {"articles": c["articles"], "ok": c["ok"], "empty": c["empty"],
                           "error": c["error"], "quotes": c["quotes"], "clusters": c["clusters"],
                           "shared": c["shared"], "differences": c["differences"], "high": c["high"]},
                "errors": errors, "largest": [t[2] for t in self.largest],
                "speakers": [{"speaker": s, "quotes": -q, "outlets": -o} for q, o, s in self.speakers],
                "drift": drift, "high": [t[3] for t in self.high]}


def run_corpus(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *,
               options: Options | None = None, engine: str = "local", workers: int | None = None,
               scheduler: str | None = None, chunk_rows: int = CHUNK_ROWS,
               progress: Progress | None = None) -> CorpusResult:
    """Extract, align and diff a whole corpus; write Parquet tables and a summary page.

    Every stage runs as tasks over shards in a work folder (removed at the end), so memory
    follows the chunk size: see :mod:`quotecmp.stages`. The new tables and summary are built in
    a hidden folder beside ``outdir`` and replace it as one (:func:`quotecmp.files.replace_folder`):
    a run stopped at any point leaves the previous set whole. With ``engine="dask"`` the
    workers must see that folder at the same path (one machine, or a shared disk).
    """
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}: choose local or dask")
    options = options or Options()
    out = pathlib.Path(outdir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a directory")
    inputs = list(inputs)
    check_outputs([out], inputs, folder=True)
    foreign = foreign_entries(out, OUTPUTS)
    if foreign:
        # the new set replaces the folder as a whole: anything else in it would go too
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise UsageError(f"{out} holds files quotecmp did not write ({', '.join(foreign[:3])}{more}): "
                         "give a new or empty folder, or one an earlier corpus run wrote")
    chunks = plan(corpus_files(inputs), chunk_rows)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = staging_folder(out)
    except OSError as exc:
        raise OutputError(f"cannot write next to {out}: {exc.strerror or exc}") from exc
    try:
        result = _run(chunks, stage, options, engine, workers, scheduler, progress)
        replace_folder(stage, out)
    except OSError as exc:   # a full disk, a folder without permission, an input gone mid-run
        where = exc.filename or out
        raise OutputError(f"corpus run stopped: {where}: {exc.strerror or exc}") from exc
    finally:
        # gone on every exit the process survives: an error, Ctrl-C, SIGTERM (the CLI makes it
        # an exception), and after the swap it holds the previous set
        shutil.rmtree(stage, ignore_errors=True)
    files = tuple(str(out / pathlib.Path(f).name) for f in result.files)
    return dataclasses.replace(result, outdir=out, files=files)


def _run(chunks: list[Chunk], out: pathlib.Path, options: Options, engine: str,
         workers: int | None, scheduler: str | None, progress: Progress | None) -> CorpusResult:
    opts = dataclasses.asdict(options)
    nb = max(1, len(chunks))    # buckets per shuffle: about a chunk's rows in each
    work = pathlib.Path(tempfile.mkdtemp(prefix=".quotecmp-work-", dir=out))
    totals = _Totals(len(chunks))
    base = {"work": str(work), "opts": opts, "nb": nb}
    every = [dict(base, i=i) for i in range(nb)]
    # one pool or one cluster for every stage
    runner = _Engine(engine, workers, scheduler)
    try:
        runner.run("extract", stages.extract_task, [dict(base, i=i, chunk=ch) for i, ch in enumerate(chunks)],
                   totals.extracted, progress)
        if not totals.counts["ok"]:
            msgs = [m for f in shards.shard_files(work / "sources")[:3]
                    for m in shards.read(f, ["message"])["message"].dropna().astype(str).head(3)]
            detail = "; ".join(msgs[:3]) or (
                f"{totals.counts['articles']} rows, none with article text" if totals.counts["articles"]
                else "the files hold no rows")
            raise NoUsableInput(f"no usable article in the corpus: {detail}")
        runner.run("count", stages.df_task, every, progress=progress)
        runner.run("keys", stages.keys_task, every, progress=progress)
        runner.run("score", stages.edges_task, every, progress=progress)
        if len(totals.langs) > 1:
            if totals.sources:
                few = sorted(totals.sources)
                pairs = [(a, b, pa, pb) for i, (a, la, pa) in enumerate(few)
                         for b, lb, pb in few[i + 1:] if la != lb]
                by_part: dict[int, list] = collections.defaultdict(list)
                for p in pairs:
                    by_part[p[2]].append(p)
                specs = [dict(base, i=i, pairs=by_part.get(i, [])) for i in range(nb)]
            else:
                runner.run("evidence", stages.evidence_task, every, progress=progress)
                runner.run("candidates", stages.candidates_task, every, progress=progress)
                specs = every
            runner.run("translations", stages.cross_task, specs, progress=progress)
        offsets = np.concatenate([[0], np.cumsum(totals.quotes_per_chunk)]).astype(np.int64)
        labels = stages.components(work, offsets)
        np.save(work / "labels.npy", labels)
        del labels
        route = [dict(base, i=i, what="quotes", offsets=offsets.tolist()) for i in range(nb)]
        route += [dict(base, i=i, what="edges", offsets=offsets.tolist()) for i in range(nb)]
        route += [dict(base, i=i, what="cross", offsets=offsets.tolist()) for i in range(nb)
                  if (work / "cross" / shards.name(i)).exists()]
        runner.run("route", stages.route_task, route, totals.routed, progress)
        runner.run("cluster", stages.cluster_task, every, totals.clustered, progress)
        runner.run("speakers", stages.speakers_task, every, totals.spoken, progress)
        files = _write_tables(work, out, totals)
        errors = []
        for f in shards.shard_files(work / "sources"):
            s = shards.read(f, ["path", "message", "status"])
            errors += s.loc[s["status"] == "error", ["path", "message"]].to_dict("records")
            if len(errors) >= 50:
                break
    except BaseException:
        runner.close(abort=True)
        raise
    else:
        runner.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    from .report import render_corpus_summary
    from .files import write_atomic
    write_atomic(out / "summary.html", render_corpus_summary(totals.view(errors[:50]), options))
    files.append(str(out / "summary.html"))
    c = totals.counts
    return CorpusResult(outdir=out, sources=c["articles"], ok=c["ok"], quotes=c["quotes"],
                        clusters=c["clusters"],
                        shared=c["shared"], differences=c["differences"], high=c["high"],
                        files=tuple(files))


def _write_tables(work: pathlib.Path, out: pathlib.Path, totals: _Totals) -> list[str]:
    """The four tables, streamed from the shards a row group at a time."""
    quotes = {k: v for k, v in QUOTE_SCHEMA.items() if k != "context"}
    big = totals.counts["quotes"] > PARTITION_ROWS
    written = []
    for name, folders, schema, partition in (
            ("sources", ["sources"], SOURCE_SCHEMA, None),
            ("quotes", ["quotes"], quotes, ["month", "outlet_key"] if big else None),
            ("clusters", ["clusters", "single"], CLUSTER_SCHEMA, None),
            ("differences", ["differences"], DIFFERENCE_SCHEMA, None)):
        files = [f for folder in folders for f in shards.shard_files(work / folder)]
        shards.concat_to(files, out / f"{name}.parquet", schema, partition)
        written.append(str(out / f"{name}.parquet"))
    return written
