"""The one reader of corpus files: JSONL, CSV and Parquet, one article per row, in chunks.

A chunk is described by a small spec (:class:`Chunk`: file, kind, byte range or row range), so
a task reads its own rows without the file being parsed from the start again and no process
holds more than a chunk of article text. Every row comes back, as an article or as a row with a
``problem`` (not JSON, more cells than columns, no text, more than ``MAX_ROW_BYTES``, an
unreadable file): nothing given is silently dropped.
"""
from __future__ import annotations

import dataclasses
import json
import os
import pathlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import NoUsableInput, UsageError
from .load import free_id, not_a_file

CHUNK_ROWS = 500
CORPUS_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
              ".pq": "parquet"}
ARTICLE_FIELDS = ("id", "text", "outlet", "published", "lang", "title", "url", "story")

ARTICLE_COLUMNS = ARTICLE_FIELDS + ("path", "problem", "note")
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


def read_chunk(chunk: Chunk) -> list[dict[str, Any]]:
    """The articles of one chunk (fields ``ARTICLE_COLUMNS``); a malformed row, an oversized row
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
                rows.append(_article(row, chunk.path, n, renamed.get(n)) if row is not None else
                            _problem(chunk, n, problem or "unreadable row"))
        except Exception as exc:   # pyarrow: a corrupt page or row group
            rows.append(_problem(chunk, chunk.first_row, f"rows from {chunk.first_row}: not readable "
                                 f"Parquet ({type(exc).__name__}: {exc})"))
    else:
        for n, row, problem in _csv_rows(chunk):
            if row is not None:
                size = len(str(row.get("text") or "").encode("utf-8", "replace"))
                problem = _too_big(n, size) if size > MAX_ROW_BYTES else None
            rows.append(_article(row, chunk.path, n, renamed.get(n)) if row is not None and not problem
                        else _problem(chunk, n, problem or "unreadable row"))
    return rows
