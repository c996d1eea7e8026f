"""Score alignment and difference kinds on generated multi-outlet variants of annotated articles.

    python bench/eval_align.py [--gold bench/extract_gold/articles.jsonl] [--seed 1] [--rounds 3]
                               [--variants 3 4] [--all-pairs] [--details] [--limit 8]
                               [--json OUT] [--dump DIR]

For every English article of the annotated set (bench/extract_gold/articles.jsonl) it writes 3-4
"outlet" variants with bench/variants.py: a random subset of the gold quotes gets ONE known edit
each (wording, truncated, number_changed, negation_changed, cue_verb, misattributed,
quote_marks_lost, typography), a few quotes are dropped (paragraph removed), two adjacent
paragraphs are sometimes swapped, and every gold quote is tracked to its span in every variant.
The original and its variants (one story) go through ``compare_sources`` together, one
Comparison per article. --rounds pools several generations (seeds SEED, SEED+1, ...) for larger
samples per kind; the same seed always gives the same variants (--dump writes them out).

Predicted quotes map to the gold quote (utterance) of their source whose tracked span they
overlap most (overlap >= 50% of the shorter of the two).

- links: pairs of (source, utterance) occurrences in different sources. Gold: every pair of
  printings of one utterance. Predicted: every cross-source pair of mapped quotes in one cluster
  (deduplicated). A pair that joins a mapped quote with an unmapped one (an extraction the gold
  does not list) is reported apart, not scored. Recall counts utterances the pipeline did not
  extract; "extracted R" only pairs whose two printings were both extracted.
- kinds: by default over (original, variant) pairs of each utterance the variant prints: the edit
  of the variant says which kinds a difference must name (wording; truncated; number_changed and
  negation_changed, wording allowed; cue_verb, misattributed and quote_marks_lost with identical
  text; typography for other quote marks; identical for untouched quotes). A kind is a true
  positive when required and named, a false negative when required and not named (also when the
  two printings are not linked at all: column `unlinked`), a false positive when named and
  neither required nor allowed. One convention: when a changed verb also attributes a following
  quote that has no verb of its own ("X," Reed said. "Y."), cue_verb on Y is allowed, not
  required (a misattribution there is required: the reader gives Y to the new name too).
  --all-pairs also scores pairs of two variants (expected kinds follow from both edits, see
  variants.expected_kinds).

--details lists link failures grouped by cause and the edits involved, and kind failures grouped
by edit, missing and extra kinds, with both printings' text, kind, speaker, mention and cue.
Deterministic for a given --seed. The last line is a one-line summary; exit status 0.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import variants as V  # noqa: E402
from quotecmp.models import DIFFERENCE_KINDS, Options, Source  # noqa: E402
from quotecmp.pipeline import compare_sources  # noqa: E402

GOLD = ROOT / "bench" / "extract_gold" / "articles.jsonl"


POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
_MARKS = "\"'“”‘’«»„‚‹›"


def load(path: pathlib.Path, langs: set[str] | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if langs is None or r["lang"] in langs]


def load_polnear(path: pathlib.Path) -> list[dict]:
    """PolNeAR articles as the variant generator reads gold: quote words without their marks,
    the speaker as the annotators wrote it (the truth compares speakers only with themselves)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        text, quotes = r["text"], []
        for q in sorted(r["quotes"], key=lambda q: q["start"]):
            a, b = q["start"], q["end"]
            while a < b and (text[a].isspace() or text[a] in _MARKS):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in _MARKS):
                b -= 1
            if b <= a or (quotes and a < quotes[-1]["end"]) or "\n" in text[a:b]:
                continue   # nested or multi-paragraph quotes are not edited
            quotes.append({"text": text[a:b], "start": a, "end": b, "kind": q["kind"],
                           "speaker": q.get("speaker")})
        out.append({"id": r["id"].rsplit("/", 1)[-1][:60], "lang": "en", "text": text,
                    "quotes": quotes})
    return out


def map_quotes(result, story: list[V.Variant]) -> dict[str, tuple[str, str] | None]:
    """Predicted quote id -> (source, utterance) of the gold quote it prints, or None."""
    occ = {v.id: [o for o in v.occurrences if o.start is not None] for v in story}
    label = {}
    for q in result.quotes:
        best, best_ov = None, 0
        for o in occ.get(q.source, ()):
            ov = min(q.end, o.end) - max(q.start, o.start)
            if ov > 0 and ov >= 0.5 * min(q.end - q.start, o.end - o.start) and ov > best_ov:
                best, best_ov = o, ov
        label[q.id] = (q.source, best.utterance) if best else None
    return label


class Tally:
    def __init__(self):
        self.kind = {k: collections.Counter() for k in DIFFERENCE_KINDS}
        self.links = collections.Counter()
        self.failures: list[dict] = []
        self.link_failures: list[dict] = []

    def score_pair(self, must, ok, pred, unlinked, info):
        for k in DIFFERENCE_KINDS:
            c = self.kind[k]
            if k in must:
                c["expected"] += 1
                if k in pred:
                    c["tp"] += 1
                else:
                    c["fn"] += 1
                    if unlinked:
                        c["unlinked"] += 1
            elif k in pred and k not in ok:
                c["fp"] += 1
        missing = sorted(must - pred)
        extra = sorted(pred - must - ok)
        if missing or extra:
            self.failures.append({**info, "must": sorted(must), "ok": sorted(ok),
                                  "pred": sorted(pred), "missing": missing, "extra": extra,
                                  "unlinked": unlinked})


def evaluate(articles, seeds: list[int], n_range: tuple[int, int], all_pairs: bool,
             options: Options, dump: pathlib.Path | None = None) -> tuple[Tally, dict]:
    tally_ov, tally_vv = Tally(), Tally()
    # edits are balanced per round, so round SEED of a pooled run is the run of --seed SEED
    usage: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    stats = collections.Counter()
    for seed, art in ((sd, a) for sd in seeds for a in articles):
        n = random.Random(f"{seed}:{art['id']}:n").randint(*n_range)
        tag = art["id"] if len(seeds) == 1 else f"{art['id']}@{seed}"
        story = V.make_variants(art, n, f"{seed}:{art['id']}", usage[seed])
        sources = [Source(id=v.id, path=v.id + ".txt", outlet=v.id, lang="en", story=art["id"],
                          text=v.text) for v in story]
        if dump:
            out = dump / f"seed{seed}"
            out.mkdir(parents=True, exist_ok=True)
            for v in story:
                (out / f"{v.id}.txt").write_text(v.text, encoding="utf-8")
            (out / f"{art['id']}.truth.json").write_text(json.dumps(
                [{"source": v.id, "notes": v.notes,
                  "occurrences": [o.__dict__ for o in v.occurrences]} for v in story],
                ensure_ascii=False, indent=1), encoding="utf-8")
        result = compare_sources(sources, options)
        quotes = {q.id: q for q in result.quotes}
        label = map_quotes(result, story)
        stats["sources"] += len(sources)
        stats["quotes"] += len(result.quotes)
        stats["unmapped"] += sum(1 for v in label.values() if v is None)
        occ = {(v.id, o.utterance): o for v in story for o in v.occurrences if o.start is not None}
        stats["occurrences"] += len(occ)
        extracted = {lab for lab in label.values() if lab}
        stats["extracted"] += len(extracted)
        cluster_of = {}
        for c in result.clusters:
            for qid in c.quotes:
                cluster_of[qid] = c.id
        # ---- links
        pred, pred_unlabelled = set(), 0
        for c in result.clusters:
            for a, b in itertools.combinations(c.quotes, 2):
                if quotes[a].source == quotes[b].source:
                    continue
                la, lb = label[a], label[b]
                if la and lb:
                    pair = tuple(sorted((la, lb)))
                    if pair not in pred and la[1] != lb[1]:
                        tally_ov.link_failures.append({
                            "type": "false link", "article": tag,
                            "a": (la[0], quotes[a].text), "b": (lb[0], quotes[b].text),
                            "utterances": (la[1], lb[1])})
                    pred.add(pair)
                else:
                    pred_unlabelled += 1
        gold = set()
        by_utt = collections.defaultdict(list)
        for key in occ:
            by_utt[key[1]].append(key)
        for keys in by_utt.values():
            for x, y in itertools.combinations(sorted(keys), 2):
                gold.add((x, y))
        tp = len(pred & gold)
        stats["link_tp"] += tp
        stats["link_pred"] += len(pred)
        stats["link_gold"] += len(gold)
        stats["link_gold_extracted"] += sum(1 for p in gold
                                            if p[0] in extracted and p[1] in extracted)
        stats["link_unlabelled"] += pred_unlabelled
        by_label = collections.defaultdict(list)
        for qid, lab in label.items():
            if lab:
                by_label[lab].append(qid)
        for x, y in sorted(gold - pred):
            qa, qb = by_label.get(x, []), by_label.get(y, [])
            tally_ov.link_failures.append({
                "type": "missed link", "article": tag, "utterance": x[1],
                "a": (x[0], occ[x].edit, occ[x].text, [quotes[q].text for q in qa]),
                "b": (y[0], occ[y].edit, occ[y].text, [quotes[q].text for q in qb]),
                "why": ("not extracted in " + ", ".join(s for s, qs in ((x[0], qa), (y[0], qb))
                                                        if not qs)) if not (qa and qb)
                       else "extracted, different clusters"})
        # ---- kinds
        diff_of = {}
        for d in result.differences:
            la, lb = label.get(d.a), label.get(d.b)
            if la and lb and la[1] == lb[1]:
                diff_of.setdefault((la, lb), d)
                diff_of.setdefault((lb, la), d)
        orig = story[0].id
        for x, y in sorted(gold):
            is_ov = orig in (x[0], y[0])
            if not is_ov and not all_pairs:
                continue
            if is_ov and y[0] == orig:
                x, y = y, x
            ox, oy = occ[x], occ[y]
            must, ok = V.expected_kinds(ox, oy)
            d = diff_of.get((x, y))
            pred_kinds = set(d.kinds) if d else set()
            info = {"article": tag, "a": x[0], "b": y[0], "utterance": x[1],
                    "edit": oy.edit if is_ov else f"{ox.edit} | {oy.edit}",
                    "detail": oy.detail if is_ov else f"{ox.detail} | {oy.detail}",
                    "gold_a": ox.text, "gold_b": oy.text}
            if d:
                qa, qb = quotes[d.a], quotes[d.b]
                if label[d.a] != x:
                    qa, qb = qb, qa
                info.update(text_a=qa.text, text_b=qb.text, kind_a=qa.kind, kind_b=qb.kind,
                            speaker_a=qa.speaker, speaker_b=qb.speaker, cue_a=qa.cue,
                            cue_b=qb.cue, sim=round(d.similarity, 3),
                            mention_a=qa.speaker_mention, mention_b=qb.speaker_mention)
            (tally_ov if is_ov else tally_vv).score_pair(must, ok, pred_kinds, d is None, info)
        stats["edits"] += sum(1 for v in story[1:] for o in v.occurrences if o.edit != "none")
    stats.update({f"usage_{k}": sum(u[k] for u in usage.values()) for k in V.EDITS})
    return (tally_ov, tally_vv), stats


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kind_table(t: Tally, title: str) -> tuple[list[str], dict]:
    lines = [title, f"  {'kind':18} {'expected':>8} {'tp':>5} {'fp':>5} {'fn':>5} {'unlinked':>8}"
                    f" {'P':>6} {'R':>6}"]
    out = {}
    for k in DIFFERENCE_KINDS:
        c = t.kind[k]
        p, r, _ = prf(c["tp"], c["fp"], c["fn"])
        out[k] = {"expected": c["expected"], "tp": c["tp"], "fp": c["fp"], "fn": c["fn"],
                  "unlinked": c["unlinked"], "p": round(p, 3), "r": round(r, 3)}
        flag = "" if (p >= 0.9 and r >= 0.9) else "   <"
        lines.append(f"  {k:18} {c['expected']:8d} {c['tp']:5d} {c['fp']:5d} {c['fn']:5d} "
                     f"{c['unlinked']:8d} {p:6.3f} {r:6.3f}{flag}")
    return lines, out


def show_failures(t: Tally, limit: int) -> None:
    groups = collections.defaultdict(list)
    for f in t.failures:
        key = (f["edit"], "unlinked" if f["unlinked"] else "",
               "missing " + ",".join(f["missing"]) if f["missing"] else "",
               "extra " + ",".join(f["extra"]) if f["extra"] else "")
        groups[key].append(f)
    for key, fs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== edit {key[0]}: {' '.join(x for x in key[1:] if x)} ({len(fs)})")
        for f in fs[:limit]:
            print(f"  [{f['article']}] {f['a'].split('~')[1]} vs {f['b'].split('~')[1]}: "
                  f"{f['detail']}  expected {f['must']} (ok {f['ok']}) predicted {f['pred']}")
            if "text_a" in f:
                print(f"     a: {f['text_a']!r} ({f['kind_a']}; {f['speaker_a']!r} via "
                      f"{f['mention_a']!r}, cue {f['cue_a']!r})")
                print(f"     b: {f['text_b']!r} ({f['kind_b']}; {f['speaker_b']!r} via "
                      f"{f['mention_b']!r}, cue {f['cue_b']!r}) sim {f['sim']}")
            else:
                print(f"     gold a: {f['gold_a']!r}")
                print(f"     gold b: {f['gold_b']!r}")


def show_link_failures(t: Tally, limit: int) -> None:
    groups = collections.defaultdict(list)
    for f in t.link_failures:
        key = f["type"]
        if "why" in f:
            key += ": " + f["why"].split(" in ")[0] + " | edits " + " + ".join(
                sorted((f["a"][1], f["b"][1])))
        groups[key].append(f)
    for key, fs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n== {key} ({len(fs)})")
        for f in fs[:limit]:
            if f["type"] == "false link":
                print(f"  [{f['article']}] {f['utterances']}\n     {f['a']!r}\n     {f['b']!r}")
            else:
                print(f"  [{f['article']}] {f['utterance']} {f['why']}")
                for src, edit, gold_text, predicted in (f["a"], f["b"]):
                    print(f"     {src.split('~')[1]} ({edit}): {gold_text!r} -> {predicted!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=pathlib.Path, default=GOLD)
    ap.add_argument("--polnear", action="store_true",
                    help=f"make the variants from PolNeAR dev ({POLNEAR}) instead of --gold")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3,
                    help="generate and pool this many rounds (seeds SEED, SEED+1, ...)")
    ap.add_argument("--variants", type=int, nargs=2, default=(3, 4), metavar=("MIN", "MAX"))
    ap.add_argument("--langs", default="en", help="comma-separated, or 'all' (edits are English)")
    ap.add_argument("--all-pairs", action="store_true", help="also score pairs of two variants")
    ap.add_argument("--details", action="store_true", help="list failures grouped by cause")
    ap.add_argument("--limit", type=int, default=8, help="examples per failure group")
    ap.add_argument("--json", type=pathlib.Path)
    ap.add_argument("--dump", type=pathlib.Path, help="write every variant's text and truth to DIR/seed<N>/")
    args = ap.parse_args(argv)
    langs = None if args.langs == "all" else set(args.langs.split(","))
    if args.polnear:
        if not POLNEAR.exists():
            print(f"align-gold: {POLNEAR} not found; nothing to measure")
            return 0
        articles = load_polnear(POLNEAR)
    else:
        articles = load(args.gold, langs)
    started = time.perf_counter()
    seeds = list(range(args.seed, args.seed + args.rounds))
    (ov, vv), st = evaluate(articles, seeds, tuple(args.variants), args.all_pairs, Options(),
                             args.dump)
    elapsed = time.perf_counter() - started
    lp, lr, lf = prf(st["link_tp"], st["link_pred"] - st["link_tp"],
                     st["link_gold"] - st["link_tp"])
    _, lr_x, _ = prf(st["link_tp"], 0, st["link_gold_extracted"] - st["link_tp"])
    print(f"align-gold: {len(articles)} articles x {len(seeds)} rounds, {st['sources']} sources, "
          f"{st['occurrences']} gold printings ({st['extracted']} extracted), {st['edits']} edits; "
          f"{st['quotes']} predicted quotes ({st['unmapped']} not in the gold); {elapsed:.1f} s")
    print("edits made: " + ", ".join(f"{k} {st.get('usage_' + k, 0)}" for k in V.EDITS))
    print(f"links: P {lp:.3f} R {lr:.3f} F1 {lf:.3f} (pred {st['link_pred']}, gold "
          f"{st['link_gold']}, tp {st['link_tp']}); extracted R {lr_x:.3f}; "
          f"{st['link_unlabelled']} links to quotes not in the gold")
    lines, kinds = kind_table(ov, "kinds over (original, variant) pairs:")
    print("\n".join(lines))
    kinds_vv = None
    if args.all_pairs:
        lines, kinds_vv = kind_table(vv, "kinds over (variant, variant) pairs:")
        print("\n".join(lines))
    if args.details:
        print("\n######## link failures")
        show_link_failures(ov, args.limit)
        print("\n######## kind failures, (original, variant) pairs")
        show_failures(ov, args.limit)
        if args.all_pairs:
            print("\n######## kind failures, (variant, variant) pairs")
            show_failures(vv, args.limit)
    if args.json:
        args.json.write_text(json.dumps({
            "links": {"p": lp, "r": lr, "f1": lf, "extracted_r": lr_x}, "kinds": kinds,
            "kinds_variant_pairs": kinds_vv, "stats": dict(st),
            "failures": ov.failures + vv.failures, "link_failures": ov.link_failures},
            ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    summary = ", ".join(f"{k} {v['p']:.2f}/{v['r']:.2f}" for k, v in kinds.items())
    print(f"align-gold: links P{lp:.3f} R{lr:.3f} F1 {lf:.3f}; kinds (P/R): {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
