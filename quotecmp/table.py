"""Tables for analysis: pandas DataFrames, CSV, Parquet and JSON Lines, one table per record type."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import schema

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .comparison import Comparison
    from .models import Cluster, Difference, Quote, Source

TABLES = tuple(schema.TABLES)


def quote_row(q: Quote, source: Source | None) -> dict[str, Any]:
    return schema.table_row("quotes", q.to_dict(), {} if source is None else {
        "outlet": source.outlet, "published": source.published, "story": source.story,
        "lang": source.lang})


def cluster_row(c: Cluster, first_published: str | None, *, missing_known: bool = True) -> dict[str, Any]:
    """``missing_known``: False in a corpus run, which does not know its stories."""
    record = c.to_dict()
    if not missing_known:
        record["missing"] = None
    return schema.table_row("clusters", record, {"size": len(c.quotes),
                                                 "first_published": first_published})


# --- and back: a table's row (a dict, nulls as None) to its record -------------------------

def records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    """A frame's rows as dicts, its missing values (None, NaN, pandas' NA) as None."""
    import pandas as pd
    if frame is None or not len(frame):
        return []
    return [{k: (None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else v)
             for k, v in r.items()} for r in frame.to_dict("records")]


def _list(value: Any) -> tuple[str, ...]:
    return tuple(x for x in (value or "").split("|") if x)


def source_from_row(r: dict[str, Any]) -> Source:
    """A source as its table keeps it: everything but its text."""
    from .models import Source
    return Source(id=r["id"], path=r.get("path") or r["id"], outlet=r.get("outlet"),
                  lang=r.get("lang"), published=r.get("published"), title=r.get("title"),
                  url=r.get("url"), story=r.get("story"), status=r.get("status") or "ok",
                  message=r.get("message"))


def quote_from_row(r: dict[str, Any]) -> Quote:
    from .models import Quote

    def at(k: str) -> int | None:
        return None if r.get(k) is None else int(r[k])
    return Quote(id=r["id"], source=r["source"], text=r["text"] or "", start=int(r["start"]),
                 end=int(r["end"]), kind=r["kind"], speaker=r.get("speaker"),
                 speaker_mention=r.get("speaker_mention"), cue=r.get("cue"),
                 confidence=float(r.get("confidence") or 0.0), marks=r.get("marks") or "",
                 attribution=r.get("attribution"), mention_start=at("mention_start"),
                 mention_end=at("mention_end"), cue_start=at("cue_start"), cue_end=at("cue_end"),
                 main_cue=r.get("main_cue"))


def cluster_from_row(r: dict[str, Any]) -> Cluster:
    from .models import Cluster
    return Cluster(id=r["id"], quotes=_list(r["quotes"]), speaker=r.get("speaker"),
                   sources=_list(r.get("sources")), missing=_list(r.get("missing")),
                   reference=r.get("reference"))


def difference_from_row(r: dict[str, Any]) -> Difference:
    from .models import Difference
    return Difference(cluster=r["cluster"], a=r["a"], b=r["b"], similarity=float(r["similarity"]),
                      kinds=_list(r["kinds"]), severity=r["severity"],  # type: ignore[arg-type]
                      ops=tuple(tuple(op) for op in json.loads(r.get("ops") or "[]")),
                      basis=r.get("basis") or "words")


def difference_row(d: Difference, source_of: dict[str, str],
                   outlet_of: dict[str, str | None]) -> dict[str, Any]:
    sa, sb = source_of.get(d.a), source_of.get(d.b)
    return schema.table_row("differences", d.to_dict(), {
        "source_a": sa, "source_b": sb, "outlet_a": outlet_of.get(sa) if sa else None,
        "outlet_b": outlet_of.get(sb) if sb else None})


def rows(comparison: Comparison) -> dict[str, list[dict[str, Any]]]:
    """Flat rows per table (lists joined with ``|`` so CSV stays one value per cell)."""
    src = {s.id: s for s in comparison.sources}
    source_of = {q.id: q.source for q in comparison.quotes}
    outlet_of = {s.id: s.outlet for s in comparison.sources}
    dates: dict[str, str | None] = {}
    for c in comparison.clusters:
        known = [d for d in (src[s].published for s in c.sources if s in src) if d]
        dates[c.id] = min(known) if known else None
    return {"sources": [schema.table_row("sources", s.to_dict(), {}) for s in comparison.sources],
            "quotes": [quote_row(q, src.get(q.source)) for q in comparison.quotes],
            "clusters": [cluster_row(c, dates[c.id]) for c in comparison.clusters],
            "differences": [difference_row(d, source_of, outlet_of)
                            for d in comparison.differences]}


def to_frames(comparison: Comparison) -> dict[str, pd.DataFrame]:
    import pandas as pd
    return {name: pd.DataFrame(data, columns=schema.columns(name)).astype(schema.dtypes(name))
            for name, data in rows(comparison).items()}


def drift_matrix(comparison: Comparison) -> dict[tuple[str, str], dict[str, float]]:
    """Per source pair: how many clusters they share and how far their versions drift (0..1).

    Drift is the mean of (1 - similarity) plus a weight per severity
    (:func:`quotecmp.finalize.drift_term`), so a pair with one changed number ranks above a pair
    with many harmless rewordings.
    """
    from .finalize import Drift
    src_of = {q.id: q.source for q in comparison.quotes}
    order = {s.id: i for i, s in enumerate(comparison.sources)}
    drift = Drift()
    for d in comparison.differences:
        a, b = sorted((src_of[d.a], src_of[d.b]), key=order.__getitem__)
        drift.add((a, b), d)
    return drift.matrix()


def drift_by_source(matrix: dict[tuple[str, str], dict[str, float]],
                    order: list[str]) -> dict[str, dict[str, Any]]:
    """Per source (in ``order``): the sources it shares quotes with, how many compared pairs,
    its mean drift to them and the closest and farthest of them.

    One pass over the pairs that share something, so it stays linear where the matrix itself
    would be n × n. The mean is weighted by the pairs behind each cell: a partner that shares
    one quote does not count as much as one that shares fifty.
    """
    rank = {s: i for i, s in enumerate(order)}
    acc: dict[str, dict[str, Any]] = {s: {"partners": 0, "shared": 0, "total": 0.0,
                                          "closest": None, "farthest": None} for s in order}
    for (a, b), cell in matrix.items():
        for me, other in ((a, b), (b, a)):
            row = acc.get(me)
            if row is None or other not in rank:
                continue    # a source that is not shown (not ok) is neither a row nor a partner
            row["partners"] += 1
            row["shared"] += cell["shared"]
            row["total"] += cell["drift"] * cell["shared"]
            # ties go to the source listed first, so the page does not depend on dict order
            key = (cell["drift"], rank[other])
            if row["closest"] is None or key < (row["closest"][1], rank[row["closest"][0]]):
                row["closest"] = (other, cell["drift"])
            far = (-cell["drift"], rank[other])
            if row["farthest"] is None or far < (-row["farthest"][1], rank[row["farthest"][0]]):
                row["farthest"] = (other, cell["drift"])
    return {s: {"partners": r["partners"], "shared": r["shared"],
                "drift": round(r["total"] / r["shared"], 3) if r["shared"] else None,
                "closest": r["closest"], "farthest": r["farthest"]} for s, r in acc.items()}


def quote_records(sources: list[Source], quotes: list[Quote]) -> list[dict[str, Any]]:
    """Rows for ``quotecmp extract``: the quote fields plus the path of the source."""
    path = {s.id: s.path for s in sources}
    return [{**q.to_dict(), "path": path.get(q.source)} for q in quotes]


def extract_json(sources: list[Source], quotes: list[Quote], signature: str) -> str:
    from .__about__ import __version__
    return json.dumps({"quotecmp": __version__, "signature": signature,
                       "sources": [s.to_dict() for s in sources],
                       "quotes": quote_records(sources, quotes)}, ensure_ascii=False, indent=1) + "\n"


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
