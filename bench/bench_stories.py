"""Many unrelated stories in one house style: no quote of one story may link to another's.

    python bench/bench_stories.py [--split dev] [--files 500 2000] [--variants 3]
                                  [--corpus 2500 10000] [--engine local dask] [--wire 500 1000]
                                  [--keep DIR]

Each story is a real annotated article (PolNeAR, read from ../shared, never copied) and
``--variants`` outlet variants of it (bench/variants.py: wording, cuts, numbers, negation, cue
verbs, speakers, marks). Articles are reused (story k is article k mod the articles), and every
story has its own vocabulary: each content word (names, nouns, verbs other than reporting verbs,
adjectives) is replaced by a pseudo-word of the same length made for that story, and the digits
permuted, while function words, reporting verbs, honorifics, words of one or two letters and
punctuation stay. Two stories made from one article share their sentence shapes, their function
words and their reporting verbs, and no content word: the trap of a corpus written in one house
style. (Real articles could quote one utterance in two stories; disguised, they cannot, so any
link across stories is wrong.) Pseudo-words keep lengths, so the variants' gold spans still hold.

``--files``: ``quotecmp compare FOLDER -f json`` on that many .txt files (no manifest), timed as a
whole process. ``--corpus``: ``run_corpus`` on that many articles as JSONL rows (no story column)
with each ``--engine``; the tables are compared between engines. ``--wire``: one statement's
article reprinted by N outlets (N - 1 variants), the cluster that grows with the corpus.

Printed per run: seconds, quotes, clusters, links P/R against the truth (pairs of quotes in one
cluster; a quote maps to the gold quote whose span it overlaps by half), links across stories
(must be 0), clusters spanning 2+ stories, differences and high ones, differences per quote, the
largest cluster; then the growth exponents log(t2/t1)/log(n2/n1). Exit status 0.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import math
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_align  # noqa: E402
import variants as V  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

# Written for this benchmark, not taken from quotecmp: the words a house style shares across
# unrelated stories.
FUNCTION = frozenset("""
a an the this that these those some any each every no none all both either neither other another
such what which who whom whose whoever whatever when where why how than then there here
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves one ones
be am is are was were been being have has had having do does did doing done
will would shall should can could may might must ought
not n't nor never yes
and or but if because as until while although though unless since so yet
of at by for with about against between into through during before after above below to from up
down in out on off over under again further once upon within without across along around among
toward towards onto beyond despite per via like near
very too also just only even still already much many more most less least few several own same
again ever always often sometimes
""".split())
REPORTING = frozenset("""
say says said saying tell tells told telling add adds added adding ask asks asked asking
according state states stated explain explains explained note notes noted write writes wrote
written continue continues continued argue argues argued claim claims claimed insist insists
insisted reply replies replied recall recalls recalled warn warns warned declare declares declared
announce announces announced tweet tweets tweeted suggest suggests suggested acknowledge
acknowledged admit admits admitted remark remarked observe observed respond responds responded
testify testified
""".split())
CLITICS = frozenset("s d m re ve ll".split())
HONORIFICS = frozenset("mr mrs ms dr rev sen rep gov gen sir lt col sgt jr sr st".split())
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"


def pseudo(word: str, replica: int) -> str:
    """A pronounceable pseudo-word of the same length and case pattern, fixed per replica."""
    h = hashlib.blake2b(f"{replica}:{word.lower()}".encode(), digest_size=16).digest()
    letters = [(CONSONANTS if i % 2 == 0 else VOWELS)[h[i % 16] % (14 if i % 2 == 0 else 5)]
               for i in range(len(word))]
    out = "".join(c.upper() if o.isupper() else c for c, o in zip(letters, word))
    return out


def split_clitic(w: str) -> tuple[str, str, str]:
    for sep in ("'", "\u2019"):
        if sep in w:
            return w.partition(sep)
    return w, "", ""


def disguise(text: str, replica: int) -> str:
    """The text with its content words and digits replaced (lengths kept); replica 0 as is."""
    if replica == 0:
        return text

    def word(m: re.Match) -> str:
        w = m.group()
        stem, sep, clitic = split_clitic(w)
        if sep:
            # "don't", "we're", "I'm" are function words; "Trump's" is a name and its clitic
            if clitic.lower() == "t" or stem.lower() in FUNCTION:
                return w
            if clitic.lower() not in CLITICS:
                clitic = word_of(clitic)   # O'Neill
            return word_of(stem) + sep + clitic
        return word_of(w)

    def word_of(w: str) -> str:
        low = w.lower()
        if len(w) <= 2 or low in FUNCTION or low in REPORTING or low in HONORIFICS:
            return w
        return pseudo(w, replica)

    text = WORD.sub(word, text)
    digits = list("0123456789")    # a permutation of the digits per story
    seed = hashlib.blake2b(f"digits:{replica}".encode(), digest_size=8).digest()
    for i in range(9, 0, -1):
        j = seed[i % 8] % (i + 1)
        digits[i], digits[j] = digits[j], digits[i]
    return re.sub(r"\d", lambda m: digits[int(m.group())], text)


def build(articles: list[dict], n_files: int, n_variants: int, seed: int):
    """Files (id, text, story) and the truth: file id -> [(start, end, utterance key)]."""
    per_story = n_variants + 1
    files, truth = [], {}
    for k in range(math.ceil(n_files / per_story)):
        art = articles[k % len(articles)]
        replica = k // len(articles)
        story = f"s{k:05d}"
        outs = None
        for attempt in range(5):    # the generator refuses a few seeds (overlapping edits)
            try:
                outs = V.make_variants(art, n_variants=n_variants,
                                       seed=f"{seed}:{replica}:{art['id']}" + ":" * attempt,
                                       usage=collections.Counter())
                break
            except ValueError:
                continue
        if outs is None:
            continue
        for j, v in enumerate(outs):
            fid = f"{story}-{j}"     # 0 the article as written, then its variants
            files.append((fid, disguise(v.text, k + 1), story))
            truth[fid] = [(o.start, o.end, (story, o.utterance)) for o in v.occurrences
                          if o.start is not None]
    return files[:n_files], truth


def wire(articles: list[dict], n: int, seed: int):
    """One article printed by ``n`` outlets."""
    art = max(articles[:20], key=lambda a: len(a["quotes"]))
    outs = V.make_variants(art, n_variants=n - 1, seed=f"{seed}:wire", usage=collections.Counter())
    files = [(f"w{i:05d}", v.text, "s0") for i, v in enumerate(outs)]
    truth = {f"w{i:05d}": [(o.start, o.end, ("s0", o.utterance)) for o in v.occurrences
                           if o.start is not None] for i, v in enumerate(outs)}
    return files, truth


def label(quotes, truth) -> dict[str, tuple | None]:
    out = {}
    for q in quotes:
        best, best_ov = None, 0
        for s, e, key in truth.get(q["source"], ()):
            ov = min(q["end"], e) - max(q["start"], s)
            if ov > 0 and ov >= 0.5 * min(q["end"] - q["start"], e - s) and ov > best_ov:
                best, best_ov = key, ov
        out[q["id"]] = best
    return out


def score(quotes, clusters, n_diff, n_high, story_of, truth) -> dict:
    lab = label(quotes, truth)
    src = {q["id"]: q["source"] for q in quotes}
    got, cross, cross_clusters, biggest = set(), 0, 0, 0
    for members in clusters:
        biggest = max(biggest, len(members))
        stories = {story_of[src[i]] for i in members}
        if len(stories) > 1:
            cross_clusters += 1
        for x, y in itertools.combinations(sorted(members), 2):
            if story_of[src[x]] != story_of[src[y]]:
                cross += 1
            if lab.get(x) and lab.get(y):
                got.add((x, y))
    by_utt = collections.defaultdict(list)
    for i, u in lab.items():
        if u:
            by_utt[u].append(i)
    want = {p for ids in by_utt.values() for p in itertools.combinations(sorted(ids), 2)}
    good = {p for p in got if lab[p[0]] == lab[p[1]]}
    return {"quotes": len(quotes), "clusters": len(clusters),
            "P": round(len(good) / max(1, len(got)), 4), "R": round(len(got & want) / max(1, len(want)), 4),
            "cross_links": cross, "cross_clusters": cross_clusters, "differences": n_diff,
            "high": n_high, "diff_per_quote": round(n_diff / max(1, len(quotes)), 3),
            "largest": biggest}


def run_compare(files, truth, tmp: pathlib.Path) -> dict:
    folder = tmp / f"compare-{len(files)}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for fid, text, _ in files:
        (folder / f"{fid}.txt").write_text(text, encoding="utf-8")
    out = tmp / f"compare-{len(files)}.json"
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quotecmp", "compare", str(folder), "-o", str(out),
                             "-f", "json"], env={**os.environ, "PYTHONPATH": path},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"compare exited {status}: {err.strip()}")
    data = json.loads(out.read_text(encoding="utf-8"))
    story_of = {fid: story for fid, _, story in files}
    res = score(data["quotes"], [c["quotes"] for c in data["clusters"]], len(data["differences"]),
                sum(1 for d in data["differences"] if d["severity"] == "high"), story_of, truth)
    return {"seconds": round(seconds, 2), "rss_mb": round(usage.ru_maxrss / 1024), **res}


CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from quotecmp.corpus import run_corpus
t = time.perf_counter()
run_corpus([{path!r}], {out!r}, workers=2, chunk_rows=500, engine={engine!r})
print(json.dumps({{"seconds": time.perf_counter() - t}}))
"""


def run_corpus(files, truth, tmp: pathlib.Path, engine: str) -> dict:
    import pandas as pd
    path = tmp / f"corpus-{len(files)}.jsonl"
    if not path.exists():
        with path.open("w", encoding="utf-8") as fh:
            for fid, text, _ in files:
                fh.write(json.dumps({"id": fid, "outlet": f"outlet {fid.rsplit('-', 1)[-1]}",
                                     "text": text}) + "\n")
    out = tmp / f"corpus-{len(files)}-{engine}"
    code = CHILD.format(root=str(ROOT), path=str(path), out=str(out), engine=engine)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"corpus ({engine}) failed: {proc.stderr.strip()[-2000:]}")
    seconds = json.loads(proc.stdout.strip().splitlines()[-1])["seconds"]
    quotes = pd.read_parquet(out / "quotes.parquet", columns=["id", "source", "start", "end"])
    # corpus source ids are "stem:n" for row n of the file: map them back to the row's own id
    rows = [fid for fid, _, _ in files]
    src_id = {f"{path.stem}:{i + 1}": fid for i, fid in enumerate(rows)}
    qs = [{"id": i, "source": src_id.get(s, s), "start": int(a), "end": int(b)}
          for i, s, a, b in zip(quotes["id"], quotes["source"], quotes["start"], quotes["end"])]
    clusters = [m.split("|") for m in pd.read_parquet(out / "clusters.parquet", columns=["quotes"])["quotes"]]
    diffs = pd.read_parquet(out / "differences.parquet", columns=["severity"])
    story_of = {fid: story for fid, _, story in files}
    story_of.update({k: story_of[v] for k, v in src_id.items()})
    res = score(qs, clusters, len(diffs), int((diffs["severity"] == "high").sum()), story_of, truth)
    return {"seconds": round(seconds, 2), **res}


def same_tables(a: pathlib.Path, b: pathlib.Path) -> bool:
    import pandas as pd
    for name in ("quotes", "clusters", "differences"):
        x = pd.read_parquet(a / f"{name}.parquet")
        y = pd.read_parquet(b / f"{name}.parquet")
        key = list(x.columns[:3])
        x = x.sort_values(key).reset_index(drop=True)
        y = y.sort_values(key).reset_index(drop=True)
        if not x.equals(y):
            return False
    return True


def exponents(label_: str, runs: list[tuple[int, float]]) -> None:
    for (n1, t1), (n2, t2) in zip(runs, runs[1:]):
        print(f"{label_}: growth exponent {n1}->{n2}: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--files", type=int, nargs="*", default=[500, 2000])
    ap.add_argument("--variants", type=int, default=3)
    ap.add_argument("--corpus", type=int, nargs="*", default=[])
    ap.add_argument("--engine", nargs="+", default=["local"], choices=["local", "dask"])
    ap.add_argument("--wire", type=int, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=pathlib.Path, help="write the generated files here")
    args = ap.parse_args(argv)
    gold = POLNEAR / f"{args.split}.jsonl"
    if not gold.exists():
        print(f"no {gold}: nothing to measure")
        return 0
    articles = [a for a in eval_align.load_polnear(gold) if a["quotes"]]
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = args.keep or pathlib.Path(tmpname)
        tmp.mkdir(parents=True, exist_ok=True)
        runs = []
        for n in args.files:
            files, truth = build(articles, n, args.variants, args.seed)
            r = run_compare(files, truth, tmp)
            print(json.dumps({"run": "compare", "files": n, **r}), flush=True)
            runs.append((n, r["seconds"]))
        exponents("compare", runs)
        runs = []
        for n in args.wire:
            files, truth = wire(articles, n, args.seed)
            r = run_compare(files, truth, tmp)
            print(json.dumps({"run": "wire", "files": n, **r}), flush=True)
            runs.append((n, r["seconds"]))
        exponents("wire", runs)
        by_engine: dict[str, list] = collections.defaultdict(list)
        for n in args.corpus:
            files, truth = build(articles, n, args.variants, args.seed)
            for engine in args.engine:
                r = run_corpus(files, truth, tmp, engine)
                print(json.dumps({"run": f"corpus/{engine}", "articles": n, **r}), flush=True)
                by_engine[engine].append((n, r["seconds"]))
            if len(args.engine) > 1:
                outs = [tmp / f"corpus-{n}-{e}" for e in args.engine]
                print(f"corpus {n}: tables identical between engines: "
                      f"{all(same_tables(outs[0], o) for o in outs[1:])}")
        for engine, r in by_engine.items():
            exponents(f"corpus/{engine}", r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
