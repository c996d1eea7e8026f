"""The one reader of corpus files: JSONL, CSV, TSV and Parquet, one article per row, in chunks.

``quotecmp corpus`` plans a file into chunks (:class:`Chunk`: file, kind, byte range or row
range), so a task reads its own rows without the file being parsed from the start again and no
process holds more than a chunk of article text; ``quotecmp compare`` reads a corpus file it is
given through the same functions, as one chunk (:func:`read_file`). Every row comes back, as an
article or as a row with a ``problem`` (not JSON, more cells than columns, no text, more than
``MAX_ROW_BYTES``, an unreadable file), and a file without rows as one ``empty`` row: nothing
given is silently dropped.
"""
from __future__ import annotations

import dataclasses
import io
import json
import os
import pathlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from .errors import NoUsableInput, UsageError
from .files import free_id, not_a_file

# how a file's bytes are opened: the file itself (corpus), or bytes compare already read
Opener = Callable[[], IO[bytes]]

CHUNK_ROWS = 500
CORPUS_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
              ".parquet": "parquet", ".pq": "parquet"}
_DELIMITER = {"csv": ",", "tsv": "\t"}
EMPTY_FILE = "the corpus file is empty (no header, no rows)"
NO_ROWS = "the corpus file has no rows"
ARTICLE_FIELDS = ("id", "text", "outlet", "published", "lang", "title", "url", "story")

ARTICLE_COLUMNS = ARTICLE_FIELDS + ("path", "problem", "note")
# one article is a few hundred KB at most; a row beyond this is a mistake or a bomb (a 2.7 KB
# Parquet file can hold 60 rows of 20 MB), and becomes an error row instead of filling memory
MAX_ROW_BYTES = 10 * 2**20


@dataclass(frozen=True)
class Chunk:
    """Where a chunk of articles lies: a byte range of a JSONL file, or rows of a CSV/Parquet;
    kind ``error`` for a file that cannot be read at all (its ``problem`` becomes an error row),
    ``empty`` for one without rows."""

    path: str
    kind: str
    start: int
    stop: int
    first_row: int
    problem: str | None = None
    renames: tuple[tuple[int, str], ...] = ()   # (row, new id) for rows whose id came earlier
    offset: int = 0   # CSV: the byte where the chunk's first record starts
    stem: str | None = None   # the default id of row n is stem:n (the file's stem unless given)

    @property
    def id_stem(self) -> str:
        return self.stem or pathlib.Path(self.path).stem


def corpus_files(inputs: Iterable[str | os.PathLike[str]]) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for given in inputs:
        p = pathlib.Path(given)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix.casefold() in CORPUS_EXT
                            and not any(part.startswith(".") for part in f.parts))
        elif p.exists():
            if p.suffix.casefold() not in CORPUS_EXT:
                raise UsageError(f"{p}: a corpus is JSONL, CSV, TSV or Parquet (one article per row); "
                                 "use 'quotecmp compare' for text and HTML files")
            files.append(p)
        else:
            raise UsageError(f"{p}: no such file or directory")
    if not files:
        raise NoUsableInput("no corpus files (.jsonl, .csv, .tsv, .parquet) found in the inputs")
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
                chunks += _with_renames(_plan_file(f, kind, chunk_rows),
                                        _renames(f, kind, taken, f.stem))
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


def _open(path: str | os.PathLike[str], opener: Opener | None) -> IO[bytes]:
    return opener() if opener is not None else open(path, "rb")


def read_file(path: str | os.PathLike[str], kind: str, *, stem: str,
              opener: Opener | None = None) -> list[dict[str, Any]]:
    """Every row of one corpus file, as one chunk (what ``compare`` does with a corpus file it
    is given): the same articles, problems, default ids and renames a corpus run gives."""
    f = pathlib.Path(path)
    try:
        chunks = _with_renames(_plan_file(f, kind, 1 << 62, opener, stem),
                               _renames(f, kind, set(), stem, opener))
    except OSError as exc:
        chunks = [Chunk(str(f), "error", 0, 0, 1, f"cannot read: {exc.strerror or exc}", stem=stem)]
    except Exception as exc:   # pyarrow's errors for a corrupt or truncated Parquet file
        chunks = [Chunk(str(f), "error", 0, 0, 1, f"not a readable {kind} file "
                        f"({type(exc).__name__}: {exc})", stem=stem)]
    return [row for chunk in chunks for row in read_chunk(chunk, opener)]


def _row_ids(f: pathlib.Path, kind: str, opener: Opener | None = None) -> Iterable[tuple[int, str | None]]:
    """(row number as errors report it, the row's id or None) for every row of a file."""
    if kind == "jsonl":
        with _open(f, opener) as fh:
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
        pf = pq.ParquetFile(_open(f, opener))
        n = 0
        if "id" not in pf.schema_arrow.names:
            return
        for batch in pf.iter_batches(batch_size=4096, columns=["id"]):
            for v in batch.column("id").to_pylist():
                n += 1
                yield n, None if v in (None, "") else str(v)
    else:
        import csv
        with io.TextIOWrapper(_open(f, opener), encoding="utf-8-sig", errors="replace",
                              newline="") as fh:
            reader = csv.reader(fh, delimiter=_DELIMITER[kind])
            header = next(reader, [])
            col = header.index("id") if "id" in header else None
            for n, cells in enumerate(reader, 2):
                v = cells[col] if col is not None and col < len(cells) else ""
                yield n, v or None


def _renames(f: pathlib.Path, kind: str, taken: set[str], stem: str,
             opener: Opener | None = None) -> dict[int, str]:
    """Rows whose id an earlier row already has (given, or the default ``stem:n``), with the
    id they get: ``id-2``, ``id-3`` …, one no row of any file has (``taken``: the ids of the
    files before; it gets this file's)."""
    ids = [(n, given or f"{stem}:{n}") for n, given in _row_ids(f, kind, opener)]
    reserved = taken | {rid for _, rid in ids}
    out, seen = {}, set()
    for n, rid in ids:
        if rid in seen or rid in taken:
            out[n] = rid = free_id(rid, reserved)
            reserved.add(rid)
        seen.add(rid)
    taken |= seen
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


def _plan_file(f: pathlib.Path, kind: str, chunk_rows: int, opener: Opener | None = None,
               stem: str | None = None) -> list[Chunk]:
    chunks: list[Chunk] = []

    def whole(kind: str, problem: str) -> list[Chunk]:
        return [Chunk(str(f), kind, 0, 0, 1, problem, stem=stem)]

    if kind == "jsonl":
        with _open(f, opener) as fh:
            start, rows, pos, first, seen = 0, 0, 0, 1, False
            for size, line in _lines(fh):   # binary lines end at b"\n" only, as JSONL rows do
                pos += size
                rows += 1
                seen = seen or line is None or bool(line.strip())
                if rows == chunk_rows:
                    chunks.append(Chunk(str(f), kind, start, pos, first, stem=stem))
                    start, first, rows = pos, first + chunk_rows, 0
            if pos > start:
                chunks.append(Chunk(str(f), kind, start, pos, first, stem=stem))
        if not seen:
            return whole("empty", EMPTY_FILE)
    elif kind == "parquet":
        import pyarrow.parquet as pq
        pf = pq.ParquetFile(_open(f, opener))
        if "text" not in pf.schema_arrow.names:
            return whole("error", "a corpus Parquet file needs a 'text' column (one article per row)")
        n = pf.metadata.num_rows
        if not n:
            return whole("empty", NO_ROWS)
        for lo in range(0, n, chunk_rows):
            chunks.append(Chunk(str(f), kind, lo, min(n, lo + chunk_rows), lo + 1, stem=stem))
    else:
        # where every chunk's first record starts, so a chunk is read from there instead of
        # parsing the file from its start again (quadratic in the number of chunks)
        offsets = [0]
        n = -1   # records after the header
        header: list[str] | None = None
        for n, (record, end) in enumerate(_csv_records(f, 0, opener, kind)):
            if header is None:
                header = record
            if n and n % chunk_rows == 0:
                offsets.append(end)
        if not header or not any(cell.strip() for cell in header):
            return whole("empty", EMPTY_FILE)
        if "text" not in header:
            return whole("error", f"a corpus {kind.upper()} needs a 'text' column (one article per row)")
        if n < 1:
            return whole("empty", NO_ROWS)
        for k, lo in enumerate(range(0, n, chunk_rows)):
            chunks.append(Chunk(str(f), kind, lo, min(n, lo + chunk_rows), lo + 2,
                                offset=offsets[k], stem=stem))
    return chunks


def _csv_records(path: str | os.PathLike[str], offset: int, opener: Opener | None = None,
                 kind: str = "csv") -> Iterable[tuple[list[str], int]]:
    """CSV records from a byte offset, each with the byte offset just past it (the csv module
    reads a line at a time and no further than a record's last line)."""
    import csv
    csv.field_size_limit(1 << 28)
    pos = offset

    def lines():
        nonlocal pos
        with _open(path, opener) as fh:
            fh.seek(offset)
            for size, raw in _lines(fh):
                pos += size
                # a line beyond one article's size is read past, not kept: the record it was
                # part of becomes a short, malformed one
                yield "" if raw is None else raw.decode("utf-8-sig" if pos == size else "utf-8",
                                                         errors="replace")

    for record in csv.reader(lines(), delimiter=_DELIMITER[kind]):
        yield record, pos


def _article(row: dict[str, Any], chunk: Chunk, n: int, renamed: str | None = None) -> dict[str, Any]:
    path = chunk.path
    out = {k: (None if row.get(k) in (None, "") else str(row[k])) for k in ARTICLE_FIELDS}
    out["id"] = out["id"] or f"{chunk.id_stem}:{n}"
    if renamed:
        out["note"] = f"id {out['id']!r} is used by an earlier input; renamed {renamed!r}"
        out["id"] = renamed
    out["path"] = f"{path}:{n}"
    what = "line" if chunk.kind == "jsonl" else "row"
    out["problem"] = (None if isinstance(row.get("text"), str) else
                      f"{what} {n}: no 'text' field with the article text")
    if out["problem"]:
        out["text"] = None
    return out


def _problem(chunk: Chunk, n: int, message: str) -> dict[str, Any]:
    return {"id": f"{chunk.id_stem}:{n}", "path": f"{chunk.path}:{n}", "problem": message}


def _too_big(n: int, size: int, what: str = "row") -> str:
    return (f"{what} {n}: the article is {size / 2**20:.0f} MB, more than the "
            f"{MAX_ROW_BYTES // 2**20} MB limit for one article")


def _parquet_rows(chunk: Chunk, opener: Opener | None = None,
                  ) -> Iterable[tuple[int, dict[str, Any] | None, str | None]]:
    """The chunk's rows one at a time, their size read from Arrow before any Python string is
    made: a batch of several oversized rows would cost their sum (a bomb's 60 rows of 20 MB
    compress to a few KB); one row at a time costs about 30 µs, nothing beside extraction."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    pf = pq.ParquetFile(_open(chunk.path, opener))
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


def _csv_rows(chunk: Chunk, opener: Opener | None = None,
              ) -> Iterable[tuple[int, dict[str, Any] | None, str | None]]:
    """The chunk's CSV records, numbered as ``compare`` numbers them (the header is row 1); a row
    with more cells than columns is a problem, as in ``compare``, not silently skipped."""
    import csv
    records = iter(_csv_records(chunk.path, chunk.offset, opener, chunk.kind))
    if chunk.offset:
        header = next(iter(_csv_records(chunk.path, 0, opener, chunk.kind)), ([], 0))[0]
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
                # a missing cell is missing, not empty: a row without its text cell is an error row
                yield n, {key: (record[i] if i < len(record) else None)
                          for i, key in enumerate(header)}, None
    except csv.Error as exc:
        yield k + 2, None, f"row {k + 2}: malformed CSV ({exc})"


def read_chunk(chunk: Chunk, opener: Opener | None = None) -> list[dict[str, Any]]:
    """The articles of one chunk (fields ``ARTICLE_COLUMNS``); a malformed row, an oversized row
    and an unreadable file become rows with a ``problem`` instead of stopping the run, a file
    without rows one row with empty text and a ``note`` that says so."""
    rows: list[dict[str, Any]] = []
    renamed = dict(chunk.renames)
    if chunk.kind == "error":
        rows.append({"id": chunk.id_stem, "path": chunk.path, "problem": chunk.problem})
    elif chunk.kind == "empty":
        rows.append({"id": chunk.id_stem, "path": chunk.path, "text": "", "note": chunk.problem})
    elif chunk.kind == "jsonl":
        with _open(chunk.path, opener) as fh:
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
            rows.append(_article(row, chunk, n, renamed.get(n)))
    elif chunk.kind == "parquet":
        try:
            for n, row, problem in _parquet_rows(chunk, opener):
                rows.append(_article(row, chunk, n, renamed.get(n)) if row is not None else
                            _problem(chunk, n, problem or "unreadable row"))
        except Exception as exc:   # pyarrow: a corrupt page or row group
            rows.append(_problem(chunk, chunk.first_row, f"rows from {chunk.first_row}: not readable "
                                 f"Parquet ({type(exc).__name__}: {exc})"))
    else:
        for n, row, problem in _csv_rows(chunk, opener):
            if row is not None:
                size = len(str(row.get("text") or "").encode("utf-8", "replace"))
                problem = _too_big(n, size) if size > MAX_ROW_BYTES else None
            rows.append(_article(row, chunk, n, renamed.get(n)) if row is not None and not problem
                        else _problem(chunk, n, problem or "unreadable row"))
    return rows
