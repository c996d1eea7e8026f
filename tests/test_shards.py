"""Shards: the shuffle a corpus run moves its data through between stages."""
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from quotecmp import shards

WORDS = st.lists(st.text(min_size=0, max_size=8), min_size=0, max_size=60)


def test_buckets_are_the_same_in_another_process():
    """Python's str hash is salted per process; a shuffle between processes cannot use it."""
    values = ["budget", "Budget", "", "é", "北约", "x" * 100]
    here = shards.bucket_of(values, 7).tolist()
    code = ("import json, sys; from quotecmp import shards; "
            f"print(json.dumps(shards.bucket_of({values!r}, 7).tolist()))")
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "123", "PATH": ""}, cwd=".")
    assert here == eval(there.stdout)
    assert all(0 <= b < 7 for b in here)


@settings(max_examples=60, deadline=None)
@given(WORDS, WORDS, st.integers(1, 9))
def test_gather_returns_each_row_to_exactly_its_bucket(tmp_path_factory, a, b, n):
    folder = tmp_path_factory.mktemp("shards")
    for k, words in enumerate((a, b)):
        frame = pd.DataFrame({"word": words, "part": k, "row": range(len(words))})
        shards.scatter(frame, shards.bucket_of(frame["word"], n), folder / f"{k:06d}.parquet",
                       {"word": "string", "part": "int64", "row": "int64"})
    files = shards.shard_files(folder)
    got = []
    for bucket in range(n):
        g = shards.gather(files, bucket)
        if g is None:
            continue
        assert set(shards.bucket_of(g["word"], n)) == {bucket}
        got += list(zip(g["word"], g["part"], g["row"]))
    want = [(w, k, r) for k, words in enumerate((a, b)) for r, w in enumerate(words)]
    assert sorted(got) == sorted(want)


def test_concat_streams_shards_into_one_table(tmp_path):
    schema = {"id": "string", "n": "int64"}
    for k in range(3):
        shards.write(pd.DataFrame({"id": [f"{k}-{i}" for i in range(k)], "n": list(range(k))}),
                     tmp_path / "in" / f"{k:06d}.parquet", schema)
    rows = shards.concat_to(shards.shard_files(tmp_path / "in"), tmp_path / "out.parquet", schema)
    out = pd.read_parquet(tmp_path / "out.parquet")
    assert rows == 3 and list(out["id"]) == ["1-0", "2-0", "2-1"]
    assert str(out["n"].dtype) == "int64"


def test_concat_partitions_hive_style(tmp_path):
    schema = {"id": "string", "month": "string"}
    shards.write(pd.DataFrame({"id": ["a", "b", "c"], "month": ["2024-01", "2024-02", "2024-01"],
                               "outlet_key": ["X", "Y", "X"]}), tmp_path / "in" / "000000.parquet",
                 {**schema, "outlet_key": "string"})
    shards.concat_to(shards.shard_files(tmp_path / "in"), tmp_path / "t.parquet", schema,
                     partition=["month", "outlet_key"])
    assert (tmp_path / "t.parquet" / "month=2024-01" / "outlet_key=X").is_dir()
    back = pd.read_parquet(tmp_path / "t.parquet")
    assert sorted(back["id"]) == ["a", "b", "c"]


def test_empty_shards_gather_nothing(tmp_path):
    shards.scatter(pd.DataFrame({"word": pd.Series([], dtype="string")}), np.zeros(0, dtype=np.int64),
                   tmp_path / "000000.parquet", {"word": "string"})
    assert shards.gather(shards.shard_files(tmp_path), 0) is None


@pytest.mark.parametrize("n", [1, 2, 5])
def test_keys_spread_over_all_buckets(n):
    """Chunk numbers and words alike: every bucket gets its share, none is left empty."""
    for values in (pd.Series(range(1000)), pd.Series([f"w{i}" for i in range(1000)])):
        counts = np.bincount(shards.bucket_of(values, n), minlength=n)
        assert len(counts) == n and counts.min() > 1000 / n / 2
