"""Extraction throughput: MB of article text per second on one core.

    python bench/bench_extract.py [--articles 400] [--repeat 3]

Builds a few hundred articles from the bundled sample story and the annotated evaluation set
(bench/extract_gold/articles.jsonl when present), varied so no two are identical, and times
load-free extraction plus attribution (quotecmp.quotes_of) in this process. Prints the best of
``--repeat`` runs, since this machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecmp.models import Source  # noqa: E402
from quotecmp.pipeline import quotes_of  # noqa: E402


def corpus(n: int, seed: int = 7) -> list[Source]:
    texts = [(p.read_text(encoding="utf-8"), "en") for p in sorted((ROOT / "data").glob("*/*.txt"))]
    gold = ROOT / "bench" / "extract_gold" / "articles.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], row.get("lang", "en")))
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        text, lang = texts[i % len(texts)]
        paras = text.split("\n")
        rnd.shuffle(paras)  # same sentences, new order: a different article to the extractor
        out.append(Source(id=f"a{i}", path=f"a{i}", text="\n".join(paras), lang=lang))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    sources = corpus(args.articles)
    size = sum(len(s.text.encode("utf-8")) for s in sources)
    quotes_of(sources[0])  # warm caches and lazy imports outside the timing
    best = float("inf")
    n_quotes = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        n_quotes = sum(len(quotes_of(s)) for s in sources)
        best = min(best, time.perf_counter() - started)
    print(f"extract-speed: {len(sources)} articles, {size / 1e6:.2f} MB, {n_quotes} quotes, "
          f"best of {args.repeat}: {best:.2f} s = {size / 1e6 / best:.2f} MB/s on one core "
          f"({len(sources) / best:.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
