"""Alignment at scale: time to compare synthetic corpora of 500 and 2,000 sources.

    python bench/bench_align.py [--sizes 500 2000]

Each source is one outlet's article of a story (bench/synth.py); all stories are compared in one
run, so blocking must keep candidate pairs near linear. Prints the time per size and the growth
exponent log(t2/t1)/log(n2/n1).
"""
from __future__ import annotations

import argparse
import collections
import itertools
import math
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402
from quotecmp.models import Options, Source  # noqa: E402
from quotecmp.pipeline import compare_sources  # noqa: E402


def link_quality(rows, result) -> tuple[float, float]:
    """Precision and recall of same-cluster pairs against the generator's utterance ids."""
    truth = {}
    for r in rows:
        for t in r["truth"]:
            truth[(r["id"], t["text"].rstrip(" ,."))] = t["utterance"]
    label = {}
    for q in result.quotes:
        label[q.id] = truth.get((q.source, q.text.rstrip(" ,.")))
    pred, gold = set(), set()
    for c in result.clusters:
        for a, b in itertools.combinations(c.quotes, 2):
            pred.add(tuple(sorted((a, b))))
    by_utt = collections.defaultdict(list)
    for qid, utt in label.items():
        if utt:
            by_utt[utt].append(qid)
    for ids in by_utt.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            gold.add((a, b))
    labelled = {q for q, u in label.items() if u}
    pred = {p for p in pred if p[0] in labelled and p[1] in labelled}
    tp = len(pred & gold)
    return (tp / len(pred) if pred else 1.0), (tp / len(gold) if gold else 1.0)


def run(n: int) -> tuple[float, int, int, float, float]:
    rows = synth.corpus(n)
    sources = [Source(id=r["id"], path=r["id"], outlet=r["outlet"], lang="en", text=r["text"])
               for r in rows]
    started = time.perf_counter()
    result = compare_sources(sources, Options())
    elapsed = time.perf_counter() - started
    shared = sum(1 for c in result.clusters if len(c.sources) > 1)
    p, r = link_quality(rows, result)
    return elapsed, len(result.quotes), shared, p, r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    args = ap.parse_args(argv)
    times = []
    for n in args.sizes:
        t, q, shared, p, r = run(n)
        times.append(t)
        print(f"align-scale: {n} sources, {q} quotes, {shared} shared utterances: {t:.1f} s; "
              f"cluster links P {p:.3f} R {r:.3f}")
    if len(times) >= 2:
        k = math.log(times[-1] / times[0]) / math.log(args.sizes[-1] / args.sizes[0])
        print(f"align-scale: growth exponent {k:.2f} ({args.sizes[0]} -> {args.sizes[-1]} sources)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
