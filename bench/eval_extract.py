"""Score quote extraction and attribution on the hand-annotated news set.

    python bench/eval_extract.py [--gold bench/extract_gold/articles.jsonl] [--details]
                                 [--baseline] [--json OUT]

The gold (bench/extract_gold/articles.jsonl, built by bench/extract_gold/build.py) is 40 articles
written for this benchmark in US wire, British, French, German and Spanish conventions plus
scraped pages with furniture and machine-translation breakage. See build.py for the annotation
conventions.

Measures, per article then summed (micro averages):

- span: a predicted quote matches a gold quote iff same start and end (one to one).
  Precision / recall / F1 over all quotes. Predictions that lie on an `ignore` span (a quote
  nested inside a quote) are neither rewarded nor counted as false positives.
- lenient: one-to-one matching where the overlap covers >= 50% of both spans.
- speaker: over exact-span matches, predicted speaker == gold speaker (case-insensitive, after
  stripping titles such as Mr/Dr/Gov./Sen./M./Me/Frau/Sr. and a leading article); the lenient
  variant accepts a prediction that contains the gold's last word ("Stoltenberg").
  `attributed` = exact span and exact speaker, over all gold quotes (an end-to-end recall).
- kind: over exact-span matches, predicted kind == gold kind (direct / partial).
- not_quotes: gold spans of quoted text that is not a quotation (titles, nicknames, furniture)
  that a prediction covers (overlap >= 50% of the shorter of the two), counting predictions
  that do not leniently match a gold quote.

--baseline scores a plain regex (pairs of “…”, "…", «…», „…“, speaker None) for reference.
The last line is a one-line summary; the exit status is 0 whatever the scores.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "bench" / "extract_gold" / "articles.jsonl"


@dataclass
class Pred:
    start: int
    end: int
    text: str
    kind: str | None
    speaker: str | None


# --------------------------------------------------------------------------------- systems

def quotecmp_system(article: dict) -> list[Pred]:
    from quotecmp.models import Source
    from quotecmp.pipeline import quotes_of
    src = Source(id=article["id"], path=f"{article['id']}.txt", text=article["text"],
                 lang=article.get("lang"))
    return [Pred(q.start, q.end, q.text, q.kind, q.speaker) for q in quotes_of(src)]


_BASELINE = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"|«([^«»\n]+)»|„([^„“\n]+)“")
_WS = " \t\u00a0\u202f\u2009"


def baseline_system(article: dict) -> list[Pred]:
    out = []
    text = article["text"]
    for m in _BASELINE.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        while s < e and text[s] in _WS:
            s += 1
        while e > s and text[e - 1] in _WS:
            e -= 1
        if e > s:
            out.append(Pred(s, e, text[s:e], "direct", None))
    return out


# --------------------------------------------------------------------------------- speakers

_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "gov", "governor", "sen",
    "senator", "rep", "representative", "judge", "justice", "sir", "dame", "lord", "lady", "rev",
    "gen", "col", "capt", "lt", "sgt", "officer", "president", "chancellor", "minister",
    "councilwoman", "councilman", "councillor", "mayor", "coach", "captain",
    "m", "mme", "mlle", "me", "maître", "professeur", "docteur",
    "herr", "frau", "dr.", "sr", "sra", "srta", "don", "doña", "d",
    "the", "le", "la", "les", "l", "der", "die", "das", "el", "los", "las",
}


def norm_speaker(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).replace("’", "'").casefold().strip()
    s = re.sub(r"^l'\s*", "", s)
    words = re.findall(r"[\w'-]+", s)
    while len(words) > 1 and words[0].strip(".'") in _TITLES:
        words.pop(0)
    return " ".join(words)


def speaker_exact(gold: str | None, pred: str | None) -> bool:
    return bool(gold) and norm_speaker(gold) == norm_speaker(pred)


def speaker_lenient(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return False
    last = re.findall(r"\w+", norm_speaker(gold))[-1]
    return last in re.findall(r"\w+", norm_speaker(pred))


# --------------------------------------------------------------------------------- matching

def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def lenient_pairs(golds, preds):
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            o = _overlap(g["start"], g["end"], p.start, p.end)
            if o and o >= 0.5 * (g["end"] - g["start"]) and o >= 0.5 * (p.end - p.start):
                cands.append((-o, gi, pi))
    used_g, used_p, pairs = set(), set(), {}
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs[gi] = pi
    return pairs


def score_article(article: dict, preds: list[Pred]) -> dict:
    golds = article["quotes"]
    text = article["text"]
    ignore = [(i["start"], i["end"]) for i in article.get("ignore", [])]

    def ignored(p):
        return any(_overlap(s, e, p.start, p.end) >= 0.5 * max(1, min(e - s, p.end - p.start))
                   and abs(p.start - s) + abs(p.end - e) <= 4 for s, e in ignore)

    # exact, one to one
    by_span = collections.defaultdict(list)
    for gi, g in enumerate(golds):
        by_span[(g["start"], g["end"])].append(gi)
    exact = {}
    for pi, p in enumerate(preds):
        lst = by_span.get((p.start, p.end))
        if lst:
            exact[lst.pop(0)] = pi
    matched_p = set(exact.values())
    counted = [pi for pi, p in enumerate(preds) if pi in matched_p or not ignored(p)]
    len_pairs = lenient_pairs(golds, preds)
    len_matched_p = set(len_pairs.values())

    # not_quotes
    nq_hit = []
    for s, e in article.get("not_quote_spans", []):
        for pi, p in enumerate(preds):
            if pi in len_matched_p or pi in matched_p:
                continue
            o = _overlap(s, e, p.start, p.end)
            if o and o >= 0.5 * min(e - s, p.end - p.start):
                nq_hit.append((s, e, pi))
                break

    r = dict(gold=len(golds), pred=len(counted), tp=len(exact),
             len_tp=sum(1 for gi, pi in len_pairs.items() if pi in counted),
             spk=0, spk_len=0, kind=0, nq=len(nq_hit), nq_total=len(article.get("not_quote_spans", [])),
             misses=[], fps=[], wrong_speaker=[], wrong_kind=[], nq_hits=[])
    for gi, pi in exact.items():
        g, p = golds[gi], preds[pi]
        ok = speaker_exact(g["speaker"], p.speaker)
        r["spk"] += ok
        r["spk_len"] += speaker_lenient(g["speaker"], p.speaker)
        r["kind"] += (g["kind"] == p.kind)
        if not ok:
            r["wrong_speaker"].append(dict(gold=g, pred=p.speaker,
                                           lenient=speaker_lenient(g["speaker"], p.speaker)))
        if g["kind"] != p.kind:
            r["wrong_kind"].append(dict(gold=g, pred=p.kind))
    for gi, g in enumerate(golds):
        if gi not in exact:
            near = preds[len_pairs[gi]] if gi in len_pairs else None
            r["misses"].append(dict(gold=g, near=near))
    nq_p = {pi for _, _, pi in nq_hit}
    for pi in counted:
        if pi not in matched_p:
            p = preds[pi]
            gi = next((g for g, q in len_pairs.items() if q == pi), None)
            r["fps"].append(dict(pred=p, boundary_of=golds[gi] if gi is not None else None,
                                 not_quote=pi in nq_p))
    r["nq_hits"] = [dict(text=text[s:e], pred=preds[pi]) for s, e, pi in nq_hit]
    return r


# --------------------------------------------------------------------------------- report

def prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summarise(rows: list[dict]) -> dict:
    t = collections.Counter()
    for r in rows:
        for k in ("gold", "pred", "tp", "len_tp", "spk", "spk_len", "kind", "nq", "nq_total"):
            t[k] += r[k]
    p, rc, f = prf(t["tp"], t["pred"], t["gold"])
    lp, lr, lf = prf(t["len_tp"], t["pred"], t["gold"])
    tp = t["tp"] or 1
    return dict(articles=len(rows), gold=t["gold"], pred=t["pred"], tp=t["tp"],
                precision=round(p, 4), recall=round(rc, 4), f1=round(f, 4),
                lenient_precision=round(lp, 4), lenient_recall=round(lr, 4), lenient_f1=round(lf, 4),
                speaker=round(t["spk"] / tp, 4) if t["tp"] else 0.0,
                speaker_lenient=round(t["spk_len"] / tp, 4) if t["tp"] else 0.0,
                attributed=round(t["spk"] / t["gold"], 4) if t["gold"] else 0.0,
                kind=round(t["kind"] / tp, 4) if t["tp"] else 0.0,
                not_quotes=t["nq"], not_quotes_total=t["nq_total"])


def _ctx(text, s, e, width=50):
    a = text[max(0, s - width):s].replace("\n", "⏎")
    b = text[e:e + width].replace("\n", "⏎")
    return f"…{a}⟦{text[s:e]}⟧{b}…"


def _short(s, n=90):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[:n - 1] + "…"


def print_details(article, r, out):
    text = article["text"]
    lines = []
    for m in r["misses"]:
        g = m["gold"]
        how = ""
        if m["near"] is not None:
            n = m["near"]
            how = f" | predicted span [{n.start}:{n.end}] {_short(n.text, 70)!r}"
        lines.append(f"  MISS    [{g['start']}:{g['end']}] {g['kind']:7s} {g['speaker']!r}: "
                     f"{_short(g['text'])!r}{how}\n          {_ctx(text, g['start'], g['end'])}")
    for f in r["fps"]:
        p = f["pred"]
        tag = "NOTQUOTE" if f["not_quote"] else ("BOUNDARY" if f["boundary_of"] else "FALSEPOS")
        extra = f" (gold [{f['boundary_of']['start']}:{f['boundary_of']['end']}])" if f["boundary_of"] else ""
        lines.append(f"  {tag:8s}[{p.start}:{p.end}] {p.kind} speaker={p.speaker!r}: "
                     f"{_short(p.text)!r}{extra}\n          {_ctx(text, p.start, p.end)}")
    for w in r["wrong_speaker"]:
        g = w["gold"]
        lines.append(f"  SPEAKER [{g['start']}:{g['end']}] gold={g['speaker']!r} pred={w['pred']!r}"
                     f"{' (lenient ok)' if w['lenient'] else ''}: {_short(g['text'], 70)!r}")
    for w in r["wrong_kind"]:
        g = w["gold"]
        lines.append(f"  KIND    [{g['start']}:{g['end']}] gold={g['kind']} pred={w['pred']}: "
                     f"{_short(g['text'], 70)!r}")
    if lines:
        print(f"\n## {article['id']} ({article['style']}, {article['lang']})", file=out)
        print("\n".join(lines), file=out)


def fmt(s: dict) -> str:
    return (f"span P{s['precision']:.3f} R{s['recall']:.3f} F1 {s['f1']:.3f} "
            f"(lenient F1 {s['lenient_f1']:.3f}) speaker {s['speaker']:.3f} "
            f"(lenient {s['speaker_lenient']:.3f}, attributed {s['attributed']:.3f}) "
            f"kind {s['kind']:.3f} not_quotes {s['not_quotes']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(GOLD), help="articles.jsonl (default: %(default)s)")
    ap.add_argument("--details", action="store_true",
                    help="list every miss, false positive and wrong speaker")
    ap.add_argument("--baseline", action="store_true", help="score the plain regex baseline instead")
    ap.add_argument("--json", metavar="OUT", help="write the numbers as JSON")
    ap.add_argument("--only", metavar="SUBSTR", help="only articles whose id or style contains this")
    args = ap.parse_args(argv)

    lines = pathlib.Path(args.gold).read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    if args.only:
        articles = [a for a in articles if args.only in a["id"] or args.only == a["style"]]
    system = baseline_system if args.baseline else quotecmp_system
    name = "baseline" if args.baseline else "quotecmp"

    rows, errors = [], []
    t0 = time.perf_counter()
    for a in articles:
        try:
            preds = system(a)
        except Exception as exc:  # a crash costs that article's quotes, not the run
            errors.append((a["id"], f"{type(exc).__name__}: {exc}"))
            if args.details:
                traceback.print_exc()
            preds = []
        for p in preds:
            if a["text"][p.start:p.end] != p.text:
                errors.append((a["id"], f"offset contract broken: [{p.start}:{p.end}] {p.text[:40]!r}"))
        r = score_article(a, preds)
        r["id"], r["style"] = a["id"], a["style"]
        rows.append(r)
        if args.details:
            print_details(a, r, sys.stdout)
    secs = time.perf_counter() - t0

    total = summarise(rows)
    styles = {}
    for st in dict.fromkeys(r["style"] for r in rows):
        styles[st] = summarise([r for r in rows if r["style"] == st])
    print(f"\n{name} on {pathlib.Path(args.gold).name}: {total['articles']} articles, "
          f"{total['gold']} gold quotes, {total['pred']} predicted, {secs:.2f}s")
    print(f"{'style':10s} {'n':>3s} {'gold':>4s} {'pred':>4s} {'P':>6s} {'R':>6s} {'F1':>6s} "
          f"{'lenF1':>6s} {'spk':>6s} {'spkL':>6s} {'kind':>6s} {'notq':>5s}")
    for st, s in list(styles.items()) + [("ALL", total)]:
        print(f"{st:10s} {s['articles']:3d} {s['gold']:4d} {s['pred']:4d} {s['precision']:6.3f} "
              f"{s['recall']:6.3f} {s['f1']:6.3f} {s['lenient_f1']:6.3f} {s['speaker']:6.3f} "
              f"{s['speaker_lenient']:6.3f} {s['kind']:6.3f} "
              f"{s['not_quotes']:2d}/{s['not_quotes_total']:<2d}")
    for aid, msg in errors:
        print(f"error: {aid}: {msg}")
    if args.json:
        out = dict(system=name, gold=str(args.gold), total=total, styles=styles,
                   articles={r["id"]: summarise([r]) for r in rows},
                   errors=[dict(article=a, message=m) for a, m in errors])
        pathlib.Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"extract-gold{'-baseline' if args.baseline else ''}: {fmt(total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
