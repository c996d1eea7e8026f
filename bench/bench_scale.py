"""The HTML report against JSON as the sources grow: size, time and peak memory of the CLI.

    python bench/bench_scale.py [--sizes 300 1000 5000] [--keep DIR]

For each N, writes N generated articles (bench/synth.py: stories told by four outlets) as text
files in a temporary folder and runs ``python -m quotecmp compare FOLDER -o out.json`` and
``-o out.html``, each in a fresh process of this checkout, timing it and reading its own peak
resident memory from ``wait4`` (the child's high-water mark, not this process's). Prints one line
per N and format, the HTML/JSON ratios, and the growth of each from one N to the next:

    scale: N=1000  json  4.9 MB  5.3 s  168 MiB | html  5.1 MB  7.6 s  158 MiB | html/json size 1.04 time 1.42 memory 0.94

Target (issue #13): the HTML within 2x the time and memory of the JSON, its size linear in N.
Exits 0 unless ``--strict`` and a ratio is over 2.
"""  # noqa: E501 (the sample line above is one line of output, as printed)
from __future__ import annotations

import argparse
import math
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

RATIO_TARGET = 2.0


def write_corpus(folder: pathlib.Path, n: int) -> None:
    folder.mkdir(parents=True)
    for article in synth.corpus(n):
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")


def run_compare(folder: pathlib.Path, out: pathlib.Path) -> dict[str, float]:
    # this checkout's package, whichever quotecmp is installed
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "quotecmp", "compare", str(folder), "-o", str(out)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": path},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the maximum over all runs
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"quotecmp compare -o {out.name} exited {proc.returncode}: {err.strip()}")
    return {"mb": out.stat().st_size / 1e6, "seconds": seconds, "rss_mb": usage.ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--keep", type=pathlib.Path, help="keep the corpora and outputs in this folder")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a ratio is over 2")
    args = ap.parse_args(argv)

    work = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="quotecmp-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, dict[str, float]]] = {}
    missed = False
    try:
        for n in args.sizes:
            folder = work / f"corpus-{n}"
            if not folder.exists():
                write_corpus(folder, n)
            results[n] = {fmt: run_compare(folder, work / f"out-{n}.{fmt}")
                          for fmt in ("json", "html")}
            j, h = results[n]["json"], results[n]["html"]
            ratios = {k: h[k] / j[k] for k in ("mb", "seconds", "rss_mb")}
            missed = missed or ratios["seconds"] > RATIO_TARGET or ratios["rss_mb"] > RATIO_TARGET
            print(f"scale: N={n:<5} " + " | ".join(
                f"{fmt:<4} {r['mb']:6.1f} MB {r['seconds']:6.1f} s {r['rss_mb']:6.0f} MiB"
                for fmt, r in results[n].items()) +
                f" | html/json size {ratios['mb']:.2f} time {ratios['seconds']:.2f} "
                f"memory {ratios['rss_mb']:.2f}", flush=True)
        sizes = sorted(results)
        for lo, hi in zip(sizes, sizes[1:]):
            # the exponent k in size ~ N^k: 1 is linear, 2 an n × n table
            k = {fmt: math.log(results[hi][fmt]["mb"] / results[lo][fmt]["mb"]) / math.log(hi / lo)
                 for fmt in ("json", "html")}
            print(f"growth N={lo}->{hi}: size exponent json {k['json']:.2f}, html {k['html']:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if missed:
        print(f"target missed: HTML within {RATIO_TARGET:g}x the time and memory of JSON")
    return 1 if (missed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
