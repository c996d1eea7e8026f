"""The HTML report at scale: render time, page size, browser load and filter responsiveness.

    python bench/bench_report.py [--clusters 1000] [--no-browser] [--keep out.html]

Builds a synthetic Comparison straight from the records (no extraction or alignment): 4 sources,
N utterances each printed by 2-4 of them with small word changes (a swapped word, a cut, a changed
number, a lost negation, lost quote marks, another cue verb), with Differences from
``quotecmp.diff.compare_pair``. Times ``render_html`` (best of 3), then opens the page in Debian's
chromium through playwright and measures the time to the ``load`` event and how long a filter
interaction (a search word typed key by key in #f-search; a kind chosen in #f-kind) takes until
#f-count is updated and the next frame is drawn. Ends with one line:

    report-scale: 1000 clusters, 4.1 MB HTML, render 0.9 s, browser load 1.2 s, filter 80 ms

Targets: render under 2 s, filter under ~200 ms. Exits 0 unless ``--strict`` and a target is missed.
"""
from __future__ import annotations

import argparse
import itertools
import pathlib
import random
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402
from quotecmp.comparison import Comparison  # noqa: E402
from quotecmp.diff import compare_pair  # noqa: E402
from quotecmp.models import Cluster, Difference, Options, Quote, Source, stable_id  # noqa: E402
from quotecmp.report import render_html  # noqa: E402

OUTLETS = [("wire", "Wire Service (English desk)"), ("daily", "The Daily Chronicle"),
           ("mt", "Le Quotidien (machine-translated to English)"), ("radio", "Public Radio News")]
RENDER_TARGET_S = 2.0
FILTER_TARGET_MS = 200.0
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


def variant(rnd: random.Random, text: str) -> tuple[str, str]:
    """A reworded copy of ``text`` and the kind of quote it is printed as."""
    body, unmarked = synth.edit(rnd, text)
    if rnd.random() < 0.05:
        body = body.replace(" will ", " will not ", 1)
    if body == text and rnd.random() < 0.5:
        words = body.split()
        words[rnd.randrange(2, len(words))] = rnd.choice(synth.WORDS)
        body = " ".join(words)
    return body, ("unmarked" if unmarked else "direct")


def synthetic(n_clusters: int, seed: int = 7) -> Comparison:
    rnd = random.Random(seed)
    vocab = synth.WORDS + [synth.pseudo_word(rnd) for _ in range(200)]
    people = [f"{rnd.choice(synth.FIRST)} {rnd.choice(synth.LAST)}" for _ in range(40)]
    paras: dict[str, list[str]] = {sid: [] for sid, _ in OUTLETS}
    offsets = {sid: 0 for sid, _ in OUTLETS}
    quotes: list[Quote] = []
    clusters: list[Cluster] = []
    for u in range(n_clusters):
        who = rnd.choice(people)
        original = synth.statement(rnd, rnd.sample(vocab, 12))
        printers = rnd.sample([sid for sid, _ in OUTLETS], rnd.randint(2, 4))
        ids = []
        for k, sid in enumerate(printers):
            text, kind = (original, "direct") if k == 0 else variant(rnd, original)
            cue = rnd.choice(synth.CUES)
            if kind == "unmarked":
                lead, para = "", f"{text}, {who} {cue}."
            else:
                lead, para = "\u201c", f"\u201c{text},\u201d {who} {cue}."
            start = offsets[sid] + len(lead)
            qid = stable_id("q", sid, str(u))
            quotes.append(Quote(id=qid, source=sid, text=text, start=start, end=start + len(text),
                                kind=kind, speaker=who, speaker_mention=who, cue=cue,
                                confidence=round(rnd.uniform(0.6, 0.98), 2),
                                marks="" if kind == "unmarked" else "\u201c\u201d",
                                context_start=offsets[sid], context_end=offsets[sid] + len(para)))
            paras[sid].append(para)
            offsets[sid] += len(para) + 2
            ids.append(qid)
        clusters.append(Cluster(id=stable_id("c", str(u)), quotes=tuple(ids), speaker=who,
                                sources=tuple(printers),
                                missing=tuple(s for s, _ in OUTLETS if s not in printers)))
    sources = tuple(Source(id=sid, path=f"synthetic/{sid}.txt", outlet=name, lang="en",
                           published="2024-03-01", title=f"{name}: the synthetic story",
                           text="\n\n".join(paras[sid]) + "\n") for sid, name in OUTLETS)
    by_id = {q.id: q for q in quotes}
    text_of = {s.id: s.text for s in sources}
    assert all(text_of[q.source][q.start:q.end] == q.text for q in quotes)  # the records' contract
    differences: list[Difference] = []
    for c in clusters:
        for a, b in itertools.combinations(c.quotes, 2):
            differences.append(compare_pair(by_id[a], by_id[b], cluster=c.id,
                                            lang_a="en", lang_b="en"))
    return Comparison(sources=sources, quotes=tuple(quotes), clusters=tuple(clusters),
                      differences=tuple(differences), options=Options())


def best_of(n: int, fn):
    times, out = [], None
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


# One interaction, measured inside the page: change the control as a user would (input events;
# a <select> also fires change), then wait for the next frame so style and layout are included.
INTERACT = """async ([id, values]) => {
  const el = document.getElementById(id) ||
    document.querySelector('input[name=kind][value="' + id.slice(5) + '"]');
  const out = document.getElementById('f-count');
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const before = out.textContent;
  let worst = 0, total = 0;
  for (const v of values) {            // keystrokes: each must not block the page
    const t0 = performance.now();
    if (el.type === 'checkbox') { el.checked = v; } else { el.value = v; }
    el.dispatchEvent(new Event('input', {bubbles: true}));
    if (el.tagName === 'SELECT') el.dispatchEvent(new Event('change', {bubbles: true}));
    await frame();
    const dt = performance.now() - t0;
    worst = Math.max(worst, dt); total += dt;
  }
  // the search filters once typing pauses: time from the last keystroke to the new count
  const t1 = performance.now();
  while (out.textContent === before && performance.now() - t1 < 2000) { await frame(); }
  return {worst: worst, total: total, settle: performance.now() - t1, count: out.textContent};
}"""


def browser_timings(path: pathlib.Path, comparison: Comparison, word: str, kind: str) -> dict:
    from playwright.sync_api import sync_playwright
    quotes = {q.id: q for q in comparison.quotes}
    n = len(comparison.clusters)
    want_word = sum(1 for c in comparison.clusters
                    if word in " ".join([c.speaker or ""] + [quotes[i].text for i in c.quotes])
                    .casefold())
    kinds_of: dict[str, set[str]] = {c.id: set() for c in comparison.clusters}
    found = comparison.findings()
    for f in found:
        kinds_of[f.cluster].update(f.kinds)
    with_finding = sum(1 for c in comparison.clusters if kinds_of[c.id])
    want_both = sum(1 for c in comparison.clusters
                    if kind in kinds_of[c.id] and word in " ".join(
                        [c.speaker or ""] + [quotes[i].text for i in c.quotes]).casefold())
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
            t = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load", timeout=120_000)
            out["load_wall"] = time.perf_counter() - t
            nav = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                                " return [n.domContentLoadedEventEnd, n.loadEventStart]; })()")
            out["dcl"], out["load"] = nav[0] / 1000, nav[1] / 1000
            f = len(found)
            assert page.locator("#f-count").inner_text() == \
                f"{f} of {f} findings, {with_finding} of {n} utterances shown"
            # every utterance a candidate, those without a finding too: the most work per key
            page.evaluate(INTERACT, ["f-all", [True]])
            # typing key by key: every keystroke filters all cards
            prefixes = [word[:i] for i in range(1, len(word) + 1)]
            r = page.evaluate(INTERACT, ["f-search", prefixes])
            assert r["count"].endswith(f"{want_word} of {n} utterances shown"), (r["count"], want_word)
            out["search_key_worst"], out["search_total"] = r["worst"], r["total"]
            out["search_settle"] = r["settle"]
            page.locator("details.more summary").click()
            r = page.evaluate(INTERACT, ["kind-" + kind, [True]])
            assert r["count"].endswith(f"{want_both} of {n} utterances shown"), (r["count"], want_both)
            out["kind"] = r["worst"]
            # the same through playwright's real input, until #f-count says the new number
            page.evaluate(INTERACT, ["kind-" + kind, [False]])
            page.evaluate(INTERACT, ["f-search", [""]])
            t = time.perf_counter()
            page.check(f"input[name=kind][value={kind}]")
            shown = sum(1 for c in comparison.clusters if kind in kinds_of[c.id])
            page.wait_for_function("t => document.getElementById('f-count').textContent.endsWith(t)",
                                   arg=f"{shown} of {n} utterances shown")
            out["kind_wall"] = (time.perf_counter() - t) * 1000
            out["errors"] = errors
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clusters", type=int, default=1000)
    ap.add_argument("--no-browser", action="store_true", help="only time render_html")
    ap.add_argument("--keep", type=pathlib.Path, help="also write the HTML here")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    comparison = synthetic(args.clusters)
    build = time.perf_counter() - t
    print(f"synthetic: {len(comparison.sources)} sources, {len(comparison.quotes)} quotes, "
          f"{len(comparison.clusters)} clusters, {len(comparison.differences)} differences "
          f"(built in {build:.1f} s)")
    render, html = best_of(3, lambda: render_html(comparison))
    mb = len(html.encode("utf-8")) / 1e6
    print(f"render_html: best of 3 {render:.2f} s, {mb:.1f} MB")
    if args.keep:
        args.keep.write_text(html, encoding="utf-8")

    summary = f"report-scale: {len(comparison.clusters)} clusters, {mb:.1f} MB HTML, render {render:.1f} s"
    missed = render > RENDER_TARGET_S
    have_browser = shutil.which("chromium") is not None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        have_browser = False
    if args.no_browser or not have_browser:
        if not args.no_browser:
            print("browser: skipped (no chromium on PATH or playwright not importable)")
        print(summary)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "report.html"
            path.write_text(html, encoding="utf-8")
            b = browser_timings(path, comparison, word="harbour", kind="number_changed")
        print(f"browser: DOMContentLoaded {b['dcl']:.2f} s, load event {b['load']:.2f} s "
              f"(goto wall {b['load_wall']:.2f} s)")
        print(f"browser: search typed key by key: worst key {b['search_key_worst']:.0f} ms "
              f"(whole word {b['search_total']:.0f} ms), cards filtered {b['search_settle']:.0f} ms "
              f"after the last key (120 ms of it the typing pause); kind change {b['kind']:.0f} ms; "
              f"kind via playwright until #f-count updates {b['kind_wall']:.0f} ms")
        if b["errors"]:
            print(f"browser: {len(b['errors'])} console/page errors, first: {b['errors'][0]}")
        filt = max(b["search_key_worst"], b["kind"], b["search_settle"] - 120)
        missed = missed or filt > FILTER_TARGET_MS
        print(f"{summary}, browser load {b['load']:.1f} s, filter {filt:.0f} ms")
    if missed:
        print(f"target missed: render < {RENDER_TARGET_S:g} s, filter < {FILTER_TARGET_MS:g} ms")
    return 1 if (missed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
