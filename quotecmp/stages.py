"""The corpus run's stages as tasks over shards (:mod:`quotecmp.shards`), so that no process,
the driver included, ever holds more than about a chunk of the corpus.

Each task takes a small spec (a dict: its number, the work folder, the options, the number of
buckets) and returns a one-row frame with a JSON payload of counts and top-k lists; everything
else it writes as shards for the next stage. The stages, in order:

1. ``extract`` (per chunk of articles): sources and quotes; each quote's blocking vocabulary
   scattered by word, the names and numbers of each article scattered by token (for
   translations), who is quoted scattered by speaker, and the pairs of quotes one article
   prints twice word for word.
2. ``df`` (per word bucket): in how many quotes each word occurs, sent back to the quotes' chunk.
3. ``keys`` (per chunk): each quote's blocking keys (its rarest words, its first words), the key
   rows scattered by key with the fields that scoring needs.
4. ``edges`` (per key bucket): candidate pairs (two sources, one shared key) scored.
5. ``evidence``/``candidates``/``cross`` (only when languages differ): pairs of articles that
   share names and numbers, then the order-keeping alignment of their quotes.
6. The driver joins the edges into connected components (one integer per quote), then ``route``
   sends each quote and edge of a component of two or more to the component's bucket.
7. ``cluster`` (per component bucket): the clusters (:func:`quotecmp.clustering.cluster`, the same
   rules as one comparison) and the differences of their versions.
8. ``speakers`` (per speaker bucket): who is quoted most, from the scattered counts.
"""
from __future__ import annotations

import collections
import dataclasses
import heapq
import itertools
import json
import pathlib
from typing import Any

import numpy as np
import pandas as pd

from . import blocking, clustering, diff, rows as article_rows, schema, scoring, shards, table, translation
from .finalize import Drift, Placed, figures, finalize
from .findings import against_references
from .load import article_source
from .models import SEVERITY, Options, Quote, stable_id
from .normalize import words
from .pipeline import quotes_of
from .settings import SETTINGS
from .stories import story_key

RESULT_SCHEMA = {"task": "int64", "payload": "string"}
# the output tables (:mod:`quotecmp.schema`, which ``compare`` writes too) and the work shards
SOURCE_SCHEMA = schema.dtypes("sources")
QUOTE_SCHEMA = schema.dtypes("quotes")
CLUSTER_SCHEMA = schema.dtypes("clusters")
DIFFERENCE_SCHEMA = schema.dtypes("differences")
TOP_CLUSTERS = 20
TOP_HIGH = 50
TOP_SPEAKERS = 20

# internal shards: the quote table plus its sentence (which short quotes are matched by), the
# text before a quote whose speaker is a pronoun (:func:`quotecmp.diff.preceding`), where it
# lives (chunk, row), which article of its chunk it is in, its rank in that article, the
# article's length and the surnames of those the article quotes (:func:`quotecmp.diff.article_cast`)
WORK_QUOTE_SCHEMA = {**QUOTE_SCHEMA, "context": "string", "before": "string", "part": "int64",
                     "row": "int64", "article": "int64", "rank": "float64", "size": "int64",
                     "cast": "string", "month": "string",
                     "outlet_key": "string"}
_FIELDS = ["id", "source", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue",
           "confidence", "marks", "attribution", "lang", "context", "outlet", "published", "story",
           "rank", "size", "part", "row"]
EDGE_SCHEMA = {"a": "string", "b": "string", "pa": "int64", "ra": "int64", "pb": "int64",
               "rb": "int64", "score": "float64"}


def result(task: int, payload: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame({"task": [task], "payload": [json.dumps(payload, sort_keys=True)]}).astype(
        RESULT_SCHEMA)


def _opts(spec: dict[str, Any]) -> Options:
    return Options(**spec["opts"])


def _scorer(recs: list[dict[str, Any]], spec: dict[str, Any],
            quotes: list[Quote] | None = None) -> tuple[list[Quote], scoring.Scorer]:
    """A scorer over shard rows; ``quotes`` gives the rows as quotes when they differ from the
    rows as printed (speakers made canonical)."""
    qs = quotes if quotes is not None else [table.quote_from_row(r) for r in recs]
    small = bool(spec.get("small"))
    scorer = scoring.Scorer(qs, None, _opts(spec), contexts={r["id"]: r.get("context") or "" for r in recs},
                            langs={r["source"]: r.get("lang") for r in recs},
                            ranks={r["id"]: float(r["rank"]) for r in recs},
                            sizes={r["source"]: int(r["size"]) for r in recs},
                            stories={r["source"]: story_key(r.get("story"), small) for r in recs})
    return qs, scorer


# --- 1. extract ----------------------------------------------------------------------------------

def extract_frames(articles: list[dict[str, Any]],
                   options: dict[str, Any] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sources (schema ``SOURCE_SCHEMA``) and quotes (``QUOTE_SCHEMA`` with their
    sentence, the text before a pronoun's quote and the article's place in the chunk) of a
    chunk of article rows."""
    opts = Options(**(options or {}))
    srows, qrows = [], []
    for n, r in enumerate(articles):
        src = article_source(r)
        srows.append(src.to_dict())
        qs = quotes_of(src, opts)
        # where a quote stands in its article, which a partition holding only some of an
        # article's quotes could not tell later: the scorer's evidence for translations
        rank = scoring.article_ranks(qs, {src.id: len(src.text)})
        cast = " ".join(sorted(diff.article_cast(qs)))
        for q in qs:
            d = table.quote_row(q, src)
            d.update(context=src.text[q.context_start:q.context_end], article=n, rank=rank[q.id],
                     size=len(src.text), cast=cast,
                     before=diff.preceding(src.text, q))
            qrows.append(d)
    extra = {"context": "string", "before": "string", "article": "int64", "rank": "float64",
             "size": "int64", "cast": "string"}
    return (shards.conform(pd.DataFrame(srows), SOURCE_SCHEMA) if srows else shards.empty(SOURCE_SCHEMA),
            shards.conform(pd.DataFrame(qrows), {**QUOTE_SCHEMA, **extra}) if qrows
            else shards.empty({**QUOTE_SCHEMA, **extra}))


def extract_task(spec: dict[str, Any]) -> pd.DataFrame:
    k, work, nb = spec["i"], pathlib.Path(spec["work"]), spec["nb"]
    sources, quotes = extract_frames(article_rows.read_chunk(spec["chunk"]), spec["opts"])
    quotes = quotes.sort_values(["source", "start", "end"], kind="stable").reset_index(drop=True)
    n = len(quotes)
    recs = table.records(quotes)
    qs = [table.quote_from_row(r) for r in recs]
    quotes["part"] = k
    quotes["row"] = np.arange(n, dtype=np.int64)
    quotes["month"] = [shards.month_key(v) for v in quotes["published"].fillna("")]
    quotes["outlet_key"] = [shards.partition_key(v) for v in quotes["outlet"].fillna("")]
    shards.write(sources, work / "sources" / shards.name(k), SOURCE_SCHEMA)
    shards.write(quotes, work / "quotes" / shards.name(k), WORK_QUOTE_SCHEMA)

    vocab: list[tuple[str, int, int]] = []
    tokens: dict[str, set[str]] = collections.defaultdict(set)
    for row, (r, q) in enumerate(zip(recs, qs)):
        short = blocking.is_short(q)
        ctx = " ".join(words(r.get("context") or "")) if short else ""
        vocab += [(w, k, row) for w in sorted(blocking.block_vocab(q, short, ctx))]
        ev = scoring.translation_evidence(q.text)
        tokens[q.source] |= ev.numbers | ev.names
    v = pd.DataFrame(vocab, columns=["word", "part", "row"])
    shards.scatter(v, shards.bucket_of(v["word"], nb), work / "vocab" / shards.name(k),
                   {"word": "string", "part": "int64", "row": "int64"})
    lang = dict(zip(quotes["source"], quotes["lang"].fillna("en")))
    ev = pd.DataFrame([(t, s, lang.get(s) or "en", k) for s in sorted(tokens) for t in sorted(tokens[s])],
                      columns=["token", "source", "lang", "part"])
    shards.scatter(ev, shards.bucket_of(ev["token"], nb), work / "evidence" / shards.name(k),
                   {"token": "string", "source": "string", "lang": "string", "part": "int64"})
    spk = (quotes.assign(speaker=quotes["speaker"].fillna("unknown"),
                         outlet=quotes["outlet"].fillna(quotes["source"]))
           .groupby(["speaker", "outlet"], sort=True).size().rename("n").reset_index())
    shards.scatter(spk, shards.bucket_of(spk["speaker"], nb), work / "speakers" / shards.name(k),
                   {"speaker": "string", "outlet": "string", "n": "int64"})
    # one article printing the same words twice (headline and body): one utterance
    links = []
    key = quotes["text"].fillna("").map(lambda t: " ".join(words(t)))
    for _, rows in quotes.groupby([quotes["source"], key], sort=True)["row"]:
        rows = list(rows)
        links += [(k, rows[0], r) for r in rows[1:]]
    shards.write(pd.DataFrame(links, columns=["part", "ra", "rb"]), work / "links" / shards.name(k),
                 {"part": "int64", "ra": "int64", "rb": "int64"})
    status = sources["status"].value_counts().to_dict()
    with_quotes = sorted(lang)
    return result(k, {"part": k, "articles": len(sources), "ok": int(status.get("ok", 0)),
                      "empty": int(status.get("empty", 0)), "error": int(status.get("error", 0)),
                      "quotes": n, "langs": sorted(set(lang.values())),
                      "unlabelled": int(((sources["status"] == "ok")
                                         & (sources["story"].fillna("") == "")).sum()),
                      "sources_with_quotes": len(with_quotes),
                      "sources": [[s, lang[s]] for s in
                                  with_quotes[:SETTINGS.scoring.all_pairs_sources + 1]]})


# --- 2, 3. document frequencies and keys ---------------------------------------------------------

def df_task(spec: dict[str, Any]) -> pd.DataFrame:
    b, work = spec["i"], pathlib.Path(spec["work"])
    v = shards.gather(shards.shard_files(work / "vocab"), b)
    if v is None:
        v = pd.DataFrame({"word": [], "part": [], "row": []})
    v["df"] = v.groupby("word")["row"].transform("size") if len(v) else []
    shards.scatter(v, v["part"].to_numpy(dtype=np.int64), work / "vocabdf" / shards.name(b),
                   {"word": "string", "part": "int64", "row": "int64", "df": "int64"})
    return result(b, {"words": int(v["word"].nunique()) if len(v) else 0})


def keys_task(spec: dict[str, Any]) -> pd.DataFrame:
    """Each quote's keys, as :func:`quotecmp.blocking.block_keys` picks them from corpus-wide
    counts; a key is *safe* when its word is in at most ``max_bucket`` quotes, so its bucket is
    never skipped as too common (see :func:`edges_task`)."""
    k, work, nb = spec["i"], pathlib.Path(spec["work"]), spec["nb"]
    quotes = shards.read(work / "quotes" / shards.name(k))
    vd = shards.gather(shards.shard_files(work / "vocabdf"), k)
    df_of: dict[int, dict[str, int]] = collections.defaultdict(dict)
    if vd is not None:
        for row, word, n in zip(vd["row"], vd["word"], vd["df"]):
            df_of[int(row)][word] = int(n)
    rows = []
    for r in table.records(quotes):
        df = df_of.get(int(r["row"]), {})
        q = table.quote_from_row(r)
        keys = blocking.block_keys(q, frozenset(df), df)
        if not keys:
            continue
        safe = " ".join(sorted(w for w in keys if df.get(w, 0) <= SETTINGS.blocking.max_bucket))
        short = blocking.is_short(q)
        base = {f: r.get(f) for f in _FIELDS}
        base["context"] = (r.get("context") or "") if short else ""   # only short quotes use it
        base["safe"] = safe
        rows += [{"key": w, **base} for w in sorted(keys)]
    frame = pd.DataFrame(rows, columns=["key", *_FIELDS, "safe"])
    shards.scatter(frame, shards.bucket_of(frame["key"], nb), work / "keys" / shards.name(k))
    return result(k, {"keys": len(frame)})


# --- 4. candidate pairs scored -------------------------------------------------------------------

def edges_task(spec: dict[str, Any]) -> pd.DataFrame:
    """The pairs of quotes from different sources that a shared key proposes
    (:func:`quotecmp.blocking.bucket_pairs`), scored. A pair that shares several keys is taken at
    the first of its shared safe keys only (a safe key's bucket proposes all its pairs), so it is
    scored once; one that shares only common words is taken wherever a bucket proposes it, and
    the repeats are dropped when the clusters are formed."""
    b, work = spec["i"], pathlib.Path(spec["work"])
    files = shards.shard_files(work / "keys")
    # a word many quotes open with is a key of all of them: its bucket is skipped as too common,
    # so its rows are left on disk instead of growing this task with the corpus
    sizes = shards.counts(files, b, "key")
    recs = shards.gather_rows(files, b, ("key", [k for k, n in sizes.items()
                                                 if 2 <= n <= SETTINGS.blocking.hot_bucket]))
    by_key: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in recs:
        by_key[r["key"]].append(r)
    pairs: set[tuple[str, str]] = set()
    quote: dict[str, dict[str, Any]] = {}
    for key in sorted(by_key):
        bucket = {r["id"]: r for r in by_key[key]}
        for qx, qy in blocking.bucket_pairs([table.quote_from_row(r) for r in by_key[key]],
                                            {r["id"]: r["context"] or "" for r in by_key[key]}):
            if not blocking.may_pair(qx, qy):
                continue
            x, y = bucket[qx.id], bucket[qy.id]
            shared = set(x["safe"].split()) & set(y["safe"].split())
            if shared and key != min(shared):
                continue
            pairs.add((x["id"], y["id"]) if x["id"] < y["id"] else (y["id"], x["id"]))
            quote[x["id"]], quote[y["id"]] = x, y
    out = []
    if pairs:
        _, scorer = _scorer(list(quote.values()), spec)
        for (a, c), s in sorted(scoring.score_pairs(sorted(pairs), scorer).items()):
            out.append((a, c, quote[a]["part"], quote[a]["row"], quote[c]["part"], quote[c]["row"], s))
    shards.write(pd.DataFrame(out, columns=list(EDGE_SCHEMA)), work / "edges" / shards.name(b), EDGE_SCHEMA)
    return result(b, {"pairs": len(pairs), "edges": len(out)})


# --- 5. across languages -------------------------------------------------------------------------

def evidence_task(spec: dict[str, Any]) -> pd.DataFrame:
    """Pairs of articles in different languages that share names or numbers (as
    :func:`quotecmp.scoring.translation_candidates`), counted per token bucket."""
    b, work, nb = spec["i"], pathlib.Path(spec["work"]), spec["nb"]
    ev = shards.gather(shards.shard_files(work / "evidence"), b)
    shared: collections.Counter[tuple[str, str, int, int]] = collections.Counter()
    if ev is not None:
        for _, g in ev.groupby("token", sort=True):
            holders = sorted(set(zip(g["source"], g["lang"], g["part"])))
            if len(holders) > SETTINGS.blocking.max_bucket:
                continue
            for (sa, la, pa), (sb, lb, pb) in itertools.combinations(holders, 2):
                if la != lb and sa != sb:
                    shared[(sa, sb, int(pa), int(pb))] += 1
    frame = pd.DataFrame([(*key, n) for key, n in sorted(shared.items())],
                         columns=["sa", "sb", "pa", "pb", "n"])
    shards.scatter(frame, shards.bucket_of(frame["sa"] + "\x1f" + frame["sb"], nb),
                   work / "srcpairs" / shards.name(b),
                   {"sa": "string", "sb": "string", "pa": "int64", "pb": "int64", "n": "int64"})
    return result(b, {"pairs": len(frame)})


def candidates_task(spec: dict[str, Any]) -> pd.DataFrame:
    b, work = spec["i"], pathlib.Path(spec["work"])
    g = shards.gather(shards.shard_files(work / "srcpairs"), b)
    if g is None or not len(g):
        frame = pd.DataFrame({"sa": [], "sb": [], "pa": [], "pb": []})
    else:
        frame = g.groupby(["sa", "sb", "pa", "pb"], sort=True)["n"].sum().reset_index()
        frame = frame[frame["n"] >= 2].drop(columns="n")
    shards.scatter(frame, frame["pa"].to_numpy(dtype=np.int64), work / "candidates" / shards.name(b),
                   {"sa": "string", "sb": "string", "pa": "int64", "pb": "int64"})
    return result(b, {"candidates": len(frame)})


def cross_task(spec: dict[str, Any]) -> pd.DataFrame:
    """The order-keeping alignment of every candidate pair of articles whose first article is
    in this chunk (:func:`quotecmp.translation.cross_language_pairs`)."""
    k, work = spec["i"], pathlib.Path(spec["work"])
    if "pairs" in spec:
        cand = pd.DataFrame(spec["pairs"], columns=["sa", "sb", "pa", "pb"])
    else:
        cand = shards.gather(shards.shard_files(work / "candidates"), k)
    out = []
    if cand is not None and len(cand):
        parts: dict[int, pd.DataFrame] = {}

        def quotes_of(part: int, source: str) -> pd.DataFrame:
            if part not in parts:
                parts[part] = shards.read(work / "quotes" / shards.name(part))
            q = parts[part]
            return q[q["source"] == source]

        recs: dict[str, dict[str, Any]] = {}
        for sa, sb, pa, pb in cand[["sa", "sb", "pa", "pb"]].itertuples(index=False):
            for r in table.records(quotes_of(int(pa), sa)) + table.records(quotes_of(int(pb), sb)):
                recs[r["id"]] = r
        qs, scorer = _scorer(list(recs.values()), spec)
        pairs = sorted(set(zip(cand["sa"], cand["sb"])))
        for s, a, b in translation.cross_language_pairs(qs, scorer, candidates=pairs):
            ra, rb = recs[a], recs[b]
            out.append((a, b, ra["part"], ra["row"], rb["part"], rb["row"], s))
    shards.write(pd.DataFrame(out, columns=list(EDGE_SCHEMA)), work / "cross" / shards.name(k), EDGE_SCHEMA)
    return result(k, {"matches": len(out)})


# --- 6. components, routed -----------------------------------------------------------------------

def components(work: pathlib.Path, offsets: np.ndarray) -> np.ndarray:
    """Connected components of the scored edges, the cross-language matches and the repeated
    quotes, as one integer per quote (the smallest member's number; -1 alone). The driver reads
    the edges a shard at a time: its memory is a few integers per quote, never the edges."""
    parent = np.arange(int(offsets[-1]), dtype=np.int64)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return int(root)

    for folder, cols in (("edges", ("pa", "ra", "pb", "rb")), ("cross", ("pa", "ra", "pb", "rb")),
                         ("links", ("part", "ra", "part", "rb"))):
        for f in shards.shard_files(work / folder):
            t = shards.read(f, columns=sorted(set(cols)))
            if not len(t):
                continue
            ga = offsets[t[cols[0]].to_numpy()] + t[cols[1]].to_numpy()
            gb = offsets[t[cols[2]].to_numpy()] + t[cols[3]].to_numpy()
            for x, y in zip(ga.tolist(), gb.tolist()):
                rx, ry = find(x), find(y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)
    while True:
        up = parent[parent]
        if np.array_equal(up, parent):
            break
        parent = up
    sizes = np.bincount(parent, minlength=len(parent))
    return np.where(sizes[parent] > 1, parent, -1)


def route_task(spec: dict[str, Any]) -> pd.DataFrame:
    """Send the quotes (or the edges) of one shard to their component's bucket; a quote alone is
    its own cluster, written here."""
    i, work, nb, what = spec["i"], pathlib.Path(spec["work"]), spec["nb"], spec["what"]
    labels = np.load(work / "labels.npy", mmap_mode="r")
    offsets = np.asarray(spec["offsets"], dtype=np.int64)
    frame = shards.read(work / what / shards.name(i))
    if what == "quotes":
        lab = np.asarray(labels[offsets[i]:offsets[i] + len(frame)])
    else:
        lab = (np.asarray(labels[offsets[frame["pa"].to_numpy()] + frame["ra"].to_numpy()])
               if len(frame) else np.zeros(0, dtype=np.int64))
    frame["label"] = lab
    shared = frame[lab >= 0]
    shards.scatter(shared, lab[lab >= 0] % nb, work / f"m{what}" / shards.name(i))
    if what == "quotes":
        alone = frame[lab < 0]
        single = pd.DataFrame({
            "id": [stable_id("c", q, length=8) for q in alone["id"]], "quotes": alone["id"],
            "speaker": alone["speaker"], "sources": alone["source"], "missing": None,
            "reference": alone["id"],
            "size": 1, "first_published": alone["published"]})
        shards.write(single, work / "single" / shards.name(i), CLUSTER_SCHEMA)
    return result(i, {"routed": int(len(shared)), "single": int((lab < 0).sum()) if what == "quotes" else 0})


# --- 7. clusters and differences per component bucket --------------------------------------------

def _canonical(recs: list[dict[str, Any]], qs: list[Quote]) -> list[Quote]:
    """The quotes with speaker names made canonical within each component (a surname alone
    becomes the full name another version gives), as one comparison does over its sources."""
    by_label: dict[int, list[Quote]] = collections.defaultdict(list)
    for r, q in zip(recs, qs):
        by_label[int(r["label"])].append(q)
    canon = {lab: clustering.canonical_speakers(group) for lab, group in by_label.items()}
    return [dataclasses.replace(q, speaker=canon[int(r["label"])].get(q.speaker, q.speaker))
            if q.speaker else q for r, q in zip(recs, qs)]


def cluster_task(spec: dict[str, Any]) -> pd.DataFrame:
    """The clusters and differences of the components in one bucket, by
    :func:`quotecmp.finalize.finalize` as one comparison makes them."""
    c, work = spec["i"], pathlib.Path(spec["work"])
    recs = shards.gather_rows(shards.shard_files(work / "mquotes"), c)
    scored: dict[tuple[str, str], float] = {}
    for e in shards.gather_rows(shards.shard_files(work / "medges"), c):
        key = (e["a"], e["b"])
        scored[key] = max(scored.get(key, 0.0), float(e["score"]))
    cross = sorted({(float(e["score"]), e["a"], e["b"]) for e in
                    shards.gather_rows(shards.shard_files(work / "mcross"), c)})
    options = _opts(spec)
    qs = _canonical(recs, [table.quote_from_row(r) for r in recs])
    _, scorer = _scorer(recs, spec, qs)
    groups = clustering.cluster(qs, scorer, scored, cross) if qs else []
    done = finalize(groups, {q.id: q for q in qs}, _placed(recs), basis=_basis(options),
                    before={r["id"]: r["before"] for r in recs if r.get("before") is not None})
    by_id = {r["id"]: r for r in recs}
    outlet = {r["source"]: r["outlet"] for r in recs}
    largest: list[tuple] = []
    high: list[tuple] = []
    drift = Drift()
    clusters = [table.cluster_row(cl, done.first_published[cl.id], missing_known=False)
                for cl in done.clusters]
    for cl, row in zip(done.clusters, clusters):
        if len(cl.quotes) > 1:
            names = dict.fromkeys(outlet[s] or s for s in cl.sources)
            item = (-len(cl.quotes), cl.id, {"id": cl.id, "size": len(cl.quotes),
                                             "speaker": cl.speaker or "unknown",
                                             "text": (by_id[cl.quotes[0]]["text"] or "")[:200],
                                             "outlets": ", ".join(names)[:300],
                                             "first": row["first_published"] or ""})
            largest = heapq.nsmallest(TOP_CLUSTERS, largest + [item], key=lambda t: t[:2])
    source_of = {r["id"]: r["source"] for r in recs}
    differences = [table.difference_row(d, source_of, outlet) for d in done.differences]
    quote_of = {q.id: q for q in qs}
    found = against_references(done.clusters, done.differences, quote_of)
    n_found = n_found_high = 0
    for d, row in zip(done.differences, differences):
        oa, ob = row["outlet_a"] or row["source_a"], row["outlet_b"] or row["source_b"]
        if (row["outlet_a"] or "") != (row["outlet_b"] or ""):
            drift.add(tuple(sorted((oa, ob))), d)
        # findings, as the report counts them: a version against its utterance's reference
        f = found.get((d.a, d.b))
        if f is None:
            continue
        n_found += 1
        if f.severity == "high":
            n_found_high += 1
            ra, rb = by_id[d.a], by_id[d.b]
            qa, qb = quote_of[d.a], quote_of[d.b]
            pair = (d.cluster, d.a, d.b, {
                "kinds": [k for k in f.kinds if SEVERITY[k] == "high"], "changes": list(f.changes),
                "a": oa, "b": ob, "text_a": (ra["text"] or "")[:200], "text_b": (rb["text"] or "")[:200],
                "source_a": ra["source"], "source_b": rb["source"],
                "published_a": ra.get("published") or "", "published_b": rb.get("published") or "",
                "speaker_a": qa.speaker or "unknown", "speaker_b": qb.speaker or "unknown"})
            high = heapq.nsmallest(TOP_HIGH, high + [pair], key=lambda t: t[:3])
    cf = pd.DataFrame(clusters, columns=list(CLUSTER_SCHEMA))
    cf = cf.sort_values("id").reset_index(drop=True) if len(cf) else cf
    shards.write(cf, work / "clusters" / shards.name(c), CLUSTER_SCHEMA)
    dfr = pd.DataFrame(differences, columns=list(DIFFERENCE_SCHEMA))
    dfr = dfr.sort_values(["cluster", "a", "b"]).reset_index(drop=True) if len(dfr) else dfr
    shards.write(dfr, work / "differences" / shards.name(c), DIFFERENCE_SCHEMA)
    counts = {**figures(done.clusters, done.differences), "findings": n_found,
              "findings_high": n_found_high}
    return result(c, {**counts, "largest": [list(t) for t in largest],
                      "top_high": [list(t) for t in high],
                      "drift": {" / ".join(k): v for k, v in sorted(drift.pairs.items())}})


def _placed(recs: list[dict[str, Any]]) -> dict[str, Placed]:
    """The sources of the quote rows, placed by where they stand in the input (chunk, then
    article): the order ``compare`` keeps when given the same articles."""
    return {r["source"]: Placed(id=r["source"], order=(int(r["part"]), int(r["article"])),
                                lang=r.get("lang"), outlet=r.get("outlet"),
                                published=r.get("published"), story=r.get("story"),
                                cast=frozenset((r.get("cast") or "").split()))
            for r in recs}


def _basis(options: Options) -> str:
    return "encoder" if options.encoder_name else "evidence"


# --- 8. speakers ---------------------------------------------------------------------------------

def speakers_task(spec: dict[str, Any]) -> pd.DataFrame:
    b, work = spec["i"], pathlib.Path(spec["work"])
    g = shards.gather(shards.shard_files(work / "speakers"), b)
    top: list[list[Any]] = []
    if g is not None and len(g):
        agg = g.groupby("speaker", sort=True).agg(quotes=("n", "sum"), outlets=("outlet", "nunique"))
        agg = agg.reset_index().sort_values(["quotes", "outlets", "speaker"],
                                            ascending=[False, False, True], kind="stable")
        top = [[s, int(q), int(o)] for s, q, o in agg.head(TOP_SPEAKERS).itertuples(index=False)]
    return result(b, {"top": top})
