"""Corpus throughput: a generated corpus processed end to end by `run_corpus` (local engine).

    python bench/bench_corpus.py [--sizes 2500 10000] [--formats jsonl csv parquet] [--workers 2]
                                 [--chunk-rows 500] [--engine dask]

Writes the corpus as JSONL in a temporary folder (bench/synth.py: stories told by several
outlets), runs the whole corpus pipeline once per size in a fresh process, and prints the time,
articles per second, peak memory (the driver process and the largest worker process), the
cluster links' precision and recall against the generator's truth (which statement each quote
prints), and the growth exponent log(t2/t1)/log(n2/n1). Memory should follow the chunk size, not
the corpus size.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from quotecmp.corpus import run_corpus
t = time.perf_counter()
res = run_corpus([{path!r}], {out!r}, workers={workers}, chunk_rows={chunk}, engine={engine!r})
dt = time.perf_counter() - t
# the peak of this process's own memory: ru_maxrss would also count the parent's memory at the
# fork (Linux keeps it across exec), and the parent holds the generated corpus
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    me = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"seconds": dt, "self_mb": me / 1024, "worker_mb": kids / 1024,
                  "summary": res.summary(), "quotes": res.quotes}}))
"""


def _links(out: pathlib.Path, truth: dict) -> tuple[float, float]:
    """Precision and recall of the pairs of quotes put in one cluster (marked quotes only)."""
    import pandas as pd
    quotes = pd.read_parquet(out / "quotes.parquet", columns=["id", "source", "text"])
    label = {i: truth.get((s, t.rstrip(" ,."))) for i, s, t in
             zip(quotes["id"], quotes["source"], quotes["text"])}
    got = set()
    for members in pd.read_parquet(out / "clusters.parquet", columns=["quotes"])["quotes"]:
        ids = sorted(i for i in members.split("|") if label.get(i))
        got.update(itertools.combinations(ids, 2))
    by_utt: dict = {}
    for i, u in label.items():
        if u:
            by_utt.setdefault(u, []).append(i)
    want = {pair for ids in by_utt.values() for pair in itertools.combinations(sorted(ids), 2)}
    hit = len(got & want)
    return hit / max(1, len(got)), hit / max(1, len(want))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk-rows", type=int, default=500)
    ap.add_argument("--formats", nargs="+", default=["jsonl"], choices=["jsonl", "csv", "parquet"],
                    help="input formats to run each size from (the same articles in each)")
    ap.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="dask: a LocalCluster (worker memory is then not measured here)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    import synth
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = pathlib.Path(tmp) / f"corpus-{n}.jsonl"
            size = 0
            truth = {}
            with path.open("w", encoding="utf-8") as fh:
                for r in synth.corpus(n, seed=11):
                    for t in r["truth"]:
                        if not t["unmarked"]:
                            truth[(r["id"], t["text"].rstrip(" ,."))] = t["utterance"]
                    line = json.dumps({"id": r["id"], "text": r["text"], "outlet": r["outlet"],
                                       "story": r["story"], "published": "2025-03-14"})
                    size += len(line)
                    fh.write(line + "\n")
            for fmt in args.formats:
                given = path
                if fmt != "jsonl":   # the same rows, converted outside the measured process
                    import pandas as pd
                    given = path.with_suffix(f".{fmt}")
                    frame = pd.read_json(path, lines=True, dtype=False)
                    frame.to_csv(given, index=False) if fmt == "csv" else frame.to_parquet(given, index=False)
                    del frame
                out = pathlib.Path(tmp) / f"out-{n}-{fmt}"
                code = CHILD.format(root=str(ROOT), path=str(given), out=str(out),
                                    workers=args.workers, chunk=args.chunk_rows, engine=args.engine)
                proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
                if proc.returncode:
                    print(proc.stderr[-2000:])
                    return 1
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                if fmt == args.formats[0]:
                    times.append(r["seconds"])
                p, rc = _links(out, truth)
                print(f"corpus-scale: {n} articles ({size / 1e6:.1f} MB) from {fmt}: {r['seconds']:.1f} s, "
                      f"{n / r['seconds']:.0f} articles/s, peak memory {r['self_mb']:.0f} MB driver, "
                      f"{r['worker_mb']:.0f} MB largest worker; links P {p:.3f} R {rc:.3f}; {r['summary']}")
    if len(times) >= 2:
        k = math.log(times[-1] / times[0]) / math.log(args.sizes[-1] / args.sizes[0])
        print(f"corpus-scale: growth exponent {k:.2f} ({args.sizes[0]} -> {args.sizes[-1]} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
