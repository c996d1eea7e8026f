"""Shards on disk: how a corpus run moves data between its stages without one process holding it.

A stage task writes what the next stage needs into one Parquet file of its own, *scattered*: rows
sorted into buckets by a stable hash of a key column, one row group per bucket, the list of
buckets in the file's metadata. A task of the next stage *gathers* its bucket from every file of
the previous stage, reading only that row group. This is the map/reduce shuffle (one segment per
producer and consumer); it keeps every process to about a bucket of rows, whatever the corpus
size, and it works the same for a process pool on one machine and for Dask workers that share
the output folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import pathlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

_BUCKETS = b"quotecmp.buckets"
_ARROW = {"string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "int32": pa.int32(),
          "float64": pa.float64(), "bool": pa.bool_()}


def empty(schema: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(dtype=v) for k, v in schema.items()})


def conform(frame: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    """The frame with exactly the schema's columns and types (missing ones empty)."""
    out = pd.DataFrame(index=frame.index)
    for col, dtype in schema.items():
        out[col] = (frame[col] if col in frame else pd.Series(pd.NA, index=frame.index)).astype(dtype)
    return out.reset_index(drop=True)


def arrow_schema(schema: dict[str, str]) -> pa.Schema:
    return pa.schema([(k, _ARROW[v]) for k, v in schema.items()])


def bucket_of(values: pd.Series | Sequence, n: int) -> np.ndarray:
    """Bucket numbers ``0 .. n-1`` for the values, the same in every process and on every
    machine (Python's own ``hash`` of a string changes from one process to the next)."""
    series = pd.Series(values)
    if not pd.api.types.is_integer_dtype(series.dtype):
        series = series.astype("string")
    if n <= 1 or len(series) == 0:
        return np.zeros(len(series), dtype=np.int64)
    return (pd.util.hash_pandas_object(series, index=False).to_numpy() % np.uint64(n)).astype(np.int64)


def _table(frame: pd.DataFrame, schema: dict[str, str] | None) -> pa.Table:
    if schema is None:
        return pa.Table.from_pandas(frame, preserve_index=False)
    return pa.Table.from_pandas(frame[list(schema)], schema=arrow_schema(schema), preserve_index=False)


def write(frame: pd.DataFrame, path: pathlib.Path, schema: dict[str, str] | None = None) -> None:
    """One shard, written whole under a temporary name and renamed: a task that is run again
    (a lost Dask worker) replaces it instead of leaving half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(_table(frame.reset_index(drop=True), schema), tmp)
    os.replace(tmp, path)


def scatter(frame: pd.DataFrame, buckets: np.ndarray, path: pathlib.Path,
            schema: dict[str, str] | None = None) -> None:
    """Write ``frame`` as one shard with a row group per bucket (``buckets``: one per row)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    order = np.argsort(buckets, kind="stable")
    table = _table(frame.iloc[order].reset_index(drop=True), schema)
    keys, starts = np.unique(np.asarray(buckets)[order], return_index=True)
    bounds = list(starts) + [len(order)]
    meta = dict(table.schema.metadata or {})
    meta[_BUCKETS] = json.dumps([int(k) for k in keys]).encode()
    table = table.replace_schema_metadata(meta)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with pq.ParquetWriter(tmp, table.schema) as writer:
        for i in range(len(keys)):
            lo, hi = int(bounds[i]), int(bounds[i + 1])
            writer.write_table(table.slice(lo, hi - lo), row_group_size=max(1, hi - lo))
    os.replace(tmp, path)


def _groups(paths: Iterable[pathlib.Path], bucket: int):
    for p in paths:
        f = pq.ParquetFile(p)
        meta = f.schema_arrow.metadata or {}
        keys = json.loads(meta.get(_BUCKETS, b"[]"))
        if bucket in keys:
            yield f, keys.index(bucket)


def counts(paths: Iterable[pathlib.Path], bucket: int, column: str) -> dict[str, int]:
    """How many rows of one bucket hold each value of ``column``, reading that column only."""
    import pyarrow.compute as pc
    out: dict[str, int] = {}
    for f, i in _groups(paths, bucket):
        for item in pc.value_counts(f.read_row_group(i, columns=[column])[column]).to_pylist():
            out[item["values"]] = out.get(item["values"], 0) + item["counts"]
    return out


def gather(paths: Iterable[pathlib.Path], bucket: int,
           where: tuple[str, Iterable[str]] | None = None) -> pd.DataFrame | None:
    table = gather_table(paths, bucket, where)
    return None if table is None else table.to_pandas()


def gather_rows(paths: Iterable[pathlib.Path], bucket: int,
                where: tuple[str, Iterable[str]] | None = None) -> list[dict]:
    """:func:`gather` as a list of row dicts (missing values None), for tasks that walk rows."""
    table = gather_table(paths, bucket, where)
    return [] if table is None else table.to_pylist()


def gather_table(paths: Iterable[pathlib.Path], bucket: int,
                 where: tuple[str, Iterable[str]] | None = None) -> pa.Table | None:
    """The rows of one bucket from every shard (None when no shard has any); with ``where``
    (column, values), only the rows holding one of the values, filtered shard by shard so the
    rest never reach Python."""
    import pyarrow.compute as pc
    wanted = pa.array(sorted(where[1]), type=pa.string()) if where else None
    tables = []
    for f, i in _groups(paths, bucket):
        t = f.read_row_group(i).replace_schema_metadata(None)
        if where:
            t = t.filter(pc.is_in(t[where[0]], value_set=wanted))
        tables.append(t)
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="permissive")


def read(path: pathlib.Path, columns: list[str] | None = None) -> pd.DataFrame:
    return pq.read_table(path, columns=columns).replace_schema_metadata(None).to_pandas()


_MONTH = re.compile(r"\d{4}-\d{2}")


def month_key(published: str | None) -> str:
    """A partition folder's month: ``YYYY-MM`` or ``unknown``, never a path from the data."""
    month = (published or "")[:7]
    return month if _MONTH.fullmatch(month) else "unknown"


def partition_key(value: str | None) -> str:
    """A partition folder's name for an outlet: ASCII letters, digits and dashes, at most 49
    characters whatever the outlet's name (a 28-character Chinese name URL-encodes past the
    255 bytes a file name may have), with a short hash so names that fold alike stay apart."""
    if not value:
        return "unknown"
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")[:40] or "outlet"
    return f"{slug}-{hashlib.sha1(value.encode('utf-8')).hexdigest()[:8]}"


def name(task: int) -> str:
    """A shard's file name: the task's number, zero-padded so names sort in task order."""
    return f"{task:06d}.parquet"


def shard_files(folder: pathlib.Path) -> list[pathlib.Path]:
    """The shards of a stage in task order (file names are zero-padded task numbers)."""
    return sorted(p for p in folder.glob("*.parquet")) if folder.is_dir() else []


def concat_to(files: Sequence[pathlib.Path], target: pathlib.Path, schema: dict[str, str],
              partition: list[str] | None = None) -> int:
    """Stream shards into one Parquet file (or a hive-partitioned folder by ``partition``)
    a row group at a time, so the output never has to fit in memory; returns the row count."""
    import shutil

    import pyarrow.dataset as ds
    if target.exists():
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    want = arrow_schema(schema)
    if partition:
        cols = list(schema) + [c for c in partition if c not in schema]
        full = pa.schema(list(want) + [pa.field(c, pa.string()) for c in partition if c not in schema])
        dataset = ds.dataset([str(f) for f in files], format="parquet", schema=full)
        ds.write_dataset(dataset.scanner(columns=cols), str(target), format="parquet",
                         partitioning=partition, partitioning_flavor="hive",
                         existing_data_behavior="overwrite_or_ignore")
        return dataset.count_rows()
    tmp = target.with_name(f".{target.name}.tmp")
    rows = 0
    with pq.ParquetWriter(tmp, want) as writer:
        for f in files:
            pf = pq.ParquetFile(f)
            for i in range(pf.num_row_groups):
                t = pf.read_row_group(i, columns=list(schema), use_threads=False)
                t = t.replace_schema_metadata(None)
                writer.write_table(t.cast(want))
                rows += t.num_rows
    os.replace(tmp, target)
    return rows
