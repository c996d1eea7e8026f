"""Quote extraction and attribution on real annotated news nobody here wrote (PolNeAR).

    python bench/eval_polnear.py [--split dev] [--errors 20] [--json OUT] [--write-confidence]
                                 [--restyle one-line|straight|single]

PolNeAR (Newell, Margolin & Ruths, LREC 2018): US election coverage from seven publishers with
every quote's span, source and cue as its annotators marked them. The articles live in
``../shared/data/polnear/{train,dev}.jsonl`` and are never copied into this repository; this
script reads them from there and exits 0 with a note when they are absent (a user's clone).

It runs extraction in this process (``quotecmp.quotes_of`` with the language detected as
``quotecmp extract`` does) and scores with the shared scorer (``../shared/tools/score_quotes.py``),
so the figures are the ones that tool prints. Beyond them it prints, per attribution rule, how
many matched quotes with an annotated speaker the rule chose and how often it was right: the
rule's precision. ``--write-confidence`` stores those precisions, measured on dev, as the
confidence every quote of that rule carries (``quotecmp/rule_precision.json``).

Learn on train, report dev.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "polnear"
SCORER = SHARED / "tools" / "score_quotes.py"
CONFIDENCE = ROOT / "quotecmp" / "rule_precision.json"


def scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def available() -> bool:
    return (DATA / "dev.jsonl").exists() and SCORER.exists()


def predict(records: list[dict]) -> tuple[list[dict], float]:
    """Predictions in the scorer's format, and the seconds extraction took (no file I/O)."""
    from quotecmp.load import detect_language
    from quotecmp.models import Source
    from quotecmp.pipeline import quotes_of
    sources = [Source(id=r["id"], path=f"{n}.txt", text=r["text"], lang=detect_language(r["text"]))
               for n, r in enumerate(records)]
    quotes_of(sources[0])   # compiled patterns and word lists, outside the timing
    started = time.perf_counter()
    quotes = [quotes_of(s) for s in sources]
    took = time.perf_counter() - started
    preds = []
    for s, qs in zip(sources, quotes):
        for q in qs:
            d = q.to_dict()
            d["doc"] = s.id
            preds.append(d)
    return preds, took


def matched(sq, records: list[dict], preds: list[dict]):
    """(gold quote, predicted quote) for every pair the shared scorer matches."""
    by_doc = collections.defaultdict(list)
    for p in preds:
        by_doc[p["doc"]].append(p)
    for rec in records:
        text, gold, pr = rec["text"], rec["quotes"], by_doc.get(rec["id"], [])
        g_spans = [sq.trim(text, q["start"], q["end"]) for q in gold]
        p_spans = [sq.trim(text, p["start"], p["end"]) for p in pr]
        for i, j, _ in sq.match(g_spans, p_spans):
            yield gold[i], pr[j]


def speaker_right(sq, gold: dict, pred: dict) -> bool | None:
    """The scorer's test for one matched pair (None when the gold has no scorable speaker)."""
    gs = gold.get("speaker")
    if not gs or all(w in sq.VERB_SLIPS for w in sq.words(gs)):
        return None
    ps, pm = pred.get("speaker") or "", pred.get("speaker_mention") or ""
    if sq.is_pronoun(gs):
        return bool(set(sq.words(gs)) & set(sq.words(pm))) or sq.is_name(ps)
    return bool(sq.head_words(gs) & (set(sq.words(ps)) | set(sq.words(pm))))


def speaker_field_only(sq, records: list[dict], preds: list[dict]) -> tuple[int, int]:
    """Named gold speakers whose head word is in our resolved ``speaker`` itself (right, n).

    The shared scorer also credits the mention as printed, so "Allan Lichtman" said by a quote
    we gave to Donald Trump still counts; this stricter figure does not (and is a lower bound:
    "the president" resolved to Obama counts as wrong)."""
    right = n = 0
    for g, p in matched(sq, records, preds):
        gs = g.get("speaker")
        if not gs or sq.is_pronoun(gs) or all(w in sq.VERB_SLIPS for w in sq.words(gs)):
            continue
        n += 1
        right += bool(sq.head_words(gs) & set(sq.words(p.get("speaker") or "")))
    return right, n


def kind_agreement(sq, records: list[dict], preds: list[dict]) -> tuple[int, int]:
    """Matched quotes whose kind (direct: a statement; partial: a few words of the writer's
    sentence) is the annotators' (right, n)."""
    right = n = 0
    for g, p in matched(sq, records, preds):
        if g.get("kind") in ("direct", "partial"):
            n += 1
            right += g["kind"] == p.get("kind")
    return right, n


def per_rule(sq, records: list[dict], preds: list[dict]) -> dict[str, dict]:
    """Per attribution rule: matched quotes with an annotated speaker, and how many it got right."""
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for g, p in matched(sq, records, preds):
        ok = speaker_right(sq, g, p)
        if ok is None:
            continue
        rule = p.get("attribution") or "none"
        table[rule]["n"] += 1
        table[rule]["right"] += ok
        if not sq.is_pronoun(g["speaker"]):
            table[rule]["named_n"] += 1
            table[rule]["named_right"] += ok
    return {rule: dict(c) for rule, c in sorted(table.items())}


# Other corpora print news otherwise: one article per line, typewriter marks, British single
# marks. Each restyling keeps every character's offset, so the gold spans still hold.
RESTYLES = {
    "none": lambda text: text,
    "one-line": lambda text: text.replace("\n", " "),
    "straight": lambda text: text.translate(str.maketrans("“”‘’", "\"\"''")),
    "single": lambda text: _british(text),
}


def _british(text: str) -> str:
    """Single marks outside, double inside, as British papers print them: “ ” become ‘ ’, a
    ‘ and the ’ that closes it (not an apostrophe, which a letter follows) become “ ”, a
    typewriter " becomes ' and a pair of typewriter ' becomes ". The NYT archive's '' is left
    alone."""
    out = list(text)
    opened: list[int] = []
    straight: list[int] = []
    for i, ch in enumerate(text):
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if ch == "‘":
            opened.append(i)
        elif ch == "’" and opened and not after.isalpha():
            out[opened.pop()], out[i] = "“", "”"
        elif ch == "'" and after != "'" and before != "'":
            if (not before or before.isspace()) and after.isalnum():
                straight.append(i)
            elif straight and not after.isalnum() and (before.isalnum() or before in ".,!?"):
                out[straight.pop()], out[i] = '"', '"'
    for i, ch in enumerate(text):
        if ch in "“”":
            out[i] = "‘" if ch == "“" else "’"
        elif ch == '"':
            out[i] = "'"
    return "".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--errors", type=int, default=0, help="list this many speaker misses")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--write-confidence", action="store_true",
                    help="store the per-rule precisions (dev only) as the rules' confidences")
    ap.add_argument("--restyle", default="none", choices=sorted(RESTYLES),
                    help="print the articles another way first (same offsets): one-line (no "
                         "paragraph breaks), straight (typewriter marks), single (British: "
                         "single marks outside)")
    args = ap.parse_args(argv)
    if not available():
        print(f"eval-polnear: {DATA} or {SCORER} not found; nothing to measure")
        return 0
    sq = scorer()
    records = sq.load_jsonl(DATA / f"{args.split}.jsonl")
    records = [dict(r, text=RESTYLES[args.restyle](r["text"])) for r in records]
    if args.write_confidence and args.restyle != "none":
        sys.exit("eval-polnear: confidences are measured on the articles as printed")
    preds, took = predict(records)
    res, misses = sq.score(records, preds)
    rules = per_rule(sq, records, preds)
    field_right, field_n = speaker_field_only(sq, records, preds)
    kind_right, kind_n = kind_agreement(sq, records, preds)
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    sq.show("speaker miss", misses["speaker"], args.errors)
    print(f"{'rule':22} {'quotes':>7} {'right':>6} {'precision':>9}   named: {'n':>5} {'P':>6}")
    for rule, c in sorted(rules.items(), key=lambda kv: -kv[1]["n"]):
        p = c.get("right", 0) / c["n"]
        nn = c.get("named_n", 0)
        npp = f"{c.get('named_right', 0) / nn:.3f}" if nn else "-"
        print(f"{rule:22} {c['n']:7d} {c.get('right', 0):6d} {p:9.3f}   {nn:13d} {npp:>6}")
    e, le = res["exact"], res["lenient"]
    print(f"named speakers whose head word is in the resolved speaker itself (not the mention): "
          f"{field_right}/{field_n} = {field_right / max(1, field_n):.3f}")
    print(f"kind (direct/partial) as annotated, of the quotes matched: "
          f"{kind_right}/{kind_n} = {kind_right / max(1, kind_n):.3f}")
    figures = {"split": args.split, **res, "rules": rules, "seconds": took,
               "speaker_field_only": field_right / max(1, field_n),
               "kind": kind_right / max(1, kind_n),
               "mb_per_s": size / 1e6 / took}
    style = "" if args.restyle == "none" else f" restyled {args.restyle}"
    print(f"eval-polnear {args.split}{style}: {res['articles']} articles, gold {res['gold']}, "
          f"predicted {res['pred']} | exact P/R/F1 {e['p']:.3f}/{e['r']:.3f}/{e['f1']:.3f} | "
          f"lenient F1 {le['f1']:.3f} | speaker named {res['speaker_named']:.3f} "
          f"(n={res['speaker_named_n']}) all {res['speaker_all']:.3f} | cue {res['cue']:.3f} | "
          f"{size / 1e6:.2f} MB in {took:.2f} s = {size / 1e6 / took:.2f} MB/s on one core")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.write_confidence:
        if args.split != "dev":
            sys.exit("eval-polnear: confidences are measured on dev only")
        # add-one smoothing: a rule seen a handful of times is not called certain
        table = {rule: {"precision": round((c.get("right", 0) + 1) / (c["n"] + 2), 3),
                        "quotes": c["n"]}
                 for rule, c in rules.items() if rule != "none"}
        CONFIDENCE.write_text(json.dumps(
            {"measured_on": "PolNeAR dev (84 articles), bench/eval_polnear.py --write-confidence",
             "rules": table}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"eval-polnear: wrote {CONFIDENCE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
